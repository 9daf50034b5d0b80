/// Finds where a scalar's decoded text stands in the source: the position of its first content
/// character and, for text spanning lines, where each following line's content begins.
///
/// libyaml gives only the start and end mark of a scalar event (the start includes any anchor or
/// tag). Here the source between the marks is cut into one piece per line (the line's content,
/// without indentation and trailing blanks), each piece is decoded (quotes and escapes), and the
/// pieces are matched in order against the decoded value, separated by the whitespace that line
/// folding leaves. When something does not match (an unusual escape), the line starts found so
/// far are kept: the result is exact for plain and block scalars and close for quoted ones.
struct ScalarLocator {
    /// A point in the source: index into `source` (Unicode scalars) and 0-based line and column,
    /// counted as libyaml counts them.
    struct Cursor {
        var index: Int
        var line: Int
        var column: Int
        var position: SourcePosition { SourcePosition(line: line + 1, column: column + 1) }
    }

    let source: [Unicode.Scalar]

    init(_ source: [Unicode.Scalar]) { self.source = source }

    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\n" || c == "\r" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }
    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }

    private func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < source.count ? source[i] : nil }

    /// Moves past one character, counting a line break the way libyaml does (CR LF is one break).
    private func advance(_ c: inout Cursor) {
        guard let ch = at(c.index) else { return }
        if ch == "\r", at(c.index + 1) == "\n" {
            c.index += 2; c.line += 1; c.column = 0
        } else if Self.isBreak(ch) {
            c.index += 1; c.line += 1; c.column = 0
        } else {
            c.index += 1; c.column += 1
        }
    }

    /// - Parameters:
    ///   - start, end: the scalar event's marks (0-based, index in Unicode scalars).
    ///   - hasProperties: the event carries an anchor or a tag written before the content.
    func locate(value: String, style: ScalarStyle, hasProperties: Bool, start: Cursor, end: Cursor)
        -> (start: SourcePosition, lineStarts: [(offset: Int, position: SourcePosition)]) {
        let endIndex = min(end.index, source.count)
        var cur = start
        guard cur.index < endIndex else { return (cur.position, []) }

        if hasProperties {
            // `&anchor` and `!tag` (in either order), each followed by blanks, breaks or comments.
            var rounds = 0
            while rounds < 2, let ch = at(cur.index), ch == "&" || ch == "!", cur.index < endIndex {
                rounds += 1
                while cur.index < endIndex, let c = at(cur.index), !Self.isBlank(c), !Self.isBreak(c),
                      !(ch == "&" && (c == "," || c == "]" || c == "}")) {
                    advance(&cur)
                }
                skipSeparation(&cur, endIndex)
            }
        }
        // Where the content begins and ends.
        var contentEnd = endIndex
        switch style {
        case .plain:
            break
        case .singleQuoted, .doubleQuoted:
            if let q = at(cur.index), q == "'" || q == "\"" { advance(&cur) }
            if contentEnd > cur.index, let q = at(contentEnd - 1), q == "'" || q == "\"" { contentEnd -= 1 }
        case .literal, .folded:
            // Past the header (`|`, indicators, a comment) and its line break.
            while cur.index < endIndex, let c = at(cur.index), !Self.isBreak(c) { advance(&cur) }
            if cur.index < endIndex { advance(&cur) }
        }
        let contentBegin = cur
        if value.isEmpty { return (contentBegin.position, []) }

        // The common case: quoted or plain text on one line maps one to one (escapes aside).
        if style != .literal && style != .folded && start.line == end.line {
            return (contentBegin.position, [])
        }

        // One piece per source line.
        struct Piece { var begin: Cursor; var endIndex: Int }
        var pieces: [Piece] = []
        var first = true
        while cur.index < contentEnd {
            if !first || style == .literal || style == .folded {
                while cur.index < contentEnd, let c = at(cur.index), Self.isBlank(c) { advance(&cur) }
            }
            let begin = cur
            while cur.index < contentEnd, let c = at(cur.index), !Self.isBreak(c) { advance(&cur) }
            var e = cur.index
            while e > begin.index, Self.isBlank(source[e - 1]) { e -= 1 }
            if e > begin.index { pieces.append(Piece(begin: begin, endIndex: e)) }
            if cur.index < contentEnd { advance(&cur) }   // the line break
            first = false
        }

        let v = Array(value.unicodeScalars)
        var entries: [(offset: Int, position: SourcePosition)] = []
        var p = 0
        for piece in pieces {
            let text = decode(piece.begin.index, piece.endIndex, style)
            guard let q = match(text, in: v, from: p) else { break }
            // In a block scalar, indentation beyond the block's own is content, kept in the value
            // after a line break: it belongs to this line too.
            var k = 0
            if style == .literal || style == .folded {
                while q - k - 1 >= p, v[q - k - 1] == " ", k < piece.begin.column,
                      at(piece.begin.index - k - 1) == " " {
                    k += 1
                }
                if k > 0 && q - k > 0 && v[q - k - 1] != "\n" { k = 0 }
            }
            entries.append((q - k, SourcePosition(line: piece.begin.line + 1, column: piece.begin.column + 1 - k)))
            p = q + text.count
        }

        if let firstEntry = entries.first, firstEntry.offset == 0 {
            return (firstEntry.position, Array(entries.dropFirst()))
        }
        return (contentBegin.position, entries)
    }

    private func skipSeparation(_ cur: inout Cursor, _ endIndex: Int) {
        while cur.index < endIndex, let c = at(cur.index) {
            if Self.isBlank(c) || Self.isBreak(c) {
                advance(&cur)
            } else if c == "#" {
                while cur.index < endIndex, let d = at(cur.index), !Self.isBreak(d) { advance(&cur) }
            } else {
                break
            }
        }
    }

    /// The smallest q ≥ p such that v[p..<q] is whitespace and v[q...] starts with `text`.
    private func match(_ text: [Unicode.Scalar], in v: [Unicode.Scalar], from p: Int) -> Int? {
        var q = p
        while q <= v.count {
            if q + text.count <= v.count, v[q..<(q + text.count)].elementsEqual(text) { return q }
            guard q < v.count, v[q] == " " || v[q] == "\t" || v[q] == "\n" else { return nil }
            q += 1
        }
        return nil
    }

    /// The decoded text of one line's piece of a scalar.
    private func decode(_ begin: Int, _ end: Int, _ style: ScalarStyle) -> [Unicode.Scalar] {
        let raw = source[begin..<end]
        switch style {
        case .plain, .literal, .folded:
            return Array(raw)
        case .singleQuoted:
            var out: [Unicode.Scalar] = []
            var i = raw.startIndex
            while i < raw.endIndex {
                out.append(raw[i])
                if raw[i] == "'", i + 1 < raw.endIndex, raw[i + 1] == "'" { i += 2 } else { i += 1 }
            }
            return out
        case .doubleQuoted:
            var out: [Unicode.Scalar] = []
            var i = raw.startIndex
            while i < raw.endIndex {
                let c = raw[i]
                guard c == "\\" else { out.append(c); i += 1; continue }
                guard i + 1 < raw.endIndex else { break }   // an escaped line break: nothing
                let e = raw[i + 1]
                i += 2
                var hexDigits = 0
                switch e {
                case "0": out.append("\u{0}")
                case "a": out.append("\u{7}")
                case "b": out.append("\u{8}")
                case "t", "\t": out.append("\t")
                case "n": out.append("\n")
                case "v": out.append("\u{B}")
                case "f": out.append("\u{C}")
                case "r": out.append("\r")
                case "e": out.append("\u{1B}")
                case " ": out.append(" ")
                case "\"": out.append("\"")
                case "/": out.append("/")
                case "'": out.append("'")
                case "\\": out.append("\\")
                case "N": out.append("\u{85}")
                case "_": out.append("\u{A0}")
                case "L": out.append("\u{2028}")
                case "P": out.append("\u{2029}")
                case "x": hexDigits = 2
                case "u": hexDigits = 4
                case "U": hexDigits = 8
                default: out.append(e)
                }
                if hexDigits > 0 {
                    var code: UInt32 = 0
                    var n = 0
                    while n < hexDigits, i < raw.endIndex, let d = raw[i].hexValue {
                        code = code * 16 + d; n += 1; i += 1
                    }
                    if let s = Unicode.Scalar(code) { out.append(s) }
                }
            }
            return out
        }
    }
}

private extension Unicode.Scalar {
    var hexValue: UInt32? {
        switch value {
        case 0x30...0x39: return value - 0x30
        case 0x41...0x46: return value - 0x41 + 10
        case 0x61...0x66: return value - 0x61 + 10
        default: return nil
        }
    }
}
