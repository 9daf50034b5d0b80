import ArgumentParser
import Foundation
import WatchlineEngine

struct BenchCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "bench",
        abstract: helpText(.helpBenchAbstract)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpBenchRecords))
    var records: String
    @Option(help: .message(.helpMembers))
    var members: String?
    @Option(help: .message(.helpBenchReps, defaulted: true))
    var reps: Int = 5
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions
    @Flag(help: .message(.helpBenchJSON))
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
        // Not lost unseen: the figures are over the households read, and the rest is said.
        if r.recordsWithErrors > 0 { writeWarning(MessageCatalogue.format(.benchRecordsWithErrors, [String(r.recordsWithErrors), records])) }
        if json {
            writeOut(String(format: "{\"households\":%d,\"eval_households_per_s\":%.0f,\"eval_ns_per_household\":%.1f,\"eval_one_core_households_per_s\":%.0f,\"eval_one_core_ns_per_household\":%.1f,\"run_households_per_s\":%.0f,\"peak_rss_mib\":%.1f,\"reps\":%d,\"cores\":%d}\n",
                            r.households, r.evalHouseholdsPerSecond, r.evalNanosPerHousehold, r.evalOneCoreHouseholdsPerSecond, r.evalOneCoreNanosPerHousehold,
                            r.runHouseholdsPerSecond, r.peakRSSMiB, reps, r.threads))
        } else {
            func f(_ x: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", x) }
            writeOut(MessageCatalogue.format(.benchText, [String(r.households), f(r.evalOneCoreHouseholdsPerSecond, 0), f(r.evalOneCoreNanosPerHousehold, 1), String(reps),
                                                          String(r.threads), f(r.evalHouseholdsPerSecond, 0), f(r.evalNanosPerHousehold, 1),
                                                          f(r.runHouseholdsPerSecond, 0), f(r.peakRSSMiB, 1)]))
        }
    }
}
