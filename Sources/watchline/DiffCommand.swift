import ArgumentParser
import Foundation
import WatchlineEngine

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What a policy change does to a population: who becomes monitored, stops being monitored, changes category, gains or loses a measure.",
        discussion: """
        Compare two rule files (old, new) at one as-of date, or one rule file at two dates:
          watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2021-06-30 --vs-as-of 2022-06-30
        or a what-if parameter value against the file as written:
          watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --param 监测范围=7500
        Both sides are decided in one pass over the records.
        """)

    @Argument(help: "The old rule file.")
    var rulesA: String
    @Argument(help: "The new rule file (default: the old one, at --vs-as-of or with --param).")
    var rulesB: String?
    @Option(help: "Household records: .jsonl, .json or .csv.")
    var records: String
    @Option(help: "Members CSV joined on household_id (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Option(name: .customLong("vs-as-of"), help: "The new side's as-of date (default: --as-of).")
    var vsAsOf: String?
    @Option(name: .customLong("param"), help: "NAME=VALUE: a parameter value for the new side (repeatable).")
    var params: [String] = []
    @Option(help: "Group by town or village (or none).")
    var by: String = "none"
    @Flag(help: "List the household ids of every change.")
    var list = false
    @Option(help: "table, csv, json, or xlsx (one row per changed household; needs --output).")
    var format: String = "table"
    @Flag(help: "With --format csv: a UTF-8 BOM first, so Excel reads Chinese correctly.")
    var excel = false
    @Option(help: "Write here (atomically; a FIFO or device directly) instead of stdout.")
    var output: String?
    @Flag(help: "Do not show progress on stderr.")
    var quiet = false

    func run() throws {
        let listStore = try lists.store()
        guard let grouping = DiffGrouping(rawValue: by) else { throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--by", "town, village, none"])) }
        let workbook = format == "xlsx"
        guard let fmt = workbook ? .json : DiffFormat(rawValue: format) else { throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "table, csv, json, xlsx"])) }
        if workbook && output == nil { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--format xlsx", "--output FILE.xlsx"])) }
        let oldDate = try asOf.date()
        var newDate = oldDate
        if let vsAsOf {
            guard let d = CivilDate(iso: vsAsOf) else { throw ValidationError(MessageCatalogue.format(.cliBadDate, ["--vs-as-of", vsAsOf])) }
            newDate = d
        }
        let whatIfs = try parseParams(params)
        if rulesB == nil && vsAsOf == nil && whatIfs.isEmpty {
            throw ValidationError(MessageCatalogue.format(.cliDiffSameSides, []))
        }
        let sources = SourceStore()
        let root = try rulesRoot.root()
        let old = try loadRules(rulesA, asOf: oldDate, sources: sources, root: root, deciding: true, lists: listStore)
        let new = try loadRules(rulesB ?? rulesA, asOf: newDate, whatIfs: whatIfs, sources: sources, root: root, deciding: true, lists: listStore)
        let source: RecordSource
        do { source = try RecordFiles.open(path: records, members: members, schema: old.schema, options: sheets.options.reading(old, new)) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        for w in source.warnings { writeWarning(w) }
        for w in old.missingInputWarnings(source, membersGiven: members != nil) { writeWarning(w) }
        let warnedAtOpen = source.warnings.count
        let report: ImpactReport
        do { report = try ImpactDiff.compare(old: old, new: new, source: source, by: grouping, progress: ProgressLine(enabled: progressShown(quiet))) }
        catch let e as ImpactDiff.SchemaMismatch { writeError(e.message); throw ExitCode(1) }
        for w in source.warnings.dropFirst(warnedAtOpen) { writeWarning(w) }
        do {
            let sink = try OutputSink(path: output)
            if workbook { sink.write(Array(try report.workbook())) }
            else {
                if excel && fmt == .csv { sink.write([0xEF, 0xBB, 0xBF]) }
                sink.write(Array(report.render(fmt, listIDs: list ? Int.max : 0).utf8))
            }
            try sink.finish()
        } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        let status = RunStatus.forRecords(withErrors: report.errors)
        if status != 0 { throw ExitCode(status) }
    }
}
