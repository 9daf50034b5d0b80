import WatchlineSyntax
import WatchlineLanguage
/// Small fixed-size sets of rule indexes (a ruleset has at most 128 of each kind).
package typealias RuleSet128 = FieldMask

extension FieldMask {
    @inline(__always) package mutating func insert(_ i: Int) { formUnion(FieldMask(field: i)) }
    @inline(__always) package func intersection(_ o: FieldMask) -> FieldMask { var r = self; r.lo &= o.lo; r.hi &= o.hi; return r }
    @inline(__always) package func contains(_ i: Int) -> Bool {
        i < 64 ? lo & (1 << UInt64(i)) != 0 : i < 128 && hi & (1 << UInt64(i - 64)) != 0
    }
}

/// What the ruleset decided for one household. Plain values: no allocation unless decisions,
/// amounts or a trace are asked for.
public struct Decision: Sendable {
    /// true / false, or nil when missing data leaves it undecided.
    public var monitored: Bool?
    /// Index into the ruleset's categories, or nil.
    package var category: Int?
    package var risks = RuleSet128()
    package var alerts = RuleSet128()
    /// 不纳入但持续跟踪关注: true when not identified and a watch rule (or a watching exclusion)
    /// holds; false when identified; nil when that cannot be decided.
    package var watch: Bool? = false
    package var exclusions = RuleSet128()
    package var measures = RuleSet128()
    /// Field-mask ids whose unknown value kept a rule from deciding.
    package var undetermined = FieldMask()
    /// The first rule that failed with an evaluation error.
    package var failure: (rule: String, span: SourceSpan, error: EvalError)?
    /// Per measure with an amount: its value (only for measures given).
    package var amounts: [(measure: Int, value: Value)] = []
    /// Per decision rule, in order.
    package var decisions: [Value] = []
    package init() {}
}

/// One evaluated rule, for `--explain`, `explain`, the REPL's `:decide` and test coverage.
public struct TraceEntry: Sendable {
    /// What was evaluated: an element of a section (`Kind(.risks)`, JSON "risk") or a part of one
    /// (`Kind(.exclusions, .exception)`: "exception"; a measure's "not_if" and "amount").
    package struct Kind: Hashable, Sendable {
        package let section: RuleSection
        package let part: RuleSection.Part
        package init(_ section: RuleSection, _ part: RuleSection.Part = .element) { self.section = section; self.part = part }
        /// The name JSON output gives it.
        package var rawValue: String { part == .element ? section.info.trace ?? section.key : part.rawValue }
        /// The word `explain` shows, in the language of the messages.
        package var label: String {
            if part == .element { return section.label }
            return MessageCatalogue.useChinese ? part.info.zh : part.info.en
        }
    }
    package var kind: Kind
    package var id: String
    package var span: SourceSpan
    package var source: String?
    package var result: Value
    package var reads: [TraceRecorder.Read]
}
