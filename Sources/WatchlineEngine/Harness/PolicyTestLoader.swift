import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// Reads policy test files strictly (unknown keys are errors, as in rule files).
package enum PolicyTestLoader {

    package static func load(path: String, sources: SourceStore) -> (PolicyTestFile?, [Diagnostic]) {
        let (root, yamlDiags) = YAMLReader.parseFile(atPath: path, sources: sources)
        guard let root, !yamlDiags.contains(where: \.isError) else { return (nil, yamlDiags) }
        var r = NodeReader()
        r.diagnostics = yamlDiags
        guard let top = r.mapping(root, .message(.whatTestFile, []), allowed: RuleFileKeys.testTop, required: ["tests", "cases"]) else { return (nil, r.diagnostics) }
        var file = PolicyTestFile(path: path, rules: "", asOf: CivilDate.today(), examples: nil, cases: [])
        // A test file names its rule file and examples relative to itself (any path: a test file
        // is the officer's own; the rule file it names then reads under its own rules root).
        func resolve(_ reference: String) -> String {
            if reference.hasPrefix("/") { return reference }
            let dir = RulesRoot.folder(of: path)
            return dir == "." ? reference : dir + "/" + reference
        }
        for p in top {
            switch p.keyText {
            case "tests":
                guard let pairs = r.mapping(p.value, "tests", allowed: RuleFileKeys.testHeader, required: ["rules", "as_of"]) else { continue }
                for q in pairs {
                    switch q.keyText {
                    case "rules": file.rules = SourceStore.normalize(resolve(r.string(q.value, "rules") ?? ""))
                    case "as_of": file.asOf = r.date(q.value, "as_of") ?? file.asOf
                    case "examples": file.examples = r.string(q.value, "examples").map { SourceStore.normalize(resolve($0)) }
                    case "lists":
                        for l in r.mapping(q.value, "lists") ?? [] {
                            if let f = r.string(l.value, .message(.whatListFile, [.text(l.keyText)])) { file.lists.append((l.keyText, SourceStore.normalize(resolve(f)))) }
                        }
                    default: _ = r.string(q.value, "note")
                    }
                }
            case "cases":
                guard let items = p.value.items else {
                    r.diagnostics.append(Diagnostic(.expectedKind, at: p.value.span, args: [.message(.kindCases, []), p.value.kindArg]))
                    continue
                }
                for item in items { if let c = readCase(item, &r) { file.cases.append(c) } }
            default: break
            }
        }
        if r.diagnostics.contains(where: \.isError) { return (nil, r.diagnostics) }
        return (file, r.diagnostics)
    }

    static func readCase(_ node: YAMLNode, _ r: inout NodeReader) -> PolicyTestFile.Case? {
        guard let pairs = r.mapping(node, .message(.whatTestCase, []), allowed: RuleFileKeys.testCase,
                                    required: ["name", "clause", "expect"]) else { return nil }
        var c = PolicyTestFile.Case(name: "", clause: nil, span: node.span, from: nil, household: nil, set: [], unset: [], params: [:], asOf: nil,
                                    timeline: nil, expect: PolicyTestFile.Expectations())
        for q in pairs {
            switch q.keyText {
            case "name": c.name = r.string(q.value, "name") ?? ""
            case "clause": c.clause = r.string(q.value, "clause")
            case "from": c.from = r.string(q.value, "from")
            case "household": c.household = HouseholdTree(yaml: q.value)
            case "set":
                for s in r.mapping(q.value, "set") ?? [] {
                    c.set.append((s.keyText.split(separator: ".").map(String.init), HouseholdTree(yaml: s.value)))
                }
            case "unset": c.unset = r.stringList(q.value, "unset").map { $0.0.split(separator: ".").map(String.init) }
            case "params":
                for s in r.mapping(q.value, "params") ?? [] { if let v = parseParamValue(s.value, &r) { c.params[s.keyText] = v } }
            case "as_of": c.asOf = r.date(q.value, "as_of")
            case "timeline": c.timeline = readTimeline(q.value, &r)
            case "expect": c.expect = readExpect(q.value, &r)
            case "quote": c.quotes = r.stringList(q.value, "quote").map { ($0.0, $0.1) }
            case "reading": c.readings = r.stringList(q.value, "reading").map { ($0.0, $0.1) }
            case "unconfirmed": c.unconfirmed = r.bool(q.value, "unconfirmed") ?? false
            default: _ = r.string(q.value, "note")
            }
        }
        if c.from == nil && c.household == nil && c.timeline == nil {
            r.diagnostics.append(Diagnostic(.missingOneOf, at: node.span, "from", "household", .message(.whatNamedTestCase, [.text(c.name)])))
        }
        return c
    }

    static func readExpect(_ node: YAMLNode, _ r: inout NodeReader) -> PolicyTestFile.Expectations {
        var e = PolicyTestFile.Expectations()
        e.span = node.span
        guard let pairs = r.mapping(node, "expect") else { return e }
        for q in pairs {
            let v = q.value
            func list() -> [String] { r.stringList(v, .text(q.keyText)).map(\.0) }
            switch q.keyText {
            case "monitored": e.monitored = v.isNull ? .some(nil) : .some(r.bool(v, "monitored"))
            case "category": e.category = v.isNull ? .some(nil) : .some(r.string(v, "category"))
            case "risks": e.risks = v.items == nil && v.isNull ? [] : list()
            case "risks_include": e.risksInclude = list()
            case "risks_exclude": e.risksExclude = list()
            case "excluded_by": e.excludedBy = v.isNull ? [] : list()
            case "measures": e.measures = v.isNull ? [] : list()
            case "measures_include": e.measuresInclude = list()
            case "measures_exclude": e.measuresExclude = list()
            case "alerts": e.alerts = v.isNull ? [] : list()
            case "alerts_include": e.alertsInclude = list()
            case "alerts_exclude": e.alertsExclude = list()
            case "watch": e.watch = v.isNull ? .some(nil) : .some(r.bool(v, "watch"))
            case "undetermined": e.undetermined = v.isNull ? [] : list()
            case "errors": e.errors = r.bool(v, "errors")
            case "fired": e.fired = list()
            case "not_fired": e.notFired = list()
            case "amounts":
                for a in r.mapping(v, "amounts") ?? [] {
                    if a.value.isNull { e.amounts.append((a.keyText, nil)) }   // given, with no amount
                    else if let x = r.decimal(a.value, "amount") { e.amounts.append((a.keyText, x)) }
                }
            case "steps":
                for a in r.mapping(v, "steps") ?? [] {
                    guard let fields = r.mapping(a.value, .message(.whatStep, [.text(a.keyText)]), allowed: ["due", "status"]) else { continue }
                    var due: CivilDate?, status: String?
                    for f in fields {
                        if f.keyText == "due" { due = r.date(f.value, "due") }
                        else {
                            status = r.string(f.value, "status")
                            let known = StepStatus.Status.allCases.map(\.rawValue)
                            if let s = status, !known.contains(s) {
                                r.diagnostics.append(Diagnostic(.testUnknownStatus, at: f.value.span, .text(s), .list(known.map(MessageArg.text)), suggested(s, in: known)))
                            }
                        }
                    }
                    e.steps.append((a.keyText, due, status))
                }
            case "duties":
                for a in r.mapping(v, "duties") ?? [] { e.duties.append((a.keyText, a.value.isNull ? nil : r.date(a.value, .message(.whatDueDate, [])))) }
            case "decisions":
                for a in r.mapping(v, "decisions") ?? [] { e.decisions.append((a.keyText, decisionText(a.value))) }
            default:
                // Any other key names a decision of the ruleset (e.g. risk_eliminable: true).
                e.decisions.append((q.keyText, decisionText(v)))
            }
        }
        return e
    }

    static func readTimeline(_ node: YAMLNode, _ r: inout NodeReader) -> TimelineCase? {
        guard let pairs = r.mapping(node, "timeline", allowed: RuleFileKeys.testTimeline, required: ["procedure", "events"]) else { return nil }
        var c = TimelineCase(id: "case", householdID: nil, procedure: "", events: [:])
        for p in pairs {
            switch p.keyText {
            case "procedure": c.procedure = r.string(p.value, "procedure") ?? ""
            case "household_id": c.householdID = r.string(p.value, "household_id")
            default:
                for e in r.mapping(p.value, "events") ?? [] { if let d = r.date(e.value, .message(.whatEventDate, [])) { c.events[e.keyText] = d } }
            }
        }
        return c
    }

    /// An expected decision value as the output writes it: `null`, a scalar, or a list of text
    /// as `["a", "b"]`.
    static func decisionText(_ v: YAMLNode) -> String {
        if v.isNull { return "null" }
        if let items = v.items { return "[" + items.map { "\"" + ($0.scalar ?? "") + "\"" }.joined(separator: ", ") + "]" }
        return v.scalar ?? ""
    }
}
