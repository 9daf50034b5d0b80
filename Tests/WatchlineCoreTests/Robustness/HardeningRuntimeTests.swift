import Foundation
import Testing
@testable import WatchlineCore

/// Issue 17 (hardening), part A: the expression and runtime layer. Each test names its item.
@Suite struct HardeningRuntimeTests {
    static let schema = Repo.path("Rules/schema/household.yaml")

    /// Loads a rule file written here (the standard household schema; `body` is the rest).
    static func load(_ body: String, overrides: [String: ParamValue] = [:], sources: SourceStore = SourceStore()) -> Engine.Loaded {
        let text = "watchline: 1\nruleset: { id: t }\nschema: \(schema)\n" + body
        return Engine.load(rules: temporaryFile("rules.yaml", text), asOf: CivilDate(iso: "2022-06-30")!, overrides: overrides, sources: sources)
    }

    /// Runs JSON lines through a compiled ruleset; one outcome per line.
    static func run(_ r: CompiledRuleset, _ lines: [String]) throws -> [Outcome] {
        let source = try RecordFiles.open(path: temporaryFile("h.jsonl", lines.joined(separator: "\n") + "\n"), members: nil, schema: r.schema)
        var out: [Outcome] = []
        Runner(ruleset: r).run(source) { o, _, _ in out.append(o) }
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
}
