import ArgumentParser
import Foundation
import WatchlineEngine

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Households per second: evaluation alone (records in memory) and a whole run; peak memory.")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Household records.")
    var records: String
    @Option(help: "Members CSV (with a CSV household file).")
    var members: String?
    @Option(help: "Repetitions of the evaluation (the median is reported).")
    var reps: Int = 5
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Flag(help: "One JSON object instead of text.")
    var json = false

    func validate() throws {
        if reps < 1 { throw ValidationError(MessageCatalogue.format(.cliBadReps, [String(reps)])) }
    }

    func run() throws {
        let listStore = try lists.store()
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root(), deciding: true, lists: listStore)
        let r: Benchmark.Result
        do { r = try Benchmark(ruleset: compiled).run(records: records, members: members, reps: reps) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        if json {
            writeOut(String(format: "{\"households\":%d,\"eval_households_per_s\":%.0f,\"eval_ns_per_household\":%.1f,\"eval_one_core_households_per_s\":%.0f,\"eval_one_core_ns_per_household\":%.1f,\"run_households_per_s\":%.0f,\"peak_rss_mib\":%.1f,\"reps\":%d,\"cores\":%d}\n",
                            r.households, r.evalHouseholdsPerSecond, r.evalNanosPerHousehold, r.evalOneCoreHouseholdsPerSecond, r.evalOneCoreNanosPerHousehold,
                            r.runHouseholdsPerSecond, r.peakRSSMiB, reps, r.threads))
        } else {
            writeOut(String(format: "%d households\nevaluation, 1 core:   %.0f households/s (%.1f ns each, median of %d)\nevaluation, %d cores:  %.0f households/s (%.1f ns each)\nwhole run:            %.0f households/s (read, evaluate, write CSV to a null sink)\npeak RSS:             %.1f MiB\n",
                            r.households, r.evalOneCoreHouseholdsPerSecond, r.evalOneCoreNanosPerHousehold, reps, r.threads, r.evalHouseholdsPerSecond, r.evalNanosPerHousehold,
                            r.runHouseholdsPerSecond, r.peakRSSMiB))
        }
    }
}
