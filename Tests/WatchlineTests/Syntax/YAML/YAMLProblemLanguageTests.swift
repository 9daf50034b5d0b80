import Testing
@testable import WatchlineSyntax

/// libyaml's problems worded in both languages (issue 19): its own texts through the Chinese
/// table, and the two a clerk's editor causes (a tab indent, a full-width colon) named at their line.
@Suite struct YAMLProblemLanguageTests {
    static func first(_ yaml: String) -> Diagnostic? {
        YAMLReader.parse(yaml, path: "r.yaml").diagnostics.first
    }

    @Test func aTabIndentInBothLanguages() throws {
        let d = try #require(Self.first("ruleset:\n\tid: x\n"))
        #expect(d.message(chinese: false) == "YAML syntax: tab characters cannot indent YAML — use spaces")
        #expect(d.message(chinese: true) == "YAML 语法错误：制表符不能用于 YAML 缩进，请用空格")
        #expect(d.span?.start.line == 2 && d.span?.start.column == 1)
    }

    @Test func aFullWidthColonAtItsOwnLine() throws {
        let d = try #require(Self.first("watchline: 1\nruleset：\n  id: x\n"))
        #expect(d.message(chinese: false) == "YAML syntax: full-width colon '：' — use ':' (and a space after it)")
        #expect(d.message(chinese: true) == "YAML 语法错误：使用了全角冒号“：”，请改为半角“:”（其后加一个空格）")
        #expect(d.span?.start.line == 2 && d.span?.start.column == 8)
    }

    @Test func libyamlsOwnProblemInBothLanguages() throws {
        // A value after a plain scalar key on one line: libyaml's "mapping values are not allowed".
        let d = try #require(Self.first("a: b: c\n"))
        #expect(d.message(chinese: false) == "YAML syntax: mapping values are not allowed in this context")
        #expect(d.message(chinese: true) == "YAML 语法错误：此处不允许映射值（“键: 值”中的冒号）")
    }

    @Test func aProblemWithItsContextInBothLanguages() throws {
        let d = try #require(Self.first("a:\n  b: 1\n c: 2\n"))
        let en = d.message(chinese: false), zh = d.message(chinese: true)
        #expect(en.hasPrefix("YAML syntax: did not find expected key (while parsing a block mapping"), "\(en)")
        #expect(zh.hasPrefix("YAML 语法错误：找不到应有的键"), "\(zh)")
        #expect(zh.contains("解析块映射时"), "\(zh)")
        #expect(!ChineseText.hasEnglishWords(zh), "\(zh)")
    }

    @Test func everyTranslationIsChinese() {
        for (en, zh) in LibYAMLProblems.table {
            #expect(!ChineseText.hasEnglishWords(zh), "\(en) → \(zh)")
        }
    }
}

/// Three or more ASCII letters in a row, other than the names YAML itself uses (YAML, UTF, URI, RE2, TAG).
enum ChineseText {
    static func hasEnglishWords(_ text: String) -> Bool {
        let allowed: Set<String> = ["YAML", "UTF", "URI", "TAG", "Unicode", "Tab"]
        var current = ""
        for u in (text + " ").unicodeScalars {
            if ("a"..."z").contains(u) || ("A"..."Z").contains(u) { current.unicodeScalars.append(u); continue }
            if current.count >= 3 && !allowed.contains(current) { return true }
            current = ""
        }
        return false
    }
}
