import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// The run summary for stderr and for `--summary FILE` (JSON).
public enum SummaryText {
    package static func render(_ s: RunSummary) -> String {
        let zh = MessageCatalogue.useChinese
        var out = MessageCatalogue.format(.summaryTotals, [s.households, s.monitored, s.notMonitored, s.undetermined, s.failed, s.watched, s.alerted].map(String.init)) + "\n"
        if !s.byCategory.isEmpty {
            out += "  " + MessageCatalogue.format(.summaryCategories, [s.byCategory.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: zh ? "、" : ", ")]) + "\n"
        }
        for c in s.checks {
            let words: [String: MessageID] = ["ok": .summaryCheckOK, "warning": .summaryCheckWarning, "info": .summaryCheckInfo]
            let status = words[c.status].map { MessageCatalogue.format($0, []) } ?? c.status
            let source = c.source.map { MessageCatalogue.format(.summaryCheckSource, [$0]) } ?? ""
            out += "  " + MessageCatalogue.format(.summaryCheckLine, [status, c.id, source, (c.text.map { $0 + " — " } ?? "") + c.detail]) + "\n"
        }
        return out
    }

    package static func json(_ s: RunSummary) -> String {
        var out: [UInt8] = []
        func counts(_ name: String, _ d: [String: Int]) {
            appendJSONString(name, to: &out); out.append(UInt8(ascii: ":")); out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in d.sorted(by: { $0.key < $1.key }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendJSONString(k, to: &out); out.append(contentsOf: Array(":\(v)".utf8))
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: Array("{\"households\":\(s.households),\"monitored\":\(s.monitored),\"not_monitored\":\(s.notMonitored),\"undetermined\":\(s.undetermined),\"errors\":\(s.failed),".utf8))
        counts("categories", s.byCategory); out.append(UInt8(ascii: ","))
        counts("risks", s.byRisk); out.append(UInt8(ascii: ","))
        counts("excluded_by", s.byExclusion); out.append(UInt8(ascii: ","))
        counts("measures", s.byMeasure); out.append(UInt8(ascii: ","))
        counts("alerts", s.byAlert)
        out.append(contentsOf: Array(",\"watched\":\(s.watched),\"alerted\":\(s.alerted)".utf8))
        out.append(contentsOf: Array(",\"checks\":[".utf8))
        for (i, c) in s.checks.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: Array("{\"id\":".utf8)); appendJSONString(c.id, to: &out)
            out.append(contentsOf: Array(",\"status\":".utf8)); appendJSONString(c.status, to: &out)
            out.append(contentsOf: Array(",\"detail\":".utf8)); appendJSONString(c.detail, to: &out)
            if let src = c.source { out.append(contentsOf: Array(",\"source\":".utf8)); appendJSONString(src, to: &out) }
            if let t = c.text { out.append(contentsOf: Array(",\"text\":".utf8)); appendJSONString(t, to: &out) }
            out.append(UInt8(ascii: "}"))
        }
        out.append(contentsOf: Array("]}\n".utf8))
        return String(decoding: out, as: UTF8.self)
    }
}
