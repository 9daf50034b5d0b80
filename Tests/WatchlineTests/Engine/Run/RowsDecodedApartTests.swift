import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The run loop decodes a CSV file's rows on several lanes (the reading thread only splits them).
/// Whatever the lanes and chunks, the output, every record's errors and the warnings must be those
/// of reading the file one record after another: nothing lost, nothing reordered, the same first
/// examples in the warnings.
@Suite struct RowsDecodedApartTests {
    static func reference() -> CompiledRuleset {
        let loaded = Engine.load(rules: Repo.path("Rules/bench/reference.yaml"), asOf: CivilDate(iso: "2024-06-30")!, overrides: [:], sources: SourceStore())
        guard let compiled = loaded.compiled else { fatalError("reference does not load: \(loaded.diagnostics)") }
        return compiled
    }

    static let header = "id,county,town,village,category,members,labor_members,per_capita_income,medical_out_of_pocket,education_students_college,disability_severe,house_safety,water_safe,agricultural_loss,has_car,has_urban_house,is_public_servant,registered_company,dibao,income_drop_ratio"

    /// 61 rows with what a county's file holds: clean rows, thousands separators and full-width
    /// digits (read, noted), bad values in a field no rule reads (`members`: warnings, the first
    /// five shown), bad values in fields the rules read (errors), a short row, a quoted cell over
    /// two lines, a quote that never closes, a row without an id, repeated ids across chunks.
    static func file() -> String {
        var rows = [header]
        for i in 0..<61 {
            let id = i == 40 ? "H7" : i == 13 ? "" : "H\(i)"
            let members = i % 6 == 1 ? "x\(i)" : "\(i % 5 + 1)"
            let income = i % 9 == 2 ? "\"9,0\(i % 10)0.00\"" : i % 11 == 3 ? "７０００" : i % 17 == 5 ? "abc" : "\(5000 + i * 97).50"
            let village = i == 21 ? "\"V\n21\"" : "V\(i)"
            var row = "\(id),C1,T1,\(village),general,\(members),\(i % 3),\(income),\(i * 900).00,\(i % 3),\(i % 2),\(["A", "B", "C", "D"][i % 4]),\(i % 5 == 0 ? 0 : 1),\(i * 400).00,\(i % 7 == 0 ? 1 : 0),0,0,0,0,0.\(i % 10)00"
            if i == 30 { row = "H30,C1,T1" }
            if i == 50 { row = "H50,C1,\"T1,V50" }
            rows.append(row)
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// One record after another, as `explain`, `diff` and the REPL read: the output lines and the warnings.
    static func oneByOne(_ r: CompiledRuleset, _ path: String) throws -> (String, [String]) {
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema, options: RecordFileOptions().reading(r))
        let writer = OutcomeWriter(ruleset: r, format: .csv)
        let frame = r.makeFrame()
        var out: [UInt8] = [], record = r.schema.emptyRecord()
        while let read = source.next(into: &record) {
            let decision = read.errors.isEmpty ? frame.withRecord(record) { r.decide(frame) } : nil
            writer.write(Outcome(line: read.line, id: record.string(r.schema.idField), decision: decision, errors: read.errors), to: &out)
        }
        return (String(decoding: out, as: UTF8.self), source.warnings)
    }

    static func runLoop(_ r: CompiledRuleset, _ path: String, chunk: Int, lanes: Int) throws -> (String, [String], Int) {
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema, options: RecordFileOptions().reading(r))
        let runner = ParallelRunner(ruleset: r)
        runner.chunkSize = chunk
        runner.lanes = lanes
        var out: [UInt8] = [], observed = 0
        runner.run(source, writer: OutcomeWriter(ruleset: r, format: .csv), observe: { _, _, _ in observed += 1 }, write: { out += $0 })
        return (String(decoding: out, as: UTF8.self), source.warnings, observed)
    }

    /// The run loop with 1–3 lanes and chunks of 1 to 4 096 gives `expected` and `warnings`, and
    /// observes every record once.
    static func expectEveryLaneCountAgrees(_ r: CompiledRuleset, _ path: String, _ expected: String, _ warnings: [String], records: Int) throws {
        for (chunk, lanes) in [(4096, 2), (4, 2), (3, 3), (1, 2), (7, 1)] {
            let (out, w, observed) = try runLoop(r, path, chunk: chunk, lanes: lanes)
            #expect(out == expected, "chunk \(chunk), \(lanes) lanes")
            #expect(w == warnings, "chunk \(chunk), \(lanes) lanes")
            #expect(observed == records)
        }
    }

    @Test func lanesAndChunksGiveWhatOneReaderGives() throws {
        let r = Self.reference()
        let path = temporaryFile("apart.csv", Self.file())
        let (expected, warnings) = try Self.oneByOne(r, path)
        let lines = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // One line per record: 61 rows, one of them over two lines, one an unclosed quote that
        // gives back the lines after it.
        #expect(lines.count == 61)
        #expect(lines.filter { $0.contains("already appeared on line 9") }.count == 1)   // H7 on line 9, again at row 40
        #expect(lines[30].contains("3 cells where the header has 20"))
        #expect(lines[50].contains("line 53 is not read, reading resumes at line 54"))
        #expect(warnings.contains { $0.contains("(e.g. '9,020.00')") })   // the thousands separator, with its first example
        #expect(warnings.filter { $0.contains("so the value is left out") }.count == UnreadValues.shownPerField)   // unread values shown one by one…
        #expect(warnings.first { $0.contains("so the value is left out") }?.contains("apart.csv:3:6") == true)
        #expect(warnings.last == "5 more values of 'members' could not be read (no rule reads this column; left out)")   // …the rest counted
        try Self.expectEveryLaneCountAgrees(r, path, expected, warnings, records: 61)
    }

    /// The run loop on the calling thread (tests, the fuzzer) splits and decodes the same way.
    @Test func theInlineLoopDecodesApartToo() throws {
        let r = Self.reference()
        let path = temporaryFile("apart-inline.csv", Self.file())
        let (expected, warnings) = try Self.oneByOne(r, path)
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema, options: RecordFileOptions().reading(r))
        #expect((IDCheckedSource.reader(of: source) as? SplittableRecordSource)?.decodesApart == true)
        let runner = ParallelRunner(ruleset: r)
        runner.chunkSize = 5
        let writer = OutcomeWriter(ruleset: r, format: .csv)
        var out: [UInt8] = []
        runner.run(source) { o, _, _ in writer.write(o, to: &out) }
        #expect(String(decoding: out, as: UTF8.self) == expected)
        #expect(source.warnings == warnings)
    }

    /// JSON Lines the same way: the reading thread sets lines aside, the lanes parse and decode
    /// them. Blank lines, a broken line, a line that is not an object, a missing id, a repeated
    /// id, clerk forms and unread values all come out as when one reader reads line by line.
    static func jsonLines() -> String {
        var lines: [String] = []
        for i in 0..<61 {
            let id = i == 40 ? "\"id\":\"H7\"," : i == 13 ? "" : "\"id\":\"H\(i)\","
            let members = i % 6 == 1 ? "\"x\(i)\"" : "\(i % 5 + 1)"
            let income = i % 9 == 2 ? "\"9,0\(i % 10)0.00\"" : i % 17 == 5 ? "\"abc\"" : "\(5000 + i * 97).5"
            var line = "{\(id)\"members\":\(members),\"labor_members\":\(i % 3),\"per_capita_income\":\(income),\"medical_out_of_pocket\":\(i * 900),\"education_students_college\":\(i % 3),\"disability_severe\":\(i % 2),\"house_safety\":\"\(["A", "B", "C", "D"][i % 4])\",\"water_safe\":\(i % 5 == 0 ? "false" : "true"),\"agricultural_loss\":\(i * 400),\"has_car\":\(i % 7 == 0),\"has_urban_house\":false,\"is_public_servant\":false,\"registered_company\":false,\"dibao\":false,\"income_drop_ratio\":0.\(i % 10),\"category\":\"general\"}"
            if i == 30 { line = "{\"id\":\"H30\"," }
            if i == 50 { line = "[1, 2]" }
            lines.append(line)
            if i == 20 { lines.append("   ") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func jsonLinesDecodedOnTheLanesGiveWhatOneReaderGives() throws {
        let r = Self.reference()
        let path = temporaryFile("apart.jsonl", Self.jsonLines())
        let (expected, warnings) = try Self.oneByOne(r, path)
        let lines = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 61)
        #expect(lines.filter { $0.contains("already appeared on line 8") }.count == 1)
        #expect(lines[30].hasPrefix("H30,") && lines[50].hasPrefix("#52,"))
        #expect(warnings.contains { $0.contains("(e.g. '9,020.00')") })
        #expect(warnings.filter { $0.contains("so the value is left out") }.count == UnreadValues.shownPerField)
        try Self.expectEveryLaneCountAgrees(r, path, expected, warnings, records: 61)
    }
}
