import Testing
@testable import WatchlineSyntax
@testable import WatchlineEngine

/// `:help` in both languages: every command, with the same examples; the Chinese list has no
/// English words but the commands, the field and parameter names and the examples themselves.
@Suite struct ReplHelpTests {
    @Test func bothListsNameEveryCommand() {
        for c in ReplSession.commands {
            #expect(ReplSession.help.contains(c), "\(c) missing from :help")
            #expect(ReplSession.helpChinese.contains(c), "\(c) missing from the Chinese :help")
        }
    }

    @Test func theChineseListHasNoEnglishSentence() {
        // Words of three or more ASCII letters that may appear: commands, names and examples.
        let allowed: Set<String> = ["params", "add_workdays", "date", "use", "show", "income", "set", "net_per_capita",
                                    "param", "decide", "impact", "reset", "reload", "save", "test", "yaml", "list", "file",
                                    "vehicles", "csv", "help", "functions", "quit", "lists", "GR"]
        var words: [String] = []
        var current = ""
        for u in ReplSession.helpChinese.unicodeScalars {
            if ("a"..."z").contains(u) || ("A"..."Z").contains(u) || u == "_" { current.unicodeScalars.append(u); continue }
            if current.count >= 3 { words.append(current) }
            current = ""
        }
        #expect(words.filter { !allowed.contains($0) } == [])
        #expect(MessageCatalogue.format(.replBanner, ["r.yaml", "2022-06-30"], chinese: true).contains("评估日期 2022-06-30"))
    }
}
