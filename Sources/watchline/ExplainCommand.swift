import ArgumentParser
import WatchlineEngine

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "The decision for one household in words: each rule, its source line, the values it saw.")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Household records file.")
    var records: String
    @Option(help: "Members CSV (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Flag(help: "Show members' ID numbers in full (they are masked, first 6 and last 4 kept, by default).")
    var revealIds = false
    @Option(help: "The household's id.")
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
