import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// `watchline diff` output: a table for the officer, CSV for Excel, JSON for other tools.
/// `listIDs` is how many ids to show per line (0: none; `Int.max`: all).
extension ImpactReport {
    package func render(_ format: DiffFormat, listIDs: Int) -> String {
        switch format {
        case .table: return terminalSafe(table(listIDs: listIDs), keep: ["\n"])   // ids holding ESC or BEL
        case .csv: return csv(listIDs: listIDs)
        case .json: return json(listIDs: listIDs)
        }
    }

    func rowLabel(_ r: Row) -> String {
        MessageCatalogue.format(r.change.message, []) + (r.measure.map { " " + $0 } ?? "")
    }

    func shownIDs(_ ids: [String], _ limit: Int) -> [String] { Array(ids.prefix(limit)) }

    func table(listIDs: Int) -> String {
        var out = MessageCatalogue.format(.diffHeading, [old, new]) + "\n"
        out += MessageCatalogue.format(.diffTotals, [String(households), String(changed), String(households - changed - errors), String(errors)]) + "\n"
        func block(_ g: Group, indent: String) {
            for r in g.sortedRows {
                var line = indent + pad(rowLabel(r), 28) + " " + leftPad(String(r.count), 7)
                if listIDs > 0 {
                    let ids = shownIDs(r.ids, listIDs)
                    line += "  " + ids.joined(separator: ", ") + (r.ids.count > ids.count ? ", …" : "")
                }
                out += line + "\n"
            }
        }
        block(total, indent: "  ")
        if grouping != .none {
            for g in groups {
                out += "\n" + MessageCatalogue.format(.diffGroupHeading, [g.key, String(g.households), String(g.changed)]) + "\n"
                block(g, indent: "  ")
            }
        }
        out += "\n" + leaderTable(listIDs: listIDs)
        return out
    }

    func csv(listIDs: Int) -> String {
        var out: [UInt8] = []
        appendASCII("group,change,measure,count,ids", to: &out)
        out.append(contentsOf: Array(("," + Self.csvExtraColumns.joined(separator: ",") + "\n").utf8))
        let filler = String(repeating: ",", count: Self.csvExtraColumns.count - 1)
        func rows(_ g: Group, key: String) {
            for r in g.sortedRows {
                appendCSVField(key, to: &out); out.append(UInt8(ascii: ","))
                appendCSVField(r.change.rawValue, to: &out); out.append(UInt8(ascii: ","))
                appendCSVField(r.measure ?? "", to: &out); out.append(UInt8(ascii: ","))
                out.append(contentsOf: Array(String(r.count).utf8)); out.append(UInt8(ascii: ","))
                appendCSVField(shownIDs(r.ids, listIDs).joined(separator: " "), to: &out)
                out.append(contentsOf: Array(",\(r.persons)\(filler)\n".utf8))
            }
        }
        rows(total, key: "*")
        if grouping != .none { for g in groups { rows(g, key: g.key) } }
        leaderCSVRows(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func json(listIDs: Int) -> String {
        var out: [UInt8] = []
        func group(_ g: Group) {
            appendASCII("{\"key\":", to: &out); appendJSONString(g.key, to: &out)
            out.append(contentsOf: Array(",\"households\":\(g.households),\"changed\":\(g.changed),\"errors\":\(g.errors),\"persons\":\(g.persons),\"changed_persons\":\(g.changedPersons),\"changes\":[".utf8))
            for (i, r) in g.sortedRows.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendASCII("{\"change\":", to: &out); appendJSONString(r.change.rawValue, to: &out)
                if let m = r.measure {
                    if r.change == .gainedAlert || r.change == .lostAlert { appendASCII(",\"alert\":", to: &out) }
                    else { appendASCII(",\"measure\":", to: &out) }
                    appendJSONString(m, to: &out)
                }
                out.append(contentsOf: Array(",\"count\":\(r.count)".utf8))
                if listIDs > 0 { appendASCII(",\"ids\":", to: &out); appendJSONStringArray(shownIDs(r.ids, listIDs), to: &out) }
                out.append(contentsOf: Array(",\"persons\":\(r.persons)".utf8))
                out.append(UInt8(ascii: "}"))
            }
            appendASCII("]}", to: &out)
        }
        appendASCII("{\"old\":", to: &out); appendJSONString(old, to: &out)
        appendASCII(",\"new\":", to: &out); appendJSONString(new, to: &out)
        appendASCII(",\"by\":", to: &out); appendJSONString(grouping.rawValue, to: &out)
        out.append(contentsOf: Array(",\"households\":\(households),\"changed\":\(changed),\"errors\":\(errors),\"total\":".utf8))
        group(total)
        appendASCII(",\"groups\":[", to: &out)
        for (i, g) in groups.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            group(g)
        }
        out.append(UInt8(ascii: "]"))
        leaderJSON(to: &out)
        appendASCII("}\n", to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

