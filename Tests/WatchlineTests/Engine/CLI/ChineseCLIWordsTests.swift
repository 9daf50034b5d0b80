import Foundation
import Testing

/// The CLI's own words under a Chinese locale (issue 19): `check`'s verdict, `history`'s list of
/// runs and one household's path, `bench`'s figures, `test --boundaries`' errors and a bad `--lang` are worded from the
/// catalogue; under LANG=C they read as before.
@Suite struct ChineseCLIWordsTests {
    static let zh = ChineseHelpTests.zh
    static let lieshan = "Rules/anhui/lieshan-2022.yaml"
    static let examples = "Examples/lieshan-2022/households.jsonl"

    static func expectNoEnglish(_ text: String, _ what: String) {
        let leaks = ChineseOutputTests.englishSentences(text)
        #expect(leaks.isEmpty, "\(what): \(leaks)")
    }

    @Test func checkOfACleanRuleFileSaysPassed() {
        let r = Command.watchline(["check", Self.lieshan, "--as-of", "2022-06-30"], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout == "\(Self.lieshan)：检查通过\n", "\(r.all)")
        let en = Command.watchline(["check", Self.lieshan, "--as-of", "2022-06-30"], in: Repo.root)
        #expect(en.stdout == "\(Self.lieshan): ok\n")
    }

    /// The kind of file and the count of warnings, in Chinese (today's date is past the file's
    /// last value of 监测范围: one warning).
    @Test func checkNamesTheKindOfFileAndTheWarnings() {
        let files = ["Rules/schema/household.yaml", "Rules/calendars/cn.yaml", "Rules/anhui/lieshan-2022.test.yaml"]
        let r = Command.watchline(["check"] + files + [Self.lieshan, "--as-of", "2030-06-30"], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.contains("Rules/schema/household.yaml：检查通过（数据结构文件）"), "\(r.stdout)")
        #expect(r.stdout.contains("Rules/calendars/cn.yaml：检查通过（工作日历文件）"), "\(r.stdout)")
        #expect(r.stdout.contains("Rules/anhui/lieshan-2022.test.yaml：检查通过（政策测试文件）"), "\(r.stdout)")
        #expect(r.stdout.contains("\(Self.lieshan)：检查通过（1 条警告）"), "\(r.stdout)")
        Self.expectNoEnglish(r.all, "check")
        let en = Command.watchline(["check"] + files + [Self.lieshan, "--as-of", "2030-06-30"], in: Repo.root)
        #expect(en.stdout.contains("Rules/schema/household.yaml: ok (schema)") && en.stdout.contains("\(Self.lieshan): ok (1 warning)"), "\(en.stdout)")
    }

    @Test func historyListsItsRunsInChinese() throws {
        let dir = try Command.copyOfRepository([])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let db = dir + "/office.sqlite"
        let run = Command.watchline(["run", Self.lieshan, "--records", Self.examples, "--as-of", "2022-06-30", "--output", dir + "/out.jsonl",
                                     "--history", db, "--quiet"], in: Repo.root)
        #expect(run.status == 0, "\(run.all)")
        let r = Command.watchline(["history", "--db", db], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0, "\(r.all)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 1, "\(r.stdout)")
        let line = String(lines.first ?? "")
        #expect(line.hasPrefix("第 1 次运行\t记录于 "), "\(line)")
        #expect(line.contains("\t评估日期 2022-06-30\t\(Self.lieshan)\t\(Self.examples)\t共 46 户，纳入监测 "), "\(line)")
        #expect(!line.contains(" households,") && !line.contains(" monitored"), "\(line)")
        let en = Command.watchline(["history", "--db", db], in: Repo.root)
        #expect(en.stdout.hasPrefix("1\t") && en.stdout.contains("\t2022-06-30\t\(Self.lieshan)\t\(Self.examples)\t46 households, "), "\(en.stdout)")
        // One household's path: its decision and what happened, in words.
        let path = Command.watchline(["history", "--db", db, "--id", "340604-GR-0006"], in: Repo.root, environment: Self.zh)
        #expect(path.status == 0, "\(path.all)")
        #expect(path.stdout.contains("监测对象：否") && path.stdout.contains("[首次记录]"), "\(path.stdout)")
        Self.expectNoEnglish(path.stdout, "history --id")
        #expect(!path.stdout.contains("monitored:") && !path.stdout.contains("first recorded"), "\(path.stdout)")
        let enPath = Command.watchline(["history", "--db", db, "--id", "340604-GR-0006"], in: Repo.root)
        #expect(enPath.stdout.contains("monitored: no") && enPath.stdout.contains("[first recorded]"), "\(enPath.stdout)")
        // A database that is not there: the file's error, in Chinese too.
        let missing = Command.watchline(["history", "--db", dir + "/none.sqlite"], in: Repo.root, environment: Self.zh)
        #expect(missing.status == 1 && missing.stderr.contains("文件不存在"), "\(missing.all)")
    }

    @Test func boundariesErrorsAreChinese() throws {
        let noHousehold = Command.watchline(["test", "--boundaries", Self.lieshan, "--records", Self.examples, "--from", "340604-GR-9999",
                                             "--as-of", "2022-06-30"], in: Repo.root, environment: Self.zh)
        #expect(noHousehold.status != 0)
        #expect(noHousehold.stderr.contains("\(Self.examples) 中没有农户“340604-GR-9999”"), "\(noHousehold.all)")
        // A file with no JSON line in it (a rule file given by mistake).
        let noJSON = Command.watchline(["test", "--boundaries", Self.lieshan, "--records", Self.lieshan, "--as-of", "2022-06-30"],
                                       in: Repo.root, environment: Self.zh)
        #expect(noJSON.status != 0)
        #expect(noJSON.stderr.contains("\(Self.lieshan) 中没有 JSON 格式的农户记录"), "\(noJSON.all)")
        let fromAlone = Command.watchline(["test", "--boundaries", Self.lieshan, "--from", "340604-GR-0001", "--as-of", "2022-06-30"],
                                          in: Repo.root, environment: Self.zh)
        #expect(fromAlone.stderr.contains("--from 需要同时给出 --records（.jsonl 示例数据文件）"), "\(fromAlone.all)")
        for r in [noHousehold, noJSON, fromAlone] { #expect(!r.stderr.contains("no household") && !r.stderr.contains("examples file"), "\(r.stderr)") }
        let en = Command.watchline(["test", "--boundaries", Self.lieshan, "--records", Self.lieshan, "--as-of", "2022-06-30"], in: Repo.root)
        #expect(en.stderr.contains("no JSON household in \(Self.lieshan)"), "\(en.all)")
    }

    @Test func benchFiguresAreChinese() {
        let r = Command.watchline(["bench", Self.lieshan, "--records", Self.examples, "--reps", "1", "--as-of", "2022-06-30"], in: Repo.root, environment: Self.zh)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.hasPrefix("共 46 户\n评估（单核）："), "\(r.stdout)")
        for word in ["户/秒", "完整运行：", "内存峰值："] { #expect(r.stdout.contains(word), "\(word): \(r.stdout)") }
        Self.expectNoEnglish(r.stdout, "bench")
    }

    @Test func aBadLangIsSaidInTheLocalesLanguage() {
        let r = Command.watchline(["--lang", "fr", "check", Self.lieshan], in: Repo.root, environment: Self.zh)
        #expect(r.status == 64)
        #expect(r.stderr == "error: --lang 应为 zh 或 en\n", "\(r.stderr)")
        let en = Command.watchline(["--lang", "fr", "check", Self.lieshan], in: Repo.root)
        #expect(en.stderr == "error: --lang takes zh or en\n", "\(en.stderr)")
    }
}
