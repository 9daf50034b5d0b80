import WatchlineSyntax
import WatchlineLanguage
/// Works out, for one case going through a procedure, each step's due date and status.
package struct TimelineCase: Sendable {
    package var id: String
    package var householdID: String?
    package var procedure: String
    /// Step or event id → the date it was done.
    package var events: [String: CivilDate]
    package init(id: String, householdID: String?, procedure: String, events: [String: CivilDate]) {
        self.id = id; self.householdID = householdID; self.procedure = procedure; self.events = events
    }
}

package struct StepStatus: Sendable, Equatable {
    package enum Status: String, Sendable, CaseIterable {
        /// done by its due date
        case onTime = "on_time"
        /// done after its due date
        case late
        /// not done and past due
        case overdue
        /// not done, not yet due (or its starting event has not happened)
        case pending
        /// a step that must last at least N days ended too soon
        case tooShort = "too_short"
        /// done before the step it follows was done (the procedure's order was not kept)
        case outOfOrder = "out_of_order"
        /// a step that must last at least N days, not yet ended, whose N days have passed: it may
        /// end now (公示 has run its 5 days); it has no deadline of its own, so it is never overdue
        /// once its start is recorded
        case ready
    }
    package var step: String
    package var due: CivilDate?
    package var done: CivilDate?
    package var status: Status
    /// Working days from the as-of date to the due date (negative when past), for sorting by urgency.
    package var workdaysLeft: Int?
}

public struct TimelineResult: Sendable {
    package var caseID: String
    package var procedure: String
    package var steps: [StepStatus]
    package var error: String?
    package init(caseID: String, procedure: String, steps: [StepStatus], error: String?) {
        self.caseID = caseID; self.procedure = procedure; self.steps = steps; self.error = error
    }
}

package struct TimelineEvaluator {
    package let calendar: WorkCalendar
    package let asOf: CivilDate
    package init(calendar: WorkCalendar, asOf: CivilDate) { self.calendar = calendar; self.asOf = asOf }

    package func shift(_ d: CivilDate, _ s: Timeline.Span) -> CivilDate {
        if s.months { return d.adding(months: s.count) }
        return s.workdays ? calendar.addWorkdays(d, s.count) : d.adding(days: s.count)
    }

    package func evaluate(_ c: TimelineCase, _ t: Timeline) -> TimelineResult {
        var out: [StepStatus] = []
        func status(_ id: String, due: CivilDate?, done: CivilDate?) -> StepStatus {
            let left = due.map { calendar.workdaysBetween(asOf, $0) }
            let s: StepStatus.Status
            if let done { s = due.map { done <= $0 ? .onTime : .late } ?? .onTime }
            else if let due, asOf > due { s = .overdue }
            else { s = .pending }
            return StepStatus(step: id, due: due, done: done, status: s, workdaysLeft: left)
        }
        // A step not yet done is expected on its due date, so the steps after it still get due
        // dates: when nothing was done after the application, every step is overdue, not "pending".
        var expected: [String: CivilDate] = [:]
        func base(_ event: String) -> (date: CivilDate, projected: Bool)? {
            if let d = c.events[event] { return (d, false) }
            return expected[event].map { ($0, true) }
        }
        for step in t.steps {
            let done = c.events[step.id]
            switch step.rule {
            case .by(let date):
                out.append(status(step.id, due: date, done: done))
                expected[step.id] = date
            case .within(let span, let after):
                let from = base(after)
                let due = from.map { shift($0.date, span) }
                var s = status(step.id, due: due, done: done)
                if let done, let from, !from.projected, done < from.date { s.status = .outOfOrder }
                out.append(s)
                expected[step.id] = due
            case .lastsAtLeast(let span, let after):
                let from = base(after)
                let earliest = from.map { shift($0.date, span) }
                var s = StepStatus(step: step.id, due: earliest, done: done, status: .pending,
                                   workdaysLeft: earliest.map { calendar.workdaysBetween(asOf, $0) })
                if let done, let earliest { s.status = done >= earliest ? .onTime : .tooShort }
                else if done != nil { s.status = .onTime }
                else if let from, from.projected, let earliest, asOf > earliest { s.status = .overdue }
                else if let from, !from.projected, let earliest, asOf >= earliest { s.status = .ready }
                out.append(s)
                expected[step.id] = earliest
            }
        }
        if let limit = t.limit {
            let due = c.events[t.startsAt].map { shift($0, limit) }
            let lastDone = t.steps.last.flatMap { c.events[$0.id] }
            out.append(status("overall", due: due, done: lastDone))
        }
        return TimelineResult(caseID: c.id, procedure: t.id, steps: out, error: nil)
    }

    /// The next due date of a recurring duty, counted from the last time it was done (or from `since`).
    package func nextDue(_ r: Timeline.Recurring, lastDone: CivilDate?, since: CivilDate?) -> CivilDate? {
        if !r.daysOfMonth.isEmpty {
            // The next fixed day of the month on or after the as-of date.
            var d = asOf
            for _ in 0..<62 {
                if r.daysOfMonth.contains(d.day) { return d }
                d = d.adding(days: 1)
            }
            return nil
        }
        guard let base = lastDone ?? since else { return nil }
        return shift(base, r.every)
    }

    /// `check`'s warning: the steps' own limits, chained, cannot fit in the overall limit.
    package static func longestChain(_ t: Timeline, calendarDaysPerWorkday: Double = 1.4) -> Int {
        var memo: [String: Int] = [:]
        func length(_ id: String, _ depth: Int) -> Int {
            if id == t.startsAt || depth > 64 { return 0 }
            if let m = memo[id] { return m }
            guard let step = t.steps.first(where: { $0.id == id }) else { return 0 }
            let own: Int
            let after: String?
            switch step.rule {
            case .within(let s, let a), .lastsAtLeast(let s, let a):
                own = s.months ? s.count * 30 : s.workdays ? Int((Double(s.count) * calendarDaysPerWorkday).rounded(.down)) : s.count
                after = a
            case .by: own = 0; after = nil
            }
            let total = own + (after.map { length($0, depth + 1) } ?? 0)
            memo[id] = total
            return total
        }
        return t.steps.map { length($0.id, 0) }.max() ?? 0
    }
}

extension TimelineEvaluator {
    /// A case from a cases file: its procedure chosen (it may omit `procedure` only when the
    /// ruleset has one), its events checked against that procedure — an event that is neither a
    /// step nor an event a step follows (`househld_check`) is the case's error, with the nearest
    /// name, never dropped so that a done step shows `overdue` — then evaluated.
    package func evaluate(_ c: TimelineCase, in ruleset: Ruleset) -> TimelineResult {
        let timelines = ruleset.timelines
        let known = timelines.map(\.id).joined(separator: ", ")
        func failed(_ procedure: String, _ message: String) -> TimelineResult {
            TimelineResult(caseID: c.id, procedure: procedure, steps: [], error: message)
        }
        let name: String
        if c.procedure.isEmpty {
            guard timelines.count == 1 else {
                return failed("", MessageCatalogue.format(.caseNeedsProcedure, [ruleset.id, known.isEmpty ? "-" : known]))
            }
            name = timelines[0].id
        } else {
            name = c.procedure
        }
        guard let t = timelines.first(where: { $0.id == name }) else {
            return failed(name, MessageCatalogue.format(.caseNoProcedure, [name, ruleset.id, suggestion(name, in: timelines.map(\.id)), known]))
        }
        let events = Self.events(of: t)
        for e in c.events.keys.sorted() where !events.contains(e) {
            return failed(t.id, MessageCatalogue.format(.caseUnknownEvent, [e, t.id, suggestion(e, in: events) + " (it has: \(events.joined(separator: ", ")))"]))
        }
        return evaluate(c, t)
    }

    /// The names a case's `events` may use for `t`: where it starts, its steps, and the events
    /// its steps follow.
    static func events(of t: Timeline) -> [String] {
        var out = [t.startsAt]
        for s in t.steps {
            if !out.contains(s.id) { out.append(s.id) }
            switch s.rule {
            case .within(_, let after), .lastsAtLeast(_, let after): if !out.contains(after) { out.append(after) }
            case .by: break
            }
        }
        return out
    }
}
