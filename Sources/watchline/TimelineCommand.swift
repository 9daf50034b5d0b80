import ArgumentParser
import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
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
        let date = try asOf.date()
        let compiled = try loadRules(rules, asOf: date, sources: sources, root: try rulesRoot.root())
        let evaluator = TimelineEvaluator(calendar: compiled.ruleset.calendar, asOf: date)
        var results: [TimelineResult] = []
        if let records {
            let source: RecordSource
            do { source = try RecordFiles.open(path: records, members: members, schema: compiled.schema, options: sheets.options) }
            catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
            let households = HouseholdTimelines(ruleset: compiled)
            let frame = compiled.makeFrame()
            var record = compiled.schema.emptyRecord()
            while let read = source.next(into: &record) {
                if !read.errors.isEmpty {
                    results.append(TimelineResult(caseID: record.string(compiled.schema.idField) ?? "#\(read.line)", procedure: "", steps: [], error: read.errors.joined(separator: "; ")))
                    continue
                }
                results += households.results(for: record, frame: frame)
            }
        }
        guard cases != nil || records != nil else { throw ValidationError(MessageCatalogue.format(.cliGiveCasesOrRecords, [])) }
        let caseLines = try cases.map { try TimelineCases.read(path: $0) } ?? []
        for item in caseLines {
            let line = item.line
            switch item.result {
            case .failure(let e):
                results.append(TimelineResult(caseID: "#\(line)", procedure: "", steps: [], error: e.message))
            case .success(let c):
                results.append(evaluator.evaluate(c, in: compiled.ruleset))
            }
        }
        switch format {
        case "jsonl": writeOut(results.map(TimelineText.json).joined())
        case "csv": writeOut(TimelineText.csv(results))
        case "table":
            var labels: [String: String] = [:]
            for t in compiled.ruleset.timelines {
                for s in t.steps { if let l = s.label { labels[s.id] = l } }
                for x in t.recurring { if let l = x.label { labels[x.id] = l } }
            }
            writeOut(TimelineText.table(results, calendar: compiled.ruleset.calendar, asOf: date, labels: labels))
        default: throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "jsonl, csv, table"]))
        }
        if results.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}
