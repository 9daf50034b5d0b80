import WatchlineSyntax
import WatchlineLanguage
/// Timelines straight from household records, without a cases file: a household's `applied_on`
/// starts the procedures whose start event is `applied`, its `monitoring_since` those started by
/// `included` (any event `e` also reads a field `e_on`); and each recurring duty — monthly visits,
/// department data on fixed days — gives its next due date on or after the as-of date, for the
/// households its `when` holds for.
package struct HouseholdTimelines {
    package let ruleset: CompiledRuleset
    let evaluator: TimelineEvaluator
    /// Per timeline: the record field holding its start date.
    let startSlots: [Int?]
    /// Per timeline, per recurring duty: its compiled `when` (nil: every household).
    let conditions: [[Evaluator?]]

    package static let eventFields = ["applied": "applied_on", "included": "monitoring_since"]

    package init(ruleset: CompiledRuleset) {
        self.ruleset = ruleset
        evaluator = TimelineEvaluator(calendar: ruleset.ruleset.calendar, asOf: ruleset.asOf)
        let schema = ruleset.schema
        startSlots = ruleset.ruleset.timelines.map { t in
            schema.householdField(Self.eventFields[t.startsAt] ?? t.startsAt + "_on")
        }
        conditions = ruleset.ruleset.timelines.map { t in t.recurring.map { r in r.when.flatMap { ruleset.compileExpression($0).0 } } }
    }

    /// The household's cases and duties, one result per timeline that applies to it.
    package func results(for record: HouseholdRecord, frame: Frame) -> [TimelineResult] {
        let id = record.string(ruleset.schema.idField) ?? "?"
        var out: [TimelineResult] = []
        frame.withRecord(record) {
            _ = ruleset.decide(frame)   // `when` may read risks and the category
            for (ti, t) in ruleset.ruleset.timelines.enumerated() {
                guard let slot = startSlots[ti], case .date(let start) = record.house[slot] else { continue }
                var result = evaluator.evaluate(TimelineCase(id: id, householdID: id, procedure: t.id, events: [t.startsAt: start]), t)
                if t.steps.isEmpty { result.steps = [] }
                for (ri, r) in t.recurring.enumerated() {
                    if let when = conditions[ti][ri] {
                        guard case .bool(true) = when(frame.state) else { continue }
                    }
                    guard let due = nextOccurrence(r, from: start) else { continue }
                    result.steps.append(StepStatus(step: r.id, due: due, done: nil, status: .pending,
                                                   workdaysLeft: evaluator.calendar.workdaysBetween(ruleset.asOf, due)))
                }
                if !result.steps.isEmpty { out.append(result) }
            }
        }
        return out
    }

    /// The first date on or after the as-of date in the series start + k × every (or the next
    /// fixed day of the month).
    func nextOccurrence(_ r: Timeline.Recurring, from start: CivilDate) -> CivilDate? {
        if !r.daysOfMonth.isEmpty { return evaluator.nextDue(r, lastDone: nil, since: start) }
        guard r.every.count > 0 else { return nil }
        var d = start
        for _ in 0..<10_000 {
            d = evaluator.shift(d, r.every)
            if d >= ruleset.asOf { return d }
        }
        return nil
    }
}
