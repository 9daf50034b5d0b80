import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Messages an officer can act on (issue 19, item 5): what an editor or a clerk's habit puts in a
/// rule file is named plainly, at its line.
@Suite struct OfficerMessagesTests {
    static func errors(_ yaml: String) -> [Diagnostic] {
        // The rule file beside a copy of the schema (paths stay inside the rule file's folder).
        let path = temporaryFile("rules.yaml", yaml)
        let schema = (path as NSString).deletingLastPathComponent + "/household.yaml"
        try? FileManager.default.copyItem(atPath: Repo.path("Rules/schema/household.yaml"), toPath: schema)
        return Engine.load(rules: path, asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore()).diagnostics.filter(\.isError)
    }

    @Test func aTabIndentIsNamed() {
        let e = Self.errors("watchline: 1\nruleset:\n\tid: x\n")
        #expect(e.first?.message.contains("tab characters cannot indent YAML") == true)
        #expect(e.first?.span?.start.line == 3)
    }

    /// `params:` is how the expressions say it; the key is `parameters:` — too far by edits, but a short form of one key.
    @Test func aShortFormOfOneKeyIsThatKey() {
        let e = Self.errors("watchline: 1\nruleset: { id: x }\nschema: household.yaml\nparams:\n  线: { value: 1 }\n")
        #expect(e.first?.message.contains("unknown key 'params' in a rule file; did you mean 'parameters'?") == true, "\(e.map(\.message))")
        #expect(e.first?.span?.start.line == 4)
    }

    @Test func aFullWidthColonIsNamedAtItsLine() {
        let e = Self.errors("watchline: 1\nruleset：\n  id: x\n")
        #expect(e.first?.message.contains("full-width colon") == true)
        #expect(e.first?.span?.start.line == 2)
        #expect(e.first?.span?.start.column == 8)
    }

    @Test(arguments: [("15,000", "15000"), ("１５０００", "15000"), ("1.5万", "15000"), ("0.7万", "7000")])
    func aParameterWrittenAsAClerkWouldIsAnErrorWithThePlainSpelling(_ written: String, _ plain: String) {
        let e = Self.errors("watchline: 1\nruleset: { id: x }\nschema: household.yaml\nparameters:\n  线: \(written)\n")
        let d = e.first { $0.id == .paramNotANumber }
        #expect(d?.message.contains("write \(plain)") == true, "\(e.map(\.message))")
        #expect(d?.span?.start.line == 5)
    }
}

/// Names an officer writes (issue 19, item 5): a parameter without `params.`, a field by its Chinese
/// label, an enum value by a near label — each answered with the name to write.
@Suite struct NameSuggestionTests {
    static func message(_ expr: String) -> String {
        let r = lieshan()
        return Engine.evaluate(expr, with: r, record: nil).2.first(where: \.isError)?.message ?? ""
    }

    @Test func aParameterWithoutParamsIsNamed() {
        #expect(Self.message("监测范围 > 1").contains("did you mean 'params.监测范围'"))
    }

    @Test func aFieldByItsLabelIsNamedByItsPath() {
        #expect(Self.message("上年度家庭人均纯收入 > 1").contains("did you mean 'income.net_per_capita'"))
    }

    @Test func enumValuesAreListedWithTheirLabels() {
        let m = Self.message(#"status == "脱贫户""#)
        #expect(m.contains("exited_with_policy 脱贫享受政策户"))
    }

    /// 脱贫户 is short for the two exited statuses (and is inside 未脱贫户, their opposite): no edit
    /// distance may pick one, so all are named and no fix-it is offered.
    @Test func aShortFormOfSeveralValuesNamesThemAllAndFixesNothing() {
        let d = Engine.evaluate(#"status == "脱贫户""#, with: lieshan(), record: nil).2.first(where: \.isError)
        #expect(d?.message.contains("could stand for several of them (未脱贫户, 脱贫享受政策户, 脱贫不再享受政策户)") == true, "\(d?.message ?? "")")
        #expect(d?.message.contains("did you mean") == false)
        #expect(d?.fixIt == nil)
    }

    /// Under zh the field is named by its label as well: 户类型（status）.
    @Test func theEnumsFieldByItsLabelUnderChinese() {
        let found = Engine.evaluate(#"status == "pooor""#, with: lieshan(), record: nil).2.first(where: \.isError)
        #expect(found != nil)
        guard let d = found else { return }
        #expect(MessageCatalogue.format(d.id, d.args, chinese: true).contains("不是 户类型（status） 的取值"))
        #expect(MessageCatalogue.format(d.id, d.args, chinese: false).contains("is not a value of status ("))
    }

    @Test func aShortFormOfOneValueIsThatValue() {
        #expect(Self.message(#"status == "不再享受""#).contains("did you mean '脱贫不再享受政策户'"), "\(Self.message(#"status == "不再享受""#))")
    }

    @Test func aMemberFieldByItsLabelIsNamedByItsPath() {
        #expect(Self.message("members.exists(m, m.残疾等级 >= 2)").contains("did you mean 'disability_grade'"), "\(Self.message("members.exists(m, m.残疾等级 >= 2)"))")
    }
}
