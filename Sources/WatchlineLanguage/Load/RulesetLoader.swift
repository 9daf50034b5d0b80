import Foundation
import WatchlineSyntax

/// Loads a rule file and the chain it `extends`, merges the layers (base first: a later file
/// overrides, adds and removes by id, keeping provenance), and attaches schema and calendar.
package enum RulesetLoader {
    package struct Limits: Sendable {
        package var maxExtendsDepth = 8
        package init() {}
    }

    /// `root` is where the files the chain names may be (`RulesRoot`); nil: around `path`.
    package static func load(path: String, sources: SourceStore, limits: Limits = .init(), root: RulesRoot? = nil) -> (Ruleset?, [Diagnostic]) {
        let root = root ?? RulesRoot.around(path)
        var diagnostics: [Diagnostic] = []
        var layers: [RuleLayer] = []
        var visiting: [String] = []
        var current: (path: String, span: SourceSpan?)? = (SourceStore.normalize(path), nil)
        while let (p, via) = current {
            if visiting.contains(p) {
                let cycle = (visiting + [p]).map { ($0 as NSString).lastPathComponent }.joined(separator: " → ")
                diagnostics.append(Diagnostic(.extendsCycle, at: via, args: [cycle]))
                return (nil, diagnostics)
            }
            if visiting.count >= limits.maxExtendsDepth {
                diagnostics.append(Diagnostic(.extendsTooDeep, at: via, args: [String(limits.maxExtendsDepth)]))
                return (nil, diagnostics)
            }
            visiting.append(p)
            guard FileManager.default.fileExists(atPath: p) else {
                diagnostics.append(Diagnostic(.fileUnreadable, at: via, args: [.text(p), .message(.fileNoSuchFile, [])]))
                return (nil, diagnostics)
            }
            guard let top = YAMLReader.parseMapping(atPath: p, sources: sources, expecting: .aRuleFile, keys: LayerReader.topKeys,
                                                    via: via, &diagnostics) else { return (nil, diagnostics) }
            var reader = LayerReader(path: p, root: root)
            reader.read(top)
            diagnostics += reader.r.diagnostics
            layers.insert(reader.layer, at: 0)
            current = reader.layer.extends.map { (SourceStore.normalize($0.path), $0.span) }
        }
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        var merger = LayerMerger()
        let merged = merger.merge(layers)
        diagnostics += merger.diagnostics

        guard let schemaRef = layers.last(where: { $0.schema != nil })?.schema else {
            diagnostics.append(Diagnostic(.missingKey, at: SourceSpan(path: path, line: 1, column: 1), "schema", .message(.whatRuleFileOrBase, [])))
            return (nil, diagnostics)
        }
        guard FileManager.default.fileExists(atPath: schemaRef.path) else {
            diagnostics.append(Diagnostic(.fileUnreadable, at: schemaRef.span, args: [.text(schemaRef.path), .message(.fileNoSuchFile, [])]))
            return (nil, diagnostics)
        }
        let (schema, schemaDiags) = SchemaLoader.load(path: schemaRef.path, sources: sources, via: schemaRef.span)
        diagnostics += schemaDiags
        var calendar = WorkCalendar.weekdaysOnly
        var calendarPath: String?
        if let calRef = layers.last(where: { $0.calendar != nil })?.calendar {
            guard FileManager.default.fileExists(atPath: calRef.path) else {
                diagnostics.append(Diagnostic(.fileUnreadable, at: calRef.span, args: [.text(calRef.path), .message(.fileNoSuchFile, [])]))
                return (nil, diagnostics)
            }
            let (cal, calDiags) = CalendarLoader.load(path: calRef.path, sources: sources, root: root, via: calRef.span)
            diagnostics += calDiags
            if let cal { calendar = cal; calendarPath = calRef.path }
        }
        // The document texts: each file's citations resolve against the text it names, or the
        // text of the nearest file it extends.
        var texts: [DocumentText] = []
        var citations: [Citation] = []
        var inherited: Int?
        for layer in layers {
            if let ref = layer.text {
                if let i = texts.firstIndex(where: { $0.path == ref.path && $0.defaultPart == (ref.defaultPart ?? ref.parts.first?.name ?? "") }) { inherited = i }
                else {
                    switch readText(ref, sources: sources) {
                    case .success(let t): texts.append(t); inherited = texts.count - 1
                    case .failure(let d): diagnostics.append(d); inherited = nil
                    }
                }
            }
            citations += layer.citations.map { var c = $0; c.text = inherited; return c }
        }
        guard let schema, !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        let top = layers.last!
        var ruleset = Ruleset(
            id: top.id, title: top.title ?? layers.reversed().first(where: { $0.title != nil })?.title,
            document: top.document, path: top.path, chain: layers.map(\.path), schema: schema,
            calendar: calendar, calendarPath: calendarPath, parameters: merged.parameters,
            definitions: merged.definitions, rules: merged.rules, exclusions: merged.exclusions,
            measures: merged.measures, assistance: merged.assistance,
            decisions: merged.decisions, population: merged.population, timelines: merged.timelines, lists: merged.lists)
        ruleset.readings = merged.readings
        ruleset.citations = citations
        ruleset.texts = texts
        ruleset.textIndex = inherited
        diagnostics += CitationChecker.check(ruleset)
        if diagnostics.contains(where: \.isError) { return (nil, diagnostics) }
        return (ruleset, diagnostics)
    }

    /// A document text (UTF-8, read as text, never as YAML).
    static func readText(_ ref: DocumentTextRef, sources: SourceStore) -> Result<DocumentText, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: ref.path) else {
            return .failure(Diagnostic(.fileUnreadable, at: ref.span, args: [.text(ref.path), .message(.fileNoSuchFile, [])]))
        }
        guard let content = String(data: data, encoding: .utf8) else {
            return .failure(Diagnostic(.textNotUTF8, at: ref.span, args: [ref.path]))
        }
        let text = DocumentText(path: ref.path, content: content, parts: ref.parts, defaultPart: ref.defaultPart)
        for p in ref.parts where !content.contains(p.marker) {
            return .failure(Diagnostic(.textPartMarkerMissing, at: ref.span, args: [p.name, p.marker, ref.path]))
        }
        return .success(text)
    }

    package static func normalize(_ path: String) -> String { SourceStore.normalize(path) }
}
