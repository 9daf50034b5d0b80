import WatchlineSyntax
/// The keys each element of a rule file (and of a test file) may have: the loaders read with
/// these lists, and `watchline schema` is built from them, so the two cannot drift.
public enum RuleFileKeys {
    /// The element sections' keys (`RuleSection`), in their order.
    public static let sections = RuleSection.allCases.map(\.key)
    public static let top = ["watchline", "ruleset", "calendar", "schema"] + sections + ["remove", "narrative"]
    public static let header = ["id", "title", "document", "extends", "issued", "note", "source", "region", "text"]
    public static let text = ["file", "parts", "default"]
    /// Added to every cited element (`cited(…)`).
    public static let citation = ["quote", "reading"]
    public static let parameter = ["label", "unit", "source", "note", "value", "values", "min", "max", "replace"]
    public static let definition = ["expr", "source", "label", "note"]
    public static let rule = ["when", "source", "label", "note"]
    public static let alertExtra = ["department"]
    /// The keys of an element of a boolean-rule section (an alert names its department).
    public static func rule(in section: RuleSection) -> [String] { rule + (section == .alerts ? alertExtra : []) }
    public static let exclusion = ["when", "unless", "source", "label", "note", "watch", "quote", "reading"]
    public static let measure = ["label", "source", "amount", "unit", "not_if", "note"]
    public static let assistanceRow = ["id", "when", "measures", "source", "note", "everyone"]
    public static let decision = ["applies", "value", "source", "label", "note"]
    public static let population = ["share_of", "min_share", "max_share", "per", "max_per_group", "text", "source", "note"]
    public static let list = ["key", "key_type", "department", "columns", "note", "optional", "label", "date", "source"]
    public static let reading = ["text", "source", "note"]
    public static let timeline = ["label", "starts_at", "limit", "steps", "recurring", "source", "note"]
    public static let step = ["within", "lasts_at_least", "after", "by", "label", "source", "note"]
    public static let recurring = ["every", "when", "days_of_month", "label", "source", "note"]
    /// The sections `remove:` may name.
    public static let removable = sections

    // Test files (`*.test.yaml`).
    public static let testTop = ["watchline", "tests", "cases"]
    public static let testHeader = ["rules", "as_of", "examples", "lists", "note"]
    public static let testCase = ["name", "clause", "from", "household", "set", "unset", "params", "as_of", "timeline", "expect", "note",
                                  "quote", "reading", "unconfirmed"]
    public static let testExpect = ["monitored", "category", "risks", "risks_include", "risks_exclude", "excluded_by",
                             "measures", "measures_include", "measures_exclude", "amounts", "undetermined", "errors",
                             "fired", "not_fired", "decisions", "steps", "duties",
                             "alerts", "alerts_include", "alerts_exclude", "watch"]
    public static let testTimeline = ["procedure", "events", "household_id"]

    // Calendar and schema files.
    public static let calendarTop = ["watchline", "calendar"]
    public static let calendar = ["id", "title", "years", "years_detail", "source", "note", "extends"]
    public static let calendarYear = ["source", "holidays", "workdays", "note"]
    public static let schemaMembers = ["label", "join", "fields"]
    public static let schemaTop = ["watchline", "schema"]
    public static let schema = ["id", "title", "source", "fields", "members"]
    public static var schemaField: [String] { SchemaLoader.fieldKeys }
}
