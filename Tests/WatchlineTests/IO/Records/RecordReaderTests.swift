import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Runs a records file through the engine as `run` does and returns the JSONL output lines.
func runLines(_ records: String, members: String? = nil, rules: CompiledRuleset = lieshan()) throws -> [String] {
    let source = try RecordFiles.open(path: records, members: members, schema: rules.schema)
    let writer = OutcomeWriter(ruleset: rules, format: .jsonl)
    var out: [UInt8] = []
    ParallelRunner(ruleset: rules).run(source) { o, _, _ in writer.write(o, to: &out) }
    return String(decoding: out, as: UTF8.self).split(separator: "\n").map(String.init)
}

@Suite struct RecordReaderTests {
    @Test func jsonlAndCsvGiveTheSameDecisions() throws {
        let json = try runLines(Repo.path("Examples/lieshan-2022/households.jsonl"))
        let csv = try runLines(Repo.path("Examples/lieshan-2022/households.csv"), members: Repo.path("Examples/lieshan-2022/members.csv"))
        #expect(json.count == 46)
        #expect(json == csv)
    }

    @Test func everyRecordGivesOneLineInOrder() throws {
        let lines = try runLines(Repo.path("Examples/lieshan-2022/bad-records.jsonl"))
        #expect(lines.count == 10)
        #expect(lines[0].hasPrefix(#"{"id":"340604-BAD-01","monitored":true"#))
        #expect(lines[1].contains("unterminated object"))
        // Each error says where it is and names the field as the file does (issue 19).
        let path = Repo.path("Examples/lieshan-2022/bad-records.jsonl")
        #expect(lines[2].contains("\(path):3: field 'income.net_per_capita (上年度家庭人均纯收入)': expected an amount in yuan, found 'abc'"))
        #expect(lines[3].contains("'rich' is not one of"))
        #expect(lines[4].contains("already appeared on line 1"))
        #expect(lines[5].hasPrefix("{\"id\":\"#6\""))
        #expect(lines[6].contains("out of range"))
        #expect(lines[7].contains("must be a JSON object"))
        #expect(lines[8].contains("\(path):9: member 1: field 'age (年龄)'"))
        #expect(lines[9].contains(#""monitored":false"#))
    }

    @Test func everyTenthLineBrokenStillGivesOneLineEach() throws {
        var text = ""
        for i in 1...1000 {
            if i % 10 == 0 { text += "{\"id\":\"H\(i)\",\"income\":{\n" }
            else { text += "{\"id\":\"H\(i)\",\"income\":{\"net_per_capita\":\(5000 + i)}}\n" }
        }
        let lines = try runLines(temporaryFile("many.jsonl", text))
        #expect(lines.count == 1000)
        for (i, line) in lines.enumerated() {
            #expect(line.hasPrefix("{\"id\":\"H\(i + 1)\""))
            #expect(line.contains("\"errors\":[]") == ((i + 1) % 10 != 0))
        }
    }

    @Test func jsonArrayFile() throws {
        let text = "[\n" + (1...3).map { "{\"id\":\"A\($0)\",\"income\":{\"net_per_capita\":9000}}" }.joined(separator: ",\n") + "\n]\n"
        let lines = try runLines(temporaryFile("arr.json", text))
        #expect(lines.map { $0.prefix(11) } == ["{\"id\":\"A1\",", "{\"id\":\"A2\",", "{\"id\":\"A3\","])
    }

    /// A JSON array is read as JSON Lines are: an element without an id is that household's error
    /// (not a household decided under "#1"), and the clerk forms read are a warning at the end.
    @Test func jsonArrayElementsAreCheckedAsLinesAre() throws {
        let text = "[\n{\"id\":\"A1\",\"income\":{\"net_per_capita\":\"9,000\"}},\n{\"income\":{\"net_per_capita\":5000}}\n]\n"
        let path = temporaryFile("arr-checks.json", text)
        let lines = try runLines(path)
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("{\"id\":\"A1\","))
        #expect(lines[1].contains("arr-checks.json:3: the household has no id"))
        let rules = lieshan()
        let source = try RecordFiles.open(path: path, members: nil, schema: rules.schema)
        var rec = rules.schema.emptyRecord()
        while source.next(into: &rec) != nil {}
        #expect(source.warnings.contains { $0.contains("thousands separators") && $0.contains("'9,000'") })
    }

    @Test func csvQuotingBomAndLabels() throws {
        let csv = "\u{FEFF}户编号,户类型,上年度家庭人均纯收入,突发情况\r\n\"X,1\",未脱贫户,6000.5,illness|disaster\r\nX2,bad,1,\r\n"
        let rules = lieshan()
        let source = try RecordFiles.open(path: temporaryFile("h.csv", csv), members: nil, schema: rules.schema)
        var rec = rules.schema.emptyRecord()
        let r1 = try #require(source.next(into: &rec))
        #expect(r1.errors.isEmpty)
        #expect(rec.string(rules.schema.idField) == "X,1")
        #expect(rules.text(rec.house[rules.schema.householdField("status")!]) == "poor")
        #expect(rules.text(rec.house[rules.schema.householdField("income.net_per_capita")!]) == "6000.5")
        let r2 = try #require(source.next(into: &rec))
        #expect(r2.errors.first?.contains("'bad' is not one of") == true)
        #expect(source.next(into: &rec) == nil)
    }

    @Test func lineReaderAcrossChunksAndLongLines() throws {
        let path = temporaryFile("lines.txt", "\u{FEFF}abc\r\nde\n" + String(repeating: "x", count: 100) + "\nlast")
        let r = try ChunkedLineReader(path: path, chunkSize: 7, maxLineBytes: 50)
        var got: [String] = []
        while let l = r.next() {
            switch l {
            case .line(let n, let b): got.append("\(n):" + String(decoding: b, as: UTF8.self))
            case .tooLong(let n): got.append("\(n):too long")
            }
        }
        #expect(got == ["1:abc", "2:de", "3:too long", "4:last"])
    }

    @Test func decimalParsing() {
        func p(_ s: String) -> ScaledParse { var t = s; return t.withUTF8 { parseScaledDecimal($0, scale: 6) } }
        #expect(p("6999.99") == .value(6_999_990_000))
        #expect(p("7000") == .value(7_000_000_000))
        #expect(p("-0.05") == .value(-50_000))
        #expect(p("1e3") == .value(1_000_000_000))
        #expect(p("0.0000001") == .tooPrecise)
        #expect(p("99999999999999") == .overflow)
        #expect(p("12a") == .invalid)
        var out: [UInt8] = []
        appendScaledDecimal(6_999_990_000, scale: 6, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "6999.99")
    }

    @Test func jsonTapeErrorsAndEscapes() {
        func parse(_ s: String) -> String {
            var tape = JSONTape()
            var t = s
            return t.withUTF8 { b in
                if let e = tape.parse(b) { return "error@\(e.offset): \(e.message)" }
                return tape.string(1, in: b)
            }
        }
        #expect(parse(#"["a\u00e9\ud83d\ude00\n"]"#) == "aé😀\n")
        #expect(parse(#"{"a":1,}"#).hasPrefix("error@7"))
        #expect(parse(#"{"a" 1}"#).contains("expected ':'"))
        #expect(parse(String(repeating: "[", count: 100_000)).contains("nesting too deep"))
    }
}
