import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Typed diagnostics: every message has its own id with an English and a Chinese template; a
/// diagnostic keeps its id and arguments and is worded when it is printed, in the language asked.
@Suite struct TypedDiagnosticsTests {
    /// The catalogue's entries as written in its source: id, English template, Chinese template.
    static func catalogueEntries() throws -> [(id: String, en: String, zh: String?)] {
        let text = try String(contentsOfFile: Repo.path("Sources/WatchlineSyntax/Diagnostics/MessageCatalogue.swift"), encoding: .utf8)
        let string = #""((?:[^"\\]|\\.)*)""#
        let re = try NSRegularExpression(pattern: #"MessageID\(""# + #"([^"]+)", en: "# + string + #"(?:, zh: "# + string + #")?\)"#)
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (ns.substring(with: m.range(at: 1)), ns.substring(with: m.range(at: 2)),
             m.range(at: 3).location == NSNotFound ? nil : ns.substring(with: m.range(at: 3)))
        }
    }

    static func placeholders(_ template: String) -> Set<String> {
        let re = try! NSRegularExpression(pattern: #"\{[0-9]+\}"#)
        let ns = template as NSString
        return Set(re.matches(in: template, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) })
    }

    /// (a) Every entry has a non-empty English and Chinese template with the same placeholders,
    /// its own id, and no message is declared outside the catalogue.
    @Test func everyMessageHasBothLanguages() throws {
        let text = try String(contentsOfFile: Repo.path("Sources/WatchlineSyntax/Diagnostics/MessageCatalogue.swift"), encoding: .utf8)
        let entries = try Self.catalogueEntries()
        let declared = text.components(separatedBy: "MessageID(\"").count - 1
        #expect(entries.count == declared, "an entry the test cannot read: \(declared) declared, \(entries.count) read")
        #expect(entries.count > 300)
        for e in entries {
            #expect(!e.en.isEmpty, "\(e.id): no English template")
            #expect(!(e.zh ?? "").isEmpty, "\(e.id): no Chinese template")
            #expect(Self.placeholders(e.en) == Self.placeholders(e.zh ?? ""), "\(e.id): the two templates take different arguments")
        }
        var seen = Set<String>()
        for e in entries { #expect(seen.insert(e.id).inserted, "\(e.id) is declared twice") }
        for file in repoFiles(under: "Sources", suffix: ".swift") where !file.hasSuffix("MessageCatalogue.swift") {
            let source = try String(contentsOfFile: file, encoding: .utf8)
            #expect(!source.contains("MessageID(\""), "\(file) declares a message outside the catalogue")
        }
    }

    /// The checker's messages are sentences of the catalogue, not "{0}" filled with English.
    @Test func checkerMessagesHaveRealTemplates() throws {
        let entries = try Self.catalogueEntries()
        #expect(!entries.contains { $0.id == "expr.type_mismatch" })
        for e in entries where (e.id.hasPrefix("expr.") && e.id != "expr.syntax") || e.id.hasPrefix("type.") {
            #expect(e.en.trimmingCharacters(in: .whitespaces) != "{0}", "\(e.id) has no template of its own")
            #expect(e.zh?.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } == true
                    || e.zh == e.en, "\(e.id): the Chinese template has no Chinese")
        }
    }

    static let typeError = """
        watchline: 1
        ruleset: { id: type-error }
        schema: ../schema/household.yaml
        risks:
          低收入:
            when: 'income.net_per_capita > "abc"'
        """

    /// (b) A type error checked under Chinese has no English sentence, and the same diagnostic
    /// printed once per language reads differently.
    @Test func typeErrorRendersInChinese() throws {
        let path = temporaryRules("type-error.yaml", Self.typeError)
        let sources = SourceStore()
        let result = Engine.checkFile(path, asOf: CivilDate(iso: "2022-06-30")!, sources: sources)
        #expect(!result.ok)
        let errors = result.diagnostics.filter(\.isError)
        let d = try #require(errors.first)
        #expect(d.id == .exprCannotOrder)
        let renderer = DiagnosticRenderer(sources: sources)
        let zh = renderer.render(errors, chinese: true), en = renderer.render(errors, chinese: false)
        #expect(ChineseOutputTests.englishSentences(zh).isEmpty, "\(zh)")
        #expect(zh.contains("类型不符") && zh.contains("数值") && zh.contains("文本"), "\(zh)")
        #expect(en.contains("cannot compare a number with text using '>'"), "\(en)")
        #expect(zh != en)
        #expect(d.message(chinese: true) != d.message(chinese: false))
        // The same value, whatever the language when it was made: the text is made when printed.
        #expect(d.args.count == 3)
    }

    /// Types are named in the language of the message, nested messages included.
    @Test func typeNamesFollowTheLanguage() {
        let list = describe(.list(.decimal))
        #expect(list.rendered(chinese: false) == "a list of numbers")
        #expect(list.rendered(chinese: true) == "数值列表")
        #expect(describe(.date).rendered(chinese: true) == "日期")
        #expect(describe(.bool).rendered(chinese: true).contains("布尔"))
        let d = Diagnostic(.exprWrongType, at: nil, describe(.bool), describe(.string))
        #expect(d.message(chinese: false) == "this must be a true/false value, but it is text")
        #expect(d.message(chinese: true) == "类型不符：此处应为真/假值（布尔），实际为文本")
    }

    /// (c) Different checker errors have different ids.
    @Test func differentErrorsHaveDifferentIDs() {
        let r = lieshan()
        let cases = ["income.net_per_capita > \"abc\"", "income.net_per_capita == \"abc\"", "!income.net_per_capita",
                     "size(1, 2)", "income.net_per_capita + true", "members.exists(m, m.age)", "\"a\"[0]", "date(\"2022-13-45\")"]
        var ids: [MessageID] = []
        for c in cases {
            let (_, _, diags) = Engine.evaluate(c, with: r, record: nil)
            let e = diags.first(where: \.isError)
            #expect(e != nil, "\(c) gives no error")
            if let e { ids.append(e.id) }
        }
        #expect(Set(ids).count == cases.count, "\(zip(cases, ids).map { "\($0.0): \($0.1)" })")
    }

    /// Fix-its are edits: made from the end backwards, one that overlaps another or whose text
    /// changed is not made.
    @Test func fixItEditorAppliesBackwards() {
        let text = "risks:\n  a:\n    wehn: income.net_per_captia < 7000 && income.net_per_captia > 0\n"
        func at(_ col: Int, _ len: Int) -> SourceSpan { SourceSpan(path: "f", start: .init(line: 3, column: col), end: .init(line: 3, column: col + len)) }
        let fixes = [
            FixIt(span: at(5, 4), replacement: "when", original: "wehn"),
            FixIt(span: at(11, 21), replacement: "income.net_per_capita", original: "income.net_per_captia"),
            FixIt(span: at(43, 21), replacement: "income.net_per_capita", original: "income.net_per_captia"),
            FixIt(span: at(9, 4), replacement: "x", original: ": in"),         // overlaps the one after it
            FixIt(span: at(1, 2), replacement: "y", original: "zz"),            // not there any more
        ]
        let r = FixItEditor.apply(fixes, to: text)
        #expect(r.text == "risks:\n  a:\n    when: income.net_per_capita < 7000 && income.net_per_capita > 0\n")
        #expect(r.applied.count == 3)
        #expect(r.skipped.count == 2)
    }

    @Test func rendererShowsFixIt() {
        let sources = SourceStore()
        sources.add(path: "r.yaml", text: "risks:\n  a:\n    wehn: x\n")
        let span = SourceSpan(path: "r.yaml", start: .init(line: 3, column: 5), end: .init(line: 3, column: 9))
        let d = Diagnostic(.unknownKey, at: span, .text("wehn"), .text("risk 'a'"), .message(.didYouMean, [.text("when")]),
                           fixIt: FixIt(span: span, replacement: "when"))
        let renderer = DiagnosticRenderer(sources: sources)
        #expect(renderer.render(d, chinese: false).contains("r.yaml:3:5: fix-it: replace 'wehn' with 'when'"))
        #expect(renderer.render(d, chinese: true).contains("修改建议：将“wehn”改为“when”"))
    }
}
