import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `diff` in a leader's terms (issue 21, item 2) on the 河南 examples, with a changed 临时救助
/// parameter: persons as well as households, each measure's amounts before and after, and each
/// changed household's before → after, in the table, CSV, JSON and the workbook.
@Suite struct LeaderImpactTests {
    static func henan(_ overrides: [String: String] = [:]) -> CompiledRuleset {
        let o = overrides.mapValues { ParamValue.parse(text: $0).0! }
        let loaded = Engine.load(rules: Repo.path("Rules/henan/henan-2020.yaml"), asOf: CivilDate(iso: "2020-06-30")!, overrides: o, sources: SourceStore())
        return loaded.compiled!
    }

    static func diff(_ overrides: [String: String], by: DiffGrouping = .none) throws -> ImpactReport {
        let old = henan(), new = henan(overrides)
        let source = try RecordFiles.open(path: Repo.path("Examples/henan-2020/households.jsonl"), members: nil, schema: old.schema)
        return try ImpactDiff.compare(old: old, new: new, source: source, by: by)
    }

    /// Persons and the 急难型 amounts of the examples, counted here from `run`'s own decisions.
    static func counted(_ r: CompiledRuleset) throws -> (persons: Int, given: Int, amount: Int64) {
        let source = try RecordFiles.open(path: Repo.path("Examples/henan-2020/households.jsonl"), members: nil, schema: r.schema)
        var persons = 0, given = 0, amount: Int64 = 0
        let m = try #require(r.measureIDs.firstIndex(of: "急难型临时救助"))
        ParallelRunner(ruleset: r).run(source) { o, record, _ in
            persons += record.memberCount
            if let a = o.decision?.amounts.first(where: { $0.measure == m }), let x = fixedAmount(a.value) { given += 1; amount += x }
        }
        return (persons, given, amount)
    }

    @Test func aHigherMultipleRaisesTheBudgetAndNamesEveryHousehold() throws {
        let report = try Self.diff(["急难型救助倍数": "10"])
        let before = try Self.counted(Self.henan()), after = try Self.counted(Self.henan(["急难型救助倍数": "10"]))
        #expect(report.persons == before.persons && report.persons > report.households)
        let line = try #require(report.budget.first { $0.measure == "急难型临时救助" })
        #expect(line.householdsBefore == before.given && line.householdsAfter == after.given && line.householdsBefore > 0)
        #expect(line.amountBefore == before.amount && line.amountAfter == after.amount)
        #expect(line.amountBefore == Int64(line.householdsBefore) * 4800 * Fixed.one)   // 600 × 8
        #expect(line.amountAfter == Int64(line.householdsAfter) * 6000 * Fixed.one)     // 600 × 10
        // Only the amount moves: each household given it changes, its measures the same.
        #expect(report.changed == line.householdsBefore)
        #expect(report.total.count(.amountChanged, measure: "急难型临时救助") == report.changed)
        for h in report.householdChanges {
            #expect(h.before.measures == h.after.measures)
            #expect(h.before.amounts["急难型临时救助"] == 4800 * Fixed.one && h.after.amounts["急难型临时救助"] == 6000 * Fixed.one)
        }
        let table = report.render(.table, listIDs: 0)
        #expect(table.contains("急难型临时救助: \(line.householdsBefore) → \(line.householdsAfter) households, \(Fixed.format(line.amountBefore)) → \(Fixed.format(line.amountAfter)) 元 (+\(Fixed.format(line.change)))")
                || table.contains("急难型临时救助：\(line.householdsBefore) → \(line.householdsAfter) 户"))
    }

    @Test func aLargerFamilyMinimumMovesHouseholdsFromOneMeasureToTheOther() throws {
        let report = try Self.diff(["急难型救助最少人口": "3"], by: .village)
        #expect(report.changed > 0)
        for h in report.householdChanges {
            #expect(h.before.measures.contains("急难型临时救助") && !h.after.measures.contains("急难型临时救助"))
            #expect(h.after.measures.contains("临时救助"))
            #expect(h.persons == 2)
            #expect(h.before.category == h.after.category && h.before.risks == h.after.risks)
        }
        #expect(report.changedPersons == report.householdChanges.reduce(0) { $0 + $1.persons })
        let line = try #require(report.budget.first)
        #expect(line.householdsAfter == line.householdsBefore - report.changed)
        #expect(line.amountAfter == line.amountBefore - Int64(report.changed) * 4800 * Fixed.one)

        // CSV: the old columns first, unchanged; the new ones after.
        let csv = report.render(.csv, listIDs: Int.max)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("group,change,measure,count,ids,persons,households_before,households_after,amount_before,amount_after,before_monitored,before_category,before_risks,before_measures,after_monitored"))
        let first = try #require(report.householdChanges.first)
        let row = try #require(lines.first { $0.contains(",household,,1,\(first.id),") })
        #expect(row.contains(",2,,,4800,,true,"))
        #expect(lines.contains("*,budget,急难型临时救助,\(line.householdsAfter),,\(line.personsAfter),\(line.householdsBefore),\(line.householdsAfter),\(Fixed.format(line.amountBefore)),\(Fixed.format(line.amountAfter)),,,,,,,,"))
        #expect(lines.contains("*,households,,\(report.households),,\(report.persons),,,,,,,,,,,,"))

        // JSON: the old keys, and persons, budget and households beside them.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json, listIDs: 0).utf8)) as? [String: Any])
        #expect(json["changed"] as? Int == report.changed)
        #expect(json["persons"] as? Int == report.persons)
        #expect(json["changed_persons"] as? Int == report.changedPersons)
        let budget = try #require(json["budget"] as? [[String: Any]])
        #expect(budget.first?["measure"] as? String == "急难型临时救助")
        #expect((budget.first?["amount_before"] as? NSNumber)?.int64Value == line.amountBefore / Fixed.one)
        let households = try #require(json["households"] as? [[String: Any]])
        #expect(households.count == report.changed)
        let after = try #require(households.first?["after"] as? [String: Any])
        #expect((after["measures"] as? [String])?.contains("临时救助") == true)
        #expect(((households.first?["before"] as? [String: Any])?["amounts"] as? [String: Any])?["急难型临时救助"] as? Int == 4800)
        let groups = try #require(json["groups"] as? [[String: Any]])
        #expect(groups.allSatisfy { $0["persons"] is Int })

        // The workbook: before and after per household, and the budget sheet.
        let path = temporaryFile("diff.xlsx", "")
        try report.workbook().write(to: URL(fileURLWithPath: path))
        let wb = try XLSXWorkbook(path: path)
        #expect(wb.sheets.map(\.name) == ["变化的农户", "变化统计", "预算变化"])
        let sheet1 = try wb.rows(of: wb.sheets[0])
        #expect(sheet1[0].cells.map(\.text).contains("新帮扶措施"))
        #expect(sheet1.count == report.changed + 1)
        let money = try wb.rows(of: wb.sheets[2])
        #expect(money.count == 2 && money[1].cells.map(\.text).contains(Fixed.format(line.amountAfter)))
    }

    @Test func theReplImpactShowsPersonsAndTheBudget() throws {
        let old = Self.henan(), new = Self.henan(["急难型救助倍数": "10"])
        let source = try RecordFiles.open(path: Repo.path("Examples/henan-2020/households.jsonl"), members: nil, schema: old.schema)
        var records: [HouseholdRecord] = []
        var rec = old.schema.emptyRecord()
        while source.next(into: &rec) != nil { records.append(rec) }
        let text = ImpactDiff.compare(old: old, new: new, records: records, by: .village).render(.table, listIDs: 5)
        #expect(text.contains("persons") || text.contains("人"))
        #expect(text.contains("急难型临时救助") && text.contains("→"))
    }
}
