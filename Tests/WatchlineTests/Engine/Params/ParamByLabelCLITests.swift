import Foundation
import Testing
@testable import WatchlineEngine

/// Issue 19: `--param` names a parameter by its id or its label (with or without `params.`),
/// takes a number as a clerk types it (saying once on stderr what it read), and a value that
/// is not a number, or a name of no parameter, is an error at the flag.
@Suite struct ParamByLabelCLITests {
    static let label = "年度监测范围（家庭人均纯收入）"   // the label of 监测范围 in the Lieshan file

    func diff(_ param: String, zh: Bool = false) -> Command.Result {
        let env = zh ? ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"] : [:]
        return Command.watchline(["diff", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/households.jsonl",
                                  "--as-of", "2022-06-30", "--param", param, "--list", "--quiet"], in: Repo.root, environment: env)
    }

    @Test func aLabelAndAClerksNumberGiveTheChangesTheIdAndPlainNumberGive() {
        let byID = diff("监测范围=7500")
        #expect(byID.status == 0, "\(byID.stderr)")
        #expect(byID.stdout.contains("became monitored") && byID.stdout.contains("340604-GR-0006"), "\(byID.stdout)")
        #expect(!byID.stderr.contains("--param"), "a plain value is read without a word: \(byID.stderr)")
        let byLabel = diff(Self.label + "=7,500")
        #expect(byLabel.status == 0, "\(byLabel.stderr)")
        #expect(byLabel.stdout == byID.stdout)
        let said = byLabel.stderr.components(separatedBy: "\n").filter { $0.contains("--param") }
        #expect(said == ["warning: --param \(Self.label): read '7,500' as 7500"], "\(byLabel.stderr)")
        // The other ways of typing the same what-if.
        for typed in ["监测范围=７５００", "监测范围= 7500 ", "params.监测范围=0.75万", "params.\(Self.label)=7500", "年度监测范围(家庭人均纯收入)=7500"] {
            let r = diff(typed)
            #expect(r.status == 0 && r.stdout == byID.stdout, "\(typed): \(r.stderr)")
        }
    }

    @Test func anUnknownNameSuggestsTheLabelItIsNear() {
        let r = diff("年度监测范围（家庭人均收入）=7500")
        #expect(r.status == 1 && r.stdout.isEmpty)
        #expect(r.stderr.contains("error: --param 年度监测范围（家庭人均收入）: the rule file has no parameter with the id or label '年度监测范围（家庭人均收入）'; did you mean '\(Self.label)'?"), "\(r.stderr)")
        // Near an id: the id.
        #expect(diff("监测范=7500").stderr.contains("did you mean '监测范围'?"))
    }

    @Test func aValueThatIsNotANumberIsTheParametersError() {
        let r = diff("监测范围=abc")
        #expect(r.status == 1 && r.stdout.isEmpty)
        let errors = r.stderr.components(separatedBy: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors == ["error: --param 监测范围: 'abc' is not a number, but parameter '监测范围' is a number in the rule file; write the value in digits, e.g. --param 监测范围=7000"], "\(r.stderr)")
        // By label, the message names it as typed, and the id.
        let l = diff(Self.label + "=七千五")
        #expect(l.status == 1 && l.stderr.contains("error: --param \(Self.label): '七千五' is not a number, but parameter '监测范围'"), "\(l.stderr)")
    }

    @Test func underChineseTheMessagesAreChinese() {
        let read = diff(Self.label + "=7,500", zh: true)
        #expect(read.status == 0)
        #expect(read.stderr.contains("warning: --param \(Self.label)：已将“7,500”读作 7500"), "\(read.stderr)")
        let unknown = diff("年度监测范围（家庭人均收入）=7500", zh: true)
        #expect(unknown.stderr.contains("规则文件中没有编号或名称为“年度监测范围（家庭人均收入）”的参数；是否应为“\(Self.label)”？"), "\(unknown.stderr)")
        let wrong = diff("监测范围=abc", zh: true)
        #expect(wrong.stderr.contains("error: --param 监测范围：“abc”不是数字，而规则文件中参数“监测范围”是数值；请用阿拉伯数字填写，例如 --param 监测范围=7000"), "\(wrong.stderr)")
        for r in [read, unknown, wrong] {
            let leaks = ChineseOutputTests.englishSentences(r.stderr)
            #expect(leaks.isEmpty, "\(leaks)")
        }
    }
}
