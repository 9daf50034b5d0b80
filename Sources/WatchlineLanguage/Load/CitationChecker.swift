import WatchlineSyntax
/// Checks a ruleset's citations against its document's text: every `source:` reference names a
/// clause of the text (and the words after the number occur in it), every `quote:` is in the
/// text, every `reading:` is declared. Run once, when the rule file is loaded.
package enum CitationChecker {
    package static func check(_ ruleset: Ruleset) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let readingIDs = Set(ruleset.readings.map(\.id))
        for c in ruleset.citations {
            let text = c.text.map { ruleset.texts[$0] }
            if let text, let source = c.source {
                for result in text.resolve(reference: source) {
                    if case .failure(let problem) = result { out.append(diagnostic(problem, at: c.sourceSpan ?? c.span)) }
                }
            }
            for q in c.quotes {
                guard let text else { out.append(Diagnostic(.quoteWithoutText, at: q.span, args: [])); continue }
                if !text.contains(quote: q.text) { out.append(Diagnostic(.quoteNotInText, at: q.span, args: [q.text, nearestHint(q.text, in: text)])) }
            }
            for r in c.readings where !readingIDs.contains(r.id) {
                out.append(Diagnostic(.readingUnknown, at: r.span, args: [r.id, suggestion(r.id, in: Array(readingIDs))]))
            }
        }
        return out
    }

    static func diagnostic(_ p: DocumentText.ReferenceProblem, at span: SourceSpan) -> Diagnostic {
        switch p {
        case .noNumbering(let s): return Diagnostic(.clauseNoNumbering, at: span, args: [s])
        case .unknownPart(let s, let known): return Diagnostic(.clauseUnknownPart, at: span, args: [s, known.joined(separator: ", ")])
        case .noClause(let s): return Diagnostic(.clauseNotFound, at: span, args: [s, ""])
        case .ambiguous(let s, let all): return Diagnostic(.clauseAmbiguous, at: span, args: [s, all.joined(separator: ", ")])
        case .wordsNotInClause(let w, let clause): return Diagnostic(.clauseWordsMissing, at: span, args: [w, clause])
        }
    }

    /// Where the longest leading piece of a missing quote does occur, so the officer sees where
    /// the words part from the text.
    package static func nearestHint(_ quote: String, in text: DocumentText) -> String {
        let q = Array(DocumentText.normalise(quote))
        var n = q.count - 1
        while n >= 4 {
            let prefix = String(q.prefix(n))
            if text.normalised.contains(prefix) {
                let after = String(q.dropFirst(n).prefix(12))
                return MessageCatalogue.format(.citationDepartsAt, [after])
            }
            n -= max(1, n / 8)
        }
        return ""
    }

    /// Each numbered clause of each text with the elements citing it, or its `narrative:` reason.
    package struct ClauseUse: Sendable {
        package var text: String
        package var clause: DocumentText.Clause
        package var citedBy: [String]
        package var narrative: String?
        /// Covered itself, through a cited or narrative clause below it, or a narrative clause above it.
        package var covered: Bool
    }

    package static func clauseUses(_ ruleset: Ruleset) -> [ClauseUse] {
        var uses: [ClauseUse] = []
        var listed = Set<String>()
        // One listing per text file: two files of a chain may name the same text with different
        // default parts, and each file's references resolve in its own.
        for text in ruleset.texts where listed.insert(text.path).inserted {
            var cited: [String: [String]] = [:], narrative: [String: String] = [:]
            for c in ruleset.citations {
                guard let ti = c.text, ruleset.texts[ti].path == text.path, let source = c.source else { continue }
                for case .success(let clause) in ruleset.texts[ti].resolve(reference: source) {
                    if c.section == "narrative" { narrative[clause.label] = c.reason ?? "" }
                    else { cited[clause.label, default: []].append(c.section + "." + c.id) }
                }
            }
            for clause in text.clauses {
                let label = clause.label
                let below = text.clauses.contains { other in
                    other.part == clause.part && other.path.count > clause.path.count
                        && Array(other.path.prefix(clause.path.count)) == clause.path
                        && (cited[other.label] != nil || narrative[other.label] != nil)
                }
                let above = text.clauses.contains { other in
                    other.part == clause.part && other.path.count < clause.path.count
                        && Array(clause.path.prefix(other.path.count)) == other.path && narrative[other.label] != nil
                }
                uses.append(ClauseUse(text: text.path, clause: clause, citedBy: cited[label] ?? [], narrative: narrative[label],
                                      covered: cited[label] != nil || narrative[label] != nil || below || above))
            }
        }
        return uses
    }
}
