import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline test --boundaries`: cases just under, on and just over every threshold.
@Suite struct BoundaryCasesTests {
    @Test func findsTheMonitoringLineAndTheAlertThresholds() {
        let found = BoundaryCases(ruleset: lieshan()).thresholds().map { "\($0.rule) \($0.field) \($0.parameter ?? "-")" }
        #expect(found.contains("risks.低收入 income.net_per_capita 监测范围"))
        #expect(found.contains("risks.因病 expenses.medical_out_of_pocket 医疗自付预警线"))
        #expect(found.contains("risks.产业失败 losses.agricultural 产业损失预警线"))
    }

    /// The generated file is a valid test file; its cases pass as generated, and the cases around
    /// 7000 say what document 004 says: 6999.99 is under the line, 7000 is not.
    @Test func generatedCasesRunAndPinTheLine() throws {
        let r = lieshan()
        let examples = Repo.path("Examples/lieshan-2022/households.jsonl")
        let text = try String(contentsOfFile: examples, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first.flatMap { HouseholdTree(jsonLine: String($0)) })
        guard case .string(let id)? = first.get(["id"]) else { Issue.record("example without id"); return }
        let file = BoundaryCases(ruleset: r).testFile(household: first, fromID: id,
                                                     rulesRef: Repo.path("Rules/anhui/lieshan-2022.yaml"), examplesRef: examples)
        #expect(file.contains("上年度家庭人均纯收入 (income.net_per_capita) = 6999.99 (just under 监测范围 7000; risks.低收入)"))
        let path = temporaryFile("boundaries.test.yaml", file)
        let sources = SourceStore()
        let result = PolicyTestRunner(sources: sources).run(file: path)
        #expect(result.diagnostics.filter(\.isError).isEmpty)
        #expect(result.cases.count >= 9)
        #expect(result.failed == 0, "\(TestReport.text([result], renderer: DiagnosticRenderer(sources: sources)))")
        let under = try #require(file.range(of: "上年度家庭人均纯收入 (income.net_per_capita) = 6999.99 (just under 监测范围 7000; risks.低收入)"))
        let on = try #require(file.range(of: "上年度家庭人均纯收入 (income.net_per_capita) = 7000 (on 监测范围 7000; risks.低收入)"))
        #expect(file[under.upperBound..<on.lowerBound].contains("fired:\n      - \"risks.低收入\""))
        let after = file[on.upperBound...].prefix(400)
        #expect(after.contains("not_fired:\n      - \"risks.低收入\""))
    }

    @Test func deadlinesGetTheDayBeforeOnAndAfter() {
        let file = BoundaryCases(ruleset: lieshan()).testFile(household: .object([]), fromID: nil, rulesRef: "x.yaml", examplesRef: nil)
        #expect(file.contains("监测对象认定（农户申请 → 区级审定公告）: 入户核查 done the day before its due date"))
        #expect(file.contains("status: late"))
        #expect(file.contains("status: on_time"))
    }
}
