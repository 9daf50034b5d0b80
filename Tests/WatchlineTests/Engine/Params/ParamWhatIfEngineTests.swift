import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// `Engine.load(whatIfs:)`: what-ifs as typed are read against the loaded rule file — a label
/// two parameters share names neither, and a parameter that is not a number takes its value as
/// a rule file writes it.
@Suite struct ParamWhatIfEngineTests {
    static let body = """
        watchline: 1
        ruleset: { id: t }
        schema: ../schema/household.yaml
        parameters:
          line: { label: 收入线, value: 7000 }
          line2: { label: 收入线, value: 6000 }
          start: { label: 起始日期, value: 2022-01-01 }
        risks:
          r: { when: income.net_per_capita < params.line && income.net_per_capita < params.line2 && as_of >= params.start }

        """

    func load(_ typed: String...) -> Engine.Loaded {
        Engine.load(rules: temporaryRules("rules.yaml", Self.body), asOf: CivilDate(iso: "2022-06-30")!,
                    whatIfs: typed.map { ParamWhatIf($0, origin: "--param")! }, sources: SourceStore())
    }

    @Test func aLabelOfSeveralParametersIsAnErrorNamingThem() {
        let l = load("收入线=7500")
        #expect(l.compiled == nil)
        #expect(l.diagnostics.map(\.id) == [.paramsAmbiguousLabel])
        #expect(l.diagnostics.first?.message(chinese: false) == "--param 收入线: '收入线' is the label of several parameters: line, line2; give the id")
        #expect(l.diagnostics.first?.message(chinese: true) == "--param 收入线：“收入线”是多个参数的名称：line、line2；请写参数编号")
    }

    @Test func anotherKindIsReadAsARuleFileWritesIt() {
        let byLabel = load("起始日期=2022-03-01", "params.line=7,100")
        #expect(byLabel.compiled != nil, "\(byLabel.diagnostics)")
        #expect(byLabel.compiled?.checked.overrides == ["start": .date(CivilDate(iso: "2022-03-01")!), "line": .number(7100_000000, isInt: true)])
        #expect(byLabel.diagnostics.filter { $0.id == .paramsReadAs }.count == 1)
        // A number for the date: the checker's wrong-kind error, not "not a number".
        #expect(load("start=7000").diagnostics.filter(\.isError).map(\.id) == [.overrideWrongKind])
    }
}
