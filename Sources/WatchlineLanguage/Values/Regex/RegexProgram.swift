import WatchlineSyntax
/// A compiled pattern: a Thompson NFA run as a set of states stepped over the text once
/// (Pike's VM without captures — `matches` only asks whether there is a match). The time is
/// O(text length × program size) whatever the pattern and the text: `^(a+)+$` on "aaaa…!" does
/// not backtrack, because nothing ever does. Immutable once built, so one program serves every
/// thread of a run.
public struct RegexProgram: Sendable {
    /// Once repetitions are expanded (`a{1000}` is a thousand instructions).
    package static let maxInstructions = 20_000

    enum Instruction: Sendable {
        case set(Int32)            // consume a scalar in sets[i], go on at pc + 1
        case split(Int32, Int32)   // go on at both
        case jump(Int32)
        case assert(RegexAssertion)
        case match
    }

    let instructions: [Instruction]
    let sets: [ScalarSet]
    /// The pattern can match only at the start of the text (it begins with `\A` or `^`).
    let anchoredAtStart: Bool

    /// Parses and compiles `pattern`; throws what is wrong with it.
    public init(_ pattern: String) throws(RegexError) {
        let node = try RegexParser.parse(pattern)
        var b = Builder()
        try b.emit(node)
        b.instructions.append(.match)
        instructions = b.instructions
        sets = b.sets
        anchoredAtStart = Self.startsAnchored(node)
    }

    static func startsAnchored(_ n: RegexNode) -> Bool {
        switch n {
        case .assertion(.textStart): return true
        case .concat(let xs): return xs.first.map(startsAnchored) ?? false
        case .alternation(let xs): return xs.allSatisfy(startsAnchored)
        default: return false
        }
    }

    struct Builder {
        var instructions: [Instruction] = []
        var sets: [ScalarSet] = []
        var setIndex: [[ClosedRange<UInt32>]: Int32] = [:]

        var pc: Int32 { Int32(instructions.count) }

        mutating func add(_ i: Instruction) throws(RegexError) {
            guard instructions.count < RegexProgram.maxInstructions else { throw RegexError(.tooLarge) }
            instructions.append(i)
        }

        mutating func emit(_ n: RegexNode) throws(RegexError) {
            switch n {
            case .empty: break
            case .set(let s):
                let k: Int32
                if let existing = setIndex[s.ranges] { k = existing } else {
                    k = Int32(sets.count); sets.append(s); setIndex[s.ranges] = k
                }
                try add(.set(k))
            case .assertion(let a): try add(.assert(a))
            case .concat(let xs): for x in xs { try emit(x) }
            case .alternation(let xs):
                // split L1, next; L1: x1; jump end; next: split L2, next2; …; last: xn; end:
                var jumps: [Int] = []
                for (k, x) in xs.enumerated() {
                    if k < xs.count - 1 {
                        let split = instructions.count
                        try add(.split(pc + 1, 0))
                        try emit(x)
                        jumps.append(instructions.count)
                        try add(.jump(0))
                        instructions[split] = .split(Int32(split + 1), pc)
                    } else {
                        try emit(x)
                    }
                }
                for j in jumps { instructions[j] = .jump(pc) }
            case .repeating(let x, let lo, let hi):
                for _ in 0..<lo { try emit(x) }
                if let hi {
                    // x? repeated (hi - lo) times
                    for _ in lo..<hi {
                        let split = instructions.count
                        try add(.split(pc + 1, 0))
                        try emit(x)
                        instructions[split] = .split(Int32(split + 1), pc)
                    }
                } else {
                    // L: split L+1, end; x; jump L; end:
                    let loop = instructions.count
                    try add(.split(pc + 1, 0))
                    try emit(x)
                    try add(.jump(Int32(loop)))
                    instructions[loop] = .split(Int32(loop + 1), pc)
                }
            }
        }
    }

    /// Whether the pattern matches somewhere in `text` (RE2's unanchored search; `^`/`$` anchor).
    public func matches(_ text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        let n = instructions.count
        // Two sparse sets of program counters: the states before and after the current scalar.
        var current = StateSet(capacity: n), next = StateSet(capacity: n)
        var stack: [Int32] = []
        stack.reserveCapacity(16)

        func isWord(_ c: Unicode.Scalar?) -> Bool { c.map { ScalarSet.word.contains($0.value) } ?? false }
        func holds(_ a: RegexAssertion, _ at: Int) -> Bool {
            let prev: Unicode.Scalar? = at > 0 ? input[at - 1] : nil
            let here: Unicode.Scalar? = at < input.count ? input[at] : nil
            switch a {
            case .textStart: return at == 0
            case .textEnd: return at == input.count
            case .lineStart: return at == 0 || prev == "\n"
            case .lineEnd: return at == input.count || here == "\n"
            case .wordBoundary: return isWord(prev) != isWord(here)
            case .notWordBoundary: return isWord(prev) == isWord(here)
            }
        }
        /// Adds `pc` and every state reachable from it without consuming a scalar; true on a match.
        func close(_ pc: Int32, into set: inout StateSet, at: Int) -> Bool {
            stack.append(pc)
            var matched = false
            while let p = stack.popLast() {
                guard set.insert(p) else { continue }
                switch instructions[Int(p)] {
                case .jump(let t): stack.append(t)
                case .split(let a, let b): stack.append(b); stack.append(a)
                case .assert(let a): if holds(a, at) { stack.append(p + 1) }
                case .match: matched = true
                case .set: break
                }
            }
            return matched
        }

        if close(0, into: &current, at: 0) { return true }
        var at = 0
        while at < input.count {
            let c = input[at].value
            next.clear()
            for k in 0..<current.count {
                let p = current.dense[k]
                if case .set(let s) = instructions[Int(p)], sets[Int(s)].contains(c) {
                    if close(p + 1, into: &next, at: at + 1) { return true }
                }
            }
            at += 1
            // Unanchored: a match may start at any position.
            if !anchoredAtStart, close(0, into: &next, at: at) { return true }
            swap(&current, &next)
            if current.count == 0 && anchoredAtStart { return false }
        }
        return false
    }
}

/// A set of small integers with O(1) insert, membership and clear (Briggs & Torczon).
struct StateSet {
    var dense: [Int32]
    var sparse: [Int32]
    var count = 0
    init(capacity: Int) {
        dense = [Int32](repeating: 0, count: capacity)
        sparse = [Int32](repeating: 0, count: capacity)
    }
    /// False when already present.
    @inline(__always) mutating func insert(_ v: Int32) -> Bool {
        let s = Int(sparse[Int(v)])
        if s < count && dense[s] == v { return false }
        sparse[Int(v)] = Int32(count)
        dense[count] = v
        count += 1
        return true
    }
    @inline(__always) mutating func clear() { count = 0 }
}
