import ArgumentParser
import WatchlineEngine

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Print the value of one expression, with the ruleset's parameters, definitions and calendar in scope.")

    @Argument(help: "The rule file.")
    var rules: String
    @Argument(help: "The expression, e.g. 'add_workdays(date(\"2020-04-29\"), 5)'.")
    var expression: String
    @Option(help: "Household records file (with --id).")
    var records: String?
    @Option(help: "Members CSV (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Option(help: "A household whose fields are in scope.")
    var id: String?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Flag(help: "Print the value as JSON; an error as {\"error\": …} with exit status 1.")
    var json = false

    func run() throws {
        let listStore = try lists.store()
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root(), lists: listStore)
        var record: HouseholdRecord?
        if let id {
            guard let records else { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--id", "--records"])) }
            record = try findRecord(id, in: records, members: members, ruleset: compiled, options: sheets.options)
        }
        sources.add(path: "<expr>", text: expression)
        let (value, _, diags) = Engine.evaluate(expression, with: compiled, record: record)
        guard let value else {
            if json { writeOut(ValueText.jsonError(diags.first?.message ?? "invalid expression", compiled) + "\n") }
            Reporter(sources: sources).print(diags)
            throw ExitCode(1)
        }
        if json {
            writeOut(ValueText.json(value, compiled) + "\n")
            if value.isError { throw ExitCode(1) }
        } else {
            writeOut(ValueText.plain(value, compiled) + "\n")
            if value.isError { throw ExitCode(1) }
        }
    }
}
