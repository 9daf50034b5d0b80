import WatchlineSyntax
/// The record format a ruleset reads: household fields (dotted paths), member fields, enums,
/// Chinese labels and CSV header aliases. Loaded from `Rules/schema/*.yaml`.
public struct Schema: Sendable {
    package enum FieldType: Sendable, Equatable {
        case string, bool, int, money, number, date
        case enumeration(Int16)
        case enumList(Int16)

        package var name: String {
            switch self {
            case .string: return "string"
            case .bool: return "bool"
            case .int: return "int"
            case .money: return "money"
            case .number: return "number"
            case .date: return "date"
            case .enumeration: return "enum"
            case .enumList: return "list of enum"
            }
        }
        package var isDecimal: Bool { self == .money || self == .number }
    }

    package struct EnumType: Sendable {
        package var name: String
        /// Value ids, in declaration order (the ordinal is the index).
        package var values: [String]
        /// For each value: its Chinese label first, then other accepted spellings.
        package var spellings: [[String]]
        package func ordinal(of text: String) -> Int? {
            if let i = values.firstIndex(of: text) { return i }
            return spellings.firstIndex { $0.contains(text) }
        }
        package func label(_ ordinal: Int) -> String { spellings[ordinal].first ?? values[ordinal] }
    }

    package struct Field: Sendable {
        package var path: String
        package var type: FieldType
        package var label: String?
        package var aliases: [String]
        package var unit: String?
        /// Bounds as exact decimals (scaled by 10⁶) for money/number, plain for int.
        package var min: Int64?
        package var max: Int64?
        package var personal: Bool
        package var required: Bool
        package var doc: String?
        package var span: SourceSpan?
    }

    package var id: String
    package var title: String?
    package var path: String
    package var households: [Field]
    package var members: [Field]
    package var membersLabel: String?
    package var memberJoin: String
    package var enums: [EnumType]

    package init(id: String, title: String?, path: String, households: [Field], members: [Field],
                membersLabel: String?, memberJoin: String, enums: [EnumType]) {
        self.id = id; self.title = title; self.path = path; self.households = households; self.members = members
        self.membersLabel = membersLabel; self.memberJoin = memberJoin; self.enums = enums
        householdIndex = Dictionary(households.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
        memberIndex = Dictionary(members.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    package private(set) var householdIndex: [String: Int]
    package private(set) var memberIndex: [String: Int]

    package func householdField(_ path: String) -> Int? { householdIndex[path] }

    /// A personal value (an ID number) as shown on screen: the first 6 and last 4 characters
    /// kept, the rest masked — enough to tell people apart, not to copy a number.
    package static func masked(_ text: String) -> String {
        let cs = Array(text)
        guard cs.count > 10 else { return String(repeating: "*", count: cs.count) }
        return String(cs.prefix(6)) + String(repeating: "*", count: cs.count - 10) + String(cs.suffix(4))
    }
    package func memberField(_ path: String) -> Int? { memberIndex[path] }

    /// Whether a path as a trace or a tree names it (`m.id`, `members.0.id`, `id` of a member)
    /// reaches a field the schema marks personal.
    package func isPersonal(path: String) -> Bool {
        if households.contains(where: { $0.personal && $0.path == path }) { return true }
        // A member's field is read through a variable or an index: `m.id`, `members.0.id`.
        guard path.contains(".") else { return false }
        return members.contains { $0.personal && path.hasSuffix("." + $0.path) }
    }
    public var idField: Int? { householdIndex["id"] }

    /// Dotted prefixes of household fields (`income`, `guarantees`): names that are objects, not values.
    package func isHouseholdGroup(_ prefix: String) -> Bool {
        households.contains { $0.path.hasPrefix(prefix + ".") }
    }
}
