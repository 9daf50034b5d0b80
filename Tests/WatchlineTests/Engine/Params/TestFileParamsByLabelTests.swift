import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// A test case's `params:` names a parameter as `--param` does: by id or by its label (issue 19,
/// "labels accepted wherever a name is"). 7200 a head is under a 7500 line and over the file's 7000.
@Suite struct TestFileParamsByLabelTests {
    static func file(_ params: String) -> String {
        let rules = Repo.path("Rules/anhui/lieshan-2022.yaml")
        return temporaryFile("labels.test.yaml", """
            watchline: 1
            tests:
              rules: \(rules)
              as_of: 2022-06-30
            cases:
              - name: 监测范围提高到7500元后，7200元的农户有低收入风险
                clause: "二、(一)"
                reading: 收支
                household: { id: T-1, status: general, monitoring: none, income: { net_per_capita: 7200, net_per_capita_prev: 7200, stable: false }, expenses: { medical_out_of_pocket: 0, rigid_total: 0 }, losses: { agricultural: 0 }, guarantees: { housing: B, housing_relocated: false, water_safe: true, dropout_children: 0, basic_needs_met: true }, members: [{ id: m1, relation: head, age: 45, labor: full, hukou: rural, employment: stable, medical_insured: true, disability_grade: 0, urban_dibao: false }] }
                params: { \(params) }
                expect:
                  risks_include: [低收入]
            """)
    }

    @Test(arguments: ["监测范围: 7500", "年度监测范围（家庭人均纯收入）: 7500"])
    func byIDOrLabel(_ params: String) {
        let result = PolicyTestRunner(sources: SourceStore()).run(file: Self.file(params))
        #expect(result.diagnostics.filter(\.isError).isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(result.cases.count == 1 && result.cases.allSatisfy(\.passed), "\(result.cases.map(\.mismatches))")
    }

    /// Without the what-if the case fails: the label really moved the line.
    @Test func withoutTheWhatIfTheCaseFails() {
        let result = PolicyTestRunner(sources: SourceStore()).run(file: Self.file("收入骤减比例: 0.3"))
        #expect(result.cases.count == 1 && !result.cases[0].passed)
    }

    @Test func anUnknownNameIsSuggestedByLabel() {
        let result = PolicyTestRunner(sources: SourceStore()).run(file: Self.file("年度监测范围（人均纯收入）: 7500"))
        let all = result.diagnostics.map(\.message) + result.cases.compactMap(\.error)
        #expect(all.contains { $0.contains("did you mean '年度监测范围（家庭人均纯收入）'") }, "\(all)")
    }
}
