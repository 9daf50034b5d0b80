import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// Issue 19 in the REPL: `:param` takes a parameter's label and a clerk's number, and `:param`
/// and `:set` echo the name as the officer typed it, with the id or path it stands for.
@Suite struct ParamByLabelReplTests {
    static let label = "年度监测范围（家庭人均纯收入）"

    func session() throws -> ReplSession {
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)
        _ = try s.loadRecords(Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil)
        #expect(s.handle(":use 340604-GR-0006").ok)
        return s
    }

    @Test func paramByLabelSetsTheParameterAndEchoesTheLabelWithTheID() throws {
        let s = try session()
        let o = s.handle(":param \(Self.label) = 7,500")
        #expect(o.ok, "\(o.text)")
        let lines = o.text.components(separatedBy: "\n")
        #expect(lines.first == "warning: :param \(Self.label): read '7,500' as 7500", "\(o.text)")
        #expect(lines.dropFirst().first == "\(Self.label) (params.监测范围) = 7500 (what-if; was 7000)", "\(o.text)")
        #expect(s.overrides == ["监测范围": .number(7500_000000, isInt: true)])
        // The same decision as by id.
        let byID = try session()
        let i = byID.handle(":param 监测范围 = 7500")
        #expect(i.text.hasPrefix("params.监测范围 = 7500 (what-if; was 7000)\n"), "\(i.text)")
        #expect(i.text.components(separatedBy: "\n").dropFirst() == lines.dropFirst(2))
        #expect(s.handle(":impact").text == byID.handle(":impact").text)
    }

    @Test func paramErrorsNameTheParameter() throws {
        let s = try session()
        let unknown = s.handle(":param 年度监测范围（家庭人均收入） = 7500")
        #expect(!unknown.ok && unknown.text.contains("did you mean '\(Self.label)'?"), "\(unknown.text)")
        let wrong = s.handle(":param 监测范围 = abc")
        #expect(!wrong.ok && wrong.text.contains(":param 监测范围: 'abc' is not a number"), "\(wrong.text)")
        #expect(s.overrides.isEmpty)
    }

    @Test func setByLabelEchoesTheLabelWithThePath() throws {
        let s = try session()
        let o = s.handle(":set 上年度家庭人均纯收入 = 7,200")
        #expect(o.ok && o.text.hasPrefix("上年度家庭人均纯收入 (income.net_per_capita) = 7200 (what-if; :reset drops it)\n"), "\(o.text)")
        let byPath = s.handle(":set income.net_per_capita = 7200")
        #expect(byPath.text.hasPrefix("income.net_per_capita = 7200 (what-if"), "\(byPath.text)")
    }

    /// The command under LANG=zh_CN (a process: the catalogue's language is process-wide).
    @Test func underChineseTheEchoesAreChinese() {
        let r = Command.watchline(["repl", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl", "--as-of", "2022-06-30"],
                                  in: Repo.root,
                                  stdin: ":use 340604-GR-0006\n:param \(Self.label) = 7,500\n:set 上年度家庭人均纯收入 = 7,200\n:param 监测范围 = abc\n:quit\n",
                                  environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(r.all.contains("warning: :param \(Self.label)：已将“7,500”读作 7500"), "\(r.all)")
        #expect(r.all.contains("\(Self.label)（params.监测范围） = 7500（假设；原为 7000）"), "\(r.all)")
        #expect(r.all.contains("上年度家庭人均纯收入（income.net_per_capita） = 7200（假设；:reset 撤销）"), "\(r.all)")
        #expect(r.all.contains(":param 监测范围：“abc”不是数字"), "\(r.all)")
        let leaks = ChineseOutputTests.englishSentences(r.all)
        #expect(leaks.isEmpty, "\(leaks)")
    }
}
