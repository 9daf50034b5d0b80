import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The result of `watchline diff` (and the REPL's `:impact`): how many households change, and how,
/// in total and per group, with the ids of each.
public struct ImpactReport: Sendable {
    /// What can change for one household. The raw values are the JSON and CSV keys.
    public enum Change: String, Sendable, CaseIterable, Comparable {
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
        public static func < (a: Self, b: Self) -> Bool { a.order < b.order }

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
    public struct Row: Sendable {
        public var change: Change
        public var measure: String?
        public var count: Int
        public var ids: [String]
        /// Persons in the households counted.
        public var persons = 0
    }

    public struct Group: Sendable {
        public var key: String
        public var households = 0
        public var errors = 0
        public var changed = 0
        public var persons = 0
        public var changedPersons = 0
        var rowIndex: [String: Int] = [:]
        public var rows: [Row] = []

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
        public var sortedRows: [Row] {
            rows.sorted { ($0.change, $0.measure ?? "") < ($1.change, $1.measure ?? "") }
        }

        public func count(_ c: Change, measure: String? = nil) -> Int {
            rows.filter { $0.change == c && (measure == nil || $0.measure == measure) }.reduce(0) { $0 + $1.count }
        }
    }

    public var old: String
    public var new: String
    public var grouping: DiffGrouping
    public var households: Int
    public var errors: Int
    public var changed: Int
    public var total: Group
    public var groups: [Group]
    /// Each measure with an amount: households, persons and the amounts' total before and after.
    public var budget: [BudgetLine] = []
    /// Every household whose decision changes, in input order, with its before and after.
    public var householdChanges: [HouseholdChange] = []
    public var persons: Int { total.persons }
    public var changedPersons: Int { total.changedPersons }
}
