import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// What a policy change does to a population: every record is decided by the old and the new
/// ruleset in one pass, and the differences are counted per group (town or village).
///
/// The two rulesets may be two files (a province's new notice) or one file at two as-of dates
/// (the yearly update of the monitoring line). Decisions are compared by ids, not indexes, so two
/// files with different rule lists compare correctly; they must read the same record schema.
package enum DiffGrouping: String, Sendable, CaseIterable { case none, town, village }
package enum DiffFormat: String, Sendable, CaseIterable { case table, csv, json }

package enum ImpactDiff {
    package struct SchemaMismatch: Error, Sendable { package let message: String }

    /// Records read once, decided by both sides.
    package static func compare(old: CompiledRuleset, new: CompiledRuleset, source: RecordSource, by grouping: DiffGrouping,
                               progress: ProgressLine? = nil) throws -> ImpactReport {
        try checkSchemas(old, new)
        var acc = ImpactAccumulator(grouping: grouping)
        let oldFrame = old.makeFrame(), newFrame = new.makeFrame()
        var record = old.schema.emptyRecord()
        var count = 0
        while let read = source.next(into: &record) {
            acc.add(record, errors: read.errors, line: read.line, old: old, oldFrame: oldFrame, new: new, newFrame: newFrame)
            count += 1
            if count & 1023 == 0, let progress { let p = source.progress; progress.update(households: count, done: p.done, total: p.total) }
        }
        progress?.clear()
        return acc.finish(oldLabel: label(old), newLabel: label(new))
    }

    /// Records already in memory (the REPL's `:impact`).
    package static func compare(old: CompiledRuleset, new: CompiledRuleset, records: [HouseholdRecord], by grouping: DiffGrouping) -> ImpactReport {
        var acc = ImpactAccumulator(grouping: grouping)
        let oldFrame = old.makeFrame(), newFrame = new.makeFrame()
        for (i, r) in records.enumerated() {
            acc.add(r, errors: [], line: i + 1, old: old, oldFrame: oldFrame, new: new, newFrame: newFrame)
        }
        return acc.finish(oldLabel: label(old), newLabel: label(new))
    }

    /// Both sides decode records with one schema: the same fields, in the same order, of the same types.
    static func checkSchemas(_ a: CompiledRuleset, _ b: CompiledRuleset) throws {
        let fa = a.schema.households.map { "\($0.path):\($0.type)" } + a.schema.members.map { "\($0.path):\($0.type)" }
        let fb = b.schema.households.map { "\($0.path):\($0.type)" } + b.schema.members.map { "\($0.path):\($0.type)" }
        guard fa == fb else {
            throw SchemaMismatch(message: MessageCatalogue.format(.diffSchemaMismatch, [a.schema.path, b.schema.path]))
        }
    }

    static func label(_ r: CompiledRuleset) -> String {
        let file = r.ruleset.path.split(separator: "/").last.map(String.init) ?? r.ruleset.id
        let whatIf = r.checked.overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return file + " @ " + r.asOf.iso + (whatIf.isEmpty ? "" : " (" + whatIf.joined(separator: ", ") + ")")
    }
}
