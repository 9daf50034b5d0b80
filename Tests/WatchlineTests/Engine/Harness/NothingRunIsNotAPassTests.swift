import Foundation
import Testing

/// `watchline test` never reports success for a run that tested nothing it was asked to: a rule
/// file that does not load fails its test file even with no cases; a test file named but not there
/// is an error; a --filter that matches no case is an error.
@Suite struct NothingRunIsNotAPassTests {
    @Test func aRuleFileThatDoesNotLoadFailsATestFileWithNoCases() {
        let file = temporaryFile("empty.test.yaml", "watchline: 1\ntests:\n  rules: nope.yaml\n  as_of: 2022-06-30\ncases: []\n")
        let r = Command.watchline(["test", file], in: Repo.root)
        #expect(r.status == 1, "\(r.all)")
        #expect(r.all.contains("FAIL \(file)") && r.all.contains("nope.yaml"), "\(r.all)")
        #expect(r.all.contains("1 test files fail with errors"), "\(r.all)")
    }

    @Test func aTestFileNamedButNotThereIsAnError() {
        let r = Command.watchline(["test", "no-such.test.yaml"], in: Repo.root, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("无法读取“no-such.test.yaml”：文件不存在"), "\(r.all)")
    }

    @Test func aFilterMatchingNoCaseIsAnError() {
        let r = Command.watchline(["test", "Rules/anhui/lieshan-2022.test.yaml", "--filter", "没有这个用例"], in: Repo.root)
        #expect(r.status == 1)
        #expect(r.stderr.contains("--filter '没有这个用例' matches no case"), "\(r.all)")
    }

    @Test func aFilterMatchingSomeCasesRunsThem() {
        let r = Command.watchline(["test", "Rules/anhui/lieshan-2022.test.yaml", "--filter", "二、(三)"], in: Repo.root)
        #expect(r.status == 0, "\(r.all)")
        #expect(r.stdout.contains("PASS Rules/anhui/lieshan-2022.test.yaml"), "\(r.all)")
    }
}
