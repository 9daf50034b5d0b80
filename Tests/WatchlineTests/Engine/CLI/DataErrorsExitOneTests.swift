import Foundation
import Testing

/// A problem in the data (a household id not in the file, a household that cannot be read) is
/// the data's error: exit 1 with the message, not the command line's exit 64 with usage text.
@Suite struct DataErrorsExitOneTests {
    static let rules = "Rules/anhui/lieshan-2022.yaml"

    @Test(arguments: [
        ["explain", rules, "--records", "Examples/lieshan-2022/households.jsonl", "--id", "NOPE", "--as-of", "2022-06-30"],
        ["eval", rules, "status", "--records", "Examples/lieshan-2022/households.jsonl", "--id", "NOPE", "--as-of", "2022-06-30"],
        ["explain", rules, "--records", "Examples/lieshan-2022/bad-records.jsonl", "--id", "340604-BAD-02", "--as-of", "2022-06-30"],
        ["test", "--boundaries", rules, "--records", "Examples/lieshan-2022/households.jsonl", "--from", "NOPE", "--as-of", "2022-06-30"],
    ])
    func exitsOneWithoutUsage(_ args: [String]) {
        let r = Command.watchline(args, in: Repo.root)
        #expect(r.status == 1, "\(args): \(r.all)")
        #expect(r.stderr.hasPrefix("error: "), "\(r.stderr)")
        #expect(!r.stderr.contains("Usage:") && !r.stderr.contains("USAGE:"), "\(r.stderr)")
    }

    /// The operating system's error in the reader's language (glibc's texts are English here).
    @Test func aMissingFileIsSaidInChinese() {
        let r = Command.watchline(["run", Self.rules, "--records", "nope.jsonl", "--as-of", "2022-06-30"], in: Repo.root,
                                  environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr == "error: 无法打开“nope.jsonl”：文件不存在\n", "\(r.stderr)")
    }

    /// bench times the households it can read and says how many records it could not.
    @Test func benchSaysWhatItCouldNotRead() {
        let r = Command.watchline(["bench", Self.rules, "--records", "Examples/lieshan-2022/bad-records.jsonl", "--reps", "1", "--as-of", "2022-06-30"], in: Repo.root)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stderr.contains("warning: 7 records of Examples/lieshan-2022/bad-records.jsonl cannot be read and are not timed"), "\(r.stderr)")
    }

    /// --sheet asked of a JSON file would be ignored: it is an error instead.
    @Test func aSheetOfAJSONFileIsAnError() {
        let r = Command.watchline(["run", Self.rules, "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--sheet", "户信息"], in: Repo.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("--sheet, --members-sheet and --header-row go with a workbook or CSV file"), "\(r.stderr)")
    }

    /// explain of an id the file gives twice explains the first record and says where the other is.
    @Test func explainOfARepeatedIDSaysSo() {
        let r = Command.watchline(["explain", Self.rules, "--records", "Examples/lieshan-2022/bad-records.jsonl", "--id", "340604-BAD-01", "--as-of", "2022-06-30"], in: Repo.root)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stderr.contains("household '340604-BAD-01' appears more than once in Examples/lieshan-2022/bad-records.jsonl: the record on line 1 is the one used (again on line 5)"), "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Household 340604-BAD-01"), "\(r.stdout)")
    }
}
