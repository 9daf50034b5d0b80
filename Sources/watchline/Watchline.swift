import ArgumentParser
import WatchlineCore

@main
struct Watchline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watchline",
        abstract: "Run poverty-monitoring policy rules (防止返贫动态监测) over household records.",
        discussion: """
        A rule file encodes a policy document: monitoring thresholds, exclusions with their
        exceptions, categories, assistance measures and procedure timelines. Watchline checks it,
        compiles it, and runs it over household records, explaining every decision.

        Start with:  watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30
        """,
        subcommands: [CheckCommand.self, RunCommand.self, ExplainCommand.self, EvalCommand.self, TimelineCommand.self, TestCommand.self, DiffCommand.self, ReplCommand.self, BenchCommand.self, CompareCommand.self])
}
