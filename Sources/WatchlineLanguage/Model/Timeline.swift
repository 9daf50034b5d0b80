import WatchlineSyntax
/// A procedure with deadlines: steps due within N (working) days after an event, steps that must
/// last at least N days, absolute deadlines, an overall limit, and recurring duties.
public struct Timeline: Sendable {
    public struct Span: Sendable, Equatable, CustomStringConvertible {
        public var count: Int
        public var workdays: Bool
        public var months: Bool = false
        public var description: String { "\(count) \(months ? "months" : workdays ? "workdays" : "days")" }
    }
    public struct Step: Sendable {
        public enum Rule: Sendable {
            /// Done within `span` after the event `after`.
            case within(Span, after: String)
            /// Lasts at least `span` after the event `after` (the step's own done date is its end).
            case lastsAtLeast(Span, after: String)
            /// Done by a fixed date.
            case by(CivilDate)
        }
        public var id: String
        public var label: String?
        public var rule: Rule
        public var source: String?
        public var span: SourceSpan
    }
    public struct Recurring: Sendable {
        public var id: String
        public var label: String?
        /// Every `every` (e.g. 1 month, 1 quarter = 3 months, 2 months).
        public var every: Span
        /// For households where this holds (null: all).
        public var when: ExprText?
        /// Fixed days of the month (department data on the 1st and 15th), if any.
        public var daysOfMonth: [Int]
        public var source: String?
        public var span: SourceSpan
    }
    public var id: String
    public var label: String?
    public var startsAt: String
    public var limit: Span?
    public var steps: [Step]
    public var recurring: [Recurring]
    public var source: String?
    public var provenance: Provenance
}
