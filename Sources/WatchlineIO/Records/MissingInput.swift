import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
extension CompiledRuleset {
    /// Warnings for a record file whose columns leave out fields the rules read: one per column,
    /// by its Chinese header, and one when the rules read members but no members file was given.
    package func missingInputWarnings(_ source: RecordSource, membersGiven: Bool) -> [String] {
        guard let csv = IDCheckedSource.reader(of: source) as? CSVRecordSource else { return [] }
        let read = checked.fieldsRead
        var out: [String] = []
        let present = Set(csv.rows.columns.compactMap { $0 })
        for slot in read.household.sorted() where !present.contains(slot) {
            let f = schema.households[slot]
            out.append(MessageCatalogue.format(.recordsMissingColumn, [f.label ?? f.path, f.path]))
        }
        if read.members && !membersGiven && !csv.hasMembers {
            out.append(MessageCatalogue.format(.recordsNoMembersFile, []))
        }
        return out
    }
}
