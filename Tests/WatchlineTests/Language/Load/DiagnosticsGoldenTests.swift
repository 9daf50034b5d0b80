import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Each broken rule file gives exactly the rendered diagnostics pinned in its golden file
/// (`path:line:col: error: …`, the source line, a caret).
@Suite struct DiagnosticsGoldenTests {
    static let cases = ["bad-unknown-key", "bad-duplicate-key", "bad-misspelt-field", "bad-type",
                        "bad-enum-value", "cycle-a", "bad-syntax", "bad-expression", "overlay-undercut"]

    @Test(arguments: cases)
    func rendersDiagnostic(_ name: String) {
        let sources = SourceStore()
        let rel = "Tests/WatchlineTests/Fixtures/\(name).yaml"
        let loaded = Engine.load(rules: Repo.path(rel), asOf: CivilDate(iso: "2022-06-30")!, sources: sources, rulesRoot: Repo.rulesRoot)
        #expect(loaded.hasErrors)
        let text = DiagnosticRenderer(sources: sources).render(loaded.diagnostics.filter(\.isError))
            .replacingOccurrences(of: Repo.root + "/", with: "")
        #expect(matchesGolden(text, "\(name).txt"), "\(name):\n\(text)")
    }

    @Test func goodFileHasNoErrors() {
        let loaded = Engine.load(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore())
        #expect(!loaded.hasErrors, "\(loaded.diagnostics)")
    }

    @Test func unknownKeySuggestsNearest() {
        let loaded = Engine.load(rules: Repo.fixture("bad-unknown-key.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let d = loaded.diagnostics.first { $0.id == .unknownKey }
        #expect(d?.fixIt?.replacement == "when")
        #expect(d?.span?.start.line == 6)
    }

    @Test func duplicateKeyAtSecondOccurrence() {
        let loaded = Engine.load(rules: Repo.fixture("bad-duplicate-key.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let d = loaded.diagnostics.first { $0.id == .yamlDuplicateKey }
        #expect(d?.span?.start.line == 7)
        #expect(d?.notes.first?.span?.start.line == 5)
    }
}

@Suite struct OverlayTests {
    @Test func countyOverridesAddsAndRemoves() throws {
        let loaded = Engine.load(rules: Repo.fixture("overlay-county.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let r = try #require(loaded.compiled, "\(loaded.diagnostics)")
        #expect(r.ruleset.risks.map(\.id) == ["低收入", "因病", "住房安全"])
        #expect(r.ruleset.exclusions.isEmpty)
        #expect(evalText("params.监测范围", r) == "7000")
        // 因病 is the county's (30000), and remembers the province's definition.
        let illness = r.ruleset.risks[1]
        #expect(illness.provenance.span.path.hasSuffix("overlay-county.yaml"))
        #expect(illness.provenance.overrides.first?.path.hasSuffix("overlay-base.yaml") == true)
        #expect(decideLine(#"{"id":"a","expenses":{"medical_out_of_pocket":25000},"income":{"net_per_capita":9000},"guarantees":{"housing":"A"}}"#, r).contains("\"risks\":[]"))
    }

    @Test func parameterDatesFromBothFiles() throws {
        let loaded = Engine.load(rules: Repo.fixture("overlay-county.yaml"), asOf: CivilDate(iso: "2021-06-30")!, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let r = try #require(loaded.compiled)
        #expect(evalText("params.监测范围", r) == "6000")
    }

    @Test func provinceFloorCannotBeUndercut() {
        let loaded = Engine.load(rules: Repo.fixture("overlay-undercut.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), rulesRoot: Repo.rulesRoot)
        let d = loaded.diagnostics.first { $0.id == .paramBound }
        #expect(d != nil)
        #expect(d?.span?.path.hasSuffix("overlay-undercut.yaml") == true)
        #expect(d?.span?.start.line == 5)
    }

    @Test func missingYearWarns() {
        let loaded = Engine.load(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2023-06-30")!, sources: SourceStore())
        #expect(loaded.diagnostics.contains { $0.id == .paramNoValueForYear && $0.severity == .warning })
        let early = Engine.load(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2021-06-30")!, sources: SourceStore())
        #expect(early.diagnostics.contains { $0.id == .paramBeforeFirst })
    }

    /// `check`'s policy warnings (issue 5): an unused parameter, unread risks, a category an
    /// earlier one shadows, conditions that contradict the schema's enums and bounds.
    @Test func policyLintWarnings() {
        let sources = SourceStore()
        let loaded = Engine.load(rules: Repo.fixture("lint-warnings.yaml"), asOf: CivilDate(iso: "2022-06-30")!, sources: sources, rulesRoot: Repo.rulesRoot)
        #expect(!loaded.hasErrors)
        let text = DiagnosticRenderer(sources: sources).render(loaded.diagnostics).replacingOccurrences(of: Repo.root + "/", with: "")
        #expect(matchesGolden(text, "lint-warnings.txt"), "\(text)")
    }

    /// `watchline check Rules/*/*.yaml`: every rule, schema, calendar and policy test file checks
    /// (each told apart by its top-level keys) — what issue 4's "check passes on every rule file" asks.
    @Test func everyFileUnderRulesChecks() throws {
        let dirs = try FileManager.default.contentsOfDirectory(atPath: Repo.path("Rules"))
        var checked = 0
        for d in dirs {
            for f in (try? FileManager.default.contentsOfDirectory(atPath: Repo.path("Rules/\(d)"))) ?? [] where f.hasSuffix(".yaml") {
                let sources = SourceStore()
                let asOf = f.contains("2020") ? "2020-06-30" : f.contains("reference") ? "2024-06-30" : "2022-06-30"
                let r = Engine.checkFile(Repo.path("Rules/\(d)/\(f)"), asOf: CivilDate(iso: asOf)!, sources: sources)
                #expect(r.ok, "Rules/\(d)/\(f): \(DiagnosticRenderer(sources: sources).render(r.diagnostics))")
                checked += 1
            }
        }
        #expect(checked >= 16)
    }
}
