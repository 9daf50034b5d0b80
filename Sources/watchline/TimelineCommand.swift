import ArgumentParser
import Foundation
import WatchlineCore

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "For each case: every step's due date, done date and status (on_time, late, overdue, pending).")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Cases, one JSON object per line (household-record.md, \"Cases\").")
    var cases: String
    @OptionGroup var asOf: AsOfOption
    @Option(help: "jsonl, csv or table (the table lists overdue steps first, then those due soonest).")
    var format: String = "jsonl"

    func run() throws {
        let sources = SourceStore()
        let date = try asOf.date()
        let compiled = try loadRules(rules, asOf: date, sources: sources)
        let evaluator = TimelineEvaluator(calendar: compiled.ruleset.calendar, asOf: date)
        let timelines = compiled.ruleset.timelines
        var results: [TimelineResult] = []
        for (line, parsed) in try TimelineCases.read(path: cases) {
            switch parsed {
            case .failure(let e):
                results.append(TimelineResult(caseID: "#\(line)", procedure: "", steps: [], error: e.message))
            case .success(let c):
                let name = c.procedure.isEmpty ? (timelines.first?.id ?? "") : c.procedure
                guard let t = timelines.first(where: { $0.id == name }) else {
                    let known = timelines.map(\.id).joined(separator: ", ")
                    results.append(TimelineResult(caseID: c.id, procedure: name, steps: [], error: "no procedure '\(name)' in \(compiled.ruleset.id) (it has: \(known))"))
                    continue
                }
                results.append(evaluator.evaluate(c, t))
            }
        }
        switch format {
        case "jsonl": writeOut(results.map(TimelineText.json).joined())
        case "csv": writeOut(TimelineText.csv(results))
        case "table": writeOut(TimelineText.table(results, calendar: compiled.ruleset.calendar, asOf: date))
        default: throw ValidationError("--format must be jsonl, csv or table")
        }
        if results.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}
