import Foundation
import GRDB
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// The office's run history (`run --history office.sqlite`): one SQLite file, its tables made and
/// upgraded by migrations. What a run records: the rule files with their content hashes, the
/// records' hash, the as-of date and time, the counts, the parameter values, and every household's
/// decision. Personal fields (members' ID numbers) are stored as given — the database is the
/// office's own — and masked on every output unless `--reveal-ids`.
package struct HistoryDatabase {
    let queue: DatabaseQueue
    package let path: String

    package init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        queue = try DatabaseQueue(path: path, configuration: config)
        try Self.migrator.migrate(queue)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: runs, files, parameters, decisions") { db in
            try db.create(table: "run") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("recorded_at", .text).notNull()
                t.column("as_of", .text).notNull()
                t.column("rules", .text).notNull()
                t.column("ruleset_id", .text).notNull()
                t.column("records", .text).notNull()
                t.column("records_sha256", .text)
                t.column("members", .text)
                t.column("members_sha256", .text)
                t.column("fingerprint", .text).notNull()
                for c in ["households", "monitored", "not_monitored", "undetermined", "errors", "watched", "alerted"] {
                    t.column(c, .integer).notNull()
                }
            }
            try db.create(table: "run_file") { t in
                t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                t.column("role", .text).notNull()        // rules, schema, calendar
                t.column("path", .text).notNull()
                t.column("sha256", .text)
            }
            try db.create(table: "run_parameter") { t in
                t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("value", .text)
                t.column("unit", .text)
                t.column("what_if", .boolean).notNull()
            }
            try db.create(table: "decision") { t in
                t.column("run_id", .integer).notNull().references("run", onDelete: .cascade)
                t.column("household_id", .text).notNull()
                t.column("line", .integer).notNull()
                t.column("town", .text)
                t.column("village", .text)
                t.column("monitored", .boolean)
                t.column("category", .text)
                t.column("risks", .text).notNull()       // |-joined ids
                t.column("measures", .text).notNull()
                t.column("excluded_by", .text).notNull()
                t.column("watch", .boolean)
                t.column("alerts", .text).notNull()
                t.column("errors", .text).notNull()
                t.column("members", .text).notNull()     // personal fields as given, |-joined
                t.primaryKey(["run_id", "household_id"])
            }
            try db.create(index: "decision_household", on: "decision", columns: ["household_id", "run_id"])
        }
        return m
    }
}

/// One household's decision as the history keeps it.
package struct HistoryDecision: Sendable, Equatable {
    package var householdID: String
    package var line: Int
    package var town: String?
    package var village: String?
    package var monitored: Bool?
    package var category: String?
    package var risks: [String]
    package var measures: [String]
    package var excludedBy: [String]
    package var watch: Bool?
    package var alerts: [String]
    package var errors: [String]
    package var members: [String]

    /// Whether the decision differs (where the household is and who its members are do not count).
    package func decides(differently o: HistoryDecision) -> Bool {
        monitored != o.monitored || category != o.category || risks != o.risks || measures != o.measures
            || excludedBy != o.excludedBy || watch != o.watch || alerts != o.alerts || errors.isEmpty != o.errors.isEmpty
    }
}

/// One recorded run.
package struct HistoryRun: Sendable {
    package var id: Int64
    package var recordedAt: String
    package var asOf: String
    package var rules: String
    package var rulesetID: String
    package var records: String
    package var counts: [String: Int]
}
