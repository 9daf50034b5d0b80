import WatchlineSyntax
import WatchlineLanguage
/// A second, narrower compilation of the boolean rules (risks, exclusions, exceptions,
/// categories, assistance rows) for the common case: every value a rule touches is known and of
/// the expected type. Rules become nodes of one flat array of plain structs — no closures, so no
/// reference counting per household — answering 0 (false), 1 (true), or 2 when anything else
/// happens: an unknown, an error, a shape it does not handle. On 2 the caller runs the full
/// evaluator, which gives the unknown's fields or the error. CEL's absorption (`false && x` is
/// false whatever x is) holds in both, so whenever the fast answer is 0 or 1 the full one is the
/// same bool (the tests check the two agree on every example household).
package struct PredicateNode: Sendable {
    enum Op: UInt8, Sendable {
        case constant          // k: 0/1
        case fieldBool         // a: slot
        case risk              // a: risk index
        case anyRisk
        case not               // a: child
        case and, or           // a, b: children
        case enumInField       // a: slot, k: mask of ordinals
        case enumEqField       // a: slot, b: ordinal, k: 1 for ==, 0 for !=
        case lt, le, gt, ge, eq, ne   // a, b: number nodes
        case full              // a: index of a full evaluator (bool)
        // number nodes (scaled decimal, or a date's day number; `noNumber` otherwise)
        case numField          // a: slot
        case numConstant       // k
        case numFull           // a: index of a full evaluator
    }
    var op: Op
    var a: Int32 = 0
    var b: Int32 = 0
    var k: Int64 = 0
}

let noNumber = Int64.min

/// The nodes and the fallbacks they call, built once per compiled ruleset.
package final class PredicateProgram: @unchecked Sendable {
    private(set) var nodes: [PredicateNode] = []
    private(set) var fallbacks: [Evaluator] = []
    /// Frozen copies for the per-household loop (stable addresses, no array bookkeeping).
    private(set) var nodeBuffer: UnsafeMutableBufferPointer<PredicateNode> = .init(start: nil, count: 0)

    func add(_ n: PredicateNode) -> Int32 { nodes.append(n); return Int32(nodes.count - 1) }
    func addFallback(_ e: @escaping Evaluator) -> Int32 { fallbacks.append(e); return Int32(fallbacks.count - 1) }

    func freeze() {
        nodeBuffer = .allocate(capacity: max(nodes.count, 1))
        _ = nodeBuffer.initialize(from: nodes)
    }
    deinit { nodeBuffer.deallocate() }

    @inline(__always) func run(_ root: Int32, _ env: Env) -> UInt8 {
        Self.eval(nodeBuffer.baseAddress!, root, env, self)
    }

    static func eval(_ nodes: UnsafeMutablePointer<PredicateNode>, _ i: Int32, _ env: Env, _ p: PredicateProgram) -> UInt8 {
        let n = nodes[Int(i)]
        switch n.op {
        case .constant: return UInt8(n.k)
        case .fieldBool:
            if case .bool(let b) = env.pointee.house[Int(n.a)] { return b ? 1 : 0 }
            return 2
        case .risk:
            if case .bool(let b) = env.pointee.risks[Int(n.a)] { return b ? 1 : 0 }
            return 2
        case .anyRisk:
            var other = false
            for r in Int(n.a)..<Int(n.b) {
                switch env.pointee.risks[r] {
                case .bool(true): return 1
                case .bool(false): continue
                default: other = true
                }
            }
            return other ? 2 : 0
        case .not:
            let r = eval(nodes, n.a, env, p)
            return r == 2 ? 2 : 1 - r
        case .and:
            let x = eval(nodes, n.a, env, p)
            if x == 0 { return 0 }
            let y = eval(nodes, n.b, env, p)
            if y == 0 { return 0 }
            return x == 1 && y == 1 ? 1 : 2
        case .or:
            let x = eval(nodes, n.a, env, p)
            if x == 1 { return 1 }
            let y = eval(nodes, n.b, env, p)
            if y == 1 { return 1 }
            return x == 0 && y == 0 ? 0 : 2
        case .enumInField:
            if case .enumValue(let ref) = env.pointee.house[Int(n.a)] { return UInt64(n.k) & (1 << UInt64(ref.ordinal)) != 0 ? 1 : 0 }
            return 2
        case .enumEqField:
            if case .enumValue(let ref) = env.pointee.house[Int(n.a)] { return (Int32(ref.ordinal) == n.b) == (n.k == 1) ? 1 : 0 }
            return 2
        case .lt, .le, .gt, .ge, .eq, .ne:
            let x = number(nodes, n.a, env, p)
            if x == noNumber { return 2 }
            let y = number(nodes, n.b, env, p)
            if y == noNumber { return 2 }
            switch n.op {
            case .lt: return x < y ? 1 : 0
            case .le: return x <= y ? 1 : 0
            case .gt: return x > y ? 1 : 0
            case .ge: return x >= y ? 1 : 0
            case .eq: return x == y ? 1 : 0
            default: return x != y ? 1 : 0
            }
        case .full:
            if case .bool(let b) = p.fallbacks[Int(n.a)](env) { return b ? 1 : 0 }
            return 2
        case .numField, .numConstant, .numFull:
            return 2
        }
    }

    @inline(__always) static func number(_ nodes: UnsafeMutablePointer<PredicateNode>, _ i: Int32, _ env: Env, _ p: PredicateProgram) -> Int64 {
        let n = nodes[Int(i)]
        switch n.op {
        case .numConstant: return n.k
        case .numField: return numberOf(env.pointee.house[Int(n.a)])
        case .numFull: return numberOf(p.fallbacks[Int(n.a)](env))
        default: return noNumber
        }
    }
}

@inline(__always) func numberOf(_ v: Value) -> Int64 {
    switch v {
    case .dec(let d): return d
    case .int(let i): return Fixed.from(int: i) ?? noNumber
    case .date(let d): return Int64(d.days)
    default: return noNumber
    }
}

extension Compiler {
    /// Adds a boolean rule to `program`; returns its root node.
    func predicate(_ e: TypedExpr, into p: PredicateProgram) -> Int32 {
        switch e.kind {
        case .constant(.bool(let b)), .parameter(_, .bool(let b)):
            return p.add(PredicateNode(op: .constant, k: b ? 1 : 0))
        case .field(let slot, _) where e.type == .bool:
            return p.add(PredicateNode(op: .fieldBool, a: Int32(slot)))
        case .risk(let i):
            return p.add(PredicateNode(op: .risk, a: Int32(i)))
        case .anyRisk(let lo, let hi):
            return p.add(PredicateNode(op: .anyRisk, a: Int32(lo), b: Int32(hi)))
        case .not(let x):
            let c = predicate(x, into: p)
            return p.add(PredicateNode(op: .not, a: c))
        case .and(let l, let r), .binary(.and, let l, let r):
            let a = predicate(l, into: p), b = predicate(r, into: p)
            return p.add(PredicateNode(op: .and, a: a, b: b))
        case .or(let l, let r), .binary(.or, let l, let r):
            let a = predicate(l, into: p), b = predicate(r, into: p)
            return p.add(PredicateNode(op: .or, a: a, b: b))
        case .enumIn(let x, let mask):
            if case .field(let slot, _) = x.kind {
                return p.add(PredicateNode(op: .enumInField, a: Int32(slot), k: Int64(bitPattern: mask)))
            }
        case .binary(let op, let l, let r):
            if let n = comparison(op, l, r, into: p) { return n }
        default:
            break
        }
        return p.add(PredicateNode(op: .full, a: p.addFallback(compile(e))))
    }

    /// Numbers (int or decimal, compared exactly as scaled integers) or dates with `<` and
    /// friends; `==`/`!=` on two values of one numeric type, or an enum field against a literal.
    private func comparison(_ op: BinaryOp, _ l: TypedExpr, _ r: TypedExpr, into p: PredicateProgram) -> Int32? {
        if op == .eq || op == .ne, case .field(let slot, _) = l.kind, case .constant(.enumValue(let ref)) = r.kind {
            return p.add(PredicateNode(op: .enumEqField, a: Int32(slot), b: Int32(ref.ordinal), k: op == .eq ? 1 : 0))
        }
        func isNumber(_ t: ExprType) -> Bool { t == .int || t == .decimal }
        guard (isNumber(l.type) && isNumber(r.type)) || (l.type == .date && r.type == .date) else { return nil }
        if (op == .eq || op == .ne) && l.type != r.type { return nil }
        let code: PredicateNode.Op
        switch op {
        case .lt: code = .lt
        case .le: code = .le
        case .gt: code = .gt
        case .ge: code = .ge
        case .eq: code = .eq
        case .ne: code = .ne
        default: return nil
        }
        let a = number(l, into: p), b = number(r, into: p)
        return p.add(PredicateNode(op: code, a: a, b: b))
    }

    private func number(_ e: TypedExpr, into p: PredicateProgram) -> Int32 {
        switch e.kind {
        case .field(let slot, _):
            return p.add(PredicateNode(op: .numField, a: Int32(slot)))
        case .constant(let v), .parameter(_, let v):
            if let n = constantNumber(v) { return p.add(PredicateNode(op: .numConstant, k: n)) }
        default:
            break
        }
        return p.add(PredicateNode(op: .numFull, a: p.addFallback(compile(e))))
    }

    private func constantNumber(_ v: Value) -> Int64? {
        switch v {
        case .int(let i): return Fixed.from(int: i)
        case .dec(let d): return d
        case .date(let d): return Int64(d.days)
        default: return nil
        }
    }
}
