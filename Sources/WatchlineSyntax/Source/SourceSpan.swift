/// A position in a source file: 1-based line and column (columns count Unicode
/// scalars, as libyaml's marks do, not bytes).
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var line: Int
    package var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

/// A range of text in one file. Every rule, parameter, expression and diagnostic carries one,
/// so that `explain` and error messages can point at `path:line:col`.
package struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    package var path: String
    package var start: SourcePosition
    package var end: SourcePosition
    package init(path: String, start: SourcePosition, end: SourcePosition) {
        self.path = path; self.start = start; self.end = end
    }
    package init(path: String, line: Int, column: Int) {
        self.init(path: path, start: .init(line: line, column: column), end: .init(line: line, column: column + 1))
    }
    /// `path:line:col`
    package var description: String { "\(path):\(start.line):\(start.column)" }
    /// `file.yaml:line`, the short form used in explain text.
    package var shortDescription: String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return "\(name):\(start.line)"
    }
}

/// The text of the files a run has read, kept so diagnostics can quote the offending line.
///
/// It also keeps each file's bytes as first read, so a file is read from disk once however many
/// times it is loaded (`check` sniffs a file's kind, then loads it; `diff` may load one rule file
/// for both sides): a FIFO or `/dev/stdin` can be read only once.
public final class SourceStore: @unchecked Sendable {
    private var texts: [String: [Substring]] = [:]
    private var contents: [String: [UInt8]] = [:]
    private let lock = NSLockish()
    public init() {}

    /// Paths as the user gave them, with `a/../b` folded, so messages stay short and relative.
    package static func normalize(_ path: String) -> String {
        var parts: [String] = []
        for c in path.split(separator: "/", omittingEmptySubsequences: false) {
            if c == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast() }
            else if c != "." { parts.append(String(c)) }
        }
        let folded = parts.joined(separator: "/")
        return folded.isEmpty ? "." : folded
    }

    /// The bytes read earlier for `path` (as `normalize` folds it), if any.
    func bytes(of path: String) -> [UInt8]? { lock.withLock { contents[SourceStore.normalize(path)] } }
    /// Keeps the bytes read for `path`.
    func keep(_ bytes: [UInt8], of path: String) { lock.withLock { contents[SourceStore.normalize(path)] = bytes } }
    /// Forgets a file's text, so no diagnostic quotes it (a file that is not YAML).
    func forget(path: String) { lock.withLock { _ = texts.removeValue(forKey: path) } }
    package func add(path: String, text: String) {
        lock.withLock { texts[path] = text.split(separator: "\n", omittingEmptySubsequences: false) }
    }
    /// The text a span covers when it lies on one line (a fix-it's replaced text).
    package func text(of span: SourceSpan) -> String? {
        guard span.start.line == span.end.line, span.end.column > span.start.column,
              let line = line(span.start.line, of: span.path) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard span.start.column >= 1, span.end.column - 1 <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[(span.start.column - 1)..<(span.end.column - 1)]))
    }

    package func line(_ number: Int, of path: String) -> String? {
        lock.withLock {
            guard let lines = texts[path], number >= 1, number <= lines.count else { return nil }
            var l = lines[number - 1]
            if l.hasSuffix("\r") { l = l.dropLast() }
            return String(l)
        }
    }
}
