import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline compare` on 临沂's examples and the four departments' answers.
@Suite struct CompareTests {
    static let dir = Repo.path("Examples/linyi-2020")
    static let names = ["vehicles", "public_servants", "companies", "real_estate"]

    static func report(reveal: Bool = false) throws -> ListComparison {
        let store = ListStore()
        for n in names { store.add(n, "\(dir)/\(n).csv") }
        let asOf = CivilDate(iso: "2020-06-30")!
        let loaded = Engine.load(rules: Repo.path("Rules/shandong/linyi-2020.yaml"), asOf: asOf, sources: SourceStore(), lists: store)
        let with = try #require(loaded.compiled, "\(loaded.diagnostics)")
        var bare = with.ruleset
        bare.listStore = ListStore(absentIsEmpty: true)
        let without = try #require(Engine.compile(bare, asOf: asOf).compiled)
        let source = try RecordFiles.open(path: "\(dir)/households.jsonl", members: nil, schema: with.schema)
        return ListComparison.run(with: with, without: without, tables: store.loaded, source: source, reveal: reveal)
    }

    @Test func rowsAreCountedMatchedUnmatchedInvalidAndDuplicated() throws {
        let r = try Self.report()
        let byName = Dictionary(uniqueKeysWithValues: r.lists.map { ($0.name, $0) })
        let v = try #require(byName["vehicles"])
        #expect(v.rows == 4 && v.matched.count == 2 && v.unmatched.count == 2)
        #expect(v.matched.map(\.household) == ["371321-LY-0005", "371321-LY-0018"])
        let c = try #require(byName["companies"])
        #expect(c.duplicates.map(\.line) == [4] && c.unmatched.isEmpty)
        let e = try #require(byName["real_estate"])
        #expect(e.invalid.map(\.line) == [3])
        #expect(r.householdsRead == 39)
    }

    @Test func theHouseholdsTheListsChangeAreThoseTheDocumentCompares() throws {
        let r = try Self.report()
        #expect(r.households.map(\.id) == ["371321-LY-0005", "371321-LY-0022", "371321-LY-0024", "371321-LY-0025", "371321-LY-0026"])
        let first = try #require(r.households.first)
        #expect(first.without.monitored == true && first.with.monitored == false && first.with.excludedBy == ["车辆比对"])
    }

    @Test func theJSONHasTheContractKeysAndIDNumbersAreMasked() throws {
        let json = try Self.report().json()
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let lists = try #require(obj["lists"] as? [String: [String: Any]])
        for key in ["rows", "matched", "unmatched_rows", "invalid_ids", "duplicates"] { #expect(lists["vehicles"]?[key] != nil, "\(key)") }
        #expect(obj["households"] is [Any])
        #expect(json.contains("371321********0516") && !json.contains("371321197404240516"))
        #expect(try Self.report(reveal: true).json().contains("371321197404240516"))
    }
}
