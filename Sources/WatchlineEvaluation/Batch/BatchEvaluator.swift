import WatchlineSyntax
import WatchlineLanguage
/// One thread's batch machinery for a ruleset: the chunk's columns and the kernels' answers,
/// allocated once and reused. `answer(_:count:)` gathers a chunk of records into columns
/// and runs every kernel over them; the decider then reads each household's rule answers from it.
package final class BatchEvaluator {
    package let columns: ColumnChunk
    package let answers: BatchAnswers
    /// Whole decisions from the bitmaps, where the ruleset allows (`BatchDecisions.applies`).
    package let decisions: BatchDecisions?

    package init(ruleset: CompiledRuleset, capacity: Int) {
        columns = ColumnChunk(plan: ruleset.batch, capacity: capacity)
        answers = BatchAnswers(plan: ruleset.batch, capacity: capacity)
        decisions = BatchDecisions.applies(to: ruleset) ? BatchDecisions(ruleset: ruleset, capacity: capacity) : nil
    }

    package var capacity: Int { columns.capacity }

    /// The household's whole decision, when the bitmaps made it (else `decide` with the answers).
    @inline(__always) package func decision(_ h: Int) -> Decision? { decisions?.decision(h) }

    /// Whether the household is identified, when the bitmaps decided it.
    @inline(__always) package func monitored(_ h: Int) -> Bool? { decisions?.monitored(h) }

    /// The answers for the first `count` of `records` (household h of the chunk is `records[h]`).
    package func answer(_ records: UnsafeBufferPointer<HouseholdRecord>, count: Int) -> BatchAnswers {
        columns.gather(records, count: count)
        return answer(columns)
    }

    /// The answers for a chunk already in columns (`bench` holds its households so, as the C
    /// reference holds its parsed structs).
    package func answer(_ chunk: ColumnChunk) -> BatchAnswers {
        answers.evaluate(chunk)
        decisions?.decide(answers, count: chunk.count)
        return answers
    }
}

extension CompiledRuleset {
    /// A batch evaluator for chunks of up to `capacity` households, or nil when no rule has a
    /// kernel (then the per-household path is all there is).
    package func makeBatchEvaluator(capacity: Int) -> BatchEvaluator? {
        batch.isUseful ? BatchEvaluator(ruleset: self, capacity: capacity) : nil
    }
}
