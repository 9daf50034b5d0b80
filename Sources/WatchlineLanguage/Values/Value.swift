import WatchlineSyntax
/// A runtime value. Most cases carry trivial payloads (no reference counting) so the per-household
/// path stays cheap; strings, lists and maps are the exceptions, and rule files rarely need them per
/// household.
public enum Value: Sendable {
    /// A missing input: CEL's "unknown". Carries the fields whose absence it stems from.
    case unknown(FieldMask)
    /// An evaluation error (division by zero, overflow, index out of range…).
    case error(EvalError)
    case null
    case bool(Bool)
    case int(Int64)
    /// An exact decimal scaled by 10⁶ (see `Fixed`).
    case dec(Int64)
    /// A number no exact decimal can hold — beyond ±9.2 × 10¹² or with more than six decimal
    /// places — written as a literal or made by `double()`: CEL's binary double. Never read from
    /// a record (money fields are exact); `check` warns where a rule file writes one.
    case double(Double)
    case date(CivilDate)
    /// A span of calendar days or of working days.
    case duration(Int32, workdays: Bool)
    case string(String)
    /// A value of a schema enum: which enum, and the value's index in it.
    case enumValue(EnumRef)
    /// The i-th member of the current household.
    case member(Int32)
    case list(ListBox)
    case map(MapBox)

    @inlinable @inline(__always) package var isUnknown: Bool { if case .unknown = self { return true }; return false }
    @inlinable @inline(__always) package var isError: Bool { if case .error = self { return true }; return false }
}

public struct EnumRef: Sendable, Hashable {
    package var type: Int16
    package var ordinal: Int16
    package init(type: Int16, ordinal: Int16) { self.type = type; self.ordinal = ordinal }
}

/// A set of field ids (by the numbering the compiler gives the fields a ruleset reads), so an
/// undecided household can name what was missing. Ids past 127 share the last bit.
public struct FieldMask: Sendable, Hashable {
    @usableFromInline package var lo: UInt64 = 0
    @usableFromInline package var hi: UInt64 = 0
    @inlinable package init() {}
    @inlinable package init(field: Int) {
        let f = min(field, 127)
        if f < 64 { lo = 1 << UInt64(f) } else { hi = 1 << UInt64(f - 64) }
    }
    @inlinable @inline(__always) package func union(_ o: FieldMask) -> FieldMask { var r = self; r.lo |= o.lo; r.hi |= o.hi; return r }
    @inlinable @inline(__always) package mutating func formUnion(_ o: FieldMask) { lo |= o.lo; hi |= o.hi }
    package var isEmpty: Bool { lo == 0 && hi == 0 }
    package var fields: [Int] {
        if isEmpty { return [] }
        return (0..<128).filter { $0 < 64 ? lo & (1 << UInt64($0)) != 0 : hi & (1 << UInt64($0 - 64)) != 0 }
    }
}

public struct EvalError: Sendable, Hashable, Error {
    package enum Code: UInt8, Sendable {
        case divisionByZero, overflow, indexOutOfRange, noSuchKey, noSuchField, noMatchingOverload, invalidArgument, invalidDate, tooLarge
        /// Text longer than `ValueLimits.maxTextBytes`.
        case textTooLong
        /// A list or map larger than `ValueLimits.maxListSize`.
        case listTooLarge
        /// A date before 0001-01-01 or after 9999-12-31.
        case dateOutOfRange
        /// A regular expression (from a record) that is invalid or outside the supported subset.
        case badPattern
    }
    package var code: Code
    package init(_ code: Code) { self.code = code }

    package var message: String {
        switch code {
        case .divisionByZero: return MessageCatalogue.format(.evalDivisionByZero, [])
        case .overflow: return MessageCatalogue.format(.evalOverflow, [])
        case .indexOutOfRange: return MessageCatalogue.format(.evalIndexOutOfRange, [])
        case .noSuchKey: return MessageCatalogue.format(.evalNoSuchKey, [])
        case .noSuchField: return MessageCatalogue.format(.evalNoSuchField, [])
        case .noMatchingOverload: return MessageCatalogue.format(.evalNoMatchingOverload, [])
        case .invalidArgument: return MessageCatalogue.format(.evalInvalidArgument, [])
        case .invalidDate: return MessageCatalogue.format(.evalInvalidDate, [])
        case .tooLarge: return MessageCatalogue.format(.evalTooLarge, [])
        case .textTooLong: return MessageCatalogue.format(.evalTextTooLong, [ValueLimits.describe(bytes: ValueLimits.maxTextBytes)])
        case .listTooLarge: return MessageCatalogue.format(.evalListTooLarge, [ValueLimits.describe(bytes: ValueLimits.maxListSize)])
        case .dateOutOfRange: return MessageCatalogue.format(.evalDateOutOfRange, [CivilDate.earliest.iso, CivilDate.latest.iso])
        case .badPattern: return MessageCatalogue.format(.evalBadPattern, [])
        }
    }
}

/// How large a value an evaluation may build: one household's rules must not exhaust the
/// machine's memory (40 definitions `s: t + t` would double a text forty times). Going past a
/// limit is that household's evaluation error.
package enum ValueLimits {
    /// Text: 1 MiB of UTF-8.
    package static let maxTextBytes = 1 << 20
    /// A list or map: 16 MiB, counting 16 bytes an element plus the text it holds.
    package static let maxListSize = 16 << 20
    package static let elementCost = 16

    static func describe(bytes: Int) -> String { "\(bytes >> 20) MiB" }
}

extension Value {
    /// The size a value counts for against `ValueLimits` (text bytes; a list's or map's own size).
    @inlinable @inline(__always) package var storageSize: Int {
        switch self {
        case .string(let s): return s.utf8.count
        case .list(let l): return l.size
        case .map(let m): return m.size
        default: return 0
        }
    }
}

public final class ListBox: @unchecked Sendable {
    package let items: [Value]
    /// Counted against `ValueLimits.maxListSize`: 16 an element plus the text it holds.
    @usableFromInline package let size: Int
    package init(_ items: [Value]) {
        self.items = items
        var n = items.count * ValueLimits.elementCost
        for v in items { n &+= v.storageSize }
        size = n
    }
}

public final class MapBox: @unchecked Sendable {
    package let keys: [Value]
    package let values: [Value]
    @usableFromInline package var size: Int {
        var n = 2 * keys.count * ValueLimits.elementCost
        for v in keys { n &+= v.storageSize }
        for v in values { n &+= v.storageSize }
        return n
    }
    package init(keys: [Value], values: [Value]) { self.keys = keys; self.values = values }
    package func lookup(_ k: Value) -> Value? {
        for (i, key) in keys.enumerated() { if case .bool(true) = valueEquals(key, k) { return values[i] } }
        return nil
    }
}
