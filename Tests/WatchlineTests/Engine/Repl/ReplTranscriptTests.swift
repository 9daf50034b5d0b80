import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Scripted REPL sessions (issue 7), pinned as golden transcripts: each command, then what the
/// session answered. The same engine as `run` and `diff` answers, so the tests also check that.
@Suite struct ReplTranscriptTests {
    func session(asOf: String = "2022-06-30") throws -> ReplSession {
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: asOf)!)
        #expect(s.start().ok)
        _ = try s.loadRecords(Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil)
        return s
    }

    func transcript(_ s: ReplSession, _ commands: [String]) -> (text: String, failures: Int) {
        var out = "", failures = 0
        for c in commands {
            let o = s.handle(c)
            if !o.ok { failures += 1 }
            out += "> \(c)\n" + o.text
            if o.quit { break }
        }
        return (out.replacingOccurrences(of: Repo.root + "/", with: ""), failures)
    }

    /// Issue 7's "done when": the decision before and after raising the line to 7500, and the
    /// population impact — the same as `run` with the parameter and `diff --param` say.
    @Test func raisingTheLineForOneHouseholdAndThePopulation() throws {
        let s = try session()
        let (text, failures) = transcript(s, [":use 340604-GR-0006", ":decide", ":param 监测范围 = 7500", ":decide", ":impact", ":quit"])
        #expect(failures == 0)
        #expect(matchesGolden(text, "repl-line-7500.txt"), "\(text)")
        // What `diff --param 监测范围=7500` reports on the same records.
        let old = lieshan(), new = lieshan(overrides: ["监测范围": .number(7500_000000, isInt: true)])
        let source = try RecordFiles.open(path: Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil, schema: old.schema)
        let report = try ImpactDiff.compare(old: old, new: new, source: source, by: .village)
        #expect(text.contains(report.render(.table, listIDs: 5).replacingOccurrences(of: Repo.root + "/", with: "")))
    }

    @Test func expressionsWhatIfsAndErrors() throws {
        let s = try session()
        let (text, failures) = transcript(s, [
            "params.监测范围 * 1.5",
            "add_workdays(date(\"2020-04-29\"), 5)",
            ":use 340604-GR-0007",
            "人均纯收入 < params.监测范围",
            ":show income",
            ":set expenses.medical_out_of_pocket = 25000",
            "risks",
            ":set income.net_per_capita = abc",
            "人均纯收入 <",
            ":reset",
            ":as-of 2021-06-30",
            ":use 340604-GR-9999",
            ":nonsense",
        ])
        #expect(failures == 4)   // the wrong-typed value, the syntax error, the unknown household and command
        #expect(matchesGolden(text, "repl-what-ifs.txt"), "\(text)")
    }

    @Test func saveTestWritesACaseTheHarnessPasses() throws {
        let s = try session()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-repl-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = dir + "/saved.test.yaml"
        let (_, failures) = transcript(s, [":use 340604-GR-0006", ":set income.net_per_capita = 6400",
                                           ":save-test \(file) 6400元户", ":param 监测范围 = 7500",
                                           ":save-test \(file) 监测范围7500时的6400元户"])
        #expect(failures == 0)
        let sources = SourceStore()
        let result = PolicyTestRunner(sources: sources).run(file: file)
        #expect(result.cases.count == 2)
        #expect(result.failed == 0, "\(TestReport.text([result], renderer: DiagnosticRenderer(sources: sources)))")
    }

    @Test func completionCoversCommandsFieldsParametersAndChineseNames() throws {
        let s = try session()
        #expect(s.completions(":im") == [":impact"])
        #expect(s.completions("income.net").contains("income.net_per_capita"))
        #expect(s.completions("params.监").contains("params.监测范围"))
        #expect(s.completions("人均").contains("人均纯收入"))
    }

    /// The schema marks ID numbers personal: on screen they are masked.
    @Test func personalFieldsAreMasked() throws {
        let s = try session()
        _ = s.handle(":use 340604-GR-0007")
        let shown = s.handle(":show members").text
        #expect(shown.contains("身份证号=340604****0071"))
        #expect(!shown.contains("340604GR000071"))
        #expect(Schema.masked("340604196001010071") == "340604********0071")
    }
}
