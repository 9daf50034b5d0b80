import WatchlineSyntax
import WatchlineLanguage
/// A ruleset whose every expression is type-checked against the schema, with parameters fixed
/// at the as-of date. The compiler's input.
public struct CheckedRuleset: Sendable {
    public struct ExclusionCheck: Sendable { public var when: TypedExpr; public var unless: [TypedExpr] }
    public struct MeasureCheck: Sendable { public var notIf: TypedExpr?; public var amount: TypedExpr? }
    public struct RowCheck: Sendable { public var when: TypedExpr; public var measures: [Int]; public var everyone = false }
    public struct DecisionCheck: Sendable { public var applies: TypedExpr?; public var value: TypedExpr }

    public var ruleset: Ruleset
    public var asOf: CivilDate
    public var context: CheckContext
    /// The boolean-rule sections' conditions, by section (`rules[.risks]`).
    public var rules: RuleSection.Table<[TypedExpr]>
    public var exclusions: [ExclusionCheck]
    public var measures: [MeasureCheck]
    public var rows: [RowCheck]
    public var decisions: [DecisionCheck]
    /// The value each parameter has at the as-of date, and where that value was set.
    public var parameterValues: [(value: ParamValue?, span: SourceSpan?)]
    /// What-if parameter values (the REPL's `:param`, `diff --param`, a test case's `params`).
    public var overrides: [String: ParamValue] = [:]

    public var risks: [TypedExpr] { rules[.risks] }
    public var categories: [TypedExpr] { rules[.categories] }
}
