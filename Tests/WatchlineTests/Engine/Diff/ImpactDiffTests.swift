import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline diff`: the yearly update of the monitoring line, checked on a population.
@Suite struct ImpactDiffTests {
    static func household(_ id: String, income: String, village: String) -> String {
        """
        {"id":"\(id)","town":"古饶镇","village":"\(village)","status":"general","monitoring":"none","income":{"net_per_capita":\(income),"net_per_capita_prev":8000,"stable":false},"expenses":{"medical_out_of_pocket":0,"rigid_total":0},"losses":{"agricultural":0},"guarantees":{"housing":"B","housing_relocated":false,"water_safe":true,"dropout_children":0,"basic_needs_met":true},"members":[{"id":"m1","relation":"head","age":45,"labor":"full","hukou":"rural","employment":"stable","medical_insured":true,"disability_grade":0,"urban_dibao":false}]}
        """
    }

    @Test func raisingTheLineTo7500TakesInTheHouseholdsBetween() {
        let old = lieshan(), new = lieshan(overrides: ["监测范围": .number(7500_000000, isInt: true)])
        let records = [
            record(Self.household("A", income: "7200", village: "赵集村"), old),    // 7000 ≤ 7200 < 7500: newly under the line
            record(Self.household("B", income: "6000", village: "赵集村"), old),    // under both lines
            record(Self.household("C", income: "7500", village: "任圩村"), old),    // on the new line: not under it
            record(Self.household("D", income: "8000", village: "任圩村"), old),
        ]
        let report = ImpactDiff.compare(old: old, new: new, records: records, by: .village)
        #expect(report.households == 4)
        #expect(report.changed == 1)
        #expect(report.total.count(.becameMonitored) == 1)
        #expect(report.total.count(.stoppedMonitored) == 0)
        #expect(report.total.rows.first { $0.change == .becameMonitored }?.ids == ["A"])
        #expect(report.groups.map(\.key) == ["古饶镇/任圩村", "古饶镇/赵集村"])
        #expect(report.groups.map(\.changed) == [0, 1])
        #expect(report.new.contains("监测范围=7500"))
    }

    @Test func theSameRulesChangeNothing() {
        let r = lieshan()
        let records = ["A", "B"].map { record(Self.household($0, income: "6500", village: "赵集村"), r) }
        let report = ImpactDiff.compare(old: r, new: r, records: records, by: .none)
        #expect(report.changed == 0)
        #expect(report.total.rows.isEmpty)
    }

    /// The diff agrees with deciding every example household twice, as two `run`s would.
    @Test func agreesWithTwoRunsOnTheExamples() throws {
        let old = lieshan(), new = lieshan(overrides: ["监测范围": .number(7500_000000, isInt: true)])
        let path = Repo.path("Examples/lieshan-2022/households.jsonl")
        let report = try ImpactDiff.compare(old: old, new: new, source: try RecordFiles.open(path: path, members: nil, schema: old.schema), by: .none)
        let source = try RecordFiles.open(path: path, members: nil, schema: old.schema)
        var rec = old.schema.emptyRecord()
        var became: [String] = [], stopped: [String] = [], n = 0
        while let read = source.next(into: &rec) {
            n += 1
            guard read.errors.isEmpty else { continue }
            let a = Engine.decide(rec, with: old, frame: old.makeFrame()).0, b = Engine.decide(rec, with: new, frame: new.makeFrame()).0
            let id = rec.string(old.schema.idField) ?? ""
            if a.monitored != true && b.monitored == true { became.append(id) }
            if a.monitored == true && b.monitored != true { stopped.append(id) }
        }
        #expect(report.households == n)
        #expect(report.total.rows.first { $0.change == .becameMonitored }?.ids ?? [] == became)
        #expect(report.total.count(.stoppedMonitored) == stopped.count)
        #expect(!became.isEmpty, "the examples should hold a household between 7000 and 7500")
    }

    @Test func rendersJSONAndCSVWithStableKeys() {
        let old = lieshan(), new = lieshan(overrides: ["监测范围": .number(7500_000000, isInt: true)])
        let report = ImpactDiff.compare(old: old, new: new, records: [record(Self.household("A", income: "7200", village: "赵集村"), old)], by: .town)
        let json = report.render(.json, listIDs: Int.max)
        #expect(json.contains("\"change\":\"became_monitored\",\"count\":1,\"ids\":[\"A\"]"))
        #expect(json.contains("\"by\":\"town\""))
        let csv = report.render(.csv, listIDs: Int.max)
        #expect(csv.hasPrefix("group,change,measure,count,ids,persons,"))
        #expect(csv.contains("\n*,became_monitored,,1,A,1,"))
        #expect(csv.contains("\n古饶镇,became_monitored,,1,A,1,"))
    }

    @Test func twoRuleFilesWithDifferentSchemasAreRefused() throws {
        let a = lieshan()
        let bench = Engine.load(rules: Repo.path("Rules/bench/reference.yaml"), asOf: CivilDate(iso: "2024-06-30")!, sources: SourceStore())
        let b = try #require(bench.compiled)
        #expect(throws: ImpactDiff.SchemaMismatch.self) { try ImpactDiff.checkSchemas(a, b) }
    }
}
