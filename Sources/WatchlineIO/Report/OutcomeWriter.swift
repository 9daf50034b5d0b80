import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Renders outcomes as JSON Lines, CSV or a table (cli.md: the keys are a contract).
public struct OutcomeWriter {
    public enum Format: String, Sendable, CaseIterable { case jsonl, csv, table }
    let ruleset: CompiledRuleset
    let format: Format
    let excelBOM: Bool
    let json: JSONOutput
    let decisionIDs: [String]
    /// Rule ids as UTF-8, written straight into CSV cells (nil when an id would need quoting).
    let csvNames: CSVNames?
    /// Show personal values (members' ID numbers) in traces as they are (`--reveal-ids`).
    package var revealIDs = false

    struct CSVNames {
        var categories: [[UInt8]], risks: [[UInt8]], exclusions: [[UInt8]], measures: [[UInt8]], alerts: [[UInt8]]
        init?(_ r: CompiledRuleset) {
            func bytes(_ ids: [String]) -> [[UInt8]]? {
                let out = ids.map { Array($0.utf8) }
                let special: Set<UInt8> = [0x2C, 0x22, 0x0A, 0x0D, UInt8(ascii: "|")]
                // Ids a cell may not hold as they are (quoting, a formula's first character, a control character) take the slow path.
                return out.contains { $0.contains(where: special.contains) || $0.first == 0x20 || $0.last == 0x20
                    || startsLikeAFormula($0.first) || $0.contains(where: isEscapedControlByte) || $0.contains(where: { $0 == 0xC2 }) } ? nil : out
            }
            guard let c = bytes(r.ruleset.categories.map(\.id)), let k = bytes(r.riskIDs),
                  let x = bytes(r.ruleset.exclusions.map(\.id)), let m = bytes(r.measureIDs), let a = bytes(r.alertIDs) else { return nil }
            categories = c; risks = k; exclusions = x; measures = m; alerts = a
        }
    }

    public init(ruleset: CompiledRuleset, format: Format, excelBOM: Bool = false) {
        self.ruleset = ruleset; self.format = format; self.excelBOM = excelBOM
        json = JSONOutput(ruleset: ruleset)
        decisionIDs = ruleset.ruleset.decisions.map(\.id)
        csvNames = CSVNames(ruleset)
    }

    package func header(to out: inout [UInt8]) {
        switch format {
        case .jsonl: break
        case .csv:
            if excelBOM { out.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
            let cols = ["id", "monitored", "category", "risks", "excluded_by", "measures", "undetermined", "errors", "amounts", "watch", "alerts"] + decisionIDs
            for (i, c) in cols.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendCSVField(c, to: &out)
            }
            out.append(UInt8(ascii: "\n"))
        case .table:
            out.append(contentsOf: Array(tableRow(MessageCatalogue.format(.tableHeadings, []).split(separator: "|").map(String.init)).utf8))
        }
    }

    public func write(_ o: Outcome, to out: inout [UInt8]) {
        switch format {
        case .jsonl: writeJSON(o, to: &out)
        case .csv: writeCSV(o, to: &out)
        case .table: writeTable(o, to: &out)
        }
    }

    struct Fields {
        var monitored: String?, category: String?, risks: [String] = [], excluded: [String] = [], measures: [String] = []
        var undetermined: [String] = [], errors: [String] = [], amounts: [(String, Value)] = [], decisions: [Value] = []
        var watch: String?, alerts: [String] = []
    }

    func fields(_ o: Outcome) -> Fields {
        var f = Fields()
        f.errors = o.errors
        guard let d = o.decision else { return f }
        let failures = ruleset.failureMessages(d)
        if !failures.isEmpty { f.errors += failures; return f }
        f.monitored = d.monitored.map { $0 ? "true" : "false" }
        f.category = ruleset.categoryName(d)
        f.risks = ruleset.riskNames(d)
        f.excluded = ruleset.exclusionNames(d)
        f.measures = ruleset.measureNames(d)
        f.watch = d.watch.map { $0 ? "true" : "false" }
        f.alerts = ruleset.alertNames(d)
        f.undetermined = ruleset.undeterminedNames(d)
        f.amounts = d.amounts.map { (ruleset.measureIDs[$0.measure], $0.value) }
        f.decisions = d.decisions
        return f
    }

    func writeJSON(_ o: Outcome, to out: inout [UInt8]) {
        let f = fields(o)
        appendASCII("{\"id\":", to: &out); appendJSONString(o.outputID, to: &out)
        appendASCII(",\"monitored\":", to: &out)
        out.append(contentsOf: Array((f.monitored ?? "null").utf8))
        appendASCII(",\"category\":", to: &out)
        if let c = f.category { appendJSONString(c, to: &out) } else { appendASCII("null", to: &out) }
        appendASCII(",\"risks\":", to: &out); appendJSONStringArray(f.risks, to: &out)
        appendASCII(",\"excluded_by\":", to: &out); appendJSONStringArray(f.excluded, to: &out)
        appendASCII(",\"measures\":", to: &out); appendJSONStringArray(f.measures, to: &out)
        appendASCII(",\"undetermined\":", to: &out); appendJSONStringArray(f.undetermined, to: &out)
        appendASCII(",\"errors\":", to: &out); appendJSONStringArray(f.errors, to: &out)
        appendASCII(",\"watch\":", to: &out)
        out.append(contentsOf: Array((f.watch ?? "null").utf8))
        appendASCII(",\"alerts\":", to: &out); appendJSONStringArray(f.alerts, to: &out)
        if !f.amounts.isEmpty {
            appendASCII(",\"amounts\":{", to: &out)
            for (i, (m, v)) in f.amounts.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendJSONString(m, to: &out); out.append(UInt8(ascii: ":")); json.append(v, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
        for (i, id) in decisionIDs.enumerated() {
            out.append(UInt8(ascii: ",")); appendJSONString(id, to: &out); out.append(UInt8(ascii: ":"))
            if i < f.decisions.count { json.append(f.decisions[i], to: &out) } else { appendASCII("null", to: &out) }
        }
        if let trace = o.trace {
            appendASCII(",\"trace\":[", to: &out)
            for (i, t) in trace.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendASCII("{\"kind\":", to: &out); appendJSONString(t.kind.rawValue, to: &out)
                appendASCII(",\"id\":", to: &out); appendJSONString(t.id, to: &out)
                appendASCII(",\"source\":", to: &out); appendJSONString(t.span.description, to: &out)
                if let clause = t.source { appendASCII(",\"clause\":", to: &out); appendJSONString(clause, to: &out) }
                appendASCII(",\"result\":", to: &out); json.append(t.result, to: &out)
                appendASCII(",\"read\":{", to: &out)
                for (j, r) in t.reads.enumerated() {
                    if j > 0 { out.append(UInt8(ascii: ",")) }
                    appendJSONString(r.path, to: &out); out.append(UInt8(ascii: ":"))
                    if !revealIDs, case .string(let s) = r.value, ruleset.schema.isPersonal(path: r.path) { appendJSONString(Schema.masked(s), to: &out) }
                    else { json.append(r.value, to: &out) }
                }
                appendASCII("}}", to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        appendASCII("}\n", to: &out)
    }

    /// The common case — decided, no errors, nothing undetermined, no amounts — without building
    /// strings: the output of a million households is mostly this.
    func writeCSVFast(_ o: Outcome, _ d: Decision, _ names: CSVNames, to out: inout [UInt8]) {
        appendCSVField(o.outputID, to: &out)
        out.append(UInt8(ascii: ","))
        switch d.monitored { case true?: appendASCII("true", to: &out); case false?: appendASCII("false", to: &out); case nil: break }
        out.append(UInt8(ascii: ","))
        if let c = d.category { out.append(contentsOf: names.categories[c]) }
        func set(_ s: RuleSet128, _ ids: [[UInt8]]) {
            out.append(UInt8(ascii: ","))
            var first = true
            var bits = s.lo, base = 0
            for _ in 0..<2 {
                while bits != 0 {
                    let i = base + bits.trailingZeroBitCount
                    bits &= bits - 1
                    if i < ids.count {
                        if !first { out.append(UInt8(ascii: "|")) }
                        out.append(contentsOf: ids[i]); first = false
                    }
                }
                bits = s.hi; base = 64
            }
        }
        set(d.risks, names.risks)
        set(d.exclusions, names.exclusions)
        set(d.measures, names.measures)
        appendASCII(",,,,", to: &out)   // undetermined, errors, amounts: empty; then watch
        switch d.watch { case true?: appendASCII("true", to: &out); case false?: appendASCII("false", to: &out); case nil: break }
        set(d.alerts, names.alerts)
        for i in decisionIDs.indices {
            out.append(UInt8(ascii: ","))
            if i < d.decisions.count { appendCSVField(csvCell(d.decisions[i]), text: !d.decisions[i].isNumber, to: &out) }
        }
        out.append(UInt8(ascii: "\n"))
    }

    func writeCSV(_ o: Outcome, to out: inout [UInt8]) {
        if let names = csvNames, o.errors.isEmpty, let d = o.decision, d.failure == nil, d.undetermined.isEmpty, d.amounts.isEmpty {
            return writeCSVFast(o, d, names, to: &out)
        }
        let f = fields(o)
        let amounts = f.amounts.map { "\($0.0)=\(ruleset.text($0.1))" }.joined(separator: "|")
        var cells = [o.outputID, f.monitored ?? "", f.category ?? "", f.risks.joined(separator: "|"),
                     f.excluded.joined(separator: "|"), f.measures.joined(separator: "|"),
                     f.undetermined.joined(separator: "|"), f.errors.joined(separator: "|"), amounts,
                     f.watch ?? "", f.alerts.joined(separator: "|")]
        var numbers = Array(repeating: false, count: cells.count)
        for i in decisionIDs.indices {
            cells.append(i < f.decisions.count ? csvCell(f.decisions[i]) : "")
            numbers.append(i < f.decisions.count && f.decisions[i].isNumber)
        }
        for (i, c) in cells.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendCSVField(c, text: !numbers[i], to: &out)
        }
        out.append(UInt8(ascii: "\n"))
    }

    /// A decision's value as a CSV cell (a number is never given the formula prefix).
    func csvCell(_ v: Value) -> String {
        switch v {
        case .null, .unknown: return ""
        default: return ruleset.text(v)
        }
    }

    /// The terminal table, for an officer to read: words and labels in the reader's language
    /// (是/否, a missing field by its schema label under zh); the CSV and JSON keep their ids.
    func writeTable(_ o: Outcome, to out: inout [UInt8]) {
        let f = fields(o)
        func say(_ id: MessageID) -> String { MessageCatalogue.format(id, []) }
        func yesNo(_ v: String?) -> String { v.map { $0 == "true" ? say(.tableYes) : say(.tableNo) } ?? say(.tableUnknown) }
        let sep = say(.tableListSeparator)
        let missing = f.undetermined.map(ExplainWords(ruleset: ruleset).readName)
        let last = f.errors.isEmpty ? missing.joined(separator: sep) : MessageCatalogue.format(.tableError, [f.errors.joined(separator: "; ")])
        out.append(contentsOf: Array(tableRow([o.outputID, yesNo(f.monitored), f.category ?? "-", f.risks.joined(separator: sep),
                                               f.excluded.joined(separator: sep), f.measures.joined(separator: sep),
                                               yesNo(f.watch), f.alerts.isEmpty ? "-" : f.alerts.joined(separator: sep), last]).utf8))
    }

    /// Each column as wide as its heading in the reader's language, at least.
    static let tableWidths: [Int] = {
        let base = [16, 9, 12, 24, 16, 30, 5, 16, 0]
        let headings = MessageCatalogue.format(.tableHeadings, []).split(separator: "|")
        return base.enumerated().map { i, w in
            i < headings.count && w > 0 ? max(w, headings[i].unicodeScalars.reduce(0) { $0 + displayWidth($1) }) : w
        }
    }()

    func tableRow(_ cells: [String]) -> String {
        let widths = Self.tableWidths
        var line = ""
        for (i, raw) in cells.enumerated() {
            let c = terminalSafe(raw)   // an id holding ESC or BEL cannot drive the terminal
            line += c
            if i < cells.count - 1 {
                let w = c.unicodeScalars.reduce(0) { $0 + displayWidth($1) }
                line += String(repeating: " ", count: max(1, widths[i] - w + 1))
            }
        }
        return line + "\n"
    }
}

extension Value {
    /// A number: its CSV cell never gets the formula prefix (`-300` stays `-300`).
    var isNumber: Bool {
        switch self {
        case .int, .dec, .double: return true
        default: return false
        }
    }
}
