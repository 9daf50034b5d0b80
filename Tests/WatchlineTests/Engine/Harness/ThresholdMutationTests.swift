import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 4's promise: changing any threshold in any rule file — a monitoring line, an alert
/// amount, a number of months, a procedure's days — makes at least one of its policy tests fail
/// (the same check as `watchline test --mutate`).
@Suite struct ThresholdMutationTests {
    static let files = TestReport.discover([Repo.path("Rules")])

    @Test(arguments: files)
    func everyThresholdIsPinnedByATest(_ path: String) throws {
        let unnoticed = try ThresholdMutation.unnoticed(testFile: path, sources: SourceStore()).get()
        #expect(unnoticed.isEmpty, "\(path): no test notices these changes: \(unnoticed.joined(separator: "; "))")
    }

    @Test func aThresholdNoCaseTouchesIsReported() throws {
        // The fidelity fixture's cases sit at 6000, 6800 and 7000: moving the line up to 7001 turns
        // the 7000 case, but down to 6999 changes none of them.
        let unnoticed = try ThresholdMutation.unnoticed(testFile: Repo.fixture("fidelity/notice-cases.yaml"), sources: SourceStore(), root: Repo.rulesRoot).get()
        #expect(unnoticed == ["监测范围 -1 step"])
    }
}
