import ArgumentParser
import Foundation
import WatchlineEngine

struct DiffCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "diff",
        abstract: helpText(.helpDiffAbstract),
        discussion: discussionText(.helpDiffDiscussion)) }

    @Argument(help: .message(.helpDiffRulesA))
    var rulesA: String
    @Argument(help: .message(.helpDiffRulesB))
    var rulesB: String?
    @Option(help: .message(.helpDiffRecords))
    var records: String
    @Option(help: .message(.helpMembersJoined))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Option(name: .customLong("vs-as-of"), help: .message(.helpDiffVsAsOf))
    var vsAsOf: String?
    @Option(name: .customLong("param"), help: .message(.helpDiffParam))
    var params: [String] = []
    @Option(help: .message(.helpDiffBy, defaulted: true))
    var by: String = "none"
    @Flag(help: .message(.helpDiffList))
    var list = false
    @Option(help: .message(.helpDiffFormat, defaulted: true))
    var format: String = "table"
    @Flag(help: .message(.helpExcel))
    var excel = false
    @Option(help: .message(.helpOutput))
    var output: String?
    @Flag(help: .message(.helpDiffQuiet))
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
