import ArgumentParser
import Foundation
import WatchlineEngine

struct RunCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "run",
        abstract: helpText(.helpRunAbstract),
        discussion: discussionText(.helpRunDiscussion)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpRunRecords))
    var records: String
    @Option(help: .message(.helpMembersJoined))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Flag(help: .message(.helpRevealIds))
    var revealIds = false
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Option(help: .message(.helpRunFormat, defaulted: true))
    var format: String = "jsonl"
    @Flag(help: .message(.helpRunExplain))
    var explain = false
    @Flag(help: .message(.helpExcel))
    var excel = false
    @Option(help: .message(.helpOutput))
    var output: String?
    @Option(help: .message(.helpRunSummary))
    var summary: String?
    @Flag(help: .message(.helpRunQuiet))
    var quiet = false
    @Option(help: .message(.helpRunHistory))
    var history: String?

    func run() throws {
        let listStore = try lists.store()
        let workbook = format == "xlsx"
        guard let fmt = workbook ? .jsonl : OutcomeWriter.Format(rawValue: format) else {
            throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "jsonl, csv, table, xlsx"]))
        }
        if workbook && output == nil { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--format xlsx", "--output FILE.xlsx"])) }
        var job = RunJob(rules: rules, records: records, asOf: try asOf.date())
        job.members = members
        job.format = fmt
        job.workbook = workbook
        job.fileOptions = sheets.options
        job.revealIDs = revealIds
        job.explain = explain
        job.excel = excel
        job.output = output
        job.summary = summary
        job.quiet = quiet
        job.history = history
        job.rulesRoot = try rulesRoot.root()
        job.lists = listStore
        job.progress = ProgressLine(enabled: progressShown(quiet))
        let status = job.run()
        if status != 0 { throw ExitCode(status) }
    }
}
