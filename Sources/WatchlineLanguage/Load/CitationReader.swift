import WatchlineSyntax
/// Reads what an element says of its document: `source:`, `quote:` and `reading:`, plus the
/// file-level `ruleset.text:`, `readings:` and `narrative:`.
extension LayerReader {
    /// The pairs of an element's mapping (with `quote`/`reading` allowed), recording its citation;
    /// the `quote` and `reading` pairs are taken out so the element's own reader never sees them.
    mutating func cited(_ section: String, _ id: String, _ node: YAMLNode, _ what: MessageArg,
                        allowed: [String], required: [String] = []) -> [YAMLPair]? {
        guard let pairs = r.mapping(node, what, allowed: allowed + RuleFileKeys.citation, required: required) else { return nil }
        var c = Citation(section: section, id: id, source: nil, sourceSpan: nil, quotes: [], readings: [],
                         reason: nil, text: nil, span: node.span)
        for p in pairs {
            switch p.keyText {
            case "source": c.source = p.value.scalar; c.sourceSpan = p.value.span
            case "quote": c.quotes = r.stringList(p.value, "quote").map { ($0.0, $0.1) }
            case "reading": c.readings = r.stringList(p.value, "reading").map { ($0.0, $0.1) }
            default: break
            }
        }
        if c.source != nil || !c.quotes.isEmpty || !c.readings.isEmpty { layer.citations.append(c) }
        return pairs.filter { $0.keyText != "quote" && $0.keyText != "reading" }
    }

    /// ```yaml
    /// readings:
    ///   略低幅度: { quote: 收入略低于监测范围, text: “略低于”取监测范围以下500元以内, source: "二、(四)" }
    /// ```
    mutating func readReading(_ id: String, _ node: YAMLNode) {
        guard let pairs = cited("readings", id, node, RuleSection.readings.what(id), allowed: RuleFileKeys.reading, required: ["text"]) else { return }
        var reading = Reading(id: id, text: nil, source: nil, provenance: provenance(node))
        for q in pairs {
            switch q.keyText {
            case "text": reading.text = r.string(q.value, "text")
            case "source": reading.source = r.string(q.value, "source")
            default: _ = r.string(q.value, "note")
            }
        }
        layer.readings.append(reading)
    }

    /// `narrative: { "一、(二)": 基层网格员的遴选条件，不涉及对农户的判断 }`
    mutating func readNarrative(_ clause: String, _ node: YAMLNode) {
        guard let reason = r.string(node, .message(.whatNarrative, [.text(clause)])) else { return }
        layer.citations.append(Citation(section: "narrative", id: clause, source: clause, sourceSpan: node.span,
                                        quotes: [], readings: [], reason: reason, text: nil, span: node.span))
    }

    /// `text: lieshan-2022.source.txt`, or `text: { file: …, parts: { 郑州: "郑州市…文件", 河南: "河南省…文件" }, default: 河南 }`.
    mutating func readText(_ node: YAMLNode) {
        if node.scalar != nil {
            // The document text is read as text, under the same path rule as extends/schema/calendar.
            if let ref = reference(node, "text", expecting: .aDocumentText) {
                layer.text = DocumentTextRef(path: ref.path, parts: [], defaultPart: nil, span: ref.span)
            }
            return
        }
        guard let pairs = r.mapping(node, "ruleset.text", allowed: RuleFileKeys.text, required: ["file"]) else { return }
        var ref = DocumentTextRef(path: "", parts: [], defaultPart: nil, span: node.span)
        for q in pairs {
            switch q.keyText {
            case "file": if let found = reference(q.value, "file", expecting: .aDocumentText) { ref.path = found.path; ref.span = found.span }
            case "default": ref.defaultPart = r.string(q.value, "default")
            default:
                guard let parts = r.mapping(q.value, .message(.whatTextParts, [])) else { continue }
                for p in parts { if let m = r.string(p.value, .message(.whatTextPart, [.text(p.keyText)])) { ref.parts.append((p.keyText, m)) } }
            }
        }
        if !ref.path.isEmpty { layer.text = ref }
    }
}
