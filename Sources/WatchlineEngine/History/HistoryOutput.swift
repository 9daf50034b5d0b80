import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// `watchline history` output: a table for the officer, CSV, JSON, or an Excel workbook.
/// Personal fields (members' ID numbers) are masked unless `reveal`.
package enum HistoryFormat: String, Sendable, CaseIterable { case table, csv, json, xlsx }

package struct HistoryOutput {
    package var reveal = false
    package init(reveal: Bool = false) { self.reveal = reveal }

    func members(_ d: HistoryDecision?) -> [String] { (d?.members ?? []).map { reveal ? $0 : Schema.masked($0) } }

    static func yesNo(_ b: Bool?) -> String { b.map { $0 ? "true" : "false" } ?? "" }

    func words(_ d: HistoryDecision?, chinese: Bool = MessageCatalogue.useChinese) -> String {
        func say(_ id: MessageID, _ args: [String] = []) -> String { MessageCatalogue.format(id, args, chinese: chinese) }
        guard let d else { return say(.historyAbsent) }
        // A record that failed has no decision: its errors alone. A decided household whose id came
        // again later keeps its decision, with the later record's error after it.
        if !d.errors.isEmpty && d.monitored == nil && d.risks.isEmpty { return say(.historyWordsErrors, [d.errors.joined(separator: "; ")]) }
        var parts = [say(.historyWordsMonitored, [d.monitored.map { say($0 ? .historyWordsYes : .historyWordsNo) } ?? say(.historyWordsUndetermined)])]
        if let c = d.category { parts.append(say(.historyWordsCategory, [c])) }
        if !d.risks.isEmpty { parts.append(say(.historyWordsRisks, [d.risks.joined(separator: "、")])) }
        if !d.measures.isEmpty { parts.append(say(.historyWordsMeasures, [d.measures.joined(separator: "、")])) }
        if d.watch == true { parts.append(say(.historyWordsWatched)) }
        if !d.alerts.isEmpty { parts.append(say(.historyWordsAlerts, [d.alerts.joined(separator: "、")])) }
        if !d.excludedBy.isEmpty { parts.append(say(.historyWordsExcludedBy, [d.excludedBy.joined(separator: "、")])) }
        if !d.errors.isEmpty { parts.append(say(.historyWordsErrors, [d.errors.joined(separator: "; ")])) }
        return parts.joined(separator: say(.historyWordsSeparator))
    }

    func eventText(_ es: [HistoryEvent], chinese: Bool = MessageCatalogue.useChinese) -> String {
        es.map { MessageCatalogue.format($0.message, [], chinese: chinese) }.joined(separator: chinese ? "、" : ", ")
    }

    // MARK: one household's path

    package func path(_ id: String, _ steps: [HistoryStep], format: HistoryFormat) throws -> [UInt8] {
        let people = steps.compactMap(\.decision).last.map { members($0) } ?? []
        switch format {
        case .table:
            var out = MessageCatalogue.format(.historyPathHeading, [id, String(steps.count)]) + "\n"
            for s in steps {
                out += "  " + MessageCatalogue.format(.historyRunLine, [String(s.run.id), s.run.recordedAt, s.run.asOf, s.run.rules]) + "\n"
                out += "    " + words(s.decision) + (s.events.isEmpty ? "" : "  [" + eventText(s.events) + "]") + "\n"
            }
            if !people.isEmpty { out += MessageCatalogue.format(.historyMembers, [people.joined(separator: " ")]) + "\n" }
            return Array(out.utf8)
        case .csv:
            var rows = [["run_id", "recorded_at", "as_of", "rules", "present", "monitored", "category", "risks", "measures", "watch", "alerts", "excluded_by", "events", "members"]]
            for s in steps {
                let d = s.decision
                rows.append([String(s.run.id), s.run.recordedAt, s.run.asOf, s.run.rules, d == nil ? "false" : "true", Self.yesNo(d?.monitored), d?.category ?? "",
                             (d?.risks ?? []).joined(separator: "|"), (d?.measures ?? []).joined(separator: "|"), Self.yesNo(d?.watch),
                             (d?.alerts ?? []).joined(separator: "|"), (d?.excludedBy ?? []).joined(separator: "|"),
                             s.events.map(\.rawValue).joined(separator: "|"), members(d).joined(separator: "|")])
            }
            return Self.csv(rows)
        case .json:
            let obj: [String: Any] = ["household_id": id, "members": people, "runs": steps.map { s -> [String: Any] in
                ["run_id": s.run.id, "recorded_at": s.run.recordedAt, "as_of": s.run.asOf, "rules": s.run.rules,
                 "decision": s.decision.map { decisionJSON($0) } ?? NSNull(), "events": s.events.map(\.rawValue)]
            }]
            return Self.json(obj)
        case .xlsx:
            var rows: [[XLSXWriter.Cell]] = [["运行", "记录时间", "判断日期", "规则文件", "是否监测对象", "监测类型", "风险类型", "帮扶措施", "持续跟踪关注", "预警", "变化", "成员身份证号"].map { .text($0) }]
            for s in steps {
                let d = s.decision
                rows.append([.number(String(s.run.id)), .text(s.run.recordedAt), .text(s.run.asOf), .text(s.run.rules),
                             .text(d == nil ? "本次无该户" : (d!.monitored.map { $0 ? "是" : "否" } ?? "待定")), .text(d?.category ?? ""),
                             .text((d?.risks ?? []).joined(separator: "、")), .text((d?.measures ?? []).joined(separator: "、")),
                             .text(d?.watch == true ? "是" : "否"), .text((d?.alerts ?? []).joined(separator: "、")),
                             .text(eventText(s.events, chinese: true)), .text(members(d).joined(separator: " "))])
            }
            return Array(try XLSXWriter.data([.init(name: "农户历史", rows: rows)]))
        }
    }

    func decisionJSON(_ d: HistoryDecision) -> [String: Any] {
        ["monitored": d.monitored.map { $0 as Any } ?? NSNull(), "category": d.category.map { $0 as Any } ?? NSNull(), "risks": d.risks,
         "measures": d.measures, "watch": d.watch.map { $0 as Any } ?? NSNull(), "alerts": d.alerts, "excluded_by": d.excludedBy,
         "errors": d.errors, "town": d.town ?? "", "village": d.village ?? "", "members": members(d)]
    }

    // MARK: who changed between two runs

    package func changes(_ a: Int64, _ b: Int64, _ changes: [HistoryChange], format: HistoryFormat) throws -> [UInt8] {
        switch format {
        case .table:
            var out = MessageCatalogue.format(.historyChangesHeading, [String(a), String(b), String(changes.count)]) + "\n"
            for c in changes {
                out += "  " + c.householdID + "  [" + eventText(c.events) + "]\n"
                out += "    " + words(c.before) + "\n    → " + words(c.after) + "\n"
            }
            return Array(out.utf8)
        case .csv:
            var rows = [["household_id", "town", "village", "events", "before_monitored", "before_category", "before_risks", "before_measures", "before_watch",
                         "after_monitored", "after_category", "after_risks", "after_measures", "after_watch", "members"]]
            for c in changes {
                let x = c.before, y = c.after, any = y ?? x
                rows.append([c.householdID, any?.town ?? "", any?.village ?? "", c.events.map(\.rawValue).joined(separator: "|"),
                             Self.yesNo(x?.monitored), x?.category ?? "", (x?.risks ?? []).joined(separator: "|"), (x?.measures ?? []).joined(separator: "|"), Self.yesNo(x?.watch),
                             Self.yesNo(y?.monitored), y?.category ?? "", (y?.risks ?? []).joined(separator: "|"), (y?.measures ?? []).joined(separator: "|"), Self.yesNo(y?.watch),
                             members(any).joined(separator: "|")])
            }
            return Self.csv(rows)
        case .json:
            let obj: [String: Any] = ["run_a": a, "run_b": b, "changed": changes.count, "households": changes.map { c -> [String: Any] in
                ["household_id": c.householdID, "events": c.events.map(\.rawValue),
                 "before": c.before.map { decisionJSON($0) } ?? NSNull(), "after": c.after.map { decisionJSON($0) } ?? NSNull()]
            }]
            return Self.json(obj)
        case .xlsx:
            var rows: [[XLSXWriter.Cell]] = [["户编号", "乡镇", "村", "变化", "第\(a)次运行", "第\(b)次运行", "成员身份证号"].map { .text($0) }]
            for c in changes {
                let any = c.after ?? c.before
                rows.append([.text(c.householdID), .text(any?.town ?? ""), .text(any?.village ?? ""), .text(eventText(c.events, chinese: true)),
                             .text(words(c.before, chinese: true)), .text(words(c.after, chinese: true)), .text(members(any).joined(separator: " "))])
            }
            return Array(try XLSXWriter.data([.init(name: "变化的农户", rows: rows)]))
        }
    }

    static func csv(_ rows: [[String]]) -> [UInt8] {
        var out: [UInt8] = []
        for r in rows {
            for (i, c) in r.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendCSVField(c, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        }
        return out
    }

    static func json(_ obj: Any) -> [UInt8] {
        Array((try? JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()) + [UInt8(ascii: "\n")]
    }
}
