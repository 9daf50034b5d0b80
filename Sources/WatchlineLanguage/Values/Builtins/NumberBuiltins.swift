import WatchlineSyntax
/// Numbers and lists of them. Decimals are `Fixed` (scaled Int64): a result out of range is an
/// overflow error, never a wrong number.
extension Builtins {
    static let numbers: [BuiltinFunction] = [min, max, abs, sum, round, ceil]

    static let min = extreme("min", doc: "the least of the numbers (or of the list)") { $0 < 0 }
    static let max = extreme("max", doc: "the greatest of the numbers (or of the list)") { $0 > 0 }

    static let abs = BuiltinFunction(
        "abs", doc: "x without its sign",
        BuiltinOverload([.number("x")], .sameAs(0), .unary { x in
            switch x {
            case .int(let i): return i == .min ? .error(EvalError(.overflow)) : .int(Swift.abs(i))
            case .dec(let d): return d == .min ? .error(EvalError(.overflow)) : .dec(Swift.abs(d))
            default: return noOverload
            }
        }))

    static let sum = BuiltinFunction(
        "sum", .functionOrMethod, doc: "the total of a list of numbers (0 for an empty list)",
        BuiltinOverload([BuiltinParam("list", .numberList)], .derived { types in
            guard case .list(let e) = types[0] else { return .dyn }
            return e == .int ? .int : .decimal
        }, .unary { list in
            guard case .list(let l) = list else { return noOverload }
            var total: Value = .int(0)
            for v in l.items { total = arithmetic(.add, total, v) }
            return total
        }))

    static let round = BuiltinFunction(
        "round", doc: "x rounded half away from zero (四舍五入) to 0…6 decimal places",
        BuiltinOverload([.number("x"), BuiltinParam("places", ArgType.int.called(.wantDecimalPlaces))], .fixed(.decimal), .binary { x, places in
            guard case .int(let places) = places, places >= 0, places <= Int64(Fixed.scale) else { return noOverload }
            switch x {
            case .dec(let x):
                // Half away from zero, as officers round money (四舍五入); beyond the range, an error.
                return Fixed.round(x, places: Int(places)).map(Value.dec) ?? .error(EvalError(.overflow))
            case .int(let i):
                // Already whole: an int too large for an exact decimal stays the int it is.
                return Fixed.from(int: i).map(Value.dec) ?? x
            case .double(let x):
                var f = 1.0
                for _ in 0..<places { f *= 10 }
                let r = (x * f).rounded(.toNearestOrAwayFromZero) / f
                return r.isFinite ? .double(r) : .error(EvalError(.overflow))
            default: return noOverload
            }
        }))

    static let ceil = BuiltinFunction(
        "ceil", doc: "the least whole number not below x (an int stays itself)",
        BuiltinOverload([.number("x")], .sameAs(0), .unary { x in
            switch x {
            case .int: return x
            case .dec(let d):
                // Truncated toward zero, then up one for a positive fraction; 9 223 372 036 854.5 has no whole ceiling.
                let whole = d / Fixed.one
                return Fixed.from(int: d % Fixed.one > 0 ? whole + 1 : whole).map(Value.dec) ?? .error(EvalError(.overflow))
            case .double(let x): return .double(x.rounded(.up))
            default: return noOverload
            }
        }))

    /// `min`/`max`: of two or more numbers, or of a list; `better(o)` says whether a value
    /// comparing `o` to the best so far replaces it. An empty list is an error.
    private static func extreme(_ name: String, doc: String, _ better: @escaping @Sendable (Int) -> Bool) -> BuiltinFunction {
        @Sendable func pick(_ items: [Value]) -> Value {
            guard var best = items.first else { return .error(EvalError(.invalidArgument)) }
            for v in items.dropFirst() {
                switch valueCompare(v, best) {
                case .success(let o): if better(o) { best = v }
                case .failure(let box): return box.value
                }
            }
            return best
        }
        return BuiltinFunction(
            name, .functionOrMethod, doc: doc,
            BuiltinOverload([.number("a"), .number("b")], variadic: true, .numeric, .variadic(pick)),
            BuiltinOverload([BuiltinParam("list", .numberList)], .derived { types in
                if case .list(let e) = types[0] { return e }
                return .dyn
            }, .unary { list in
                guard case .list(let l) = list else { return noOverload }
                return pick(l.items)
            }))
    }
}
