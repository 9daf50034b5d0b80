import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Timeline results as JSON Lines, CSV, or a table sorted by urgency.
package enum TimelineText {
    package static func json(_ r: TimelineResult) -> String {
        var out: [UInt8] = Array("{\"id\":".utf8)
        appendJSONString(r.caseID, to: &out)
        out += Array(",\"procedure\":".utf8); appendJSONString(r.procedure, to: &out)
        out += Array(",\"steps\":[".utf8)
        for (i, s) in r.steps.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out += Array("{\"step\":".utf8); appendJSONString(s.step, to: &out)
            out += Array(",\"due\":".utf8); if let d = s.due { appendJSONString(d.iso, to: &out) } else { out += Array("null".utf8) }
            out += Array(",\"done\":".utf8); if let d = s.done { appendJSONString(d.iso, to: &out) } else { out += Array("null".utf8) }
            out += Array(",\"status\":".utf8); appendJSONString(s.status.rawValue, to: &out)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        if let e = r.error { out += Array(",\"error\":".utf8); appendJSONString(e, to: &out) }
        out += Array("}\n".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    package static func csv(_ rs: [TimelineResult]) -> String {
        var out: [UInt8] = Array("id,procedure,step,due,done,status,error\n".utf8)
        for r in rs {
            let rows = r.steps.isEmpty ? [nil] : r.steps.map(Optional.some)
            for s in rows {
                let cells = [r.caseID, r.procedure, s?.step ?? "", s?.due?.iso ?? "", s?.done?.iso ?? "", s?.status.rawValue ?? "", r.error ?? ""]
                for (i, c) in cells.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    appendCSVField(c, to: &out)
                }
                out.append(UInt8(ascii: "\n"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Overdue first (most overdue first), then steps not done by due date soonest, then the rest.
    /// `labels`: step id → its label (入户核查 for household_check), shown where the rule file gives one.
    package static func table(_ rs: [TimelineResult], calendar: WorkCalendar, asOf: CivilDate, labels: [String: String] = [:]) -> String {
        let zh = MessageCatalogue.useChinese
        // Ties broken by due date, then by the input's order (the sort is not stable).
        var rows: [(rank: Int, key: Int, due: Int32, order: Int, cells: [String])] = []
        for r in rs {
            if let e = r.error { rows.append((0, Int.min, Int32.min, rows.count, [r.caseID, "-", "-", "-", MessageCatalogue.format(.timelineErrorPrefix, [e])])); continue }
            for s in r.steps {
                let rank: Int
                switch s.status {
                case .overdue, .tooShort, .outOfOrder: rank = 0
                case .ready: rank = 1
                case .pending: rank = (0...3).contains(s.workdaysLeft ?? Int.max) ? 1 : 2
                case .late: rank = 3
                case .onTime: rank = 4
                }
                let note = s.status == .pending && (0...3).contains(s.workdaysLeft ?? Int.max) ? MessageCatalogue.format(.timelineDueSoon, []) : ""
                // The whole procedure's own deadline has no label in the rule file: the catalogue names it.
                let label = labels[s.step] ?? (s.step == "overall" ? MessageCatalogue.format(.timelineOverall, []) : nil)
                let step = label.map { zh ? $0 : "\($0) (\(s.step))" } ?? s.step
                rows.append((rank, s.workdaysLeft ?? Int.max, s.due?.days ?? Int32.max, rows.count, [r.caseID, step, s.due?.iso ?? "-", s.done?.iso ?? "-", s.status.word + note]))
            }
        }
        rows.sort { ($0.rank, $0.key, $0.due, $0.order) < ($1.rank, $1.key, $1.due, $1.order) }
        let headings = MessageCatalogue.format(.timelineTableHeadings, []).split(separator: "|").map(String.init)
        // Columns as wide as their widest cell (long step labels keep the table straight).
        var widths = [18, 20, 12, 12, 0]
        for cells in [headings] + rows.map(\.cells) {
            for i in 0..<min(cells.count, widths.count - 1) { widths[i] = max(widths[i], width(terminalSafe(cells[i])) + 2) }
        }
        var out = pad(headings, widths)
        for r in rows { out += pad(r.cells, widths) }
        return out
    }

    static func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + displayWidth($1) } }

    static func pad(_ cells: [String], _ widths: [Int]) -> String {
        var line = ""
        for (i, raw) in cells.enumerated() {
            let c = terminalSafe(raw)   // a case id holding ESC or BEL cannot drive the terminal
            line += c
            if i < cells.count - 1 {
                line += String(repeating: " ", count: max(1, widths[i] - width(c)))
            }
        }
        return line + "\n"
    }
}
