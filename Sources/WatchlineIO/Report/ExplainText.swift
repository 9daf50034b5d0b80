import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// A decision in plain words for a policy officer: each rule that was evaluated, where it is,
/// the clause it implements, the values it saw and what it decided.
package struct ExplainText {
    let ruleset: CompiledRuleset
    /// Personal values (members' ID numbers) are masked unless the officer asks (`--reveal-ids`).
    let revealIDs: Bool

    package init(ruleset: CompiledRuleset, revealIDs: Bool = false) { self.ruleset = ruleset; self.revealIDs = revealIDs }

    package func render(_ o: Outcome) -> String {
        func t(_ id: MessageID, _ args: String...) -> String { MessageCatalogue.format(id, args) }
        let words = ExplainWords(ruleset: ruleset)
        let sep = t(.explainListSeparator)
        func list(_ xs: [String]) -> String { xs.isEmpty ? t(.explainNone) : xs.joined(separator: sep) }
        let place = o.town.map { [$0, o.village].compactMap { $0 }.joined(separator: " ") }
        let household = place.map { t(.explainNamed, o.outputID, $0) } ?? o.outputID
        var out = t(.explainHeader, household, ruleset.asOf.iso, ruleset.ruleset.id) + "\n"
        guard let d = o.decision, o.errors.isEmpty else {
            return out + "  " + t(.explainUndecidable, o.errors.joined(separator: t(.explainErrorSeparator))) + "\n"
        }
        if d.failure != nil { return out + "  " + t(.explainUndecidable, ruleset.failureMessages(d).joined(separator: t(.explainErrorSeparator))) + "\n" }
        switch d.monitored {
        case true?: out += "  " + (ruleset.categoryName(d).map { t(.explainMonitoredAs, $0) } ?? t(.explainMonitored)) + "\n"
        case false?: out += "  " + t(.explainNotMonitored) + "\n"
        case nil: out += "  " + t(.explainUndetermined, ruleset.undeterminedNames(d).map(words.readName).joined(separator: sep)) + "\n"
        }
        let alerts = ruleset.alertNames(d)
        if !ruleset.alertIDs.isEmpty { out += "  " + t(.explainAlerts, list(alerts)) + "\n" }
        if d.watch == true { out += "  " + t(.explainWatched) + "\n" }
        else if d.watch == nil { out += "  " + t(.explainWatchUndetermined) + "\n" }
        let risks = ruleset.riskNames(d), excl = ruleset.exclusionNames(d), measures = ruleset.measureNames(d)
        out += "  " + t(.explainRisks, list(risks)) + "\n"
        if !excl.isEmpty { out += "  " + t(.explainExcluded, list(excl)) + "\n" }
        if !measures.isEmpty {
            out += "  " + t(.explainMeasures, list(measures)) + "\n"
            for a in d.amounts { out += "    " + t(.explainAmount, ruleset.measureIDs[a.measure], words.value(a.value)) + "\n" }
        }
        for (i, rule) in ruleset.ruleset.decisions.enumerated() where i < d.decisions.count {
            out += "  " + t(.explainLabelled, rule.label ?? rule.id, words.decisionValue(d.decisions[i])) + "\n"
        }
        guard let trace = o.trace else { return out }
        out += "\n  " + Self.howHeading + "\n"
        for e in trace {
            var head = "- \(kindWord(e.kind)) \(words.ruleName(e.kind, e.id)) [\(e.span.shortDescription)]"
            if let src = e.source { head = t(.explainAside, head, t(.explainClause, src)) }
            out += "  " + t(.explainLabelled, head, verdict(e, words)) + "\n"
            // The document's words for each rule that decided (held).
            if case .bool(true) = e.result, let w = ruleset.ruleset.words(e.kind, e.id) {
                if let s = w.sentence { out += "      \(w.clause ?? "")「\(s)」\n" }
                for r in w.readings { out += "      " + t(.explainReading, r.id, r.text) + "\n" }
            }
            for r in e.reads { out += "      \(words.readName(r.path)) = \(describeRead(r, words))\n" }
        }
        return out
    }

    /// The heading above the rule-by-rule trace (the test report cuts there without --verbose).
    package static var howHeading: String { MessageCatalogue.format(.explainHow, []) }

    /// An exception is shown under its exclusion.
    func kindWord(_ k: TraceEntry.Kind) -> String { (k.part == .exception ? "  " : "") + k.label }

    func verdict(_ t: TraceEntry, _ words: ExplainWords) -> String {
        switch t.result {
        case .bool(true): return MessageCatalogue.format(.explainHolds, [])
        case .bool(false): return MessageCatalogue.format(.explainDoesNotHold, [])
        case .unknown: return MessageCatalogue.format(.explainMissingData, [])
        case .error(let e): return MessageCatalogue.format(.explainError, [e.message])
        default: return words.decisionValue(t.result)
        }
    }

    func describeRead(_ r: TraceRecorder.Read, _ words: ExplainWords) -> String {
        var text = words.readValue(r.value, path: r.path, masked: !revealIDs && ruleset.schema.isPersonal(path: r.path))
        if r.path.hasPrefix("params.") {
            let id = String(r.path.dropFirst("params.".count))
            if let i = ruleset.ruleset.parameters.firstIndex(where: { $0.id == id }) {
                let p = ruleset.ruleset.parameters[i]
                if let unit = p.unit { text += " \(unit)" }
                if ruleset.checked.overrides[id] != nil {
                    // A what-if (--param, :param): the file's own value and line, not "set at" a line
                    // that holds another number.
                    let file = p.value(asOf: ruleset.checked.asOf)
                    let fileText = file.map { words.readValue(RulesetChecker.runtimeValue($0.value), path: r.path, masked: false) } ?? MessageCatalogue.format(.testValueNone, [])
                    let at = file.map { "\($0.span.path):\($0.span.start.line)" } ?? "\(p.provenance.span.path):\(p.provenance.span.start.line)"
                    text = MessageCatalogue.format(.explainAside, [text, MessageCatalogue.format(.explainWhatIf, [fileText, at])])
                } else if let span = ruleset.checked.parameterValues[i].span {
                    let overriding = p.provenance.overrides.last.map { MessageCatalogue.format(.explainOverriding, ["\($0.path):\($0.start.line)"]) } ?? ""
                    text = MessageCatalogue.format(.explainAside, [text, MessageCatalogue.format(.explainSetAt, ["\(span.path):\(span.start.line)" + overriding])])
                }
            }
        }
        return text
    }
}
