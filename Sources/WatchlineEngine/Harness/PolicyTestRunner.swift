import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// Runs policy test files on the engine: every case is decided exactly as `run` decides a
/// household, with the trace on, and compared field by field with its expectations.
package final class PolicyTestRunner {
    package struct Mismatch: Sendable { package var field: String; package var expected: String; package var actual: String }
    package struct CaseResult: Sendable {
        package var file: String
        package var name: String
        package var clause: String?
        package var span: SourceSpan
        package var mismatches: [Mismatch]
        /// The explain text of the decision, for a failure.
        package var explanation: String?
        package var error: String?
        package var basis: PolicyTestFile.Case.Basis = .none
        package var passed: Bool { mismatches.isEmpty && error == nil }
    }
    package struct FileResult: Sendable {
        package var path: String
        package var rules: String
        package var cases: [CaseResult]
        package var diagnostics: [Diagnostic]
        package var failed: Int { cases.filter { !$0.passed }.count + (diagnostics.contains(where: \.isError) ? 1 : 0) }
    }

    package let sources: SourceStore
    package var filter: String?
    /// Run only the cases the text decides (`test --text-only`).
    package var textOnly = false
    /// Fail on cases still marked `unconfirmed` (`test --strict`).
    package var strict = false
    /// `test --as-of DATE`: the date every case is decided on, over the file's `tests.as_of`
    /// (a case's own `as_of` still wins) — how the yearly update is checked before it is used.
    package var asOf: CivilDate?
    package let coverage = Coverage()
    private var compiled: [String: CompiledRuleset] = [:]
    private var listStores: [String: ListStore] = [:]
    private var examples: [String: [String: HouseholdTree]] = [:]

    /// Changes every loaded ruleset before it is compiled: a what-if applied to a whole test file
    /// (the threshold-mutation check changes one threshold and expects some case to fail).
    package var mutate: ((inout Ruleset) -> Void)?
    /// Where the rule files' paths may lead (`--rules-root`); nil: around each rule file.
    package var rulesRoot: RulesRoot?

    package init(sources: SourceStore, filter: String? = nil) { self.sources = sources; self.filter = filter }

    package func run(file path: String) -> FileResult {
        let (file, diags) = PolicyTestLoader.load(path: path, sources: sources)
        guard let file else { return FileResult(path: path, rules: "", cases: [], diagnostics: diags) }
        var results: [CaseResult] = []
        var fileDiags = diags
        for c in file.cases {
            if let filter, !c.name.contains(filter), !(c.clause ?? "").contains(filter) { continue }
            if textOnly && c.basis != .text { continue }
            let asOf = c.asOf ?? self.asOf ?? file.asOf
            guard let ruleset = ruleset(file.rules, asOf: asOf, params: c.params, lists: file.lists, diagnostics: &fileDiags) else {
                results.append(CaseResult(file: path, name: c.name, clause: c.clause, span: c.span, mismatches: [], error: MessageCatalogue.format(.testRulesDoNotLoad, [file.rules])))
                continue
            }
            var result = runCase(c, file: file, ruleset: ruleset)
            result.basis = c.basis
            result.mismatches += Self.checkBasis(c, ruleset.ruleset, strict: strict)
            results.append(result)
        }
        // A file none of whose cases ran still names a rule file: one that does not load fails
        // the file (0 of 0 cases is not a pass when there is nothing to run them against).
        if results.isEmpty { _ = ruleset(file.rules, asOf: self.asOf ?? file.asOf, params: [:], lists: file.lists, diagnostics: &fileDiags) }
        return FileResult(path: path, rules: file.rules, cases: results, diagnostics: fileDiags)
    }

    func ruleset(_ path: String, asOf: CivilDate, params: [String: ParamValue], lists: [(name: String, path: String)] = [],
                 diagnostics: inout [Diagnostic]) -> CompiledRuleset? {
        let listKey = lists.map { "\($0.name)=\($0.path)" }.joined(separator: ",")
        let key = path + "@" + asOf.iso + params.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",") + "|" + listKey
        if let r = compiled[key] { return r }
        // One store per set of files, so each file is read once however many cases use it.
        let store: ListStore
        if let s = listStores[listKey] { store = s } else {
            store = ListStore(absentIsEmpty: true)
            for l in lists { store.add(l.name, l.path) }
            listStores[listKey] = store
        }
        let loaded: Engine.Loaded
        if let mutate {
            let (model, loadDiags) = RulesetLoader.load(path: path, sources: sources, root: rulesRoot)
            guard var model else { diagnostics += loadDiags.filter(\.isError); return nil }
            mutate(&model)
            model.listStore = store
            loaded = Engine.compile(model, asOf: asOf, overrides: params)
        } else {
            loaded = Engine.load(rules: path, asOf: asOf, overrides: params, sources: sources, rulesRoot: rulesRoot, lists: store)
        }
        if loaded.hasErrors { diagnostics += loaded.diagnostics.filter(\.isError); return nil }
        compiled[key] = loaded.compiled
        coverage.register(loaded.compiled!)
        return loaded.compiled
    }

    /// A case says what decides it: its quotes must be in the rule file's text, its readings
    /// declared by the rule file; one with neither, or still marked unconfirmed, runs and is counted
    /// apart, and fails under `--strict`.
    static func checkBasis(_ c: PolicyTestFile.Case, _ ruleset: Ruleset, strict: Bool) -> [Mismatch] {
        var out: [Mismatch] = PolicyTestChecks.problems(c, ruleset).map { p in
            switch p {
            case .noDocumentText: .init(field: "quote", expected: Expectation.word(.testNoDocumentText), actual: Expectation.word(.testValueNone))
            case .quoteNotInText(let quote, let text, _):
                .init(field: "quote", expected: MessageCatalogue.format(.testWordsOf, [text.path]), actual: MessageCatalogue.format(.testQuoteNotInText, [quote, CitationChecker.nearestHint(quote, in: text)]))
            case .unknownReading(let id, let known, _):
                .init(field: "reading", expected: MessageCatalogue.format(.testReadingOf, [ruleset.id]), actual: MessageCatalogue.format(.testQuoted, [id, suggestion(id, in: known)]))
            }
        }
        switch c.basis {
        case .none where strict: out.append(.init(field: "quote/reading", expected: MessageCatalogue.format(.testNeedsBasis, []), actual: Expectation.word(.testBasisNeither)))
        case .unconfirmed where strict: out.append(.init(field: "unconfirmed", expected: MessageCatalogue.format(.testNeedsBasis, []), actual: Expectation.word(.testStillUnconfirmed)))
        default: break
        }
        return out
    }

    /// The household a case describes, as a tree.
    package func household(_ c: PolicyTestFile.Case, examples path: String?) -> Result<HouseholdTree, ReadError> {
        var tree: HouseholdTree
        if let from = c.from {
            guard let path else { return .failure(ReadError(message: MessageCatalogue.format(.testFromNeedsExamples, [from]))) }
            if examples[path] == nil { examples[path] = Self.readExamples(path) }
            guard let t = examples[path]?[from] else { return .failure(ReadError(message: MessageCatalogue.format(.testNoHousehold, [from, path]))) }
            tree = t
            if let inline = c.household, case .object(let pairs) = inline {
                for (k, v) in pairs { tree.set([k], v) }
            }
        } else {
            tree = c.household ?? .object([])
        }
        for (p, v) in c.set { tree.set(p, v) }
        for p in c.unset { tree.remove(p) }
        if tree.get(["id"]) == nil { tree.set(["id"], .string(c.name)) }
        return .success(tree)
    }

    static func readExamples(_ path: String) -> [String: HouseholdTree] {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [:] }
        var out: [String: HouseholdTree] = [:]
        for line in text.split(separator: "\n") {
            guard let t = HouseholdTree(jsonLine: String(line)), case .string(let id)? = t.get(["id"]) else { continue }
            out[id] = t
        }
        return out
    }

    func runCase(_ c: PolicyTestFile.Case, file: PolicyTestFile, ruleset: CompiledRuleset) -> CaseResult {
        var result = CaseResult(file: file.path, name: c.name, clause: c.clause, span: c.span, mismatches: [])
        if let tc = c.timeline { return runTimelineCase(tc, expect: c.expect, asOf: c.asOf ?? asOf ?? file.asOf, ruleset: ruleset, result: result) }
        let tree: HouseholdTree
        switch household(c, examples: file.examples) {
        case .failure(let e): result.error = e.message; return result
        case .success(let t): tree = t
        }
        let (record, errors) = JSONLinesSource.decode(line: tree.json, schema: ruleset.schema)
        let frame = ruleset.makeFrame()
        var outcome = Outcome(line: 1, id: record.string(ruleset.schema.idField), decision: nil, errors: errors)
        if errors.isEmpty {
            let (d, trace) = Engine.decide(record, with: ruleset, frame: frame, explain: true)
            outcome.decision = d
            outcome.trace = trace
            coverage.record(ruleset, trace ?? [])
        }
        result.mismatches = Expectation.compare(c.expect, outcome, ruleset)
        if !c.expect.duties.isEmpty, errors.isEmpty {
            // Recurring duties (visits, reports) as `timeline --records` gives them for this household.
            let due = HouseholdTimelines(ruleset: ruleset).results(for: record, frame: frame).flatMap(\.steps)
            let known = ruleset.ruleset.timelines.flatMap { $0.recurring.map(\.id) }
            for (duty, want) in c.expect.duties {
                guard known.contains(duty) else {
                    result.mismatches.append(.init(field: "duties." + duty, expected: Expectation.word(.testADuty), actual: MessageCatalogue.format(.testNoneNamedSo, [suggestion(duty, in: known)])))
                    continue
                }
                let got = due.first { $0.step == duty }?.due
                if got != want { result.mismatches.append(.init(field: "duties." + duty, expected: want?.iso ?? Expectation.word(.testValueNotDue), actual: got?.iso ?? Expectation.word(.testValueNotDue))) }
            }
        }
        if !result.passed { result.explanation = Engine.explanation(outcome, record: record, with: ruleset) }
        return result
    }

    /// A procedure case: each expected step's due date and status, as `watchline timeline` gives them.
    func runTimelineCase(_ tc: TimelineCase, expect: PolicyTestFile.Expectations, asOf: CivilDate,
                         ruleset: CompiledRuleset, result: CaseResult) -> CaseResult {
        var result = result
        let timelines = ruleset.ruleset.timelines
        guard let t = timelines.first(where: { $0.id == tc.procedure }) else {
            result.error = MessageCatalogue.format(.testNoTimeline, [tc.procedure, ruleset.ruleset.id, suggestion(tc.procedure, in: timelines.map(\.id))])
            return result
        }
        let r = TimelineEvaluator(calendar: ruleset.ruleset.calendar, asOf: asOf).evaluate(tc, t)
        coverage.recordTimeline(ruleset, t.id, steps: r.steps.map(\.step))
        for (id, due, status) in expect.steps {
            guard let got = r.steps.first(where: { $0.step == id }) else {
                result.mismatches.append(.init(field: "steps." + id, expected: Expectation.word(.testAStep), actual: MessageCatalogue.format(.testNoStep, [id, t.id, suggestion(id, in: r.steps.map(\.step))])))
                continue
            }
            if let due, got.due != due {
                result.mismatches.append(.init(field: "steps.\(id).due", expected: due.iso, actual: got.due?.iso ?? Expectation.word(.testValueNone)))
            }
            if let status, got.status.rawValue != status {
                result.mismatches.append(.init(field: "steps.\(id).status", expected: StepStatus.Status.word(ofID: status), actual: got.status.word))
            }
        }
        if !result.passed {
            result.explanation = r.steps.map { MessageCatalogue.format(.testStepLine, [$0.step, $0.due?.iso ?? "-", $0.done?.iso ?? "-", $0.status.word]) }.joined(separator: "\n")
        }
        return result
    }
}
