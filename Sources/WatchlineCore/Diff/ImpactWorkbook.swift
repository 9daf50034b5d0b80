import Foundation

/// `diff --format xlsx`: sheet 1 one row per household whose decision changes, with what changed
/// in words; sheet 2 the counts of each change (per group when `--by` is given).
extension ImpactReport {
    public func workbook() throws -> Data {
        var changes: [String: [String]] = [:], order: [String] = []
        for r in total.sortedRows {
            let what = MessageCatalogue.chinese(r.change.message, []) + (r.measure.map { " " + $0 } ?? "")
            for id in r.ids {
                if changes[id] == nil { order.append(id) }
                changes[id, default: []].append(what)
            }
        }
        var households: [[XLSXWriter.Cell]] = [[.text("户编号"), .text("变化")]]
        for id in order.sorted() { households.append([.text(id), .text(changes[id]!.joined(separator: "、"))]) }
        var counts: [[XLSXWriter.Cell]] = [[.text("分组"), .text("变化"), .text("户数")]]
        for g in (grouping == .none ? [total] : groups + [total]) {
            let key = g.key.isEmpty ? "合计" : g.key
            counts.append([.text(key), .text("农户总数"), .number(String(g.households))])
            counts.append([.text(key), .text("决定有变化的户数"), .number(String(g.changed))])
            for r in g.sortedRows {
                counts.append([.text(key), .text(MessageCatalogue.chinese(r.change.message, []) + (r.measure.map { " " + $0 } ?? "")), .number(String(r.count))])
            }
        }
        counts.append([])
        counts.append([.text("对比"), .text(old + " → " + new)])
        return try XLSXWriter.data([.init(name: "变化的农户", rows: households), .init(name: "变化统计", rows: counts)])
    }
}
