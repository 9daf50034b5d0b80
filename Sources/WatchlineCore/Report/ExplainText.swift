/// A decision in plain words for a policy officer: each rule that was evaluated, where it is,
/// the clause it implements, the values it saw and what it decided.
public struct ExplainText {
    let ruleset: CompiledRuleset
    /// Personal values (members' ID numbers) are masked unless the officer asks (`--reveal-ids`).
    let revealIDs: Bool

    public init(ruleset: CompiledRuleset, revealIDs: Bool = false) { self.ruleset = ruleset; self.revealIDs = revealIDs }

    public func render(_ o: Outcome) -> String {
        var out = "Household \(o.outputID)"
        if let t = o.town { out += " (" + [t, o.village].compactMap { $0 }.joined(separator: " ") + ")" }
        out += ", as of \(ruleset.asOf.iso), rules \(ruleset.ruleset.id)\n"
        guard let d = o.decision, o.errors.isEmpty else {
            return out + "  Could not be decided: " + o.errors.joined(separator: "; ") + "\n"
        }
        if d.failure != nil { return out + "  Could not be decided: " + ruleset.failureMessages(d).joined(separator: "; ") + "\n" }
        switch d.monitored {
        case true?: out += "  Decision: monitored" + (ruleset.categoryName(d).map { ", category \($0)" } ?? "") + "\n"
        case false?: out += "  Decision: not monitored\n"
        case nil: out += "  Decision: undetermined — missing: " + ruleset.undeterminedNames(d).joined(separator: ", ") + "\n"
        }
        let alerts = ruleset.alertNames(d)
        if !ruleset.alertIDs.isEmpty { out += "  Alerts raised (to verify): " + (alerts.isEmpty ? "none" : alerts.joined(separator: ", ")) + "\n" }
        if d.watch == true { out += "  Watch: followed without identification (不纳入但持续跟踪关注)\n" }
        else if d.watch == nil { out += "  Watch: undetermined\n" }
        let risks = ruleset.riskNames(d), excl = ruleset.exclusionNames(d), measures = ruleset.measureNames(d)
        out += "  Risks found: " + (risks.isEmpty ? "none" : risks.joined(separator: ", ")) + "\n"
        if !excl.isEmpty { out += "  Excluded by: " + excl.joined(separator: ", ") + "\n" }
        if !measures.isEmpty {
            out += "  Measures: " + measures.joined(separator: ", ") + "\n"
            for a in d.amounts { out += "    \(ruleset.measureIDs[a.measure]) amount: \(ruleset.text(a.value))\n" }
        }
        for (i, rule) in ruleset.ruleset.decisions.enumerated() where i < d.decisions.count {
            out += "  \(rule.label ?? rule.id): \(ruleset.text(d.decisions[i]))\n"
        }
        guard let trace = o.trace else { return out }
        out += "\n  How it was decided:\n"
        for t in trace {
            out += "  - \(kindWord(t.kind)) \(t.id) [\(t.span.shortDescription)]"
            if let src = t.source { out += " (clause \(src))" }
            out += ": \(verdict(t))\n"
            // The document's words for each rule that decided (held).
            if case .bool(true) = t.result, let w = ruleset.ruleset.words(t.kind, t.id) {
                if let s = w.sentence { out += "      \(w.clause ?? "")「\(s)」\n" }
                for r in w.readings { out += "      reading \(r.id): \(r.text)\n" }
            }
            for r in t.reads { out += "      \(r.path) = \(describeRead(r))\n" }
        }
        return out
    }

    func kindWord(_ k: TraceEntry.Kind) -> String {
        switch k {
        case .risk: return "risk"
        case .alert: return "alert"
        case .watch: return "watch rule"
        case .exclusion: return "exclusion"
        case .exception: return "  exception"
        case .category: return "category"
        case .assistance: return "assistance row"
        case .measure: return "withheld-if for"
        case .amount: return "amount of"
        case .decision: return "decision"
        }
    }

    func verdict(_ t: TraceEntry) -> String {
        switch t.result {
        case .bool(true): return "holds"
        case .bool(false): return "does not hold"
        case .unknown: return "undetermined (missing data)"
        case .error(let e): return "error: \(e.message)"
        default: return ruleset.text(t.result)
        }
    }

    func describeRead(_ r: TraceRecorder.Read) -> String {
        var text = r.value.isUnknown ? "missing" : ruleset.text(r.value)
        if !revealIDs, !r.value.isUnknown, ruleset.schema.isPersonal(path: r.path) { text = Schema.masked(text) }
        if r.path.hasPrefix("params.") {
            let id = String(r.path.dropFirst("params.".count))
            if let i = ruleset.ruleset.parameters.firstIndex(where: { $0.id == id }) {
                let p = ruleset.ruleset.parameters[i]
                if let unit = p.unit { text += " \(unit)" }
                if let span = ruleset.checked.parameterValues[i].span { text += " (set at \(span.path):\(span.start.line)" }
                if let over = p.provenance.overrides.last { text += ", overriding \(over.path):\(over.start.line)" }
                if ruleset.checked.parameterValues[i].span != nil { text += ")" }
            }
        }
        return text
    }
}
