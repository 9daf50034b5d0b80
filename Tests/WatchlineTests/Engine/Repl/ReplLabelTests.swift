import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// Issue 19: `:set` and `:show` take a field's schema label as well as its path, and values in
/// clerk forms (7,200 / ７２００).
@Suite struct ReplLabelTests {
    func session() throws -> ReplSession {
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)
        _ = try s.loadRecords(Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil)
        #expect(s.handle(":use 340604-GR-0006").ok)
        return s
    }

    @Test func setByLabelChangesTheDecisionAsTheValueSays() throws {
        let s = try session()
        let shown = s.handle(":show 上年度家庭人均纯收入")
        #expect(shown.ok && shown.text.contains("(income.net_per_capita)"), "\(shown.text)")
        // Above the line (monitoring range 7000 in 2022): not monitored.
        let above = s.handle(":set 上年度家庭人均纯收入 = 7,200")
        #expect(above.ok && above.text.contains("→ not monitored"), "\(above.text)")
        #expect(s.household?.get(["income", "net_per_capita"]) == .number("7200"))
        #expect(!s.handle("params.监测范围 > 人均纯收入").text.hasPrefix("true"))
        // Below it, full-width digits: monitored, as the path form says.
        let below = s.handle(":set 上年度家庭人均纯收入 = ６０００")
        #expect(below.ok && below.text.contains("→ monitored; 监测对象"), "\(below.text)")
        #expect(s.household?.get(["income", "net_per_capita"]) == .number("6000"))
        #expect(s.handle("params.监测范围 > 人均纯收入").text.hasPrefix("true"))
        let byPath = try session()
        #expect(byPath.handle(":set income.net_per_capita = 6000").text == below.text.replacingOccurrences(of: "上年度家庭人均纯收入 (income.net_per_capita)", with: "income.net_per_capita"))
    }

    @Test func anUnknownNameSuggestsOverIdsAndLabels() throws {
        let s = try session()
        let o = s.handle(":set 上年度家庭人均纯收 = 1")
        #expect(!o.ok)
        #expect(o.text.contains("上年度家庭人均纯收入"), "\(o.text)")
        #expect(!s.handle(":show 没有这个字段").ok)
    }
}
