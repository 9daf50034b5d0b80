import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Runs a compiled ruleset over a stream of records: one outcome per record, in input order,
/// written as it goes (memory does not grow with the number of households).
public struct Runner {
    public let ruleset: CompiledRuleset
    public var explain = false
    public init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    /// Streams `source` through the ruleset, handing each outcome to `emit`.
    public func run(_ source: RecordSource, progress: ProgressLine? = nil,
                    emit: (Outcome, HouseholdRecord, Frame) -> Void) {
        let frame = ruleset.makeFrame()
        var record = ruleset.schema.emptyRecord()
        let schema = ruleset.schema
        let idSlot = schema.idField, town = schema.householdField("town"), village = schema.householdField("village"), grid = schema.householdField("grid")
        var count = 0
        while let read = source.next(into: &record) {
            var outcome = Outcome(line: read.line, id: record.string(idSlot), decision: nil, errors: read.errors)
            outcome.town = record.string(town); outcome.village = record.string(village); outcome.grid = record.string(grid)
            if read.errors.isEmpty {
                let (d, trace) = Engine.decide(record, with: ruleset, frame: frame, explain: explain)
                outcome.decision = d
                outcome.trace = trace
            }
            emit(outcome, record, frame)
            count += 1
            if count & 1023 == 0, let progress {
                let p = source.progress
                progress.update(households: count, done: p.done, total: p.total)
            }
        }
        progress?.clear()
    }
}
