import ArgumentParser
import Foundation
import WatchlineEngine

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Departments' lists against the households (数据比对): matched, unmatched and invalid rows, and the decisions the lists change.")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Household records: .jsonl, .json (an array), .csv or .xlsx.")
    var records: String
    @Option(help: "Members CSV joined on household_id (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var lists: ListFileOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @Flag(help: "No progress line on stderr.")
    var quiet = false
    @Flag(help: "JSON for machines instead of the officer's text.")
    var json = false
    @Flag(help: "Show ID numbers in full (they are masked, first 6 and last 4 kept, by default).")
    var revealIds = false

    func run() throws {
        let store = try lists.store()
        let sources = SourceStore()
        let date = try asOf.date()
        let with = try loadRules(rules, asOf: date, sources: sources, root: try rulesRoot.root(), deciding: true, lists: store)
        var bare = with.ruleset
        bare.listStore = ListStore(absentIsEmpty: true)
        guard let without = Engine.compile(bare, asOf: date).compiled else { throw ExitCode(1) }
        let source: RecordSource
        do { source = try RecordFiles.open(path: records, members: members, schema: with.schema, options: sheets.options.reading(with, without)) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        for w in source.warnings { writeWarning(w) }
        let report = ListComparison.run(with: with, without: without, tables: store.loaded, source: source, reveal: revealIds,
                                        progress: ProgressLine(enabled: progressShown(quiet)))
        writeOut(json ? report.json() : report.text())
    }
}
