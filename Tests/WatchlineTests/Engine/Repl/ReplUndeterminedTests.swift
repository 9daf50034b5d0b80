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
