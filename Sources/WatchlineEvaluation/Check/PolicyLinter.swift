import WatchlineSyntax
import WatchlineLanguage
/// Warnings about a ruleset that is valid but probably not what its author meant.
package enum PolicyLinter {
    package static func lint(_ c: CheckedRuleset) -> [Diagnostic] {
        var usedParams = Set<Int>(), usedRisks = Set<Int>(), anyRisk = false
        var usedDefinitions = Set<Int>()
        func scan(_ e: TypedExpr?) {
            e?.forEachNode { n in
                switch n.kind {
                case .parameter(let i, _): usedParams.insert(i)
                case .risk(let i): usedRisks.insert(i)
                case .anyRisk, .riskList: anyRisk = true
                case .definition(let i): usedDefinitions.insert(i)
                default: break
                }
            }
        }
        let defs = c.context.definitions.map(\.typed)
        c.rules.columns.joined().forEach(scan)
        c.exclusions.forEach { scan($0.when); $0.unless.forEach(scan) }
        c.measures.forEach { scan($0.notIf); scan($0.amount) }
        c.rows.forEach { scan($0.when) }
        c.decisions.forEach { scan($0.applies); scan($0.value) }
        // Recurring duties' conditions are compiled by the timeline evaluator, not here: check
        // them for their uses (a parameter read only by a duty is used).
        for t in c.ruleset.timelines { for x in t.recurring { if let w = x.when { scan(Checker.check(w, in: c.context).0) } } }
        // Definitions used (transitively) contribute their uses.
        var pending = Array(usedDefinitions)
        var seen = usedDefinitions
        while let i = pending.popLast() {
            defs[i]?.forEachNode { n in
                switch n.kind {
                case .parameter(let p, _): usedParams.insert(p)
                case .risk(let r): usedRisks.insert(r)
                case .anyRisk, .riskList: anyRisk = true
                case .definition(let j): if seen.insert(j).inserted { pending.append(j) }
                default: break
                }
            }
        }
        var out: [Diagnostic] = []
        let model = c.ruleset
        for (i, p) in model.parameters.enumerated() where !usedParams.contains(i) {
            if c.ruleset.timelines.isEmpty || !p.values.contains(where: { if case .duration = $0.value { return true }; return false }) {
                out.append(Diagnostic(.lintParameterUnused, .warning, at: p.provenance.span, args: [p.id]))
            }
        }
        if !model.categories.isEmpty && !anyRisk {
            for (i, r) in model.risks.enumerated() where !usedRisks.contains(model.alerts.count + i) {
                out.append(Diagnostic(.lintRiskUnread, .warning, at: r.provenance.span, args: [r.id]))
            }
        }
        // Conditions that contradict themselves, and categories an earlier one always takes.
        let analysis = ConditionAnalysis(schema: model.schema)
        for (i, cat) in c.categories.enumerated() {
            if let why = analysis.contradiction(cat) {
                out.append(Diagnostic(.lintCategoryNeverApplies, .warning, at: model.categories[i].provenance.span,
                                      .text(model.categories[i].id), why))
                continue
            }
            if let j = (0..<i).first(where: { ConditionAnalysis.implies(cat, c.categories[$0]) }) {
                out.append(Diagnostic(.lintCategoryShadowed, .warning, at: model.categories[i].provenance.span,
                                      args: [model.categories[i].id, model.categories[j].id]))
            }
        }
        for (i, row) in c.rows.enumerated() {
            if let why = analysis.contradiction(row.when) {
                out.append(Diagnostic(.lintRowNeverApplies, .warning, at: model.assistance[i].provenance.span,
                                      .text(model.assistance[i].id), why))
            }
        }
        for (i, r) in c.risks.enumerated() {
            if let why = analysis.contradiction(r) {
                out.append(Diagnostic(.lintRiskNeverHolds, .warning, at: model.risks[i].provenance.span, .text(model.risks[i].id), why))
            }
        }
        for t in model.timelines {
            guard let limit = t.limit, !limit.months else { continue }
            let limitDays = limit.workdays ? limit.count * 7 / 5 : limit.count
            let chain = TimelineEvaluator.longestChain(t)
            if chain > limitDays {
                out.append(Diagnostic(.lintTimelineTooLong, .warning, at: t.provenance.span, args: [.text(t.id), .text(String(chain)), limit.words]))
            }
            let known = Set(t.steps.map(\.id) + [t.startsAt])
            for step in t.steps {
                switch step.rule {
                case .within(_, let after), .lastsAtLeast(_, let after):
                    if !known.contains(after) {
                        out.append(Diagnostic(.unknownEvent, at: step.span, args: [.text(after), suggested(after, in: Array(known))]))
                    }
                case .by: break
                }
            }
        }
        return out
    }
}
