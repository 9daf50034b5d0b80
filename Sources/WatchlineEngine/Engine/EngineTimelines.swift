import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

extension Engine {
    /// What `watchline timeline` computes: every procedure a household record starts (and its
    /// recurring duties), then every case of a cases file, each step with its due date and
    /// status at the ruleset's as-of date. A record or case that cannot be read is a result
    /// carrying its error, so nothing is lost. Throws when a file cannot be opened.
    public static func timelines(_ ruleset: CompiledRuleset, records: String?, members: String?, cases: String?,
                                 options: RecordFileOptions = .init()) throws -> [TimelineResult] {
        var results: [TimelineResult] = []
        if let records {
            let source = try RecordFiles.open(path: records, members: members, schema: ruleset.schema, options: options.reading(ruleset))
            let households = HouseholdTimelines(ruleset: ruleset)
            let frame = ruleset.makeFrame()
            var record = ruleset.schema.emptyRecord()
            while let read = source.next(into: &record) {
                if !read.errors.isEmpty {
                    results.append(TimelineResult(caseID: record.string(ruleset.schema.idField) ?? "#\(read.line)", procedure: "", steps: [],
                                                  error: read.errors.joined(separator: "; ")))
                    continue
                }
                results += households.results(for: record, frame: frame)
            }
        }
        let evaluator = TimelineEvaluator(calendar: ruleset.ruleset.calendar, asOf: ruleset.asOf)
        // A case id given twice: the second is an error naming the first's line (each case is one line of output).
        var seen: [String: Int] = [:]
        for item in try cases.map({ try TimelineCases.read(path: $0, timelines: ruleset.ruleset.timelines) }) ?? [] {
            let shownID = item.id ?? "#\(item.line)"
            if let id = item.id, let first = seen[id] {
                results.append(TimelineResult(caseID: shownID, procedure: "", steps: [], error: MessageCatalogue.format(.caseDuplicateID, [String(item.line), id, String(first)])))
                continue
            }
            if let id = item.id { seen[id] = item.line }
            switch item.result {
            case .failure(let e): results.append(TimelineResult(caseID: shownID, procedure: "", steps: [], error: e.message))
            case .success(let c): results.append(evaluator.evaluate(c, in: ruleset.ruleset))
            }
        }
        return results
    }

    /// The formats `timeline` writes.
    public static let timelineFormats = ["jsonl", "csv", "table"]

    /// Timeline results as `format` (one of `timelineFormats`; nil for another): JSON lines, CSV,
    /// or the table that lists overdue steps first with each step's label.
    public static func timelineText(_ results: [TimelineResult], format: String, ruleset: CompiledRuleset) -> String? {
        switch format {
        case "jsonl": return results.map(TimelineText.json).joined()
        case "csv": return TimelineText.csv(results)
        case "table":
            var labels: [String: String] = [:]
            for t in ruleset.ruleset.timelines {
                for s in t.steps { if let l = s.label { labels[s.id] = l } }
                for x in t.recurring { if let l = x.label { labels[x.id] = l } }
            }
            return TimelineText.table(results, calendar: ruleset.ruleset.calendar, asOf: ruleset.asOf, labels: labels)
        default: return nil
        }
    }
}
