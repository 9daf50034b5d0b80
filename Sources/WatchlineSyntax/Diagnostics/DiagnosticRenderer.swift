/// Renders diagnostics the way compilers do:
///
///     Rules/x.yaml:12:9: error: unknown key 'wehn'; did you mean 'when'?
///        12 |     wehn: income.net_per_capita < 7000
///           |     ^~~~
public struct DiagnosticRenderer: Sendable {
    package var sources: SourceStore
    package init(sources: SourceStore) { self.sources = sources }

    /// In the current language (`MessageCatalogue.useChinese`).
    package func render(_ d: Diagnostic) -> String { render(d, chinese: MessageCatalogue.useChinese) }

    /// In the language asked for: the message, its notes and its fix-it are worded when printed.
    package func render(_ d: Diagnostic, chinese: Bool) -> String {
        var out = header(d.span, d.severity.rawValue, d.message(chinese: chinese))
        out += "\n" + excerpt(d.span)
        if let fix = d.fixIt { out += header(fix.span, nil, fixItText(fix, chinese: chinese)) + "\n" }
        for note in d.notes {
            out += header(note.span, "note", note.message(chinese: chinese)) + "\n" + excerpt(note.span)
        }
        return out
    }

    package func render(_ ds: [Diagnostic]) -> String { render(ds, chinese: MessageCatalogue.useChinese) }
    package func render(_ ds: [Diagnostic], chinese: Bool) -> String { ds.map { render($0, chinese: chinese) }.joined() }

    /// "fix-it: replace 'wehn' with 'when'": the replaced text as the fix-it recorded it, or as the
    /// source holds it.
    package func fixItText(_ fix: FixIt, chinese: Bool) -> String {
        if let old = fix.original ?? sources.text(of: fix.span), !old.isEmpty {
            return MessageCatalogue.format(.fixItReplace, [old, fix.replacement], chinese: chinese)
        }
        return MessageCatalogue.format(.fixItWrite, [fix.replacement], chinese: chinese)
    }

    /// A quoted source line longer than this (in scalars) is cut to a window around the caret.
    package static let maxExcerpt = 160
    /// Context kept on each side of the marked text when a line is cut.
    static let context = 60
    /// A message longer than this (it may quote a huge name) is cut.
    package static let maxMessage = 500

    private func header(_ span: SourceSpan?, _ kind: String?, _ message: String) -> String {
        var text = message
        if message.unicodeScalars.count > Self.maxMessage {
            text = String(String.UnicodeScalarView(message.unicodeScalars.prefix(Self.maxMessage))) + "…"
        }
        return (span.map { "\($0): " } ?? "") + (kind.map { "\($0): " } ?? "") + text
    }

    private func excerpt(_ span: SourceSpan?) -> String {
        guard let span, let text = sources.line(span.start.line, of: span.path) else { return "" }
        let number = String(span.start.line)
        let gutter = String(repeating: " ", count: number.count)
        // Columns count scalars; the caret must be placed by display width (a CJK character is two cells).
        let scalars = Array(text.unicodeScalars)
        let startIndex = min(max(span.start.column - 1, 0), scalars.count)
        let multi = span.end.line == span.start.line && span.end.column > span.start.column + 1
        var endIndex = multi ? min(span.end.column - 1, scalars.count) : startIndex
        // A very long line (a rule file of one several-megabyte line) is shown around the caret.
        var from = 0, to = scalars.count
        if scalars.count > Self.maxExcerpt {
            endIndex = min(endIndex, startIndex + Self.maxExcerpt - 2 * Self.context)
            from = max(0, startIndex - Self.context)
            to = min(scalars.count, max(endIndex, startIndex + 1) + Self.context)
        }
        let lead = from > 0 ? "…" : "", tail = to < scalars.count ? "…" : ""
        var pad = lead.isEmpty ? "" : " "
        for s in scalars[from..<startIndex] { pad += s == "\t" ? "\t" : String(repeating: " ", count: displayWidth(s)) }
        var markWidth = 1
        if multi, endIndex > startIndex { markWidth = scalars[startIndex..<endIndex].reduce(0) { $0 + displayWidth($1) } }
        let marker = "^" + String(repeating: "~", count: max(markWidth - 1, 0))
        let shown = lead + String(String.UnicodeScalarView(scalars[from..<to])) + tail
        return " \(number) | \(shown)\n \(gutter) | \(pad)\(marker)\n"
    }
}

/// Terminal cell width of one scalar: 2 for East Asian wide and fullwidth characters.
package func displayWidth(_ s: Unicode.Scalar) -> Int {
    switch s.value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
         0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
         0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
        return 2
    default:
        return 1
    }
}

/// Pads to a terminal width, counting CJK characters as two cells.
package func pad(_ s: String, _ width: Int) -> String {
    let w = s.unicodeScalars.reduce(0) { $0 + displayWidth($1) }
    return s + String(repeating: " ", count: max(0, width - w))
}

package func leftPad(_ s: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - s.count)) + s
}
