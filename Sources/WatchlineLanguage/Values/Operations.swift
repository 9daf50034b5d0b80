import WatchlineSyntax
/// The language's operators on runtime values, with CEL's rules for unknowns and errors:
/// an unknown operand makes the result unknown (the fields merged), otherwise an error operand
/// makes it an error. `&&`, `||` and `? :` absorb them (see `Compile/`).

@inlinable @inline(__always) package func propagate(_ a: Value, _ b: Value) -> Value? {
    switch (a, b) {
    case (.unknown(let x), .unknown(let y)): return .unknown(x.union(y))
    case (.unknown, _): return a
    case (_, .unknown): return b
    case (.error, _): return a
    case (_, .error): return b
    default: return nil
    }
}

@inlinable @inline(__always) package func decimalValue(_ v: Value) -> Int64? {
    switch v {
    case .dec(let d): return d
    case .int(let i): return Fixed.from(int: i)
    default: return nil
    }
}

/// A number as a binary double, for comparing or combining with a `.double`.
@inlinable @inline(__always) package func doubleValue(_ v: Value) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .dec(let d): return Double(d) / Double(Fixed.one)
    case .double(let x): return x
    default: return nil
    }
}

@inlinable @inline(__always) package func involvesDouble(_ a: Value, _ b: Value) -> Bool {
    if case .double = a { return doubleValue(b) != nil }
    if case .double = b { return doubleValue(a) != nil }
    return false
}

/// Equality as CEL defines it (numbers compare by value across int and decimal).
package func valueEquals(_ a: Value, _ b: Value) -> Value {
    if let p = propagate(a, b) { return p }
    if involvesDouble(a, b) { return .bool(doubleValue(a)! == doubleValue(b)!) }
    switch (a, b) {
    case (.int(let x), .int(let y)): return .bool(x == y)
    case (.dec(let x), .dec(let y)): return .bool(x == y)
    case (.int, .dec), (.dec, .int):
        guard let x = decimalValue(a), let y = decimalValue(b) else { return .bool(false) }
        return .bool(x == y)
    case (.bool(let x), .bool(let y)): return .bool(x == y)
    // CEL compares strings by code point: "é" and "e\u{301}" differ (Swift's == would equate them).
    case (.string(let x), .string(let y)): return .bool(x.unicodeScalars.elementsEqual(y.unicodeScalars))
    case (.date(let x), .date(let y)): return .bool(x == y)
    case (.duration(let x, let wx), .duration(let y, let wy)): return .bool(x == y && wx == wy)
    case (.enumValue(let x), .enumValue(let y)): return .bool(x == y)
    case (.null, .null): return .bool(true)
    case (.member(let x), .member(let y)): return .bool(x == y)
    case (.list(let x), .list(let y)):
        guard x.items.count == y.items.count else { return .bool(false) }
        var result: Value = .bool(true)
        for (p, q) in zip(x.items, y.items) {
            let e = valueEquals(p, q)
            if case .bool(false) = e { return e }
            if case .bool(true) = e { continue }
            result = e
        }
        return result
    case (.map(let x), .map(let y)):
        guard x.keys.count == y.keys.count else { return .bool(false) }
        for (k, v) in zip(x.keys, x.values) {
            guard let w = y.lookup(k) else { return .bool(false) }
            let e = valueEquals(v, w)
            if case .bool(true) = e { continue }
            return e
        }
        return .bool(true)
    default:
        return .bool(false)
    }
}

/// Ordering: returns -1, 0, 1, or the unknown/error value.
package func valueCompare(_ a: Value, _ b: Value) -> Result<Int, ValueBox> {
    if let p = propagate(a, b) { return .failure(ValueBox(p)) }
    func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : x > y ? 1 : 0 }
    if involvesDouble(a, b) { return .success(cmp(doubleValue(a)!, doubleValue(b)!)) }
    switch (a, b) {
    case (.int(let x), .int(let y)): return .success(cmp(x, y))
    case (.dec(let x), .dec(let y)): return .success(cmp(x, y))
    case (.int(let x), .dec(let y)):
        return .success(Fixed.from(int: x).map { cmp($0, y) } ?? (x < 0 ? -1 : 1))
    case (.dec(let x), .int(let y)):
        return .success(Fixed.from(int: y).map { cmp(x, $0) } ?? (y < 0 ? 1 : -1))
    case (.string(let x), .string(let y)):
        // CEL orders strings by code point.
        if x.unicodeScalars.elementsEqual(y.unicodeScalars) { return .success(0) }
        return .success(x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1)
    case (.date(let x), .date(let y)): return .success(cmp(x, y))
    case (.bool(let x), .bool(let y)): return .success(x == y ? 0 : (!x ? -1 : 1))
    case (.duration(let x, let wx), .duration(let y, let wy)) where wx == wy: return .success(cmp(x, y))
    default: return .failure(ValueBox(.error(EvalError(.noMatchingOverload))))
    }
}

/// A value carried through `Result`'s failure side.
package struct ValueBox: Error { package let value: Value; init(_ v: Value) { value = v } }

package func valueIn(_ x: Value, _ container: Value) -> Value {
    if let p = propagate(x, container) { return p }
    switch container {
    case .list(let box):
        var pending: Value?
        for item in box.items {
            let e = valueEquals(x, item)
            if case .bool(true) = e { return e }
            if case .bool(false) = e { continue }
            pending = pending ?? e
        }
        return pending ?? .bool(false)
    case .map(let box):
        return .bool(box.lookup(x) != nil)
    default:
        return .error(EvalError(.noMatchingOverload))
    }
}

package func arithmetic(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value {
    if let p = propagate(a, b) { return p }
    let overflow = Value.error(EvalError(.overflow))
    if involvesDouble(a, b) {
        let x = doubleValue(a)!, y = doubleValue(b)!
        let r: Double
        switch op {
        case .add: r = x + y
        case .sub: r = x - y
        case .mul: r = x * y
        case .div: if y == 0 { return .error(EvalError(.divisionByZero)) }; r = x / y
        default: return .error(EvalError(.noMatchingOverload))
        }
        return r.isFinite ? .double(r) : overflow
    }
    switch (a, b) {
    case (.int(let x), .int(let y)):
        switch op {
        case .add: let (r, o) = x.addingReportingOverflow(y); return o ? overflow : .int(r)
        case .sub: let (r, o) = x.subtractingReportingOverflow(y); return o ? overflow : .int(r)
        case .mul: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? overflow : .int(r)
        case .div:
            if y == 0 { return .error(EvalError(.divisionByZero)) }
            let (r, o) = x.dividedReportingOverflow(by: y); return o ? overflow : .int(r)
        case .mod:
            if y == 0 { return .error(EvalError(.divisionByZero)) }
            let (r, o) = x.remainderReportingOverflow(dividingBy: y); return o ? overflow : .int(r)
        default: break
        }
    case (.int, .dec), (.dec, .int), (.dec, .dec):
        guard let x = decimalValue(a), let y = decimalValue(b) else { return overflow }
        let r: Int64?
        switch op {
        case .add: r = Fixed.add(x, y)
        case .sub: r = Fixed.sub(x, y)
        case .mul: r = Fixed.mul(x, y)
        case .div: if y == 0 { return .error(EvalError(.divisionByZero)) }; r = Fixed.div(x, y)
        case .mod: if y == 0 { return .error(EvalError(.divisionByZero)) }; r = Fixed.rem(x, y)
        default: r = nil
        }
        return r.map { .dec($0) } ?? overflow
    case (.string(let x), .string(let y)) where op == .add:
        // Checked before the text is built: doubling a text forty times must not allocate terabytes.
        guard x.utf8.count + y.utf8.count <= ValueLimits.maxTextBytes else { return .error(EvalError(.textTooLong)) }
        return .string(x + y)
    case (.list(let x), .list(let y)) where op == .add:
        guard x.size + y.size <= ValueLimits.maxListSize else { return .error(EvalError(.listTooLarge)) }
        return .list(ListBox(x.items + y.items))
    case (.date(let d), .duration(let n, let w)) where op == .add || op == .sub:
        return shift(d, op == .add ? Int(n) : -Int(n), workdays: w).map(Value.date) ?? .error(EvalError(.dateOutOfRange))
    case (.duration(let n, let w), .date(let d)) where op == .add:
        return shift(d, Int(n), workdays: w).map(Value.date) ?? .error(EvalError(.dateOutOfRange))
    case (.date(let x), .date(let y)) where op == .sub:
        return .int(Int64(x.days) - Int64(y.days))
    case (.duration(let x, let wx), .duration(let y, let wy)) where wx == wy && (op == .add || op == .sub):
        let r = op == .add ? Int64(x) + Int64(y) : Int64(x) - Int64(y)
        return r > Int64(Int32.max) || r < Int64(Int32.min) ? overflow : .duration(Int32(r), workdays: wx)
    default: break
    }
    return .error(EvalError(.noMatchingOverload))
}

/// Working-day shifts need the ruleset's calendar; the compiler rewrites `date + workdays(n)`
/// to use it. Here, without a calendar, working days follow Monday–Friday. Nil outside the
/// date range.
func shift(_ d: CivilDate, _ n: Int, workdays: Bool, calendar: WorkCalendar = .weekdaysOnly) -> CivilDate? {
    workdays ? calendar.checkedAddingWorkdays(d, n) : d.checkedAdding(days: n)
}

package func negate(_ a: Value) -> Value {
    switch a {
    case .int(let x): return x == .min ? .error(EvalError(.overflow)) : .int(-x)
    case .dec(let x): return x == .min ? .error(EvalError(.overflow)) : .dec(-x)
    case .double(let x): return .double(-x)
    case .duration(let n, let w): return n == .min ? .error(EvalError(.overflow)) : .duration(-n, workdays: w)
    case .unknown, .error: return a
    default: return .error(EvalError(.noMatchingOverload))
    }
}

/// Combines two non-boolean outcomes: unknowns merge, an unknown beats an error.
@inlinable @inline(__always) package func mergeUndecided(_ a: Value?, _ b: Value) -> Value {
    guard let a else { return b }
    switch (a, b) {
    case (.unknown(let x), .unknown(let y)): return .unknown(x.union(y))
    case (.unknown, _): return a
    case (_, .unknown): return b
    default: return a
    }
}
