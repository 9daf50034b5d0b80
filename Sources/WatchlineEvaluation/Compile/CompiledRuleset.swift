import WatchlineSyntax
import WatchlineLanguage
/// A ruleset ready to run: one evaluator per rule, compiled once for an as-of date.
public final class CompiledRuleset: @unchecked Sendable {
    package struct ExclusionEval { let when: Evaluator; let unless: [Evaluator] }
    package struct RowEval { let when: Evaluator; let measures: [Int]; let everyone: Bool }
    package struct DecisionEval { let applies: Evaluator?; let value: Evaluator }
    /// A boolean-rule section compiled: per rule its evaluator and its predicate root in the fast plan.
    struct Rules {
        let kind: TraceEntry.Kind
        let evaluators: [Evaluator]
        let roots: UnsafeMutableBufferPointer<Int32>
        var count: Int { evaluators.count }
        var isEmpty: Bool { evaluators.isEmpty }
    }

    package let checked: CheckedRuleset
    package var ruleset: Ruleset { checked.ruleset }
    public var schema: Schema { checked.ruleset.schema }
    package var asOf: CivilDate { checked.asOf }
    /// The boolean-rule sections, by section (`rules[.risks]`).
    let rules: RuleSection.Table<Rules>
    /// The sections the decider reads per household, resolved once.
    let alerts: Rules, risks: Rules, categories: Rules, watch: Rules
    /// Exclusions that keep a household watched (不纳入但持续跟踪关注).
    let watchingExclusions: RuleSet128
    let exclusions: [ExclusionEval]
    /// The same rules as predicate nodes, for households without unknowns (see `PredicateNode`).
    let fast: FastPlan
    /// The same nodes as column kernels over a chunk of households (`BatchPlan`).
    package let batch: BatchPlan
    let rows: [RowEval]
    let measureNotIf: [Evaluator?]
    let measureAmount: [Evaluator?]
    let decisions: [DecisionEval]
    /// Some assistance row applies whether or not the household is identified.
    let hasEveryoneRows: Bool
    package let riskIDs: [String]
    package let alertIDs: [String]
    package let measureIDs: [String]
    /// Category ids as values, so setting the current category copies no new string.
    let categoryValues: [Value]

    package init(_ checked: CheckedRuleset) {
        self.checked = checked
        let compiler = Compiler(context: checked.context)
        var watching = RuleSet128()
        for (i, x) in checked.ruleset.exclusions.enumerated() where x.watch { watching.insert(i) }
        watchingExclusions = watching
        exclusions = checked.exclusions.map { ExclusionEval(when: compiler.compile($0.when), unless: $0.unless.map(compiler.compile)) }
        rows = checked.rows.map { RowEval(when: compiler.compile($0.when), measures: $0.measures, everyone: $0.everyone) }
        let fast = FastPlan(checked, compiler)
        self.fast = fast
        let rules = checked.rules.map { Rules(kind: .init($0), evaluators: $1.map(compiler.compile), roots: fast.rules[$0]) }
        self.rules = rules
        (alerts, risks, categories, watch) = (rules[.alerts], rules[.risks], rules[.categories], rules[.watch])
        batch = BatchPlan(fast.program, riskSlotRoots: Array(fast.rules[.alerts].prefix(rules[.alerts].count)) + Array(fast.rules[.risks].prefix(rules[.risks].count)))
        measureNotIf = checked.measures.map { $0.notIf.map(compiler.compile) }
        measureAmount = checked.measures.map { $0.amount.map(compiler.compile) }
        hasEveryoneRows = checked.rows.contains(where: \.everyone)
        decisions = checked.decisions.map { DecisionEval(applies: $0.applies.map(compiler.compile), value: compiler.compile($0.value)) }
        riskIDs = checked.ruleset.risks.map(\.id)
        alertIDs = checked.ruleset.alerts.map(\.id)
        measureIDs = checked.ruleset.measures.map(\.id)
        categoryValues = checked.ruleset.categories.map { .string($0.id) }
    }

    /// A frame sized for this ruleset; one per thread.
    public func makeFrame() -> Frame {
        Frame(householdFields: schema.households.count, memberFields: schema.members.count,
              locals: checked.context.localCount, definitions: checked.context.definitions.count, riskIDs: alertIDs + riskIDs)
    }

    /// Compiles an extra expression against this ruleset (REPL, `eval`).
    package func compileExpression(_ text: ExprText) -> (Evaluator?, ExprType?, [Diagnostic]) {
        let (typed, diags) = Checker.check(text, in: checked.context)
        guard let typed else { return (nil, nil, diags) }
        let compiler = Compiler(context: checked.context)
        return (compiler.compile(typed), typed.type, diags)
    }
}

/// The per-household loop's view of a ruleset: predicate roots and the row → measure table in
/// plain buffers, so deciding a household touches no arrays of references.
package final class FastPlan: @unchecked Sendable {
    let program = PredicateProgram()
    /// Per boolean-rule section, its rules' roots.
    let rules: RuleSection.Table<UnsafeMutableBufferPointer<Int32>>
    let exclusions: UnsafeMutableBufferPointer<Int32>
    /// Exceptions of exclusion i are `exceptions[exceptionStart[i] ..< exceptionStart[i + 1]]`.
    let exceptionStart: UnsafeMutableBufferPointer<Int32>
    let exceptions: UnsafeMutableBufferPointer<Int32>
    let rows: UnsafeMutableBufferPointer<Int32>
    let rowMeasureStart: UnsafeMutableBufferPointer<Int32>
    let rowMeasures: UnsafeMutableBufferPointer<Int32>

    init(_ c: CheckedRuleset, _ compiler: Compiler) {
        func buffer(_ xs: [Int32]) -> UnsafeMutableBufferPointer<Int32> {
            let b = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(xs.count, 1))
            _ = b.initialize(from: xs)
            return b
        }
        let p = program
        rules = c.rules.map { _, conditions in buffer(conditions.map { compiler.predicate($0, into: p) }) }
        exclusions = buffer(c.exclusions.map { compiler.predicate($0.when, into: p) })
        var starts: [Int32] = [0], ex: [Int32] = []
        for x in c.exclusions { ex += x.unless.map { compiler.predicate($0, into: p) }; starts.append(Int32(ex.count)) }
        exceptionStart = buffer(starts); exceptions = buffer(ex)
        rows = buffer(c.rows.map { compiler.predicate($0.when, into: p) })
        var mStarts: [Int32] = [0], ms: [Int32] = []
        for r in c.rows { ms += r.measures.map(Int32.init); mStarts.append(Int32(ms.count)) }
        rowMeasureStart = buffer(mStarts); rowMeasures = buffer(ms)
        program.freeze()
    }

    deinit {
        for b in rules.columns + [exclusions, exceptionStart, exceptions, rows, rowMeasureStart, rowMeasures] { b.deallocate() }
    }
}
