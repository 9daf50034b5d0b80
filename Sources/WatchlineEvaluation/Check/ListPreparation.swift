import WatchlineSyntax
import WatchlineLanguage

extension ListStore {
    /// Loads every file against the ruleset's declarations: errors for a name no `lists:` entry
    /// declares and for a file that cannot be read; then, unless `absentIsEmpty`, an error for
    /// each list a rule uses that was not given and is not optional.
    package func prepare(_ checked: CheckedRuleset) -> [Diagnostic] {
        var diags: [Diagnostic] = []
        let decls = checked.ruleset.lists
        for f in files where !decls.contains(where: { $0.id == f.name }) {
            diags.append(Diagnostic(.listUndeclared, at: nil, args: [f.name, checked.ruleset.path, suggestion(f.name, in: decls.map(\.id))]))
        }
        for (i, d) in decls.enumerated() {
            do { _ = try table(for: d, unknownMask: checked.context.listMask(i)) }
            catch let e as ReadError { diags.append(Diagnostic(.listUnreadable, at: d.provenance.span, args: [e.message])) }
            catch { diags.append(Diagnostic(.listUnreadable, at: d.provenance.span, args: ["\(error)"])) }
        }
        guard !absentIsEmpty else { return diags }
        for i in checked.context.listsUsed.sorted() {
            let d = decls[i]
            if path(of: d.id) == nil && !d.optional {
                diags.append(Diagnostic(.listRequired, at: d.provenance.span, args: [d.id, d.department ?? d.label ?? d.id]))
            }
        }
        return diags
    }
}
