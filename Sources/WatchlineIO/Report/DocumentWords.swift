import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// The document's own words behind a rule, for `explain`: the sentence of the cited clause that
/// holds the rule's quote, or the reading the rule rests on.
extension Ruleset {
    package struct Words: Sendable {
        package var clause: String?
        package var sentence: String?
        package var readings: [(id: String, text: String)]
    }

    /// The citation of an element by the section and id a trace entry names (the last file's wins).
    package func citation(_ kind: TraceEntry.Kind, _ id: String) -> Citation? {
        if kind.part == .exception { return citations.last { $0.section.hasPrefix("exclusions.") && $0.section.hasSuffix(".unless") && $0.id == id } }
        let section = kind.section.key
        let bare = id.hasSuffix("/applies") ? String(id.dropLast("/applies".count)) : id
        return citations.last { $0.section == section && $0.id == bare }
    }

    package func words(_ kind: TraceEntry.Kind, _ id: String) -> Words? {
        guard let c = citation(kind, id) else { return nil }
        var w = Words(clause: c.source, sentence: nil, readings: [])
        for r in c.readings { if let reading = readings.first(where: { $0.id == r.id }) { w.readings.append((r.id, reading.text ?? "")) } }
        if let ti = c.text, let quote = c.quotes.first?.text {
            let text = texts[ti]
            let q = DocumentText.normalise(quote)
            var clause: DocumentText.Clause?
            if let source = c.source {
                for case .success(let cl) in text.resolve(reference: source) where cl.body.contains(q) { clause = cl; break }
            }
            if clause == nil { clause = text.clauses.filter { $0.body.contains(q) }.max { $0.path.count < $1.path.count } }
            if let clause { w.sentence = text.sentence(in: clause, holding: quote) } else { w.sentence = quote }
        }
        if w.sentence == nil && w.readings.isEmpty { return nil }
        return w
    }
}
