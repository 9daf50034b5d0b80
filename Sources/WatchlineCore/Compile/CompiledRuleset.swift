/// A ruleset ready to run: one evaluator per rule, compiled once for an as-of date.
public final class CompiledRuleset: @unchecked Sendable {
    public struct ExclusionEval { let when: Evaluator; let unless: [Evaluator] }
    public struct RowEval { let when: Evaluator; let measures: [Int] }
    public struct DecisionEval { let applies: Evaluator?; let value: Evaluator }

    public let checked: CheckedRuleset
    public var ruleset: Ruleset { checked.ruleset }
    public var schema: Schema { checked.ruleset.schema }
    public var asOf: CivilDate { checked.asOf }
    let risks: [Evaluator]
    let exclusions: [ExclusionEval]
    let categories: [Evaluator]
    let rows: [RowEval]
    let measureNotIf: [Evaluator?]
    let measureAmount: [Evaluator?]
    let decisions: [DecisionEval]
    public let riskIDs: [String]
    public let measureIDs: [String]
    /// Category ids as values, so setting the current category copies no new string.
    let categoryValues: [Value]

    public init(_ checked: CheckedRuleset) {
        self.checked = checked
        let compiler = Compiler(context: checked.context)
        risks = checked.risks.map(compiler.compile)
        exclusions = checked.exclusions.map { ExclusionEval(when: compiler.compile($0.when), unless: $0.unless.map(compiler.compile)) }
        categories = checked.categories.map(compiler.compile)
        rows = checked.rows.map { RowEval(when: compiler.compile($0.when), measures: $0.measures) }
        measureNotIf = checked.measures.map { $0.notIf.map(compiler.compile) }
        measureAmount = checked.measures.map { $0.amount.map(compiler.compile) }
        decisions = checked.decisions.map { DecisionEval(applies: $0.applies.map(compiler.compile), value: compiler.compile($0.value)) }
        riskIDs = checked.ruleset.risks.map(\.id)
        measureIDs = checked.ruleset.measures.map(\.id)
        categoryValues = checked.ruleset.categories.map { .string($0.id) }
    }

    /// A frame sized for this ruleset; one per thread.
    public func makeFrame() -> Frame {
        Frame(householdFields: schema.households.count, memberFields: schema.members.count,
              locals: checked.context.localCount, definitions: checked.context.definitions.count, riskIDs: riskIDs)
    }

    /// Compiles an extra expression against this ruleset (REPL, `eval`).
    public func compileExpression(_ text: ExprText) -> (Evaluator?, ExprType?, [Diagnostic]) {
        let (typed, diags) = Checker.check(text, in: checked.context)
        guard let typed else { return (nil, nil, diags) }
        let compiler = Compiler(context: checked.context)
        return (compiler.compile(typed), typed.type, diags)
    }
}
