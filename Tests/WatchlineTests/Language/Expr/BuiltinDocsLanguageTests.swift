import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// Every built-in is documented in both languages, and `:help functions` shows the language asked for.
@Suite struct BuiltinDocsLanguageTests {
    @Test func everyBuiltinHasBothLanguages() {
        for f in Builtins.all {
            let zh = Builtins.chineseDocs[f.name]
            #expect(zh != nil && zh != f.doc, "\(f.name) has no Chinese doc")
            #expect(f.docText.rendered(chinese: false) == f.doc)
            #expect(f.docText.rendered(chinese: true) == zh)
        }
        #expect(Set(Builtins.chineseDocs.keys) == Set(Builtins.all.map(\.name)), "a Chinese doc for no built-in")
    }

    @Test func theFunctionListInEachLanguage() {
        let en = ReplSession.functionsHelp(chinese: false), zh = ReplSession.functionsHelp(chinese: true)
        for f in Builtins.all {
            #expect(en.contains(f.doc))
            #expect(zh.contains(Builtins.chineseDocs[f.name] ?? "?"))
        }
        #expect(en.contains("min(a, b, …) or min(list)") && en.contains("(also double)"))
        #expect(zh.contains("min(a, b, …) 或 min(list)") && zh.contains("（又名 double）"))
        // Words of prose in the Chinese list: none, beyond the functions' own names and arguments.
        let names = Set(Builtins.all.flatMap { f in f.names + f.overloads.flatMap { $0.params.map(\.name) } } + ["eval", "true", "false", "list"])
        var current = "", prose: [String] = []
        for u in (zh + " ").unicodeScalars {
            if ("a"..."z").contains(u) || ("A"..."Z").contains(u) || u == "_" { current.unicodeScalars.append(u); continue }
            if current.count >= 3 && !names.contains(current) && current != "YYYY" { prose.append(current) }
            current = ""
        }
        #expect(prose == [], "\(prose)")
    }
}
