import Foundation
import Testing

/// The REPL's one-line decision for a household it cannot decide says what is missing, by label,
/// and does not claim "risks: none" (its risks are unknown, not absent).
@Suite struct ReplUndeterminedTests {
    @Test func anUndecidedHouseholdNamesWhatIsMissing() {
        let r = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--lang", "zh"],
                                  in: Repo.root, stdin: ":use 340604-GR-0031\n:quit\n")
        #expect(r.stdout.contains("→ 无法判定；缺少：上年度家庭人均纯收入"), "\(r.all)")
        #expect(!r.stdout.contains("风险：无"), "\(r.all)")
    }
}

/// After `:param`, `:decide` shows the what-if value as a what-if, with the rule file's own value
/// and line — not "set at" a line that holds another number.
@Suite struct ReplWhatIfExplainTests {
    static func session(_ lang: String) -> Command.Result {
        Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--lang", lang],
                          in: Repo.root, stdin: ":use 340604-GR-0006\n:param 监测范围 = 8000\n:decide\n:quit\n")
    }

    @Test func chinese() {
        let r = Self.session("zh")
        #expect(r.stdout.contains("参数 监测范围 = 8000 元/人·年（假设值；规则文件中为 7000，见 Rules/anhui/lieshan-2022.yaml:132）"), "\(r.stdout)")
        #expect(!r.stdout.contains("8000 元/人·年（取值见"), "\(r.stdout)")
        #expect(r.stdout.contains("假设：年度监测范围（家庭人均纯收入）（params.监测范围） = 8000"), "\(r.stdout)")
    }

    @Test func english() {
        let r = Self.session("en")
        #expect(r.stdout.contains("(what-if; the rule file has 7000 at Rules/anhui/lieshan-2022.yaml:132)"), "\(r.stdout)")
        #expect(!r.stdout.contains("8000 元/人·年 (set at"), "\(r.stdout)")
    }
}

/// `:show` under zh speaks as the forms do: options by label with id, 是/否, full-width punctuation.
@Suite struct ReplShowWordsTests {
    @Test func showInTheOfficersWords() {
        let r = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--lang", "zh"],
                                  in: Repo.root, stdin: ":use 340604-GR-0006\n:show\n:quit\n")
        for line in ["户类型（status）：一般农户（general）", "饮水安全（guarantees.water_safe）：是", "劳动能力=普通劳动力（full）", "身份证号=340604****0061"] {
            #expect(r.stdout.contains(line), "\(line): \(r.stdout)")
        }
        #expect(!r.stdout.contains("true") && !r.stdout.contains("false") && !r.stdout.contains("): "), "\(r.stdout)")
    }

    @Test func englishAsWritten() {
        let r = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30"],
                                  in: Repo.root, stdin: ":use 340604-GR-0006\n:show status\n:quit\n")
        #expect(r.stdout.contains("户类型 (status): general"), "\(r.stdout)")
    }
}
