import Foundation
import Testing
@testable import WatchlineLanguage
@testable import WatchlineEvaluation

/// `explain --lang zh` of Lieshan example households reads as an officer's words (issue 19):
/// fields by their schema label, 是/否/无/缺失 for values, options by their label, full-width
/// colons — no JSON word, no schema path outside the brackets that give an id.
@Suite struct ChineseExplainTests {
    static func explain(_ id: String) -> String {
        let r = Command.watchline(["explain", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl",
                                   "--id", id, "--as-of", "2022-06-30", "--lang", "zh"], in: Repo.root)
        #expect(r.status == 0, "\(r.all)")
        return r.stdout
    }

    /// The text with every bracketed aside — （…）, (…), […] — taken out: ids, file positions and
    /// clause numbers may stand there.
    static func outsideBrackets(_ text: String) -> String {
        var out = "", depth = 0
        for c in text {
            if "（([".contains(c) { depth += 1 } else if "）)]".contains(c) { depth = max(0, depth - 1) } else if depth == 0 { out.append(c) }
        }
        return out
    }

    static func matches(_ pattern: String, _ text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: pattern)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    /// Every dotted path of the schema, and the prefixes rules read through (`members.`, `params.`).
    static let paths: [String] = {
        let s = lieshan().schema
        return s.households.map(\.path).filter { $0.contains(".") } + s.members.map { "members." + $0.path } + ["params.", "risks.", "alerts."]
    }()

    static func expectOfficersWords(_ text: String, _ id: String) {
        #expect(text.contains("判定过程："), "\(id): no trace")
        let plain = outsideBrackets(text)
        let jsonWords = matches("(?<![A-Za-z_])(null|true|false|unknown|missing)(?![A-Za-z_])", plain)
        #expect(jsonWords.isEmpty, "\(id): JSON words \(jsonWords)")
        let leaked = paths.filter { plain.contains($0) }
        #expect(leaked.isEmpty, "\(id): schema paths \(leaked)")
        // A Chinese word or bracket is followed by a full-width colon, never ': '.
        #expect(matches("[\\p{Han}）」]: ", text).isEmpty, "\(id): ASCII colons \(matches("[\\p{Han}）」].{0,3}: ", text))")
        // Each line a rule read names it and its value: `name = value`, the name not a path.
        for line in text.split(separator: "\n") where line.hasPrefix("      ") && line.contains(" = ") {
            let name = line.trimmingCharacters(in: .whitespaces).components(separatedBy: " = ")[0]
            #expect(!name.contains("."), "\(id): read named by its path: \(line)")
        }
    }

    /// Monitored with a risk not yet eliminated (stable only 5 months): its decision values, the
    /// household's state as an option label, an amount with its unit, members' fields.
    @Test func aMonitoredHouseholdNotYetEliminated() {
        let text = Self.explain("340604-GR-0028")
        Self.expectOfficersWords(text, "0028")
        #expect(text.contains("  可标注风险消除：否\n"), "\(text)")
        #expect(text.contains("  暂不能标注风险消除的原因：收入持续稳定不足6个月\n"), "\(text)")
        #expect(text.contains("      监测状态 = 风险未消除（at_risk）\n"), "\(text)")
        #expect(text.contains("      收入稳定月数 = 5\n"), "\(text)")
        #expect(text.contains("      上年度家庭人均纯收入 = "), "\(text)")
        #expect(text.contains("决定项 可标注风险消除（risk_eliminable）的适用条件 [lieshan-2022.yaml:"), "\(text)")
    }

    /// The REPL's `:decide` is the same explanation, in the same words.
    @Test func theReplDecidesInTheSameWords() {
        let repl = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl",
                                      "--as-of", "2022-06-30", "--lang", "zh"], in: Repo.root, stdin: ":use 340604-GR-0028\n:decide\n:quit\n")
        #expect(repl.status == 0, "\(repl.all)")
        let explained = Self.explain("340604-GR-0028")
        #expect(explained.contains("可标注风险消除：否"))
        #expect(repl.stdout.contains(explained), "\(repl.stdout)")
    }

    /// Undetermined for want of income: the missing field named by its label, its value 缺失.
    @Test func anUndeterminedHouseholdNamesTheMissingFieldByItsLabel() {
        let text = Self.explain("340604-GR-0031")
        Self.expectOfficersWords(text, "0031")
        #expect(text.contains("判定：无法判定——缺少：上年度家庭人均纯收入"), "\(text)")
        #expect(text.contains("      上年度家庭人均纯收入 = 缺失\n"), "\(text)")
    }

    /// Several alerts and risks: the medical amount by its label and unit, 是/否, the member's ID
    /// masked exactly as before (first 6, last 4), parameters under 参数.
    @Test func aHouseholdWithAlertsAndRisks() {
        let text = Self.explain("340604-GR-0009")
        Self.expectOfficersWords(text, "0009")
        #expect(text.contains("      合规自付医疗费用 = 26500 元\n"), "\(text)")
        #expect(text.contains("      参数 医疗自付预警线 = 20000 元（取值见 Rules/anhui/lieshan-2022.yaml:150）\n"), "\(text)")
        #expect(Self.matches("家庭成员身份证号 = \\d{6}\\*+\\d{4}\\n", text).count > 0, "\(text)")
        #expect(Self.matches(" = (是|否)\\n", text).count > 0, "\(text)")
        #expect(text.contains("家庭成员劳动能力 = "), "\(text)")
    }
}
