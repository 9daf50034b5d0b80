import WatchlineSyntax
/// What one rule file says by itself, before its `extends` chain is merged.
@dynamicMemberLookup
struct RuleLayer {
    var path: String
    var id: String = ""
    var title: String?
    var document: String?
    var extends: (path: String, span: SourceSpan)?
    var schema: (path: String, span: SourceSpan)?
    var calendar: (path: String, span: SourceSpan)?
    var parameters: [ParameterLayer] = []
    var elements = SectionElements()
    var citations: [Citation] = []
    var text: DocumentTextRef?
    var removals: [(section: RuleSection, id: String, span: SourceSpan)] = []

    subscript<T>(dynamicMember path: WritableKeyPath<SectionElements, T>) -> T {
        get { elements[keyPath: path] }
        set { elements[keyPath: path] = newValue }
    }
}

/// The elements of every `RuleSection` but `parameters` (an overriding file may give a
/// parameter only new dated values): what one layer says, and what the merged layers say.
struct SectionElements {
    var definitions: [Definition] = []
    var rules = RuleSection.Table<[Rule]> { _ in [] }
    var exclusions: [Exclusion] = []
    var measures: [Measure] = []
    var assistance: [AssistanceRow] = []
    var decisions: [DecisionRule] = []
    var population: [PopulationCheck] = []
    var timelines: [Timeline] = []
    var lists: [ListDecl] = []
    var readings: [Reading] = []
}

/// An element a section holds: found by id, overridden in place, noting what it overrides.
protocol SectionElement {
    var id: String { get }
    var provenance: Provenance { get set }
}
extension Definition: SectionElement {}
extension Rule: SectionElement {}
extension Exclusion: SectionElement {
    var provenance: Provenance { get { rule.provenance } set { rule.provenance = newValue } }
}
extension Measure: SectionElement {}
extension AssistanceRow: SectionElement {}
extension DecisionRule: SectionElement {}
extension PopulationCheck: SectionElement {}
extension Timeline: SectionElement {}
extension ListDecl: SectionElement {}
extension Reading: SectionElement {}

extension RuleSection {
    /// Where `SectionElements` keeps this section's elements, as the merger uses them; nil for `parameters`.
    var elements: SectionStore? {
        switch self {
        case .parameters: nil
        case .definitions: SectionStore(\.definitions)
        case .exclusions: SectionStore(\.exclusions)
        case .measures: SectionStore(\.measures)
        case .assistance: SectionStore(\.assistance)
        case .decisions: SectionStore(\.decisions)
        case .population: SectionStore(\.population)
        case .timelines: SectionStore(\.timelines)
        case .lists: SectionStore(\.lists)
        case .readings: SectionStore(\.readings)
        default: SectionStore(\.rules[self])   // every boolean-rule section
        }
    }
}

/// One section's elements, whatever their type: overlay a layer's on the merged ones, drop one by id.
struct SectionStore {
    let overlay: (inout SectionElements, SectionElements, inout LayerMerger) -> Void
    let drop: (inout SectionElements, String) -> Bool

    init<T: SectionElement>(_ path: WritableKeyPath<SectionElements, [T]>) {
        overlay = { merged, layer, merger in merger.overlay(&merged[keyPath: path], layer[keyPath: path]) }
        drop = { merged, id in
            guard let i = merged[keyPath: path].firstIndex(where: { $0.id == id }) else { return false }
            merged[keyPath: path].remove(at: i)
            return true
        }
    }
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
        r.diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindValue, []), node.kindArg]))
        return nil
    }
    if style != .plain { return .string(text) }
    if text == "true" || text == "false" { return .bool(text == "true") }
    switch Fixed.parse(text) {
    case .value(let v): return .number(v, isInt: !text.contains(".") && !text.lowercased().contains("e"))
    case .tooPrecise, .overflow:
        r.diagnostics.append(Diagnostic(.paramInexact, at: node.span, text))
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
    package static func parse(text: String) -> (ParamValue?, [Diagnostic]) {
        let (root, diags) = YAMLReader.parse(text, path: "<param>")
        guard let root, !diags.contains(where: \.isError) else { return (nil, diags) }
        var r = NodeReader()
        let v = parseParamValue(root, &r)
        return (v, r.diagnostics)
    }
}
