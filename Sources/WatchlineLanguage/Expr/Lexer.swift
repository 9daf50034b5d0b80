import WatchlineSyntax
/// Splits an expression into tokens. Works over Unicode scalars so offsets match the positions
/// libyaml reports; identifiers may be any Unicode letters.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        case ident(String)
        case int(Int64)
        /// The magnitude 9223372036854775808, legal only after unary minus.
        case intMinMagnitude
        case uint(UInt64)
        case decimal(String)
        case string(String)
        case bytes([UInt8])
        case punct(String)
        case end
    }
    var kind: Kind
    var start: Int
    var end: Int
}

/// A lexical error: its catalogue id and arguments (names and characters), worded when printed.
struct LexError: Error {
    var id: MessageID; var args: [MessageArg] = []; var offset: Int; var end: Int
    init(_ id: MessageID, _ args: MessageArg..., offset: Int, end: Int) { self.id = id; self.args = args; self.offset = offset; self.end = end }
    /// The English text (tests, debugging).
    var message: String { MessageCatalogue.format(id, args, chinese: false) }
}

struct Lexer {
    let s: [Unicode.Scalar]
    var i = 0

    init(_ text: String) { s = Array(text.unicodeScalars) }

    static let fullWidth: [Unicode.Scalar: String] = [
        "（": "(", "）": ")", "，": ",", "＞": ">", "＜": "<", "＝": "=", "“": "\"", "”": "\"", "‘": "'", "’": "'",
        "！": "!", "＆": "&", "｜": "|", "［": "[", "］": "]", "：": ":", "？": "?", "＋": "+", "－": "-", "＊": "*", "／": "/",
    ]
    static let reserved: Set<String> = ["as", "break", "const", "continue", "else", "for", "function", "if", "import",
                                        "let", "loop", "package", "namespace", "return", "var", "void", "while"]

    func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

    mutating func tokens() throws -> [Token] {
        var out: [Token] = []
        while true {
            let t = try next()
            out.append(t)
            if t.kind == .end { return out }
        }
    }

    mutating func skipSpace() {
        while let c = peek() {
            if c.properties.isWhitespace { i += 1 }
            else if c == "/", peek(1) == "/" { while let d = peek(), d != "\n" { i += 1; _ = d } }
            else { break }
        }
    }

    static func isIdentStart(_ c: Unicode.Scalar) -> Bool { c == "_" || c.properties.isAlphabetic }
    static func isIdentPart(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    mutating func next() throws -> Token {
        skipSpace()
        let start = i
        guard let c = peek() else { return Token(kind: .end, start: i, end: i) }
        if let ascii = Self.fullWidth[c] {
            throw LexError(.exprFullWidth, .text(String(c)), .text(String(ascii)), offset: i, end: i + 1)
        }
        // String and bytes literals, with optional r/b prefixes.
        if c == "\"" || c == "'" { return try string(start: start, raw: false, bytes: false) }
        if (c == "r" || c == "R" || c == "b" || c == "B"), let n = peek(1) {
            let lower = Character(c).lowercased()
            if n == "\"" || n == "'" { i += 1; return try string(start: start, raw: lower == "r", bytes: lower == "b") }
            if let n2 = peek(2), n2 == "\"" || n2 == "'" {
                let l2 = Character(n).lowercased()
                if (lower == "r" && l2 == "b") || (lower == "b" && l2 == "r") { i += 2; return try string(start: start, raw: true, bytes: true) }
            }
        }
        if c.properties.numericType != nil && c.isASCII || (c == "." && peek(1).map { $0.isASCII && $0.properties.numericType != nil } == true) {
            return try number(start: start)
        }
        if Self.isIdentStart(c) {
            while let d = peek(), Self.isIdentPart(d) { i += 1 }
            let name = String(String.UnicodeScalarView(s[start..<i]))
            return Token(kind: .ident(name), start: start, end: i)
        }
        if c == "`" {
            i += 1
            while let d = peek(), d != "`" { i += 1 }
            guard peek() == "`" else { throw LexError(.exprUnterminatedQuotedName, offset: start, end: i) }
            i += 1
            return Token(kind: .ident(String(String.UnicodeScalarView(s[(start + 1)..<(i - 1)]))), start: start, end: i)
        }
        for op in ["&&", "||", "==", "!=", "<=", ">="] where matches(op) {
            i += 2
            return Token(kind: .punct(op), start: start, end: i)
        }
        if "+-*/%<>!?:.,()[]{}".unicodeScalars.contains(c) {
            i += 1
            return Token(kind: .punct(String(c)), start: start, end: i)
        }
        if c == "=" { throw LexError(.exprSingleEquals, offset: i, end: i + 1) }
        if c == "&" { throw LexError(.exprSingleAmpersand, offset: i, end: i + 1) }
        if c == "|" { throw LexError(.exprSinglePipe, offset: i, end: i + 1) }
        throw LexError(.exprUnexpectedCharacter, .text(String(c)), offset: i, end: i + 1)
    }

    func matches(_ op: String) -> Bool {
        for (k, u) in op.unicodeScalars.enumerated() where peek(k) != u { return false }
        return true
    }

    mutating func number(start: Int) throws -> Token {
        func digits(_ hex: Bool = false) { while let d = peek(), d.isASCII, hex ? d.properties.isASCIIHexDigit : (d >= "0" && d <= "9") { i += 1 } }
        if peek() == "0", let x = peek(1), x == "x" || x == "X" {
            i += 2
            let ds = i
            digits(true)
            let text = String(String.UnicodeScalarView(s[ds..<i]))
            if peek() == "u" || peek() == "U" {
                i += 1
                guard let v = UInt64(text, radix: 16) else { throw LexError(.exprIntOutOfRange, offset: start, end: i) }
                return Token(kind: .uint(v), start: start, end: i)
            }
            guard let v = Int64(text, radix: 16) else { throw LexError(.exprIntOutOfRange, offset: start, end: i) }
            return Token(kind: .int(v), start: start, end: i)
        }
        digits()
        var isDecimal = false
        if peek() == ".", let d = peek(1), d >= "0" && d <= "9" { isDecimal = true; i += 1; digits() }
        if let e = peek(), e == "e" || e == "E" {
            var k = 1
            if let sign = peek(1), sign == "+" || sign == "-" { k = 2 }
            if let d = peek(k), d >= "0" && d <= "9" { isDecimal = true; i += k; digits() }
        }
        let text = String(String.UnicodeScalarView(s[start..<i]))
        if isDecimal { return Token(kind: .decimal(text), start: start, end: i) }
        if peek() == "u" || peek() == "U" {
            i += 1
            guard let v = UInt64(text) else { throw LexError(.exprIntOutOfRange, offset: start, end: i) }
            return Token(kind: .uint(v), start: start, end: i)
        }
        if let v = Int64(text) { return Token(kind: .int(v), start: start, end: i) }
        if text == "9223372036854775808" { return Token(kind: .intMinMagnitude, start: start, end: i) }
        throw LexError(.exprIntOutOfRange, offset: start, end: i)
    }

    mutating func string(start: Int, raw: Bool, bytes: Bool) throws -> Token {
        let q = peek()!
        let triple = peek(1) == q && peek(2) == q
        i += triple ? 3 : 1
        var out: [Unicode.Scalar] = []
        var byteOut: [UInt8] = []
        func emit(_ u: Unicode.Scalar) { if bytes { byteOut.append(contentsOf: Array(String(u).utf8)) } else { out.append(u) } }
        while true {
            guard let c = peek() else { throw LexError(.exprUnterminatedString, offset: start, end: i) }
            if triple {
                if c == q && peek(1) == q && peek(2) == q { i += 3; break }
            } else if c == q { i += 1; break }
            if !triple && (c == "\n" || c == "\r") { throw LexError(.exprStringLineEnds, offset: start, end: i) }
            if c == "\\" && !raw {
                i += 1
                guard let e = peek() else { throw LexError(.exprUnterminatedString, offset: start, end: i) }
                i += 1
                switch e {
                case "n": emit("\n")
                case "t": emit("\t")
                case "r": emit("\r")
                case "a": emit(Unicode.Scalar(7))
                case "b": emit(Unicode.Scalar(8))
                case "f": emit(Unicode.Scalar(12))
                case "v": emit(Unicode.Scalar(11))
                case "\\", "\"", "'", "`", "?": emit(e)
                case "x", "X", "u", "U":
                    let n = e == "x" || e == "X" ? 2 : e == "u" ? 4 : 8
                    var v: UInt32 = 0
                    for _ in 0..<n {
                        guard let h = peek(), h.isASCII, let d = UInt32(String(h), radix: 16) else {
                            throw LexError(.exprHexEscape, .text(String(e)), .text(String(n)), offset: i - 2, end: i)
                        }
                        v = v * 16 + d; i += 1
                    }
                    if bytes && (e == "x" || e == "X") { byteOut.append(UInt8(v)) }
                    else {
                        guard let u = Unicode.Scalar(v) else { throw LexError(.exprUnicodeEscape, offset: i - n - 2, end: i) }
                        emit(u)
                    }
                case "0"..."7":
                    var v = UInt32(e.value - 48)
                    for _ in 0..<2 {
                        guard let d = peek(), d >= "0" && d <= "7" else { throw LexError(.exprOctalEscape, offset: i - 2, end: i) }
                        v = v * 8 + (d.value - 48); i += 1
                    }
                    if bytes { byteOut.append(UInt8(truncatingIfNeeded: v)) }
                    else {
                        guard let u = Unicode.Scalar(v) else { throw LexError(.exprInvalidEscape, offset: i - 4, end: i) }
                        emit(u)
                    }
                default:
                    throw LexError(.exprUnknownEscape, .text(String(e)), offset: i - 2, end: i)
                }
                continue
            }
            emit(c)
            i += 1
        }
        if bytes { return Token(kind: .bytes(byteOut), start: start, end: i) }
        return Token(kind: .string(String(String.UnicodeScalarView(out))), start: start, end: i)
    }
}
