import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The stages (alert → identification → watch) and the document text: clause references, quotes,
/// readings and narrative clauses are checked against the text itself (issue 16).
@Suite struct FidelityEngineTests {
    static let rules = Repo.fixture("fidelity/notice.yaml")
    static let asOf = CivilDate(iso: "2022-06-30")!

    static func compiled() -> CompiledRuleset {
        let loaded = Engine.load(rules: rules, asOf: asOf, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        guard let c = loaded.compiled else { fatalError("\(loaded.diagnostics)") }
        return c
    }

    static func household(income: Int, medical: Int, stable: Bool = false) -> String {
        #"{"id":"F","status":"general","income":{"net_per_capita":\#(income),"stable":\#(stable)},"expenses":{"medical_out_of_pocket":\#(medical)},"members":[{"id":"m1","relation":"head","age":40,"labor":"full","hukou":"rural"}]}"#
    }

    @Test func anAlertFarAboveTheLineIsWatchedNotIdentified() {
        let r = Self.compiled()
        let d = Engine.decide(record(Self.household(income: 50000, medical: 25000), r), with: r, frame: r.makeFrame()).0
        #expect(d.monitored == false)
        #expect(r.alertNames(d) == ["医保预警"])
        #expect(r.riskNames(d).isEmpty)
        #expect(d.watch == true)
    }

    @Test func identifiedHouseholdIsNotWatched() {
        let r = Self.compiled()
        let d = Engine.decide(record(Self.household(income: 6000, medical: 25000), r), with: r, frame: r.makeFrame()).0
        #expect(d.monitored == true)
        #expect(d.watch == false)
        #expect(r.riskNames(d) == ["低收入", "因病"])   // 因病 reads the alert: alerts come first
    }

    @Test func aWatchingExclusionKeepsTheHouseholdWatched() {
        let r = Self.compiled()
        let d = Engine.decide(record(Self.household(income: 6800, medical: 0, stable: true), r), with: r, frame: r.makeFrame()).0
        #expect(d.monitored == false)
        #expect(r.exclusionNames(d) == ["略低但稳定"])
        #expect(d.watch == true)
        let plain = Engine.decide(record(Self.household(income: 9000, medical: 0), r), with: r, frame: r.makeFrame()).0
        #expect(plain.watch == false)
    }

    @Test func outputCarriesWatchAndAlertsInEveryFormat() {
        let r = Self.compiled()
        let rec = record(Self.household(income: 50000, medical: 25000), r)
        let (d, _) = Engine.decide(rec, with: r, frame: r.makeFrame())
        let o = Outcome(line: 1, id: "F", decision: d, errors: [])
        func text(_ f: OutcomeWriter.Format) -> String {
            var out: [UInt8] = []
            let w = OutcomeWriter(ruleset: r, format: f)
            w.header(to: &out); w.write(o, to: &out)
            return String(decoding: out, as: UTF8.self)
        }
        #expect(text(.jsonl).contains(#""watch":true,"alerts":["医保预警"]"#))
        let csv = text(.csv).split(separator: "\n")
        #expect(csv[0].hasSuffix("amounts,watch,alerts"))
        #expect(csv[1] == "F,false,,,,,,,,true,医保预警")
    }

    @Test func citationsAreCheckedAgainstTheText() {
        let loaded = Engine.load(rules: Repo.fixture("fidelity/bad-citations.yaml"), asOf: Self.asOf, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let errors = loaded.diagnostics.filter(\.isError)
        #expect(errors.map(\.id) == [.clauseNotFound, .clauseWordsMissing, .quoteNotInText, .readingUnknown])
        #expect(errors.map { $0.span?.start.line ?? 0 } == [9, 12, 13, 17])
    }

    @Test func clauseReferencesResolvePartByPart() {
        let text = Self.compiled().ruleset.text!
        func labels(_ ref: String) -> [String] { text.resolve(reference: ref).map { (try? $0.get())?.label ?? "✗" } }
        #expect(labels("一、(二)") == ["一、(二)"])
        #expect(labels("二、(二)2") == ["二、(二)2"])
        #expect(labels("二、（一） 医保部门; 三、") == ["二、(一)", "三、"])
        #expect(labels("二、(一) 残联部门") == ["✗"])
        #expect(text.contains(quote: "2022年我县监测范围\n为7000元"))          // line breaks and spaces do not count
        #expect(!text.contains(quote: "2022年我县监测范围为7000元。家庭人均纯收入低于监测范围的农户,纳入"))  // punctuation does
    }

    @Test func explainQuotesTheDocumentForEachRuleThatDecided() {
        let r = Self.compiled()
        let (d, trace) = Engine.decide(record(Self.household(income: 6000, medical: 25000), r), with: r, frame: r.makeFrame(), explain: true)
        let text = ExplainText(ruleset: r).render(Outcome(line: 1, id: "F", decision: d, errors: [], trace: trace))
        #expect(text.contains("二、(一) 医保部门「对经报销后自付费用超过2万元的,推送预警信息,由乡镇核实。」"))
        #expect(text.contains("一、(二)「家庭人均纯收入低于监测范围的农户，纳入监测对象。」"))
        #expect(text.contains("reading 略低幅度: “略低于”取监测范围以下500元以内。"))
        #expect(text.contains("Alerts raised (to verify): 医保预警"))
    }

    @Test func testRunCountsTextReadingAndUnconfirmedCases() {
        let runner = PolicyTestRunner(sources: SourceStore())
        runner.rulesRoot = Repo.rulesRoot
        let result = runner.run(file: Repo.fixture("fidelity/notice-cases.yaml"))
        #expect(result.failed == 0)
        #expect(result.cases.map(\.basis) == [.text, .reading, .text, .unconfirmed])
        let report = TestReport.text([result], renderer: DiagnosticRenderer(sources: runner.sources))
        #expect(report.contains("2 cases decided by the text, 1 by readings; 1 unconfirmed"))

        let strict = PolicyTestRunner(sources: SourceStore()); strict.strict = true; strict.rulesRoot = Repo.rulesRoot
        #expect(strict.run(file: Repo.fixture("fidelity/notice-cases.yaml")).failed == 1)
        let textOnly = PolicyTestRunner(sources: SourceStore()); textOnly.textOnly = true; textOnly.rulesRoot = Repo.rulesRoot
        #expect(textOnly.run(file: Repo.fixture("fidelity/notice-cases.yaml")).cases.count == 2)
    }

    @Test func aChangedQuoteFailsItsCase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wl-fid-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let base = Repo.fixture("fidelity/")
        for f in ["notice.source.txt", "notice.yaml"] { try FileManager.default.copyItem(atPath: base + f, toPath: dir + "/" + f) }
        try FileManager.default.copyItem(atPath: Repo.path("Rules/schema/household.yaml"), toPath: dir + "/household.yaml")
        let rules = try String(contentsOfFile: dir + "/notice.yaml", encoding: .utf8)
            .replacingOccurrences(of: "../../../../Rules/schema/household.yaml", with: "household.yaml")
        try rules.write(toFile: dir + "/notice.yaml", atomically: true, encoding: .utf8)
        let tests = try String(contentsOfFile: base + "notice-cases.yaml", encoding: .utf8)
            .replacingOccurrences(of: "quote: 由乡镇核实", with: "quote: 由县级核实")
        try tests.write(toFile: dir + "/notice-cases.yaml", atomically: true, encoding: .utf8)
        let result = PolicyTestRunner(sources: SourceStore()).run(file: dir + "/notice-cases.yaml")
        let failed = result.cases.filter { !$0.passed }
        #expect(failed.map(\.name) == ["高收入有医保预警不认定只关注"])
        #expect(failed.first?.mismatches.first?.field == "quote")
    }

    @Test func clauseListingWarnsOnUncoveredClauses() throws {
        let (text, ok) = try ClauseReport.render(rules: [Self.rules], sources: SourceStore(), root: Repo.rulesRoot)
        #expect(ok)
        #expect(text.contains("narrative: 组织领导，无可编码的判断"))
        #expect(text.contains("← alerts.医保预警, risks.因病, watch.有预警未认定"))
        #expect(text.contains("warning: clause 二、(二) (") && text.contains("notice.source.txt:15) is cited by no rule and not marked narrative"))
        #expect(text.contains("3 clauses uncovered"))
        // The file's totals add up: every clause is cited, narrative, covered through another, or uncovered.
        let re = try NSRegularExpression(pattern: "(\\d+) clauses: (\\d+) cited by rules, (\\d+) narrative, (\\d+) covered through a clause above or below, (\\d+) uncovered")
        let ns = text as NSString
        let m = try #require(re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)))
        let n = (1...5).map { Int(ns.substring(with: m.range(at: $0)))! }
        #expect(n[0] == n[1] + n[2] + n[3] + n[4], "\(ns.substring(with: m.range))")
    }
}
