import Foundation
import GRDB
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// What changed for a household from one recorded decision to the next. The raw values are the
/// CSV and JSON codes.
package enum HistoryEvent: String, Sendable, CaseIterable {
    case firstRecorded = "first_recorded"
    case notInRun = "not_in_run"
    case enteredMonitoring = "entered_monitoring"
    case leftMonitoring = "left_monitoring"
    case riskEliminated = "risk_eliminated"
    case categoryChanged = "category_changed"
    case risksChanged = "risks_changed"
    case measuresChanged = "measures_changed"
    case becameWatched = "became_watched"
    case stoppedWatched = "stopped_watched"
    case alertsChanged = "alerts_changed"
    case exclusionsChanged = "exclusions_changed"
    case errorsChanged = "errors_changed"

    var message: MessageID { MessageID.historyEvents[rawValue]! }

    /// The events from `a` (the earlier decision, nil when absent) to `b`.
    package static func between(_ a: HistoryDecision?, _ b: HistoryDecision?) -> [HistoryEvent] {
        guard let b else { return a == nil ? [] : [.notInRun] }
        guard let a else { return [.firstRecorded] + (b.monitored == true ? [.enteredMonitoring] : []) }
        // A record that could not be decided says nothing of monitoring: only that it errs, or no longer does.
        if !a.errors.isEmpty || !b.errors.isEmpty { return a.errors.isEmpty != b.errors.isEmpty ? [.errorsChanged] : [] }
        var out: [HistoryEvent] = []
        if a.monitored != true && b.monitored == true { out.append(.enteredMonitoring) }
        if a.monitored == true && b.monitored != true { out.append(.leftMonitoring) }
        if let x = a.category, let y = b.category, x != y { out.append(.categoryChanged) }
        if !a.risks.isEmpty && b.risks.isEmpty { out.append(.riskEliminated) }
        else if a.risks != b.risks { out.append(.risksChanged) }
        if a.measures != b.measures { out.append(.measuresChanged) }
        if a.watch != true && b.watch == true { out.append(.becameWatched) }
        if a.watch == true && b.watch != true { out.append(.stoppedWatched) }
        if a.alerts != b.alerts { out.append(.alertsChanged) }
        if a.excludedBy != b.excludedBy { out.append(.exclusionsChanged) }
        return out
    }
}

/// One run in a household's path: its decision there (nil when the household was not in it).
package struct HistoryStep: Sendable {
    package var run: HistoryRun
    package var decision: HistoryDecision?
    package var events: [HistoryEvent]
}

/// A household whose decision differs between two runs.
package struct HistoryChange: Sendable {
    package var householdID: String
    package var before: HistoryDecision?
    package var after: HistoryDecision?
    package var events: [HistoryEvent]
}

package struct HistoryError: Error, Sendable { package let message: String }

extension HistoryDatabase {
    static func split(_ s: String?) -> [String] { (s ?? "").isEmpty ? [] : s!.components(separatedBy: "|") }

    static func decision(_ row: Row) -> HistoryDecision {
        HistoryDecision(householdID: row["household_id"], line: row["line"], town: row["town"], village: row["village"],
                        monitored: row["monitored"], category: row["category"], risks: split(row["risks"]), measures: split(row["measures"]),
                        excludedBy: split(row["excluded_by"]), watch: row["watch"], alerts: split(row["alerts"]),
                        errors: ((row["errors"] as String?) ?? "").isEmpty ? [] : (row["errors"] as String).components(separatedBy: "\n"),
                        members: split(row["members"]))
    }

    static func run(_ row: Row) -> HistoryRun {
        var counts: [String: Int] = [:]
        for c in ["households", "monitored", "not_monitored", "undetermined", "errors", "watched", "alerted"] { counts[c] = row[c] }
        return HistoryRun(id: row["id"], recordedAt: row["recorded_at"], asOf: row["as_of"], rules: row["rules"], rulesetID: row["ruleset_id"],
                          records: row["records"], counts: counts)
    }

    package func runs() throws -> [HistoryRun] {
        try queue.read { db in try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id").map(Self.run) }
    }

    package func decisions(run: Int64) throws -> [HistoryDecision] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE run_id = ? ORDER BY line", arguments: [run]).map(Self.decision)
        }
    }

    /// The household's path across every run, from the first that holds it.
    package func path(of id: String) throws -> [HistoryStep] {
        let runs = try runs()
        let rows = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM decision WHERE household_id = ? ORDER BY run_id", arguments: [id])
        }
        var byRun: [Int64: HistoryDecision] = [:]
        for r in rows { byRun[r["run_id"]] = Self.decision(r) }
        var steps: [HistoryStep] = [], previous: HistoryDecision?, seen = false
        for run in runs {
            let d = byRun[run.id]
            if d != nil { seen = true }
            guard seen else { continue }
            steps.append(HistoryStep(run: run, decision: d, events: HistoryEvent.between(previous, d)))
            previous = d
        }
        return steps
    }

    /// The households whose decision differs between two runs (present in one only, or decided
    /// differently), in the later run's order.
    package func changes(from a: Int64, to b: Int64) throws -> [HistoryChange] {
        let known = Set(try runs().map(\.id))
        for r in [a, b] where !known.contains(r) {
            throw HistoryError(message: MessageCatalogue.format(.historyNoRun, [String(r), path]))
        }
        let before = Dictionary(try decisions(run: a).map { ($0.householdID, $0) }, uniquingKeysWith: { x, _ in x })
        let after = try decisions(run: b)
        var out: [HistoryChange] = []
        var inB = Set<String>()
        for d in after {
            inB.insert(d.householdID)
            let old = before[d.householdID]
            if let old, !old.decides(differently: d) { continue }
            out.append(HistoryChange(householdID: d.householdID, before: old, after: d, events: HistoryEvent.between(old, d)))
        }
        for d in try decisions(run: a) where !inB.contains(d.householdID) {
            out.append(HistoryChange(householdID: d.householdID, before: d, after: nil, events: [.notInRun]))
        }
        return out
    }
}
