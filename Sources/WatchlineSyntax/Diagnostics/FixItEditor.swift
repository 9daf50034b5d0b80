/// Applies fix-its to a file's text (`watchline check --fix`). The edits are made from the end
/// of the text backwards, so an edit never moves the ones before it. An edit is skipped when the
/// text at its span is no longer the text it replaces, when it overlaps one already made, or
/// when its span is not in the text.
public enum FixItEditor {
    package enum Skip: Sendable, Hashable { case textChanged(String), overlaps, outOfRange }

    package struct Result: Sendable {
        package var text: String
        /// The edits made, in the order they appear in the file.
        package var applied: [FixIt]
        package var skipped: [(fix: FixIt, why: Skip)]
    }

    /// How far (in scalars) from its span a fix-it's text is looked for on the same line.
    static let slack = 16

    package static func apply(_ fixes: [FixIt], to text: String) -> Result {
        // Offsets are worked out in the text as given; the edits go into a copy, from the end
        // backwards, so the part before each edit is the same in both.
        let scalars = Array(text.unicodeScalars)
        var out = scalars
        // Scalar offset at which each line starts, and where it ends (before "\n", "\r\n").
        var starts = [0]
        for (i, s) in scalars.enumerated() where s == "\n" { starts.append(i + 1) }
        func lineEnd(_ line: Int) -> Int {
            var end = line < starts.count ? starts[line] - 1 : scalars.count
            if end > starts[line - 1], end - 1 < scalars.count, end >= 1, scalars[end - 1] == "\r" { end -= 1 }
            return end
        }
        func offset(_ p: SourcePosition) -> Int? {
            guard p.line >= 1, p.line <= starts.count, p.column >= 1 else { return nil }
            let o = starts[p.line - 1] + p.column - 1
            return o <= lineEnd(p.line) ? o : nil
        }
        var seen = Set<FixIt>()
        let unique = fixes.filter { seen.insert($0).inserted }
        let ordered = unique.sorted { ($0.span.start, $0.span.end) > ($1.span.start, $1.span.end) }
        var applied: [FixIt] = [], skipped: [(fix: FixIt, why: Skip)] = []
        var floor = Int.max   // the start of the lowest edit made so far
        for var fix in ordered {
            guard var from = offset(fix.span.start), var to = offset(fix.span.end), from <= to else {
                skipped.append((fix, .outOfRange)); continue
            }
            let current = String(String.UnicodeScalarView(scalars[from..<to]))
            if let original = fix.original, current != original {
                // A quoted YAML key (the span covers the quotes), or an expression in a quoted
                // scalar whose escapes shift its columns: the text nearest the span on its line.
                let o = Array(original.unicodeScalars)
                let lineStart = starts[fix.span.start.line - 1], end = lineEnd(fix.span.start.line)
                var best: Int?
                if !o.isEmpty, end - lineStart >= o.count {
                    for i in lineStart...(end - o.count) where scalars[i..<(i + o.count)].elementsEqual(o)
                        && abs(i - from) <= Self.slack && (best == nil || abs(i - from) < abs(best! - from)) {
                        best = i
                    }
                }
                guard let at = best else { skipped.append((fix, .textChanged(original))); continue }
                from = at; to = at + o.count
                fix.span.start.column = at - lineStart + 1; fix.span.end = SourcePosition(line: fix.span.start.line, column: to - lineStart + 1)
            }
            guard to <= floor else { skipped.append((fix, .overlaps)); continue }
            out.replaceSubrange(from..<to, with: Array(fix.replacement.unicodeScalars))
            floor = from
            applied.append(fix)
        }
        return Result(text: String(String.UnicodeScalarView(out)), applied: applied.reversed(), skipped: skipped.reversed())
    }
}
