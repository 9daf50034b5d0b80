package enum Severity: String, Sendable, Comparable {
    case error, warning, note
    private var rank: Int { self == .error ? 2 : self == .warning ? 1 : 0 }
    package static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// An edit that fixes a diagnostic (swift-syntax's `FixIt`): the text `span` covers becomes
/// `replacement`. `watchline check --fix` applies them; the renderer shows them.
public struct FixIt: Sendable, Hashable {
    /// The range replaced: from `start` up to (not including) `end`, in the file `path`.
    package var span: SourceSpan
    package var replacement: String
    /// The text the span held when the fix-it was made, when known: shown by the renderer, and
    /// checked by `--fix` before it edits (a file changed since is not edited blindly).
    package var original: String?
    package init(span: SourceSpan, replacement: String, original: String? = nil) {
        self.span = span; self.replacement = replacement; self.original = original
    }
}

/// A diagnostic is a value: an id from the message catalogue and its arguments, a severity,
/// where, notes and fix-its. Its text is rendered when it is read (`message`, in the language
/// chosen then) or printed (`DiagnosticRenderer`, in the language asked for), never when it is
/// made.
public struct Diagnostic: Sendable, Hashable, Error, CustomStringConvertible {
    package struct Note: Sendable, Hashable {
        package var span: SourceSpan?
        /// The catalogue message and its arguments; nil for a note of plain text (one that
        /// quotes a document).
        package var id: MessageID?
        package var args: [MessageArg]
        private var text: String
        package init(span: SourceSpan?, message: String) { self.span = span; self.id = nil; self.args = []; self.text = message }
        package init(span: SourceSpan?, _ id: MessageID, _ first: MessageArg, _ rest: MessageArg...) { self.init(span: span, id, args: [first] + rest) }
        package init(span: SourceSpan?, _ id: MessageID, _ args: String...) { self.init(span: span, id, args: args.map(MessageArg.text)) }
        package init(span: SourceSpan?, _ id: MessageID, args: [MessageArg]) { self.span = span; self.id = id; self.args = args; self.text = "" }
        /// The text in the current language (`MessageCatalogue.useChinese`); setting it makes the note plain text.
        package var message: String {
            get { message(chinese: MessageCatalogue.useChinese) }
            set { id = nil; args = []; text = newValue }
        }
        package func message(chinese: Bool) -> String {
            id.map { MessageCatalogue.format($0, args, chinese: chinese) } ?? text
        }
    }
    package var id: MessageID
    package var args: [MessageArg]
    package var severity: Severity
    package var span: SourceSpan?
    package var notes: [Note]
    /// An edit the user (or `check --fix`) can apply, e.g. the nearest known key for a misspelt one.
    package var fixIt: FixIt?
    /// Text given in place of the catalogue's rendering (worded elsewhere already); nil normally.
    private var literal: String?

    package init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, _ args: String...,
                notes: [Note] = [], fixIt: FixIt? = nil) {
        self.init(id, severity, at: span, args: args.map(MessageArg.text), notes: notes, fixIt: fixIt)
    }

    /// With arguments that are themselves catalogue messages (a type's name, "did you mean"),
    /// rendered in the same language as the diagnostic.
    package init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, _ first: MessageArg, _ rest: MessageArg...,
                notes: [Note] = [], fixIt: FixIt? = nil) {
        self.init(id, severity, at: span, args: [first] + rest, notes: notes, fixIt: fixIt)
    }

    package init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, args: [String], notes: [Note] = [], fixIt: FixIt? = nil) {
        self.init(id, severity, at: span, args: args.map(MessageArg.text), notes: notes, fixIt: fixIt)
    }

    @_disfavoredOverload
    package init(_ id: MessageID, _ severity: Severity = .error, at span: SourceSpan?, args: [MessageArg], notes: [Note] = [], fixIt: FixIt? = nil) {
        self.id = id
        self.severity = severity
        self.span = span
        self.args = args
        self.notes = notes
        self.fixIt = fixIt
    }

    /// The text in the current language (`MessageCatalogue.useChinese`). Setting it replaces the
    /// catalogue's wording with fixed text (kept for messages worded elsewhere).
    package var message: String {
        get { message(chinese: MessageCatalogue.useChinese) }
        set { literal = newValue }
    }

    /// The text in the language asked for.
    package func message(chinese: Bool) -> String {
        literal ?? MessageCatalogue.format(id, args, chinese: chinese)
    }

    package var isError: Bool { severity == .error }
    public var description: String {
        (span.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}
