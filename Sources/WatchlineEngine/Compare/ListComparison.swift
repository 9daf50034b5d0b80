import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// `watchline compare`: the departments' lists against the households — for each list the rows
/// read, the rows that match a member (household and member), the rows that match nobody (to send
/// back), invalid ID numbers and duplicate keys; the records' own invalid ID numbers; and the
/// households whose decision the lists change (decided with the lists and with no rows at all).
package struct ListComparison: Sendable {
    package struct Match: Sendable { package var line: Int; package var household: String; package var member: String }
    package struct Row: Sendable { package var line: Int; package var id: String; package var detail: String? }
    package struct ListReport: Sendable {
        package var name: String
        /// The list's `label:` (车辆登记信息), shown before its id under zh.
        package var label: String? = nil
        package var department: String?
        package var file: String
        package var rows: Int
        package var matched: [Match] = []
        package var unmatched: [Row] = []
        package var invalid: [Row] = []
        package var noID: [Row] = []
        package var duplicates: [Row] = []
    }
    package struct Brief: Sendable { package var monitored: Bool?; package var category: String?; package var excludedBy: [String]; package var alerts: [String]; package var undetermined: [String] }
    package struct Changed: Sendable { package var id: String; package var lists: [String]; package var with: Brief; package var without: Brief }

    package var lists: [ListReport] = []
    /// Members whose ID number is shaped like one but wrong: household, member (as written), reason.
    package var recordInvalid: [(household: String, member: String, reason: String)] = []
    /// Members with no ID number (`m1`): never matched.
    package var recordNoID = 0
    package var households: [Changed] = []
    package var householdsRead = 0
    /// Household records that could not be read: not compared, counted so none is lost unseen.
    package var recordsWithErrors = 0

    /// Compares; `without` is the same ruleset compiled with lists that have no rows.
    package static func run(with: CompiledRuleset, without: CompiledRuleset, tables: [ListTable], source: RecordSource, reveal: Bool,
                           progress: ProgressLine? = nil) -> ListComparison {
        defer { progress?.clear() }
        func show(_ s: String) -> String { reveal ? s : Schema.masked(s) }
        var out = ListComparison()
        var matchedRows = tables.map { [Bool](repeating: false, count: $0.rowCount) }
        var matches = tables.map { _ in [Match]() }
        let schema = with.schema
        let idSlot = schema.memberField("id")
        let stride = schema.members.count
        var record = schema.emptyRecord()
        let f1 = with.makeFrame(), f2 = without.makeFrame()
        var seen = 0
        while let read = source.next(into: &record) {
            seen += 1
            let p = source.progress
            progress?.update(households: seen, done: p.done, total: p.total)
            guard read.errors.isEmpty else { out.recordsWithErrors += 1; continue }
            out.householdsRead += 1
            let hid = record.string(schema.idField) ?? "#\(read.line)"
            var hit = Set<Int>()
            if let idSlot, record.memberCount > 0 {
                for m in 0..<record.memberCount {
                    guard case .string(let raw) = record.members[m * stride + idSlot] else { continue }
                    switch IDNumber.read(raw) {
                    case .noID: out.recordNoID += 1
                    case .invalid(let c, let reason): out.recordInvalid.append((hid, show(c), reason.rawValue))
                    case .valid:
                        for (t, table) in tables.enumerated() where table.decl.keyKind == .idNumber {
                            if case .row(let r) = table.lookup(raw) {
                                hit.insert(t)
                                if !matchedRows[t][Int(r)] { matchedRows[t][Int(r)] = true }
                                matches[t].append(Match(line: Int(table.lines[Int(r)]), household: hid, member: show(raw)))
                            }
                        }
                    }
                }
            }
            for (t, table) in tables.enumerated() where table.decl.keyKind == .household {
                if case .row(let r) = table.lookup(hid) {
                    hit.insert(t); matchedRows[t][Int(r)] = true
                    matches[t].append(Match(line: Int(table.lines[Int(r)]), household: hid, member: ""))
                }
            }
            guard !hit.isEmpty else { continue }
            let a = Engine.decide(record, with: with, frame: f1).0, b = Engine.decide(record, with: without, frame: f2).0
            let ba = brief(a, with), bb = brief(b, without)
            if ba.monitored != bb.monitored || ba.category != bb.category || ba.excludedBy != bb.excludedBy || ba.alerts != bb.alerts {
                out.households.append(Changed(id: hid, lists: hit.sorted().map { tables[$0].decl.id }, with: ba, without: bb))
            }
        }
        for (t, table) in tables.enumerated() {
            var rep = ListReport(name: table.decl.id, label: table.decl.label, department: table.decl.department, file: table.path, rows: table.rowsRead)
            rep.matched = matches[t].sorted { ($0.line, $0.household) < ($1.line, $1.household) }
            for r in 0..<table.rowCount where !matchedRows[t][table.firstRow(sameKeyAs: r)] {
                rep.unmatched.append(Row(line: Int(table.lines[r]), id: show(table.key(ofRow: r))))
            }
            rep.invalid = table.invalidIDs.map { Row(line: $0.line, id: show($0.key), detail: $0.detail) }
            rep.noID = table.noIDs.map { Row(line: $0.line, id: $0.key, detail: $0.detail) }
            rep.duplicates = table.duplicates.map { Row(line: $0.line, id: show($0.key), detail: $0.detail) }
            out.lists.append(rep)
        }
        return out
    }

    static func brief(_ d: Decision, _ r: CompiledRuleset) -> Brief {
        Brief(monitored: d.monitored, category: r.categoryName(d), excludedBy: r.exclusionNames(d), alerts: r.alertNames(d),
              undetermined: d.undetermined.fields.map(r.checked.context.fieldPath(forID:)))
    }

    /// `--json`: `lists` (per list: `rows`, `matched`, `unmatched_rows`, `invalid_ids`, `duplicates`),
    /// `records` and `households`.
    package func json() -> String {
        func row(_ r: Row, _ detailKey: String) -> [String: Any] {
            var o: [String: Any] = ["line": r.line, "id": r.id]
            if let d = r.detail { o[detailKey] = detailKey == "first_line" ? (Int(d) ?? 0) as Any : d }
            return o
        }
        func brief(_ b: Brief) -> [String: Any] {
            ["monitored": b.monitored.map { $0 as Any } ?? NSNull(), "category": b.category.map { $0 as Any } ?? NSNull(),
             "excluded_by": b.excludedBy, "alerts": b.alerts, "undetermined": b.undetermined]
        }
        var listsObj: [String: Any] = [:]
        for l in lists {
            listsObj[l.name] = [
                "file": l.file, "department": l.department.map { $0 as Any } ?? NSNull(), "rows": l.rows,
                "matched": l.matched.map { ["line": $0.line, "household": $0.household, "member": $0.member] },
                "unmatched_rows": l.unmatched.map { row($0, "reason") },
                "invalid_ids": l.invalid.map { row($0, "reason") },
                "no_id": l.noID.map { row($0, "reason") },
                "duplicates": l.duplicates.map { row($0, "first_line") },
            ] as [String: Any]
        }
        let obj: [String: Any] = [
            "lists": listsObj,
            "records": ["households": householdsRead, "no_id": recordNoID,
                        "invalid_ids": recordInvalid.map { ["household": $0.household, "member": $0.member, "reason": $0.reason] }],
            "households": households.map { ["id": $0.id, "lists": $0.lists, "with": brief($0.with), "without": brief($0.without)] as [String: Any] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The officer's report, in the locale's language.
    /// A list by its label under zh (车辆登记信息（vehicles）), by its id in English.
    func listName(_ id: String) -> String {
        guard MessageCatalogue.useChinese, let label = lists.first(where: { $0.name == id })?.label else { return id }
        return MessageCatalogue.format(.explainNamed, [label, id])
    }

    package func text() -> String {
        func f(_ id: MessageID, _ args: Any...) -> String { MessageCatalogue.format(id, args.map { "\($0)" }) + "\n" }
        func decision(_ b: Brief) -> String {
            let m = b.monitored.map { $0 ? MessageCatalogue.format(.compareMonitored, []) : MessageCatalogue.format(.compareNotMonitored, []) }
                ?? MessageCatalogue.format(.compareUndetermined, [b.undetermined.joined(separator: ", ")])
            var parts = [m]
            if let c = b.category { parts.append(c) }
            if !b.excludedBy.isEmpty { parts.append(MessageCatalogue.format(.compareExcludedBy, [b.excludedBy.joined(separator: MessageCatalogue.useChinese ? "、" : ", ")])) }
            if !b.alerts.isEmpty { parts.append(MessageCatalogue.format(.compareAlerts, [b.alerts.joined(separator: MessageCatalogue.useChinese ? "、" : ", ")])) }
            return parts.joined(separator: MessageCatalogue.useChinese ? "，" : "; ")
        }
        var out = ""
        for l in lists {
            // Under zh by its label, its id (what --list-file names) first inside the brackets.
            let labelled = MessageCatalogue.useChinese ? l.label : nil
            let head = labelled ?? l.name, dept = labelled.map { _ in [l.name, l.department].compactMap { $0 }.joined(separator: "，") } ?? (l.department ?? "")
            out += f(.compareListHead, head, dept, l.file, l.rows, l.matched.count, l.unmatched.count, l.invalid.count, l.duplicates.count)
            for m in l.matched { out += f(.compareMatched, l.file, m.line, m.household, m.member) }
            for r in l.unmatched { out += f(.compareUnmatched, l.file, r.line, r.id) }
            for r in l.invalid { out += f(.compareInvalid, l.file, r.line, r.id, IDNumber.reasonWord(r.detail ?? "")) }
            for r in l.noID { out += f(.compareNoID, l.file, r.line, r.id) }
            for r in l.duplicates { out += f(.compareDuplicate, l.file, r.line, r.id, r.detail ?? "") }
            out += "\n"
        }
        out += f(.compareRecords, householdsRead, recordInvalid.count, recordNoID)
        if recordsWithErrors > 0 { out += f(.compareRecordsWithErrors, recordsWithErrors) }
        for r in recordInvalid { out += f(.compareRecordInvalid, r.household, r.member, IDNumber.reasonWord(r.reason)) }
        out += "\n" + f(.compareChangedHead, households.count)
        for h in households { out += f(.compareChanged, h.id, h.lists.map(listName).joined(separator: "、"), decision(h.without), decision(h.with)) }
        return out
    }
}
