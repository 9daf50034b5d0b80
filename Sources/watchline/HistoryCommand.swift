import ArgumentParser
import Foundation
import WatchlineEngine

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "What earlier runs recorded with `run --history FILE`: one household's path across runs, or who changed between two runs.",
        discussion: """
        watchline run Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --history office.sqlite
        watchline history --db office.sqlite --id 340604-GR-0006
        watchline history --db office.sqlite --changes 1 2 --format xlsx --output changes.xlsx
        Without --id or --changes, lists the runs recorded. Members' ID numbers are masked unless --reveal-ids.
        """)

    @Option(help: "The history database (SQLite) that `run --history` wrote.")
    var db: String
    @Option(help: "One household's path across the runs.")
    var id: String?
    @Option(parsing: .upToNextOption, help: "RUN_A RUN_B: the households whose decision changed between two runs.")
    var changes: [Int64] = []
    @Option(help: "table, csv, json, or xlsx (needs --output).")
    var format: String = "table"
    @Option(help: "Write here (atomically) instead of stdout.")
    var output: String?
    @Flag(help: "Show members' ID numbers in full (masked, first 6 and last 4 kept, by default).")
    var revealIds = false

    func run() throws {
        guard let fmt = HistoryFormat(rawValue: format) else { throw ValidationError(MessageCatalogue.format(.cliBadChoice, ["--format", "table, csv, json, xlsx"])) }
        if fmt == .xlsx && output == nil { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--format xlsx", "--output FILE.xlsx"])) }
        if !changes.isEmpty && changes.count != 2 { throw ValidationError(MessageCatalogue.format(.cliNeeds, ["--changes", "RUN_A RUN_B"])) }
        guard FileManager.default.fileExists(atPath: db) else { writeError(MessageCatalogue.format(.fileCannotOpen, [db, "no such file"])); throw ExitCode(1) }
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
                    text += "\(r.id)\t\(r.recordedAt)\t\(r.asOf)\t\(r.rules)\t\(r.records)\t\(r.counts["households"] ?? 0) households, \(r.counts["monitored"] ?? 0) monitored\n"
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
