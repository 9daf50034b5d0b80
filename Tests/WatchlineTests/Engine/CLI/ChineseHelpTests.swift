import Foundation
import Testing

/// `--help` in Chinese (issue 19, "Chinese first, completely"): under LANG=zh_CN.UTF-8, with
/// `--lang zh`, and through `watchline help SUB`, the top command and every subcommand explain
/// themselves in Chinese; only swift-argument-parser's own words (USAGE:, "Show help
/// information.") stay English. Under LANG=C the help reads as before.
@Suite struct ChineseHelpTests {
    static let zh = ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"]

    /// The subcommands as the top command lists them (its configuration's `subcommands`), so a new
    /// one is covered without touching this test.
    static let subcommands: [String] = {
        let help = Command.watchline(["--help"], in: Repo.root).stdout
        guard let section = help.components(separatedBy: "SUBCOMMANDS:\n").last else { return [] }
        return section.split(separator: "\n").compactMap { line in
            // A subcommand's line is two spaces, its name, and its abstract; wrapped abstracts are indented further.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first,
                  name.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(name)
        }
    }()

    /// The top command (nil) and every subcommand.
    static let helpTargets: [String?] = [nil] + subcommands.map { Optional($0) }

    /// The help with the parser's words and the example command lines (what an officer types, as
    /// typed) taken out: what is left is the catalogue's text.
    static func catalogueText(_ help: String) -> String {
        help.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in
                let t = line.trimmingCharacters(in: .whitespaces)
                return !t.hasPrefix("watchline ") && !t.hasPrefix("USAGE:") && !t.hasPrefix("-h, --help")
                    && !t.hasPrefix("See 'watchline help")
            }
            .joined(separator: "\n")
            .replacingOccurrences(of: "OVERVIEW:", with: "").replacingOccurrences(of: "OPTIONS:", with: "")
            .replacingOccurrences(of: "ARGUMENTS:", with: "").replacingOccurrences(of: "SUBCOMMANDS:", with: "")
    }

    /// Columns a line takes on a terminal: Chinese characters and full-width punctuation take two.
    static func columns(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x2E80...0xA4CF).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0x3000...0x303F).contains(v) || v == 0x201C || v == 0x201D || v == 0x2026
            return n + (wide ? 2 : 1)
        }
    }

    static func hasChinese(_ text: String) -> Bool { text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }

    @Test func theSubcommandsAreThoseOfTheConfiguration() throws {
        // As many as Watchline.swift lists, so none is hidden from the help the other tests read.
        let source = try String(contentsOfFile: Repo.path("Sources/watchline/Watchline.swift"), encoding: .utf8)
        let list = try #require(source.range(of: #"subcommands: \[[^\]]*\]"#, options: .regularExpression))
        let declared = source[list].components(separatedBy: ".self").count - 1
        #expect(Self.subcommands.count == declared, "\(Self.subcommands)")
        #expect(Self.subcommands.contains("run") && Self.subcommands.contains("history"))
    }

    @Test(arguments: ChineseHelpTests.helpTargets)
    func helpIsChinese(_ sub: String?) {
        let name = sub ?? "watchline"
        let ways: [(String, [String], [String: String])] = [
            ("LANG=zh_CN.UTF-8 \(name) --help", (sub.map { [$0] } ?? []) + ["--help"], Self.zh),
            ("--lang zh \(name) --help", ["--lang", "zh"] + (sub.map { [$0] } ?? []) + ["--help"], [:]),
            ("LANG=zh_CN.UTF-8 help \(name)", ["help"] + (sub.map { [$0] } ?? []), Self.zh),
        ]
        let english = Command.watchline((sub.map { [$0] } ?? []) + ["--help"], in: Repo.root)
        for (way, args, env) in ways {
            let r = Command.watchline(args, in: Repo.root, environment: env)
            #expect(r.status == 0, "\(way): \(r.all)")
            let text = Self.catalogueText(r.stdout)
            let leaks = ChineseOutputTests.englishSentences(text)
            #expect(leaks.isEmpty, "\(way): English left: \(leaks)")
            #expect(Self.hasChinese(text), "\(way): no Chinese:\n\(r.stdout)")
            #expect(r.stdout != english.stdout, "\(way) prints the English help")
            // Chinese is broken into lines that fit the parser's 80 columns (its USAGE line is its own).
            let wide = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("USAGE:") && Self.columns($0) > 80 }
            #expect(wide.isEmpty, "\(way): lines wider than 80 columns: \(wide)")
        }
    }

    /// Under LANG=C the help is the English it was: abstracts, options and discussions.
    @Test func englishHelpStaysEnglish() {
        let top = Command.watchline(["--help"], in: Repo.root)
        #expect(top.stdout.contains("OVERVIEW: Run poverty-monitoring policy rules (防止返贫动态监测) over household"))
        #expect(top.stdout.contains("Evaluate every household: one result per input"))
        let run = Command.watchline(["run", "--help"], in: Repo.root)
        #expect(run.stdout.contains("Exit status: 0 every record decided; 2 some records carry errors"))
        #expect(run.stdout.contains("The date the decision is made on (YYYY-MM-DD); picks"))
        #expect(run.stdout.contains("--rules-root <DIR>"))
        #expect(!Self.hasChinese(run.stdout), "\(run.stdout)")
        // `--lang en` wins over a Chinese LANG.
        let en = Command.watchline(["--lang", "en", "run", "--help"], in: Repo.root, environment: Self.zh)
        #expect(en.stdout == run.stdout)
    }

    /// The Chinese help says the officer's words for what the options take.
    @Test func chineseHelpUsesTheOfficersWords() {
        let run = Command.watchline(["run", "--help"], in: Repo.root, environment: Self.zh).stdout
        for word in ["规则文件", "农户数据", "评估日期", "户编号", "身份证号"] { #expect(run.contains(word), "\(word): \(run)") }
        let test = Command.watchline(["test", "--help"], in: Repo.root, environment: Self.zh).stdout
        #expect(test.contains("边界用例") && test.contains("政策测试文件"), "\(test)")
    }
}
