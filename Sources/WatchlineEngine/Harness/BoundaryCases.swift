import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// `watchline test --boundaries`: for every threshold comparison in a ruleset (a household field
/// against a parameter or a number), the cases just under, on and just over it, made from one
/// household and decided by the engine; and for every timeline step, the day before, on and after
/// its due date. Printed as a policy test file for the officer to confirm against the document —
/// the expectations are what the rules decide now, not what the document says.
package struct BoundaryCases {
    package struct Threshold: Sendable {
        /// The rule it belongs to, as tests name rules: `risks.低收入`, `definitions.人均纯收入`.
        package var rule: String
        package var source: String?
        package var field: String
        package var fieldType: ExprType
        package var value: Value
        /// The parameter's name when the threshold is one.
        package var parameter: String?
    }

    package let ruleset: CompiledRuleset
    package init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    /// Every distinct (field, threshold value), in rule order.
    package func thresholds() -> [Threshold] {
        let c = ruleset.checked, m = ruleset.ruleset
        var out: [Threshold] = []
        var seen = Set<String>()
        // A threshold inside a definition belongs to every rule that uses the definition.
        func scan(_ e: TypedExpr?, rule: String, source: String?, visited: Set<Int> = []) {
            var visited = visited
            e?.forEachNode { n in
                if case .definition(let i) = n.kind, visited.insert(i).inserted {
                    scan(c.context.definitions[i].typed, rule: rule, source: source, visited: visited)
                }
                guard case .binary(let op, let a, let b) = n.kind, [.lt, .le, .gt, .ge, .eq, .ne].contains(op) else { return }
                for (x, y) in [(a, b), (b, a)] {
                    guard let (path, type) = field(x), let (value, param) = constant(y) else { continue }
                    let key = rule + "\u{1}" + path + "\u{1}" + ValueText.plain(value, ruleset)
                    if seen.insert(key).inserted {
                        out.append(Threshold(rule: rule, source: source, field: path, fieldType: type, value: value, parameter: param))
                    }
                }
            }
        }
        for (i, r) in m.risks.enumerated() { scan(c.risks[i], rule: "risks." + r.id, source: r.source) }
        for (i, x) in m.exclusions.enumerated() {
            scan(c.exclusions[i].when, rule: "exclusions." + x.id, source: x.rule.source)
            for (j, u) in x.unless.enumerated() { scan(c.exclusions[i].unless[j], rule: "exceptions." + u.id, source: u.source) }
        }
        for (i, r) in m.categories.enumerated() { scan(c.categories[i], rule: "categories." + r.id, source: r.source) }
        for (i, r) in m.assistance.enumerated() { scan(c.rows[i].when, rule: "assistance." + r.id, source: r.source) }
        for (i, d) in m.decisions.enumerated() { scan(c.decisions[i].value, rule: "decisions." + d.id, source: d.source) }
        return out
    }

    /// A household field, directly or through a definition that is just that field.
    func field(_ e: TypedExpr) -> (String, ExprType)? {
        switch e.kind {
        case .field(_, let path):
            guard [.int, .decimal, .date].contains(e.type) else { return nil }
            return (path, e.type)
        case .definition(let i):
            guard let t = ruleset.checked.context.definitions[i].typed else { return nil }
            return field(t)
        default: return nil
        }
    }

    func constant(_ e: TypedExpr) -> (Value, String?)? {
        switch e.kind {
        case .parameter(let i, let v): return isNumberOrDate(v) ? (v, ruleset.checked.context.parameters[i].id) : nil
        case .constant(let v): return isNumberOrDate(v) ? (v, nil) : nil
        default: return nil
        }
    }

    func isNumberOrDate(_ v: Value) -> Bool {
        switch v { case .int, .dec, .date: return true; default: return false }
    }

    /// The value just under, on and just over a threshold, as the record would give it; values
    /// outside the schema's bounds (a negative count) are left out.
    func around(_ t: Threshold) -> [(MessageID, HouseholdTree)] {
        let f = ruleset.schema.households.first { $0.path == t.field }
        return candidates(t).filter { _, v in
            guard case .number(let text) = v, case .value(let x) = Fixed.parse(text) else { return true }
            let scaled = t.fieldType == .int ? x / Fixed.one : x   // int bounds are plain, money bounds scaled
            if let min = f?.min, scaled < min { return false }
            if let max = f?.max, scaled > max { return false }
            return true
        }
    }

    func candidates(_ t: Threshold) -> [(MessageID, HouseholdTree)] {
        switch (t.fieldType, t.value) {
        case (.date, .date(let d)):
            return [(.boundaryDayBefore, .string(d.adding(days: -1).iso)), (.boundaryOn, .string(d.iso)), (.boundaryDayAfter, .string(d.adding(days: 1).iso))]
        case (.int, .int(let v)):
            return [(.boundaryJustUnder, .number(String(v - 1))), (.boundaryOn, .number(String(v))), (.boundaryJustOver, .number(String(v + 1)))]
        case (.int, .dec(let v)):
            let whole = v / Fixed.one
            return [(.boundaryJustUnder, .number(String(whole - 1))), (.boundaryOn, .number(String(whole))), (.boundaryJustOver, .number(String(whole + 1)))]
        case (.decimal, .int(let v)):
            let s = v * Fixed.one
            return [(.boundaryJustUnder, .number(Fixed.format(s - Fixed.cent))), (.boundaryOn, .number(Fixed.format(s))), (.boundaryJustOver, .number(Fixed.format(s + Fixed.cent)))]
        case (.decimal, .dec(let s)):
            return [(.boundaryJustUnder, .number(Fixed.format(s - Fixed.cent))), (.boundaryOn, .number(Fixed.format(s))), (.boundaryJustOver, .number(Fixed.format(s + Fixed.cent)))]
        default:
            return []
        }
    }
}
