import WatchlineSyntax
import WatchlineLanguage
/// Every predicate node's answer for a chunk of households, as two bitmaps per node: `known`
/// (bit h: the node answers true or false for household h) and `truth` (bit h: it answers true;
/// set only where known). Three-valued logic over 64 households per word, as the scalar nodes
/// answer one household: `false && x` is false and `true || x` true whatever x is; otherwise an
/// unknown operand makes the result unknown.
package final class BatchAnswers {
    let plan: BatchPlan
    let words: Int
    /// Node i's words are `truth[i * words ..< (i + 1) * words]`, likewise `known`.
    let truth: UnsafeMutablePointer<UInt64>
    let known: UnsafeMutablePointer<UInt64>
    /// Scratch for one comparison's bits.
    private let scratch: UnsafeMutablePointer<UInt64>

    package init(plan: BatchPlan, capacity: Int) {
        self.plan = plan
        words = max((capacity + 63) / 64, 1)
        let n = max(plan.nodeCount, 1) * words
        truth = .allocate(capacity: n); truth.initialize(repeating: 0, count: n)
        known = .allocate(capacity: n); known.initialize(repeating: 0, count: n)
        scratch = .allocate(capacity: words); scratch.initialize(repeating: 0, count: words)
    }

    deinit { truth.deallocate(); known.deallocate(); scratch.deallocate() }

    /// 0 false, 1 true, 2 unknown — the scalar node's answer for household `h` of the chunk.
    @inline(__always) package func answer(_ node: Int32, _ h: Int) -> UInt8 {
        let i = Int(node) * words + h >> 6, bit = UInt64(1) << UInt64(h & 63)
        if known[i] & bit == 0 { return 2 }
        return truth[i] & bit != 0 ? 1 : 0
    }

    /// Computes every node's answers over the chunk's columns, in node order (children first).
    package func evaluate(_ c: ColumnChunk) {
        let words = (c.count + 63) / 64
        // The last word's households past the chunk's end are never asked about.
        for (i, kernel) in plan.kernels.enumerated() {
            let t = truth + i * self.words, k = known + i * self.words
            func node(_ j: Int32) -> (UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<UInt64>) {
                (truth + Int(j) * self.words, known + Int(j) * self.words)
            }
            switch kernel {
            case .none:
                k.update(repeating: 0, count: words); t.update(repeating: 0, count: words)
            case .constant(let b):
                k.update(repeating: ~0, count: words); t.update(repeating: b ? ~0 : 0, count: words)
            case .boolColumn(let col):
                k.update(from: c.boolValid[col], count: words); t.update(from: c.bools[col], count: words)
            case .copy(let j):
                let (jt, jk) = node(j)
                k.update(from: jk, count: words); t.update(from: jt, count: words)
            case .not(let j):
                let (jt, jk) = node(j)
                for w in 0..<words { k[w] = jk[w]; t[w] = ~jt[w] & jk[w] }
            case .and(let a, let b):
                let (at, ak) = node(a), (bt, bk) = node(b)
                for w in 0..<words {
                    let f = (ak[w] & ~at[w]) | (bk[w] & ~bt[w]), tt = at[w] & bt[w]
                    k[w] = f | tt; t[w] = tt
                }
            case .or(let a, let b):
                let (at, ak) = node(a), (bt, bk) = node(b)
                for w in 0..<words {
                    let tt = at[w] | bt[w], f = (ak[w] & ~at[w]) & (bk[w] & ~bt[w])
                    k[w] = f | tt; t[w] = tt
                }
            case .anyOf(let roots):
                // true when any is true; false when all are known false; else unknown
                for w in 0..<words {
                    var any: UInt64 = 0, allFalse: UInt64 = ~0
                    for r in roots {
                        let (rt, rk) = node(r)
                        any |= rt[w]; allFalse &= rk[w] & ~rt[w]
                    }
                    k[w] = any | allFalse; t[w] = any
                }
            case .enumIn(let col, let mask):
                let ords = c.enums[col]
                for w in 0..<words {
                    var bits: UInt64 = 0
                    let lo = w * 64, hi = min(lo + 64, c.count)
                    for h in lo..<hi where mask & (1 << UInt64(UInt16(bitPattern: ords[h]))) != 0 { bits |= 1 << UInt64(h - lo) }
                    k[w] = c.enumValid[col][w]; t[w] = bits & k[w]
                }
            case .enumEq(let col, let ordinal, let equal):
                let ords = c.enums[col]
                for w in 0..<words {
                    var bits: UInt64 = 0
                    let lo = w * 64, hi = min(lo + 64, c.count)
                    for h in lo..<hi where (ords[h] == ordinal) == equal { bits |= 1 << UInt64(h - lo) }
                    k[w] = c.enumValid[col][w]; t[w] = bits & k[w]
                }
            case .compare(let op, let x, let y):
                compare(op, x, y, c, words: words, truth: t, known: k)
            }
        }
    }

    private func compare(_ op: PredicateNode.Op, _ x: BatchPlan.Operand, _ y: BatchPlan.Operand, _ c: ColumnChunk,
                         words: Int, truth t: UnsafeMutablePointer<UInt64>, known k: UnsafeMutablePointer<UInt64>) {
        switch (x, y) {
        case (.column(let a), .constant(let v)):
            k.update(from: c.numberValid[a], count: words)
            Self.bits(op, c.numbers[a], v, count: c.count, into: t)
        case (.constant(let v), .column(let b)):
            k.update(from: c.numberValid[b], count: words)
            Self.bits(op.mirrored, c.numbers[b], v, count: c.count, into: t)
        case (.column(let a), .column(let b)):
            for w in 0..<words { k[w] = c.numberValid[a][w] & c.numberValid[b][w] }
            Self.bits(op, c.numbers[a], c.numbers[b], count: c.count, into: t)
        case (.constant(let u), .constant(let v)):
            k.update(repeating: ~0, count: words)
            t.update(repeating: Self.holds(op, u, v) ? ~0 : 0, count: words)
        default:
            k.update(repeating: 0, count: words); t.update(repeating: 0, count: words)
            return
        }
        for w in 0..<words { t[w] &= k[w] }
    }

    @inline(__always) static func holds(_ op: PredicateNode.Op, _ x: Int64, _ y: Int64) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq: return x == y
        default: return x != y
        }
    }

    /// One bit per household: `xs[h] op v`. A loop per operator, so each is a tight loop.
    static func bits(_ op: PredicateNode.Op, _ xs: UnsafeMutablePointer<Int64>, _ v: Int64, count: Int, into t: UnsafeMutablePointer<UInt64>) {
        switch op {
        case .lt: fill(xs, count, t) { $0 < v }
        case .le: fill(xs, count, t) { $0 <= v }
        case .gt: fill(xs, count, t) { $0 > v }
        case .ge: fill(xs, count, t) { $0 >= v }
        case .eq: fill(xs, count, t) { $0 == v }
        default: fill(xs, count, t) { $0 != v }
        }
    }

    static func bits(_ op: PredicateNode.Op, _ xs: UnsafeMutablePointer<Int64>, _ ys: UnsafeMutablePointer<Int64>, count: Int, into t: UnsafeMutablePointer<UInt64>) {
        switch op {
        case .lt: fill2(xs, ys, count, t) { $0 < $1 }
        case .le: fill2(xs, ys, count, t) { $0 <= $1 }
        case .gt: fill2(xs, ys, count, t) { $0 > $1 }
        case .ge: fill2(xs, ys, count, t) { $0 >= $1 }
        case .eq: fill2(xs, ys, count, t) { $0 == $1 }
        default: fill2(xs, ys, count, t) { $0 != $1 }
        }
    }

    @inline(__always) static func fill(_ xs: UnsafeMutablePointer<Int64>, _ n: Int, _ t: UnsafeMutablePointer<UInt64>, _ p: (Int64) -> Bool) {
        var w = 0, h = 0
        while h + 64 <= n {
            var bits: UInt64 = 0
            for j in 0..<64 { bits |= (p(xs[h + j]) ? 1 : 0) << UInt64(j) }
            t[w] = bits; w += 1; h += 64
        }
        if h < n {
            var bits: UInt64 = 0
            for j in 0..<(n - h) { bits |= (p(xs[h + j]) ? 1 : 0) << UInt64(j) }
            t[w] = bits
        }
    }

    @inline(__always) static func fill2(_ xs: UnsafeMutablePointer<Int64>, _ ys: UnsafeMutablePointer<Int64>, _ n: Int, _ t: UnsafeMutablePointer<UInt64>, _ p: (Int64, Int64) -> Bool) {
        var w = 0, h = 0
        while h + 64 <= n {
            var bits: UInt64 = 0
            for j in 0..<64 { bits |= (p(xs[h + j], ys[h + j]) ? 1 : 0) << UInt64(j) }
            t[w] = bits; w += 1; h += 64
        }
        if h < n {
            var bits: UInt64 = 0
            for j in 0..<(n - h) { bits |= (p(xs[h + j], ys[h + j]) ? 1 : 0) << UInt64(j) }
            t[w] = bits
        }
    }
}

extension PredicateNode.Op {
    /// `c op x` as `x op' c`.
    var mirrored: PredicateNode.Op {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .gt: return .lt
        case .ge: return .le
        default: return self
        }
    }
}
