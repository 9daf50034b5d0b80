import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO

/// The words `explain` gives a value and a name (issue 19): Chinese as the officer's forms say it,
/// English as the trace names it.
@Suite struct ExplainWordsTests {
    static let r = lieshan()
    static let zh = ExplainWords(ruleset: r, chinese: true), en = ExplainWords(ruleset: r, chinese: false)

    /// An option value of an enum field of the schema, by its id.
    static func option(_ field: String, _ id: String) throws -> Value {
        let s = r.schema
        let f = try #require(s.householdField(field).map { s.households[$0] } ?? s.memberField(field).map { s.members[$0] })
        let type: Int16
        switch f.type {
        case .enumeration(let t), .enumList(let t): type = t
        default: Issue.record("\(field) is no enum field"); return .null
        }
        let ordinal = try #require(s.enums[Int(type)].values.firstIndex(of: id))
        return .enumValue(EnumRef(type: type, ordinal: Int16(ordinal)))
    }

    @Test func yesNoNoneAndMissing() {
        #expect(Self.zh.value(.bool(true)) == "是")
        #expect(Self.zh.value(.bool(false)) == "否")
        #expect(Self.zh.value(.null) == "无")
        // A value the record does not give is missing; a decision that does not apply has none;
        // a decision that wants data cannot be worked out.
        #expect(Self.zh.readValue(.unknown(FieldMask(field: 0)), path: "income.net_per_capita") == "缺失")
        #expect(Self.zh.decisionValue(.null) == "无")
        #expect(Self.zh.decisionValue(.unknown(FieldMask(field: 0))) == "无法确定（缺少数据）")
        #expect(Self.en.value(.bool(true)) == "true")
        #expect(Self.en.decisionValue(.null) == "null")
        #expect(Self.en.readValue(.unknown(FieldMask(field: 0)), path: "income.net_per_capita") == "missing")
    }

    /// An option by the schema's label, its id in full-width brackets; English keeps the id.
    @Test func optionsByTheirLabel() throws {
        #expect(Self.zh.value(try Self.option("status", "exited_with_policy")) == "脱贫享受政策户（exited_with_policy）")
        #expect(Self.zh.value(try Self.option("guarantees.housing", "B")) == "B级（B）")
        #expect(Self.zh.value(try Self.option("labor", "full")) == "普通劳动力（full）")
        #expect(Self.en.value(try Self.option("labor", "full")) == "full")
    }

    @Test func listsAmountsAndDurations() throws {
        let reasons = Value.list(ListBox([.string("收入持续稳定不足6个月"), .string("人均纯收入未超过监测范围")]))
        #expect(Self.zh.value(reasons) == "收入持续稳定不足6个月、人均纯收入未超过监测范围")
        #expect(Self.en.value(reasons) == "[\"收入持续稳定不足6个月\", \"人均纯收入未超过监测范围\"]")
        #expect(Self.zh.value(.list(ListBox([]))) == "无")
        #expect(Self.zh.value(.list(ListBox([try Self.option("shocks", "illness")]))) == "疾病（illness）")
        // A field's unit follows its amount in Chinese.
        #expect(Self.zh.readValue(.dec(20000 * 1_000_000), path: "expenses.medical_out_of_pocket") == "20000 元")
        #expect(Self.en.readValue(.dec(20000 * 1_000_000), path: "expenses.medical_out_of_pocket") == "20000")
        #expect(Self.zh.value(.duration(15, workdays: false)) == "15天")
        #expect(Self.zh.value(.duration(5, workdays: true)) == "5个工作日")
    }

    /// A personal value is masked (first 6 and last 4 kept) in either language.
    @Test func personalValuesMasked() {
        #expect(Self.zh.readValue(.string("340604198001010071"), path: "members.id", masked: true) == "340604********0071")
        #expect(Self.en.readValue(.string("340604198001010071"), path: "members.id", masked: true) == "340604********0071")
    }

    /// Names: a field by its label (its path where it has none), a member's field under 家庭成员,
    /// a parameter, risk or alert under its section's word, a decision by its label with its id.
    @Test func namesOfWhatARuleRead() {
        #expect(Self.zh.readName("expenses.medical_out_of_pocket") == "合规自付医疗费用")
        #expect(Self.zh.readName("members.id") == "家庭成员身份证号")
        #expect(Self.zh.readName("members.labor") == "家庭成员劳动能力")
        #expect(Self.zh.readName("params.监测范围") == "参数 监测范围")
        #expect(Self.zh.readName("risks.因病") == "风险 因病")
        #expect(Self.zh.readName("alerts.医保预警") == "预警 医保预警")
        #expect(Self.zh.readName("收支余额") == "收支余额")
        // A department's list by the department, the row by its file and line, a cell by its header.
        #expect(Self.zh.readName("lists.medical") == "医保部门名单")
        #expect(Self.zh.readName("medical[Examples/lieshan-2022/medical.csv:3]") == "医保部门名单（Examples/lieshan-2022/medical.csv:3）")
        #expect(Self.zh.readName("medical[Examples/lieshan-2022/medical.csv:3].自付费用") == "医保部门名单（Examples/lieshan-2022/medical.csv:3）自付费用")
        #expect(Self.en.readName("medical[Examples/lieshan-2022/medical.csv:3].自付费用") == "medical[Examples/lieshan-2022/medical.csv:3].自付费用")
        #expect(Self.zh.readName("no.such_field") == "no.such_field")
        #expect(Self.en.readName("expenses.medical_out_of_pocket") == "expenses.medical_out_of_pocket")
        let decision = TraceEntry.Kind(.decisions)
        #expect(Self.zh.ruleName(decision, "risk_eliminable") == "可标注风险消除（risk_eliminable）")
        #expect(Self.zh.ruleName(decision, "risk_eliminable/applies") == "可标注风险消除（risk_eliminable）的适用条件")
        #expect(Self.en.ruleName(decision, "risk_eliminable/applies") == "risk_eliminable/applies")
        #expect(Self.zh.ruleName(TraceEntry.Kind(.risks), "因病") == "因病")
    }
}
