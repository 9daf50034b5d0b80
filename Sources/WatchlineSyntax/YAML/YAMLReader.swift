#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one YAML document into `YAMLNode`s through libyaml's event parser.
///
/// No YAML 1.1 type guessing: a scalar is its text and style, and the schema's type converts it
/// later, so `no` stays "no" and `01234` keeps its zero.
package enum YAMLReader {
    package struct Limits: Sendable {
        /// Nodes that aliases may expand to, in all, before the file is refused.
        package var maxAliasExpansion = 100_000
        /// Collections nested inside one another.
        package var maxDepth = 200
        package var maxBytes = 16 << 20
        package init() {}
    }

    /// Parses one document. Returns the root (nil when there were errors that prevent a tree) and
    /// all diagnostics. An empty text, or one holding only comments, gives a `.null` root and no
    /// diagnostic.
    package static func parse(_ text: String, path: String, limits: Limits = .init()) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var text = text
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.utf8.count > limits.maxBytes {
            return (nil, [Diagnostic(.fileTooLarge, at: SourceSpan(path: path, line: 1, column: 1), String(limits.maxBytes))])
        }
        return parseChecked(text, path: path, limits: limits)
    }

    /// Reads the file, registers its text in `sources` (for caret rendering), then parses. Bytes
    /// that are not valid UTF-8 give `yamlInvalidUTF8` at the first bad byte's line and column.
    package static func parseFile(atPath path: String, sources: SourceStore, limits: Limits = .init()) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        var bytes: [UInt8]
        if let kept = sources.bytes(of: path) {
            bytes = kept   // read once: a FIFO or /dev/stdin has nothing left the second time
        } else {
            switch readFile(path, maxBytes: limits.maxBytes) {
            case .failure(.unreadable(let reason)):
                return (nil, [Diagnostic(.fileUnreadable, at: nil, path, reason)])
            case .failure(.folder):
                return (nil, [Diagnostic(.fileIsFolder, at: nil, path, MessageCatalogue.format(.aRuleFile, []))])
            case .failure(.tooLarge):
                return (nil, [Diagnostic(.fileTooLarge, at: SourceSpan(path: path, line: 1, column: 1), String(limits.maxBytes))])
            case .success(let b):
                bytes = b
                sources.keep(b, of: path)
            }
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        if let at = firstInvalidUTF8(bytes) {
            sources.add(path: path, text: text)   // with U+FFFD in place of the bad bytes
            return (nil, [Diagnostic(.yamlInvalidUTF8, at: SourceSpan(path: path, line: at.line, column: at.column))])
        }
        sources.add(path: path, text: text)
        return parseChecked(text, path: path, limits: limits)
    }

    /// Parses a file that must hold a YAML mapping of the kind `expecting` names, whose top-level
    /// keys include at least one of `keys`; `via` is where another file names it. A file that is
    /// not YAML — control characters, not valid UTF-8, not a mapping, or a mapping with none of
    /// the keys (`/etc/passwd`, `/proc/self/environ`) — gives one diagnostic naming the file, and
    /// its content is never echoed (no source line under the message, no key listed).
    package static func parseMapping(atPath path: String, sources: SourceStore, expecting: MessageID, keys: [String],
                             via: SourceSpan?, _ diagnostics: inout [Diagnostic]) -> YAMLNode? {
        let (root, yamlDiags) = parseFile(atPath: path, sources: sources)
        let what = MessageCatalogue.format(expecting, [])
        func refuse(_ id: MessageID, _ args: [String]) -> YAMLNode? {
            sources.forget(path: path)
            diagnostics.append(Diagnostic(id, at: via, args: args))
            return nil
        }
        if let bytes = sources.bytes(of: path),
           bytes.contains(where: { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }) {
            return refuse(.fileNotYAMLMapping, [path, what])
        }
        if yamlDiags.contains(where: { $0.id == .yamlInvalidUTF8 }) { sources.forget(path: path) }
        // A file that does not parse is shown (its line, a caret) only if it looks like the kind
        // of file expected: one of its lines starts with one of the keys.
        if yamlDiags.contains(where: \.isError), yamlDiags.contains(where: { $0.id != .yamlInvalidUTF8 }),
           let bytes = sources.bytes(of: path), !startsALine(bytes, withOneOf: keys) {
            return refuse(.fileNotYAMLMapping, [path, what])
        }
        diagnostics += yamlDiags
        guard let root, !yamlDiags.contains(where: \.isError) else { return nil }
        if root.isNull {
            diagnostics.append(Diagnostic(.fileEmpty, at: SourceSpan(path: path, line: 1, column: 1)))
            return nil
        }
        guard let pairs = root.pairs else { return refuse(.fileNotYAMLMapping, [path, what]) }
        if !pairs.contains(where: { keys.contains($0.keyText) }) {
            return refuse(.fileNotOfKind, [path, what, keys.map { $0 + ":" }.joined(separator: ", ")])
        }
        return root
    }

    /// Whether a line of `bytes` starts with `KEY:` for one of `keys`.
    static func startsALine(_ bytes: [UInt8], withOneOf keys: [String]) -> Bool {
        let wanted = keys.map { Array(($0 + ":").utf8) }
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                let line = bytes[lineStart..<i]
                if wanted.contains(where: { line.starts(with: $0) }) { return true }
                lineStart = i + 1
            }
            i += 1
        }
        return false
    }

    // MARK: -

    private static func parseChecked(_ text: String, path: String, limits: Limits) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
        if text.isEmpty {
            return (YAMLNode(.null, span: SourceSpan(path: path, line: 1, column: 1)), [])
        }
        var composer = YAMLComposer(path: path, limits: limits, source: Array(text.unicodeScalars))
        let bytes = Array(text.utf8)
        let root = bytes.withUnsafeBufferPointer { composer.compose($0) }
        return (root, composer.diagnostics)
    }

    /// Counts lines and columns the way libyaml does: CR, LF, CR LF, NEL, LS and PS each end a
    /// line; columns count Unicode scalars.
    struct PositionCounter {
        var line = 0
        var column = 0
        private var afterCR = false
        mutating func feed(_ c: Unicode.Scalar) {
            if c == "\n" && afterCR {
                afterCR = false
            } else if ScalarLocator.isBreak(c) {
                line += 1; column = 0; afterCR = c == "\r"
            } else {
                column += 1; afterCR = false
            }
        }
        var position: SourcePosition { SourcePosition(line: line + 1, column: column + 1) }
    }

    /// The position just after `scalars`.
    static func endPosition<S: Sequence>(of scalars: S) -> SourcePosition where S.Element == Unicode.Scalar {
        var counter = PositionCounter()
        for c in scalars { counter.feed(c) }
        return counter.position
    }

    /// Line and column of the first byte that does not belong to valid UTF-8; nil when all are valid.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> SourcePosition? {
        var counter = PositionCounter()
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let c): counter.feed(c)
            case .emptyInput: return nil
            case .error: return counter.position
            }
        }
    }

    enum ReadError: Error { case unreadable(String), folder, tooLarge }

    /// The file's bytes, read no further than one byte past `maxBytes`.
    static func readFile(_ path: String, maxBytes: Int) -> Result<[UInt8], ReadError> {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .failure(.unreadable(errorText(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return .failure(.folder) }
            if (info.st_mode & S_IFMT) == S_IFREG && Int(info.st_size) > maxBytes { return .failure(.tooLarge) }
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(.unreadable(errorText(errno)))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
            if bytes.count > maxBytes { return .failure(.tooLarge) }
        }
        return .success(bytes)
    }

    private static func errorText(_ code: Int32) -> String { systemErrorText(code) }
}
