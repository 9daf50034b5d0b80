import ArgumentParser
import Foundation
import WatchlineEngine

struct TimelineCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "timeline",
        abstract: helpText(.helpTimelineAbstract)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpTimelineCases))
    var cases: String?
    @Option(help: .message(.helpTimelineRecords))
    var records: String?
    @Option(help: .message(.helpMembers))
    var members: String?
    @OptionGroup var sheets: SheetOptions
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @Option(help: .message(.helpTimelineFormat, defaulted: true))
    var format: String = "jsonl"

    func run() throws {
        let sources = SourceStore()
        let compiled = try loadRules(rules, asOf: try asOf.date(), sources: sources, root: try rulesRoot.root())
        guard cases != nil || records != nil else { throw ValidationError(MessageCatalogue.format(.cliGiveCasesOrRecords, [])) }
        guard Engine.timelineFormats.contains(format) else {
            throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", Engine.timelineFormats.joined(separator: ", ")]))
        }
        let results: [TimelineResult]
        do { results = try Engine.timelines(compiled, records: records, members: members, cases: cases, options: sheets.options) }
        catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        writeOut(Engine.timelineText(results, format: format, ruleset: compiled) ?? "")
        if results.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}
