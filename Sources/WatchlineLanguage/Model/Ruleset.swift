import WatchlineSyntax
/// A compiled-ready rule model: what a rule file (and the files it extends) says, with every
/// element's source position and provenance. Built by `Load/`, checked by `Expr/`, compiled by `Compile/`.
public struct Ruleset: Sendable {
    public var id: String
    public var title: String?
    public var document: String?
    public var path: String
    /// The chain of files, base first: [national, province, county].
    public var chain: [String]
    public var schema: Schema
    public var calendar: WorkCalendar
    public var calendarPath: String?
    public var parameters: [Parameter]
    public var definitions: [Definition]
    /// The boolean-rule sections (`RuleSection.booleanRuleSections`): `rules[.risks]`.
    public var rules: RuleSection.Table<[Rule]>
    public var exclusions: [Exclusion]
    public var measures: [Measure]
    public var assistance: [AssistanceRow]
    public var decisions: [DecisionRule]
    public var population: [PopulationCheck]
    public var timelines: [Timeline]
    public var lists: [ListDecl]
    /// The departments' files given for this run (nil: none; a list a rule reads then has no rows).
    public var listStore: ListStore?
    public var readings: [Reading] = []
    /// Every element's clause, quotes and readings, and the `narrative:` entries, file by file.
    public var citations: [Citation] = []
    /// The document texts the files of the chain name (`ruleset.text:`).
    public var texts: [DocumentText] = []
    /// The text the top file names (or inherits): what its test cases' quotes are checked against.
    public var textIndex: Int?
    public var text: DocumentText? { textIndex.map { texts[$0] } }

    public func parameter(_ name: String) -> Parameter? { parameters.first { $0.id == name } }

    public var risks: [Rule] { get { rules[.risks] } set { rules[.risks] = newValue } }
    /// Ordered: the first that holds is the household's category.
    public var categories: [Rule] { get { rules[.categories] } set { rules[.categories] = newValue } }
    /// Department alerts (预警信息): evaluated before risks; information to verify, not inclusion.
    public var alerts: [Rule] { get { rules[.alerts] } set { rules[.alerts] = newValue } }
    /// 不纳入但持续跟踪关注: a household not identified that one of these holds for is watched.
    public var watch: [Rule] { get { rules[.watch] } set { rules[.watch] = newValue } }
}

/// Where an element was defined and which earlier definitions it overrides (base first).
public struct Provenance: Sendable {
    public var span: SourceSpan
    public var overrides: [SourceSpan] = []
    public init(span: SourceSpan, overrides: [SourceSpan] = []) { self.span = span; self.overrides = overrides }
}

public struct Parameter: Sendable {
    public struct Dated: Sendable {
        public var from: CivilDate
        public var value: ParamValue
        public var span: SourceSpan
        package init(from: CivilDate, value: ParamValue, span: SourceSpan) {
            self.from = from
            self.value = value
            self.span = span
        }
    }
    public var id: String
    public var label: String?
    public var unit: String?
    public var source: String?
    public var note: String?
    /// Sorted by date. A parameter with one undated value has `from` = distant past.
    public var values: [Dated]
    public var min: ParamValue?
    public var max: ParamValue?
    public var boundsSpan: SourceSpan?
    /// True when the values carry dates (a yearly line), so `check` can warn about a missing year.
    public var isDated: Bool
    public var provenance: Provenance

    /// The value in force on `date`: the last dated value on or before it.
    public func value(asOf date: CivilDate) -> Dated? {
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

public struct Definition: Sendable {
    public var id: String
    public var expr: ExprText
    public var source: String?
    public var provenance: Provenance
}

public struct Rule: Sendable {
    public var id: String
    public var label: String?
    public var when: ExprText
    public var source: String?
    public var note: String?
    public var provenance: Provenance
    /// For alerts: the department that sends the signal (医保部门, 残联…).
    public var department: String? = nil
}

public struct Exclusion: Sendable {
    public struct Exception: Sendable {
        public var id: String
        public var when: ExprText
        public var source: String?
        public var provenance: Provenance
    }
    public var rule: Rule
    public var unless: [Exception]
    /// A household this exclusion keeps out is still followed (不纳入但持续跟踪关注).
    public var watch: Bool = false
    public var id: String { rule.id }
}

public struct Measure: Sendable {
    public var id: String
    public var label: String?
    public var source: String?
    /// An amount computed from parameters and fields (e.g. 8 × the urban monthly 低保 standard).
    public var amount: ExprText?
    public var unit: String?
    /// The measure is withheld when this holds (e.g. 宁夏's 不予帮扶 list).
    public var notIf: ExprText?
    public var provenance: Provenance
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

public struct AssistanceRow: Sendable {
    public var id: String
    public var when: ExprText
    public var measures: [String]
    public var measureSpans: [SourceSpan]
    public var source: String?
    public var provenance: Provenance
    /// The document gives these measures whether or not the household is identified (XX市's
    /// four special hardship groups, "在全市范围内").
    public var everyone: Bool = false
}

/// An extra per-household decision added to the output under its id (e.g. `risk_eliminable`).
/// `applies` limits it to some households: elsewhere the output is null.
public struct DecisionRule: Sendable {
    public var id: String
    public var label: String?
    public var applies: ExprText?
    public var value: ExprText
    public var source: String?
    public var note: String?
    public var provenance: Provenance
}

/// A check over the whole run, reported in the summary (e.g. "about 5% of the registered population").
public struct PopulationCheck: Sendable {
    public enum Kind: Sendable {
        /// Monitored households as a share of those counted by `of`; warns outside [min, max].
        case share(of: ExprText?, min: Int64?, max: Int64?)
        /// At most `max` households per value of the field `per` (e.g. per grid).
        case perGroup(field: String, max: Int)
        /// A statement with no numeric check (e.g. "no scale limit"), reported as information.
        case statement
    }
    public var id: String
    public var kind: Kind
    public var text: String?
    public var source: String?
    public var provenance: Provenance
}

public struct ListDecl: Sendable {
    public var id: String
    /// The header of the key column in the department's file (`身份证号`).
    public var key: String
    public var department: String?
    public var provenance: Provenance
    /// What the key holds: a member's ID number (the default) or a household id.
    public var keyKind: ListKeyKind = .idNumber
    /// The columns carried, in declaration order.
    public var columns: [ListColumn] = []
    /// An absent file leaves its lookups unknown instead of stopping the run.
    public var optional = false
    public var label: String?
    /// The date of the extract, as the rule file gives it.
    public var date: String?
    public var note: String?
}

public enum ListKeyKind: String, Sendable { case idNumber = "id_number", household }

public struct ListColumn: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case string, int, number, money, date, bool }
    /// The name rules use: `vehicles[m.id].plate`.
    public var id: String
    public var kind: Kind
    /// The header in the department's file (defaults to the id).
    public var header: String
    public var label: String?
}
