import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// `diff --format xlsx`: sheet 1 one row per household whose decision changes, with what changed
/// in words; sheet 2 the counts of each change (per group when `--by` is given).
extension ImpactReport {
    package func workbook() throws -> Data {
        var changes: [String: [String]] = [:], order: [String] = []
        for r in total.sortedRows {
            let what = MessageCatalogue.chinese(r.change.message, []) + (r.measure.map { " " + $0 } ?? "")
            for id in r.ids {
                if changes[id] == nil { order.append(id) }
                changes[id, default: []].append(what)
            }
        }
        var households: [[XLSXWriter.Cell]] = [[.text("户编号"), .text("变化"), .text("分组"), .text("人数"),
                                                 .text("原是否监测对象"), .text("新是否监测对象"), .text("原监测类型"), .text("新监测类型"),
                                                 .text("原风险类型"), .text("新风险类型"), .text("原帮扶措施"), .text("新帮扶措施"),
                                                 .text("原金额"), .text("新金额")]]
        let byID = Dictionary(householdChanges.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        func yesNo(_ b: Bool?) -> XLSXWriter.Cell { .text(b.map { $0 ? "是" : "否" } ?? "待定") }
        func list(_ xs: [String]) -> XLSXWriter.Cell { xs.isEmpty ? .empty : .text(xs.joined(separator: "、")) }
        func amount(_ s: Side) -> XLSXWriter.Cell { s.amounts.isEmpty ? .empty : .number(Fixed.format(s.amountTotal)) }
        for id in order.sorted() {
            var row: [XLSXWriter.Cell] = [.text(id), .text(changes[id]!.joined(separator: "、"))]
            if let h = byID[id] {
                row += [h.group.isEmpty ? .empty : .text(h.group), .number(String(h.persons)),
                        yesNo(h.before.monitored), yesNo(h.after.monitored),
                        h.before.category.map { .text($0) } ?? .empty, h.after.category.map { .text($0) } ?? .empty,
                        list(h.before.risks), list(h.after.risks), list(h.before.measures), list(h.after.measures),
                        amount(h.before), amount(h.after)]
            }
            households.append(row)
        }
        var counts: [[XLSXWriter.Cell]] = [[.text("分组"), .text("变化"), .text("户数")]]
        for g in (grouping == .none ? [total] : groups + [total]) {
            let key = g.key.isEmpty ? "合计" : g.key
            counts.append([.text(key), .text("农户总数"), .number(String(g.households))])
            counts.append([.text(key), .text("决定有变化的户数"), .number(String(g.changed))])
            counts.append([.text(key), .text("人数"), .number(String(g.persons))])
            counts.append([.text(key), .text("决定有变化的人数"), .number(String(g.changedPersons))])
            for r in g.sortedRows {
                counts.append([.text(key), .text(MessageCatalogue.chinese(r.change.message, []) + (r.measure.map { " " + $0 } ?? "")), .number(String(r.count))])
            }
        }
        counts.append([])
        counts.append([.text("对比"), .text(old + " → " + new)])
        var money: [[XLSXWriter.Cell]] = [[.text("帮扶措施"), .text("单位"), .text("原户数"), .text("新户数"), .text("原人数"), .text("新人数"),
                                             .text("原金额合计"), .text("新金额合计"), .text("金额变化")]]
        for b in budget {
            money.append([.text(b.label ?? b.measure), b.unit.map { .text($0) } ?? .empty,
                          .number(String(b.householdsBefore)), .number(String(b.householdsAfter)),
                          .number(String(b.personsBefore)), .number(String(b.personsAfter)),
                          .number(Fixed.format(b.amountBefore)), .number(Fixed.format(b.amountAfter)), .number(Fixed.format(b.change))])
        }
        return try XLSXWriter.data([.init(name: "变化的农户", rows: households), .init(name: "变化统计", rows: counts),
                                    .init(name: "预算变化", rows: money)])
    }
}
