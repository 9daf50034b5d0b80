public enum Severity: String, Sendable, Comparable {
    case error, warning, note
    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// A diagnostic is a value: an id from the message catalogue, a severity, where, and what.
/// Rendering (`path:line:col: error: …` + source line + caret) is `DiagnosticRenderer`'s job.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    public struct Note: Sendable, Hashable {
        public var span: SourceSpan?
        public var message: String
        public init(span: SourceSpan?, message: String) { self.span = span; self.message = message }
    }
    public var id: MessageID
    public var severity: Severity
    public var span: SourceSpan?
    public var message: String
    public var notes: [Note]
    /// A replacement the user can apply, e.g. the nearest known key.
    public var fixIt: String?

    public init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, _ args: String...,
                notes: [Note] = [], fixIt: String? = nil) {
        self.id = id
        self.severity = severity
        self.span = span
        self.message = MessageCatalogue.format(id, args)
        self.notes = notes
        self.fixIt = fixIt
    }

    package init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, args: [String], notes: [Note] = [], fixIt: String? = nil) {
        self.init(id, severity, at: span, notes: notes, fixIt: fixIt)
        self.message = MessageCatalogue.format(id, args)
    }

    public var isError: Bool { severity == .error }
    public var description: String {
        (span.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}
