import Foundation
import WatchlineSyntax

/// `watchline schema`: a JSON Schema (draft-07) of rule files, test files, calendar files and
/// schema files, built from the loaders' own key lists (`RuleFileKeys`) with each key described
/// in Chinese and English (`KeyDescriptions`). Editors with the YAML language server use it for
/// completion, hover text and squiggles under unknown keys.
public enum RuleFileSchema {
    package typealias Node = [String: Any]

    /// The schema as pretty-printed JSON, keys sorted (the same bytes every time).
    package static func json() -> String {
        let data = try! JSONSerialization.data(withJSONObject: build().schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Keys (as "context.key") that have no description: empty when every key is described.
    package static var undescribed: [String] { build().missing }

    static var scalar: Node { ["type": ["string", "number", "boolean"]] }
    static var anything: Node { [:] }
    static var textOrList: Node { ["anyOf": [scalar, ["type": "array", "items": scalar]]] }
    static func map(_ value: Node) -> Node { ["type": "object", "additionalProperties": value] }
    static func list(_ item: Node) -> Node { ["type": "array", "items": item] }

    final class Builder {
        var missing: [String] = []

        func describe(_ context: String, _ key: String, _ node: Node) -> Node {
            var n = node
            if let d = KeyDescriptions.lookup(context, key) {
                n["description"] = d.zh + " — " + d.en
            } else {
                missing.append(context + "." + key)
            }
            return n
        }

        /// An object with exactly these keys (each `scalar` unless `types` says otherwise).
        func object(_ context: String, _ keys: [String], required: [String] = [], types: [String: Node] = [:], open: Bool = false) -> Node {
            var props: Node = [:]
            for k in keys { props[k] = describe(context, k, types[k] ?? (k == "quote" || k == "reading" ? textOrList : scalar)) }
            var n: Node = ["type": "object", "properties": props]
            if !required.isEmpty { n["required"] = required }
            if !open { n["additionalProperties"] = false }
            return n
        }
    }

    static func build() -> (schema: Node, missing: [String]) {
        let b = Builder()
        let K = RuleFileKeys.self
        let cite = K.citation
        func rule(_ extra: [String] = []) -> Node { b.object("rule", K.rule + extra + cite, required: ["when"]) }

        let text: Node = ["anyOf": [["type": "string"],
                                    b.object("text", K.text, required: ["file"], types: ["parts": map(scalar)])]]
        let header = b.object("header", K.header, required: ["id"], types: ["text": text])
        let parameter: Node = ["anyOf": [scalar, list(anything), ["type": "null"],
                                         b.object("parameter", K.parameter + cite, types: ["value": anything, "values": map(anything), "min": anything, "max": anything])]]
        let definition: Node = ["anyOf": [scalar, b.object("definition", K.definition + cite, required: ["expr"])]]
        let alert = b.object("alert", K.rule(in: .alerts) + cite, required: ["when"])
        let exclusion = b.object("exclusion", K.exclusion, required: ["when"], types: ["unless": ["anyOf": [scalar, map(rule())]]])
        let measure: Node = ["anyOf": [["type": "null"], b.object("measure", K.measure + cite)]]
        let row = b.object("assistanceRow", K.assistanceRow + cite, required: ["when", "measures"], types: ["measures": textOrList])
        let decision = b.object("decision", K.decision + cite, required: ["value"])
        let population = b.object("population", K.population + cite)
        let step = b.object("step", K.step + cite)
        let recurring = b.object("recurring", K.recurring + cite, required: ["every"], types: ["days_of_month": anything])
        let timeline = b.object("timeline", K.timeline + cite, types: ["steps": map(step), "recurring": map(recurring)])
        let listDecl = b.object("list", K.list, required: ["key"], types: ["columns": anything])
        let reading = b.object("reading", K.reading + cite, required: ["text"])
        var sections: [String: Node] = [
            "ruleset": header, "remove": list(["type": "string", "pattern": "^(" + K.removable.joined(separator: "|") + ")\\..+"]),
            "narrative": map(scalar), "calendar": ["type": "string"], "schema": ["type": "string"],
        ]
        for section in RuleSection.allCases {
            switch section {
            case .parameters: sections[section.key] = map(parameter)
            case .definitions: sections[section.key] = map(definition)
            case .exclusions: sections[section.key] = map(exclusion)
            case .measures: sections[section.key] = map(measure)
            case .assistance: sections[section.key] = list(row)
            case .decisions: sections[section.key] = map(decision)
            case .population: sections[section.key] = map(population)
            case .timelines: sections[section.key] = map(timeline)
            case .lists: sections[section.key] = map(listDecl)
            case .readings: sections[section.key] = map(reading)
            default: sections[section.key] = map(section == .alerts ? alert : rule())   // the boolean-rule sections
            }
        }
        let ruleFile = b.object("top", K.top, required: ["ruleset"], types: sections)

        let timelineCase = b.object("testTimeline", K.testTimeline, required: ["procedure", "events"], types: ["events": map(scalar)])
        let expect = b.object("testExpect", K.testExpect, types: Dictionary(uniqueKeysWithValues: K.testExpect.map { ($0, anything) }), open: true)
        let testCase = b.object("testCase", K.testCase, required: ["name", "clause", "expect"],
                                types: ["household": ["type": "object"], "set": map(anything), "unset": textOrList, "params": map(anything),
                                        "timeline": timelineCase, "expect": expect])
        let testFile = b.object("testTop", K.testTop, required: ["tests", "cases"],
                                types: ["tests": b.object("testHeader", K.testHeader, required: ["rules", "as_of"], types: ["lists": map(anything)]), "cases": list(testCase)])

        let year = b.object("calendarYear", K.calendarYear, types: ["holidays": map(anything), "workdays": anything])
        let calendar = b.object("calendar", K.calendar, required: ["id", "years_detail"], types: ["years": anything, "years_detail": map(year)])
        let calendarFile = b.object("calendarTop", K.calendarTop, required: ["calendar"], types: ["calendar": calendar])

        let field = b.object("schemaField", K.schemaField, required: ["type"], types: ["aliases": textOrList, "values": anything, "min": anything, "max": anything])
        let members = b.object("schemaMembers", K.schemaMembers, required: ["fields"], types: ["fields": map(field)])
        let schemaBody = b.object("schema", K.schema, required: ["id", "fields"], types: ["fields": map(field), "members": members])
        let schemaFile = b.object("schemaTop", K.schemaTop, required: ["schema"], types: ["schema": schemaBody])

        func isObject(_ key: String) -> Node { ["required": [key], "properties": [key: ["type": "object"]]] }
        let root: Node = [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "title": "Watchline 规则文件 — Watchline rule file",
            "description": "防止返贫动态监测规则文件（及其测试、日历、字段定义文件）的格式，由 watchline schema 生成 — the format of Watchline rule files (and their test, calendar and schema files), printed by `watchline schema`",
            "definitions": ["ruleFile": ruleFile, "testFile": testFile, "calendarFile": calendarFile, "schemaFile": schemaFile],
            "if": ["required": ["tests"]], "then": ["$ref": "#/definitions/testFile"],
            "else": ["if": isObject("calendar"), "then": ["$ref": "#/definitions/calendarFile"],
                     "else": ["if": isObject("schema"), "then": ["$ref": "#/definitions/schemaFile"],
                              "else": ["$ref": "#/definitions/ruleFile"]]],
        ]
        return (root, b.missing)
    }
}
