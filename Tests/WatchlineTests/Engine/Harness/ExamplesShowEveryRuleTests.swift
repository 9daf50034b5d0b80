import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 4: running each rule file on its examples shows every category, every exclusion and
/// every measure and alert at least once, and the stages apart (alerted or watched, not identified) — so the examples are a tour an officer can check against the paper.
@Suite struct ExamplesShowEveryRuleTests {
    static let files: [(rules: String, examples: String, asOf: String)] = [
        ("Rules/anhui/lieshan-2022.yaml", "Examples/lieshan-2022/households.jsonl", "2022-06-30"),
        ("Rules/shandong/linyi-2020.yaml", "Examples/linyi-2020/households.jsonl", "2020-06-30"),
        ("Rules/examples/city-2020.yaml", "Examples/city-2020/households.jsonl", "2020-06-30"),
        ("Rules/henan/henan-2020.yaml", "Examples/henan-2020/households.jsonl", "2020-06-30"),
        ("Rules/henan/zhengzhou-2020.yaml", "Examples/henan-2020/households.jsonl", "2020-06-30"),
        ("Rules/ningxia/ningxia-2020.yaml", "Examples/ningxia-2020/households.jsonl", "2020-06-30"),
    ]

    @Test(arguments: files.map { "\($0.rules)|\($0.examples)|\($0.asOf)" })
    func everyCategoryExclusionAndMeasureAppears(_ spec: String) throws {
        let parts = spec.split(separator: "|").map(String.init)
        let loaded = Engine.load(rules: Repo.path(parts[0]), asOf: CivilDate(iso: parts[2])!, sources: SourceStore())
        let r = try #require(loaded.compiled)
        var categories = Set<String>(), exclusions = Set<String>(), measures = Set<String>(), alerts = Set<String>()
        var households = 0, withErrors = 0, alertedNotIdentified = 0, watchedNotIdentified = 0
        ParallelRunner(ruleset: r).run(try RecordFiles.open(path: Repo.path(parts[1]), members: nil, schema: r.schema)) { o, _, _ in
            households += 1
            guard let d = o.decision, o.errors.isEmpty else { withErrors += 1; return }
            if let c = r.categoryName(d) { categories.insert(c) }
            exclusions.formUnion(r.exclusionNames(d))
            measures.formUnion(r.measureNames(d))
            alerts.formUnion(r.alertNames(d))
            if d.monitored == false && !d.alerts.isEmpty { alertedNotIdentified += 1 }
            if d.monitored == false && d.watch == true { watchedNotIdentified += 1 }
        }
        #expect(households >= 30, "\(parts[1]) has only \(households) households")
        #expect(withErrors == 0)
        let m = r.ruleset
        #expect(Set(m.categories.map(\.id)).subtracting(categories).isEmpty, "categories never shown: \(Set(m.categories.map(\.id)).subtracting(categories))")
        #expect(Set(m.exclusions.map(\.id)).subtracting(exclusions).isEmpty, "exclusions never shown: \(Set(m.exclusions.map(\.id)).subtracting(exclusions))")
        #expect(Set(m.measures.map(\.id)).subtracting(measures).isEmpty, "measures never given: \(Set(m.measures.map(\.id)).subtracting(measures))")
        #expect(Set(m.alerts.map(\.id)).subtracting(alerts).isEmpty, "alerts never raised: \(Set(m.alerts.map(\.id)).subtracting(alerts))")
        // The stages, shown: a household alerted but not identified, and one watched but not identified.
        if !m.alerts.isEmpty { #expect(alertedNotIdentified > 0, "no example is alerted but not identified") }
        if !m.watch.isEmpty || m.exclusions.contains(where: \.watch) { #expect(watchedNotIdentified > 0, "no example is watched but not identified") }
    }
}
