import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 17.2: `matches` runs RE2's patterns in linear time (Runtime/Regex/), compiles a literal
/// pattern once when the rule file is loaded, and refuses what RE2 does not have.
@Suite struct RegexTests {
    func matches(_ pattern: String, _ text: String) throws -> Bool { try RegexProgram(pattern).matches(text) }

    @Test("17.2 ^(a+)+$ on a×40+! answers at once: the matcher never backtracks")
    func catastrophicPatternsRunInLinearTime() throws {
        let evil = String(repeating: "a", count: 40) + "!"
        #expect(try !matches("^(a+)+$", evil))
        #expect(try !matches("(a|a)*b", evil))
        #expect(try !matches("(a*)*(b|c)", String(repeating: "a", count: 100_000)))
        #expect(try matches("^(a+)+$", String(repeating: "a", count: 100_000)))
        // Through the language: a literal pattern, and one read from the record.
        let loaded = HardeningRuntimeTests.load("""
            risks:
              字面: { when: 'village.matches("^(a+)+$")' }
              字段: { when: 'village.matches(town)' }
            """)
        let r = try #require(loaded.compiled, "\(loaded.diagnostics)")
        let out = try HardeningRuntimeTests.run(r, [#"{"id":"A","village":"\#(evil)","town":"^(a+)+$"}"#,
                                                    #"{"id":"B","village":"aaa","town":"^(a+)+$"}"#,
                                                    #"{"id":"C","village":"x","town":"(a"}"#])
        #expect(out.count == 3)
        #expect(out[0].errors.isEmpty && out[0].decision?.monitored == false)
        #expect(out[1].errors.isEmpty && out[1].decision?.monitored == true)
        // An invalid pattern in a record is that record's error.
        #expect(out[2].errors.first?.contains("invalid or unsupported regular expression") == true, "\(out[2].errors)")
    }

    @Test("17.2 an invalid literal pattern fails check at its line, not every household")
    func invalidLiteralPatternFailsCheck() throws {
        let loaded = HardeningRuntimeTests.load("""
            parameters:
              村名: { value: "(?<=x)y" }
            risks:
              好: { when: 'village.matches("^[a-z]+村$")' }
              坏: { when: 'village.matches("[")' }
              参数: { when: village.matches(params.村名) }
            """)
        #expect(loaded.compiled == nil)
        let regex = loaded.diagnostics.filter { $0.id == .regexInvalid || $0.id == .regexUnsupported }
        #expect(regex.map(\.message) == ["invalid regular expression '[': missing closing ]",
                                         "regular expression '(?<=x)y' is not supported: '(?<=' is lookahead or lookbehind; RE2 patterns have none (they cannot be matched in linear time)"])
        #expect(regex.first?.span?.start.line == 8)
        #expect(regex.first?.span?.start.column == 31)
    }

    @Test("17.2 outside the subset is refused with the reason", arguments: [
        (#"(a)\1"#, "backreference"), (#"(?P<x>a)(?P=x)"#, "backreference"), (#"\k<x>"#, "backreference"),
        ("a(?=b)", "lookahead"), ("a(?!b)", "lookahead"), ("(?<!a)b", "lookbehind"), ("(?>a)", "atomic"),
        ("a*+", "possessive"), (#"\p{Han}"#, "Unicode classes"), (#"\pL"#, "Unicode classes"),
        ("*a", "nothing to repeat"), ("a**", "bad repetition"), ("a{1001}", "above 1000"), ("a{3,2}", "bad repetition"),
        ("(a", "missing closing )"), ("a)", "unexpected )"), ("[z-a]", "invalid range"), (#"\"#, "trailing"),
        (#"\q"#, "invalid escape"), ("[[:nope:]]", "unknown character class"), ("(?z)", "invalid group"),
        (String(repeating: "(", count: 300) + String(repeating: ")", count: 300), "nested deeper"),
        ("((a{1000}){1000}){1000}", "too large"),
    ])
    func refusedWithReason(pattern: String, reason: String) {
        do throws(RegexError) {
            _ = try RegexProgram(pattern)
            Issue.record("'\(pattern)' was accepted")
        } catch {
            #expect(error.reason.contains(reason), "'\(pattern)': \(error.reason)")
        }
    }

    @Test("17.2 RE2 semantics of the supported subset")
    func semantics() throws {
        let cases: [(String, String, Bool)] = [
            ("ubb", "hubba", true), ("", "", true), ("foo|bar", "", false), ("^abc$", "abc", true), ("^abc$", "abcd", false),
            ("^abc", "xabc", false), ("abc$", "abc\n", false), ("(?m)^b$", "a\nb\nc", true), ("^b$", "a\nb\nc", false),
            ("a.c", "a\nc", false), ("(?s)a.c", "a\nc", true), (".", "", false), ("a.c", "a中c", true),
            ("(?i)abc", "xABCx", true), ("(?i:a)b", "AB", false), ("(?i:a)b", "Ab", true), ("(?i)é", "É", true),
            ("[a-c]+$", "xxcab", true), ("[^a-c]", "abc", false), ("[^a-c]", "abcd", true), ("[]a]", "]", true),
            ("[a-]", "-", true), ("[\\d.]+", "3.5", true), ("^[[:alpha:]]+$", "abcXYZ", true), ("[[:^digit:]]", "123", false),
            ("\\d{3}-\\d{4}", "tel 555-1234", true), ("^\\d{2,3}$", "1234", false), ("^a{2,}$", "aaaa", true), ("^a{2}$", "aaa", false),
            ("^\\w+$", "a_1", true), ("^\\w+$", "中文", false), ("\\W", "ab c", true), ("\\W", "abc", false),
            ("\\s", "a\tb", true), ("^\\S+$", "a b", false), ("\\bcat\\b", "a cat!", true), ("\\bcat\\b", "concat", false),
            ("\\Bcat", "concat", true), ("\\Aab\\z", "ab", true), ("a*?b", "aaab", true), ("^(a|ab)(c|bcd)(d*)$", "abcd", true),
            ("colou?r", "color", true), ("\\x41\\x{42}", "AB", true), ("\\x{4E00}", "一", true), ("a\\.b", "axb", false),
            ("a\\.b", "a.b", true), ("\\Qa.b\\E", "axb", false), ("\\Qa.b\\E", "a.b", true), ("a{,2}", "a{,2}", true),
            ("x{", "x{", true), ("(?P<n>ab)+", "abab", true), ("(?<n>ab)", "ab", true), ("()", "x", true), ("(a|)b", "b", true),
            ("(|a)+$", "aa", true), ("^$", "", true), ("^$", "a", false), ("(a*)+$", "b", true), ("\\t\\n", "\t\n", true),
            ("^[一-龥]{2,4}村$", "赵集村", true), ("^[一-龥]{2,4}村$", "赵村", false), ("(?U)a+", "aaa", true),
        ]
        for (p, t, want) in cases {
            #expect(try matches(p, t) == want, "'\(t)'.matches('\(p)')")
        }
    }

    typealias Rand = SplitMix64

    static func pattern(_ r: inout Rand, depth: Int = 0) -> String {
        var out = ""
        for _ in 0..<(1 + r.below(3)) {
            var atom: String
            switch r.below(depth < 2 ? 10 : 7) {
            case 0, 1: atom = "a"
            case 2: atom = "b"
            case 3: atom = "."
            case 4: atom = "[ab]"
            case 5: atom = "[^a]"
            // (`\b` is left out: Swift's Regex treats the ends of an empty text as a word boundary, RE2 does not.)
            case 6: atom = ["^", "$"][r.below(2)]
            case 7: atom = "(" + pattern(&r, depth: depth + 1) + ")"
            case 8: atom = "(?:" + pattern(&r, depth: depth + 1) + "|" + pattern(&r, depth: depth + 1) + ")"
            default: atom = "(" + pattern(&r, depth: depth + 1) + "|)"
            }
            if !["^", "$"].contains(atom) {
                atom += ["", "", "*", "+", "?", "{1,2}", "{2}", "*?", "+?", "{0,1}"][r.below(10)]
            }
            out += atom
        }
        return out
    }

    @Test("17.2 the linear-time matcher agrees with a backtracking one on random patterns")
    func agreesWithBacktrackingReference() throws {
        var r = Rand(state: 17)
        var compared = 0
        for _ in 0..<400 {
            let p = Self.pattern(&r)
            guard let reference = try? Regex(p).matchingSemantics(.unicodeScalar) else { continue }
            guard let program = try? RegexProgram(p) else { Issue.record("refused '\(p)'"); continue }
            for _ in 0..<8 {
                let text = String((0..<r.below(8)).map { _ in "abc".randomElement(using: &r)! })
                #expect(program.matches(text) == text.contains(reference), "'\(text)'.matches('\(p)')")
                compared += 1
            }
        }
        #expect(compared > 2500)
    }
}

