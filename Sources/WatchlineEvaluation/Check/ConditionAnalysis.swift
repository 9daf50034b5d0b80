import WatchlineSyntax
import WatchlineLanguage
/// What `check` can tell about a rule's condition without any household: whether its conjuncts
/// contradict each other (given the schema's enums and bounds), and whether one condition implies
/// another (a category that can never apply because an earlier one always holds when it does).
/// It reads only the simple shapes officers write — `field < 7000`, `housing in ["C","D"]`,
/// `risks.has("因病")`, `!water_safe` — and says nothing about anything else.
struct ConditionAnalysis {
    let schema: Schema

    /// The top-level `&&` operands.
    static func conjuncts(_ e: TypedExpr) -> [TypedExpr] {
        switch e.kind {
        case .and(let a, let b), .binary(.and, let a, let b): return conjuncts(a) + conjuncts(b)
        default: return [e]
        }
    }

    /// A canonical text for a conjunct, for implication by inclusion; nil when not comparable.
    static func key(_ e: TypedExpr) -> String? {
        switch e.kind {
        case .field(_, let path): return path
        case .risk(let i): return "risk#\(i)"
        case .anyRisk: return "risks.any()"
        case .category: return "category"
        case .parameter(let i, _): return "param#\(i)"
        case .constant(let v): return "const:" + displayText(v)
        case .definition(let i): return "def#\(i)"
        case .not(let x): return key(x).map { "!" + $0 }
        case .enumIn(let x, let mask): return key(x).map { "\($0) in \(mask)" }
        case .binary(let op, let a, let b):
            guard let ka = key(a), let kb = key(b) else { return nil }
            return "(\(ka) \(op.rawValue) \(kb))"
        default: return nil
        }
    }

    /// The field constraints one conjunct puts, or nil when it is not a simple constraint.
    enum Constraint { case range(field: String, lo: Int64?, hi: Int64?), enumSet(field: String, mask: UInt64), bool(field: String, value: Bool) }

    func constraint(_ e: TypedExpr) -> Constraint? {
        func number(_ v: Value) -> Int64? {
            switch v { case .int(let i): return Fixed.from(int: i); case .dec(let d): return d; case .date(let d): return Int64(d.days); default: return nil }
        }
        func constant(_ x: TypedExpr) -> Value? {
            switch x.kind { case .constant(let v), .parameter(_, let v): return v; default: return nil }
        }
        switch e.kind {
        case .field(_, let path) where e.type == .bool: return .bool(field: path, value: true)
        case .risk(let i): return .bool(field: "risk#\(i)", value: true)
        case .not(let x):
            if case .field(_, let path) = x.kind, x.type == .bool { return .bool(field: path, value: false) }
            if case .risk(let i) = x.kind { return .bool(field: "risk#\(i)", value: false) }
            return nil
        case .enumIn(let x, let mask):
            if case .field(_, let path) = x.kind { return .enumSet(field: path, mask: mask) }
            return nil
        case .binary(let op, let a, let b):
            guard case .field(_, let path) = a.kind, let c = constant(b) else { return nil }
            if case .enumValue(let ref) = c {
                let bit = UInt64(1) << UInt64(ref.ordinal)
                if op == .eq { return .enumSet(field: path, mask: bit) }
                if op == .ne { return .enumSet(field: path, mask: ~bit) }
                return nil
            }
            guard let n = number(c) else { return nil }
            let step: Int64 = a.type == .int ? Fixed.one : (a.type == .date ? 1 : 0)
            // At the ends of the range the strict bound is not representable: no constraint (never a trap).
            let below = n.subtractingReportingOverflow(step > 0 ? step : 1), above = n.addingReportingOverflow(step > 0 ? step : 1)
            switch op {
            case .lt: return below.overflow ? nil : .range(field: path, lo: nil, hi: below.partialValue)   // strict: n − smallest step
            case .le: return .range(field: path, lo: nil, hi: n)
            case .gt: return above.overflow ? nil : .range(field: path, lo: above.partialValue, hi: nil)
            case .ge: return .range(field: path, lo: n, hi: nil)
            case .eq: return .range(field: path, lo: n, hi: n)
            default: return nil
            }
        default: return nil
        }
    }

    /// Why the conjunction can never hold (a catalogue message, worded when printed), or nil if it may.
    func contradiction(_ e: TypedExpr) -> MessageArg? {
        var ranges: [String: (lo: Int64?, hi: Int64?)] = [:]
        var enums: [String: UInt64] = [:]
        var bools: [String: Bool] = [:]
        for c in Self.conjuncts(e) {
            if case .constant(.bool(false)) = c.kind { return .message(.whyConstantFalse, []) }
            guard let k = constraint(c) else { continue }
            switch k {
            case .range(let f, let lo, let hi):
                var r = ranges[f] ?? bounds(f)
                if let lo { r.lo = max(r.lo ?? lo, lo) }
                if let hi { r.hi = min(r.hi ?? hi, hi) }
                ranges[f] = r
                if let a = r.lo, let b = r.hi, a > b { return .message(.whyEmptyRange, [.text(f), .text(show(a, f)), .text(show(b, f))]) }
            case .enumSet(let f, let mask):
                let all = enumMask(f)
                let m = (enums[f] ?? all) & mask & all
                enums[f] = m
                if m == 0 { return .message(.whyNoEnumValue, [.text(f)]) }
            case .bool(let f, let v):
                if let old = bools[f], old != v { return f.hasPrefix("risk#") ? .message(.whyRiskTrueAndFalse, []) : .message(.whyTrueAndFalse, [.text(f)]) }
                bools[f] = v
            }
        }
        return nil
    }

    /// Whether `later` can only hold when `earlier` holds too (so `later`, tried after it, never applies).
    static func implies(_ later: TypedExpr, _ earlier: TypedExpr) -> Bool {
        let have = Set(conjuncts(later).compactMap(key))
        let need = conjuncts(earlier)
        guard !need.isEmpty else { return false }
        for n in need {
            if case .constant(.bool(true)) = n.kind { continue }
            if case .anyRisk = n.kind, have.contains(where: { $0.hasPrefix("risk#") || $0 == "risks.any()" }) { continue }
            guard let k = key(n), have.contains(k) else { return false }
        }
        return true
    }

    func bounds(_ field: String) -> (lo: Int64?, hi: Int64?) {
        guard let f = schema.households.first(where: { $0.path == field }) else { return (nil, nil) }
        let scale: Int64 = f.type == .int ? Fixed.one : 1   // int bounds are plain; compared values are scaled
        // A bound too large to scale is no bound for the analysis (never a trap).
        func scaled(_ v: Int64?) -> Int64? { v.flatMap { let (r, o) = $0.multipliedReportingOverflow(by: scale); return o ? nil : r } }
        return (scaled(f.min), scaled(f.max))
    }

    func enumMask(_ field: String) -> UInt64 {
        guard let f = schema.households.first(where: { $0.path == field }), case .enumeration(let e) = f.type else { return ~0 }
        let n = schema.enums[Int(e)].values.count
        return n >= 64 ? ~0 : (UInt64(1) << UInt64(n)) - 1
    }

    func show(_ v: Int64, _ field: String) -> String {
        if let f = schema.households.first(where: { $0.path == field }), f.type == .date { return CivilDate(days: Int32(clamping: v)).iso }
        return Fixed.format(v)
    }

}
