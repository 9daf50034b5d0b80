import Foundation
import Testing

/// What an officer reads under a Chinese locale, pinned as golden files (Golden/zh/): the
/// checker's type error, the run summary, an explanation, a failing test run after the line moves,
/// the timeline table and the REPL's help. Each must also hold no English sentence — a golden file
/// regenerated with English in it still fails.
@Suite struct ChineseGoldenTests {
    static let zh = ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]

    /// The output with the folder a command ran in written as `<dir>`, so goldens do not depend on it.
    static func output(_ r: Command.Result, in dir: String) -> String {
        r.all.replacingOccurrences(of: dir + "/", with: "<dir>/").replacingOccurrences(of: dir, with: "<dir>")
    }

    static func expectGolden(_ text: String, _ name: String) {
        #expect(matchesGolden(text, "zh/" + name), "Golden/zh/\(name) differs:\n\(text)")
        let leaks = ChineseOutputTests.englishSentences(text)
        #expect(leaks.isEmpty, "English in \(name): \(leaks)")
    }

    @Test func checkOfARuleFileWithATypeError() {
        let r = Command.watchline(["check", "Tests/WatchlineTests/Fixtures/bad-type.yaml", "--rules-root", "."], in: Repo.root, environment: Self.zh)
        #expect(r.status != 0)
        Self.expectGolden(Self.output(r, in: Repo.root), "check-bad-type.txt")
    }

    /// The summary a run prints (`--summary FILE` writes the same counts as JSON).
    @Test func runSummary() {
        let out = FileManager.default.temporaryDirectory.path + "/wl-zh-golden-\(UUID().uuidString).jsonl"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = Command.watchline(["run", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl",
                                   "--as-of", "2022-06-30", "--output", out], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0)
        // The summary is what a run prints when its results go to a file.
        Self.expectGolden(r.stderr, "run-summary.txt")
    }

    @Test func explainOneHousehold() {
        let r = Command.watchline(["explain", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl",
                                   "--id", "340604-GR-0007", "--as-of", "2022-06-30"], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0)
        Self.expectGolden(r.all, "explain-340604-GR-0007.txt")
    }

    /// The README's yearly update: with a 7500 line for 2023 the cases that rest on the line fail.
    @Test func aFailingTestRunAfterTheLineMoves() throws {
        let dir = try WalkthroughTests.copy()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = Command.watchline(["test", "Rules/anhui/lieshan-2022.test.yaml", "--as-of", "2023-06-30"], in: dir, environment: Self.zh)
        #expect(r.status == 1)
        Self.expectGolden(Self.output(r, in: dir), "test-failing-2023.txt")
    }

    @Test func timelineTable() {
        let r = Command.watchline(["timeline", "Rules/anhui/lieshan-2022.yaml", "--cases", "Examples/lieshan-2022/cases.jsonl",
                                   "--as-of", "2022-05-20", "--format", "table"], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0)
        Self.expectGolden(r.all, "timeline-table.txt")
    }

    @Test func replHelp() {
        let r = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--as-of", "2022-06-30"], in: Repo.root, stdin: ":help\n:quit\n", environment: Self.zh)
        #expect(r.status == 0)
        Self.expectGolden(r.all, "repl-help.txt")
    }
}
