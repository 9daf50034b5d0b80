import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The README's yearly-update walkthrough, run on a copy of the files with a 7500 line added for
/// 2023: each command prints what the README shows (issue 19, item 6).
@Suite struct WalkthroughTests {
    /// The README's text block after `<!-- walkthrough:NAME -->`, without its indentation.
    static func block(_ name: String) throws -> [String] {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        let marker = try #require(readme.range(of: "<!-- walkthrough:\(name) -->"))
        let after = readme[marker.upperBound...]
        let open = try #require(after.range(of: "```text\n"))
        let close = try #require(after[open.upperBound...].range(of: "```"))
        // The block is indented with its list item (three spaces): only that indentation is removed.
        return after[open.upperBound..<close.lowerBound].split(separator: "\n").map { String($0.hasPrefix("   ") ? $0.dropFirst(3) : $0[...]) }.filter { !$0.isEmpty }
    }

    /// Rules/ and Examples/ copied, the 2023 line added to the Lieshan file.
    static func copy() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wl-walk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for d in ["Rules", "Examples"] { try FileManager.default.copyItem(atPath: Repo.path(d), toPath: dir + "/" + d) }
        let rules = dir + "/Rules/anhui/lieshan-2022.yaml"
        let text = try String(contentsOfFile: rules, encoding: .utf8)
        let line = "      2022-01-01: 7000\n"
        #expect(text.contains(line))
        try text.replacingOccurrences(of: line, with: line + "      2023-01-01: 7500\n").write(toFile: rules, atomically: true, encoding: .utf8)
        return dir
    }

    @Test func theYearlyUpdateDoesWhatTheReadmeSays() throws {
        let before = Engine.checkFile(Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2023-06-30")!, sources: SourceStore())
        #expect(before.diagnostics.contains { $0.id == .paramNoValueForYear })

        let dir = try Self.copy()
        let rules = dir + "/Rules/anhui/lieshan-2022.yaml"
        let checked = Engine.checkFile(rules, asOf: CivilDate(iso: "2023-06-30")!, sources: SourceStore())
        #expect(checked.ok && !checked.diagnostics.contains { $0.id == .paramNoValueForYear })

        // Step 2: diff, both years in one pass.
        let sources = SourceStore()
        let old = try #require(Engine.load(rules: rules, asOf: CivilDate(iso: "2022-06-30")!, sources: sources).compiled)
        let new = try #require(Engine.load(rules: rules, asOf: CivilDate(iso: "2023-06-30")!, sources: sources).compiled)
        let source = try RecordFiles.open(path: dir + "/Examples/lieshan-2022/households.jsonl", members: nil, schema: old.schema)
        let report = try ImpactDiff.compare(old: old, new: new, source: source, by: .none, progress: nil)
        let diffLines = report.render(.table, listIDs: Int.max).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        #expect(diffLines == (try Self.block("diff")), "\(diffLines.joined(separator: "\n"))")

        // Step 3: the cases decided at the new date.
        let runner = PolicyTestRunner(sources: SourceStore())
        runner.asOf = CivilDate(iso: "2023-06-30")!
        let result = runner.run(file: dir + "/Rules/anhui/lieshan-2022.test.yaml")
        let text = TestReport.text([result], renderer: DiagnosticRenderer(sources: runner.sources)).replacingOccurrences(of: dir + "/", with: "")
        let shown = text.split(separator: "\n").map(String.init).filter {
            $0.hasPrefix("PASS ") || $0.hasPrefix("FAIL ") || $0.hasPrefix("✗ ") || $0.contains("cases decided by") || $0.hasSuffix(" failed")
        }
        #expect(shown == (try Self.block("test")), "\(shown.joined(separator: "\n"))")
    }
}
