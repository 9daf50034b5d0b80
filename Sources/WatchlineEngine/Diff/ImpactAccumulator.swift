import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Counts, per group, how the new ruleset's decisions differ from the old one's.
struct ImpactAccumulator {
    let grouping: DiffGrouping
    private var total = ImpactReport.Group(key: "")
    private var groups: [String: ImpactReport.Group] = [:]
    private var households = 0, errors = 0, changed = 0
    private var budget: BudgetAccumulator?
    private var householdChanges: [ImpactReport.HouseholdChange] = []

    init(grouping: DiffGrouping) { self.grouping = grouping }

    /// One household's decision, by ids, so two different rule files compare.
    struct View: Equatable {
        var monitored: Bool?
        var category: String?
        var measures: [String]
        var watch: Bool?
        var alerts: [String]
        /// Measure index → amount, in measure order (a changed amount is a change: the budget moves).
        var amounts: [Int64?] = []
    }

    static func view(_ d: Decision, _ r: CompiledRuleset) -> View {
        View(monitored: d.monitored, category: r.categoryName(d), measures: r.measureNames(d), watch: d.watch, alerts: r.alertNames(d),
             amounts: d.amounts.map { fixedAmount($0.value) })
    }

    mutating func add(_ record: HouseholdRecord, errors readErrors: [String], line: Int,
                      old: CompiledRuleset, oldFrame: Frame, new: CompiledRuleset, newFrame: Frame) {
        households += 1
        if budget == nil { budget = BudgetAccumulator(old: old, new: new) }
        let persons = record.persons
        let schema = old.schema
        let id = record.string(schema.idField) ?? "#\(line)"
        let key: String
        switch grouping {
        case .none: key = ""
        case .town: key = record.string(schema.householdField("town")) ?? "—"
        case .village: key = [record.string(schema.householdField("town")), record.string(schema.householdField("village"))]
            .compactMap { $0 }.joined(separator: "/").nonEmpty ?? "—"
        }
        var group = groups[key] ?? ImpactReport.Group(key: key)
        group.households += 1
        total.households += 1
        group.persons += persons
        total.persons += persons
        defer { if grouping != .none { groups[key] = group } }
        guard readErrors.isEmpty else { errors += 1; group.errors += 1; total.errors += 1; return }
        let (a, _) = Engine.decide(record, with: old, frame: oldFrame)
        let (b, _) = Engine.decide(record, with: new, frame: newFrame)
        guard a.failure == nil, b.failure == nil else { errors += 1; group.errors += 1; total.errors += 1; return }
        if !budget!.isEmpty {
            budget!.add(a, old, persons: persons, after: false)
            budget!.add(b, new, persons: persons, after: true)
        }
        let va = Self.view(a, old), vb = Self.view(b, new)
        guard va != vb else { return }
        changed += 1
        var changes: [(ImpactReport.Change, String?)] = []
        if va.monitored != true && vb.monitored == true { changes.append((.becameMonitored, nil)) }
        if va.monitored == true && vb.monitored != true { changes.append((.stoppedMonitored, nil)) }
        if va.monitored != nil && vb.monitored == nil { changes.append((.becameUndetermined, nil)) }
        if va.monitored == nil && vb.monitored != nil { changes.append((.becameDetermined, nil)) }
        if va.category != vb.category && va.category != nil && vb.category != nil { changes.append((.categoryChanged, nil)) }
        for m in vb.measures where !va.measures.contains(m) { changes.append((.gainedMeasure, m)) }
        for m in va.measures where !vb.measures.contains(m) { changes.append((.lostMeasure, m)) }
        if va.watch != true && vb.watch == true { changes.append((.becameWatched, nil)) }
        if va.watch == true && vb.watch != true { changes.append((.stoppedWatched, nil)) }
        for x in vb.alerts where !va.alerts.contains(x) { changes.append((.gainedAlert, x)) }
        for x in va.alerts where !vb.alerts.contains(x) { changes.append((.lostAlert, x)) }
        let before = Self.side(a, old), after = Self.side(b, new)
        for m in Set(before.amounts.keys).intersection(after.amounts.keys).sorted() where before.amounts[m] != after.amounts[m] {
            changes.append((.amountChanged, m))
        }
        group.record(id: id, persons: persons, changes: changes)
        total.record(id: id, persons: persons, changes: changes)
        householdChanges.append(.init(id: id, group: key, persons: persons, before: before, after: after))
    }

    func finish(oldLabel: String, newLabel: String) -> ImpactReport {
        ImpactReport(old: oldLabel, new: newLabel, grouping: grouping, households: households, errors: errors,
                     changed: changed, total: total,
                     groups: groups.values.sorted { $0.key < $1.key },
                     budget: budget?.result ?? [], householdChanges: householdChanges)
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
