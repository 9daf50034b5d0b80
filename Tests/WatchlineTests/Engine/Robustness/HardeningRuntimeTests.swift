import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 17 (hardening), part A: the expression and runtime layer. Each test names its item.
@Suite struct HardeningRuntimeTests {
    static let schema = Repo.path("Rules/schema/household.yaml")

    /// Loads a rule file written here (the standard household schema; `body` is the rest).
    static func load(_ body: String, overrides: [String: ParamValue] = [:], sources: SourceStore = SourceStore()) -> Engine.Loaded {
        // In a temporary Rules/ folder beside a copy of the schema: paths stay inside the rules root.
        let text = "watchline: 1\nruleset: { id: t }\nschema: ../schema/household.yaml\n" + body
        return Engine.load(rules: temporaryRules("rules.yaml", text), asOf: CivilDate(iso: "2022-06-30")!, overrides: overrides, sources: sources)
    }

    /// Runs JSON lines through a compiled ruleset; one outcome per line.
    static func run(_ r: CompiledRuleset, _ lines: [String]) throws -> [Outcome] {
        let source = try RecordFiles.open(path: temporaryFile("h.jsonl", lines.joined(separator: "\n") + "\n"), members: nil, schema: r.schema)
        var out: [Outcome] = []
        ParallelRunner(ruleset: r).run(source) { o, _, _ in
            var o = o
            if let d = o.decision { o.errors += r.failureMessages(d) }   // as `run` writes them
            out.append(o)
        }
        return out
    }

    // MARK: 17.5 — check is linear in the number of definitions

    static func definitionsFile(_ n: Int, chain: Bool) -> String {
        var s = "definitions:\n  d0: income.net_per_capita\n"
        for i in 1..<n { s += chain ? "  d\(i): d\(i - 1) + 1\n" : "  d\(i): income.net_per_capita + \(i)\n" }
        return s + "risks:\n  r: { when: d\(n - 1) < 7000 }\n"
    }

    @Test("17.5 check of 8 000 definitions: merged with one lookup each, the graph visited once")
    func eightThousandDefinitionsCheckLinearly() throws {
        // The merge: one id lookup per element (it compared each with all before it).
        let span = SourceSpan(path: "x.yaml", line: 1, column: 1)
        func layer(_ n: Int) -> RuleLayer {
            var l = RuleLayer(path: "x.yaml")
            l.definitions = (0..<n).map { Definition(id: "d\($0)", expr: ExprText("1", origin: ExprOrigin(path: "x.yaml", start: .init(line: 1, column: 1))),
                                                     source: nil, provenance: Provenance(span: span)) }
            return l
        }
        var merger = LayerMerger()
        let merged = merger.merge([layer(8000), layer(8000)])
        #expect(merged.definitions.count == 8000)
        #expect(merger.lookups == 16_000)
        #expect(merged.definitions[7999].provenance.overrides.count == 1)

        // The dependency graph: each node of each definition once, each reference once.
        let defs = (0..<8000).map { i in ("d\(i)", ExprText(i == 0 ? "1" : "d\(i - 1) + 1", origin: ExprOrigin(path: "x.yaml", start: .init(line: 1, column: 1)))) }
        let index = Dictionary(uniqueKeysWithValues: defs.enumerated().map { ($1.0, $0) })
        let graph = DefinitionGraph(definitions: defs.map { (id: $0.0, text: $0.1) }, index: index)
        #expect(graph.order == Array(0..<8000))
        #expect(graph.visits == 1 + 7999 * 3 + 7999)   // nodes of `1`, `d + 1`; one visit per reference
        #expect(graph.cycles.isEmpty)

        // The whole check, end to end.
        let loaded = Self.load(Self.definitionsFile(8000, chain: false))
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.prefix(3))")
        #expect(loaded.compiled != nil)
    }

    @Test("17.5 a chain of 8 000 definitions is refused for its depth, not a stack overflow")
    func longDefinitionChainIsRefused() throws {
        let loaded = Self.load(Self.definitionsFile(8000, chain: true))
        #expect(loaded.compiled == nil)
        let deep = loaded.diagnostics.filter { $0.id == .definitionTooDeep }
        #expect(deep.count == 1)
        // A chain within the limit checks, compiles and evaluates (recursing ~1 000 levels).
        let ok = Self.load(Self.definitionsFile(480, chain: true))
        let r = try #require(ok.compiled, "\(ok.diagnostics.prefix(3))")
        let out = try Self.run(r, [#"{"id":"A","income":{"net_per_capita":6000}}"#])
        #expect(out.map(\.errors) == [[]])
        #expect(out[0].decision?.monitored == true)
    }

    // MARK: 17.24 — a definition cycle prints its whole path

    @Test("17.24 a definition cycle prints the whole path a → b → c → a")
    func definitionCyclePrintsThePath() {
        let sources = SourceStore()
        let loaded = Self.load("""
            definitions:
              a: b + 1
              b: c * 2
              c: a - 1
              own: own + 1
              fine: '[1].exists(a, a > 0)'
            risks:
              r: { when: a < 7000 }
            """, sources: sources)
        let cycles = loaded.diagnostics.filter { $0.id == .definitionCycle }
        #expect(cycles.map(\.message) == ["definition 'a' refers to itself: a → b → c → a",
                                          "definition 'own' refers to itself: own → own"])
        // Pointed at the reference that closes the cycle: `a` in c's text.
        #expect(cycles.first?.span?.start.line == 7)
        #expect(cycles.first?.span?.start.column == 6)
        // A macro variable named like a definition is not a reference to it.
        #expect(!loaded.diagnostics.contains { $0.message.contains("'fine'") })
    }

    // MARK: 17.1 — an arithmetic fault is that record's error, never the end of the run

    @Test("17.1 round() overflow is that record's error; the run goes on")
    func roundOverflowIsTheRecordsError() throws {
        let loaded = Self.load("risks:\n  低收入: { when: 'round(income.net_per_capita, 0) < 7000' }\n")
        let r = try #require(loaded.compiled)
        let out = try Self.run(r, [#"{"id":"A","income":{"net_per_capita":9223372036854.5}}"#,
                                   #"{"id":"B","income":{"net_per_capita":-9223372036854.775808}}"#,
                                   #"{"id":"C","income":{"net_per_capita":6999.5}}"#])
        #expect(out.count == 3)
        #expect(out[0].errors.first?.contains("number out of range") == true)
        #expect(out[1].errors.first?.contains("number out of range") == true)
        #expect(out[2].errors.isEmpty && out[2].decision?.monitored == false)  // 6999.5 rounds up to 7000
        // round(x, 6) of the smallest value is itself.
        let b = record(#"{"id":"B","income":{"net_per_capita":-9223372036854.775808}}"#, r)
        #expect(Engine.evaluate("round(income.net_per_capita, 6) == income.net_per_capita", with: r, record: b).0.map(displayText) == "true")
        #expect(evalText("round(-2.5, 0)", r) == "-3")
        #expect(evalText("round(9223372036854775807, 2)", r) == "9223372036854775807")
    }

    @Test("17.1 round() overflow in the REPL after :set is an error answer, not a crash")
    func roundOverflowInTheRepl() throws {
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)
        _ = try s.loadRecords(Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil)
        #expect(s.handle(":use 340604-GR-0001").ok)
        #expect(s.handle(":set income.net_per_capita = 9223372036854.775807").ok)
        let o = s.handle("round(income.net_per_capita, 0)")
        #expect(!o.ok)
        #expect(o.text.contains("number out of range"))
    }

    @Test("17.1 no operator or built-in traps on extreme values")
    func extremeArithmeticGivesErrors() throws {
        let r = lieshan()
        for e in ["-9223372036854775807 - 1 - 1", "(-9223372036854775807 - 1) / -1", "(-9223372036854775807 - 1) % -1",
                  "abs(-9223372036854775807 - 1)", "-days(-2147483647 - 1)", "days(2147483648)", "int(1e300)",
                  "add_days(date(\"2020-01-01\"), -9223372036854775807 - 1)", "add_months(date(\"2020-01-01\"), 9223372036854775807)",
                  "add_workdays(date(\"2020-01-01\"), 9223372036854775807)", "9223372036854 * 10.5", "decimal(\"-9223372036854.775808\") % -0.000001"] {
            let (v, _, diags) = Engine.evaluate(e, with: r, record: nil)
            #expect(diags.filter(\.isError).isEmpty, "\(e): \(diags)")
            #expect(v?.isError == true, "\(e) gave \(v.map(displayText) ?? "nothing")")
        }
    }

    @Test("17.1 check does not trap on extreme thresholds or durations in a rule file")
    func checkDoesNotTrapOnExtremes() {
        let loaded = Self.load("""
            parameters:
              期限: { value: 9000000000000000000 days }
              年: { value: 999999999999 years }
            categories:
              低: { when: 'income.net_per_capita < -9223372036854.775808 && income.net_per_capita > 9223372036854.775807' }
              高: { when: 'income.stable_months > 9223372036854775807 || income.stable_months < -9223372036854775807 - 1' }
            """)
        // Loading ends (with or without complaints): no arithmetic trap in the analysis.
        #expect(!loaded.diagnostics.isEmpty || loaded.compiled != nil)
    }

    // MARK: 17.3 — values have a size limit

    @Test("17.3 doubling a text 40 times is an evaluation error, not a multi-gigabyte allocation")
    func textDoublingIsBounded() throws {
        var defs = "definitions:\n  s0: village\n"
        for i in 1...40 { defs += "  s\(i): s\(i - 1) + s\(i - 1)\n" }
        let loaded = Self.load(defs + "risks:\n  r: { when: size(s40) > 0 }\n")
        let r = try #require(loaded.compiled, "\(loaded.diagnostics)")
        let out = try Self.run(r, [#"{"id":"A","village":"赵集村"}"#, #"{"id":"B","village":"x"}"#])
        #expect(out.count == 2)
        for o in out { #expect(o.errors.first?.contains("text longer than 1 MiB") == true, "\(o.errors)") }
        // Lists: concatenation and map are bounded too; string() of a huge list is refused unbuilt.
        var lists = "definitions:\n  l0: '[village]'\n"
        for i in 1...40 { lists += "  l\(i): l\(i - 1) + l\(i - 1)\n" }
        lists += "  m: 'l18.map(x, x + x)'\n  t: string(l16)\nrisks:\n  a: { when: size(l40) > 0 }\n  b: { when: size(m) > 0 }\n  c: { when: size(t) > 0 }\n"
        let lr = try #require(Self.load(lists).compiled)
        let rec = record(#"{"id":"A","village":"0123456789012345678901234567890123456789"}"#, lr)
        for name in ["l40", "m", "t"] {
            let (v, _, _) = Engine.evaluate(name, with: lr, record: rec)
            #expect(v?.isError == true, "\(name)")
        }
        #expect(evalText("string([1, \"a\"])", lr) == "[1, \"a\"]")
    }

    // MARK: 17.18 — dates out of range are errors

    @Test("17.18 a date past 9999-12-31 (or before 0001-01-01) is an evaluation error")
    func datesOutOfRangeAreErrors() throws {
        let r = lieshan()
        for e in ["date(\"2020-01-01\") + days(2147483647)", "date(\"9999-12-31\") + days(1)", "date(\"0001-01-01\") - days(1)",
                  "add_months(date(\"9999-12-01\"), 1)", "date(\"2020-01-01\") + workdays(2147483647)",
                  "add_workdays(date(\"9999-12-30\"), 5)"] {
            let (v, _, _) = Engine.evaluate(e, with: r, record: nil)
            #expect(v.map(displayText) == "error: date out of range (0001-01-01 to 9999-12-31)", "\(e)")
        }
        #expect(evalText("date(\"9999-12-30\") + days(1)", r) == "9999-12-31")
        #expect(evalText("add_workdays(date(\"2020-04-29\"), 5)", r) == "2020-05-09")
        // Far beyond the calendar's years, whole weeks are skipped: exact and quick.
        #expect(evalText("add_workdays(date(\"2100-01-01\"), 500000)", r) == evalText("date(\"2100-01-01\") + days(700000)", r))
        #expect(CivilDate(iso: "0000-01-01") == nil)
    }

    // MARK: 17.19 — exactness is decided on the value, not the digits written

    @Test("17.19 a record's 6.99999999e3 is 6999.99999, exact: decided on the value, not the digits")
    func recordDecimalsDecidedOnTheValue() throws {
        let r = lieshan()
        func read(_ text: String) -> ScaledParse {
            var t = text
            return t.withUTF8 { parseScaledDecimal($0, scale: Fixed.scale) }
        }
        #expect(read("6.99999999e3") == .value(6_999_999_990))
        #expect(read("1.50000000000000000000000000") == .value(1_500_000))
        #expect(read("69999999.99e-4") == .value(6_999_999_999))
        #expect(read("0.0000001") == .tooPrecise)
        #expect(read("6.999999999e3") == .value(6_999_999_999))
        #expect(read("6.9999999999e3") == .tooPrecise)
        #expect(read("12345678901234567890123e-10") == .tooPrecise)
        #expect(read("12345678901234567890123") == .overflow)
        #expect(read("-9223372036854.775808") == .value(.min))
        #expect(read("9223372036854.775808") == .overflow)
        // Records, parameters and expressions agree.
        let rec = record(#"{"id":"A","income":{"net_per_capita":6.99999999e3}}"#, r)
        #expect(Engine.evaluate("income.net_per_capita == 6.99999999e3", with: r, record: rec).0.map(displayText) == "true")
        #expect(Fixed.parse("6.99999999e3") == .value(6_999_999_990))
        #expect(ParamValue.parse(text: "6.99999999e3").0 != nil)
    }

    // MARK: 17.20 — integer division meeting money is linted

    @Test("17.20 params.line / 12 with an integer line is warned where it meets money, with the fix-it")
    func integerDivisionMeetingMoneyIsLinted() throws {
        let loaded = Self.load("""
            parameters:
              line: { value: 7000 }
            definitions:
              月线: params.line / 12
              月数: income.stable_months / 12
            risks:
              r: { when: income.net_per_capita / 12 < params.line / 12 }
              s: { when: income.net_per_capita < 月线 }
              t: { when: '月数 > 0 && 7 / 2 == 3 && params.line / 12 > 500' }
            measures:
              m: { amount: params.line / 12 }
            """)
        #expect(loaded.compiled != nil)
        let lints = loaded.diagnostics.filter { [.integerDivisionCompared, .integerDivisionCombined, .integerDivisionAmount].contains($0.id) }
        #expect(lints.count == 3, "\(lints)")
        #expect(lints.allSatisfy { $0.severity == .warning && $0.fixIt?.replacement == "params.line / 12.0" })
        #expect(lints.map(\.span!.start.line).sorted() == [7, 10, 14])
        #expect(lints.contains { $0.message == "'params.line / 12' divides whole numbers, so it rounds down (7000 / 12 is 583), and here it is compared with money; write params.line / 12.0" })
        // With the fix, nothing to say.
        let fixed = Self.load("parameters:\n  line: { value: 7000 }\nrisks:\n  r: { when: income.net_per_capita < params.line / 12.0 }\n")
        #expect(!fixed.diagnostics.contains { $0.id == .integerDivisionCompared })
    }

    // MARK: 17.22 — a diagnostic on a huge line quotes only the part around the caret

    @Test("17.22 an error on a line of several megabytes quotes a window around the caret, in check and in the REPL")
    func hugeLinesAreCutAroundTheCaret() throws {
        let sources = SourceStore()
        let line = String(repeating: "x", count: 3 << 20) + "错误" + String(repeating: "y", count: 3 << 20)
        sources.add(path: "big.yaml", text: "first\n" + line + "\nlast")
        let column = (3 << 20) + 1
        let d = Diagnostic(.yamlSyntax, at: SourceSpan(path: "big.yaml", start: .init(line: 2, column: column), end: .init(line: 2, column: column + 2)), "bad")
        let text = DiagnosticRenderer(sources: sources).render(d)
        #expect(text.utf8.count < 600, "\(text.utf8.count) bytes")
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("…" + String(repeating: "x", count: 60) + "错误" + String(repeating: "y", count: 60) + "…"))
        // The caret sits under 错误 (two cells each).
        let caretLine = lines[2]
        let bar = caretLine.range(of: "| ")!.upperBound
        #expect(caretLine[bar...] == Substring(String(repeating: " ", count: 61) + "^~~~"))
        // Short lines are quoted whole, as before.
        sources.add(path: "small.yaml", text: "  wehn: x")
        let small = DiagnosticRenderer(sources: sources).render(Diagnostic(.yamlSyntax, at: SourceSpan(path: "small.yaml", start: .init(line: 1, column: 3), end: .init(line: 1, column: 7)), "bad"))
        #expect(small == "small.yaml:1:3: error: YAML syntax: bad\n 1 |   wehn: x\n   |   ^~~~\n")

        // The REPL: an expression of a few megabytes with an error at its end.
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)
        let o = s.handle(String(repeating: "1 + ", count: 1 << 20) + "nosuchname")
        #expect(!o.ok)
        #expect(o.text.utf8.count < 1200, "\(o.text.utf8.count) bytes")
    }

    // MARK: 17.25 — command-line values are blamed on the flag; `eval RULES '-1'`

    @Test("17.25 diff --param line=abc blames the flag, not the rule's line")
    func wrongKindOfWhatIfBlamesTheFlag() {
        let body = "parameters:\n  line: { value: 7000 }\nrisks:\n  r: { when: income.net_per_capita < params.line }\n"
        let loaded = Self.load(body, overrides: ["line": ParamValue.parse(text: "abc").0!])
        #expect(loaded.compiled == nil)
        let errors = loaded.diagnostics.filter(\.isError)
        #expect(errors.map(\.id) == [.overrideWrongKind])
        #expect(errors.first?.span == nil)
        #expect(errors.first?.message == "what-if value line=abc (--param, :param): parameter 'line' is a number in the rule file, but 'abc' is text")
        // A value of the right kind is taken as before.
        #expect(Self.load(body, overrides: ["line": .number(7500_000000, isInt: true)]).compiled != nil)
    }

    @Test("17.25 eval RULES '-1': an expression starting with '-' is taken as the expression")
    func leadingDashExpressions() {
        let f = CommandLineArguments.escapingExpressions
        #expect(f(["eval", "r.yaml", "-1"]) == ["eval", "r.yaml", "--", "-1"])
        #expect(f(["eval", "r.yaml", "-1 + 2", "--json"]) == ["eval", "r.yaml", "--json", "--", "-1 + 2"])
        #expect(f(["eval", "r.yaml", "--as-of", "2022-01-01", "-days(3)"]) == ["eval", "r.yaml", "--as-of", "2022-01-01", "--", "-days(3)"])
        #expect(f(["eval", "r.yaml", "-(a + b)", "--id", "X", "--records", "h.jsonl"]) == ["eval", "r.yaml", "--id", "X", "--records", "h.jsonl", "--", "-(a + b)"])
        // Unchanged: options, an explicit `--`, other commands.
        #expect(f(["eval", "r.yaml", "1", "--json", "-h"]) == ["eval", "r.yaml", "1", "--json", "-h"])
        #expect(f(["eval", "r.yaml", "--", "-1"]) == ["eval", "r.yaml", "--", "-1"])
        #expect(f(["run", "r.yaml", "-1"]) == ["run", "r.yaml", "-1"])
    }

    // MARK: 17.26 — bench --reps 0

    @Test("17.26 bench --reps 0 is refused, not a timing of nothing")
    func benchRefusesZeroRepetitions() throws {
        let bench = Benchmark(ruleset: lieshan())
        #expect(throws: ReadError.self) { try bench.run(records: Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil, reps: 0) }
        do { _ = try bench.run(records: Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil, reps: -3) }
        catch let e as ReadError { #expect(e.message == "--reps must be at least 1 (got -3)") }
    }
}
