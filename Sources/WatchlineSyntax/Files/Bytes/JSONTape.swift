/// One JSON value parsed into a flat, reusable array of tokens (like simdjson's tape): parsing
/// the next line reuses the storage, so steady-state parsing allocates nothing.
package struct JSONTape {
    package enum Kind: UInt8 { case object, array, string, number, `true`, `false`, null }
    package struct Token {
        package var kind: Kind
        /// Byte range of the value; for strings, the content between the quotes.
        package var start: Int32
        package var end: Int32
        /// Index of the token after this value and all its children.
        package var next: Int32
        /// Members (objects) or elements (arrays).
        package var count: Int32
        package var hasEscapes: Bool
    }

    package private(set) var tokens: [Token] = []
    private var stack: [Int32] = []
    package static let maxDepth = 512

    package init() {
        tokens.reserveCapacity(256)
        stack.reserveCapacity(32)
    }

    /// Parses exactly one JSON value; nil on success.
    package mutating func parse(_ b: UnsafeBufferPointer<UInt8>) -> JSONError? {
        tokens.removeAll(keepingCapacity: true)
        stack.removeAll(keepingCapacity: true)
        var i = 0
        let n = b.count
        @inline(__always) func skip() { while i < n, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 } }
        // Parse with an explicit stack: containers push their token index.
        var expectValue = true
        skip()
        while true {
            if expectValue {
                guard i < n else { return JSONError(offset: i, message: "unexpected end of line; a value is missing") }
                let c = b[i]
                switch c {
                case 0x7B, 0x5B: // { [
                    if stack.count >= Self.maxDepth { return JSONError(offset: i, message: "nesting too deep") }
                    tokens.append(Token(kind: c == 0x7B ? .object : .array, start: Int32(i), end: 0, next: 0, count: 0, hasEscapes: false))
                    stack.append(Int32(tokens.count - 1))
                    i += 1; skip()
                    if i < n, b[i] == (c == 0x7B ? 0x7D : 0x5D) {
                        i += 1; close(at: i)
                        expectValue = false
                    } else if c == 0x7B {
                        // An object member starts with its key.
                        guard i < n, b[i] == 0x22 else { return JSONError(offset: i, message: "expected a \"key\" in the object") }
                        if let e = string(b, &i) { return e }
                        skip()
                        guard i < n, b[i] == 0x3A else { return JSONError(offset: i, message: "expected ':' after an object key") }
                        i += 1; skip()
                        tokens[Int(stack.last!)].count += 1
                        continue
                    } else {
                        tokens[Int(stack.last!)].count += 1
                        continue
                    }
                case 0x22:
                    if let e = string(b, &i) { return e }
                    expectValue = false
                case 0x74, 0x66, 0x6E: // true false null
                    let (word, kind): ([UInt8], Kind) = c == 0x74 ? (Array("true".utf8), .true) : c == 0x66 ? (Array("false".utf8), .false) : (Array("null".utf8), .null)
                    guard n - i >= word.count, word.indices.allSatisfy({ b[i + $0] == word[$0] }) else {
                        return JSONError(offset: i, message: "invalid value (expected true, false, null, a number, a string, an object or a list)")
                    }
                    tokens.append(Token(kind: kind, start: Int32(i), end: Int32(i + word.count), next: Int32(tokens.count + 1), count: 0, hasEscapes: false))
                    i += word.count
                    expectValue = false
                default:
                    if c == 0x2D || (c >= 0x30 && c <= 0x39) {
                        if let e = number(b, &i) { return e }
                        expectValue = false
                    } else {
                        return JSONError(offset: i, message: "invalid value (expected true, false, null, a number, a string, an object or a list)")
                    }
                }
            }
            // After a value: a comma, or the end of the enclosing container.
            skip()
            guard let top = stack.last else {
                return i == n ? nil : JSONError(offset: i, message: "unexpected text after the JSON value")
            }
            let isObject = tokens[Int(top)].kind == .object
            guard i < n else { return JSONError(offset: i, message: isObject ? "unterminated object (missing '}')" : "unterminated list (missing ']')") }
            if b[i] == 0x2C {
                i += 1; skip()
                tokens[Int(top)].count += 1
                if isObject {
                    guard i < n, b[i] == 0x22 else { return JSONError(offset: i, message: "expected a \"key\" after ','") }
                    if let e = string(b, &i) { return e }
                    skip()
                    guard i < n, b[i] == 0x3A else { return JSONError(offset: i, message: "expected ':' after an object key") }
                    i += 1; skip()
                }
                expectValue = true
            } else if b[i] == (isObject ? 0x7D : 0x5D) {
                i += 1
                close(at: i)
                expectValue = false
            } else {
                return JSONError(offset: i, message: isObject ? "expected ',' or '}' after an object member" : "expected ',' or ']' after a list element")
            }
        }
    }

    private mutating func close(at i: Int) {
        let t = Int(stack.removeLast())
        tokens[t].end = Int32(i)
        tokens[t].next = Int32(tokens.count)
    }

    private mutating func string(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> JSONError? {
        let open = i
        i += 1
        let start = i
        var escapes = false
        var ascii = true
        while i < b.count {
            let c = b[i]
            if c == 0x22 { break }
            if c == 0x5C { escapes = true; i += 2; continue }
            if c < 0x20 { return JSONError(offset: i, message: "control character in a string (write it escaped)") }
            if c >= 0x80 { ascii = false }
            i += 1
        }
        guard i < b.count else { return JSONError(offset: open, message: "unterminated string") }
        if !ascii {
            let content = UnsafeBufferPointer(rebasing: b[start..<i])
            if !validUTF8(content) { return JSONError(offset: start, message: "invalid UTF-8 in string") }
        }
        tokens.append(Token(kind: .string, start: Int32(start), end: Int32(i), next: Int32(tokens.count + 1), count: 0, hasEscapes: escapes))
        i += 1
        return nil
    }

    private mutating func number(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> JSONError? {
        let start = i
        if b[i] == 0x2D { i += 1 }
        let intStart = i
        while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
        if i == intStart || (b[intStart] == 0x30 && i - intStart > 1) { return JSONError(offset: start, message: "invalid number") }
        if i < b.count, b[i] == 0x2E {
            i += 1
            let f = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            if i == f { return JSONError(offset: start, message: "invalid number") }
        }
        if i < b.count, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < b.count, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            let e = i
            while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            if i == e { return JSONError(offset: start, message: "invalid number") }
        }
        tokens.append(Token(kind: .number, start: Int32(start), end: Int32(i), next: Int32(tokens.count + 1), count: 0, hasEscapes: false))
        return nil
    }

    // MARK: reading the tape

    /// Calls `body(key, value)` for each member of the object at `i`.
    package func forEachMember(of i: Int, _ body: (Int, Int) -> Void) {
        var k = i + 1
        for _ in 0..<Int(tokens[i].count) {
            let v = k + 1
            body(k, v)
            k = Int(tokens[v].next)
        }
    }

    /// Calls `body(element)` for each element of the array at `i`.
    package func forEachElement(of i: Int, _ body: (Int) -> Void) {
        var e = i + 1
        for _ in 0..<Int(tokens[i].count) {
            body(e)
            e = Int(tokens[e].next)
        }
    }

    /// The raw bytes of a value (strings: the content between the quotes, still escaped).
    package func rawBytes(_ i: Int, in b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        let t = tokens[i]
        return UnsafeBufferPointer(rebasing: b[Int(t.start)..<Int(t.end)])
    }

    /// A string's bytes when it has no escapes (callers check `hasEscapes` and use `string` otherwise).
    package func stringBytes(_ i: Int, in b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> { rawBytes(i, in: b) }

    /// A string's text, unescaped.
    package func string(_ i: Int, in b: UnsafeBufferPointer<UInt8>) -> String {
        let raw = rawBytes(i, in: b)
        guard tokens[i].hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        return unescapeJSON(raw)
    }
}

package struct JSONError: Error, Sendable { package var offset: Int; package var message: String }

func unescapeJSON(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(raw.count)
    var i = 0
    func hex4(_ at: Int) -> UInt32? {
        guard at + 4 <= raw.count else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = raw[k]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: return nil
            }
            v = v * 16 + d
        }
        return v
    }
    while i < raw.count {
        let c = raw[i]
        guard c == 0x5C, i + 1 < raw.count else { out.append(c); i += 1; continue }
        let e = raw[i + 1]
        i += 2
        switch e {
        case 0x6E: out.append(0x0A)
        case 0x74: out.append(0x09)
        case 0x72: out.append(0x0D)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x75:
            guard var u = hex4(i) else { out.append(contentsOf: Array("\u{FFFD}".utf8)); continue }
            i += 4
            if u >= 0xD800 && u < 0xDC00, i + 6 <= raw.count, raw[i] == 0x5C, raw[i + 1] == 0x75, let lo = hex4(i + 2), lo >= 0xDC00 && lo < 0xE000 {
                u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                i += 6
            }
            out.append(contentsOf: Array(String(Unicode.Scalar(u).map(Character.init) ?? "\u{FFFD}").utf8))
        default: out.append(e)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// Whether bytes are well-formed UTF-8.
func validUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    while i < b.count {
        let c = b[i]
        if c < 0x80 { i += 1; continue }
        let n: Int
        if c >= 0xC2 && c <= 0xDF { n = 1 } else if c >= 0xE0 && c <= 0xEF { n = 2 } else if c >= 0xF0 && c <= 0xF4 { n = 3 } else { return false }
        for k in 1...n { guard i + k < b.count, b[i + k] & 0xC0 == 0x80 else { return false } }
        if n == 2 && ((c == 0xE0 && b[i + 1] < 0xA0) || (c == 0xED && b[i + 1] > 0x9F)) { return false }
        if n == 3 && ((c == 0xF0 && b[i + 1] < 0x90) || (c == 0xF4 && b[i + 1] > 0x8F)) { return false }
        i += n + 1
    }
    return true
}
