import ArgumentParser
import Foundation
import WatchlineCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Evaluate every household: one result per input record, in input order.")

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
    @OptionGroup var lists: ListFileOptions
    @Option(help: "jsonl, csv, table, or xlsx (an Excel workbook with Chinese titles, counts by town and village, and the parameters used; needs --output).")
    var format: String = "jsonl"
    @Flag(help: "Add each rule's trace (what it read, what it decided) to every line.")
    var explain = false
    @Flag(help: "With --format csv: a UTF-8 BOM first, so Excel reads Chinese correctly.")
    var excel = false
    @Option(help: "Write here (atomically) instead of stdout.")
    var output: String?
    @Option(help: "Write the run's summary (counts, population checks) as JSON here.")
    var summary: String?
    @Flag(help: "Do not print the summary on stderr.")
    var quiet = false

    func run() throws {
        let listStore = try lists.store()
        let workbook = format == "xlsx"
        guard let fmt = workbook ? .jsonl : OutcomeWriter.Format(rawValue: format) else {
            throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "jsonl, csv, table, xlsx"]))
        }
        if workbook && output == nil { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--format xlsx", "--output FILE.xlsx"])) }
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, lists: listStore)
        let source: RecordSource
        do { source = try RecordFiles.open(path: records, members: members, schema: compiled.schema, options: sheets.options) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        for w in source.warnings { FileHandle.standardError.write(Data(("warning: " + w + "\n").utf8)) }
        for w in compiled.missingInputWarnings(source, membersGiven: members != nil) { FileHandle.standardError.write(Data(("warning: " + w + "\n").utf8)) }
        let warnedAtOpen = source.warnings.count
        let sink: OutputSink
        do { sink = try OutputSink(path: output) } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        var writer = OutcomeWriter(ruleset: compiled, format: fmt, excelBOM: excel)
        writer.revealIDs = revealIds
        let runner = ParallelRunner(ruleset: compiled)
        runner.explain = explain
        let summaryBuilder = SummaryBuilder(ruleset: compiled)
        let book = workbook ? RunWorkbook(ruleset: compiled) : nil
        var header: [UInt8] = []
        writer.header(to: &header)
        if !workbook { sink.write(header) }
        runner.run(source, writer: writer, progress: ProgressLine(),
                   observe: { outcome, record, frame in
                       summaryBuilder.add(outcome, record: record, frame: frame)
                       book?.add(outcome, record: record)
                   },
                   write: { bytes in if !workbook { sink.write(bytes) } })
        if let book {
            do { sink.write(Array(try book.data())) } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        }
        do { try sink.finish() } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        // What the reader learnt on the way (clerk forms read, orphan member rows): once, at the end.
        for w in source.warnings.dropFirst(warnedAtOpen) { FileHandle.standardError.write(Data(("warning: " + w + "\n").utf8)) }
        let result = summaryBuilder.finish()
        if !quiet { FileHandle.standardError.write(Data(SummaryText.render(result).utf8)) }
        if let summary {
            try Data(SummaryText.json(result).utf8).write(to: URL(fileURLWithPath: summary))
        }
    }
}
