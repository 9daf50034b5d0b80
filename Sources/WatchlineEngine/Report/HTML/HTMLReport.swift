import Foundation
import Mustache
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// `watchline report`: one self-contained HTML page for a leader, in Chinese, rendered through
/// Mustache templates (`ReportTemplate`): the rules and date used, the totals, the make-up of the
/// identified households (tables and SVG bars), counts by town and village, the list of
/// identified households, the population checks, the parameters, and optionally a what-if.
package enum HTMLReport {
    package struct Input {
        package var ruleset: CompiledRuleset
        package var recordsPath: String
        package var summary: RunSummary
        package var data: ReportData
        package var impact: ImpactReport?
        /// How many changed households the what-if lists (the rest are counted).
        package var listLimit = 500
        package init(ruleset: CompiledRuleset, recordsPath: String, summary: RunSummary, data: ReportData, impact: ImpactReport? = nil) {
            self.ruleset = ruleset; self.recordsPath = recordsPath; self.summary = summary; self.data = data; self.impact = impact
        }
    }

    package static func render(_ input: Input) throws -> String {
        let library = MustacheLibrary(templates: [
            "page": try MustacheTemplate(string: ReportTemplate.page),
            "bars": try MustacheTemplate(string: ReportTemplate.bars),
            "counts": try MustacheTemplate(string: ReportTemplate.counts),
        ])
        return library.render(context(input), withTemplate: "page") ?? ""
    }

    static func sorted(_ d: [String: Int], order: [String]) -> [(label: String, value: Int)] {
        order.compactMap { k in d[k].map { (k, $0) } }
    }

    static func context(_ input: Input) -> [String: Any] {
        let r = input.ruleset, s = input.summary, m = r.ruleset
        let title = (m.title ?? m.id) + " 监测报告"
        let totals: [[String: Any]] = [
            ("households", "农户总数", s.households), ("persons", "人口总数", input.data.persons),
            ("monitored", "监测对象户数", s.monitored), ("monitored_persons", "监测对象人数", input.data.identifiedPersons),
            ("watched", "持续跟踪关注户数", s.watched), ("alerted", "预警户数", s.alerted),
            ("undetermined", "无法判定户数", s.undetermined), ("errors", "有错误户数", s.failed),
        ].map { ["key": $0.0, "label": $0.1, "value": $0.2] }

        func breakdown(_ heading: String, _ what: String, _ items: [(label: String, value: Int)]) -> [String: Any] {
            ["heading": heading, "what": what, "rows": items.map { ["label": $0.label, "value": $0.value] },
             "chart": BarChart(title: heading, items: items).context]
        }
        let breakdowns = [
            breakdown("按监测类型", "监测类型", sorted(s.byCategory, order: m.categories.map(\.id))),
            breakdown("按风险类型", "风险类型", sorted(s.byRisk, order: r.riskIDs)),
            breakdown("按帮扶措施", "帮扶措施", sorted(s.byMeasure, order: r.measureIDs)),
        ] + (s.byAlert.isEmpty ? [] : [breakdown("按预警信息", "预警信息", sorted(s.byAlert, order: r.alertIDs))])

        let places = input.data.placeList
        var byTown: [String: Int] = [:], townOrder: [String] = []
        for p in places {
            if byTown[p.town] == nil { townOrder.append(p.town) }
            byTown[p.town, default: 0] += p.identified
        }
        let placeRows: [[String: Any]] = places.map {
            ["town": $0.town.isEmpty ? "—" : $0.town, "village": $0.village.isEmpty ? "—" : $0.village, "households": $0.households,
             "persons": $0.persons, "identified": $0.identified, "identifiedPersons": $0.identifiedPersons, "watched": $0.watched, "alerted": $0.alerted]
        }
        let townChart = BarChart(title: "各乡镇监测对象户数", items: townOrder.map { ($0.isEmpty ? "—" : $0, byTown[$0]!) }).context

        let identified: [[String: Any]] = input.data.identified.map {
            ["id": $0.id, "place": [$0.town, $0.village].filter { !$0.isEmpty }.joined(separator: "/"), "persons": $0.persons,
             "category": $0.category, "risks": $0.risks.joined(separator: "、"), "measures": $0.measures.joined(separator: "、"),
             "clause": $0.clause, "memberIDs": $0.memberIDs.joined(separator: " ")]
        }
        let checks: [[String: Any]] = s.checks.map {
            ["id": $0.id, "source": $0.source ?? "", "text": $0.text ?? "", "status": $0.status,
             "statusText": ["ok": "符合", "warning": "需注意", "info": "说明"][$0.status] ?? $0.status, "detail": chineseDetail($0.detail)]
        }
        let parameters: [[String: Any]] = m.parameters.enumerated().map { i, p in
            let v = r.checked.parameterValues[i].value
            let text: String
            switch v {
            case .number(let x, _)?: text = Fixed.format(x)
            case let other?: text = other.description
            case nil: text = ""
            }
            return ["label": p.label ?? p.id, "value": text, "unit": p.unit ?? "", "source": p.source ?? "",
                    "note": r.checked.overrides[p.id] != nil ? "假设取值（what-if）" : ""]
        }
        var c: [String: Any] = [
            "title": title, "rulesPath": m.path, "rulesTitle": m.title ?? m.id, "document": m.document ?? "", "asOf": r.asOf.iso,
            "recordsPath": input.recordsPath, "totals": totals, "breakdowns": breakdowns, "places": placeRows, "townChart": townChart,
            "identified": identified, "masked": !input.data.revealIDs, "checks": checks, "parameters": parameters,
        ]
        if let impact = input.impact { c["whatIf"] = whatIf(impact, limit: input.listLimit) }
        return c
    }

    /// The population checks' details (written in English by the summary) in Chinese.
    static func chineseDetail(_ d: String) -> String {
        var t = d
        let swaps: [(String, String)] = [
            (" households monitored", " 户纳入监测"), (" households", " 户"), (" of ", " / "),
            (", expected at least ", "，应不低于 "), (", at most ", "，应不高于 "),
            ("every ", "每个 "), (" has at most ", " 不超过 "), (" groups", " 组"), (" value(s) over ", " 个超过 "),
        ]
        for (a, b) in swaps { t = t.replacingOccurrences(of: a, with: b) }
        return t
    }

    static func sideText(_ s: ImpactReport.Side) -> String {
        var parts = ["监测对象：" + (s.monitored.map { $0 ? "是" : "否" } ?? "待定")]
        if let c = s.category { parts.append("类别：" + c) }
        if !s.risks.isEmpty { parts.append("风险：" + s.risks.joined(separator: "、")) }
        if !s.measures.isEmpty { parts.append("措施：" + s.measures.joined(separator: "、")) }
        if s.watch == true { parts.append("持续跟踪关注") }
        if !s.amounts.isEmpty { parts.append("金额：" + s.amounts.sorted { $0.key < $1.key }.map { $0.key + " " + Fixed.format($0.value) }.joined(separator: "、")) }
        return parts.joined(separator: "；")
    }

    static func whatIf(_ i: ImpactReport, limit: Int) -> [String: Any] {
        let totals: [[String: Any]] = [
            ("households", "比较的农户数", i.households), ("changed", "决定变化的户数", i.changed),
            ("changed_persons", "决定变化的人数", i.changedPersons), ("errors", "有错误未比较", i.errors),
        ].map { ["key": $0.0, "label": $0.1, "value": $0.2] }
        let rows = i.total.sortedRows.map { r -> (label: String, count: Int, persons: Int) in
            (MessageCatalogue.chinese(r.change.message, []) + (r.measure.map { " " + $0 } ?? ""), r.count, r.persons)
        }
        let budget: [[String: Any]] = i.budget.map {
            ["measure": $0.measure, "label": $0.label ?? $0.measure, "unit": $0.unit ?? "", "householdsBefore": $0.householdsBefore,
             "householdsAfter": $0.householdsAfter, "amountBefore": Fixed.format($0.amountBefore), "amountAfter": Fixed.format($0.amountAfter),
             "change": ImpactReport.signed($0.change)]
        }
        let households: [[String: Any]] = i.householdChanges.prefix(limit).map {
            ["id": $0.id, "group": $0.group, "persons": $0.persons, "before": sideText($0.before), "after": sideText($0.after)]
        }
        let more = i.householdChanges.count - households.count
        return ["old": i.old, "new": i.new, "totals": totals, "rows": rows.map { ["label": $0.label, "count": $0.count, "persons": $0.persons] },
                "chart": BarChart(title: "各类变化的户数", items: rows.map { ($0.label, $0.count) }).context,
                "budget": budget, "households": households, "more": more > 0 ? more as Any : false as Any]
    }
}
