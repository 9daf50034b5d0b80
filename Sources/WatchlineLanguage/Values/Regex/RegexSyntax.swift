import WatchlineSyntax
/// The regular expressions of `s.matches(re)`: RE2's syntax (CEL specifies RE2), the part a
/// matcher can run in time linear in the text — no backreferences, no lookaround. Patterns are
/// read over Unicode scalars (code points), as RE2 reads UTF-8.
///
/// Supported: literals; `.`; classes `[abc]`, `[a-z]`, `[^…]`, `[[:alpha:]]`; `\d \w \s` and
/// `\D \W \S` (ASCII, as in RE2); `\b \B`; anchors `^ $ \A \z`; groups `(…)`, `(?:…)`,
/// `(?P<name>…)`, `(?<name>…)`; flags `(?i) (?m) (?s) (?U)` and `(?i:…)`; alternation `|`;
/// quantifiers `* + ? {m} {m,} {m,n}` (n ≤ 1000), greedy or lazy (`*?`); escapes `\t \n \r \f
/// \v \a \x41 \x{4E00} \0`, `\Q…\E`, and any punctuation after `\`.
public struct RegexError: Error, Sendable, Equatable {
    package enum Kind: Sendable, Equatable {
        case missingBracket, missingParen, unexpectedParen, trailingBackslash
        case missingRepeatArgument(String), badRepeat(String), repeatTooLarge(String)
        case badEscape(String), badRange(String), badClassName(String), badFlags(String)
        case tooDeep, tooLarge
        // Outside the linear-time subset (or Unicode classes, not implemented here).
        case backreference(String), lookaround(String), possessive(String), unicodeClass(String)
    }
    package var kind: Kind
    package init(_ kind: Kind) { self.kind = kind }

    /// Whether the pattern is valid RE2 but outside what Watchline's matcher supports.
    package var isUnsupported: Bool {
        switch kind {
        case .backreference, .lookaround, .possessive, .unicodeClass: return true
        default: return false
        }
    }

    /// The reason, in the user's language (the message catalogue).
    package var reason: String {
        switch kind {
        case .missingBracket: return MessageCatalogue.format(.regexMissingBracket, [])
        case .missingParen: return MessageCatalogue.format(.regexMissingParen, [])
        case .unexpectedParen: return MessageCatalogue.format(.regexUnexpectedParen, [])
        case .trailingBackslash: return MessageCatalogue.format(.regexTrailingBackslash, [])
        case .missingRepeatArgument(let s): return MessageCatalogue.format(.regexMissingRepeatArgument, [s])
        case .badRepeat(let s): return MessageCatalogue.format(.regexBadRepeat, [s])
        case .repeatTooLarge(let s): return MessageCatalogue.format(.regexRepeatTooLarge, [s, String(RegexParser.maxRepeat)])
        case .badEscape(let s): return MessageCatalogue.format(.regexBadEscape, [s])
        case .badRange(let s): return MessageCatalogue.format(.regexBadRange, [s])
        case .badClassName(let s): return MessageCatalogue.format(.regexBadClassName, [s])
        case .badFlags(let s): return MessageCatalogue.format(.regexBadFlags, [s])
        case .tooDeep: return MessageCatalogue.format(.regexTooDeep, [String(RegexParser.maxDepth)])
        case .tooLarge: return MessageCatalogue.format(.regexTooLarge, [String(RegexProgram.maxInstructions)])
        case .backreference(let s): return MessageCatalogue.format(.regexBackreference, [s])
        case .lookaround(let s): return MessageCatalogue.format(.regexLookaround, [s])
        case .possessive(let s): return MessageCatalogue.format(.regexPossessive, [s])
        case .unicodeClass(let s): return MessageCatalogue.format(.regexUnicodeClass, [s])
        }
    }
}

/// A set of scalars: sorted, disjoint, non-adjacent ranges of code points.
struct ScalarSet: Sendable, Equatable {
    var ranges: [ClosedRange<UInt32>]

    static let all = ScalarSet(ranges: [0...0x10FFFF])
    static let digit = ScalarSet(ranges: [0x30...0x39])
    static let word = ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])
    static let space = ScalarSet(ranges: [0x09...0x0A, 0x0C...0x0D, 0x20...0x20])
    static let notNewline = ScalarSet(ranges: [0...0x09, 0x0B...0x10FFFF])

    init(ranges: [ClosedRange<UInt32>]) { self.ranges = ranges; normalize() }
    init(_ c: UInt32) { ranges = [c...c] }

    mutating func normalize() {
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out: [ClosedRange<UInt32>] = []
        for r in ranges {
            if let last = out.last, r.lowerBound <= last.upperBound &+ 1 {
                out[out.count - 1] = last.lowerBound...max(last.upperBound, r.upperBound)
            } else { out.append(r) }
        }
        ranges = out
    }

    func union(_ o: ScalarSet) -> ScalarSet { ScalarSet(ranges: ranges + o.ranges) }

    var inverted: ScalarSet {
        var out: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        for r in ranges {
            if r.lowerBound > next { out.append(next...(r.lowerBound - 1)) }
            next = r.upperBound &+ 1
            if r.upperBound == 0x10FFFF { return ScalarSet(ranges: out) }
        }
        out.append(next...0x10FFFF)
        return ScalarSet(ranges: out)
    }

    /// The set with the other case of each letter added (ASCII, and simple one-scalar case
    /// mappings for ranges of up to 2 000 other scalars).
    var caseFolded: ScalarSet {
        var extra: [ClosedRange<UInt32>] = []
        for r in ranges {
            let lo = max(r.lowerBound, 0x41), hi = min(r.upperBound, 0x5A)
            if lo <= hi { extra.append((lo + 32)...(hi + 32)) }
            let lo2 = max(r.lowerBound, 0x61), hi2 = min(r.upperBound, 0x7A)
            if lo2 <= hi2 { extra.append((lo2 - 32)...(hi2 - 32)) }
            let nlo = max(r.lowerBound, 0x80)
            guard nlo <= r.upperBound, r.upperBound - nlo < 2000 else { continue }
            for v in nlo...r.upperBound {
                guard let s = Unicode.Scalar(v) else { continue }
                for m in [s.properties.lowercaseMapping, s.properties.uppercaseMapping] {
                    let u = m.unicodeScalars
                    if u.count == 1, let c = u.first { extra.append(c.value...c.value) }
                }
            }
        }
        return ScalarSet(ranges: ranges + extra)
    }

    @inline(__always) func contains(_ c: UInt32) -> Bool {
        var lo = 0, hi = ranges.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let r = ranges[mid]
            if c < r.lowerBound { hi = mid - 1 } else if c > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}

/// Zero-width tests.
enum RegexAssertion: Sendable, Equatable { case textStart, textEnd, lineStart, lineEnd, wordBoundary, notWordBoundary }

indirect enum RegexNode: Sendable {
    case empty
    case set(ScalarSet)
    case concat([RegexNode])
    case alternation([RegexNode])
    /// `max` nil: unbounded.
    case repeating(RegexNode, min: Int, max: Int?)
    case assertion(RegexAssertion)
}

/// Reads a pattern into `RegexNode`s, refusing what RE2 refuses and what a linear-time matcher
/// cannot do.
struct RegexParser {
    static let maxRepeat = 1000
    static let maxDepth = 200

    struct Flags { var caseInsensitive = false, multiLine = false, dotAll = false }

    let s: [Unicode.Scalar]
    var i = 0
    var depth = 0

    init(_ pattern: String) { s = Array(pattern.unicodeScalars) }

    static func parse(_ pattern: String) throws(RegexError) -> RegexNode {
        var p = RegexParser(pattern)
        var flags = Flags()
        let node = try p.alternation(&flags)
        if p.i < p.s.count { throw RegexError(.unexpectedParen) }   // only a ')' stops the top level
        return node
    }

    var atEnd: Bool { i >= s.count }
    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }
    func text(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(s[max(0, from)..<min(to, s.count)])) }

    mutating func alternation(_ flags: inout Flags) throws(RegexError) -> RegexNode {
        var branches: [RegexNode] = [try concatenation(&flags)]
        while peek() == "|" { i += 1; branches.append(try concatenation(&flags)) }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func concatenation(_ flags: inout Flags) throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        while let c = peek(), c != "|", c != ")" {
            let start = i
            // `(?i)` changes the flags for the rest of the enclosing group.
            if c == "(", peek(1) == "?", try flagGroupOnly(&flags) { continue }
            if c == "\\", peek(1) == "Q" {
                i += 2
                while !atEnd, !(peek() == "\\" && peek(1) == "E") { items.append(literal(s[i].value, flags)); i += 1 }
                if !atEnd { i += 2 }
                continue
            }
            var atom = try self.atom(&flags)
            // Quantifiers.
            var quantified = false
            while let q = peek() {
                var lo = 0, hi: Int? = nil
                let qStart = i
                if q == "*" { i += 1 } else if q == "+" { lo = 1; i += 1 } else if q == "?" { hi = 1; i += 1 }
                else if q == "{", let (m, n, len) = repetition(at: i) {
                    guard m <= Self.maxRepeat, (n ?? 0) <= Self.maxRepeat else { throw RegexError(.repeatTooLarge(text(qStart, i + len))) }
                    guard n == nil || n! >= m else { throw RegexError(.badRepeat(text(qStart, i + len))) }
                    lo = m; hi = n; i += len
                } else { break }
                if quantified { throw RegexError(.badRepeat(text(start, i))) }
                if peek() == "?" { i += 1 }                              // lazy: the same set of matches
                else if peek() == "+" { throw RegexError(.possessive(text(qStart, i + 1))) }
                atom = .repeating(atom, min: lo, max: hi)
                quantified = true
            }
            items.append(atom)
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    /// `{m}`, `{m,}`, `{m,n}` at `at`: (m, n, length); nil when the brace is a literal.
    func repetition(at: Int) -> (Int, Int?, Int)? {
        var k = at + 1
        func number() -> Int? {
            var v = 0, any = false
            while k < s.count, s[k].value >= 48, s[k].value <= 57 {
                v = min(v * 10 + Int(s[k].value - 48), 1_000_000); any = true; k += 1
            }
            return any ? v : nil
        }
        guard let m = number() else { return nil }
        var n: Int? = m
        if k < s.count, s[k] == "," { k += 1; n = number() }
        guard k < s.count, s[k] == "}" else { return nil }
        return (m, n, k - at + 1)
    }

    /// A group that only sets flags, `(?i)`: applied and consumed (true); false for any other group.
    mutating func flagGroupOnly(_ flags: inout Flags) throws(RegexError) -> Bool {
        var k = i + 2
        var f = flags, negate = false, any = false
        while k < s.count {
            switch s[k] {
            case "i": f.caseInsensitive = !negate
            case "m": f.multiLine = !negate
            case "s": f.dotAll = !negate
            case "U": break
            case "-": if negate { return false }; negate = true
            case ")":
                guard any else { return false }
                flags = f; i = k + 1
                return true
            default: return false
            }
            if s[k] != "-" { any = true }
            k += 1
        }
        return false
    }

    mutating func atom(_ flags: inout Flags) throws(RegexError) -> RegexNode {
        let c = s[i]
        switch c {
        case "(":
            return try group(&flags)
        case "[":
            return .set(try bracket(flags))
        case ".":
            i += 1
            return .set(flags.dotAll ? .all : .notNewline)
        case "^":
            i += 1
            return .assertion(flags.multiLine ? .lineStart : .textStart)
        case "$":
            i += 1
            return .assertion(flags.multiLine ? .lineEnd : .textEnd)
        case "*", "+", "?":
            throw RegexError(.missingRepeatArgument(String(c)))
        case "{":
            if let (_, _, len) = repetition(at: i) { throw RegexError(.missingRepeatArgument(text(i, i + len))) }
            i += 1
            return literal(c.value, flags)
        case "\\":
            return try escape(flags)
        default:
            i += 1
            return literal(c.value, flags)
        }
    }

    func literal(_ v: UInt32, _ flags: Flags) -> RegexNode {
        let set = ScalarSet(v)
        return .set(flags.caseInsensitive ? set.caseFolded : set)
    }

    mutating func group(_ outer: inout Flags) throws(RegexError) -> RegexNode {
        let start = i
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth { throw RegexError(.tooDeep) }
        i += 1
        var flags = outer
        if peek() == "?" {
            i += 1
            switch peek() {
            case ":": i += 1
            case "=", "!": throw RegexError(.lookaround(text(start, i + 1)))
            case ">": throw RegexError(.possessive(text(start, i + 1)))
            case "P" where peek(1) == "=" || peek(1) == ">": throw RegexError(.backreference(text(start, i + 2)))
            case "P" where peek(1) == "<":
                i += 2; try name(start)
            case "<" where peek(1) == "=" || peek(1) == "!": throw RegexError(.lookaround(text(start, i + 2)))
            case "<":
                i += 1; try name(start)
            default:
                // (?flags:…)
                var negate = false, any = false
                while let f = peek(), f != ":" {
                    switch f {
                    case "i": flags.caseInsensitive = !negate
                    case "m": flags.multiLine = !negate
                    case "s": flags.dotAll = !negate
                    case "U": break
                    case "-" where !negate: negate = true
                    default: throw RegexError(.badFlags(text(start, i + 1)))
                    }
                    if f != "-" { any = true }
                    i += 1
                }
                guard any, peek() == ":" else { throw RegexError(.badFlags(text(start, i + 1))) }
                i += 1
            }
        }
        let inner = try alternation(&flags)
        guard peek() == ")" else { throw RegexError(.missingParen) }
        i += 1
        return inner
    }

    /// A group's name up to `>`: letters, digits and `_`.
    mutating func name(_ start: Int) throws(RegexError) {
        let from = i
        while let c = peek(), c != ">" {
            guard c == "_" || c.properties.isAlphabetic || (c.isASCII && c.properties.numericType != nil) else {
                throw RegexError(.badFlags(text(start, i + 1)))
            }
            i += 1
        }
        guard peek() == ">", i > from else { throw RegexError(.badFlags(text(start, i + 1))) }
        i += 1
    }

    /// `\…` outside a class.
    mutating func escape(_ flags: Flags) throws(RegexError) -> RegexNode {
        let start = i
        guard let c = peek(1) else { throw RegexError(.trailingBackslash) }
        switch c {
        case "b": i += 2; return .assertion(.wordBoundary)
        case "B": i += 2; return .assertion(.notWordBoundary)
        case "A": i += 2; return .assertion(.textStart)
        case "z": i += 2; return .assertion(.textEnd)
        case "1"..."9": throw RegexError(.backreference(text(start, start + 2)))
        case "k": throw RegexError(.backreference(text(start, start + 2)))
        default:
            let set = try classEscape()
            return .set(flags.caseInsensitive ? set.caseFolded : set)
        }
    }

    /// An escape that stands for scalars (in or out of a class): `\d`, `\n`, `\x41`, `\.` …
    mutating func classEscape() throws(RegexError) -> ScalarSet {
        let start = i
        guard let c = peek(1) else { throw RegexError(.trailingBackslash) }
        i += 2
        switch c {
        case "d": return .digit
        case "D": return ScalarSet.digit.inverted
        case "w": return .word
        case "W": return ScalarSet.word.inverted
        case "s": return .space
        case "S": return ScalarSet.space.inverted
        case "t": return ScalarSet(0x09)
        case "n": return ScalarSet(0x0A)
        case "r": return ScalarSet(0x0D)
        case "f": return ScalarSet(0x0C)
        case "v": return ScalarSet(0x0B)
        case "a": return ScalarSet(0x07)
        case "C": return .all
        case "0":
            var v: UInt32 = 0, n = 0
            while n < 2, let d = peek(), ("0"..."7").contains(d) { v = v * 8 + (d.value - 48); i += 1; n += 1 }
            return ScalarSet(v)
        case "x":
            var v: UInt32 = 0
            if peek() == "{" {
                i += 1
                var n = 0
                while let d = peek(), let h = d.properties.isASCIIHexDigit ? UInt32(String(d), radix: 16) : nil {
                    v = v * 16 + h; n += 1; i += 1
                    if v > 0x10FFFF { throw RegexError(.badEscape(text(start, i))) }
                }
                guard n > 0, peek() == "}" else { throw RegexError(.badEscape(text(start, i + 1))) }
                i += 1
            } else {
                for _ in 0..<2 {
                    guard let d = peek(), let h = d.properties.isASCIIHexDigit ? UInt32(String(d), radix: 16) : nil else {
                        throw RegexError(.badEscape(text(start, i + 1)))
                    }
                    v = v * 16 + h; i += 1
                }
            }
            return ScalarSet(v)
        case "p", "P":
            var end = i
            if peek() == "{" { while end < s.count, s[end] != "}" { end += 1 }; end += 1 } else { end += 1 }
            throw RegexError(.unicodeClass(text(start, end)))
        case "1"..."9", "k":
            throw RegexError(.backreference(text(start, i)))
        default:
            // Any ASCII punctuation stands for itself.
            if c.isASCII, !c.properties.isAlphabetic, c.properties.numericType == nil, c.value > 0x20, c.value < 0x7F {
                return ScalarSet(c.value)
            }
            throw RegexError(.badEscape(text(start, i)))
        }
    }

    /// `[…]`.
    mutating func bracket(_ flags: Flags) throws(RegexError) -> ScalarSet {
        i += 1
        var negated = false
        if peek() == "^" { negated = true; i += 1 }
        var set = ScalarSet(ranges: [])
        var first = true
        while true {
            guard let c = peek() else { throw RegexError(.missingBracket) }
            if c == "]" && !first { i += 1; break }
            first = false
            if c == "[", peek(1) == ":" {
                var end = i + 2
                while end + 1 < s.count, !(s[end] == ":" && s[end + 1] == "]") { end += 1 }
                guard end + 1 < s.count else { throw RegexError(.missingBracket) }
                let name = text(i + 2, end)
                let positive = name.hasPrefix("^") ? String(name.dropFirst()) : name
                guard let named = Self.posix[positive] else { throw RegexError(.badClassName(text(i, end + 2))) }
                set = set.union(name.hasPrefix("^") ? named.inverted : named)
                i = end + 2
                continue
            }
            let itemStart = i
            let lo: ScalarSet
            if c == "\\" { lo = try classEscape() } else { lo = ScalarSet(c.value); i += 1 }
            // A range `a-z` (a '-' before ']' is a literal).
            if peek() == "-", let after = peek(1), after != "]" {
                guard lo.ranges.count == 1, lo.ranges[0].count == 1 else { throw RegexError(.badRange(text(itemStart, i + 2))) }
                i += 1
                let hi: ScalarSet
                if after == "\\" { hi = try classEscape() } else { hi = ScalarSet(after.value); i += 1 }
                guard hi.ranges.count == 1, hi.ranges[0].count == 1, hi.ranges[0].lowerBound >= lo.ranges[0].lowerBound else {
                    throw RegexError(.badRange(text(itemStart, i)))
                }
                set = set.union(ScalarSet(ranges: [lo.ranges[0].lowerBound...hi.ranges[0].lowerBound]))
                continue
            }
            set = set.union(lo)
        }
        if flags.caseInsensitive { set = set.caseFolded }
        return negated ? set.inverted : set
    }

    static let posix: [String: ScalarSet] = [
        "alnum": ScalarSet(ranges: [0x30...0x39, 0x41...0x5A, 0x61...0x7A]),
        "alpha": ScalarSet(ranges: [0x41...0x5A, 0x61...0x7A]),
        "ascii": ScalarSet(ranges: [0...0x7F]),
        "blank": ScalarSet(ranges: [0x09...0x09, 0x20...0x20]),
        "cntrl": ScalarSet(ranges: [0...0x1F, 0x7F...0x7F]),
        "digit": .digit,
        "graph": ScalarSet(ranges: [0x21...0x7E]),
        "lower": ScalarSet(ranges: [0x61...0x7A]),
        "print": ScalarSet(ranges: [0x20...0x7E]),
        "punct": ScalarSet(ranges: [0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]),
        "space": ScalarSet(ranges: [0x09...0x0D, 0x20...0x20]),
        "upper": ScalarSet(ranges: [0x41...0x5A]),
        "word": .word,
        "xdigit": ScalarSet(ranges: [0x30...0x39, 0x41...0x46, 0x61...0x66]),
    ]
}
