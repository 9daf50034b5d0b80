import Foundation
import Testing

/// `watchline check` on a rule file with a tab indent or a full-width colon: the plain words, at
/// the line of the tab or the colon, in English under LANG=C and in Chinese under LANG=zh_CN.
@Suite struct YAMLEditorHabitsCLITests {
    static func check(_ yaml: String, chinese: Bool) throws -> (status: Int32, output: String, path: String) {
        let path = temporaryFile("habits.yaml", yaml)
        let lang = chinese ? "zh_CN.UTF-8" : "C.UTF-8"
        let r = Command.watchline(["check", path], in: Repo.root, environment: ["LANG": lang, "LC_ALL": lang])
        return (r.status, r.stdout + r.stderr, path)
    }

    @Test(arguments: [false, true])
    func aTabIndent(chinese: Bool) throws {
        let r = try Self.check("watchline: 1\nruleset:\n\tid: x\n", chinese: chinese)
        #expect(r.status != 0)
        let words = chinese ? "YAML 语法错误：制表符不能用于 YAML 缩进，请用空格" : "YAML syntax: tab characters cannot indent YAML — use spaces"
        #expect(r.output.contains(r.path + ":3:1: error: \(words)"), "\(r.output)")
    }

    @Test(arguments: [false, true])
    func aFullWidthColon(chinese: Bool) throws {
        let r = try Self.check("watchline: 1\nruleset：\n  id: x\n", chinese: chinese)
        #expect(r.status != 0)
        let words = chinese ? "YAML 语法错误：使用了全角冒号“：”，请改为半角“:”（其后加一个空格）"
            : "YAML syntax: full-width colon '：' — use ':' (and a space after it)"
        #expect(r.output.contains(r.path + ":2:8: error: \(words)"), "\(r.output)")
    }
}
