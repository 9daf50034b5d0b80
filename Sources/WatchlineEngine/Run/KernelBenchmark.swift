import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// The batch path's stages one at a time, for `Perf/` (which sees only public API): gathering a
/// chunk of records into typed columns, running the kernels over the columns, and deciding from
/// the bitmaps. `watchline bench` times them together.
public final class KernelBenchmark {
    let ruleset: CompiledRuleset
    let records: [HouseholdRecord]
    let batch: BatchEvaluator
    let chunks: [ColumnChunk]
    public let chunkSize: Int

    /// `records` held in memory, in chunks of `chunkSize`; nil when the ruleset has no kernels.
    public init?(ruleset: CompiledRuleset, records: [HouseholdRecord], chunkSize: Int = 4096) {
        guard let b = ruleset.makeBatchEvaluator(capacity: chunkSize) else { return nil }
        self.ruleset = ruleset; self.records = records; self.chunkSize = chunkSize; batch = b
        chunks = ParallelRunner(ruleset: ruleset).columns(records, size: chunkSize)
    }

    /// Records → typed columns and validity bitmaps, every chunk.
    public func gather() -> Int {
        var n = 0
        records.withUnsafeBufferPointer { all in
            for start in stride(from: 0, to: all.count, by: chunkSize) {
                let part = UnsafeBufferPointer(rebasing: all[start..<min(all.count, start + chunkSize)])
                batch.columns.gather(part, count: part.count)
                n += batch.columns.count
            }
        }
        return n
    }

    /// Every kernel over every chunk's columns (answers only, no decisions).
    public func kernels() -> Int {
        var n = 0
        for c in chunks { batch.answers.evaluate(c); n += c.count }
        return n
    }

    /// Kernels, then decisions from the bitmaps; returns how many households the bitmaps decided.
    public func decide() -> Int {
        var n = 0
        for c in chunks {
            _ = batch.answer(c)
            for i in 0..<c.count where batch.monitored(i) != nil { n += 1 }
        }
        return n
    }
}
