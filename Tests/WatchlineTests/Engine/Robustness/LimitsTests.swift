import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 8, limits (docs/LANGUAGE.md, "Limits"): each gives a clear error, never a crash.
@Suite struct LimitsTests {
    func diagnostics(_ expr: String) -> [MessageID] {
        Engine.evaluate(expr, with: lieshan(), record: nil).2.map(\.id)
    }

    @Test func expressionNestingDeeperThan100IsRefused() {
        #expect(diagnostics(String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)).contains(.exprTooDeep))
        #expect(diagnostics(String(repeating: "!", count: 5000) + "true").contains(.exprTooDeep))
        #expect(diagnostics(String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50)).isEmpty)
    }

    @Test func expressionsLongerThan10000CharactersAreRefused() {
        let long = (0..<2600).map { _ in "1" }.joined(separator: " + ")
        #expect(long.count > 10_000)
        #expect(diagnostics(long).contains(.exprTooLong))
    }

    @Test func moreThanEightExtendsLevelsAreRefused() {
        let dir = RulesRoot.folder(of: temporaryRules("placeholder.yaml", ""))
        let schema = "../schema/household.yaml"
        for i in 0..<10 {
            let parent = i < 9 ? "extends: level\(i + 1).yaml" : "title: top"
            let text = "watchline: 1\nruleset: { id: level\(i), \(parent) }\n" + (i == 9 ? "schema: \(schema)\n" : "")
            try? text.write(toFile: "\(dir)/level\(i).yaml", atomically: true, encoding: .utf8)
        }
        let loaded = Engine.load(rules: "\(dir)/level0.yaml", asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore())
        #expect(loaded.hasErrors)
        #expect(loaded.diagnostics.map(\.id).contains(.extendsTooDeep))
    }

    @Test func hugeAndDeepRecordsGiveErrorsNotCrashes() throws {
        let r = lieshan()
        let deep = "{\"id\":\"D1\",\"x\":" + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}"
        let long = "{\"id\":\"L1\",\"note\":\"" + String(repeating: "x", count: 17 << 20) + "\"}"
        let huge = "{\"id\":\"N1\",\"income\":{\"net_per_capita\":1e999999}}"
        let path = temporaryFile("limits.jsonl", [deep, long, huge, "{\"id\":\"OK\"}"].joined(separator: "\n") + "\n")
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        var errors: [[String]] = []
        ParallelRunner(ruleset: r).run(source) { o, _, _ in errors.append(o.errors) }
        #expect(errors.count == 4)
        #expect(errors[0].first?.contains("nesting") == true)
        #expect(errors[1].first?.contains("longer than") == true)
        #expect(errors[2].first?.contains("out of range") == true)
        #expect(errors[3].isEmpty)
    }
}
