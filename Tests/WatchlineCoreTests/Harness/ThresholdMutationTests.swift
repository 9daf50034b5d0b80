import Testing
@testable import WatchlineCore

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
        // The fidelity fixture's tests never look at the 医保 alert's 20000 line from one step away.
        let unnoticed = try ThresholdMutation.unnoticed(testFile: Repo.fixture("fidelity/notice.test.yaml"), sources: SourceStore()).get()
        #expect(unnoticed.contains { $0.hasPrefix("监测范围") } == false)
        #expect(!unnoticed.isEmpty)
    }
}
