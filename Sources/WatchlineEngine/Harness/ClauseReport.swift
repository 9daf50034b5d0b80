import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// `watchline test --clauses`: every numbered clause of each rule file's document text, with the
/// rules citing it or the `narrative:` reason it holds nothing to encode.
package enum ClauseReport {
    /// The listing, and whether every rule file loaded (uncovered clauses are warnings, not failures).
    package static func render(rules: [String], sources: SourceStore, root: RulesRoot? = nil) throws -> (String, Bool) {
        var out = "", ok = true, uncovered = 0
        for path in rules {
            let (model, diags) = RulesetLoader.load(path: path, sources: sources, root: root)
            guard let model else {
                out += DiagnosticRenderer(sources: sources).render(diags.filter(\.isError)); ok = false; continue
            }
            guard let text = model.text else {
                out += MessageCatalogue.format(.clausesNoText, [path]) + "\n"; continue
            }
            out += "\(path) — \(text.path)\n"
            let uses = CitationChecker.clauseUses(model).filter { $0.text == text.path }
            for u in uses {
                let indent = String(repeating: "  ", count: u.clause.path.count)
                let heading = String(u.clause.heading.prefix(40))
                out += "\(indent)\(u.clause.label) \(heading)\n"
                if !u.citedBy.isEmpty { out += "\(indent)  ← " + u.citedBy.joined(separator: ", ") + "\n" }
                if let n = u.narrative { out += "\(indent)  " + MessageCatalogue.format(.clausesNarrative, [n]) + "\n" }
                if !u.covered {
                    uncovered += 1
                    out += "\(indent)  warning: " + MessageCatalogue.format(.clauseUncovered, [u.clause.label, "\(text.path):\(u.clause.line)"]) + "\n"
                }
            }
            let cited = uses.filter { !$0.citedBy.isEmpty }.count, narrative = uses.filter { $0.narrative != nil }.count
            // Covered otherwise: through a cited or narrative clause below it, or a narrative one above.
            let through = uses.filter { $0.covered && $0.citedBy.isEmpty && $0.narrative == nil }.count
            out += "  " + MessageCatalogue.format(.clausesFileTotals, [uses.count, cited, narrative, through, uses.filter { !$0.covered }.count].map(String.init)) + "\n\n"
        }
        out += MessageCatalogue.format(.clausesUncoveredTotal, [String(uncovered)]) + "\n"
        return (out, ok)
    }
}
