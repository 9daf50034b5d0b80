import ArgumentParser
import Foundation
import WatchlineEngine

@main
struct Watchline: ParsableCommand {
    /// `--lang zh|en` anywhere on the command line picks the language of every message (over LANG);
    /// `watchline eval RULES '-1'` works without `--` (see `CommandLineArguments`).
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        if let i = args.firstIndex(where: { $0 == "--lang" || $0.hasPrefix("--lang=") }) {
            let value = args[i].hasPrefix("--lang=") ? String(args[i].dropFirst("--lang=".count)) : (i + 1 < args.count ? args[i + 1] : "")
            args.removeSubrange(i...(args[i].hasPrefix("--lang=") ? i : min(i + 1, args.count - 1)))
            switch value {
            case "zh", "zh_CN", "cn": MessageCatalogue.language = true
            case "en": MessageCatalogue.language = false
            default:
                FileHandle.standardError.write(Data("error: --lang takes zh or en\n".utf8)); Foundation.exit(64)
            }
        }
        Self.main(CommandLineArguments.escapingExpressions(args))
    }

    static let configuration = CommandConfiguration(
        commandName: "watchline",
        abstract: "Run poverty-monitoring policy rules (防止返贫动态监测) over household records.",
        discussion: """
        A rule file encodes a policy document: monitoring thresholds, exclusions with their
        exceptions, categories, assistance measures and procedure timelines. Watchline checks it,
        compiles it, and runs it over household records, explaining every decision.

        Start with:  watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30
        """,
        subcommands: [CheckCommand.self, RunCommand.self, ExplainCommand.self, EvalCommand.self, TimelineCommand.self, TestCommand.self, DiffCommand.self, ReplCommand.self, BenchCommand.self, SchemaCommand.self, ReportCommand.self, HistoryCommand.self, CompareCommand.self])
}
