import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// Issue 19: under Chinese the REPL's answers (the one-line decision after :use/:set/:param,
/// what-ifs, errors) carry no English sentence.
@Suite struct ReplChineseTests {
    /// The command under LANG=zh_CN (a process: the catalogue's language is process-wide).
    @Test func aChineseSessionAnswersInChinese() throws {
        #expect(FileManager.default.isExecutableFile(atPath: ChineseOutputTests.binary), "build the command first (swift build)")
        let commands = [":use 340604-GR-0006", ":show income", ":set 上年度家庭人均纯收入 = 6000", ":set 上年度家庭人均纯收入 = 7,200",
                        ":param 监测范围 = 7500", ":reset", ":as-of 2022-07-01", ":use 340604-GR-9999", ":show 没有这个字段", ":nonsense", ":quit"]
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ChineseOutputTests.binary)
        p.arguments = ["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30"]
        p.currentDirectoryURL = URL(fileURLWithPath: Repo.root)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "zh_CN.UTF-8"; env["LC_ALL"] = "zh_CN.UTF-8"
        p.environment = env
        let input = Pipe(), out = Pipe()
        p.standardInput = input; p.standardOutput = out; p.standardError = out
        try p.run()
        input.fileHandleForWriting.write(Data((commands.joined(separator: "\n") + "\n").utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(text.contains("不纳入监测") && text.contains("风险：") && text.contains("纳入监测；监测对象"), "\(text)")
        let leaks = ChineseOutputTests.englishSentences(text)
        #expect(leaks.isEmpty, "\(leaks)\n\(text)")
    }
}
