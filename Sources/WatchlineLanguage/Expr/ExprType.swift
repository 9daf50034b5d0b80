import WatchlineSyntax
/// Static types of the rule language. `int` and `decimal` are both numbers and mix freely
/// (a deliberate difference from CEL, documented in docs/LANGUAGE.md).
public indirect enum ExprType: Sendable, Equatable, CustomStringConvertible {
    case bool, int, decimal, string, date, duration, null
    case enumeration(Int16)
    case member
    case list(ExprType)
    case map(ExprType, ExprType)
    /// Known only at run time (heterogeneous lists, `dyn(…)`).
    case dyn

    package var isNumeric: Bool { self == .int || self == .decimal }
    package var isDyn: Bool { self == .dyn }

    public var description: String {
        switch self {
        case .bool: return "bool"
        case .int: return "int"
        case .decimal: return "decimal"
        case .string: return "string"
        case .date: return "date"
        case .duration: return "duration"
        case .null: return "null"
        case .enumeration: return "enum"
        case .member: return "member"
        case .list(let t): return "list(\(t))"
        case .map(let k, let v): return "map(\(k), \(v))"
        case .dyn: return "dyn"
        }
    }

    /// Whether a value of type `a` may be compared for equality with one of type `b`.
    static func comparableForEquality(_ a: ExprType, _ b: ExprType) -> Bool {
        if a == b || a.isDyn || b.isDyn || a == .null || b == .null { return true }
        if a.isNumeric && b.isNumeric { return true }
        if case .enumeration = a, b == .string { return true }
        if case .enumeration = b, a == .string { return true }
        if case .list(let x) = a, case .list(let y) = b { return comparableForEquality(x, y) }
        if case .map = a, case .map = b { return true }
        return false
    }

    /// Whether `<`, `<=`, … are defined between the two.
    static func orderable(_ a: ExprType, _ b: ExprType) -> Bool {
        if a.isDyn || b.isDyn { return true }
        if a.isNumeric && b.isNumeric { return true }
        if a == b { return a == .string || a == .date || a == .duration || a == .bool }
        return false
    }
}
