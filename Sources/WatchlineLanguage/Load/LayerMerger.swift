import WatchlineSyntax
/// Merges rule layers, base first. An element with an id already present replaces it in place
/// (its provenance notes what it overrides); a new id is appended; `remove:` drops one.
struct LayerMerger {
    var diagnostics: [Diagnostic] = []

    @dynamicMemberLookup
    struct Merged {
        var parameters: [Parameter] = []
        var elements = SectionElements()
        subscript<T>(dynamicMember path: KeyPath<SectionElements, T>) -> T { elements[keyPath: path] }
    }

    mutating func merge(_ layers: [RuleLayer]) -> Merged {
        var m = Merged()
        for (depth, layer) in layers.enumerated() {
            var paramIndex = Dictionary(m.parameters.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for p in layer.parameters { mergeParameter(&m.parameters, p, &paramIndex) }
            for section in RuleSection.allCases { section.elements?.overlay(&m.elements, layer.elements, &self) }
            for removal in layer.removals {
                let removed = removal.section.elements.map { $0.drop(&m.elements, removal.id) } ?? drop(&m.parameters, removal.id, \.id)
                if !removed || depth == 0 {
                    diagnostics.append(Diagnostic(.removeUnknown, at: removal.span, args: ["\(removal.section.key).\(removal.id)"]))
                }
            }
        }
        return m
    }

    /// Id lookups made while overlaying (one per added element: the merge is linear in the
    /// number of elements, not quadratic; a test counts them).
    private(set) var lookups = 0

    mutating func overlay<T: SectionElement>(_ base: inout [T], _ additions: [T]) {
        guard !additions.isEmpty else { return }
        var index: [String: Int] = [:]
        index.reserveCapacity(base.count + additions.count)
        for (i, b) in base.enumerated() where index[b.id] == nil { index[b.id] = i }
        for var item in additions {
            lookups += 1
            let key = item.id
            if let i = index[key] {
                item.provenance.overrides = base[i].provenance.overrides + [base[i].provenance.span]
                base[i] = item
            } else {
                index[key] = base.count
                base.append(item)
            }
        }
    }

    func drop<T>(_ base: inout [T], _ id: String, _ key: KeyPath<T, String>) -> Bool {
        guard let i = base.firstIndex(where: { $0[keyPath: key] == id }) else { return false }
        base.remove(at: i)
        return true
    }

    /// A file that extends another may give new dated values (merged by date), new text, or new
    /// bounds; the bounds of the files above stay in force and are checked at each new value.
    mutating func mergeParameter(_ params: inout [Parameter], _ p: ParameterLayer, _ index: inout [String: Int]) {
        lookups += 1
        guard let i = index[p.id] else {
            index[p.id] = params.count
            params.append(Parameter(id: p.id, label: p.label, unit: p.unit, source: p.source, note: p.note,
                                    values: p.values, min: p.min, max: p.max, boundsSpan: p.boundsSpan,
                                    isDated: p.isDated, provenance: Provenance(span: p.span)))
            checkBounds(params[params.count - 1], p.values)
            return
        }
        var q = params[i]
        checkBounds(q, p.values)
        q.provenance = Provenance(span: p.span, overrides: q.provenance.overrides + [q.provenance.span])
        if p.replacesValues || !p.isDated && !p.values.isEmpty { q.values = [] }
        for v in p.values {
            q.values.removeAll { $0.from == v.from }
            q.values.append(v)
        }
        q.values.sort { $0.from < $1.from }
        q.isDated = q.isDated || p.isDated
        if let l = p.label { q.label = l }
        if let u = p.unit { q.unit = u }
        if let s = p.source { q.source = s }
        if let n = p.note { q.note = n }
        // Bounds only tighten: a county cannot loosen the province's floor.
        if p.min != nil { q.min = p.min; q.boundsSpan = p.boundsSpan }
        if p.max != nil { q.max = p.max; q.boundsSpan = p.boundsSpan }
        params[i] = q
    }

    mutating func checkBounds(_ p: Parameter, _ values: [Parameter.Dated]) {
        for v in values {
            guard case .number(let x, _) = v.value else { continue }
            if case .number(let lo, _)? = p.min, x < lo {
                diagnostics.append(Diagnostic(.paramBound, at: v.span, args: [p.id, Fixed.format(x), "below", Fixed.format(lo), p.boundsSpan?.description ?? p.provenance.span.description]))
            }
            if case .number(let hi, _)? = p.max, x > hi {
                diagnostics.append(Diagnostic(.paramBound, at: v.span, args: [p.id, Fixed.format(x), "above", Fixed.format(hi), p.boundsSpan?.description ?? p.provenance.span.description]))
            }
        }
    }
}
