import ArgumentParser
import WatchlineEngine

struct ExplainCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "explain",
        abstract: helpText(.helpExplainAbstract)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpRecordsFile))
    var records: String
    @Option(help: .message(.helpMembers))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Flag(help: .message(.helpRevealIds))
    var revealIds = false
    @Option(help: .message(.helpExplainID))
    var id: String
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions

    func run() throws {
        let listStore = try lists.store()
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root(), deciding: true, lists: listStore)
        let record = try findRecord(id, in: records, members: members, ruleset: compiled, options: sheets.options)
        writeOut(Engine.explain(record, id: id, with: compiled, revealIDs: revealIds).text)
    }
}
