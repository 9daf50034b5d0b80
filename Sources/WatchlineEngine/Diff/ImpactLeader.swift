import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// What a leader asks of a policy change beside "how many households": how many persons, how much
/// money (each measure's computed amounts before and after), and for each household that changes,
/// what it was and what it becomes.
extension ImpactReport {
    /// One side of one household's decision, by ids (the two sides may be two rule files).
    package struct Side: Sendable, Equatable {
        package var monitored: Bool?
        package var category: String?
        package var risks: [String]
        package var measures: [String]
        package var watch: Bool?
        package var alerts: [String]
        /// Measure id → amount (fixed-point, `Fixed.one` = 1), for the measures with an amount.
        package var amounts: [String: Int64]
        package var amountTotal: Int64 { amounts.values.reduce(0, +) }
    }

    /// A household whose decision changes.
    package struct HouseholdChange: Sendable {
        package var id: String
        package var group: String
        package var persons: Int
        package var before: Side
        package var after: Side
    }

    /// One measure with an amount: the households given it and the amounts' total, on each side.
    package struct BudgetLine: Sendable {
        package var measure: String
        package var label: String?
        package var unit: String?
        package var householdsBefore = 0, householdsAfter = 0
        package var personsBefore = 0, personsAfter = 0
        package var amountBefore: Int64 = 0, amountAfter: Int64 = 0
        package var change: Int64 { amountAfter - amountBefore }
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
