import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The yearly update's safety net (`watchline test --mutate`): each numeric parameter a rule
/// reads and each timeline limit is moved one step up and one step down, the test file's cases are
/// run against the changed rules, and a change no case notices is reported — a threshold that
/// could move without any test saying so.
package enum ThresholdMutation {
    package struct Mutation { package var name: String; var apply: (inout Ruleset) -> Void }

    /// One step of a number as written: 7000 → 1, 1.5 → 0.1, 0.05 → 0.01.
    static func step(_ v: Int64, isInt: Bool) -> Int64 {
        if isInt { return Fixed.one }
        var step = Fixed.one
        while step > 1 && v % step != 0 { step /= 10 }
        return step
    }

    package static func mutations(_ model: Ruleset, used: Set<String>) -> [Mutation] {
        var out: [Mutation] = []
        for (pi, p) in model.parameters.enumerated() where used.contains(p.id) {
            for sign: Int64 in [1, -1] {
                guard p.values.contains(where: { if case .number = $0.value { return true }; if case .duration = $0.value { return true }; return false }) else { continue }
                out.append(Mutation(name: "\(p.label.map { "\($0) (\(p.id))" } ?? p.id) \(sign > 0 ? "+" : "-")1 step") { m in
                    for i in m.parameters[pi].values.indices {
                        switch m.parameters[pi].values[i].value {
                        case .number(let v, let isInt): m.parameters[pi].values[i].value = .number(v + sign * step(v, isInt: isInt), isInt: isInt)
                        case .duration(let n, let w): m.parameters[pi].values[i].value = .duration(n + Int32(sign), workdays: w)
                        default: break
                        }
                    }
                    // Bounds would refuse the moved value; the check is about the tests, not the bounds.
                    m.parameters[pi].min = nil; m.parameters[pi].max = nil
                })
            }
        }
        for (ti, t) in model.timelines.enumerated() {
            for (si, s) in t.steps.enumerated() {
                for sign in [1, -1] {
                    out.append(Mutation(name: "timeline \(t.id).\(s.id)\(s.label.map { " (\($0))" } ?? "") \(sign > 0 ? "+" : "-")1 day") { m in
                        switch m.timelines[ti].steps[si].rule {
                        case .within(var span, let after): span.count += sign; m.timelines[ti].steps[si].rule = .within(span, after: after)
                        case .lastsAtLeast(var span, let after): span.count += sign; m.timelines[ti].steps[si].rule = .lastsAtLeast(span, after: after)
                        case .by(let d): m.timelines[ti].steps[si].rule = .by(d.adding(days: sign))
                        }
                    })
                }
            }
        }
        return out
    }

    /// Parameters some compiled expression reads (population checks and unused ones are not thresholds of a decision).
    package static func usedParameters(_ r: CompiledRuleset) -> Set<String> {
        var used = Set<String>()
        let c = r.checked
        var exprs: [TypedExpr?] = c.rules.columns.joined() + c.rows.map(\.when) + c.context.definitions.map(\.typed)
        exprs += c.exclusions.flatMap { [$0.when] + $0.unless }
        exprs += c.measures.flatMap { [$0.notIf, $0.amount] }
        exprs += c.decisions.flatMap { [$0.applies, $0.value] }
        for e in exprs { e?.forEachNode { if case .parameter(let i, _) = $0.kind { used.insert(c.context.parameters[i].id) } } }
        return used
    }

    /// The changes no case of the test file notices (empty: every threshold is pinned).
    package static func unnoticed(testFile path: String, sources: SourceStore, root: RulesRoot? = nil) -> Result<[String], ReadError> {
        let (file, diags) = PolicyTestLoader.load(path: path, sources: sources)
        guard let testFile = file else { return .failure(ReadError(message: diags.first?.message ?? path)) }
        let (model, loadDiags) = RulesetLoader.load(path: testFile.rules, sources: sources, root: root)
        guard let ruleset = model, let compiled = Engine.compile(ruleset, asOf: testFile.asOf).compiled else {
            return .failure(ReadError(message: loadDiags.first(where: \.isError)?.message ?? testFile.rules))
        }
        var out: [String] = []
        for m in mutations(ruleset, used: usedParameters(compiled)) {
            let runner = PolicyTestRunner(sources: sources)
            runner.rulesRoot = root
            runner.mutate = m.apply
            if runner.run(file: path).failed == 0 { out.append(m.name) }
        }
        return .success(out)
    }
}
