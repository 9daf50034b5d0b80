import WatchlineSyntax
/// The keys each element of a rule file (and of a test file) may have: the loaders read with
/// these lists, and `watchline schema` is built from them, so the two cannot drift.
package enum RuleFileKeys {
    /// The element sections' keys (`RuleSection`), in their order.
    package static let sections = RuleSection.allCases.map(\.key)
    package static let top = ["watchline", "ruleset", "calendar", "schema"] + sections + ["remove", "narrative"]
    package static let header = ["id", "title", "document", "extends", "issued", "note", "source", "region", "text"]
    package static let text = ["file", "parts", "default"]
    /// Added to every cited element (`cited(…)`).
    package static let citation = ["quote", "reading"]
    package static let parameter = ["label", "unit", "source", "note", "value", "values", "min", "max", "replace"]
    package static let definition = ["expr", "source", "label", "note"]
    package static let rule = ["when", "source", "label", "note"]
    package static let alertExtra = ["department"]
    /// The keys of an element of a boolean-rule section (an alert names its department).
    package static func rule(in section: RuleSection) -> [String] { rule + (section == .alerts ? alertExtra : []) }
    package static let exclusion = ["when", "unless", "source", "label", "note", "watch", "quote", "reading"]
    package static let measure = ["label", "source", "amount", "unit", "not_if", "note"]
    package static let assistanceRow = ["id", "when", "measures", "source", "note", "everyone"]
    package static let decision = ["applies", "value", "source", "label", "note"]
    package static let population = ["share_of", "min_share", "max_share", "per", "max_per_group", "text", "source", "note"]
    package static let list = ["key", "key_type", "department", "columns", "note", "optional", "label", "date", "source"]
    package static let reading = ["text", "source", "note"]
    package static let timeline = ["label", "starts_at", "limit", "steps", "recurring", "source", "note"]
    package static let step = ["within", "lasts_at_least", "after", "by", "label", "source", "note"]
    package static let recurring = ["every", "when", "days_of_month", "label", "source", "note"]
    /// The sections `remove:` may name.
    package static let removable = sections

    // Test files (`*.test.yaml`).
    package static let testTop = ["watchline", "tests", "cases"]
    package static let testHeader = ["rules", "as_of", "examples", "lists", "note"]
    package static let testCase = ["name", "clause", "from", "household", "set", "unset", "params", "as_of", "timeline", "expect", "note",
                                  "quote", "reading", "unconfirmed"]
    package static let testExpect = ["monitored", "category", "risks", "risks_include", "risks_exclude", "excluded_by",
                             "measures", "measures_include", "measures_exclude", "amounts", "undetermined", "errors",
                             "fired", "not_fired", "decisions", "steps", "duties",
                             "alerts", "alerts_include", "alerts_exclude", "watch"]
    package static let testTimeline = ["procedure", "events", "household_id"]

    // Calendar and schema files.
    package static let calendarTop = ["watchline", "calendar"]
    package static let calendar = ["id", "title", "years", "years_detail", "source", "note", "extends"]
    package static let calendarYear = ["source", "holidays", "workdays", "note"]
    package static let schemaMembers = ["label", "join", "fields"]
    package static let schemaTop = ["watchline", "schema"]
    package static let schema = ["id", "title", "source", "fields", "members"]
    package static var schemaField: [String] { SchemaLoader.fieldKeys }
}
