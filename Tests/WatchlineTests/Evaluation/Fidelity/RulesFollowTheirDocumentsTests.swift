import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 16's "done when", over the six rule files themselves: every case says what decides it
/// and its quotes are in the text; every clause of every document is cited or marked narrative;
/// a household far above the line with one department alert is identified under none of them.
@Suite struct RulesFollowTheirDocumentsTests {
    static let testFiles = TestReport.discover([Repo.path("Rules")])
    static let examples: [(rules: String, examples: String, asOf: String)] = ExamplesShowEveryRuleTests.files

    @Test(arguments: testFiles)
    func everyCaseIsDecidedByTheTextOrAReading(_ path: String) {
        let runner = PolicyTestRunner(sources: SourceStore())
        runner.strict = true   // a case with neither quote nor reading, or unconfirmed, fails
        let result = runner.run(file: path)
        #expect(result.failed == 0, "\(path): \(result.cases.filter { !$0.passed }.map(\.name))")
        #expect(result.cases.allSatisfy { $0.basis == .text || $0.basis == .reading })
        #expect(result.cases.contains { $0.basis == .text })
    }

    @Test(arguments: testFiles)
    func everyClauseIsCitedOrNarrative(_ path: String) throws {
        let (file, _) = PolicyTestLoader.load(path: path, sources: SourceStore())
        let rules = try #require(file).rules
        let (model, _) = RulesetLoader.load(path: rules, sources: SourceStore())
        let ruleset = try #require(model)
        #expect(ruleset.text != nil, "\(rules) names no document text")
        let uncovered = CitationChecker.clauseUses(ruleset).filter { !$0.covered }.map(\.clause.label)
        #expect(uncovered.isEmpty, "\(rules): clauses neither cited nor narrative: \(uncovered)")
    }

    @Test(arguments: examples.map { "\($0.rules)|\($0.examples)|\($0.asOf)" })
    func farAboveTheLineOneAlertIsNotIdentified(_ spec: String) throws {
        let parts = spec.split(separator: "|").map(String.init)
        let r = try #require(Engine.load(rules: Repo.path(parts[0]), asOf: CivilDate(iso: parts[2])!, sources: SourceStore()).compiled)
        let income = try #require(r.schema.householdField("income.net_per_capita"))
        var seen = 0
        ParallelRunner(ruleset: r).run(try RecordFiles.open(path: Repo.path(parts[1]), members: nil, schema: r.schema)) { o, record, _ in
            guard let d = o.decision, case .dec(let v) = record.house[income], v >= 50_000 * Fixed.one, r.alertNames(d).count == 1 else { return }
            seen += 1
            #expect(d.monitored == false, "\(parts[0]): \(o.outputID) at \(Fixed.format(v)) a head with alert \(r.alertNames(d)) is identified")
        }
        #expect(seen > 0, "\(parts[1]) has no household at 50 000 a head with one alert")
    }
}
