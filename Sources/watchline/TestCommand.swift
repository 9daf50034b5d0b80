import ArgumentParser
import Foundation
import WatchlineCore

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run policy test files (*.test.yaml); print each failure with expected vs actual; exit 1 if any fails.")

    @Argument(help: "Test files or folders (default: every *.test.yaml under Rules/ and Tests/).")
    var paths: [String] = []
    @Option(help: "Run only cases whose name or clause contains this text.")
    var filter: String?
    @Option(help: "Also write a JUnit XML report here.")
    var junit: String?
    @Flag(help: "Report rules that no case saw both hold and not hold.")
    var coverage = false
    @Option(help: ArgumentHelp("Print boundary cases for this rule file (just under, on, just over every threshold; the day before, on and after every deadline) as a test file to confirm.", valueName: "RULES"))
    var boundaries: String?
    @Option(help: "With --boundaries: the examples file the household comes from.")
    var records: String?
    @Option(help: "With --boundaries: the household the cases start from (default: the first in --records).")
    var from: String?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption

    func run() throws {
        if let boundaries { return try printBoundaries(boundaries) }
        let sources = SourceStore()
        let files = TestReport.discover(paths.isEmpty ? ["Rules", "Tests"] : paths)
        if files.isEmpty { writeError(MessageCatalogue.format(.cliNoTestFiles, [])); throw ExitCode(1) }
        let runner = PolicyTestRunner(sources: sources, filter: filter)
        runner.rulesRoot = try rulesRoot.root()
        let results = files.map(runner.run(file:))
        writeOut(TestReport.text(results, renderer: DiagnosticRenderer(sources: sources)))
        if coverage { writeOut("\nCoverage:\n" + runner.coverage.report()) }
        if let junit {
            do {
                let sink = try OutputSink(path: junit)
                sink.write(TestReport.junit(results))
                try sink.finish()
            } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        }
        if results.contains(where: { $0.failed > 0 }) { throw ExitCode(1) }
    }

    /// Paths in the generated file are relative to the rule file's folder, where it is meant to be saved.
    func printBoundaries(_ rules: String) throws {
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root())
        var household = HouseholdTree.object([])
        var fromID = from
        if let records {
            let text = (try? String(contentsOfFile: records, encoding: .utf8)) ?? ""
            let trees = text.split(separator: "\n").compactMap { HouseholdTree(jsonLine: String($0)) }
            func id(_ t: HouseholdTree) -> String? { if case .string(let s)? = t.get(["id"]) { return s }; return nil }
            guard let chosen = from.map({ f in trees.first { id($0) == f } }) ?? trees.first else {
                throw ValidationError(from.map { "no household '\($0)' in \(records)" } ?? "no JSON household in \(records)")
            }
            household = chosen
            fromID = id(chosen)
        } else if from != nil {
            throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--from", "--records (a .jsonl examples file)"]))
        }
        let dir = URL(fileURLWithPath: rules).deletingLastPathComponent().standardizedFileURL.path
        func relative(_ path: String) -> String {
            let abs = URL(fileURLWithPath: path).standardizedFileURL.path
            let a = dir.split(separator: "/"), b = abs.split(separator: "/")
            var i = 0
            while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
            return (Array(repeating: "..", count: a.count - i) + b[i...].map(String.init)).joined(separator: "/")
        }
        let text = BoundaryCases(ruleset: compiled).testFile(household: household, fromID: fromID, rulesRef: relative(rules),
                                                             examplesRef: records.map(relative))
        writeOut(text)
    }
}
