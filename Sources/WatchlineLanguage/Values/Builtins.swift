import WatchlineSyntax
/// The one implementation of every built-in function. Unknown and error arguments propagate
/// (CEL's rule for functions), except where a function says otherwise.
package func applyBuiltin(_ f: Builtin, _ args: [Value], _ calendar: WorkCalendar) -> Value {
    var pending: Value?
    for a in args where a.isUnknown || a.isError { pending = mergeUndecided(pending, a) }
    if let pending { return pending }
    let noOverload = Value.error(EvalError(.noMatchingOverload))
    switch f {
    case .size:
        switch args[0] {
        case .string(let s): return .int(Int64(s.unicodeScalars.count))
        case .list(let l): return .int(Int64(l.items.count))
        case .map(let m): return .int(Int64(m.keys.count))
        default: return noOverload
        }
    case .contains, .startsWith, .endsWith, .matches:
        guard case .string(let s) = args[0], case .string(let t) = args[1] else { return noOverload }
        switch f {
        case .contains: return .bool(t.isEmpty || s.contains(t))
        case .startsWith: return .bool(s.unicodeScalars.starts(with: t.unicodeScalars))
        case .endsWith: return .bool(s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed()))
        default:
            // A pattern that is not a literal (a record's field): compiled per call, still linear.
            guard let program = try? RegexProgram(t) else { return .error(EvalError(.badPattern)) }
            return .bool(program.matches(s))
        }
    case .lowerAscii, .upperAscii, .trim:
        guard case .string(let s) = args[0] else { return noOverload }
        if f == .trim { return .string(String(s.unicodeScalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace).reversed().map(Character.init))) }
        let lower = f == .lowerAscii
        return .string(String(String.UnicodeScalarView(s.unicodeScalars.map { c in
            if lower, c.value >= 65 && c.value <= 90 { return Unicode.Scalar(c.value + 32)! }
            if !lower, c.value >= 97 && c.value <= 122 { return Unicode.Scalar(c.value - 32)! }
            return c
        })))
    case .toInt:
        switch args[0] {
        case .int: return args[0]
        case .dec(let d): return .int(Fixed.truncatedInt(d))
        case .double(let x):
            // Toward zero, as CEL; beyond int64 (or not finite) is an error.
            guard x.isFinite, x > -9.223372036854775808e18, x < 9.223372036854775808e18 else { return .error(EvalError(.overflow)) }
            return .int(Int64(x))
        case .string(let s):
            guard let v = Int64(s) else { return .error(EvalError(.invalidArgument)) }
            return .int(v)
        case .date(let d): return .int(Int64(d.days) * 86_400)
        case .duration(let n, _): return .int(Int64(n))
        default: return noOverload
        }
    case .toString:
        if case .string = args[0] { return args[0] }
        var out = ""
        guard appendDisplayText(args[0], to: &out, limit: ValueLimits.maxTextBytes) else { return .error(EvalError(.textTooLong)) }
        return .string(out)
    case .toDecimal, .toDouble:
        switch args[0] {
        case .dec, .double: return args[0]
        // An int too large for an exact decimal becomes the nearest double, as in CEL.
        case .int(let i): return Fixed.from(int: i).map(Value.dec) ?? .double(Double(i))
        case .string(let s):
            if case .value(let v) = Fixed.parse(s) { return .dec(v) }
            if let x = Double(s), x.isFinite { return .double(x) }
            return .error(EvalError(.invalidArgument))
        default: return noOverload
        }
    case .toBool:
        switch args[0] {
        case .bool: return args[0]
        case .string(let s):
            switch s {
            case "true", "TRUE", "True", "t", "1": return .bool(true)
            case "false", "FALSE", "False", "f", "0": return .bool(false)
            default: return .error(EvalError(.invalidArgument))
            }
        default: return noOverload
        }
    case .toDate:
        switch args[0] {
        case .date: return args[0]
        case .string(let s): return CivilDate(iso: s).map(Value.date) ?? .error(EvalError(.invalidDate))
        default: return noOverload
        }
    case .dyn:
        return args[0]
    case .min, .max:
        let items: [Value]
        if args.count == 1 {
            guard case .list(let l) = args[0] else { return noOverload }
            items = l.items
        } else { items = args }
        guard var best = items.first else { return .error(EvalError(.invalidArgument)) }
        for v in items.dropFirst() {
            switch valueCompare(v, best) {
            case .success(let o): if (f == .min && o < 0) || (f == .max && o > 0) { best = v }
            case .failure(let box): return box.value
            }
        }
        return best
    case .abs:
        switch args[0] {
        case .int(let i): return i == .min ? .error(EvalError(.overflow)) : .int(Swift.abs(i))
        case .dec(let d): return d == .min ? .error(EvalError(.overflow)) : .dec(Swift.abs(d))
        default: return noOverload
        }
    case .round:
        guard case .int(let places) = args[1], places >= 0, places <= Int64(Fixed.scale) else { return noOverload }
        switch args[0] {
        case .dec(let x):
            // Half away from zero, as officers round money (四舍五入); beyond the range, an error.
            return Fixed.round(x, places: Int(places)).map(Value.dec) ?? .error(EvalError(.overflow))
        case .int(let i):
            // Already whole: an int too large for an exact decimal stays the int it is.
            return Fixed.from(int: i).map(Value.dec) ?? args[0]
        case .double(let x):
            var f = 1.0
            for _ in 0..<places { f *= 10 }
            let r = (x * f).rounded(.toNearestOrAwayFromZero) / f
            return r.isFinite ? .double(r) : .error(EvalError(.overflow))
        default: return noOverload
        }
    case .sum:
        guard case .list(let l) = args[0] else { return noOverload }
        var total: Value = .int(0)
        for v in l.items { total = arithmetic(.add, total, v) }
        return total
    case .days, .workdays:
        guard case .int(let n) = args[0] else { return noOverload }
        guard n >= Int64(Int32.min), n <= Int64(Int32.max) else { return .error(EvalError(.overflow)) }
        return .duration(Int32(n), workdays: f == .workdays)
    case .months:
        return noOverload
    case .addDays, .addMonths, .addWorkdays:
        guard case .date(let d) = args[0], case .int(let n) = args[1] else { return noOverload }
        let r: CivilDate?
        switch f {
        case .addDays: r = d.checkedAdding(days: Int(n))
        case .addMonths: r = d.checkedAdding(months: Int(n))
        default: r = calendar.checkedAddingWorkdays(d, Int(n))
        }
        return r.map(Value.date) ?? .error(EvalError(.dateOutOfRange))
    case .workdaysBetween, .daysBetween:
        guard case .date(let a) = args[0], case .date(let b) = args[1] else { return noOverload }
        return .int(Int64(f == .daysBetween ? Int(b.days) - Int(a.days) : calendar.workdaysBetween(a, b)))
    case .isWorkday:
        guard case .date(let d) = args[0] else { return noOverload }
        return .bool(calendar.isWorkday(d))
    case .endOfMonth:
        guard case .date(let d) = args[0] else { return noOverload }
        return .date(d.endOfMonth)
    case .year, .month, .day:
        guard case .date(let d) = args[0] else { return noOverload }
        return .int(Int64(f == .year ? d.year : f == .month ? d.month : d.day))
    }
}

/// How a value prints in `eval`, explain text and CSV cells.
public func displayText(_ v: Value) -> String {
    var out = ""
    _ = appendDisplayText(v, to: &out, limit: .max)
    return out
}

/// Appends `displayText(v)`; stops early, returning false, once the text passes `limit` bytes
/// (so `string(list)` of a huge list is refused without being built).
func appendDisplayText(_ v: Value, to out: inout String, limit: Int) -> Bool {
    switch v {
    case .list(let l):
        out += "["
        for (i, x) in l.items.enumerated() {
            if i > 0 { out += ", " }
            guard appendQuotedText(x, to: &out, limit: limit) else { return false }
        }
        out += "]"
    case .map(let m):
        out += "{"
        for (i, (k, x)) in zip(m.keys, m.values).enumerated() {
            if i > 0 { out += ", " }
            guard appendQuotedText(k, to: &out, limit: limit) else { return false }
            out += ": "
            guard appendQuotedText(x, to: &out, limit: limit) else { return false }
        }
        out += "}"
    default:
        out += scalarText(v)
    }
    return out.utf8.count <= limit
}

func appendQuotedText(_ v: Value, to out: inout String, limit: Int) -> Bool {
    if case .string(let s) = v { out += "\"" + s + "\""; return out.utf8.count <= limit }
    return appendDisplayText(v, to: &out, limit: limit)
}

private func scalarText(_ v: Value) -> String {
    switch v {
    case .unknown: return "unknown"
    case .error(let e): return "error: \(e.message)"
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .dec(let d): return Fixed.format(d)
    case .double(let x): return x == x.rounded() && abs(x) < 1e21 ? String(format: "%.0f", x) : "\(x)"
    case .date(let d): return d.iso
    case .duration(let n, let w): return w ? "\(n) workdays" : "\(n) days"
    case .string(let s): return s
    case .enumValue(let r): return "enum(\(r.type):\(r.ordinal))"
    case .member(let i): return "member #\(i + 1)"
    case .list, .map: return displayText(v)
    }
}

func quotedText(_ v: Value) -> String {
    if case .string(let s) = v { return "\"" + s + "\"" }
    return displayText(v)
}
