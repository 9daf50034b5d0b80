import WatchlineSyntax
import WatchlineLanguage
extension Compiler {
    func binary(_ op: BinaryOp, _ l: TypedExpr, _ r: TypedExpr) -> Evaluator {
        let a = compile(l), b = compile(r)
        switch op {
        case .eq, .ne:
            let negate = op == .ne
            if case .constant(.enumValue(let ref)) = r.kind {
                return { env in
                    switch a(env) {
                    case .enumValue(let x): return .bool((x == ref) != negate)
                    case let v where v.isUnknown || v.isError: return v
                    default: return .bool(negate)
                    }
                }
            }
            return { env in
                let v = valueEquals(a(env), b(env))
                if negate, case .bool(let x) = v { return .bool(!x) }
                return v
            }
        case .lt, .le, .gt, .ge:
            let test: (Int) -> Bool
            switch op {
            case .lt: test = { $0 < 0 }
            case .le: test = { $0 <= 0 }
            case .gt: test = { $0 > 0 }
            default: test = { $0 >= 0 }
            }
            // The common shape `field < threshold`: compare scaled integers directly.
            if case .constant(let c) = r.kind, let threshold = decimalValue(c) {
                let intThreshold: Int64? = { if case .int(let i) = c { return i }; return nil }()
                return { env in
                    let v = a(env)
                    switch v {
                    case .dec(let x): return .bool(test(x < threshold ? -1 : x > threshold ? 1 : 0))
                    case .int(let x) where intThreshold != nil:
                        let t = intThreshold!
                        return .bool(test(x < t ? -1 : x > t ? 1 : 0))
                    default:
                        switch valueCompare(v, c) {
                        case .success(let o): return .bool(test(o))
                        case .failure(let box): return box.value
                        }
                    }
                }
            }
            return { env in
                switch valueCompare(a(env), b(env)) {
                case .success(let o): return .bool(test(o))
                case .failure(let box): return box.value
                }
            }
        case .in:
            if case .riskList = r.kind {
                return { env in valueIn(a(env), b(env)) }
            }
            return { env in valueIn(a(env), b(env)) }
        case .add, .sub:
            // Working-day arithmetic needs the ruleset's calendar.
            let cal = calendar
            if r.type == .duration || l.type == .duration {
                return { env in
                    let x = a(env), y = b(env)
                    if let p = propagate(x, y) { return p }
                    switch (x, y) {
                    case (.date(let d), .duration(let n, true)):
                        return cal.checkedAddingWorkdays(d, op == .add ? Int(n) : -Int(n)).map(Value.date) ?? .error(EvalError(.dateOutOfRange))
                    case (.duration(let n, true), .date(let d)) where op == .add:
                        return cal.checkedAddingWorkdays(d, Int(n)).map(Value.date) ?? .error(EvalError(.dateOutOfRange))
                    default:
                        return arithmetic(op, x, y)
                    }
                }
            }
            return { env in arithmetic(op, a(env), b(env)) }
        case .mul, .div, .mod:
            return { env in arithmetic(op, a(env), b(env)) }
        case .and, .or:
            return compile(TypedExpr(op == .and ? .and(l, r) : .or(l, r), .bool, l.range))
        }
    }

    func comprehension(_ macro: Macro, _ range: TypedExpr, _ local: Int, _ body: TypedExpr, _ filter: TypedExpr?) -> Evaluator {
        let bodyEval = compile(body)
        let filterEval = filter.map(compile)
        // Elements: members are walked by index without building a list.
        let iterate: (Env, (Value) -> Bool) -> Value?
        if case .members = range.kind {
            iterate = { env, visit in
                if env.pointee.memberCount < 0 { return env.pointee.membersUnknown }
                for i in 0..<env.pointee.memberCount {
                    if !visit(.member(Int32(i))) { break }
                }
                return nil
            }
        } else {
            let rangeEval = compile(range)
            iterate = { env, visit in
                switch rangeEval(env) {
                case .list(let box):
                    for item in box.items where !visit(item) { break }
                    return nil
                case .map(let box):
                    for key in box.keys where !visit(key) { break }
                    return nil
                case let v where v.isUnknown || v.isError:
                    return v
                default:
                    return .error(EvalError(.noMatchingOverload))
                }
            }
        }
        switch macro {
        case .all, .exists:
            let absorbing = macro == .exists
            return { env in
                var pending: Value?
                var decided: Value?
                if let bad = iterate(env, { item in
                    env.pointee.locals[local] = item
                    let v = bodyEval(env)
                    if case .bool(let b) = v {
                        if b == absorbing { decided = v; return false }
                        return true
                    }
                    pending = mergeUndecided(pending, v.isUnknown || v.isError ? v : .error(EvalError(.noMatchingOverload)))
                    return true
                }) { return bad }
                return decided ?? pending ?? .bool(!absorbing)
            }
        case .existsOne:
            return { env in
                var count = 0
                var failure: Value?
                if let bad = iterate(env, { item in
                    env.pointee.locals[local] = item
                    switch bodyEval(env) {
                    case .bool(true): count += 1; return true
                    case .bool(false): return true
                    case let v: failure = v.isUnknown || v.isError ? v : .error(EvalError(.noMatchingOverload)); return false
                    }
                }) { return bad }
                return failure ?? .bool(count == 1)
            }
        case .filter, .map:
            return { env in
                var out: [Value] = []
                var failure: Value?
                var size = 0
                if let bad = iterate(env, { item in
                    env.pointee.locals[local] = item
                    if macro == .filter {
                        switch bodyEval(env) {
                        case .bool(true): out.append(item)
                        case .bool(false): break
                        case let v: failure = v.isUnknown || v.isError ? v : .error(EvalError(.noMatchingOverload)); return false
                        }
                        return true
                    }
                    if let filterEval {
                        switch filterEval(env) {
                        case .bool(true): break
                        case .bool(false): return true
                        case let v: failure = v.isUnknown || v.isError ? v : .error(EvalError(.noMatchingOverload)); return false
                        }
                    }
                    // An error or unknown in any element is the result of the whole map, as in CEL.
                    let v = bodyEval(env)
                    if v.isUnknown || v.isError { failure = mergeUndecided(failure, v); return !v.isError }
                    size += ValueLimits.elementCost + v.storageSize
                    if size > ValueLimits.maxListSize { failure = mergeUndecided(failure, .error(EvalError(.listTooLarge))); return false }
                    out.append(v)
                    return true
                }) { return bad }
                return failure ?? .list(ListBox(out))
            }
        }
    }

    /// A built-in call: its overload's implementation, bound once here (to the ruleset's calendar,
    /// and to the arguments known at load time, e.g. a literal pattern compiled once), so a
    /// household's evaluation calls it directly, with no lookup.
    func call(_ f: BuiltinFunction, _ overload: BuiltinOverload, _ args: [TypedExpr]) -> Evaluator {
        if f === Builtins.size, args.count == 1, case .members = args[0].kind {
            return { env in env.pointee.memberCount < 0 ? env.pointee.membersUnknown : .int(Int64(env.pointee.memberCount)) }
        }
        let evals = args.map(compile)
        switch overload.bind(known: args.map(constantValue), calendar: calendar) {
        case .unary(let g):
            let a = evals[0]
            return { env in g(a(env)) }
        case .binary(let g):
            let a = evals[0], b = evals[1]
            return { env in g(a(env), b(env)) }
        case .ternary(let g):
            let a = evals[0], b = evals[1], c = evals[2]
            return { env in g(a(env), b(env), c(env)) }
        case .variadic(let g):
            return { env in g(evals.map { $0(env) }) }
        }
    }
}
