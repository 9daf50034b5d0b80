import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

extension Engine {
    /// The leader's report's one pass over the records, through the one run loop: the run's
    /// summary and the report's counts by town, village, risk and measure.
    package static func reportPass(_ ruleset: CompiledRuleset, source: RecordSource, revealIDs: Bool,
                                  progress: ProgressLine?) -> (summary: RunSummary, data: ReportData) {
        let summaryBuilder = SummaryBuilder(ruleset: ruleset)
        let data = ReportData(ruleset: ruleset)
        data.revealIDs = revealIDs
        ParallelRunner(ruleset: ruleset).run(source, writer: OutcomeWriter(ruleset: ruleset, format: .jsonl), progress: progress,
                                             observe: { o, record, _ in summaryBuilder.add(o, record: record, frame: nil); data.add(o, record: record) },
                                             write: { _ in })
        return (summaryBuilder.finish(), data)
    }
}
