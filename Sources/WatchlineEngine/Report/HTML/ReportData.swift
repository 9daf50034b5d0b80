import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// What `watchline report` gathers while the run streams past: per place, the counts; per
/// identified household, a row for the list. The summary (totals, by category, risk and measure,
/// population checks) comes from the run's own `SummaryBuilder`, so the page and `run --summary`
/// agree by construction.
package final class ReportData {
    package struct Place: Sendable {
        package var town: String
        package var village: String
        package var households = 0, persons = 0, identified = 0, identifiedPersons = 0, watched = 0, alerted = 0
    }

    /// One identified household as the list shows it.
    package struct Identified: Sendable {
        package var id: String
        package var town: String
        package var village: String
        package var persons: Int
        package var category: String
        package var risks: [String]
        package var measures: [String]
        /// The clause that decided: the category's `source` (and its label).
        package var clause: String
        /// Members' personal fields (ID numbers), masked unless revealed.
        package var memberIDs: [String]
    }

    let ruleset: CompiledRuleset
    package var revealIDs = false
    package private(set) var persons = 0
    package private(set) var identifiedPersons = 0
    var places: [String: Place] = [:]
    package private(set) var identified: [Identified] = []
    let town: Int?, village: Int?
    let personalMemberFields: [Int]

    package init(ruleset: CompiledRuleset) {
        self.ruleset = ruleset
        town = ruleset.schema.householdField("town")
        village = ruleset.schema.householdField("village")
        personalMemberFields = ruleset.schema.members.indices.filter { ruleset.schema.members[$0].personal }
    }

    package var placeList: [Place] { places.values.sorted { ($0.town, $0.village) < ($1.town, $1.village) } }

    package func add(_ o: Outcome, record: HouseholdRecord?) {
        let t = record?.string(town) ?? "", v = record?.string(village) ?? ""
        let n = record?.persons ?? 0
        persons += n
        var p = places[t + "\t" + v] ?? Place(town: t, village: v)
        p.households += 1
        p.persons += n
        defer { places[t + "\t" + v] = p }
        guard let d = o.decision, o.errors.isEmpty, d.failure == nil else { return }
        if d.watch == true { p.watched += 1 }
        if !d.alerts.isEmpty { p.alerted += 1 }
        guard d.monitored == true else { return }
        p.identified += 1
        p.identifiedPersons += n
        identifiedPersons += n
        let r = ruleset
        var clause = ""
        if let c = d.category {
            let cat = r.ruleset.categories[c]
            clause = [cat.source, cat.label ?? cat.id].compactMap { $0 }.joined(separator: " ")
        }
        var ids: [String] = []
        if let record, record.memberCount > 0 {
            let stride = r.schema.members.count
            for m in 0..<record.memberCount {
                for f in personalMemberFields {
                    let i = m * stride + f
                    guard i < record.members.count, case .string(let s) = record.members[i] else { continue }
                    ids.append(revealIDs ? s : Schema.masked(s))
                }
            }
        }
        identified.append(Identified(id: o.outputID, town: t, village: v, persons: n, category: r.categoryName(d) ?? "",
                                     risks: r.riskNames(d), measures: r.measureNames(d), clause: clause, memberIDs: ids))
    }
}
