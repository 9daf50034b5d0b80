import WatchlineSyntax

/// A what-if parameter value as an officer types it — `--param NAME=VALUE`, the REPL's
/// `:param NAME = VALUE` — read against the rule file it is for (issue 19). NAME is the
/// parameter's id or its `label:`, either with a leading `params.`; for a number parameter the
/// value may be written as a clerk writes a number (`7,500`, `７５００`, `0.75万`): it is read as
/// the plain number, and a warning says what was read.
public struct ParamWhatIf: Sendable, Hashable {
    package var name: String
    package var value: String
    /// How it was given, as its messages start: `--param` or `:param`.
    package var origin: String

    package init(name: String, value: String, origin: String) {
        self.name = name; self.value = value; self.origin = origin
    }

    /// `NAME=VALUE`, split at the first `=`; nil without one.
    package init?(_ text: String, origin: String) {
        guard let eq = text.firstIndex(of: "=") else { return nil }
        self.init(name: String(text[..<eq]), value: String(text[text.index(after: eq)...]), origin: origin)
    }

    package struct Resolved: Sendable, Equatable {
        /// The parameter's id, which overrides are keyed by.
        package var id: String
        package var value: ParamValue
        /// The name as typed, without `params.` (the id or a label).
        package var written: String
        package var byLabel: Bool { written != id }
    }

    /// The parameter and value, or nil with the error; warnings (a clerk form read) either way.
    package func resolve(in ruleset: Ruleset) -> (Resolved?, [Diagnostic]) {
        var written = name.trimmingCharacters(in: .whitespaces)
        if written.hasPrefix("params.") { written.removeFirst("params.".count) }
        let typed = MessageArg.text(written)
        let head = MessageArg.text(origin)
        let parameter: Parameter
        switch Self.find(written, in: ruleset.parameters) {
        case .one(let p): parameter = p
        case .several(let ps):
            return (nil, [Diagnostic(.paramsAmbiguousLabel, at: nil, head, typed, .list(ps.map { .text($0.id) }))])
        case .none:
            let names = ruleset.parameters.map(\.id) + ruleset.parameters.compactMap(\.label)
            return (nil, [Diagnostic(.paramsUnknown, at: nil, head, typed, suggested(written, in: names))])
        }
        var diags: [Diagnostic] = []
        var text = value.trimmingCharacters(in: .whitespaces)
        // The kind the rule file gives the parameter (its latest value): a number's what-if is
        // read in a clerk's forms too.
        let fileValue = parameter.values.last?.value
        let isNumber = fileValue.map(Self.isNumber) ?? false
        if isNumber, let plain = ClerkForms.number(text)?.0 ?? tenThousands(text), plain != text {
            diags.append(Diagnostic(.paramsReadAs, .warning, at: nil, head, typed, .text(text), .text(plain)))
            text = plain
        }
        let (parsed, parseDiags) = ParamValue.parse(text: text)
        guard let parsed else {
            let why = parseDiags.first.map { MessageArg.message($0.id, $0.args) } ?? .text(text)
            return (nil, diags + [Diagnostic(.paramsBadValue, at: nil, head, typed, why)])
        }
        if isNumber, let example = fileValue, !Self.isNumber(parsed) {
            return (nil, diags + [Diagnostic(.paramsNotANumber, at: nil, head, typed, .text(text), .text(parameter.id), .text(example.description))])
        }
        return (Resolved(id: parameter.id, value: parsed, written: written), diags)
    }

    /// Every what-if resolved, keyed by parameter id; the diagnostics of all of them (a later
    /// value for the same parameter wins, as a later flag does).
    package static func resolve(_ whatIfs: [ParamWhatIf], in ruleset: Ruleset) -> ([String: ParamValue], [Diagnostic]) {
        var overrides: [String: ParamValue] = [:]
        var diags: [Diagnostic] = []
        for w in whatIfs {
            let (r, d) = w.resolve(in: ruleset)
            diags += d
            if let r { overrides[r.id] = r.value }
        }
        return (overrides, diags)
    }

    package enum Found { case one(Parameter), several([Parameter]), none }

    /// By id, then by label as written, then by label with full-width punctuation and spaces
    /// folded (a label typed with `(` for `（`).
    package static func find(_ name: String, in parameters: [Parameter]) -> Found {
        if let p = parameters.first(where: { $0.id == name }) { return .one(p) }
        for same in [{ (l: String) in l == name }, { folded($0) == folded(name) }] {
            let hits = parameters.filter { $0.label.map(same) ?? false }
            if hits.count == 1 { return .one(hits[0]) }
            if hits.count > 1 { return .several(hits) }
        }
        return .none
    }

    static func folded(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars where !u.properties.isWhitespace {
            out.append(u.value >= 0xFF01 && u.value <= 0xFF5E ? Unicode.Scalar(u.value - 0xFEE0)! : u)
        }
        return String(out)
    }

    static func isNumber(_ v: ParamValue) -> Bool {
        if case .number = v { return true }
        return false
    }
}
