import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The one list of rule sections (`RuleSection`): the loader, the schema and `RuleFileKeys` all
/// take every section's key, and nothing else.
@Suite struct RuleSectionTests {
    /// The top-level keys that are no section of elements.
    static let otherTopKeys: Set<String> = ["watchline", "ruleset", "calendar", "schema", "remove", "narrative"]

    /// Rule files in one folder with a copy of the schema; the last one loaded.
    static func load(_ files: [(name: String, yaml: String)]) -> (Ruleset?, [Diagnostic]) {
        let schema = temporaryFile("household.yaml", (try? String(contentsOfFile: Repo.path("Rules/schema/household.yaml"), encoding: .utf8)) ?? "")
        let dir = (schema as NSString).deletingLastPathComponent
        for f in files { try? f.yaml.write(toFile: dir + "/" + f.name, atomically: true, encoding: .utf8) }
        return RulesetLoader.load(path: dir + "/" + files[files.count - 1].name, sources: SourceStore())
    }

    @Test func ruleFileKeysListExactlyTheSections() {
        let keys = RuleSection.allCases.map(\.key)
        #expect(RuleFileKeys.sections == keys)
        #expect(RuleFileKeys.removable == keys)
        #expect(RuleFileKeys.top.count == Set(RuleFileKeys.top).count, "a key listed twice")
        #expect(Set(RuleFileKeys.top) == Set(keys).union(Self.otherTopKeys))
        #expect(LayerReader.topKeys == RuleFileKeys.top)
    }

    @Test(arguments: RuleSection.allCases)
    func theLoaderTakesTheKey(_ section: RuleSection) {
        let empty = section == .assistance ? "[]" : "{}"
        let (_, diags) = Self.load([("rules.yaml", "watchline: 1\nruleset: { id: x }\nschema: household.yaml\n\(section.key): \(empty)\nremove: [\(section.key).nothing]\n")])
        #expect(!diags.contains { $0.id == .unknownKey }, "\(diags.map(\.message))")
        // `remove:` takes the section: what it names is missing, not a bad SECTION.ID.
        #expect(diags.contains { $0.id == .removeUnknown && $0.message.contains("\(section.key).nothing") }, "\(diags.map(\.message))")
        #expect(!diags.contains { $0.id == .removeFormat }, "\(diags.map(\.message))")
    }

    @Test(arguments: RuleSection.allCases)
    func theSchemaTakesTheKey(_ section: RuleSection) throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(RuleFileSchema.json().utf8)) as? [String: Any])
        let ruleFile = try #require((schema["definitions"] as? [String: Any])?["ruleFile"] as? [String: Any])
        let properties = try #require(ruleFile["properties"] as? [String: Any])
        let node = try #require(properties[section.key] as? [String: Any], "the schema has no '\(section.key)'")
        #expect(["object", "array"].contains(node["type"] as? String))
        #expect(Set(properties.keys) == Set(RuleFileKeys.top))
        let remove = try #require(((properties["remove"] as? [String: Any])?["items"] as? [String: Any])?["pattern"] as? String)
        #expect(remove.contains("|\(section.key)|") || remove.contains("(\(section.key)|") || remove.contains("|\(section.key))"))
    }

    /// Every boolean-rule section is read into `rules[section]`, overridden by id and removed by
    /// `remove:` through an `extends` chain, checked and compiled, with no code of its own.
    @Test(arguments: RuleSection.booleanRuleSections)
    func aBooleanRuleSectionIsReadMergedAndCompiled(_ section: RuleSection) throws {
        let key = section.key
        let (ruleset, diags) = Self.load([("base.yaml", """
            watchline: 1
            ruleset: { id: base }
            schema: household.yaml
            \(key):
              a: { when: "true" }
              b: { when: "false" }
              c: { when: "true" }
            """), ("top.yaml", """
            watchline: 1
            ruleset: { id: top, extends: base.yaml }
            \(key):
              b: { when: "true", source: overridden }
              d: { when: "false" }
            remove: [\(key).c]
            """)])
        let r = try #require(ruleset, "\(diags.map(\.message))")
        #expect(r.rules[section].map(\.id) == ["a", "b", "d"])
        #expect(r.rules[section][1].source == "overridden")
        #expect(r.rules[section][1].provenance.overrides.count == 1)
        for other in RuleSection.booleanRuleSections where other != section { #expect(r.rules[other].isEmpty) }

        let (checked, checkDiags) = RulesetChecker.check(r, asOf: CivilDate(iso: "2022-06-30")!)
        let c = try #require(checked, "\(checkDiags.map(\.message))")
        #expect(c.rules[section].count == 3)
        let compiled = CompiledRuleset(c)
        #expect(compiled.rules[section].count == 3)
        #expect(compiled.rules[section].kind == TraceEntry.Kind(section))
        for i in 0..<3 { #expect(compiled.ruleInfo(.init(section), i).id == ["a", "b", "d"][i]) }
    }

    @Test func traceKindsKeepTheirJSONNames() {
        let kinds: [(TraceEntry.Kind, String)] = [
            (.init(.alerts), "alert"), (.init(.risks), "risk"), (.init(.exclusions), "exclusion"),
            (.init(.exclusions, .exception), "exception"), (.init(.categories), "category"), (.init(.watch), "watch"),
            (.init(.assistance), "assistance"), (.init(.measures, .notIf), "not_if"), (.init(.measures, .amount), "amount"),
            (.init(.decisions), "decision"),
        ]
        for (kind, name) in kinds { #expect(kind.rawValue == name) }
        for s in RuleSection.booleanRuleSections { #expect(s.info.trace != nil && s.info.stage != nil) }
    }

    @Test func thePipelineIsTheDecidersOrder() {
        #expect(RuleSection.pipeline == [.alerts, .risks, .exclusions, .categories, .watch, .measures, .assistance, .decisions])
    }
}
