import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The persons, the budget and each changed household's before → after, in the table, CSV and
/// JSON that `diff` writes (added after what was there: no column or key renamed).
extension ImpactReport {
    static func boolText(_ b: Bool?) -> String { b.map { $0 ? "true" : "false" } ?? "" }

    /// `monitored=true category=监测对象 risks=因病 measures=医疗救助|临时救助 amounts=急难型临时救助:4800`
    /// (under zh: `监测对象：是；监测类型：监测对象；风险：因病；帮扶措施：医疗救助、临时救助；…`).
    static func sideText(_ s: Side) -> String {
        func say(_ id: MessageID, _ a: String...) -> String { MessageCatalogue.format(id, a) }
        let list = say(.diffSideListSeparator)
        let yesNo = s.monitored.map { $0 ? say(.diffSideTrue) : say(.diffSideFalse) } ?? say(.diffSideNull)
        var parts = [say(.diffSideMonitored, yesNo)]
        if let c = s.category { parts.append(say(.diffSideCategory, c)) }
        if !s.risks.isEmpty { parts.append(say(.diffSideRisks, s.risks.joined(separator: list))) }
        if !s.measures.isEmpty { parts.append(say(.diffSideMeasures, s.measures.joined(separator: list))) }
        if s.watch == true { parts.append(say(.diffSideWatch)) }
        if !s.alerts.isEmpty { parts.append(say(.diffSideAlerts, s.alerts.joined(separator: list))) }
        if !s.amounts.isEmpty {
            let amounts = s.amounts.sorted { $0.key < $1.key }.map { say(.diffSideAmount, $0.key, Fixed.format($0.value)) }
            parts.append(say(.diffSideAmounts, amounts.joined(separator: list)))
        }
        return parts.joined(separator: say(.diffSidePartSeparator))
    }

    static func signed(_ x: Int64) -> String { (x > 0 ? "+" : "") + Fixed.format(x) }

    /// Lines after the counts: persons, the budget, and the households (at most `limit`).
    func leaderTable(listIDs: Int) -> String {
        var out = MessageCatalogue.format(.diffPersons, [String(persons), String(changedPersons)]) + "\n"
        if !budget.isEmpty {
            out += "\n" + MessageCatalogue.format(.diffBudgetHeading, []) + "\n"
            for b in budget {
                out += "  " + MessageCatalogue.format(.diffBudgetLine, [b.measure, String(b.householdsBefore), String(b.householdsAfter),
                                                                        Fixed.format(b.amountBefore), Fixed.format(b.amountAfter), b.unit ?? "",
                                                                        Self.signed(b.change)]) + "\n"
            }
        }
        if !householdChanges.isEmpty {
            let limit = listIDs > 0 ? listIDs : 20
            out += "\n" + MessageCatalogue.format(.diffHouseholdsHeading, []) + "\n"
            for h in householdChanges.prefix(limit) {
                out += "  " + MessageCatalogue.format(h.group.isEmpty ? .diffHouseholdLine : .diffHouseholdLineGroup, [h.id, String(h.persons), h.group]) + "\n"
                out += "    " + Self.sideText(h.before) + "\n    → " + Self.sideText(h.after) + "\n"
            }
            if householdChanges.count > limit { out += "  " + MessageCatalogue.format(.diffMore, [String(householdChanges.count - limit)]) + "\n" }
        }
        return out
    }

    static let csvExtraColumns = ["persons", "households_before", "households_after", "amount_before", "amount_after",
                                  "before_monitored", "before_category", "before_risks", "before_measures",
                                  "after_monitored", "after_category", "after_risks", "after_measures"]

    /// The rows after the change rows: `households` and `changed` (count and persons) per group,
    /// one `budget` row per measure with an amount, one `household` row per changed household.
    func leaderCSVRows(to out: inout [UInt8]) {
        func row(_ cells: [String]) {
            for (i, c) in cells.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendCSVField(c, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        let blank = Array(repeating: "", count: Self.csvExtraColumns.count - 1)
        for g in [total] + (grouping == .none ? [] : groups) {
            let key = g.key.isEmpty ? "*" : g.key
            row([key, "households", "", String(g.households), "", String(g.persons)] + blank)
            row([key, "changed", "", String(g.changed), "", String(g.changedPersons)] + blank)
        }
        for b in budget {
            row(["*", "budget", b.measure, String(b.householdsAfter), "", String(b.personsAfter), String(b.householdsBefore), String(b.householdsAfter),
                 Fixed.format(b.amountBefore), Fixed.format(b.amountAfter)] + Array(repeating: "", count: 8))
        }
        for h in householdChanges {
            let a = h.before, b = h.after
            row([h.group.isEmpty ? "*" : h.group, "household", "", "1", h.id, String(h.persons), "", "",
                 a.amounts.isEmpty ? "" : Fixed.format(a.amountTotal), b.amounts.isEmpty ? "" : Fixed.format(b.amountTotal),
                 Self.boolText(a.monitored), a.category ?? "", a.risks.joined(separator: "|"), a.measures.joined(separator: "|"),
                 Self.boolText(b.monitored), b.category ?? "", b.risks.joined(separator: "|"), b.measures.joined(separator: "|")])
        }
    }

    static func appendSide(_ s: Side, to out: inout [UInt8]) {
        appendASCII("{\"monitored\":", to: &out)
        out.append(contentsOf: Array((s.monitored.map { $0 ? "true" : "false" } ?? "null").utf8))
        appendASCII(",\"category\":", to: &out)
        if let c = s.category { appendJSONString(c, to: &out) } else { appendASCII("null", to: &out) }
        appendASCII(",\"risks\":", to: &out); appendJSONStringArray(s.risks, to: &out)
        appendASCII(",\"measures\":", to: &out); appendJSONStringArray(s.measures, to: &out)
        appendASCII(",\"watch\":", to: &out)
        out.append(contentsOf: Array((s.watch.map { $0 ? "true" : "false" } ?? "null").utf8))
        appendASCII(",\"alerts\":", to: &out); appendJSONStringArray(s.alerts, to: &out)
        appendASCII(",\"amounts\":{", to: &out)
        for (i, (k, v)) in s.amounts.sorted(by: { $0.key < $1.key }).enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendJSONString(k, to: &out); out.append(UInt8(ascii: ":")); out.append(contentsOf: Array(Fixed.format(v).utf8))
        }
        appendASCII("}}", to: &out)
    }

    /// `,"persons":…,"changed_persons":…,"budget":[…],"households":[…]`
    func leaderJSON(to out: inout [UInt8]) {
        out.append(contentsOf: Array(",\"persons\":\(persons),\"changed_persons\":\(changedPersons),\"budget\":[".utf8))
        for (i, b) in budget.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendASCII("{\"measure\":", to: &out); appendJSONString(b.measure, to: &out)
            if let u = b.unit { appendASCII(",\"unit\":", to: &out); appendJSONString(u, to: &out) }
            out.append(contentsOf: Array((",\"households_before\":\(b.householdsBefore),\"households_after\":\(b.householdsAfter)"
                + ",\"persons_before\":\(b.personsBefore),\"persons_after\":\(b.personsAfter)"
                + ",\"amount_before\":\(Fixed.format(b.amountBefore)),\"amount_after\":\(Fixed.format(b.amountAfter)),\"change\":\(Fixed.format(b.change))}").utf8))
        }
        appendASCII("],\"households\":[", to: &out)
        for (i, h) in householdChanges.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendASCII("{\"id\":", to: &out); appendJSONString(h.id, to: &out)
            appendASCII(",\"group\":", to: &out); appendJSONString(h.group, to: &out)
            out.append(contentsOf: Array(",\"persons\":\(h.persons),\"before\":".utf8))
            Self.appendSide(h.before, to: &out)
            appendASCII(",\"after\":", to: &out)
            Self.appendSide(h.after, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }
}
