import WatchlineSyntax
import WatchlineLanguage

/// What `watchline check` can tell of a policy test file without running its cases: its rule file
/// loads, each quote is in that rule file's document text, each reading is one the rule file
/// declares — at the line of the quote or reading, as the runner would report them when run.
package enum PolicyTestChecks {
    package static func check(_ file: PolicyTestFile, sources: SourceStore, rulesRoot: RulesRoot?) -> [Diagnostic] {
        let (model, loadDiags) = RulesetLoader.load(path: file.rules, sources: sources, root: rulesRoot)
        guard let model else { return loadDiags.filter(\.isError) }
        var out: [Diagnostic] = []
        let readings = model.readings.map(\.id)
        for c in file.cases {
            for q in c.quotes {
                guard let text = model.text else {
                    out.append(Diagnostic(.testsQuoteWithoutText, at: q.span, file.rules)); break
                }
                if !text.contains(quote: q.text) {
                    out.append(Diagnostic(.testsQuoteNotInText, at: q.span, q.text, text.path, CitationChecker.nearestHint(q.text, in: text)))
                }
            }
            for r in c.readings where !readings.contains(r.id) {
                out.append(Diagnostic(.testsUnknownReading, at: r.span, args: [.text(r.id), .text(model.id), suggested(r.id, in: readings)]))
            }
        }
        return out
    }
}
