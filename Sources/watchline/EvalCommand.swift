import ArgumentParser
import WatchlineEngine

struct EvalCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "eval",
        abstract: helpText(.helpEvalAbstract)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Argument(help: .message(.helpEvalExpression))
    var expression: String
    @Option(help: .message(.helpEvalRecords))
    var records: String?
    @Option(help: .message(.helpMembers))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Option(help: .message(.helpEvalID))
    var id: String?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Flag(help: .message(.helpEvalJSON))
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
            if json { writeOut(ValueText.jsonError(diags.first?.message ?? MessageCatalogue.format(.evalInvalidExpression, []), compiled) + "\n") }
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
