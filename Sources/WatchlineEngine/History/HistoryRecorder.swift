import Foundation
import GRDB
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// Collects each household's decision while a run streams past (in the run loop's observing turn, in
/// input order), then records the run in one transaction.
package final class HistoryRecorder: @unchecked Sendable {
    let ruleset: CompiledRuleset
    let town: Int?, village: Int?
    let personalMemberFields: [Int]
    var decisions: [HistoryDecision] = []

    package init(ruleset: CompiledRuleset) {
        self.ruleset = ruleset
        town = ruleset.schema.householdField("town")
        village = ruleset.schema.householdField("village")
        personalMemberFields = ruleset.schema.members.indices.filter { ruleset.schema.members[$0].personal }
    }

    package func add(_ o: Outcome, record: HouseholdRecord?) {
        var d = HistoryDecision(householdID: o.outputID, line: o.line, town: record?.string(town), village: record?.string(village),
                                monitored: nil, category: nil, risks: [], measures: [], excludedBy: [], watch: nil, alerts: [],
                                errors: o.errors, members: [])
        if let dec = o.decision, o.errors.isEmpty {
            let r = ruleset
            if dec.failure != nil { d.errors = r.failureMessages(dec) }
            else {
                d.monitored = dec.monitored; d.category = r.categoryName(dec); d.risks = r.riskNames(dec); d.measures = r.measureNames(dec)
                d.excludedBy = r.exclusionNames(dec); d.watch = dec.watch; d.alerts = r.alertNames(dec)
            }
        }
        if let record, record.memberCount > 0 {
            let stride = ruleset.schema.members.count
            for m in 0..<record.memberCount {
                for f in personalMemberFields {
                    let i = m * stride + f
                    if i < record.members.count, case .string(let s) = record.members[i] { d.members.append(s) }
                }
            }
        }
        decisions.append(d)
    }

    package enum Saved: Sendable, Equatable {
        /// A new run, with its id.
        case recorded(Int64)
        /// The same rules, parameters, date and records as the latest run: nothing added.
        case unchanged(Int64)
    }

    /// The files a run depends on: the rule files (the `extends` chain), the schema, the calendar.
    var files: [(role: String, path: String)] {
        let m = ruleset.ruleset
        return m.chain.map { ("rules", $0) } + [("schema", m.schema.path)] + (m.calendarPath.map { [("calendar", $0)] } ?? [])
    }

    var parameters: [(name: String, value: String?, unit: String?, whatIf: Bool)] {
        ruleset.ruleset.parameters.enumerated().map { i, p in
            let v = ruleset.checked.parameterValues[i].value
            let text: String? = v.map { if case .number(let x, _) = $0 { return Fixed.format(x) } else { return $0.description } }
            return (p.id, text, p.unit, ruleset.checked.overrides[p.id] != nil)
        }
    }

    package func save(to db: HistoryDatabase, summary s: RunSummary, records: String, members: String?, now: Date = Date()) throws -> Saved {
        let fileHashes = files.map { ($0.role, $0.path, SHA256.file($0.path)) }
        let recordsHash = SHA256.file(records), membersHash = members.flatMap(SHA256.file)
        let params = parameters
        var print = ["as_of=" + ruleset.asOf.iso, "records=" + (recordsHash ?? records), "members=" + (membersHash ?? members ?? "")]
        print += fileHashes.map { "\($0.0)=\($0.2 ?? $0.1)" }
        print += params.map { "param \($0.name)=\($0.value ?? "")" }
        let fingerprint = SHA256.hex(Data(print.joined(separator: "\n").utf8))
        let stamp = ISO8601DateFormatter().string(from: now)
        let m = ruleset.ruleset
        let decisions = self.decisions
        return try db.queue.write { db -> Saved in
            if let last = try Row.fetchOne(db, sql: "SELECT id, fingerprint FROM run ORDER BY id DESC LIMIT 1"),
               (last["fingerprint"] as String) == fingerprint {
                return .unchanged(last["id"])
            }
            try db.execute(sql: """
                INSERT INTO run (recorded_at, as_of, rules, ruleset_id, records, records_sha256, members, members_sha256, fingerprint,
                                 households, monitored, not_monitored, undetermined, errors, watched, alerted)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [stamp, ruleset.asOf.iso, m.path, m.id, records, recordsHash, members, membersHash, fingerprint,
                                 s.households, s.monitored, s.notMonitored, s.undetermined, s.failed, s.watched, s.alerted])
            let run = db.lastInsertedRowID
            for f in fileHashes {
                try db.execute(sql: "INSERT INTO run_file (run_id, role, path, sha256) VALUES (?, ?, ?, ?)", arguments: [run, f.0, f.1, f.2])
            }
            for p in params {
                try db.execute(sql: "INSERT INTO run_parameter (run_id, name, value, unit, what_if) VALUES (?, ?, ?, ?, ?)",
                               arguments: [run, p.name, p.value, p.unit, p.whatIf])
            }
            let insert = try db.makeStatement(sql: """
                INSERT INTO decision (run_id, household_id, line, town, village, monitored, category, risks, measures, excluded_by,
                                      watch, alerts, errors, members)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, household_id) DO UPDATE SET
                    errors = CASE WHEN decision.errors = '' THEN excluded.errors ELSE decision.errors || char(10) || excluded.errors END
                """)
            // A second record with an id already seen (its error says so, with both lines) adds its
            // error to the household's row: the first record's decision is kept, not replaced.
            for d in decisions {
                try insert.execute(arguments: [run, d.householdID, d.line, d.town, d.village, d.monitored, d.category,
                                               d.risks.joined(separator: "|"), d.measures.joined(separator: "|"), d.excludedBy.joined(separator: "|"),
                                               d.watch, d.alerts.joined(separator: "|"), d.errors.joined(separator: "\n"), d.members.joined(separator: "|")])
            }
            return .recorded(run)
        }
    }
}
