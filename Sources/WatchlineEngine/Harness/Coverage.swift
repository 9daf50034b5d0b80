import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Which rules the test cases exercised: for each risk, exclusion, exception, category and
/// assistance row, whether some case saw it hold and some case saw it not hold.
package final class Coverage: @unchecked Sendable {
    package struct Entry: Sendable { package var key: String; package var span: SourceSpan; package var sawTrue = false; package var sawFalse = false }
    /// Per rule file, its rules in order.
    package private(set) var files: [String: [Entry]] = [:]

    static func key(_ t: TraceEntry) -> String {
        switch t.kind.part {
        case .element: return t.kind.section.key + "." + t.id
        case .exception: return "exceptions." + t.id
        case .notIf, .amount: return t.kind.section.key + "." + t.id + "." + t.kind.rawValue
        }
    }

    func register(_ r: CompiledRuleset) {
        let path = r.ruleset.path
        guard files[path] == nil else { return }
        var entries: [Entry] = []
        let m = r.ruleset
        for x in m.alerts { entries.append(Entry(key: "alerts." + x.id, span: x.provenance.span)) }
        for x in m.risks { entries.append(Entry(key: "risks." + x.id, span: x.provenance.span)) }
        for x in m.watch { entries.append(Entry(key: "watch." + x.id, span: x.provenance.span)) }
        for x in m.exclusions {
            entries.append(Entry(key: "exclusions." + x.id, span: x.rule.provenance.span))
            for u in x.unless { entries.append(Entry(key: "exceptions." + u.id, span: u.provenance.span)) }
        }
        for x in m.categories { entries.append(Entry(key: "categories." + x.id, span: x.provenance.span)) }
        for x in m.assistance { entries.append(Entry(key: "assistance." + x.id, span: x.provenance.span)) }
        for t in m.timelines {
            for s in t.steps { entries.append(Entry(key: "timelines.\(t.id).\(s.id)", span: s.span)) }
        }
        files[path] = entries
    }

    func record(_ r: CompiledRuleset, _ trace: [TraceEntry]) {
        guard var entries = files[r.ruleset.path] else { return }
        for t in trace {
            let k = Self.key(t)
            guard let i = entries.firstIndex(where: { $0.key == k }) else { continue }
            if case .bool(let b) = t.result { if b { entries[i].sawTrue = true } else { entries[i].sawFalse = true } }
        }
        files[r.ruleset.path] = entries
    }

    /// A timeline case exercised these steps (a step has no true/false: checking it covers it).
    func recordTimeline(_ r: CompiledRuleset, _ timeline: String, steps: [String]) {
        guard var entries = files[r.ruleset.path] else { return }
        for s in steps {
            guard let i = entries.firstIndex(where: { $0.key == "timelines.\(timeline).\(s)" }) else { continue }
            entries[i].sawTrue = true; entries[i].sawFalse = true
        }
        files[r.ruleset.path] = entries
    }

    /// Lines for `watchline test --coverage`.
    package func report() -> String {
        var out = ""
        for (path, entries) in files.sorted(by: { $0.key < $1.key }) {
            let gaps = entries.filter { !$0.sawTrue || !$0.sawFalse }
            out += MessageCatalogue.format(.coverageFile, [path, String(entries.count - gaps.count), String(entries.count)]) + "\n"
            for g in gaps {
                let parts: [MessageArg] = [g.sawTrue ? nil : .message(.coverageNeverTrue, []), g.sawFalse ? nil : .message(.coverageNeverFalse, [])].compactMap { $0 }
                let missing = MessageArg.list(parts).rendered(chinese: MessageCatalogue.useChinese)
                out += "  \(g.span.path):\(g.span.start.line): \(g.key) — \(missing)\n"
            }
        }
        return out
    }
}
