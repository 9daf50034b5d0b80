import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Rules/calendars/cn.yaml against the State Council notices, 2020–2026: every make-up working day
/// (调休上班) is a weekend day that becomes a workday, every holiday block is off, and adding
/// working days steps over the blocks and onto the make-up days.
@Suite struct CalendarYearsTests {
    let cal = lieshan().ruleset.calendar
    func d(_ s: String) -> CivilDate { CivilDate(iso: s)! }

    static let makeUpDays: [String: [String]] = [
        "2020": ["2020-01-19", "2020-04-26", "2020-05-09", "2020-06-28", "2020-09-27", "2020-10-10"],
        "2021": ["2021-02-07", "2021-02-20", "2021-04-25", "2021-05-08", "2021-09-18", "2021-09-26", "2021-10-09"],
        "2022": ["2022-01-29", "2022-01-30", "2022-04-02", "2022-04-24", "2022-05-07", "2022-10-08", "2022-10-09"],
        "2023": ["2023-01-28", "2023-01-29", "2023-04-23", "2023-05-06", "2023-06-25", "2023-10-07", "2023-10-08"],
        "2024": ["2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28", "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"],
        "2025": ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"],
        "2026": ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    ]

    /// Spring Festival and National Day blocks, first and last day off.
    static let blocks: [String: [(String, String)]] = [
        "2020": [("2020-01-24", "2020-02-02"), ("2020-10-01", "2020-10-08")],
        "2021": [("2021-02-11", "2021-02-17"), ("2021-10-01", "2021-10-07")],
        "2022": [("2022-01-31", "2022-02-06"), ("2022-10-01", "2022-10-07")],
        "2023": [("2023-01-21", "2023-01-27"), ("2023-09-29", "2023-10-06")],
        "2024": [("2024-02-10", "2024-02-17"), ("2024-10-01", "2024-10-07")],
        "2025": [("2025-01-28", "2025-02-04"), ("2025-10-01", "2025-10-08")],
        "2026": [("2026-02-15", "2026-02-23"), ("2026-10-01", "2026-10-07")],
    ]

    @Test(arguments: ["2020", "2021", "2022", "2023", "2024", "2025", "2026"])
    func makeUpDaysAreWeekendWorkdaysAndBlocksAreOff(_ year: String) {
        for day in Self.makeUpDays[year]! {
            let x = d(day)
            #expect(x.weekday >= 5, "\(day) is not a weekend day")   // 5 Saturday, 6 Sunday
            #expect(cal.isWorkday(x), "\(day) should be a make-up working day")
        }
        for (first, last) in Self.blocks[year]! {
            var x = d(first)
            while x <= d(last) { #expect(!cal.isWorkday(x), "\(x.iso) should be off"); x = x.adding(days: 1) }
            #expect(cal.isWorkday(d(last).adding(days: 1)) || d(last).adding(days: 1).weekday >= 5)
        }
    }

    @Test func addingWorkingDaysAcrossBlocks() {
        #expect(cal.addWorkdays(d("2020-04-29"), 5) == d("2020-05-09"))   // onto the Saturday make-up day
        #expect(cal.addWorkdays(d("2021-02-10"), 1) == d("2021-02-18"))   // over Spring Festival
        #expect(cal.addWorkdays(d("2022-09-30"), 1) == d("2022-10-08"))   // National Day, then a Saturday worked
        #expect(cal.addWorkdays(d("2023-09-28"), 1) == d("2023-10-07"))
        #expect(cal.addWorkdays(d("2024-02-09"), 1) == d("2024-02-18"))   // a Sunday worked
        #expect(cal.addWorkdays(d("2025-01-27"), 1) == d("2025-02-05"))
        #expect(cal.addWorkdays(d("2026-02-13"), 1) == d("2026-02-14"))
        #expect(cal.workdaysBetween(d("2024-02-09"), d("2024-02-18")) == 1)
    }

    /// A county adds its local days to the national calendar (issue 6).
    @Test func aCountyCalendarAddsLocalDays() throws {
        let (county, diags) = CalendarLoader.load(path: Repo.fixture("county-calendar.yaml"), sources: SourceStore(), root: Repo.rulesRoot)
        let c = try #require(county, "\(diags)")
        #expect(!c.isWorkday(d("2022-06-06")))                 // the local day off (a Monday)
        #expect(cal.isWorkday(d("2022-06-06")))                // a working day nationally
        #expect(!c.isWorkday(d("2022-06-03")))                 // 端午 still off
        #expect(c.addWorkdays(d("2022-06-02"), 1) == d("2022-06-07"))
        #expect(c.coveredYears == 2020...2026)
    }
}
