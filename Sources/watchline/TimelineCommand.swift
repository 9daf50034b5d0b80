import ArgumentParser
import Foundation
import WatchlineEngine

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "For each case: every step's due date, done date and status (on_time, late, overdue, pending).")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Cases, one JSON object per line (household-record.md, \"Cases\").")
    var cases: String?
    @Option(help: "Or household records: procedures start from each household's applied_on / monitoring_since, and recurring duties (visits) get their next due date.")
    var records: String?
    @Option(help: "Members CSV (with a CSV household file).")
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @Option(help: "jsonl, csv or table (the table lists overdue steps first, then those due soonest).")
    var format: String = "jsonl"

    func run() throws {
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root())
        guard cases != nil || records != nil else { throw ValidationError(MessageCatalogue.format(.cliGiveCasesOrRecords, [])) }
        guard Engine.timelineFormats.contains(format) else {
            throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", Engine.timelineFormats.joined(separator: ", ")]))
        }
        let results: [TimelineResult]
        do { results = try Engine.timelines(compiled, records: records, members: members, cases: cases, options: sheets.options) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        writeOut(Engine.timelineText(results, format: format, ruleset: compiled) ?? "")
        if results.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}
