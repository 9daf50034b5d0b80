import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 9: `Rules/bench/reference.yaml` gives the same decisions as the hand-written C program
/// of `../shared/bench` — on a 3000-household sample made by its `gen.py` (about 1% of records sit
/// exactly on a threshold), whose C output is kept beside it.
@Suite struct ReferenceBenchmarkTests {
    static func reference() throws -> CompiledRuleset {
        let loaded = Engine.load(rules: Repo.path("Rules/bench/reference.yaml"), asOf: CivilDate(iso: "2024-06-30")!, sources: SourceStore())
        return try #require(loaded.compiled)
    }

    /// Watchline's CSV row → the peers' canonical row (`id,monitored,category,risks,measures`).
    static func canonical(_ o: Outcome, _ r: CompiledRuleset) -> String {
        let d = o.decision!
        let mon = d.monitored == true
        let risks = r.riskNames(d).sorted().joined(separator: "|")
        let measures = mon ? r.measureNames(d).sorted().joined(separator: "|") : ""
        return "\(o.id ?? ""),\(mon ? 1 : 0),\(mon ? r.categoryName(d) ?? "" : ""),\(risks),\(measures)"
    }

    @Test func sameDecisionsAsTheCProgram() throws {
        let r = try Self.reference()
        let source = try RecordFiles.open(path: Repo.path("Tests/WatchlineTests/Fixtures/bench/population-3000.csv"), members: nil, schema: r.schema)
        var lines: [String] = []
        ParallelRunner(ruleset: r).run(source) { o, _, _ in lines.append(o.errors.isEmpty ? Self.canonical(o, r) : "ERROR " + o.errors.joined()) }
        let expected = try String(contentsOfFile: Repo.path("Tests/WatchlineTests/Fixtures/bench/rules_c-output-3000.csv"), encoding: .utf8)
            .split(separator: "\n").dropFirst().map(String.init)
        #expect(lines.count == 3000)
        let differing = zip(lines, expected).filter { $0 != $1 }
        #expect(differing.isEmpty, "first differences: \(differing.prefix(3))")
    }

    /// The predicate fast path and the full evaluators (what explain uses) decide alike.
    static let agreementCases: [String: (rules: String, records: String, asOf: String)] = [
        "bench": ("Rules/bench/reference.yaml", "Tests/WatchlineTests/Fixtures/bench/population-3000.csv", "2024-06-30"),
        "lieshan": ("Rules/anhui/lieshan-2022.yaml", "Examples/lieshan-2022/households.jsonl", "2022-06-30"),
        "linyi": ("Rules/shandong/linyi-2020.yaml", "Examples/linyi-2020/households.jsonl", "2020-06-30"),
        "city": ("Rules/examples/city-2020.yaml", "Examples/city-2020/households.jsonl", "2020-06-30"),
        "henan": ("Rules/henan/henan-2020.yaml", "Examples/henan-2020/households.jsonl", "2020-06-30"),
        "zhengzhou": ("Rules/henan/zhengzhou-2020.yaml", "Examples/henan-2020/households.jsonl", "2020-06-30"),
        "ningxia": ("Rules/ningxia/ningxia-2020.yaml", "Examples/ningxia-2020/households.jsonl", "2020-06-30"),
    ]

    @Test(arguments: ["bench", "lieshan", "linyi", "city", "henan", "zhengzhou", "ningxia"])
    func fastAndFullPathsAgree(_ which: String) throws {
        let spec = try #require(Self.agreementCases[which])
        let loaded = Engine.load(rules: Repo.path(spec.rules), asOf: CivilDate(iso: spec.asOf)!, sources: SourceStore())
        let r = try #require(loaded.compiled)
        let path = Repo.path(spec.records)
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        var record = r.schema.emptyRecord()
        let frame = r.makeFrame()
        var compared = 0
        while let read = source.next(into: &record) {
            guard read.errors.isEmpty else { continue }
            let fast = Engine.decide(record, with: r, frame: frame, explain: false).0
            let full = Engine.decide(record, with: r, frame: frame, explain: true).0
            #expect(fast.monitored == full.monitored && fast.category == full.category && fast.risks == full.risks
                    && fast.exclusions == full.exclusions && fast.measures == full.measures && fast.undetermined == full.undetermined,
                    "household \(record.string(r.schema.idField) ?? "?") decides differently on the fast path")
            compared += 1
        }
        #expect(compared > 30)
    }
}
