import WatchlineSyntax
import WatchlineLanguage
/// Type-checks every expression of a ruleset, fixes parameters at the as-of date (with what-if
/// overrides), and reports problems with positions. Errors stop compilation; warnings do not.
package enum RulesetChecker {
    package static let maxRulesPerSection = 128

    package static func check(_ ruleset: Ruleset, asOf: CivilDate, overrides given: [String: ParamValue] = [:]) -> (CheckedRuleset?, [Diagnostic]) {
        var diags: [Diagnostic] = []
        // A what-if may name its parameter by label (a test file's `params: { 年度监测范围…: 7500 }`).
        var overrides: [String: ParamValue] = [:]
        for (name, v) in given {
            if case .one(let p) = ParamWhatIf.find(name, in: ruleset.parameters) { overrides[p.id] = v } else { overrides[name] = v }
        }
        var entries: [CheckContext.ParamEntry] = []
        var paramValues: [(ParamValue?, SourceSpan?)] = []
        for p in ruleset.parameters {
            var chosen = p.value(asOf: asOf)
            if let o = overrides[p.id] {
                // A what-if value of another kind than the file's (`--param line=abc` for a number)
                // is the flag's error, not the error of every rule that reads the parameter.
                if let written = (chosen ?? p.values.first)?.value, let want = kindName(written), let got = kindName(o), want != got {
                    diags.append(Diagnostic(.overrideWrongKind, at: nil, args: [p.id, o.description, want, got]))
                } else {
                    chosen = .init(from: asOf, value: o, span: chosen?.span ?? p.provenance.span)
                }
            }
            else if p.isDated {
                if chosen == nil, let first = p.values.first {
                    diags.append(Diagnostic(.paramBeforeFirst, .warning, at: first.span, args: [p.id, asOf.iso, first.from.iso]))
                } else if let c = chosen, !p.values.contains(where: { $0.from.year == asOf.year }) {
                    diags.append(Diagnostic(.paramNoValueForYear, .warning, at: c.span, args: [p.id, String(asOf.year), c.from.iso, c.value.description]))
                }
            }
            let value = chosen.map { runtimeValue($0.value) } ?? .error(EvalError(.invalidArgument))
            entries.append(.init(id: p.id, type: chosen.map { staticType($0.value) } ?? .dyn, value: value))
            paramValues.append((chosen?.value, chosen?.span))
        }
        for name in overrides.keys where ruleset.parameter(name) == nil {
            diags.append(Diagnostic(.unknownName, at: nil, args: [.text("params.\(name)"), suggested(name, in: ruleset.parameters.map(\.id) + ruleset.parameters.compactMap(\.label))]))
        }
        let context = CheckContext(
            schema: ruleset.schema, parameters: entries, definitions: ruleset.definitions.map { ($0.id, $0.expr) },
            riskIDs: ruleset.risks.map(\.id), categoryIDs: ruleset.categories.map(\.id), householdInScope: true,
            asOf: asOf, calendar: ruleset.calendar)
        context.alertIDs = ruleset.alerts.map(\.id)
        context.riskBase = ruleset.alerts.count
        context.lists = ruleset.lists
        context.listStore = ruleset.listStore

        func check(_ text: ExprText, _ type: ExprType?) -> TypedExpr? {
            let (typed, d) = Checker.check(text, in: context, expecting: type)
            diags += d
            return typed
        }
        let poison = TypedExpr(.constant(.null), .dyn, TextRange(0, 0))
        // Every definition is checked, used or not, so a broken one is reported; in dependency
        // order, so checking one never recurses into another (linear in their number).
        let graph = DefinitionGraph(definitions: context.definitions.map { ($0.id, $0.text) }, index: context.definitionIndex)
        for (path, closing) in graph.cycles {
            let names = (path + [path[0]]).map { context.definitions[$0].id }.joined(separator: " → ")
            let last = context.definitions[path[path.count - 1]]
            diags.append(Diagnostic(.definitionCycle, at: last.text.span(closing.range), args: [context.definitions[path[0]].id, names]))
            for i in path { context.definitions[i].state = .failed }
        }
        for i in graph.order where context.definitions[i].state == .unchecked && graph.depth[i] > DefinitionGraph.maxDepth {
            // Reported where the nesting first passes the limit; the definitions built on it fail quietly.
            if !graph.references[i].contains(where: { graph.depth[$0.target] > DefinitionGraph.maxDepth }) {
                let d = context.definitions[i]
                diags.append(Diagnostic(.definitionTooDeep, at: d.text.span(TextRange(0, max(1, d.text.text.unicodeScalars.count))),
                                        args: [d.id, String(DefinitionGraph.maxDepth)]))
            }
            context.definitions[i].state = .failed
        }
        context.definitionOrder = graph.order
        for i in context.definitions.indices { context.definitions[i].parsed = graph.parsed[i] }
        for i in graph.order where context.definitions[i].state == .unchecked {
            var c = Checker(context: context, text: context.definitions[i].text)
            _ = c.definition(i, TextRange(0, 0))
            diags += c.diagnostics
        }
        var rules = RuleSection.Table<[TypedExpr]> { _ in [] }
        var exclusions: [CheckedRuleset.ExclusionCheck] = []
        var measureIDs = ruleset.measures.map(\.id)
        var measures: [CheckedRuleset.MeasureCheck] = []
        var rows: [CheckedRuleset.RowCheck] = []
        var decisions: [CheckedRuleset.DecisionCheck] = []
        let allRisks = context.riskIDs, allAlerts = context.alertIDs
        for section in RuleSection.pipeline {
            switch section {
            case .exclusions:
                exclusions = ruleset.exclusions.map { ex in
                    CheckedRuleset.ExclusionCheck(when: check(ex.rule.when, .bool) ?? poison,
                                                  unless: ex.unless.map { check($0.when, .bool) ?? poison })
                }
            case .measures:
                measures = ruleset.measures.map { m in
                    CheckedRuleset.MeasureCheck(notIf: m.notIf.flatMap { check($0, .bool) },
                                                amount: m.amount.flatMap { check($0, .decimal) })
                }
            case .assistance:
                let declared = !ruleset.measures.isEmpty
                for row in ruleset.assistance {
                    var indexes: [Int] = []
                    for (m, span) in zip(row.measures, row.measureSpans) {
                        if let i = measureIDs.firstIndex(of: m) { indexes.append(i); continue }
                        if declared {
                            let near = nearest(m, in: measureIDs)
                            diags.append(Diagnostic(.unknownMeasure, at: span, args: [.text(m), suggested(m, in: measureIDs)],
                                                    fixIt: near.map { FixIt(span: span, replacement: $0, original: m) }))
                            continue
                        }
                        measureIDs.append(m)
                        measures.append(.init(notIf: nil, amount: nil))
                        indexes.append(measureIDs.count - 1)
                    }
                    rows.append(.init(when: check(row.when, .bool) ?? poison, measures: indexes, everyone: row.everyone))
                }
            case .decisions:
                decisions = ruleset.decisions.map { d in
                    CheckedRuleset.DecisionCheck(applies: d.applies.flatMap { check($0, .bool) }, value: check(d.value, nil) ?? poison)
                }
            default:   // the boolean-rule sections
                rules[section] = ruleset.rules[section].enumerated().map { i, rule in
                    // Alerts are decided first: an alert may read the alerts before it, and no
                    // risk; a risk only the risks before it. The other rules read them all.
                    context.alertIDs = section == .alerts ? Array(allAlerts.prefix(i)) : allAlerts
                    context.riskIDs = section == .alerts ? [] : section == .risks ? Array(allRisks.prefix(i)) : allRisks
                    return check(rule.when, .bool) ?? poison
                }
                context.alertIDs = allAlerts
                context.riskIDs = allRisks
            }
        }
        // A household's risks, alerts, exclusions and measures are sets of at most 128.
        let counts = RuleSection.booleanRuleSections.map { ($0.pluralWord, ruleset.rules[$0].count) }
            + [(RuleSection.exclusions.pluralWord, ruleset.exclusions.count), (RuleSection.measures.pluralWord, measureIDs.count)]
        for (what, count) in counts where count > maxRulesPerSection {
            diags.append(Diagnostic(.rulesetTooManyRules, at: SourceSpan(path: ruleset.path, line: 1, column: 1),
                                    .text(String(maxRulesPerSection)), what))
        }
        var model = ruleset
        // Measures named only in assistance rows become declared measures.
        for id in measureIDs.dropFirst(ruleset.measures.count) {
            model.measures.append(Measure(id: id, label: nil, source: nil, amount: nil, unit: nil, notIf: nil,
                                          provenance: Provenance(span: SourceSpan(path: ruleset.path, line: 1, column: 1))))
        }
        if diags.contains(where: \.isError) { return (nil, diags) }
        let checked = CheckedRuleset(ruleset: model, asOf: asOf, context: context, rules: rules, exclusions: exclusions,
                                     measures: measures, rows: rows, decisions: decisions,
                                     parameterValues: paramValues, overrides: overrides)
        return (checked, diags)
    }

    /// A parameter value's kind in words (lists of anything count as one kind).
    static func kindName(_ p: ParamValue) -> String? {
        let id: MessageID
        switch p {
        case .number: id = .kindNumber
        case .bool: id = .kindBool
        case .string: id = .kindText
        case .date: id = .kindDate
        case .duration: id = .kindDuration
        case .list: id = .kindList
        }
        return MessageCatalogue.format(id, [])
    }

    package static func runtimeValue(_ p: ParamValue) -> Value {
        switch p {
        case .number(let v, let isInt): return isInt && v % Fixed.one == 0 ? .int(v / Fixed.one) : .dec(v)
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .date(let d): return .date(d)
        case .duration(let n, let w): return .duration(n, workdays: w)
        case .list(let xs): return .list(ListBox(xs.map(runtimeValue)))
        }
    }

    static func staticType(_ p: ParamValue) -> ExprType {
        switch p {
        case .number(let v, let isInt): return isInt && v % Fixed.one == 0 ? .int : .decimal
        case .bool: return .bool
        case .string: return .string
        case .date: return .date
        case .duration: return .duration
        case .list(let xs):
            let types = xs.map(staticType)
            guard let first = types.first else { return .list(.dyn) }
            if types.allSatisfy({ $0 == first }) { return .list(first) }
            if types.allSatisfy(\.isNumeric) { return .list(.decimal) }
            return .list(.dyn)
        }
    }
}
