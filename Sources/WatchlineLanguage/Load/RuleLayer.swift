import WatchlineSyntax
/// What one rule file says by itself, before its `extends` chain is merged.
struct RuleLayer {
    var path: String
    var id: String = ""
    var title: String?
    var document: String?
    var extends: (path: String, span: SourceSpan)?
    var schema: (path: String, span: SourceSpan)?
    var calendar: (path: String, span: SourceSpan)?
    var parameters: [ParameterLayer] = []
    var definitions: [Definition] = []
    var risks: [Rule] = []
    var exclusions: [Exclusion] = []
    var categories: [Rule] = []
    var measures: [Measure] = []
    var assistance: [AssistanceRow] = []
    var decisions: [DecisionRule] = []
    var population: [PopulationCheck] = []
    var timelines: [Timeline] = []
    var lists: [ListDecl] = []
    var alerts: [Rule] = []
    var watch: [Rule] = []
    var readings: [Reading] = []
    var citations: [Citation] = []
    var text: DocumentTextRef?
    var removals: [(section: String, id: String, span: SourceSpan)] = []
}

/// A parameter as one file gives it: an overriding file may give only new dated values.
struct ParameterLayer {
    var id: String
    var label: String?
    var unit: String?
    var source: String?
    var note: String?
    var values: [Parameter.Dated] = []
    var isDated = false
    var min: ParamValue?
    var max: ParamValue?
    var boundsSpan: SourceSpan?
    var span: SourceSpan
    /// `replace: true` drops the values inherited from the files above.
    var replacesValues = false
}

/// Reads parameter values as written: numbers stay exact, `true`/`false` are booleans, ISO text
/// is a date, `5 workdays` a duration; anything quoted is text.
package func parseParamValue(_ node: YAMLNode, _ r: inout NodeReader) -> ParamValue? {
    if let items = node.items {
        return .list(items.compactMap { parseParamValue($0, &r) })
    }
    guard case .scalar(let text, let style) = node.kind else {
        r.diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: ["a value", node.kindName]))
        return nil
    }
    if style != .plain { return .string(text) }
    if text == "true" || text == "false" { return .bool(text == "true") }
    switch Fixed.parse(text) {
    case .value(let v): return .number(v, isInt: !text.contains(".") && !text.lowercased().contains("e"))
    case .tooPrecise, .overflow:
        r.diagnostics.append(Diagnostic(.badValue, at: node.span, args: ["'\(text)' cannot be held exactly (at most 6 decimal places, below 9 223 372 036 854)"]))
        return nil
    case .invalid: break
    }
    if let d = CivilDate(iso: text) { return .date(d) }
    // A number as a clerk types it (15,000, １５０００, 1.5万) would become text and fail only where
    // it is used: say so at the value, with the plain spelling.
    if let plain = ClerkForms.number(text)?.0 ?? tenThousands(text) {
        r.diagnostics.append(Diagnostic(.paramNotANumber, at: node.span, args: [text, plain]))
        return nil
    }
    if let s = parseSpan(text), !s.months { return .duration(Int32(s.count), workdays: s.workdays) }
    return .string(text)
}

/// `1.5万` → `15000`.
func tenThousands(_ text: String) -> String? {
    guard text.hasSuffix("万") else { return nil }
    let n = ClerkForms.number(String(text.dropLast()))?.0 ?? String(text.dropLast())
    guard case .value(let v) = Fixed.parse(n), let x = Fixed.mul(v, 10_000 * Fixed.one) else { return nil }
    return Fixed.format(x)
}

extension ParamValue {
    /// A what-if value typed by an officer (`diff --param 监测范围=7500`, the REPL's `:param`):
    /// read as a YAML value, with the same rules as a value in a rule file.
    public static func parse(text: String) -> (ParamValue?, [Diagnostic]) {
        let (root, diags) = YAMLReader.parse(text, path: "<param>")
        guard let root, !diags.contains(where: \.isError) else { return (nil, diags) }
        var r = NodeReader()
        let v = parseParamValue(root, &r)
        return (v, r.diagnostics)
    }
}
