import WatchlineSyntax
/// A procedure with deadlines: steps due within N (working) days after an event, steps that must
/// last at least N days, absolute deadlines, an overall limit, and recurring duties.
package struct Timeline: Sendable {
    package struct Span: Sendable, Equatable, CustomStringConvertible {
        package var count: Int
        package var workdays: Bool
        package var months: Bool = false
        package var description: String { "\(count) \(months ? "months" : workdays ? "workdays" : "days")" }
        /// In words, in the language the message it is part of is rendered in ("15 days", "15天").
        package var words: MessageArg {
            let one = count == 1
            let id: MessageID = months ? (one ? .durationMonth : .durationMonths)
                : workdays ? (one ? .durationWorkday : .durationWorkdays) : (one ? .durationDay : .durationDays)
            return .message(id, [.text(String(count))])
        }
    }
    package struct Step: Sendable {
        package enum Rule: Sendable {
            /// Done within `span` after the event `after`.
            case within(Span, after: String)
            /// Lasts at least `span` after the event `after` (the step's own done date is its end).
            case lastsAtLeast(Span, after: String)
            /// Done by a fixed date.
            case by(CivilDate)
        }
        package var id: String
        package var label: String?
        package var rule: Rule
        package var source: String?
        package var span: SourceSpan
    }
    package struct Recurring: Sendable {
        package var id: String
        package var label: String?
        /// Every `every` (e.g. 1 month, 1 quarter = 3 months, 2 months).
        package var every: Span
        /// For households where this holds (null: all).
        package var when: ExprText?
        /// Fixed days of the month (department data on the 1st and 15th), if any.
        package var daysOfMonth: [Int]
        package var source: String?
        package var span: SourceSpan
    }
    package var id: String
    package var label: String?
    package var startsAt: String
    package var limit: Span?
    package var steps: [Step]
    package var recurring: [Recurring]
    package var source: String?
    package var provenance: Provenance
}
