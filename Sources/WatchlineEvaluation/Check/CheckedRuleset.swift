import WatchlineSyntax
import WatchlineLanguage
/// A ruleset whose every expression is type-checked against the schema, with parameters fixed
/// at the as-of date. The compiler's input.
package struct CheckedRuleset: Sendable {
    package struct ExclusionCheck: Sendable { package var when: TypedExpr; package var unless: [TypedExpr] }
    package struct MeasureCheck: Sendable { package var notIf: TypedExpr?; package var amount: TypedExpr? }
    package struct RowCheck: Sendable { package var when: TypedExpr; package var measures: [Int]; package var everyone = false }
    package struct DecisionCheck: Sendable { package var applies: TypedExpr?; package var value: TypedExpr }

    package var ruleset: Ruleset
    package var asOf: CivilDate
    package var context: CheckContext
    /// The boolean-rule sections' conditions, by section (`rules[.risks]`).
    package var rules: RuleSection.Table<[TypedExpr]>
    package var exclusions: [ExclusionCheck]
    package var measures: [MeasureCheck]
    package var rows: [RowCheck]
    package var decisions: [DecisionCheck]
    /// The value each parameter has at the as-of date, and where that value was set.
    package var parameterValues: [(value: ParamValue?, span: SourceSpan?)]
    /// What-if parameter values (the REPL's `:param`, `diff --param`, a test case's `params`).
    package var overrides: [String: ParamValue] = [:]

    package var risks: [TypedExpr] { rules[.risks] }
    package var categories: [TypedExpr] { rules[.categories] }
}
