import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// What a leader asks of a policy change beside "how many households": how many persons, how much
/// money (each measure's computed amounts before and after), and for each household that changes,
/// what it was and what it becomes.
extension ImpactReport {
    /// One side of one household's decision, by ids (the two sides may be two rule files).
    public struct Side: Sendable, Equatable {
        public var monitored: Bool?
        public var category: String?
        public var risks: [String]
        public var measures: [String]
        public var watch: Bool?
        public var alerts: [String]
        /// Measure id → amount (fixed-point, `Fixed.one` = 1), for the measures with an amount.
        public var amounts: [String: Int64]
        public var amountTotal: Int64 { amounts.values.reduce(0, +) }
    }

    /// A household whose decision changes.
    public struct HouseholdChange: Sendable {
        public var id: String
        public var group: String
        public var persons: Int
        public var before: Side
        public var after: Side
    }

    /// One measure with an amount: the households given it and the amounts' total, on each side.
    public struct BudgetLine: Sendable {
        public var measure: String
        public var label: String?
        public var unit: String?
        public var householdsBefore = 0, householdsAfter = 0
        public var personsBefore = 0, personsAfter = 0
        public var amountBefore: Int64 = 0, amountAfter: Int64 = 0
        public var change: Int64 { amountAfter - amountBefore }
    }
}

/// The amounts of a decision as a fixed-point number per measure index.
func fixedAmount(_ v: Value) -> Int64? {
    switch v {
    case .int(let n): return n.multipliedReportingOverflow(by: Fixed.one).overflow ? nil : n * Fixed.one
    case .dec(let x): return x
    default: return nil
    }
}

/// Sums each measure's amounts on both sides, by measure id.
struct BudgetAccumulator {
    var lines: [String: ImpactReport.BudgetLine] = [:]
    var order: [String] = []

    init(old: CompiledRuleset, new: CompiledRuleset) {
        for r in [old, new] {
            for m in r.ruleset.measures where m.amount != nil && lines[m.id] == nil {
                lines[m.id] = ImpactReport.BudgetLine(measure: m.id, label: m.label, unit: m.unit)
                order.append(m.id)
            }
        }
    }

    var isEmpty: Bool { order.isEmpty }

    mutating func add(_ d: Decision, _ r: CompiledRuleset, persons: Int, after: Bool) {
        for (m, v) in d.amounts {
            guard let x = fixedAmount(v) else { continue }
            let id = r.measureIDs[m]
            guard var line = lines[id] else { continue }
            if after { line.householdsAfter += 1; line.personsAfter += persons; line.amountAfter += x }
            else { line.householdsBefore += 1; line.personsBefore += persons; line.amountBefore += x }
            lines[id] = line
        }
    }

    var result: [ImpactReport.BudgetLine] { order.compactMap { lines[$0] } }
}

extension ImpactAccumulator {
    static func side(_ d: Decision, _ r: CompiledRuleset) -> ImpactReport.Side {
        var amounts: [String: Int64] = [:]
        for (m, v) in d.amounts { if let x = fixedAmount(v) { amounts[r.measureIDs[m]] = x } }
        return ImpactReport.Side(monitored: d.monitored, category: r.categoryName(d), risks: r.riskNames(d), measures: r.measureNames(d),
                                 watch: d.watch, alerts: r.alertNames(d), amounts: amounts)
    }
}

extension HouseholdRecord {
    /// Persons in the household: its members (0 when the record gives no member list).
    var persons: Int { max(memberCount, 0) }
}
