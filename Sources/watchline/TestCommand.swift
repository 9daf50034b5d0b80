import ArgumentParser
import Foundation
import WatchlineEngine

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
    @Flag(help: "Run only the cases the document's text decides (those with quote:).")
    var textOnly = false
    @Flag(help: "Fail on cases still marked unconfirmed (written by :save-test or --boundaries).")
    var strict = false
    @Flag(help: "Move every threshold the rules read (parameters, timeline days) one step each way and list the ones no case notices.")
    var mutate = false
    @Flag(help: "With a failure: print how the engine decided (the whole trace), not only what differs.")
    var verbose = false
    @Flag(help: "List each numbered clause of the document's text with the rules that cite it, or why it holds nothing to encode; warn on a clause neither cited nor marked narrative.")
    var clauses = false
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption

    func run() throws {
        if let boundaries { return try printBoundaries(boundaries) }
        let sources = SourceStore()
        let files = TestReport.discover(paths.isEmpty ? ["Rules", "Tests"] : paths)
        if files.isEmpty { writeError(MessageCatalogue.format(.cliNoTestFiles, [])); throw ExitCode(1) }
        if clauses { return try printClauses(files, sources: sources) }
        let runner = PolicyTestRunner(sources: sources, filter: filter)
        runner.textOnly = textOnly
        runner.strict = strict
        if asOf.asOf != nil { runner.asOf = try asOf.date() }
        if mutate { return try printMutations(files, sources: sources) }
        runner.rulesRoot = try rulesRoot.root()
        let results = files.map(runner.run(file:))
        writeOut(TestReport.text(results, renderer: DiagnosticRenderer(sources: sources), verbose: verbose))
        if coverage { writeOut("\n" + MessageCatalogue.format(.coverageHeading, []) + "\n" + runner.coverage.report()) }
        if let junit {
            do {
                let sink = try OutputSink(path: junit)
                sink.write(TestReport.junit(results))
                try sink.finish()
            } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        }
        if results.contains(where: { $0.failed > 0 }) { throw ExitCode(1) }
    }

    /// `--mutate`: every threshold no case notices, per test file; exit 1 when there is one.
    func printMutations(_ files: [String], sources: SourceStore) throws {
        var any = false
        for f in files {
            switch ThresholdMutation.unnoticed(testFile: f, sources: sources, root: try rulesRoot.root()) {
            case .failure(let e): writeError(e.message); throw ExitCode(1)
            case .success(let names):
                writeOut(MessageCatalogue.format(names.isEmpty ? .testMutateAllNoticed : .testMutateUnnoticed, [f, String(names.count)]) + "\n")
                for n in names { writeOut("  " + n + "\n") }
                any = any || !names.isEmpty
            }
        }
        if any { throw ExitCode(1) }
    }

    /// `--clauses`: the rule files under test (or rule files named directly), clause by clause.
    func printClauses(_ files: [String], sources: SourceStore) throws {
        var rules: [String] = []
        for f in files {
            if f.hasSuffix(".test.yaml") {
                let (file, diags) = PolicyTestLoader.load(path: f, sources: sources)
                if let file { if !rules.contains(file.rules) { rules.append(file.rules) } }
                else { writeError(DiagnosticRenderer(sources: sources).render(diags)); throw ExitCode(1) }
            } else if !rules.contains(f) { rules.append(f) }
        }
        let (text, ok) = try ClauseReport.render(rules: rules, sources: sources, root: try rulesRoot.root())
        writeOut(text)
        if !ok { throw ExitCode(1) }
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
