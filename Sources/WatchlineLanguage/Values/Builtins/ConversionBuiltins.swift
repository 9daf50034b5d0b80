import WatchlineSyntax
/// Conversions between types.
extension Builtins {
    static let conversions: [BuiltinFunction] = [int, decimal, string, bool, date, dyn]

    static let int = BuiltinFunction(
        "int", doc: "x as a whole number: a number truncated toward zero, text parsed",
        BuiltinOverload([.any("x")], .fixed(.int), .unary { x in
            switch x {
            case .int: return x
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
        }))

    static let decimal = BuiltinFunction(
        "decimal", aliases: ["double"], doc: "x as an exact decimal (text parsed)",
        BuiltinOverload([.any("x")], .fixed(.decimal), .unary { x in
            switch x {
            case .dec, .double: return x
            // An int too large for an exact decimal becomes the nearest double, as in CEL.
            case .int(let i): return Fixed.from(int: i).map(Value.dec) ?? .double(Double(i))
            case .string(let s):
                if case .value(let v) = Fixed.parse(s) { return .dec(v) }
                if let x = Double(s), x.isFinite { return .double(x) }
                return .error(EvalError(.invalidArgument))
            default: return noOverload
            }
        }))

    static let string = BuiltinFunction(
        "string", doc: "x as text, as `eval` shows it",
        BuiltinOverload([.any("x")], .fixed(.string), .unary { x in
            if case .string = x { return x }
            var out = ""
            guard appendDisplayText(x, to: &out, limit: ValueLimits.maxTextBytes) else { return .error(EvalError(.textTooLong)) }
            return .string(out)
        }))

    static let bool = BuiltinFunction(
        "bool", doc: "x as true/false: text \"true\", \"false\", \"t\", \"f\", \"1\", \"0\"",
        BuiltinOverload([.any("x")], .fixed(.bool), .unary { x in
            switch x {
            case .bool: return x
            case .string(let s):
                switch s {
                case "true", "TRUE", "True", "t", "1": return .bool(true)
                case "false", "FALSE", "False", "f", "0": return .bool(false)
                default: return .error(EvalError(.invalidArgument))
                }
            default: return noOverload
            }
        }))

    /// A literal is read by the checker, which refuses an invalid one at its line.
    static let date = BuiltinFunction(
        "date", doc: "the date written YYYY-MM-DD",
        BuiltinOverload([BuiltinParam("\"2022-05-06\"", ArgType.text.or(.date).called(.wantDateText))], .fixed(.date), .unary { x in
            switch x {
            case .date: return x
            case .string(let s): return CivilDate(iso: s).map(Value.date) ?? .error(EvalError(.invalidDate))
            default: return noOverload
            }
        }))

    static let dyn = BuiltinFunction(
        "dyn", doc: "x, its type known only when evaluated",
        BuiltinOverload([.any("x")], .fixed(.dyn), .unary { $0 }))
}
