import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline test --as-of DATE` decides a file's cases on DATE instead of its `tests.as_of`; a
/// case's own `as_of` still wins (issue 19, item 9). The rule file's line is 7000 from 2022 and
/// 7500 from 2023, so a 7200 household is monitored only under the 2023 line.
@Suite struct TestAsOfTests {
    static let rules = """
    watchline: 1
    ruleset: { id: asof-test, title: as-of test }
    schema: ../schema/household.yaml
    parameters:
      line:
        values:
          2022-01-01: 7000
          2023-01-01: 7500
    risks:
      low: { when: income.net_per_capita < params.line }
    """

    /// Cases named by what they expect; "by-file" has no date of its own, "own-2022" says 2022.
    static func testFile() -> String {
        let rulesPath = temporaryRules("asof.yaml", rules)
        let text = """
        watchline: 1
        tests: { rules: asof.yaml, as_of: 2022-06-30 }
        cases:
          - name: by-file
            clause: x
            household: { id: A, income: { net_per_capita: 7200 } }
            expect: { monitored: false }
          - name: own-2022
            clause: x
            as_of: 2022-06-30
            household: { id: B, income: { net_per_capita: 7200 } }
            expect: { monitored: false }
        """
        let path = (rulesPath as NSString).deletingLastPathComponent + "/asof.test.yaml"
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    static func outcomes(asOf: String?) -> [String: Bool] {
        let runner = PolicyTestRunner(sources: SourceStore())
        if let asOf { runner.asOf = CivilDate(iso: asOf)! }
        let result = runner.run(file: testFile())
        #expect(result.diagnostics.filter(\.isError).isEmpty, "\(result.diagnostics)")
        return Dictionary(uniqueKeysWithValues: result.cases.map { ($0.name, $0.passed) })
    }

    @Test func theFileDateDecidesWithoutTheFlag() {
        #expect(Self.outcomes(asOf: nil) == ["by-file": true, "own-2022": true])
    }

    @Test func theFlagOverridesTheFileDateButNotACasesOwn() {
        // Under 2023's 7500 line the 7200 household is monitored: the case without a date fails;
        // the case dated 2022 is still decided on its date and passes.
        #expect(Self.outcomes(asOf: "2023-06-30") == ["by-file": false, "own-2022": true])
    }

    @Test func theCommandDoesTheSame() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Command.binary), "build the command first (swift build)")
        let file = Self.testFile()
        let dir = (file as NSString).deletingLastPathComponent
        let before = Command.watchline(["test", file], in: dir)
        #expect(before.status == 0, "\(before.all)")
        let after = Command.watchline(["test", file, "--as-of", "2023-06-30"], in: dir)
        #expect(after.status == 1, "\(after.all)")
        #expect(after.stdout.contains("✗ by-file") && !after.stdout.contains("✗ own-2022"), "\(after.all)")
    }
}
