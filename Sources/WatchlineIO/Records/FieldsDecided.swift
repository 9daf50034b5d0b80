import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

extension CompiledRuleset {
    /// The record fields a run of this ruleset reads (household slots, then member slots after
    /// them, as `RecordFileOptions.fieldsRead` takes them): what the rules read, what the
    /// population checks count and group by, what timelines start from and their duties' `when`,
    /// and every text field (ids, places, ID numbers: output, grouping and list matching use them).
    /// An unreadable value in any other field is a warning; it does not void the household.
    package var recordFieldsRead: Set<Int> {
        let schema = self.schema, h = schema.households.count
        var extra: [TypedExpr] = []
        var household = Set<Int>()
        for c in ruleset.population {
            switch c.kind {
            case .share(let of?, _, _): if let t = Checker.check(of, in: checked.context).0 { extra.append(t) }
            case .perGroup(let field, _): if let s = schema.householdField(field) { household.insert(s) }
            default: break
            }
        }
        for t in ruleset.timelines {
            if let s = schema.householdField(HouseholdTimelines.eventFields[t.startsAt] ?? t.startsAt + "_on") { household.insert(s) }
            for r in t.recurring { if let w = r.when, let typed = Checker.check(w, in: checked.context).0 { extra.append(typed) } }
        }
        let read = checked.slotsRead(also: extra)
        household.formUnion(read.household)
        if let id = schema.idField { household.insert(id) }
        for (i, f) in schema.households.enumerated() where f.type == .string { household.insert(i) }
        var out = household
        for s in read.memberFields { out.insert(h + s) }
        for (i, f) in schema.members.enumerated() where f.type == .string { out.insert(h + i) }
        return out
    }
}

extension RecordFileOptions {
    /// These options, with the fields `rulesets` read (any of them: `diff` and `compare` run two).
    package func reading(_ rulesets: CompiledRuleset...) -> RecordFileOptions {
        var o = self
        o.fieldsRead = rulesets.reduce(into: Set<Int>()) { $0.formUnion($1.recordFieldsRead) }
        return o
    }
}
