import ArgumentParser
import Foundation
import WatchlineEngine

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate every household: one result per input record, in input order.",
        discussion: "Exit status: 0 every record decided; 2 some records carry errors (each still has its line); 1 the rule files are wrong or the output cannot be written.")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Household records: .jsonl, .json (an array) or .csv.")
    var records: String
    @Option(help: "Members CSV joined on household_id (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @Flag(help: "Show members' ID numbers in full (they are masked, first 6 and last 4 kept, by default).")
    var revealIds = false
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Option(help: "jsonl, csv, table, or xlsx (an Excel workbook with Chinese titles, counts by town and village, and the parameters used; needs --output).")
    var format: String = "jsonl"
    @Flag(help: "Add each rule's trace (what it read, what it decided) to every line.")
    var explain = false
    @Flag(help: "With --format csv: a UTF-8 BOM first, so Excel reads Chinese correctly.")
    var excel = false
    @Option(help: "Write here (atomically; a FIFO or device directly) instead of stdout.")
    var output: String?
    @Option(help: "Write the run's summary (counts, population checks) as JSON here.")
    var summary: String?
    @Flag(help: "Do not print the summary (or progress) on stderr.")
    var quiet = false
    @Option(help: "Record this run (rule files and their hashes, date, counts, parameters, every household's decision) in this SQLite file; see `watchline history`.")
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
