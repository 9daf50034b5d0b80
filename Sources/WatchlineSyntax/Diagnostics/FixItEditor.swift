/// Applies fix-its to a file's text (`watchline check --fix`). The edits are made from the end
/// of the text backwards, so an edit never moves the ones before it. An edit is skipped when the
/// text at its span is no longer the text it replaces, when it overlaps one already made, or
/// when its span is not in the text.
package enum FixItEditor {
    package enum Skip: Sendable, Hashable { case textChanged(String), overlaps, outOfRange }

    package struct Result: Sendable {
        package var text: String
        /// The edits made, in the order they appear in the file.
        package var applied: [FixIt]
        package var skipped: [(fix: FixIt, why: Skip)]
    }

    package static func apply(_ fixes: [FixIt], to text: String) -> Result {
        var scalars = Array(text.unicodeScalars)
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
        for fix in ordered {
            guard var from = offset(fix.span.start), var to = offset(fix.span.end), from <= to else {
                skipped.append((fix, .outOfRange)); continue
            }
            let current = String(String.UnicodeScalarView(scalars[from..<to]))
            if let original = fix.original, current != original {
                // A YAML key or a text written in quotes: the span covers the quotes too.
                if current.count == original.count + 2, let q = current.first, q == current.last, q == "\"" || q == "'",
                   String(current.dropFirst().dropLast()) == original {
                    from += 1; to -= 1
                } else {
                    skipped.append((fix, .textChanged(original))); continue
                }
            }
            guard to <= floor else { skipped.append((fix, .overlaps)); continue }
            scalars.replaceSubrange(from..<to, with: Array(fix.replacement.unicodeScalars))
            floor = from
            applied.append(fix)
        }
        return Result(text: String(String.UnicodeScalarView(scalars)), applied: applied.reversed(), skipped: skipped.reversed())
    }
}
