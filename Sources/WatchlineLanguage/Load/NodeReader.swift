import WatchlineSyntax
/// Strict reading of YAML nodes into the rule model: every mapping declares its keys, an unknown
/// key is an error suggesting the nearest known one, and every value's kind is checked.
package struct NodeReader {
    package var diagnostics: [Diagnostic] = []

    mutating func error(_ node: YAMLNode, _ id: MessageID, _ args: MessageArg...) {
        diagnostics.append(Diagnostic(id, at: node.span, args: args))
    }

    /// The pairs of a mapping whose keys are all in `allowed`; reports the others. `what` names
    /// what the mapping is, for messages: a key as written (`"label"`), or a catalogue word with
    /// the element's name (`.message(.whatRisk, [.text(id)])`), worded when printed.
    package mutating func mapping(_ node: YAMLNode, _ what: MessageArg, allowed: [String]? = nil, required: [String] = []) -> [YAMLPair]? {
        guard let pairs = node.pairs else {
            if node.isNull { return [] }
            diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindMappingFor, [what]), node.kindArg]))
            return nil
        }
        var suggested = Set<String>()
        if let allowed {
            for p in pairs where !allowed.contains(p.keyText) {
                let near = nearest(p.keyText, in: allowed)
                diagnostics.append(Diagnostic(.unknownKey, at: p.key.span,
                    args: [.text(p.keyText), what, near.map { .message(.didYouMean, [.text($0)]) } ?? .message(.knownKeys, [.text(allowed.joined(separator: ", "))])],
                    fixIt: near.map { FixIt(span: p.key.span, replacement: $0, original: p.keyText) }))
                if let near { suggested.insert(near) }
            }
        }
        // A missing key already suggested for a misspelt one is not reported twice.
        for key in required where !pairs.contains(where: { $0.keyText == key }) && !suggested.contains(key) {
            diagnostics.append(Diagnostic(.missingKey, at: node.span, args: [.text(key), what]))
        }
        return pairs
    }

    package mutating func string(_ node: YAMLNode, _ what: MessageArg) -> String? {
        guard let s = node.scalar else {
            diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindTextFor, [what]), node.kindArg]))
            return nil
        }
        return s
    }

    package mutating func stringList(_ node: YAMLNode, _ what: MessageArg) -> [(String, SourceSpan)] {
        if let s = node.scalar { return [(s, node.span)] }
        guard let items = node.items else {
            diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindListFor, [what]), node.kindArg]))
            return []
        }
        return items.compactMap { item in string(item, what).map { ($0, item.span) } }
    }

    package mutating func bool(_ node: YAMLNode, _ what: MessageArg) -> Bool? {
        switch node.scalar {
        case "true": return true
        case "false": return false
        default:
            diagnostics.append(Diagnostic(.mustBeBool, at: node.span, what))
            return nil
        }
    }

    mutating func int(_ node: YAMLNode, _ what: MessageArg) -> Int? {
        guard let s = node.scalar, let v = Int(s) else {
            diagnostics.append(Diagnostic(.mustBeWholeNumber, at: node.span, what))
            return nil
        }
        return v
    }

    /// An exact decimal (scaled by 10⁶).
    package mutating func decimal(_ node: YAMLNode, _ what: MessageArg) -> Int64? {
        guard let s = node.scalar, case .value(let v) = Fixed.parse(s) else {
            diagnostics.append(Diagnostic(.mustBeNumber, at: node.span, what))
            return nil
        }
        return v
    }

    package mutating func date(_ node: YAMLNode, _ what: MessageArg) -> CivilDate? {
        guard let s = node.scalar, let d = CivilDate(iso: s) else {
            diagnostics.append(Diagnostic(.mustBeDate, at: node.span, what))
            return nil
        }
        return d
    }

    /// `5 days`, `3 workdays`, `5 working days`, `1 month`, `1 quarter`, `5个工作日`, `15天`.
    mutating func span(_ node: YAMLNode, _ what: MessageArg) -> Timeline.Span? {
        guard let s = node.scalar, let v = parseSpan(s) else {
            diagnostics.append(Diagnostic(.mustBeDuration, at: node.span, what))
            return nil
        }
        return v
    }

    /// An expression: its text and where each character stands in the file.
    mutating func expr(_ node: YAMLNode, _ what: MessageArg) -> ExprText? {
        guard let s = node.scalar else {
            diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindExpressionFor, [what]), node.kindArg]))
            return nil
        }
        return ExprText(s, origin: ExprOrigin(path: node.span.path, start: node.contentStart, lineStarts: node.contentLineStarts))
    }
    package init(diagnostics: [Diagnostic] = []) {
        self.diagnostics = diagnostics
    }
}

func parseSpan(_ text: String) -> Timeline.Span? {
    let t = text.trimmingSpaces
    var digits = ""
    var rest = Substring(t)
    while let c = rest.first, c.isASCII, c.isNumber { digits.append(c); rest = rest.dropFirst() }
    // Bounded so `12 * n` and a duration's 32 bits cannot overflow (a million years is plenty).
    guard let n = Int(digits), n <= 1_000_000 else { return nil }
    let unit = rest.trimmingSpaces.lowercased()
    switch unit {
    case "day", "days", "天", "日", "个自然日", "自然日": return .init(count: n, workdays: false)
    case "workday", "workdays", "working day", "working days", "工作日", "个工作日": return .init(count: n, workdays: true)
    case "month", "months", "个月", "月": return .init(count: n, workdays: false, months: true)
    case "quarter", "quarters", "季度", "个季度": return .init(count: 3 * n, workdays: false, months: true)
    case "year", "years", "年": return .init(count: 12 * n, workdays: false, months: true)
    default: return nil
    }
}

extension StringProtocol {
    package var trimmingSpaces: String {
        String(self.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
