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
                writeError(MessageCatalogue.format(.cliBadLang, [])); Foundation.exit(64)
            }
        }
        Self.main(CommandLineArguments.escapingExpressions(args))
    }

    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "watchline",
        abstract: helpText(.helpWatchlineAbstract),
        discussion: discussionText(.helpWatchlineDiscussion),
        subcommands: [CheckCommand.self, RunCommand.self, ExplainCommand.self, EvalCommand.self, TimelineCommand.self, TestCommand.self, DiffCommand.self, ReplCommand.self, BenchCommand.self, SchemaCommand.self, ReportCommand.self, HistoryCommand.self, CompareCommand.self]) }
}
