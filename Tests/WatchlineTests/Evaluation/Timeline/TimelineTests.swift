import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

@Suite struct TimelineTests {
    let r = lieshan()
    var identification: Timeline { r.ruleset.timelines.first { $0.id == "monitoring_identification" }! }
    func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    func statuses(_ events: [String: String], asOf: String) -> [String: String] {
        let c = TimelineCase(id: "c", householdID: nil, procedure: "monitoring_identification", events: events.mapValues { d($0) })
        let res = TimelineEvaluator(calendar: r.ruleset.calendar, asOf: d(asOf)).evaluate(c, identification)
        return Dictionary(uniqueKeysWithValues: res.steps.map { ($0.step, $0.status.rawValue) })
    }

    @Test func appliedTodayIsAllPending() {
        let s = statuses(["applied": "2022-05-06"], asOf: "2022-05-06")
        #expect(Set(s.values) == ["pending"])
    }

    @Test func appliedSixtyDaysAgoWithNothingDoneIsOverdue() {
        let s = statuses(["applied": "2022-03-07"], asOf: "2022-05-06")
        #expect(s["household_check"] == "overdue")
        #expect(s["overall"] == "overdue")
    }

    @Test func stepDoneAfterItsDueDateIsLate() {
        // 入户核查 within 2 days of 2022-05-06: due 2022-05-08.
        let s = statuses(["applied": "2022-05-06", "household_check": "2022-05-09"], asOf: "2022-05-10")
        #expect(s["household_check"] == "late")
        let ok = statuses(["applied": "2022-05-06", "household_check": "2022-05-08"], asOf: "2022-05-10")
        #expect(ok["household_check"] == "on_time")
    }

    @Test func publicityMustLastFiveDays() {
        let s = statuses(["applied": "2022-05-06", "household_check": "2022-05-07", "review": "2022-05-09", "publicity_end": "2022-05-12"], asOf: "2022-05-20")
        #expect(s["publicity_end"] == "too_short")
    }

    /// 公示 lasts at least its days; once they have passed and it has not ended, it may end now:
    /// `ready`, not `pending` however late the as-of date (and not `overdue`: it has no deadline).
    @Test func publicityThatHasRunItsDaysIsReady() throws {
        let events = ["applied": "2022-05-06", "household_check": "2022-05-07", "review": "2022-05-09"]
        let c = TimelineCase(id: "c", householdID: nil, procedure: "monitoring_identification", events: events.mapValues { d($0) })
        let res = TimelineEvaluator(calendar: r.ruleset.calendar, asOf: d("2022-05-09")).evaluate(c, identification)
        let earliest = try #require(res.steps.first { $0.step == "publicity_end" }?.due)
        #expect(statuses(events, asOf: earliest.adding(days: -1).iso)["publicity_end"] == "pending")
        #expect(statuses(events, asOf: earliest.iso)["publicity_end"] == "ready")
        #expect(statuses(events, asOf: "2022-12-31")["publicity_end"] == "ready")
        // Ended on or after its earliest day: on time.
        #expect(statuses(events.merging(["publicity_end": earliest.iso]) { $1 }, asOf: "2022-12-31")["publicity_end"] == "on_time")
    }

    /// Before the step 公示 follows is done, its days have not begun: not `ready` on the day they
    /// would end, `overdue` after it (as every step of a stalled procedure).
    @Test func publicityWhoseStartIsOnlyExpectedIsNotReady() throws {
        let events = ["applied": "2022-05-06"]
        let c = TimelineCase(id: "c", householdID: nil, procedure: "monitoring_identification", events: events.mapValues { d($0) })
        let res = TimelineEvaluator(calendar: r.ruleset.calendar, asOf: d("2022-05-06")).evaluate(c, identification)
        let earliest = try #require(res.steps.first { $0.step == "publicity_end" }?.due)
        #expect(statuses(events, asOf: earliest.iso)["publicity_end"] == "pending")
        #expect(statuses(events, asOf: earliest.adding(days: 1).iso)["publicity_end"] == "overdue")
    }

    @Test func stepsFitInFifteenDays() {
        #expect(TimelineEvaluator.longestChain(identification) == 15)
    }

    @Test func holidayBlocksAndMakeupDays() {
        let cal = r.ruleset.calendar
        #expect(cal.addWorkdays(d("2020-04-29"), 5) == d("2020-05-09"))
        #expect(cal.isWorkday(d("2020-05-09")))          // Saturday make-up day
        #expect(!cal.isWorkday(d("2020-05-04")))         // Labour Day block
        #expect(!cal.isWorkday(d("2020-02-01")))         // make-up cancelled by the 2020 extension
        #expect(!cal.isWorkday(d("2020-01-31")))         // extended Spring Festival
        #expect(cal.isWorkday(d("2022-10-08")))
        #expect(!cal.isWorkday(d("2025-02-04")))
        #expect(cal.isWorkday(d("2025-02-08")))
        #expect(cal.workdaysBetween(d("2020-04-29"), d("2020-05-09")) == 5)
        #expect(cal.workdaysBetween(d("2020-05-09"), d("2020-04-29")) == -5)
    }

    @Test func dateEdges() {
        #expect(d("2020-01-31").adding(months: 1) == d("2020-02-29"))
        #expect(d("2021-01-31").adding(months: 1) == d("2021-02-28"))
        #expect(d("2024-02-10").endOfMonth == d("2024-02-29"))
        #expect(CivilDate(iso: "2021-02-29") == nil)
        #expect(CivilDate(iso: "2000-02-29") != nil)
        #expect(CivilDate(iso: "1900-02-29") == nil)
        #expect(d("2022-05-06").weekday == 5)
        for days in stride(from: -30_000, to: 60_000, by: 7) {
            let x = CivilDate(days: Int32(days))
            #expect(CivilDate(iso: x.iso) == x)
        }
    }
}
