import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
#if canImport(Glibc)
import Glibc
#endif

/// `watchline bench`: evaluation alone over records held in memory, and a whole run
/// (read → evaluate → write to a null sink), on the same engine `run` uses.
package struct Benchmark {
    package struct Result: Sendable {
        package var households: Int
        /// Records that could not be read (they are not timed; `run` shows their errors).
        package var recordsWithErrors = 0
        package var evalSeconds: [Double]
        /// Evaluation on one core, like the C reference's eval mode.
        package var evalOneCoreSeconds: [Double]
        package var threads: Int
        package var runSeconds: Double
        package var peakRSSMiB: Double
        package var evalHouseholdsPerSecond: Double { Double(households) / median(evalSeconds) }
        package var runHouseholdsPerSecond: Double { Double(households) / runSeconds }
        package var evalNanosPerHousehold: Double { median(evalSeconds) * 1e9 / Double(max(households, 1)) }
        package var evalOneCoreHouseholdsPerSecond: Double { Double(households) / median(evalOneCoreSeconds) }
        package var evalOneCoreNanosPerHousehold: Double { median(evalOneCoreSeconds) * 1e9 / Double(max(households, 1)) }
    }

    package let ruleset: CompiledRuleset
    package init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    package func run(records path: String, members: String?, reps: Int) throws -> Result {
        // No repetition, no median: refused rather than printing timings of nothing.
        guard reps >= 1 else { throw ReadError(message: MessageCatalogue.format(.cliBadReps, [String(reps)])) }
        // Load once.
        let source = try RecordFiles.open(path: path, members: members, schema: ruleset.schema, options: RecordFileOptions().reading(ruleset))
        var records: [HouseholdRecord] = []
        var record = ruleset.schema.emptyRecord()
        var withErrors = 0
        while let read = source.next(into: &record) { if read.errors.isEmpty { records.append(record) } else { withErrors += 1 } }
        // Evaluation alone, over the households in memory — as columns, a chunk at a time, the
        // way the C reference evaluates its parsed structs (decoding is not timed; the records
        // stay too, for the rules the columns cannot answer): on one core, then on all cores.
        let runner = ParallelRunner(ruleset: ruleset)
        let columns = runner.columns(records)
        var times: [Double] = [], oneCore: [Double] = []
        var sink = 0
        let threads = ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<reps {
            var t0 = now()
            sink &+= runner.decideAll(records, columns: columns, threads: 1)
            oneCore.append(now() - t0)
            t0 = now()
            sink &+= runner.decideAll(records, columns: columns, threads: threads)
            times.append(now() - t0)
        }
        // A whole run to a null sink.
        let t0 = now()
        let runSource = try RecordFiles.open(path: path, members: members, schema: ruleset.schema, options: RecordFileOptions().reading(ruleset))
        let writer = OutcomeWriter(ruleset: ruleset, format: .csv)
        var bytes = 0
        ParallelRunner(ruleset: ruleset).run(runSource, writer: writer) { chunk in bytes &+= chunk.count }
        let runTime = now() - t0
        if sink == -1 || bytes == -1 { print("") }   // keep the work observable
        return Result(households: records.count, recordsWithErrors: withErrors, evalSeconds: times, evalOneCoreSeconds: oneCore, threads: threads,
                      runSeconds: runTime, peakRSSMiB: peakRSSMiB())
    }
}

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s[s.count / 2]
}

/// Peak resident memory of this process so far.
package func peakRSSMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}
