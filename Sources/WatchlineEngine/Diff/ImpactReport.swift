import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The result of `watchline diff` (and the REPL's `:impact`): how many households change, and how,
/// in total and per group, with the ids of each.
package struct ImpactReport: Sendable {
    /// What can change for one household. The raw values are the JSON and CSV keys.
    package enum Change: String, Sendable, CaseIterable, Comparable {
        case becameMonitored = "became_monitored"
        case stoppedMonitored = "stopped_monitored"
        case becameUndetermined = "became_undetermined"
        case becameDetermined = "became_determined"
        case categoryChanged = "category_changed"
        case gainedMeasure = "gained_measure"
        case lostMeasure = "lost_measure"
        case becameWatched = "became_watched"
        case stoppedWatched = "stopped_watched"
        case gainedAlert = "gained_alert"
        case lostAlert = "lost_alert"
        case amountChanged = "amount_changed"

        var order: Int { Self.allCases.firstIndex(of: self)! }
        package static func < (a: Self, b: Self) -> Bool { a.order < b.order }

        var message: MessageID {
            switch self {
            case .becameMonitored: .diffBecameMonitored
            case .stoppedMonitored: .diffStoppedMonitored
            case .becameUndetermined: .diffBecameUndetermined
            case .becameDetermined: .diffBecameDetermined
            case .categoryChanged: .diffCategoryChanged
            case .gainedMeasure: .diffGainedMeasure
            case .lostMeasure: .diffLostMeasure
            case .becameWatched: .diffBecameWatched
            case .stoppedWatched: .diffStoppedWatched
            case .gainedAlert: .diffGainedAlert
            case .lostAlert: .diffLostAlert
            case .amountChanged: .diffAmountChanged
            }
        }
    }

    /// One line of the report: a change (for measures, of which measure), how many, which ids.
    package struct Row: Sendable {
        package var change: Change
        package var measure: String?
        package var count: Int
        package var ids: [String]
        /// Persons in the households counted.
        package var persons = 0
    }

    package struct Group: Sendable {
        package var key: String
        package var households = 0
        package var errors = 0
        package var changed = 0
        package var persons = 0
        package var changedPersons = 0
        var rowIndex: [String: Int] = [:]
        package var rows: [Row] = []

        init(key: String) { self.key = key }

        mutating func record(id: String, persons: Int = 0, changes: [(Change, String?)]) {
            changed += 1
            changedPersons += persons
            for (c, m) in changes {
                let k = c.rawValue + "\u{1}" + (m ?? "")
                if let i = rowIndex[k] { rows[i].count += 1; rows[i].ids.append(id); rows[i].persons += persons }
                else { rowIndex[k] = rows.count; rows.append(Row(change: c, measure: m, count: 1, ids: [id], persons: persons)) }
            }
        }

        /// Rows in a stable order: by kind of change, then measure id.
        package var sortedRows: [Row] {
            rows.sorted { ($0.change, $0.measure ?? "") < ($1.change, $1.measure ?? "") }
        }

        package func count(_ c: Change, measure: String? = nil) -> Int {
            rows.filter { $0.change == c && (measure == nil || $0.measure == measure) }.reduce(0) { $0 + $1.count }
        }
    }

    package var old: String
    package var new: String
    package var grouping: DiffGrouping
    package var households: Int
    package var errors: Int
    package var changed: Int
    package var total: Group
    package var groups: [Group]
    /// Each measure with an amount: households, persons and the amounts' total before and after.
    package var budget: [BudgetLine] = []
    /// Every household whose decision changes, in input order, with its before and after.
    package var householdChanges: [HouseholdChange] = []
    package var persons: Int { total.persons }
    package var changedPersons: Int { total.changedPersons }
}
