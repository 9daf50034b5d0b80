import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// `run --format xlsx`: what an officer hands on in Excel. Sheet 1, one row per household with
/// Chinese column titles (是/否, lists joined with 、, amounts as numbers); sheet 2, counts by
/// town and village; sheet 3, the rule file, the as-of date and every parameter value used.
package final class RunWorkbook {
    let ruleset: CompiledRuleset
    var rows: [[XLSXWriter.Cell]] = []
    var byPlace: [String: [Int]] = [:]      // "乡镇\t村" → counts
    let town: Int?, village: Int?
    let amountMeasures: [Int]

    package init(ruleset: CompiledRuleset) {
        self.ruleset = ruleset
        town = ruleset.schema.householdField("town")
        village = ruleset.schema.householdField("village")
        amountMeasures = ruleset.ruleset.measures.indices.filter { ruleset.ruleset.measures[$0].amount != nil }
    }

    static let placeColumns = ["户数", "监测对象户数", "持续跟踪关注户数", "预警户数", "无法判定户数", "有错误户数"]

    var header: [String] {
        ["户编号", "乡镇", "村", "是否监测对象", "监测类型", "风险类型", "预警信息", "是否持续跟踪关注", "排除原因", "帮扶措施"]
            + amountMeasures.map { "金额：" + (ruleset.ruleset.measures[$0].label ?? ruleset.ruleset.measures[$0].id) }
            + ruleset.ruleset.decisions.map { $0.label ?? $0.id }
            + ["无法判定（缺少字段）", "错误"]
    }

    package func add(_ o: Outcome, record: HouseholdRecord?) {
        func yesNo(_ b: Bool?) -> XLSXWriter.Cell { .text(b.map { $0 ? "是" : "否" } ?? "待定") }
        func list(_ xs: [String]) -> XLSXWriter.Cell { xs.isEmpty ? .empty : .text(xs.joined(separator: "、")) }
        let t = record?.string(town) ?? "", v = record?.string(village) ?? ""
        var cells: [XLSXWriter.Cell] = [.text(o.outputID), t.isEmpty ? .empty : .text(t), v.isEmpty ? .empty : .text(v)]
        var counts = byPlace[t + "\t" + v] ?? Array(repeating: 0, count: Self.placeColumns.count)
        counts[0] += 1
        if let d = o.decision, o.errors.isEmpty, d.failure == nil {
            let r = ruleset
            cells += [yesNo(d.monitored), r.categoryName(d).map { .text($0) } ?? .empty, list(r.riskNames(d)), list(r.alertNames(d)),
                      yesNo(d.watch), list(r.exclusionNames(d)), list(r.measureNames(d))]
            for m in amountMeasures {
                let a = d.amounts.first { $0.measure == m }?.value
                switch a {
                case .int(let n)?: cells.append(.number(String(n)))
                case .dec(let x)?: cells.append(.number(Fixed.format(x)))
                default: cells.append(.empty)
                }
            }
            for (i, _) in r.ruleset.decisions.enumerated() {
                let x = i < d.decisions.count ? d.decisions[i] : .null
                switch x {
                case .null, .unknown: cells.append(.empty)
                case .bool(let b): cells.append(.text(b ? "是" : "否"))
                case .int(let n): cells.append(.number(String(n)))
                case .dec(let n): cells.append(.number(Fixed.format(n)))
                case .list(let l): cells.append(list(l.items.map { r.text($0) }))
                default: cells.append(.text(r.text(x)))
                }
            }
            cells += [list(r.undeterminedNames(d).map(label(forPath:))), .empty]
            if d.monitored == true { counts[1] += 1 }
            if d.watch == true { counts[2] += 1 }
            if !d.alerts.isEmpty { counts[3] += 1 }
            if d.monitored == nil { counts[4] += 1 }
        } else {
            cells += Array(repeating: .empty, count: header.count - 4)
            cells.append(.text((o.errors + (o.decision.map(ruleset.failureMessages) ?? [])).joined(separator: "；")))
            counts[5] += 1
        }
        byPlace[t + "\t" + v] = counts
        rows.append(cells)
    }

    func label(forPath path: String) -> String {
        if let slot = ruleset.schema.householdField(path), let l = ruleset.schema.households[slot].label { return l }
        return path
    }

    package func data() throws -> Data {
        var places: [[XLSXWriter.Cell]] = [(["乡镇", "村"] + Self.placeColumns).map { .text($0) }]
        var total = Array(repeating: 0, count: Self.placeColumns.count)
        for key in byPlace.keys.sorted() {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let c = byPlace[key]!
            for i in c.indices { total[i] += c[i] }
            places.append([.text(parts[0].isEmpty ? "—" : parts[0]), .text(parts[1].isEmpty ? "—" : parts[1])] + c.map { .number(String($0)) })
        }
        places.append([.text("合计"), .empty] + total.map { .number(String($0)) })

        let m = ruleset.ruleset
        var about: [[XLSXWriter.Cell]] = [
            [.text("规则文件"), .text(m.path)],
            [.text("规则"), .text(m.title ?? m.id)],
            [.text("文号"), m.document.map { .text($0) } ?? .empty],
            [.text("评估日期"), .text(ruleset.asOf.iso)],
            [],
            [.text("参数"), .text("取值"), .text("单位"), .text("条款"), .text("说明")],
        ]
        for (i, p) in m.parameters.enumerated() {
            let v = ruleset.checked.parameterValues[i].value
            let value: XLSXWriter.Cell
            switch v {
            case .number(let x, _)?: value = .number(Fixed.format(x))
            case let other?: value = .text(other.description)
            case nil: value = .empty
            }
            about.append([.text(p.label ?? p.id), value, p.unit.map { .text($0) } ?? .empty, p.source.map { .text($0) } ?? .empty,
                          ruleset.checked.overrides[p.id] != nil ? .text("假设取值（what-if）") : .empty])
        }
        return try XLSXWriter.data([
            .init(name: "监测结果", rows: [header.map { .text($0) }] + rows),
            .init(name: "按乡镇村统计", rows: places),
            .init(name: "规则与参数", rows: about),
        ])
    }
}
