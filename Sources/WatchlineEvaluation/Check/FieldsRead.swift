import WatchlineSyntax
import WatchlineLanguage
/// Which household fields (and whether the member list) a ruleset's rules read, through
/// definitions too — so a reader can say once that a column the rules need is missing, instead
/// of every household coming out undetermined.
extension CheckedRuleset {
    package var fieldsRead: (household: Set<Int>, members: Bool) {
        let r = slotsRead()
        return (r.household, r.members)
    }

    /// The household fields, the member fields (by member slot) and whether the member list is
    /// read by the rules and by `extra` expressions (population checks, timelines' duties).
    package func slotsRead(also extra: [TypedExpr] = []) -> (household: Set<Int>, memberFields: Set<Int>, members: Bool) {
        var slots = Set<Int>(), memberSlots = Set<Int>(), members = false, defs = Set<Int>()
        func scan(_ e: TypedExpr?) {
            e?.forEachNode { n in
                switch n.kind {
                case .field(let slot, _), .fieldPresent(let slot, nil): slots.insert(slot)
                case .memberField(_, let slot, _), .fieldPresent(let slot, _?): members = true; memberSlots.insert(slot)
                case .members: members = true
                case .definition(let i): defs.insert(i)
                default: break
                }
            }
        }
        rules.columns.joined().forEach(scan)
        exclusions.forEach { scan($0.when); $0.unless.forEach(scan) }
        measures.forEach { scan($0.notIf); scan($0.amount) }
        rows.forEach { scan($0.when) }
        decisions.forEach { scan($0.applies); scan($0.value) }
        extra.forEach(scan)
        var done = Set<Int>()
        while let i = defs.subtracting(done).first {
            done.insert(i)
            scan(context.definitions[i].typed)
        }
        return (slots, memberSlots, members)
    }
}
