import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Every policy test file in the project passes — the same run as `watchline test`.
@Suite struct PolicyTestFiles {
    static let files = TestReport.discover([Repo.path("Rules")])

    @Test(arguments: files)
    func passes(_ path: String) {
        let sources = SourceStore()
        let runner = PolicyTestRunner(sources: sources)
        let result = runner.run(file: path)
        #expect(result.cases.count >= 15, "\(path) has only \(result.cases.count) cases")
        #expect(result.failed == 0, "\(TestReport.text([result], renderer: DiagnosticRenderer(sources: sources)))")
    }

    @Test func aBrokenExpectationFailsWithItsLine() {
        let text = """
        watchline: 1
        tests: { rules: \(Repo.path("Rules/anhui/lieshan-2022.yaml")), as_of: 2022-06-30 }
        cases:
          - name: wrong on purpose
            clause: "二、(一)"
            household: { id: X, income: { net_per_capita: 5000 } }
            expect: { monitored: false }
        """
        let path = temporaryFile("broken.test.yaml", text)
        let sources = SourceStore()
        let result = PolicyTestRunner(sources: sources).run(file: path)
        #expect(result.failed == 1)
        let report = TestReport.text([result], renderer: DiagnosticRenderer(sources: sources))
        #expect(report.contains("broken.test.yaml:4"))
        #expect(report.contains("monitored: expected false"))
        #expect(report.contains("0 passed, 1 failed"))
    }
}
