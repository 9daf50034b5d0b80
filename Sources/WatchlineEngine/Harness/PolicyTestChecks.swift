import WatchlineSyntax
import WatchlineLanguage

/// What a case's basis gets wrong against its rule file: a quote not in the document text (or no
/// text to find it in), a reading the rule file does not declare. Found once here; the runner
/// words them as mismatches, `watchline check` as diagnostics at the quote's or reading's line.
package enum PolicyTestChecks {
    package enum Problem {
        case noDocumentText(SourceSpan)
        case quoteNotInText(quote: String, text: DocumentText, SourceSpan)
        case unknownReading(id: String, known: [String], SourceSpan)
    }

    package static func problems(_ c: PolicyTestFile.Case, _ ruleset: Ruleset) -> [Problem] {
        var out: [Problem] = []
        for q in c.quotes {
            guard let text = ruleset.text else { out.append(.noDocumentText(q.span)); break }
            if !text.contains(quote: q.text) { out.append(.quoteNotInText(quote: q.text, text: text, q.span)) }
        }
        let known = ruleset.readings.map(\.id)
        for r in c.readings where !known.contains(r.id) { out.append(.unknownReading(id: r.id, known: known, r.span)) }
        return out
    }

    /// `watchline check` of a test file: its rule file loads, and every case's basis holds.
    package static func check(_ file: PolicyTestFile, sources: SourceStore, rulesRoot: RulesRoot?) -> [Diagnostic] {
        let (model, loadDiags) = RulesetLoader.load(path: file.rules, sources: sources, root: rulesRoot)
        guard let model else { return loadDiags.filter(\.isError) }
        return file.cases.flatMap { problems($0, model) }.map { p in
            switch p {
            case .noDocumentText(let span): Diagnostic(.testsQuoteWithoutText, at: span, file.rules)
            case .quoteNotInText(let quote, let text, let span):
                Diagnostic(.testsQuoteNotInText, at: span, quote, text.path, CitationChecker.nearestHint(quote, in: text))
            case .unknownReading(let id, let known, let span):
                Diagnostic(.testsUnknownReading, at: span, args: [.text(id), .text(model.id), suggested(id, in: known)])
            }
        }
    }
}
