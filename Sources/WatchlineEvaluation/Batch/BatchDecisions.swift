import WatchlineSyntax
import WatchlineLanguage
/// Decisions made from the kernels' bitmaps, 64 households a word, for the households whose
/// every rule the batch answered (none unknown): the steps of `decide` (Decider.swift) as bit
/// operations — an exclusion applies where its `when` holds and no exception does; the category
/// is the first that holds; monitored, watch, and the measures of the rows that hold. A household
/// any rule of which the batch left unknown is not decided here (`decision(_:)` is nil) and goes
/// through `decide`, which finishes it rule by rule.
///
/// Only for rulesets whose measures have no `not_if` or amount and that have no decision rules:
/// those are values per household, computed by the full evaluators.
package final class BatchDecisions {
    package struct Compact {
        var risks = RuleSet128(), alerts = RuleSet128(), exclusions = RuleSet128(), measures = RuleSet128()
        var category: Int16 = -1
        var monitored = false, watch = false
    }
    let capacity: Int
    let words: Int
    /// Bit h: household h was decided here.
    let decided: UnsafeMutablePointer<UInt64>
    let results: UnsafeMutablePointer<Compact>
    let ruleset: CompiledRuleset
    /// The roots every one of which must be answered for a household to be decided here:
    /// alerts, risks, categories, watch, exclusions, their exceptions, assistance rows.
    let roots: [Int32]
    /// Per assistance row, the measures it gives.
    let rowMeasures: [RuleSet128]

    package init(ruleset r: CompiledRuleset, capacity: Int) {
        ruleset = r
        let plan = r.fast
        var roots: [Int32] = []
        for s in [r.alerts, r.risks, r.categories, r.watch] { roots += (0..<s.count).map { s.roots[$0] } }
        roots += (0..<r.exclusions.count).map { plan.exclusions[$0] }
        roots += (0..<Int(plan.exceptionStart[r.exclusions.count])).map { plan.exceptions[$0] }
        roots += (0..<r.rows.count).map { plan.rows[$0] }
        self.roots = roots
        rowMeasures = (0..<r.rows.count).map { i in
            var given = RuleSet128()
            for m in Int(plan.rowMeasureStart[i])..<Int(plan.rowMeasureStart[i + 1]) { given.insert(Int(plan.rowMeasures[m])) }
            return given
        }
        self.capacity = capacity
        words = max((capacity + 63) / 64, 1)
        decided = .allocate(capacity: words); decided.initialize(repeating: 0, count: words)
        results = .allocate(capacity: max(capacity, 1)); results.initialize(repeating: Compact(), count: max(capacity, 1))
    }
    deinit { decided.deallocate(); results.deinitialize(count: max(capacity, 1)); results.deallocate() }

    /// The household's decision, when the bitmaps decided it.
    @inline(__always) package func decision(_ h: Int) -> Decision? {
        guard decided[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return nil }
        let c = results[h]
        var d = Decision()
        d.monitored = c.monitored
        d.category = c.category < 0 ? nil : Int(c.category)
        d.risks = c.risks; d.alerts = c.alerts; d.exclusions = c.exclusions; d.measures = c.measures
        d.watch = c.monitored ? false : c.watch
        return d
    }

    /// Whether the household is identified, when the bitmaps decided it (nil: ask `decide`).
    @inline(__always) package func monitored(_ h: Int) -> Bool? {
        guard decided[h >> 6] & (1 << UInt64(h & 63)) != 0 else { return nil }
        return results[h].monitored
    }

    /// Whether `ruleset`'s decisions can be made from bitmaps at all.
    static func applies(to r: CompiledRuleset) -> Bool {
        r.measureNotIf.allSatisfy { $0 == nil } && r.measureAmount.allSatisfy { $0 == nil } && r.decisions.isEmpty
            && [r.alerts.count, r.risks.count, r.categories.count, r.watch.count, r.exclusions.count, r.rows.count, r.measureIDs.count].allSatisfy { $0 <= 128 }
    }

    /// Decides, from `a`, every household of the chunk whose rules are all answered.
    package func decide(_ a: BatchAnswers, count: Int) {
        let r = ruleset, plan = r.fast, words = (count + 63) / 64
        @inline(__always) func t(_ root: Int32, _ w: Int) -> UInt64 { a.truth[Int(root) * a.words + w] }
        @inline(__always) func k(_ root: Int32, _ w: Int) -> UInt64 { a.known[Int(root) * a.words + w] }
        /// For each household of word `w` in `bits`, `body(h)`.
        @inline(__always) func each(_ bits: UInt64, _ w: Int, _ body: (Int) -> Void) {
            var b = bits
            while b != 0 { body(w << 6 | b.trailingZeroBitCount); b &= b - 1 }
        }
        let alerts = r.alerts, risks = r.risks, categories = r.categories, watch = r.watch
        let exclusions = r.exclusions.count, rows = r.rows.count
        for w in 0..<words {
            let live: UInt64 = w == words - 1 && count & 63 != 0 ? (1 << UInt64(count & 63)) - 1 : ~0
            // Every rule answered: alerts, risks, exclusions and their exceptions, categories, watch, rows.
            var all = live
            for root in roots { all &= k(root, w) }
            decided[w] = all
            guard all != 0 else { continue }
            each(all, w) { results[$0] = Compact() }
            var riskAny: UInt64 = 0
            for i in 0..<alerts.count { each(t(alerts.roots[i], w) & all, w) { results[$0].alerts.insert(i) } }
            for i in 0..<risks.count {
                let bits = t(risks.roots[i], w) & all
                riskAny |= bits
                each(bits, w) { results[$0].risks.insert(i) }
            }
            var excluded: UInt64 = 0, watching: UInt64 = 0
            for i in 0..<exclusions {
                var excepted: UInt64 = 0
                for j in Int(plan.exceptionStart[i])..<Int(plan.exceptionStart[i + 1]) { excepted |= t(plan.exceptions[j], w) }
                let applies = t(plan.exclusions[i], w) & ~excepted & all
                excluded |= applies
                if r.watchingExclusions.contains(i) { watching |= applies }
                each(applies, w) { results[$0].exclusions.insert(i) }
            }
            var categorised: UInt64 = 0
            for i in 0..<categories.count {
                let first = t(categories.roots[i], w) & ~categorised & all
                categorised |= first
                each(first, w) { results[$0].category = Int16(i) }
            }
            let monitored = ~excluded & (categories.isEmpty ? riskAny : categorised) & all
            each(monitored, w) { results[$0].monitored = true }
            // Only the category of an identified household is kept.
            each(categorised & ~monitored & all, w) { results[$0].category = -1 }
            var watched = watching & ~monitored
            for i in 0..<watch.count { watched |= t(watch.roots[i], w) & ~monitored }
            each(watched & all, w) { results[$0].watch = true }
            for i in 0..<rows {
                let holds = t(plan.rows[i], w) & (r.rows[i].everyone ? all : monitored)
                guard holds != 0 else { continue }
                let given = rowMeasures[i]
                each(holds, w) { results[$0].measures.formUnion(given) }
            }
        }
    }
}
