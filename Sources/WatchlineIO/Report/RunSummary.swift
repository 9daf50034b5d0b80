import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Counts over a whole run, and the population-level checks of the ruleset (e.g. 河南's "about 5%
/// of the registered population", 烈山's "at most 100 households per grid").
public struct RunSummary: Sendable {
    package var households = 0
    package var monitored = 0
    package var notMonitored = 0
    package var undetermined = 0
    package var failed = 0
    /// Not identified but followed (不纳入但持续跟踪关注), and households raising any alert.
    package var watched = 0
    package var alerted = 0
    package var byAlert: [String: Int] = [:]
    package var byCategory: [String: Int] = [:]
    package var byRisk: [String: Int] = [:]
    package var byExclusion: [String: Int] = [:]
    package var byMeasure: [String: Int] = [:]
    package var checks: [CheckResult] = []

    package struct CheckResult: Sendable {
        package var id: String
        package var source: String?
        package var text: String?
        /// "ok", "warning" or "info".
        package var status: String
        package var detail: String
    }
}

/// Accumulates a summary while outcomes stream past.
public final class SummaryBuilder {
    let ruleset: CompiledRuleset
    var summary = RunSummary()
    /// Per population check: households counted by its `share_of`, or per group value.
    var shareBase: [Int]
    var shareEvals: [Evaluator?]
    var groups: [[String: Int]]
    let groupSlots: [Int?]
    var categoryCounts: [Int], riskCounts: [Int], exclusionCounts: [Int], measureCounts: [Int], alertCounts: [Int]

    static func count(_ s: RuleSet128, into counts: inout [Int]) {
        var bits = s.lo, base = 0
        for _ in 0..<2 {
            while bits != 0 {
                let i = base + bits.trailingZeroBitCount
                bits &= bits - 1
                if i < counts.count { counts[i] += 1 }
            }
            bits = s.hi; base = 64
        }
    }

    package init(ruleset: CompiledRuleset) {
        self.ruleset = ruleset
        categoryCounts = Array(repeating: 0, count: ruleset.ruleset.categories.count)
        riskCounts = Array(repeating: 0, count: ruleset.riskIDs.count)
        alertCounts = Array(repeating: 0, count: ruleset.alertIDs.count)
        exclusionCounts = Array(repeating: 0, count: ruleset.ruleset.exclusions.count)
        measureCounts = Array(repeating: 0, count: ruleset.measureIDs.count)
        let checks = ruleset.ruleset.population
        shareBase = Array(repeating: 0, count: checks.count)
        groups = Array(repeating: [:], count: checks.count)
        shareEvals = checks.map { c in
            if case .share(let of?, _, _) = c.kind { return ruleset.compileExpression(of).0 }
            return nil
        }
        groupSlots = checks.map { c in
            if case .perGroup(let field, _) = c.kind { return ruleset.schema.householdField(field) }
            return nil
        }
    }

    /// Whether `add` reads the household through its frame (a share check with its own base).
    package var readsFrame: Bool { shareEvals.contains { $0 != nil } }

    /// Adds one outcome; `frame` still holds that household's values.
    package func add(_ o: Outcome, record: HouseholdRecord?, frame: Frame?) {
        summary.households += 1
        guard let d = o.decision, o.errors.isEmpty, d.failure == nil else { summary.failed += 1; return }
        switch d.monitored {
        case true?: summary.monitored += 1
        case false?: summary.notMonitored += 1
        case nil: summary.undetermined += 1
        }
        // Counted by rule index here, named once in `finish` (no strings per household).
        if let c = d.category { categoryCounts[c] += 1 }
        Self.count(d.risks, into: &riskCounts)
        if !d.alerts.isEmpty { summary.alerted += 1; Self.count(d.alerts, into: &alertCounts) }
        if d.watch == true { summary.watched += 1 }
        Self.count(d.exclusions, into: &exclusionCounts)
        Self.count(d.measures, into: &measureCounts)
        for i in shareEvals.indices {
            if let eval = shareEvals[i], let frame {
                if case .bool(true) = eval(frame.state) { shareBase[i] += 1 }
            } else { shareBase[i] += 1 }
            if let slot = groupSlots[i], let key = record?.string(slot) { groups[i][key, default: 0] += 1 }
        }
    }

    package func finish() -> RunSummary {
        var s = summary
        func named(_ counts: [Int], _ ids: [String]) -> [String: Int] {
            var out: [String: Int] = [:]
            for (i, n) in counts.enumerated() where n > 0 { out[ids[i]] = n }
            return out
        }
        s.byCategory = named(categoryCounts, ruleset.ruleset.categories.map(\.id))
        s.byRisk = named(riskCounts, ruleset.riskIDs)
        s.byAlert = named(alertCounts, ruleset.alertIDs)
        s.byExclusion = named(exclusionCounts, ruleset.ruleset.exclusions.map(\.id))
        s.byMeasure = named(measureCounts, ruleset.measureIDs)
        for (i, c) in ruleset.ruleset.population.enumerated() {
            switch c.kind {
            case .statement:
                s.checks.append(.init(id: c.id, source: c.source, text: c.text, status: "info", detail: MessageCatalogue.format(.summaryMonitored, [String(s.monitored)])))
            case .share(_, let lo, let hi):
                let base = shareBase[i]
                let share = base == 0 ? 0 : Int64(s.monitored) * Fixed.one / Int64(base)
                let outside = (lo.map { share < $0 } ?? false) || (hi.map { share > $0 } ?? false)
                let pct = Fixed.format(Fixed.mul(share, 100 * Fixed.one).map { ($0 / 10_000) * 10_000 } ?? 0)
                s.checks.append(.init(id: c.id, source: c.source, text: c.text, status: outside ? "warning" : "ok",
                                      detail: MessageCatalogue.format(.summaryShare, [String(s.monitored), String(base), pct])
                                        + (lo.map { MessageCatalogue.format(.summaryAtLeast, [Fixed.format($0 * 100)]) } ?? "")
                                        + (hi.map { MessageCatalogue.format(.summaryAtMost, [Fixed.format($0 * 100)]) } ?? "")))
            case .perGroup(let path, let max):
                // The field as an officer knows it (网格), when the schema gives its label.
                let field = ruleset.schema.householdField(path).flatMap { ruleset.schema.households[$0].label } ?? path
                let over = groups[i].filter { $0.value > max }.sorted { $0.key < $1.key }
                // No household gives the field: nothing was checked, which is not "every group is within".
                if groups[i].isEmpty {
                    s.checks.append(.init(id: c.id, source: c.source, text: c.text, status: "info", detail: MessageCatalogue.format(.summaryGroupsNone, [field])))
                    continue
                }
                s.checks.append(.init(id: c.id, source: c.source, text: c.text, status: over.isEmpty ? "ok" : "warning",
                                      detail: over.isEmpty ? MessageCatalogue.format(.summaryGroupsOK, [field, String(max), String(groups[i].count)])
                                        : MessageCatalogue.format(.summaryGroupsOver, [String(over.count), field, String(max)]) + over.prefix(10).map { "\($0.key) (\($0.value))" }.joined(separator: ", ")))
            }
        }
        return s
    }
}
