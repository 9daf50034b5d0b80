import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Writes the boundary cases as a policy test file (YAML; strings in JSON quoting, which YAML reads).
extension BoundaryCases {
    /// - Parameters:
    ///   - household: the household the cases are made from (its `id` is used with `from:` when
    ///     `examples` is given, otherwise it is written inline).
    ///   - rulesRef / examplesRef: paths as the test file will name them (relative to where it is saved).
    package func testFile(household: HouseholdTree, fromID: String?, rulesRef: String, examplesRef: String?) -> String {
        typealias Y = TestFileYAML
        var tests: Y.Pairs = [("rules", Y.text(rulesRef)), ("as_of", Y.plain(ruleset.asOf.iso))]
        if let examplesRef { tests.append(("examples", Y.text(examplesRef))) }
        var out = Y.head(comments: [MessageCatalogue.format(.boundaryHeader1, [ruleset.ruleset.id, ruleset.asOf.iso]),
                                    MessageCatalogue.format(.boundaryHeader2, []), MessageCatalogue.format(.boundaryHeader3, [])],
                         tests: tests)
        let runner = PolicyTestRunner(sources: SourceStore())
        for t in thresholds() {
            let limit = t.parameter.map { "\($0) \(ValueText.plain(t.value, ruleset))" } ?? ValueText.plain(t.value, ruleset)
            for (where_, v) in around(t) {
                var tree = household
                tree.set(t.field.split(separator: ".").map(String.init), v)
                let name = MessageCatalogue.format(.boundaryCaseName, [fieldName(t.field), plain(v), MessageCatalogue.format(where_, []), limit, t.rule])
                var item: Y.Pairs = [("name", Y.text(name)),
                                     ("clause", Y.text(t.source ?? "?")), ("unconfirmed", Y.bool(true))]
                if let fromID, examplesRef != nil { item.append(("from", Y.text(fromID))) }
                else { item.append(("household", tree.yaml)) }
                item.append(("set", .mapping([(t.field, v.yaml)])))
                item.append(("expect", .mapping(expectations(for: tree, rule: t.rule, runner: runner))))
                out += Y.caseItem(item)
            }
        }
        for tl in ruleset.ruleset.timelines { out += timelineCases(tl) }
        return out
    }

    func expectations(for tree: HouseholdTree, rule: String, runner: PolicyTestRunner) -> TestFileYAML.Pairs {
        typealias Y = TestFileYAML
        let r = ruleset
        let (record, errors) = JSONLinesSource.decode(line: tree.json, schema: r.schema)
        guard errors.isEmpty else { return [("errors", Y.bool(true))] }
        let (d, trace) = Engine.decide(record, with: r, frame: r.makeFrame(), explain: true)
        var out = Y.expectations(d, r)
        if !r.undeterminedNames(d).isEmpty { out.append(("undetermined", Y.texts(r.undeterminedNames(d)))) }
        // Pin the reason: whether the rule holding the threshold held (definitions are not traced).
        if let entry = (trace ?? []).first(where: { Coverage.key($0) == rule }), case .bool(let held) = entry.result {
            out.append((held ? "fired" : "not_fired", Y.texts([rule])))
        }
        return out
    }

    /// For each step with a deadline: the case with every earlier step done on its due date and
    /// this one done the day before, on, and the day after its own.
    func timelineCases(_ t: Timeline) -> String {
        typealias Y = TestFileYAML
        let evaluator = TimelineEvaluator(calendar: ruleset.ruleset.calendar, asOf: ruleset.asOf)
        let start = ruleset.asOf.adding(days: -60)
        let projected = evaluator.evaluate(TimelineCase(id: "b", householdID: nil, procedure: t.id, events: [t.startsAt: start]), t)
        var out = ""
        var events: [String: CivilDate] = [t.startsAt: start]
        for step in t.steps {
            guard let due = projected.steps.first(where: { $0.step == step.id })?.due else { continue }
            let when: [(MessageID, CivilDate)] = [(.boundaryDayBefore, due.adding(days: -1)), (.boundaryDayOn, due), (.boundaryDayAfter, due.adding(days: 1))]
            for (label, done) in when {
                var ev = events
                ev[step.id] = done
                let r = evaluator.evaluate(TimelineCase(id: "b", householdID: nil, procedure: t.id, events: ev), t)
                guard let s = r.steps.first(where: { $0.step == step.id }) else { continue }
                let evNodes = ev.sorted { $0.value < $1.value }.map { ($0.key, Y.plain($0.value.iso)) }
                out += Y.caseItem([
                    ("name", Y.text(MessageCatalogue.format(.boundaryStepCase, [t.label ?? t.id, step.label ?? step.id, MessageCatalogue.format(label, []), s.due?.iso ?? "-"]))),
                    ("clause", Y.text(step.source ?? t.source ?? "?")), ("unconfirmed", Y.bool(true)),
                    ("timeline", .mapping([("procedure", Y.text(t.id)), ("events", .mapping(evNodes))])),
                    ("as_of", Y.plain(ruleset.asOf.iso)),
                    ("expect", .mapping([("steps", .mapping([(step.id, .mapping([
                        ("due", s.due.map { Y.plain($0.iso) } ?? Y.null), ("status", Y.plain(s.status.rawValue))]))]))])),
                ])
            }
            events[step.id] = due
        }
        return out
    }

    /// A field as the officer knows it: its label with its path (`上年度家庭人均纯收入 (income.net_per_capita)`).
    func fieldName(_ path: String) -> String {
        guard let i = ruleset.schema.householdField(path), let label = ruleset.schema.households[i].label, label != path else { return path }
        return label + " (" + path + ")"
    }

    func plain(_ v: HouseholdTree) -> String { if case .string(let s) = v { return s }; return v.json }
}
