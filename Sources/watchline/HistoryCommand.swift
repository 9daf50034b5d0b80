import ArgumentParser
import Foundation
import WatchlineEngine

struct HistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "history",
        abstract: helpText(.helpHistoryAbstract),
        discussion: discussionText(.helpHistoryDiscussion)) }

    @Option(help: .message(.helpHistoryDB))
    var db: String
    @Option(help: .message(.helpHistoryID))
    var id: String?
    @Option(parsing: .upToNextOption, help: .message(.helpHistoryChanges))
    var changes: [Int64] = []
    @Option(help: .message(.helpHistoryFormat, defaulted: true))
    var format: String = "table"
    @Option(help: .message(.helpHistoryOutput))
    var output: String?
    @Flag(help: .message(.helpRevealIdsShort))
    var revealIds = false

    func run() throws {
        guard let fmt = HistoryFormat(rawValue: format) else { throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "table, csv, json, xlsx"])) }
        if fmt == .xlsx && output == nil { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--format xlsx", "--output FILE.xlsx"])) }
        if !changes.isEmpty && changes.count != 2 { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--changes", "RUN_A RUN_B"])) }
        guard FileManager.default.fileExists(atPath: db) else { writeError(MessageCatalogue.format(.fileCannotOpen, [db, MessageCatalogue.format(.fileNoSuchFile, [])])); throw ExitCode(1) }
        let out = HistoryOutput(reveal: revealIds)
        let bytes: [UInt8]
        do {
            let database = try HistoryDatabase(path: db)
            if let id {
                let steps = try database.path(of: id)
                if steps.isEmpty { writeError(MessageCatalogue.format(.historyNoHousehold, [id, db])); throw ExitCode(1) }
                bytes = try out.path(id, steps, format: fmt)
            } else if changes.count == 2 {
                bytes = try out.changes(changes[0], changes[1], try database.changes(from: changes[0], to: changes[1]), format: fmt)
            } else {
                var text = ""
                for r in try database.runs() {
                    text += MessageCatalogue.format(.historyRunListLine, ["\(r.id)", r.recordedAt, r.asOf, r.rules, r.records,
                                                                          "\(r.counts["households"] ?? 0)", "\(r.counts["monitored"] ?? 0)"]) + "\n"
                }
                bytes = Array(text.utf8)
            }
        } catch let e as HistoryError { writeError(e.message); throw ExitCode(1) }
        do {
            let sink = try OutputSink(path: output)
            sink.write(bytes)
            try sink.finish()
        } catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
    }
}
