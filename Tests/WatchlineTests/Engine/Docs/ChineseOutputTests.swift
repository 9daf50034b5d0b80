import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Under a Chinese locale the officer reads no English sentence (issue 19, item 4): the run
/// summary, explain, a failing test and the timeline table, as the command prints them.
@Suite struct ChineseOutputTests {
    static let binary = Command.binary

    /// The command under a Chinese locale, its stdout and stderr together.
    static func run(_ args: [String]) throws -> String {
        Command.watchline(args, in: Repo.root, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]).all
    }

    /// Three English words in a row (rule ids, field paths and file names have no spaces).
    static func englishSentences(_ text: String) -> [String] {
        let re = try! NSRegularExpression(pattern: "[A-Za-z]{2,}( [A-Za-z]{2,}){2,}")
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
    }

    @Test(arguments: [
        ["run", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--output", FileManager.default.temporaryDirectory.path + "/wl-zh-run.jsonl"],
        ["explain", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--id", "340604-GR-0007", "--as-of", "2022-06-30"],
        ["test", "Rules/anhui/lieshan-2022.test.yaml", "--as-of", "2023-06-30"],
        ["test", "Rules/anhui/lieshan-2022.test.yaml", "--clauses"],
        ["run", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--format", "table"],
        ["diff", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--param", "监测范围=7500", "--list"],
        ["timeline", "Rules/anhui/lieshan-2022.yaml", "--cases", "Examples/lieshan-2022/cases.jsonl", "--as-of", "2022-05-20", "--format", "table"],
    ])
    func noEnglishSentence(_ args: [String]) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build the command first (swift build)")
        let text = try Self.run(args)
        #expect(!text.isEmpty)
        let leaks = Self.englishSentences(text)
        #expect(leaks.isEmpty, "\(args[0]): \(leaks)")
    }

    /// The terminal table: Chinese headings, 是/否/待定, lists joined with 、, a missing field by its label.
    @Test func runTableInTheOfficersWords() throws {
        let text = try Self.run(["run", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--format", "table"])
        let lines = text.split(separator: "\n")
        #expect(lines.first?.hasPrefix("户编号") == true && lines.first?.contains("缺少的数据/错误") == true, "\(lines.first ?? "")")
        #expect(lines.contains { $0.hasPrefix("340604-GR-0002") && $0.contains(" 是 ") && $0.contains("产业帮扶、就业帮扶") }, "\(text)")
        #expect(lines.contains { $0.hasPrefix("340604-GR-0031") && $0.contains("待定") && $0.contains("上年度家庭人均纯收入") }, "\(text)")
        #expect(!text.contains("true") && !text.contains("false") && !text.contains("income."), "\(text)")
    }

    /// diff's changed households, before → after, in words: no `monitored=false`, no `|`.
    @Test func diffHouseholdsInTheOfficersWords() throws {
        let text = try Self.run(["diff", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30", "--param", "监测范围=7500", "--list"])
        #expect(text.contains("340604-GR-0006，2 人\n    监测对象：否；风险：低收入；持续跟踪关注\n    → 监测对象：是；监测类型：监测对象；风险：低收入；帮扶措施：产业帮扶、就业帮扶"), "\(text)")
        #expect(!text.contains("monitored=") && !text.contains("persons"), "\(text)")
    }

    /// compare names each department's list by its label and an invalid ID number's reason in words.
    @Test func compareInTheOfficersWords() throws {
        let lists = ["vehicles", "public_servants", "companies", "real_estate"].flatMap { ["--list-file", "\($0)=Examples/linyi-2020/\($0).csv"] }
        let text = try Self.run(["compare", "Rules/shandong/linyi-2020.yaml", "--records", "Examples/linyi-2020/households.jsonl", "--as-of", "2020-06-30"] + lists)
        #expect(text.contains("名单 车辆登记信息（vehicles，公安交管，Examples/linyi-2020/vehicles.csv）"), "\(text)")
        #expect(text.contains("身份证号无效  371321********9040（校验码不符）"), "\(text)")
        #expect(!text.contains("check_character"), "\(text)")
    }

    /// compare counts the household records it could not read (none is dropped unseen).
    @Test func compareCountsUnreadableRecords() {
        let r = Command.watchline(["compare", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/bad-records.jsonl", "--as-of", "2022-06-30",
                                   "--list-file", "medical=Examples/lieshan-2022/medical.csv"], in: Repo.root)
        #expect(r.all.contains("household records that cannot be read and were not compared: 7"), "\(r.all)")
    }
}
