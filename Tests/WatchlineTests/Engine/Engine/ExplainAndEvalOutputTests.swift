import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// What an officer reads: the explain text (golden file), and `eval`'s plain and `--json` forms
/// as cli.md gives them.
@Suite struct ExplainAndEvalOutputTests {
    @Test func explainTextForAHouseholdWithIllnessAndIncomeFall() throws {
        let r = lieshan()
        let source = try RecordFiles.open(path: Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil, schema: r.schema)
        var rec = r.schema.emptyRecord()
        var found: HouseholdRecord?
        while source.next(into: &rec) != nil { if rec.string(r.schema.idField) == "340604-GR-0007" { found = rec; break } }
        let household = try #require(found)
        let (d, trace) = Engine.decide(household, with: r, frame: r.makeFrame(), explain: true)
        var o = Outcome(line: 7, id: "340604-GR-0007", decision: d, errors: [], trace: trace)
        o.village = household.string(r.schema.householdField("village"))
        // Paths in the text are the rule file's; make them repository-relative so the golden file is portable.
        let text = ExplainText(ruleset: r).render(o).replacingOccurrences(of: Repo.root + "/", with: "")
        #expect(text.contains("Rules/anhui/lieshan-2022.yaml:"))
        #expect(matchesGolden(text, "explain-lieshan-0007.txt"), "explain text changed:\n\(text)")
    }

    @Test func evalPrintsValuesAsCliMdSays() {
        let r = lieshan()
        func plain(_ e: String) -> String { ValueText.plain(Engine.evaluate(e, with: r, record: nil).0!, r) }
        func json(_ e: String) -> String { ValueText.json(Engine.evaluate(e, with: r, record: nil).0!, r) }
        #expect(plain("0.1 + 0.2 == 0.3") == "true")
        #expect(plain("add_workdays(date(\"2020-04-29\"), 5)") == "2020-05-09")
        #expect(plain("params.监测范围") == "7000")
        #expect(json("add_workdays(date(\"2020-04-29\"), 5)") == "\"2020-05-09\"")
        #expect(json("params.监测范围 + 0.5") == "7000.5")
        #expect(json("[\"因病\", \"因残\"]") == "[\"因病\",\"因残\"]")
        #expect(json("{\"a\": 1}") == "{\"a\":1}")
        #expect(json("1 / 0").hasPrefix("{\"error\":"))
    }
}
