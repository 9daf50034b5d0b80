import ArgumentParser
import Foundation
import WatchlineEngine

struct ReportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: helpText(.helpReportAbstract),
        discussion: discussionText(.helpReportDiscussion)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpReportRecords))
    var records: String
    @Option(help: .message(.helpMembersJoined))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @Option(help: .message(.helpReportOutput))
    var output: String
    @Option(name: .customLong("compare-with"), help: .message(.helpReportCompareWith))
    var compareWith: String?
    @Option(name: .customLong("vs-as-of"), help: .message(.helpReportVsAsOf))
    var vsAsOf: String?
    @Option(name: .customLong("param"), help: .message(.helpReportParam))
    var params: [String] = []
    @Option(help: .message(.helpReportBy, defaulted: true))
    var by: String = "village"
    @Flag(help: .message(.helpRevealIdsShort))
    var revealIds = false
    @Flag(help: .message(.helpReportQuiet))
    var quiet = false

    func run() throws {
        guard let grouping = DiffGrouping(rawValue: by) else { throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--by", "town, village, none"])) }
        let date = try asOf.date()
        let sources = SourceStore()
        let root = try rulesRoot.root()
        let compiled = try loadRules(rules, asOf: date, sources: sources, root: root, deciding: true)
        let source: RecordSource
        do { source = try RecordFiles.open(path: records, members: members, schema: compiled.schema, options: sheets.options.reading(compiled)) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        for w in source.warnings { writeWarning(w) }
        for w in compiled.missingInputWarnings(source, membersGiven: members != nil) { writeWarning(w) }
        let (summary, data) = Engine.reportPass(compiled, source: source, revealIDs: revealIds, progress: ProgressLine(enabled: progressShown(quiet)))

        var impact: ImpactReport?
        if compareWith != nil || vsAsOf != nil || !params.isEmpty {
            var newDate = date
            if let vsAsOf {
                guard let d = CivilDate(iso: vsAsOf) else { throw ValidationError(MessageCatalogue.format(.cliBadDate, ["--vs-as-of", vsAsOf])) }
                newDate = d
            }
            let new = try loadRules(compareWith ?? rules, asOf: newDate, whatIfs: try parseParams(params), sources: sources, root: root, deciding: true)
            do {
                let again = try RecordFiles.open(path: records, members: members, schema: compiled.schema, options: sheets.options.reading(compiled))
                impact = try ImpactDiff.compare(old: compiled, new: new, source: again, by: grouping, progress: ProgressLine(enabled: progressShown(quiet)))
            } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
            catch let e as ImpactDiff.SchemaMismatch { writeError(e.message); throw ExitCode(1) }
        }
        let html = try HTMLReport.render(.init(ruleset: compiled, recordsPath: records, summary: summary, data: data, impact: impact))
        do {
            let sink = try OutputSink(path: output)
            sink.write(Array(html.utf8))
            try sink.finish()
        } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        if !quiet { FileHandle.standardError.write(Data(SummaryText.render(summary).utf8)) }
        // As the contract says: the report is written, but some records need a look.
        if summary.failed > 0 { throw ExitCode(2) }
    }
}

/// Progress on stderr only on a terminal and never under --quiet.
func progressShown(_ quiet: Bool) -> Bool { !quiet && isatty(2) != 0 }
