import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Departments' lists read at run time: `m.id in vehicles` and `vehicles[m.id].plate`, with ID
/// numbers normalised, checked, and the list's file and line in the trace.
@Suite struct ListLookupTests {
    static func rules(optional: Bool = false) -> String {
        """
        watchline: 1
        ruleset: { id: t }
        schema: ../schema/household.yaml
        lists:
          vehicles:
            key: 身份证号
            department: 公安交管
            optional: \(optional)
            columns: { plate: { type: string, header: 号牌 }, 排量: number }
        risks:
          低收入: { when: income.net_per_capita < 7000 }
        exclusions:
          有车: { when: "members.exists(m, m.id in vehicles && vehicles[m.id].排量 > 1.0)" }
        categories:
          监测对象: { when: risks.any() }
        """
    }

    static let csv = """
    身份证号,号牌,排量
    110105491231002,鲁Q12345,1.6
    371321198503150027,鲁Q00001,0.8
    371321198001010017,鲁Q99999,2.0
    m-7,鲁Q7,2.0
    371321198503150027,鲁Q00002,1.2

    """

    static func household(_ id: String) -> String {
        #"{"id":"H1","income":{"net_per_capita":5000},"members":[{"id":"\#(id)","relation":"head","age":50}]}"#
    }

    static func compiled(optional: Bool = false, withFile: Bool = true, absentIsEmpty: Bool = false) -> Engine.Loaded {
        let store = ListStore(absentIsEmpty: absentIsEmpty)
        if withFile { store.add("vehicles", temporaryFile("车辆.csv", csv)) }
        return Engine.load(rules: temporaryRules("t.yaml", rules(optional: optional)), asOf: CivilDate(iso: "2022-06-30")!,
                           sources: SourceStore(), lists: store)
    }

    @Test func aMemberOnTheListIsExcludedWhateverTheFormOfTheNumber() throws {
        let r = try #require(Self.compiled().compiled)
        for form in ["11010519491231002X", "11010519491231002x", "１１０１０５１９４９１２３１００２Ｘ"] {
            #expect(decideLine(Self.household(form), r).contains(#""excluded_by":["有车"]"#), "\(form)")
        }
        // On the list, but the first row (line 3) has a small engine: not excluded.
        #expect(decideLine(Self.household("371321198503150027"), r).contains(#""monitored":true"#))
        #expect(decideLine(Self.household("m1"), r).contains(#""monitored":true"#))
    }

    @Test func aWrongCheckCharacterLeavesTheHouseholdUndeterminedNamingTheField() throws {
        let r = try #require(Self.compiled().compiled)
        let line = decideLine(Self.household("371321198001010017"), r)
        #expect(line.contains(#""monitored":null"#))
        #expect(line.contains(#""undetermined":["members.id"]"#))
    }

    @Test func theTraceNamesTheListItsFileAndLine() throws {
        let r = try #require(Self.compiled().compiled)
        let rec = record(Self.household("11010519491231002X"), r)
        let (_, trace) = Engine.decide(rec, with: r, frame: r.makeFrame(), explain: true)
        let reads = (trace ?? []).flatMap { $0.reads.map(\.path) }
        #expect(reads.contains { $0.hasPrefix("vehicles[") && $0.hasSuffix("车辆.csv:2]") })
        #expect(reads.contains { $0.hasSuffix("车辆.csv:2].排量") })
    }

    @Test func aRequiredListNotGivenIsAnErrorNamingTheFlag() {
        let loaded = Self.compiled(withFile: false)
        #expect(loaded.hasErrors)
        #expect(loaded.diagnostics.contains { $0.message.contains("--list-file vehicles=FILE") })
    }

    @Test func anOptionalListNotGivenLeavesItsDecisionsUndetermined() throws {
        let r = try #require(Self.compiled(optional: true, withFile: false).compiled)
        let line = decideLine(Self.household("11010519491231002X"), r)
        #expect(line.contains(#""monitored":null"#) && line.contains(#""undetermined":["lists.vehicles"]"#))
        // A member id that is no ID number can never be on it.
        #expect(decideLine(Self.household("m1"), r).contains(#""monitored":true"#))
    }

    @Test func theFileIsCountedRowByRow() throws {
        let store = ListStore()
        store.add("vehicles", temporaryFile("v.csv", Self.csv))
        let loaded = Engine.load(rules: temporaryRules("t.yaml", Self.rules()), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), lists: store)
        #expect(!loaded.hasErrors)
        let t = try #require(store.loaded.first)
        #expect(t.rowsRead == 5)
        #expect(t.rowCount == 3)
        #expect(t.invalidIDs.map(\.line) == [4])
        #expect(t.noIDs.map(\.line) == [5])
        #expect(t.duplicates.map(\.line) == [6])
        #expect(t.key(ofRow: 0) == "11010519491231002X")
    }

    @Test func anUnknownColumnIsAnErrorBeforeAnyRecordIsRead() {
        let text = Self.rules().replacingOccurrences(of: "vehicles[m.id].排量", with: "vehicles[m.id].排里")
        let loaded = Engine.load(rules: temporaryRules("t.yaml", text), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore())
        #expect(loaded.hasErrors)
        #expect(loaded.diagnostics.contains { $0.message.contains("排里") && $0.message.contains("排量") })
    }

    @Test func jsonLinesAndGBKFilesReadToo() throws {
        let jsonl = temporaryFile("v.jsonl", #"{"身份证号":"11010519491231002x","号牌":"鲁Q1","排量":1.6}"# + "\n")
        let store = ListStore()
        store.add("vehicles", jsonl)
        let r = try #require(Engine.load(rules: temporaryRules("t.yaml", Self.rules()), asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), lists: store).compiled)
        #expect(decideLine(Self.household("11010519491231002X"), r).contains(#""excluded_by":["有车"]"#))
    }

    @Test func theREPLTakesAListFile() throws {
        let s = ReplSession(rules: temporaryRules("t.yaml", Self.rules()), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)   // in the REPL a list not yet given has no rows
        #expect(s.handle("\"11010519491231002X\" in vehicles").text.contains("false"))
        let out = s.handle(":list-file vehicles \(temporaryFile("v.csv", Self.csv))")
        #expect(out.ok && out.text.contains("3"), "\(out.text)")
        #expect(s.handle("\"110105491231002\" in vehicles").text.contains("true"))
        #expect(s.handle("vehicles[\"11010519491231002x\"].plate").text.contains("鲁Q12345"))
    }
}
