import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Compares a case's expectations with an outcome, field by field.
enum Expectation {
    typealias Mismatch = PolicyTestRunner.Mismatch

    /// A word of a mismatch's value, in the language the report is printed in.
    static func word(_ id: MessageID) -> String { MessageCatalogue.format(id, []) }

    static func compare(_ e: PolicyTestFile.Expectations, _ o: Outcome, _ r: CompiledRuleset) -> [Mismatch] {
        var out: [Mismatch] = []
        let failures = o.decision.map(r.failureMessages) ?? []
        let allErrors = o.errors + failures
        if let wantErrors = e.errors {
            if wantErrors != !allErrors.isEmpty { out.append(.init(field: "errors", expected: word(wantErrors ? .testValueErrors : .testValueNone), actual: allErrors.isEmpty ? word(.testValueNone) : allErrors.joined(separator: "; "))) }
            if wantErrors { return out }
        }
        guard let d = o.decision, allErrors.isEmpty else {
            return out + [.init(field: "errors", expected: word(.testValueNone), actual: allErrors.joined(separator: "; "))]
        }
        func show(_ b: Bool?) -> String { word(b.map { $0 ? .testValueTrue : .testValueFalse } ?? .testValueNull) }
        // English keeps the YAML list as written; Chinese the officer's 、 (无 for none).
        func list(_ xs: [String]) -> String {
            guard MessageCatalogue.useChinese else { return "[" + xs.joined(separator: ", ") + "]" }
            return xs.isEmpty ? word(.testValueNone) : xs.joined(separator: "、")
        }
        if let m = e.monitored, m != d.monitored { out.append(.init(field: "monitored", expected: show(m), actual: show(d.monitored))) }
        if let c = e.category, c != r.categoryName(d) { out.append(.init(field: "category", expected: c ?? word(.testValueNull), actual: r.categoryName(d) ?? word(.testValueNull))) }
        let risks = r.riskNames(d), measures = r.measureNames(d), excluded = r.exclusionNames(d)
        func exact(_ field: String, _ want: [String]?, _ got: [String]) {
            if let want, Set(want) != Set(got) { out.append(.init(field: field, expected: list(want), actual: list(got))) }
        }
        func includes(_ field: String, _ want: [String]?, _ got: [String]) {
            if let want, !want.allSatisfy(got.contains) { out.append(.init(field: field, expected: MessageCatalogue.format(.testValueIncludes, [list(want)]), actual: list(got))) }
        }
        func excludes(_ field: String, _ want: [String]?, _ got: [String]) {
            if let want, want.contains(where: got.contains) { out.append(.init(field: field, expected: MessageCatalogue.format(.testValueNoneOf, [list(want)]), actual: list(got))) }
        }
        exact("risks", e.risks, risks); includes("risks", e.risksInclude, risks); excludes("risks", e.risksExclude, risks)
        exact("excluded_by", e.excludedBy, excluded)
        exact("measures", e.measures, measures); includes("measures", e.measuresInclude, measures); excludes("measures", e.measuresExclude, measures)
        exact("undetermined", e.undetermined, r.undeterminedNames(d))
        let alerts = r.alertNames(d)
        exact("alerts", e.alerts, alerts); includes("alerts", e.alertsInclude, alerts); excludes("alerts", e.alertsExclude, alerts)
        if let w = e.watch, w != d.watch { out.append(.init(field: "watch", expected: show(w), actual: show(d.watch))) }
        for (m, want) in e.amounts {
            let got = d.amounts.first { r.measureIDs[$0.measure] == m }?.value
            let gotText = got.map { v -> String in
                if case .null = v { return word(.testValueNull) }
                return v.isUnknown ? word(.testValueNull) : r.text(v)
            } ?? word(.testValueMeasureNotGiven)
            let wantText = want.map(Fixed.format) ?? word(.testValueNull)
            if gotText != wantText { out.append(.init(field: "amounts.\(m)", expected: wantText, actual: gotText)) }
        }
        let decisionIDs = r.ruleset.decisions.map(\.id)
        // Compared as the test file writes it ("null" for no value), shown in the reader's words.
        func shown(_ t: String) -> String { t == "null" ? word(.testValueNull) : t }
        for (id, want) in e.decisions {
            guard let i = decisionIDs.firstIndex(of: id) else {
                out.append(.init(field: id, expected: shown(want), actual: MessageCatalogue.format(.testNoDecision, [id, r.ruleset.id, suggestion(id, in: decisionIDs + RuleFileKeys.testExpect)])))
                continue
            }
            let got = i < d.decisions.count ? d.decisions[i] : .null
            let gotText = got.isUnknown ? "null" : r.text(got)
            if gotText != want { out.append(.init(field: id, expected: shown(want), actual: shown(gotText))) }
        }
        let held = Set((o.trace ?? []).filter { if case .bool(true) = $0.result { return true }; return false }.map { Coverage.key($0) })
        for f in e.fired where !held.contains(f) { out.append(.init(field: "fired", expected: f, actual: word(.testValueDidNotHold))) }
        for f in e.notFired where held.contains(f) { out.append(.init(field: "not_fired", expected: f, actual: word(.testValueHeld))) }
        return out
    }
}
