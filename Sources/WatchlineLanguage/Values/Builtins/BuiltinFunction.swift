import WatchlineSyntax
/// A built-in function, declared once: its name, a line of documentation, how it may be
/// written, and its overloads — each an argument list with types, a result type and the
/// implementation bound to it. Everything else is derived from the declaration: the checker
/// types a call from `overloads` (Expr/CheckerCalls.swift), the compiler binds a call to its
/// overload's implementation once, at load time (Compile/CompileOperators.swift), the REPL
/// completes and lists `Builtins.all`, and a test holds the table and docs/LANGUAGE.md's
/// "Functions" to each other. A new built-in is one `static let` in one family file here,
/// added to that family's list, plus its row in docs/LANGUAGE.md.
///
/// Not functions, so not here: the macros `all`, `exists`, `exists_one`, `filter`, `map` (they
/// bind a variable over a body) and `has(a.b)` (a presence test on a selection, marked by the
/// parser), which the parser and checker handle; `risks.has/any/count()` and `alerts.…`, which
/// read the decision's own state.
package final class BuiltinFunction: Sendable {
    package let name: String
    /// Other names for the same function (`double` for `decimal`, CEL's `getFullYear`).
    package let aliases: [String]
    /// One line for the REPL's list and the docs test: what the function gives.
    package let doc: String
    package let style: CallStyle
    package let overloads: [BuiltinOverload]

    init(_ name: String, aliases: [String] = [], _ style: CallStyle = .function, doc: String, _ overloads: BuiltinOverload...) {
        precondition(!overloads.isEmpty, "\(name): a built-in needs an overload")
        self.name = name; self.aliases = aliases; self.doc = doc; self.style = style; self.overloads = overloads
    }

    /// The name and its aliases: every way a call may spell it.
    package var names: [String] { [name] + aliases }

    /// Whether `x.f(…)` is allowed, with `x` as the first argument.
    package var allowsMethodCall: Bool { style != .function }

    /// The overload a call with `count` arguments uses (overloads of one function differ in arity).
    package func overload(arity count: Int) -> Int? {
        overloads.firstIndex { $0.variadic ? count >= $0.params.count : count == $0.params.count }
    }

    /// How the overload is written: `add_days(date, n)`, `s.contains(t)`, `min(a, b, …)`.
    package func usage(_ o: BuiltinOverload) -> String {
        var names = o.params.map(\.name)
        if o.variadic { names.append("…") }
        if style == .method, let first = names.first {
            return "\(first).\(name)(\(names.dropFirst().joined(separator: ", ")))"
        }
        return "\(name)(\(names.joined(separator: ", ")))"
    }

    /// Every way of writing it, for the REPL's list: `min(a, b, …) or min(list)`.
    package var usage: String { overloads.map { usage($0) }.joined(separator: " or ") }
}

/// How a built-in may be written.
package enum CallStyle: Sendable {
    /// `f(x)` only.
    case function
    /// `f(x)` or `x.f()`; shown as `f(x)`.
    case functionOrMethod
    /// `x.f()` or `f(x)`; shown as `x.f()`.
    case method
}

/// One signature of a built-in: argument types → result type, and the implementation.
package struct BuiltinOverload: Sendable {
    package let params: [BuiltinParam]
    /// The last parameter repeats: `min(a, b, …)` takes two or more.
    package let variadic: Bool
    package let result: BuiltinResult
    package let implementation: BuiltinImpl
    /// A faster implementation for a call some of whose arguments are known at load time
    /// (literals, parameters; nil for the others), or nil to use `implementation`.
    package let specialize: (@Sendable ([Value?]) -> BuiltinImpl?)?

    init(_ params: [BuiltinParam], variadic: Bool = false, _ result: BuiltinResult, _ implementation: BuiltinImpl,
         specialize: (@Sendable ([Value?]) -> BuiltinImpl?)? = nil) {
        self.params = params; self.variadic = variadic; self.result = result
        self.implementation = implementation; self.specialize = specialize
    }

    /// The parameter argument `i` is checked against (the last one repeats when variadic).
    package func param(_ i: Int) -> BuiltinParam { params[min(i, params.count - 1)] }

    /// The implementation a call runs: specialized to its known arguments, bound to the
    /// ruleset's calendar, and strict as CEL's functions are — an unknown argument makes the
    /// result unknown (the fields merged), otherwise an error argument is the result.
    package func bind(known: [Value?], calendar: WorkCalendar) -> BoundBuiltin {
        (specialize?(known) ?? implementation).strict(calendar)
    }
}

/// A parameter: the name shown in usage messages, and the type an argument must have.
package struct BuiltinParam: Sendable {
    package let name: String
    package let type: ArgType
    init(_ name: String, _ type: ArgType) { self.name = name; self.type = type }

    static func number(_ name: String) -> BuiltinParam { BuiltinParam(name, .number) }
    static func int(_ name: String) -> BuiltinParam { BuiltinParam(name, .int) }
    static func text(_ name: String) -> BuiltinParam { BuiltinParam(name, .text) }
    static func date(_ name: String) -> BuiltinParam { BuiltinParam(name, .date) }
    static func any(_ name: String) -> BuiltinParam { BuiltinParam(name, .any) }
}

/// The static types an argument may have, and how the checker's message names them.
/// A `dyn` argument is accepted everywhere (checked when the household is evaluated).
package struct ArgType: Sendable {
    /// "a number", as in "abs needs a number here, found text" (a catalogue message: worded at print time).
    package let what: MessageArg
    package let accepts: @Sendable (ExprType) -> Bool
    init(_ what: MessageArg, _ accepts: @escaping @Sendable (ExprType) -> Bool) { self.what = what; self.accepts = accepts }

    /// The same types, named otherwise in messages.
    func called(_ what: MessageID) -> ArgType { ArgType(.message(what, []), accepts) }
    /// Either's types.
    func or(_ other: ArgType) -> ArgType {
        let a = accepts, b = other.accepts
        return ArgType(.message(.typeEither, [what, other.what])) { a($0) || b($0) }
    }

    static let any = ArgType(.message(.typeDyn, [])) { _ in true }
    static let number = ArgType(.message(.typeDecimal, [])) { $0.isNumeric }
    static let int = ArgType(.message(.typeInt, [])) { $0 == .int }
    static let text = ArgType(.message(.typeString, [])) { $0 == .string }
    static let date = ArgType(.message(.typeDate, [])) { $0 == .date }
    static let numberList = ArgType(.message(.typeList, [.message(.typeOfDecimal, [])])) { if case .list(let e) = $0 { return e.isNumeric || e.isDyn }; return false }
    /// What `size` measures.
    static let sized = ArgType(.message(.wantTextListOrMap, [])) {
        if case .list = $0 { return true }
        if case .map = $0 { return true }
        return $0 == .string
    }
}

/// The result type of an overload.
package enum BuiltinResult: Sendable {
    case fixed(ExprType)
    /// Computed from the arguments' types (`abs` of an int is an int).
    case derived(@Sendable ([ExprType]) -> ExprType)

    package func type(_ args: [ExprType]) -> ExprType {
        switch self {
        case .fixed(let t): return t
        case .derived(let f): return f(args)
        }
    }

    /// The type of argument `i`.
    static func sameAs(_ i: Int) -> BuiltinResult { .derived { $0[i] } }
    /// An int when every argument is, otherwise a decimal.
    static let numeric = BuiltinResult.derived { $0.allSatisfy { $0 == .int } ? .int : .decimal }
}

/// An implementation, of the overload's arity. Arguments are never unknown or errors here
/// (the call is strict, see `BuiltinOverload.bind`); a value of a type the overload does not
/// take (a `dyn` argument) gives `noMatchingOverload`.
package enum BuiltinImpl: Sendable {
    case unary(@Sendable (Value) -> Value)
    case binary(@Sendable (Value, Value) -> Value)
    case ternary(@Sendable (Value, Value, Value) -> Value)
    case variadic(@Sendable ([Value]) -> Value)
    /// Needs the ruleset's working calendar, given when the call is compiled.
    case calendar(@Sendable (WorkCalendar) -> BuiltinImpl)

    func strict(_ calendar: WorkCalendar) -> BoundBuiltin {
        switch self {
        case .unary(let f):
            return .unary { a in a.isUnknown || a.isError ? a : f(a) }
        case .binary(let f):
            return .binary { a, b in propagate(a, b) ?? f(a, b) }
        case .ternary(let f):
            return .ternary { a, b, c in
                if let p = undecided([a, b, c]) { return p }
                return f(a, b, c)
            }
        case .variadic(let f):
            return .variadic { args in undecided(args) ?? f(args) }
        case .calendar(let bind):
            return bind(calendar).strict(calendar)
        }
    }
}

/// A call's implementation as the compiler runs it: bound and strict.
package enum BoundBuiltin: Sendable {
    case unary(@Sendable (Value) -> Value)
    case binary(@Sendable (Value, Value) -> Value)
    case ternary(@Sendable (Value, Value, Value) -> Value)
    case variadic(@Sendable ([Value]) -> Value)

    /// Applies it to argument values (tests, and callers without a compiled tree).
    package func apply(_ args: [Value]) -> Value {
        switch self {
        case .unary(let f): return f(args[0])
        case .binary(let f): return f(args[0], args[1])
        case .ternary(let f): return f(args[0], args[1], args[2])
        case .variadic(let f): return f(args)
        }
    }
}

/// The unknown or error among the arguments a strict call returns: unknowns merge, an
/// unknown beats an error, the first error wins among errors.
private func undecided(_ args: [Value]) -> Value? {
    var pending: Value?
    for a in args where a.isUnknown || a.isError { pending = mergeUndecided(pending, a) }
    return pending
}

let noOverload = Value.error(EvalError(.noMatchingOverload))

/// The table of built-ins, one file per family beside this one.
package enum Builtins {
    package static let all: [BuiltinFunction] = text + conversions + numbers + dates

    /// By name and alias, for the checker.
    static let byName: [String: BuiltinFunction] = {
        var out: [String: BuiltinFunction] = [:]
        for f in all {
            for n in f.names {
                precondition(out.updateValue(f, forKey: n) == nil, "built-in '\(n)' declared twice")
            }
        }
        return out
    }()

    package static func named(_ name: String) -> BuiltinFunction? { byName[name] }
}
