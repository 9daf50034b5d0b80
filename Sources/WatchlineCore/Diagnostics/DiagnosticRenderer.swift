/// Renders diagnostics the way compilers do:
///
///     Rules/x.yaml:12:9: error: unknown key 'wehn'; did you mean 'when'?
///        12 |     wehn: income.net_per_capita < 7000
///           |     ^~~~
public struct DiagnosticRenderer: Sendable {
    public var sources: SourceStore
    public init(sources: SourceStore) { self.sources = sources }

    public func render(_ d: Diagnostic) -> String {
        var out = header(d.span, d.severity.rawValue, d.message)
        out += "\n" + excerpt(d.span)
        for note in d.notes {
            out += header(note.span, "note", note.message) + "\n" + excerpt(note.span)
        }
        return out
    }

    public func render(_ ds: [Diagnostic]) -> String { ds.map(render).joined() }

    private func header(_ span: SourceSpan?, _ kind: String, _ message: String) -> String {
        (span.map { "\($0): " } ?? "") + "\(kind): \(message)"
    }

    private func excerpt(_ span: SourceSpan?) -> String {
        guard let span, let text = sources.line(span.start.line, of: span.path) else { return "" }
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        // Columns count scalars; the caret must be placed by display width (a CJK character is two cells).
        let scalars = Array(text.unicodeScalars)
        let startIndex = min(max(span.start.column - 1, 0), scalars.count)
        var pad = ""
        for s in scalars[0..<startIndex] { pad += s == "\t" ? "\t" : String(repeating: " ", count: displayWidth(s)) }
        var markWidth = 1
        if span.end.line == span.start.line, span.end.column > span.start.column + 1 {
            let endIndex = min(span.end.column - 1, scalars.count)
            if endIndex > startIndex { markWidth = scalars[startIndex..<endIndex].reduce(0) { $0 + displayWidth($1) } }
        }
        let marker = "^" + String(repeating: "~", count: max(markWidth - 1, 0))
        return " \(number) | \(text)\n \(gutter) | \(pad)\(marker)\n"
    }
}

/// Terminal cell width of one scalar: 2 for East Asian wide and fullwidth characters.
public func displayWidth(_ s: Unicode.Scalar) -> Int {
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
         0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
         0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
        return 2
    default:
        return 1
    }
}
