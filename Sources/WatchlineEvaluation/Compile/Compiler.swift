import WatchlineSyntax
import WatchlineLanguage
/// Turns checked expressions into evaluators: a tree of closures over slots resolved at load
/// time. Nothing here looks a name up per household.
package final class Compiler {
    let context: CheckContext
    let calendar: WorkCalendar
    /// Definitions compile on first use; `definitionCells` break the recursion.
    private var definitionCells: [DefinitionCell?]

    package init(context: CheckContext) {
        self.context = context
        self.calendar = context.calendar
        self.definitionCells = Array(repeating: nil, count: context.definitions.count)
    }

    final class DefinitionCell { var eval: Evaluator = { _ in .null } }

    package func compile(_ e: TypedExpr) -> Evaluator {
        switch e.kind {
        case .constant(let v):
            return { _ in v }
        case .parameter(let i, let v):
            let name = "params." + context.parameters[i].id
            return { env in
                if env.pointee.tracing, let t = env.pointee.trace { t.record(name, v) }
                return v
            }
        case .field(let slot, let path):
            return { env in
                let v = env.pointee.house[slot]
                if env.pointee.tracing, let t = env.pointee.trace { t.record(path, v) }
                return v
            }
        case .memberField(let local, let slot, let path):
            let label = "members." + path
            return { env in
                guard case .member(let i) = env.pointee.locals[local] else { return .error(EvalError(.noSuchField)) }
                let v = env.pointee.members[Int(i) * env.pointee.memberStride + slot]
                if env.pointee.tracing, let t = env.pointee.trace { t.record(label, v) }
                return v
            }
        case .fieldPresent(let slot, let member):
            if let member {
                return { env in
                    guard case .member(let i) = env.pointee.locals[member] else { return .error(EvalError(.noSuchField)) }
                    return .bool(!env.pointee.members[Int(i) * env.pointee.memberStride + slot].isUnknown)
                }
            }
            return { env in .bool(!env.pointee.house[slot].isUnknown) }
        case .members:
            return { env in
                let n = env.pointee.memberCount
                if n < 0 { return env.pointee.membersUnknown }
                return .list(ListBox((0..<n).map { .member(Int32($0)) }))
            }
        case .local(let slot):
            return { env in env.pointee.locals[slot] }
        case .definition(let i):
            return definition(i)
        case .risk(let i):
            let name = i < context.riskBase ? "alerts." + context.alertIDs[i] : "risks." + context.riskIDs[i - context.riskBase]
            return { env in
                let v = env.pointee.risks[i]
                if env.pointee.tracing, let t = env.pointee.trace { t.record(name, v) }
                return v
            }
        case .anyRisk(let lo, let hi):
            return { env in
                var pending: Value?
                for i in lo..<hi {
                    let v = env.pointee.risks[i]
                    if case .bool(true) = v { return v }
                    if case .bool(false) = v { continue }
                    pending = mergeUndecided(pending, v)
                }
                return pending ?? .bool(false)
            }
        case .riskList(let lo, let hi):
            return { env in
                var items: [Value] = []
                for i in lo..<hi {
                    let v = env.pointee.risks[i]
                    if case .bool(true) = v { items.append(env.pointee.riskIDs[i]) }
                    else if case .bool(false) = v { continue }
                    else { return v }
                }
                return .list(ListBox(items))
            }
        case .category:
            return { env in env.pointee.category }
        case .not(let x):
            let f = compile(x)
            return { env in
                switch f(env) {
                case .bool(let b): return .bool(!b)
                case let v where v.isUnknown || v.isError: return v
                default: return .error(EvalError(.noMatchingOverload))
                }
            }
        case .negate(let x):
            let f = compile(x)
            return { env in negate(f(env)) }
        case .and(let l, let r):
            let a = compile(l), b = compile(r)
            return { env in logical(a(env), { b(env) }, absorbing: false) }
        case .or(let l, let r):
            let a = compile(l), b = compile(r)
            return { env in logical(a(env), { b(env) }, absorbing: true) }
        case .conditional(let c, let t, let f):
            let cc = compile(c), tt = compile(t), ff = compile(f)
            return { env in
                switch cc(env) {
                case .bool(true): return tt(env)
                case .bool(false): return ff(env)
                case let v where v.isUnknown || v.isError: return v
                default: return .error(EvalError(.noMatchingOverload))
                }
            }
        case .binary(let op, let l, let r):
            return binary(op, l, r)
        case .enumIn(let x, let mask):
            let f = compile(x)
            return { env in
                switch f(env) {
                case .enumValue(let ref): return .bool(mask & (1 << UInt64(ref.ordinal)) != 0)
                case let v where v.isUnknown || v.isError: return v
                default: return .error(EvalError(.noMatchingOverload))
                }
            }
        case .list(let items):
            let fs = items.map(compile)
            return { env in
                var out: [Value] = []
                out.reserveCapacity(fs.count)
                for f in fs { out.append(f(env)) }
                let box = ListBox(out)
                return box.size > ValueLimits.maxListSize ? .error(EvalError(.listTooLarge)) : .list(box)
            }
        case .map(let entries):
            let ks = entries.map { compile($0.0) }, vs = entries.map { compile($0.1) }
            return { env in
                var keys: [Value] = [], values: [Value] = []
                for (k, v) in zip(ks, vs) {
                    let key = k(env)
                    if key.isUnknown || key.isError { return key }
                    if MapBox(keys: keys, values: values).lookup(key) != nil { return .error(EvalError(.invalidArgument)) }
                    keys.append(key); values.append(v(env))
                }
                let box = MapBox(keys: keys, values: values)
                return box.size > ValueLimits.maxListSize ? .error(EvalError(.listTooLarge)) : .map(box)
            }
        case .index(let base, let index):
            let b = compile(base), i = compile(index)
            return { env in indexValue(b(env), i(env)) }
        case .select(let base, let field):
            let b = compile(base)
            return { env in
                switch b(env) {
                case .map(let m): return m.lookup(.string(field)) ?? .error(EvalError(.noSuchKey))
                case let v where v.isUnknown || v.isError: return v
                default: return .error(EvalError(.noSuchField))
                }
            }
        case .hasKey(let base, let field):
            let b = compile(base)
            return { env in
                switch b(env) {
                case .map(let m): return .bool(m.lookup(.string(field)) != nil)
                case let v where v.isUnknown || v.isError: return v
                default: return .error(EvalError(.noSuchField))
                }
            }
        case .comprehension(let macro, let range, let local, let body, let filter):
            return comprehension(macro, range, local, body, filter)
        case .call(let f, let overload, let args):
            return call(f, f.overloads[overload], args)
        case .listHas(let list, let key):
            return listHas(list, key)
        case .listColumn(let list, let key, let column):
            return listColumn(list, key, column)
        case .enumName(let x, let names):
            let f = compile(x)
            return { env in
                if case .enumValue(let r) = f(env) { return .string(names[Int(r.ordinal)]) }
                return f(env)
            }
        }
    }

    /// Compiles every definition, each after the ones it uses, so compiling one never recurses
    /// into another (a chain of definitions would otherwise nest as deep as it is long).
    private func compileDefinitions() {
        let order = context.definitionOrder.isEmpty ? Array(context.definitions.indices) : context.definitionOrder
        for j in order where definitionCells[j] == nil {
            let cell = DefinitionCell()
            definitionCells[j] = cell
            if let typed = context.definitions[j].typed { cell.eval = compile(typed) }
        }
    }

    private func definition(_ i: Int) -> Evaluator {
        if definitionCells[i] == nil { compileDefinitions() }
        let cell: DefinitionCell
        if let existing = definitionCells[i] { cell = existing } else {
            cell = DefinitionCell()
            definitionCells[i] = cell
            if let typed = context.definitions[i].typed { cell.eval = compile(typed) }
        }
        let name = context.definitions[i].id
        return { env in
            // Read through the pointer: copying the whole FrameState would retain its references.
            if env.pointee.definitionGeneration[i] == env.pointee.generation { return env.pointee.definitionValues[i] }
            let v = cell.eval(env)
            env.pointee.definitionValues[i] = v
            env.pointee.definitionGeneration[i] = env.pointee.generation
            if env.pointee.tracing, let t = env.pointee.trace { t.record(name, v) }
            return v
        }
    }
}

/// `&&` and `||` with CEL's absorption: the absorbing value wins over unknowns and errors on
/// either side; then unknowns (merged); then the first error.
@inline(__always) func logical(_ a: Value, _ rhs: () -> Value, absorbing: Bool) -> Value {
    if case .bool(let x) = a, x == absorbing { return a }
    let b = rhs()
    if case .bool(let y) = b, y == absorbing { return b }
    switch (a, b) {
    case (.bool, .bool): return b
    default: break
    }
    func bad(_ v: Value) -> Bool { if case .bool = v { return false }; return !v.isUnknown && !v.isError }
    let aa = bad(a) ? Value.error(EvalError(.noMatchingOverload)) : a
    let bb = bad(b) ? Value.error(EvalError(.noMatchingOverload)) : b
    if case .bool = aa { return bb }
    if case .bool = bb { return aa }
    return mergeUndecided(aa, bb)
}

func indexValue(_ base: Value, _ index: Value) -> Value {
    if let p = propagate(base, index) { return p }
    switch (base, index) {
    case (.list(let l), .int(let i)):
        return i >= 0 && i < l.items.count ? l.items[Int(i)] : .error(EvalError(.indexOutOfRange))
    case (.list(let l), .dec(let d)) where d % Fixed.one == 0:
        let i = d / Fixed.one
        return i >= 0 && i < l.items.count ? l.items[Int(i)] : .error(EvalError(.indexOutOfRange))
    case (.map(let m), _):
        return m.lookup(index) ?? .error(EvalError(.noSuchKey))
    default:
        return .error(EvalError(.noMatchingOverload))
    }
}
