import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Record errors a clerk can act on (issue 19): each names the file and line (and cell) it is
/// at, and the field as the file names it; a value no rule reads does not void the household.
@Suite struct RecordPlacesTests {
    /// Every read of `path` as `run` opens it (the fields the rules read given), and the warnings.
    static func reads(_ path: String, members: String? = nil, rules: CompiledRuleset = lieshan(), everyField: Bool = false) throws -> ([RecordRead], [String], [String?]) {
        let options = everyField ? RecordFileOptions() : RecordFileOptions().reading(rules)
        let source = try RecordFiles.open(path: path, members: members, schema: rules.schema, options: options)
        var record = rules.schema.emptyRecord()
        var out: [RecordRead] = [], ids: [String?] = []
        while let r = source.next(into: &record) { out.append(r); ids.append(record.string(rules.schema.idField)) }
        return (out, source.warnings, ids)
    }

    /// The JSONL output lines of a run over `path` with `options`.
    static func run(_ path: String, members: String? = nil, rules: CompiledRuleset, options: RecordFileOptions) throws -> [String] {
        let source = try RecordFiles.open(path: path, members: members, schema: rules.schema, options: options)
        let writer = OutcomeWriter(ruleset: rules, format: .jsonl)
        var out: [UInt8] = []
        ParallelRunner(ruleset: rules).run(source) { o, _, _ in writer.write(o, to: &out) }
        return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
    }

    @Test func csvErrorNamesTheHeaderAndTheCell() throws {
        let path = temporaryFile("h.csv", "户编号,户类型,上年度家庭人均纯收入\nH1,一般农户,abc\nH2,rich,5000\n")
        // Every field read: Lieshan's rules do not read 户类型.
        let (reads, _, _) = try Self.reads(path, everyField: true)
        #expect(reads.count == 2)
        #expect(reads[0].errors.count == 1)
        // Line 2, third cell; the header as written, the path beside it.
        #expect(reads[0].errors[0].hasPrefix("\(path):2:3: "))
        #expect(reads[0].errors[0].contains("上年度家庭人均纯收入") && reads[0].errors[0].contains("income.net_per_capita"))
        #expect(reads[0].errors[0].contains("abc"))
        #expect(reads[1].errors == ["\(path):3:2: " + MessageCatalogue.format(.recordBadEnum, ["户类型 (status)", "rich", MessageCatalogue.useChinese ? "一般农户、未脱贫户、脱贫享受政策户、脱贫不再享受政策户" : "general, poor, exited_with_policy, exited_no_policy"])], "\(reads[1].errors)")
    }

    @Test func jsonlErrorNamesTheKeyAndTheLine() throws {
        let path = temporaryFile("h.jsonl", "{\"id\":\"H1\",\"income\":{\"net_per_capita\":\"abc\"}}\n\n{\"id\":\"H2\",\"members\":[{\"id\":\"m1\",\"age\":\"forty\"}]}\n{\"income\":{}}\n")
        let (reads, _, _) = try Self.reads(path)
        #expect(reads.count == 3)
        #expect(reads[0].errors.count == 1 && reads[0].errors[0].hasPrefix("\(path):1: ") && reads[0].errors[0].contains("income.net_per_capita"))
        #expect(reads[1].errors.count == 1 && reads[1].errors[0].hasPrefix("\(path):3: ") && reads[1].errors[0].contains("age"))
        // No id: still at its line.
        #expect(reads[2].errors.count == 1 && reads[2].errors[0].hasPrefix("\(path):4: "))
    }

    @Test func aRepeatedIDAndABrokenLineSayWhere() throws {
        let path = temporaryFile("h.jsonl", "{\"id\":\"H1\"}\n{\"id\":\"H1\"}\n{\"id\":\"H3\",\n")
        let (reads, _, _) = try Self.reads(path)
        #expect(reads.count == 3)
        #expect(reads[1].errors.count == 1 && reads[1].errors[0].hasPrefix("\(path):2: ") && reads[1].errors[0].contains("1"))
        #expect(reads[2].errors.count == 1 && reads[2].errors[0].hasPrefix("\(path):3:"))
    }

    @Test func workbookErrorNamesTheSheetCell() throws {
        let rules = lieshan()
        let book = NSTemporaryDirectory() + "/watchline-places-\(UUID().uuidString).xlsx"
        let rows: [[XLSXWriter.Cell]] = [["户编号", "户类型", "上年度家庭人均纯收入"].map { .text($0) }, ["H1", "一般农户", "abc"].map { .text($0) }]
        let data = try XLSXWriter.data([.init(name: "户信息", rows: rows)])
        try data.write(to: URL(fileURLWithPath: book))
        let (reads, _, _) = try Self.reads(book, rules: rules)
        #expect(reads.count == 1)
        #expect(reads[0].errors.count == 1 && reads[0].errors[0].hasPrefix("\(book) 户信息!C2: "))
        #expect(reads[0].errors[0].contains("上年度家庭人均纯收入"))
    }

    /// 户编号 of `welfare.dibao_since`, a date no rule of Lieshan's reads; `applied_on`, one a
    /// timeline starts from; `income.net_per_capita`, one the rules read.
    @Test func aValueNoRuleReadsIsAWarningNotTheHouseholdsError() throws {
        let rules = lieshan()
        let read = rules.recordFieldsRead
        let unused = try #require(rules.schema.householdField("welfare.dibao_since"))
        let used = try #require(rules.schema.householdField("income.net_per_capita"))
        #expect(!read.contains(unused))
        #expect(read.contains(used))
        let path = temporaryFile("h.csv", "户编号,纳入低保日期,上年度家庭人均纯收入\nH1,2022-13-45,5000\nH2,2022-01-01,abc\n")
        let (reads, warnings, _) = try Self.reads(path, rules: rules)
        #expect(reads.count == 2)
        #expect(reads[0].errors.isEmpty)
        #expect(warnings.contains { $0.hasPrefix("\(path):2:2: ") && $0.contains("纳入低保日期") })
        #expect(reads[1].errors.count == 1 && reads[1].errors[0].hasPrefix("\(path):3:3: "))
        // The run decides the first household and gives the second its error.
        let lines = try Self.run(path, rules: rules, options: RecordFileOptions().reading(rules))
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"errors\":[]") && !lines[0].contains("2022-13-45"))
        #expect(lines[1].contains("\"monitored\":null") && lines[1].contains("abc"))
        // Without the fields read (every field counts), the same bad date is the household's error.
        let strict = try Self.run(path, rules: rules, options: RecordFileOptions())
        #expect(strict[0].contains("2022-13-45"))
    }

    @Test func aMemberRowOfNoHouseholdIsAnErrorLineWithItsLine() throws {
        let households = temporaryFile("h.csv", "户编号,上年度家庭人均纯收入\nH1,5000\n")
        let members = temporaryFile("m.csv", "户编号,身份证号,年龄\nH1,340604195001010011,60\nH9,340604195001010012,61\nH9,340604195001010013,30\n")
        let (reads, _, ids) = try Self.reads(households, members: members)
        #expect(reads.count == 2)
        #expect(reads[0].errors.isEmpty)
        #expect(ids[1] == "H9")
        #expect(reads[1].errors.count == 1 && reads[1].errors[0].hasPrefix("\(members):3: "))
        #expect(reads[1].errors[0].contains("H9") && (reads[1].errors[0].contains("3, 4") || reads[1].errors[0].contains("3、4")))
        let lines = try Self.run(households, members: members, rules: lieshan(), options: RecordFileOptions())
        #expect(lines.count == 2 && lines[1].contains("\"monitored\":null"))
    }

    @Test func anIDNumberExcelTurnedIntoANumberIsTheHouseholdsError() throws {
        let households = temporaryFile("h.csv", "户编号,上年度家庭人均纯收入\nH1,5000\n")
        let members = temporaryFile("m.csv", "户编号,身份证号,年龄\nH1,3.40604E+17,60\n")
        let (reads, _, _) = try Self.reads(households, members: members)
        #expect(reads.count == 1 && reads[0].errors.count == 1)
        let e = reads[0].errors[0]
        #expect(e.hasPrefix("\(members):2:2: ") && e.contains("身份证号") && e.contains("3.40604E+17"))
        #expect(e.contains(MessageCatalogue.useChinese ? "文本格式" : "format the column as text"))
    }
}
