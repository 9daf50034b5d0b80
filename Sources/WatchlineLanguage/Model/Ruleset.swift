import WatchlineSyntax
/// A compiled-ready rule model: what a rule file (and the files it extends) says, with every
/// element's source position and provenance. Built by `Load/`, checked by `Expr/`, compiled by `Compile/`.
public struct Ruleset: Sendable {
    package var id: String
    package var title: String?
    package var document: String?
    package var path: String
    /// The chain of files, base first: [national, province, county].
    package var chain: [String]
    package var schema: Schema
    package var calendar: WorkCalendar
    package var calendarPath: String?
    package var parameters: [Parameter]
    package var definitions: [Definition]
    /// The boolean-rule sections (`RuleSection.booleanRuleSections`): `rules[.risks]`.
    package var rules: RuleSection.Table<[Rule]>
    package var exclusions: [Exclusion]
    package var measures: [Measure]
    package var assistance: [AssistanceRow]
    package var decisions: [DecisionRule]
    package var population: [PopulationCheck]
    package var timelines: [Timeline]
    package var lists: [ListDecl]
    /// The departments' files given for this run (nil: none; a list a rule reads then has no rows).
    package var listStore: ListStore?
    package var readings: [Reading] = []
    /// Every element's clause, quotes and readings, and the `narrative:` entries, file by file.
    package var citations: [Citation] = []
    /// The document texts the files of the chain name (`ruleset.text:`).
    package var texts: [DocumentText] = []
    /// The text the top file names (or inherits): what its test cases' quotes are checked against.
    package var textIndex: Int?
    package var text: DocumentText? { textIndex.map { texts[$0] } }

    package func parameter(_ name: String) -> Parameter? { parameters.first { $0.id == name } }

    package var risks: [Rule] { get { rules[.risks] } set { rules[.risks] = newValue } }
    /// Ordered: the first that holds is the household's category.
    package var categories: [Rule] { get { rules[.categories] } set { rules[.categories] = newValue } }
    /// Department alerts (预警信息): evaluated before risks; information to verify, not inclusion.
    package var alerts: [Rule] { get { rules[.alerts] } set { rules[.alerts] = newValue } }
    /// 不纳入但持续跟踪关注: a household not identified that one of these holds for is watched.
    package var watch: [Rule] { get { rules[.watch] } set { rules[.watch] = newValue } }
}

/// Where an element was defined and which earlier definitions it overrides (base first).
package struct Provenance: Sendable {
    package var span: SourceSpan
    package var overrides: [SourceSpan] = []
    package init(span: SourceSpan, overrides: [SourceSpan] = []) { self.span = span; self.overrides = overrides }
}

package struct Parameter: Sendable {
    package struct Dated: Sendable {
        package var from: CivilDate
        package var value: ParamValue
        package var span: SourceSpan
        package init(from: CivilDate, value: ParamValue, span: SourceSpan) {
            self.from = from
            self.value = value
            self.span = span
        }
    }
    package var id: String
    package var label: String?
    package var unit: String?
    package var source: String?
    package var note: String?
    /// Sorted by date. A parameter with one undated value has `from` = distant past.
    package var values: [Dated]
    package var min: ParamValue?
    package var max: ParamValue?
    package var boundsSpan: SourceSpan?
    /// True when the values carry dates (a yearly line), so `check` can warn about a missing year.
    package var isDated: Bool
    package var provenance: Provenance

    /// The value in force on `date`: the last dated value on or before it.
    package func value(asOf date: CivilDate) -> Dated? {
        values.last { $0.from <= date }
    }
}

public enum ParamValue: Sendable, Equatable, CustomStringConvertible {
    case number(Int64, isInt: Bool)   // exact, scaled by 10⁶
    case bool(Bool)
    case string(String)
    case date(CivilDate)
    case duration(Int32, workdays: Bool)
    case list([ParamValue])

    public var description: String {
        switch self {
        case .number(let v, _): return Fixed.format(v)
        case .bool(let b): return b ? "true" : "false"
        case .string(let s): return s
        case .date(let d): return d.iso
        case .duration(let n, let w): return "\(n) \(w ? "workdays" : "days")"
        case .list(let xs): return "[" + xs.map(\.description).joined(separator: ", ") + "]"
        }
    }
}

package struct Definition: Sendable {
    package var id: String
    package var expr: ExprText
    package var source: String?
    package var provenance: Provenance
}

package struct Rule: Sendable {
    package var id: String
    package var label: String?
    package var when: ExprText
    package var source: String?
    package var note: String?
    package var provenance: Provenance
    /// For alerts: the department that sends the signal (医保部门, 残联…).
    package var department: String? = nil
}

package struct Exclusion: Sendable {
    package struct Exception: Sendable {
        package var id: String
        package var when: ExprText
        package var source: String?
        package var provenance: Provenance
    }
    package var rule: Rule
    package var unless: [Exception]
    /// A household this exclusion keeps out is still followed (不纳入但持续跟踪关注).
    package var watch: Bool = false
    package var id: String { rule.id }
}

package struct Measure: Sendable {
    package var id: String
    package var label: String?
    package var source: String?
    /// An amount computed from parameters and fields (e.g. 8 × the urban monthly 低保 standard).
    package var amount: ExprText?
    package var unit: String?
    /// The measure is withheld when this holds (e.g. 宁夏's 不予帮扶 list).
    package var notIf: ExprText?
    package var provenance: Provenance
    package init(id: String, label: String?, source: String?, amount: ExprText?, unit: String?, notIf: ExprText?, provenance: Provenance) {
        self.id = id
        self.label = label
        self.source = source
        self.amount = amount
        self.unit = unit
        self.notIf = notIf
        self.provenance = provenance
    }
}

package struct AssistanceRow: Sendable {
    package var id: String
    package var when: ExprText
    package var measures: [String]
    package var measureSpans: [SourceSpan]
    package var source: String?
    package var provenance: Provenance
    /// The document gives these measures whether or not the household is identified (XX市's
    /// four special hardship groups, "在全市范围内").
    package var everyone: Bool = false
}

/// An extra per-household decision added to the output under its id (e.g. `risk_eliminable`).
/// `applies` limits it to some households: elsewhere the output is null.
package struct DecisionRule: Sendable {
    package var id: String
    package var label: String?
    package var applies: ExprText?
    package var value: ExprText
    package var source: String?
    package var note: String?
    package var provenance: Provenance
}

/// A check over the whole run, reported in the summary (e.g. "about 5% of the registered population").
package struct PopulationCheck: Sendable {
    package enum Kind: Sendable {
        /// Monitored households as a share of those counted by `of`; warns outside [min, max].
        case share(of: ExprText?, min: Int64?, max: Int64?)
        /// At most `max` households per value of the field `per` (e.g. per grid).
        case perGroup(field: String, max: Int)
        /// A statement with no numeric check (e.g. "no scale limit"), reported as information.
        case statement
    }
    package var id: String
    package var kind: Kind
    package var text: String?
    package var source: String?
    package var provenance: Provenance
}

package struct ListDecl: Sendable {
    package var id: String
    /// The header of the key column in the department's file (`身份证号`).
    package var key: String
    package var department: String?
    package var provenance: Provenance
    /// What the key holds: a member's ID number (the default) or a household id.
    package var keyKind: ListKeyKind = .idNumber
    /// The columns carried, in declaration order.
    package var columns: [ListColumn] = []
    /// An absent file leaves its lookups unknown instead of stopping the run.
    package var optional = false
    package var label: String?
    /// The date of the extract, as the rule file gives it.
    package var date: String?
    package var note: String?
}

package enum ListKeyKind: String, Sendable { case idNumber = "id_number", household }

package struct ListColumn: Sendable {
    package enum Kind: String, Sendable, CaseIterable { case string, int, number, money, date, bool }
    /// The name rules use: `vehicles[m.id].plate`.
    package var id: String
    package var kind: Kind
    /// The header in the department's file (defaults to the id).
    package var header: String
    package var label: String?
}
