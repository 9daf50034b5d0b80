import WatchlineSyntax
/// Reads one rule file's YAML tree into a `RuleLayer`, strictly.
struct LayerReader {
    static let topKeys = RuleFileKeys.top
    var r = NodeReader()
    var layer: RuleLayer
    /// Where the paths this file names may lead (`RulesRoot`).
    let root: RulesRoot

    init(path: String, root: RulesRoot) { layer = RuleLayer(path: path); self.root = root }

    mutating func read(_ root: YAMLNode) {
        guard let top = r.mapping(root, .message(.whatRuleFile, []), allowed: Self.topKeys, required: ["ruleset"]) else { return }
        for p in top {
            let v = p.value
            if let section = RuleSection(rawValue: p.keyText) { read(section, v); continue }
            switch p.keyText {
            case "watchline":
                if v.scalar != "1" { r.diagnostics.append(Diagnostic(.watchlineVersion, at: v.span, args: [v.scalar.map(MessageArg.text) ?? v.kindArg])) }
            case "ruleset": readHeader(v)
            case "calendar": layer.calendar = reference(v, "calendar", expecting: .aCalendarFile)
            case "schema": layer.schema = reference(v, "schema", expecting: .aSchemaFile)
            case "narrative": readEach(v, "narrative") { me, id, node in me.readNarrative(id, node) }
            case "remove":
                for (text, span) in r.stringList(v, "remove") {
                    let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
                    if parts.count == 2, let section = RuleSection(rawValue: parts[0]) {
                        layer.removals.append((section, parts[1], span))
                    } else {
                        r.diagnostics.append(Diagnostic(.removeFormat, at: span, .list(RuleFileKeys.removable.map(MessageArg.text))))
                    }
                }
            default: break
            }
        }
    }

    /// One section's elements; the elements of a boolean-rule section are each a `Rule`.
    mutating func read(_ section: RuleSection, _ v: YAMLNode) {
        let key = MessageArg.text(section.key)
        switch section {
        case .parameters: readEach(v, key) { me, id, node in me.readParameter(id, node) }
        case .definitions: readEach(v, key) { me, id, node in me.readDefinition(id, node) }
        case .exclusions: readEach(v, key) { me, id, node in me.readExclusion(id, node) }
        case .measures: readEach(v, key) { me, id, node in me.readMeasure(id, node) }
        case .assistance: readAssistance(v)
        case .decisions: readEach(v, key) { me, id, node in me.readDecision(id, node) }
        case .population: readEach(v, key) { me, id, node in me.readPopulation(id, node) }
        case .timelines: readEach(v, key) { me, id, node in me.readTimeline(id, node) }
        case .lists: readEach(v, key) { me, id, node in me.readList(id, node) }
        case .readings: readEach(v, key) { me, id, node in me.readReading(id, node) }
        default: readEach(v, key) { me, id, node in if let x = me.readRule(id, node, section) { me.layer.rules[section].append(x) } }
        }
    }

    /// A path this file names (`extends:`, `schema:`, `calendar:`, the document text), resolved by
    /// the one path rule (`RulesRoot.resolve`); nil, with the refusal reported, when it may not be read.
    mutating func reference(_ node: YAMLNode, _ what: MessageArg, expecting: MessageID) -> (path: String, span: SourceSpan)? {
        guard let s = r.string(node, what) else { return nil }
        let (path, refusal) = root.resolve(s, from: layer.path, at: node.span, expecting: expecting)
        if let refusal { r.diagnostics.append(refusal) }
        return path.map { ($0, node.span) }
    }

    mutating func readHeader(_ node: YAMLNode) {
        guard let pairs = r.mapping(node, "ruleset", allowed: RuleFileKeys.header, required: ["id"]) else { return }
        for p in pairs {
            switch p.keyText {
            case "id": layer.id = r.string(p.value, "id") ?? ""
            case "title": layer.title = r.string(p.value, "title")
            case "document": layer.document = r.string(p.value, "document")
            case "extends": layer.extends = reference(p.value, "extends", expecting: .aRuleFile)
            case "text": readText(p.value)
            default: _ = r.string(p.value, .text(p.keyText))
            }
        }
    }

    mutating func readEach(_ node: YAMLNode, _ what: MessageArg, _ body: (inout LayerReader, String, YAMLNode) -> Void) {
        guard let pairs = r.mapping(node, what) else { return }
        for p in pairs { body(&self, p.keyText, p.value) }
    }

    func provenance(_ node: YAMLNode) -> Provenance { Provenance(span: node.span) }

    mutating func readParameter(_ id: String, _ node: YAMLNode) {
        var p = ParameterLayer(id: id, span: node.span)
        if node.scalar != nil || node.items != nil {
            if let v = parseParamValue(node, &r) { p.values = [.init(from: CivilDate(days: Int32.min / 2), value: v, span: node.span)] }
            layer.parameters.append(p)
            return
        }
        guard let pairs = cited("parameters", id, node, RuleSection.parameters.what(id), allowed: RuleFileKeys.parameter) else { return }
        for q in pairs {
            switch q.keyText {
            case "label": p.label = r.string(q.value, "label")
            case "unit": p.unit = r.string(q.value, "unit")
            case "source": p.source = r.string(q.value, "source")
            case "note": p.note = r.string(q.value, "note")
            case "replace": p.replacesValues = r.bool(q.value, "replace") ?? false
            case "min": p.min = parseParamValue(q.value, &r); p.boundsSpan = q.value.span
            case "max": p.max = parseParamValue(q.value, &r); p.boundsSpan = q.value.span
            case "value":
                if let v = parseParamValue(q.value, &r) { p.values = [.init(from: CivilDate(days: Int32.min / 2), value: v, span: q.value.span)] }
            default:
                guard let dated = r.mapping(q.value, .message(.whatParamValues, [.text(id)])) else { continue }
                p.isDated = true
                for d in dated {
                    guard let from = r.date(d.key, .message(.whatValueDate, [])) else { continue }
                    if let v = parseParamValue(d.value, &r) { p.values.append(.init(from: from, value: v, span: d.value.span)) }
                }
                p.values.sort { $0.from < $1.from }
            }
        }
        if p.values.isEmpty && p.min == nil && p.max == nil {
            r.diagnostics.append(Diagnostic(.missingOneOf, at: node.span, "value", "values", RuleSection.parameters.what(id)))
        }
        layer.parameters.append(p)
    }

    mutating func readDefinition(_ id: String, _ node: YAMLNode) {
        if node.scalar != nil {
            if let e = r.expr(node, RuleSection.definitions.what(id)) { layer.definitions.append(Definition(id: id, expr: e, source: nil, provenance: provenance(node))) }
            return
        }
        guard let pairs = cited("definitions", id, node, RuleSection.definitions.what(id), allowed: RuleFileKeys.definition, required: ["expr"]) else { return }
        var e: ExprText?, source: String?
        for q in pairs {
            switch q.keyText {
            case "expr": e = r.expr(q.value, "expr")
            case "source": source = r.string(q.value, "source")
            default: _ = r.string(q.value, .text(q.keyText))
            }
        }
        if let e { layer.definitions.append(Definition(id: id, expr: e, source: source, provenance: provenance(node))) }
    }

    mutating func readRule(_ id: String, _ node: YAMLNode, _ section: RuleSection) -> Rule? {
        readRule(id, node, section.what(id), citedAs: section.key, allowed: RuleFileKeys.rule(in: section))
    }

    mutating func readRule(_ id: String, _ node: YAMLNode, _ what: MessageArg, citedAs section: String, allowed: [String]) -> Rule? {
        guard let pairs = cited(section, id, node, what, allowed: allowed, required: ["when"]) else { return nil }
        var rule = Rule(id: id, label: nil, when: ExprText("", origin: ExprOrigin(path: layer.path, start: node.span.start)),
                        source: nil, note: nil, provenance: provenance(node))
        var ok = false
        for q in pairs {
            switch q.keyText {
            case "when": if let e = r.expr(q.value, "when") { rule.when = e; ok = true }
            case "source": rule.source = r.string(q.value, "source")
            case "label": rule.label = r.string(q.value, "label")
            case "department": rule.department = r.string(q.value, "department")
            default: rule.note = r.string(q.value, "note")
            }
        }
        return ok ? rule : nil
    }

    mutating func readExclusion(_ id: String, _ node: YAMLNode) {
        guard let pairs = r.mapping(node, RuleSection.exclusions.what(id), allowed: RuleFileKeys.exclusion, required: ["when"]) else { return }
        let withoutUnless = YAMLNode(kind: .mapping(pairs.filter { $0.keyText != "unless" && $0.keyText != "watch" }), span: node.span, tag: nil, anchor: nil,
                                     contentStart: node.contentStart, contentLineStarts: [])
        guard let rule = readRule(id, withoutUnless, .exclusions) else { return }
        let watch = pairs.first(where: { $0.keyText == "watch" }).flatMap { r.bool($0.value, "watch") } ?? false
        var exceptions: [Exclusion.Exception] = []
        if let unless = pairs.first(where: { $0.keyText == "unless" })?.value {
            if unless.scalar != nil {
                if let e = r.expr(unless, "unless") {
                    exceptions.append(.init(id: "\(id)/unless", when: e, source: rule.source, provenance: provenance(unless)))
                }
            } else if let named = r.mapping(unless, .message(.whatUnlessOf, [.text(id)])) {
                for ex in named {
                    guard let x = readRule(ex.keyText, ex.value, .message(.whatException, [.text(ex.keyText)]), citedAs: "exclusions.\(id).unless", allowed: RuleFileKeys.rule) else { continue }
                    exceptions.append(.init(id: ex.keyText, when: x.when, source: x.source, provenance: x.provenance))
                }
            }
        }
        layer.exclusions.append(Exclusion(rule: rule, unless: exceptions, watch: watch))
    }

    mutating func readMeasure(_ id: String, _ node: YAMLNode) {
        var m = Measure(id: id, label: nil, source: nil, amount: nil, unit: nil, notIf: nil, provenance: provenance(node))
        if node.isNull { layer.measures.append(m); return }
        guard let pairs = cited("measures", id, node, RuleSection.measures.what(id), allowed: RuleFileKeys.measure) else { return }
        for q in pairs {
            switch q.keyText {
            case "label": m.label = r.string(q.value, "label")
            case "source": m.source = r.string(q.value, "source")
            case "amount": m.amount = r.expr(q.value, "amount")
            case "unit": m.unit = r.string(q.value, "unit")
            case "not_if": m.notIf = r.expr(q.value, "not_if")
            default: _ = r.string(q.value, "note")
            }
        }
        layer.measures.append(m)
    }

    mutating func readAssistance(_ node: YAMLNode) {
        guard let items = node.items else {
            r.diagnostics.append(Diagnostic(.expectedKind, at: node.span, args: [.message(.kindAssistanceRows, []), node.kindArg]))
            return
        }
        for (n, item) in items.enumerated() {
            let rowID = item.pairs?.first(where: { $0.keyText == "id" })?.value.scalar ?? "row\(n + 1)"
            guard let pairs = cited("assistance", rowID, item, .message(.whatAssistanceRow, []), allowed: RuleFileKeys.assistanceRow, required: ["when", "measures"]) else { continue }
            var row = AssistanceRow(id: "row\(n + 1)", when: ExprText("", origin: ExprOrigin(path: layer.path, start: item.span.start)),
                                    measures: [], measureSpans: [], source: nil, provenance: provenance(item))
            for q in pairs {
                switch q.keyText {
                case "id": row.id = r.string(q.value, "id") ?? row.id
                case "when": row.when = r.expr(q.value, "when") ?? row.when
                case "measures":
                    let ms = r.stringList(q.value, "measures")
                    row.measures = ms.map(\.0); row.measureSpans = ms.map(\.1)
                case "source": row.source = r.string(q.value, "source")
                case "everyone": row.everyone = r.bool(q.value, "everyone") ?? false
                default: _ = r.string(q.value, "note")
                }
            }
            layer.assistance.append(row)
        }
    }

    mutating func readDecision(_ id: String, _ node: YAMLNode) {
        guard let pairs = cited("decisions", id, node, RuleSection.decisions.what(id), allowed: RuleFileKeys.decision, required: ["value"]) else { return }
        var d = DecisionRule(id: id, label: nil, applies: nil, value: ExprText("", origin: ExprOrigin(path: layer.path, start: node.span.start)),
                             source: nil, note: nil, provenance: provenance(node))
        for q in pairs {
            switch q.keyText {
            case "applies": d.applies = r.expr(q.value, "applies")
            case "value": d.value = r.expr(q.value, "value") ?? d.value
            case "source": d.source = r.string(q.value, "source")
            case "label": d.label = r.string(q.value, "label")
            default: d.note = r.string(q.value, "note")
            }
        }
        layer.decisions.append(d)
    }

    mutating func readPopulation(_ id: String, _ node: YAMLNode) {
        guard let pairs = cited("population", id, node, RuleSection.population.what(id), allowed: RuleFileKeys.population) else { return }
        var text: String?, source: String?, shareOf: ExprText?, minShare: Int64?, maxShare: Int64?, per: String?, maxPer: Int?
        var isShare = false
        for q in pairs {
            switch q.keyText {
            case "share_of": shareOf = r.expr(q.value, "share_of"); isShare = true
            case "min_share": minShare = r.decimal(q.value, "min_share"); isShare = true
            case "max_share": maxShare = r.decimal(q.value, "max_share"); isShare = true
            case "per": per = r.string(q.value, "per")
            case "max_per_group": maxPer = r.int(q.value, "max_per_group")
            case "text": text = r.string(q.value, "text")
            case "source": source = r.string(q.value, "source")
            default: _ = r.string(q.value, "note")
            }
        }
        let kind: PopulationCheck.Kind
        if let per, let maxPer { kind = .perGroup(field: per, max: maxPer) }
        else if isShare { kind = .share(of: shareOf, min: minShare, max: maxShare) }
        else { kind = .statement }
        layer.population.append(PopulationCheck(id: id, kind: kind, text: text, source: source, provenance: provenance(node)))
    }

    mutating func readList(_ id: String, _ node: YAMLNode) {
        guard let pairs = r.mapping(node, RuleSection.lists.what(id), allowed: RuleFileKeys.list, required: ["key"]) else { return }
        var decl = ListDecl(id: id, key: "", department: nil, provenance: provenance(node))
        for q in pairs {
            switch q.keyText {
            case "key": decl.key = r.string(q.value, "key") ?? ""
            case "department": decl.department = r.string(q.value, "department")
            case "note": decl.note = r.string(q.value, "note")
            case "label": decl.label = r.string(q.value, "label")
            case "date": decl.date = r.string(q.value, "date")
            case "source": _ = r.string(q.value, "source")
            case "optional": decl.optional = r.bool(q.value, "optional") ?? false
            case "key_type":
                let t = r.string(q.value, "key_type") ?? ""
                if let k = ListKeyKind(rawValue: t) { decl.keyKind = k }
                else { r.error(q.value, .listKeyType) }
            case "columns":
                guard let cols = r.mapping(q.value, .message(.whatListColumns, [.text(id)])) else { break }
                for c in cols {
                    var col = ListColumn(id: c.keyText, kind: .string, header: c.keyText)
                    let kinds = MessageArg.list(ListColumn.Kind.allCases.map { .text($0.rawValue) })
                    func kind(_ n: YAMLNode) {
                        let t = r.string(n, .message(.whatColumnType, [])) ?? ""
                        if let k = ListColumn.Kind(rawValue: t) { col.kind = k }
                        else { r.error(n, .listColumnType, .text(c.keyText), kinds) }
                    }
                    if c.value.scalar != nil { kind(c.value) }
                    else if let attrs = r.mapping(c.value, .message(.whatListColumn, [.text(c.keyText)]), allowed: ["type", "header", "label"], required: ["type"]) {
                        for a in attrs {
                            switch a.keyText {
                            case "type": kind(a.value)
                            case "header": col.header = r.string(a.value, "header") ?? col.header
                            default: col.label = r.string(a.value, "label")
                            }
                        }
                    }
                    decl.columns.append(col)
                }
            default: break
            }
        }
        layer.lists.append(decl)
    }
}
