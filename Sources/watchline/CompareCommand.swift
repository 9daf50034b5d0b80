import ArgumentParser
import Foundation
import WatchlineEngine

struct CompareCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "compare",
        abstract: helpText(.helpCompareAbstract)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpCompareRecords))
    var records: String
    @Option(help: .message(.helpMembersJoined))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var lists: ListFileOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @Flag(help: .message(.helpCompareQuiet))
    var quiet = false
    @Flag(help: .message(.helpCompareJSON))
    var json = false
    @Flag(help: .message(.helpCompareRevealIds))
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
