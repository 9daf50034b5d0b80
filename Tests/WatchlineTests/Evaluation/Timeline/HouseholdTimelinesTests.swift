import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// 烈山 三、(一): monitored households not yet eliminated are visited at least monthly, others
/// quarterly — due dates counted from the household's `monitoring_since`, as `timeline --records` gives them.
@Suite struct HouseholdTimelinesTests {
    func visits(_ monitoring: String, since: String, asOf: String = "2022-06-30") -> [String] {
        let r = lieshan(asOf)
        let rec = record("{\"id\":\"V-1\",\"monitoring\":\"\(monitoring)\",\"monitoring_since\":\"\(since)\",\"members\":[]}", r)
        return HouseholdTimelines(ruleset: r).results(for: rec, frame: r.makeFrame())
            .filter { $0.procedure == "visits" }.flatMap(\.steps).map { "\($0.step) \($0.due?.iso ?? "-")" }
    }

    @Test func atRiskHouseholdsAreVisitedMonthly() {
        #expect(visits("at_risk", since: "2021-06-01") == ["monthly_visit 2022-07-01"])
        #expect(visits("at_risk", since: "2022-06-30") == ["monthly_visit 2022-07-30"])
    }

    @Test func eliminatedHouseholdsAreVisitedQuarterly() {
        #expect(visits("risk_eliminated", since: "2021-06-01") == ["quarterly_visit 2022-09-01"])
    }

    @Test func theIdentificationProcedureStartsFromAppliedOn() {
        let r = lieshan("2022-05-07")
        let rec = record("{\"id\":\"A-1\",\"applied_on\":\"2022-05-06\",\"members\":[]}", r)
        let steps = HouseholdTimelines(ruleset: r).results(for: rec, frame: r.makeFrame())
            .first { $0.procedure == "monitoring_identification" }?.steps ?? []
        #expect(steps.map(\.step) == ["household_check", "review", "publicity_end", "township_review", "district_approval", "overall"])
        #expect(steps.first?.due?.iso == "2022-05-08")
        #expect(steps.allSatisfy { $0.status == .pending })
    }
}
