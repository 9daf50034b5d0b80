import WatchlineSyntax
import WatchlineLanguage
/// `params.line / 12` with a whole-number `line` is integer division, as in CEL: 7000 / 12 is
/// 583, not 583.33. Where such a quotient meets money — compared with, or combined with, a
/// decimal, or given as a measure's amount — it is almost certainly a mistake: warned, with the
/// fix (`/ 12.0`).
package enum IntegerDivisionLint {
    package static func lint(_ c: CheckedRuleset) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var reported = Set<SourceSpan>()
        let defs = c.context.definitions
        let m = c.ruleset

        /// The integer division `e` is (directly, or as a definition that is one), with its text.
        func division(_ e: TypedExpr, _ text: ExprText, _ seen: Int = 0) -> (TypedExpr, TypedExpr, TypedExpr, ExprText)? {
            switch e.kind {
            case .binary(.div, let a, let b) where a.type == .int && b.type == .int && readsWholeNumberInput(a):
                return (e, a, b, text)
            case .definition(let i) where seen < 64:
                guard let t = defs[i].typed else { return nil }
                return division(t, defs[i].text, seen + 1)
            default: return nil
            }
        }
        func warn(_ d: (TypedExpr, TypedExpr, TypedExpr, ExprText), _ usage: MessageID) {
            let (whole, a, b, text) = d
            let span = text.span(whole.range)
            guard reported.insert(span).inserted else { return }
            let source = Array(text.text.unicodeScalars)
            func snippet(_ r: TextRange) -> String {
                String(String.UnicodeScalarView(source[max(0, Int(r.start))..<min(source.count, Int(r.end))]))
            }
            let fixed: String
            if case .constant(.int(let k)) = b.kind { fixed = snippet(a.range) + " / " + String(k) + ".0" }
            else { fixed = "decimal(" + snippet(a.range) + ") / " + snippet(b.range) }
            out.append(Diagnostic(usage, .warning, at: span, args: [snippet(whole.range), fixed],
                                  fixIt: FixIt(span: span, replacement: fixed, original: snippet(whole.range))))
        }
        func isMoney(_ e: TypedExpr) -> Bool { e.type == .decimal }
        func scan(_ e: TypedExpr?, _ text: ExprText?) {
            guard let e, let text else { return }
            e.forEachNode { n in
                guard case .binary(let op, let l, let r) = n.kind else { return }
                let comparison = [.lt, .le, .gt, .ge, .eq, .ne].contains(op)
                guard comparison || [.add, .sub, .mul, .div].contains(op) else { return }
                for (x, y) in [(l, r), (r, l)] where isMoney(y) {
                    if let d = division(x, text) { warn(d, comparison ? .integerDivisionCompared : .integerDivisionCombined) }
                }
            }
        }
        for d in defs { scan(d.typed, d.text) }
        for (i, r) in m.risks.enumerated() { scan(c.risks[i], r.when) }
        for (i, x) in m.exclusions.enumerated() {
            scan(c.exclusions[i].when, x.rule.when)
            for (j, u) in x.unless.enumerated() { scan(c.exclusions[i].unless[j], u.when) }
        }
        for (i, r) in m.categories.enumerated() { scan(c.categories[i], r.when) }
        for (i, r) in m.assistance.enumerated() { scan(c.rows[i].when, r.when) }
        for (i, d) in m.decisions.enumerated() { scan(c.decisions[i].applies, d.applies); scan(c.decisions[i].value, d.value) }
        for (i, x) in m.measures.enumerated() where i < c.measures.count {
            scan(c.measures[i].notIf, x.notIf)
            scan(c.measures[i].amount, x.amount)
            // A measure's amount is money.
            if let a = c.measures[i].amount, let text = x.amount, let d = division(a, text) { warn(d, .integerDivisionAmount) }
        }
        return out
    }

    /// Whether the dividend reads a parameter or a record field that is a whole number (not a
    /// literal: `7 / 2` is plainly integer arithmetic).
    static func readsWholeNumberInput(_ e: TypedExpr) -> Bool {
        var found = false
        e.forEachNode { n in
            switch n.kind {
            case .parameter, .field, .memberField: if n.type == .int { found = true }
            default: break
            }
        }
        return found
    }
}
