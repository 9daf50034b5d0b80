import ArgumentParser
import Foundation
import WatchlineEngine

struct TestCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "test",
        abstract: helpText(.helpTestAbstract)) }

    @Argument(help: .message(.helpTestPaths))
    var paths: [String] = []
    @Option(help: .message(.helpTestFilter))
    var filter: String?
    @Option(help: .message(.helpTestJUnit))
    var junit: String?
    @Flag(help: .message(.helpTestCoverage))
    var coverage = false
    @Option(help: .message(.helpTestBoundaries, valueName: "RULES"))
    var boundaries: String?
    @Option(help: .message(.helpTestRecords))
    var records: String?
    @Option(help: .message(.helpTestFrom))
    var from: String?
    @Flag(help: .message(.helpTestTextOnly))
    var textOnly = false
    @Flag(help: .message(.helpTestStrict))
    var strict = false
    @Flag(help: .message(.helpTestMutate))
    var mutate = false
    @Flag(help: .message(.helpTestVerbose))
    var verbose = false
    @Flag(help: .message(.helpTestClauses))
    var clauses = false
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption

    func run() throws {
        if let boundaries { return try printBoundaries(boundaries) }
        let sources = SourceStore()
        // A file or folder named on the command line that is not there is an error, not "none found".
        for p in paths where !FileManager.default.fileExists(atPath: p) {
            writeError(MessageCatalogue.format(.fileUnreadable, [p, MessageCatalogue.format(.fileNoSuchFile, [])])); throw ExitCode(1)
        }
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
        // --filter naming no case ran nothing: that is not a pass.
        if let filter, results.allSatisfy({ $0.cases.isEmpty }) {
            writeError(MessageCatalogue.format(.testFilterMatchesNothing, [filter])); throw ExitCode(1)
        }
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
                writeError(MessageCatalogue.format(from == nil ? .testNoJSONHousehold : .testNoHousehold, from.map { [$0, records] } ?? [records]))
                throw ExitCode(1)
            }
            household = chosen
            fromID = id(chosen)
        } else if from != nil {
            throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--from", MessageCatalogue.format(.testBoundariesRecords, [])]))
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
