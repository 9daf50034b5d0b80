import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The office's own files (issue 19): an Excel workbook, a GBK CSV and Excel's UTF-16 text export
/// decide exactly as the clean UTF-8 CSV, each saying once what was converted.
@Suite struct OfficeFilesTests {
    static let households = Repo.path("Examples/lieshan-2022/households.csv")
    static let members = Repo.path("Examples/lieshan-2022/members.csv")

    /// Every output line of a run over `path`, and the source's warnings.
    static func decide(_ path: String, members: String?, options: RecordFileOptions = .init()) throws -> ([String], [String]) {
        let r = lieshan()
        let source = try RecordFiles.open(path: path, members: members, schema: r.schema, options: options)
        var lines: [String] = []
        let writer = OutcomeWriter(ruleset: r, format: .jsonl)
        ParallelRunner(ruleset: r).run(source) { o, _, _ in
            var out: [UInt8] = []
            writer.write(o, to: &out)
            lines.append(String(decoding: out, as: UTF8.self))
        }
        return (lines, source.warnings)
    }

    static func csvRows(_ path: String) -> [[String]] {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").map { line in
            var cells: [String] = [], cell = "", quoted = false
            for ch in line {
                if ch == "\"" { quoted.toggle(); continue }
                if ch == "," && !quoted { cells.append(cell); cell = ""; continue }
                cell.append(ch)
            }
            cells.append(cell)
            return cells
        }
    }

    static func iconv(_ path: String, to encoding: String) throws -> String {
        let out = temporaryFile("converted-" + (path as NSString).lastPathComponent, "")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        p.arguments = ["-f", "UTF-8", "-t", encoding, path, "-o", out]
        try p.run(); p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return out
    }

    @Test func aWorkbookWithATitleRowAndAMembersSheetDecidesAsTheCSV() throws {
        let (clean, _) = try Self.decide(Self.households, members: Self.members)
        func cells(_ rows: [[String]]) -> [[XLSXWriter.Cell]] {
            rows.map { $0.map { v in v.isEmpty ? .empty : (Double(v) != nil && !v.hasPrefix("0") && v.count < 15 ? .number(v) : .text(v)) } }
        }
        let title: [[XLSXWriter.Cell]] = [[.text("烈山区监测对象信息（2022年6月）")], []]
        let data = try XLSXWriter.data([
            .init(name: "户信息", rows: title + cells(Self.csvRows(Self.households))),
            .init(name: "家庭成员", rows: cells(Self.csvRows(Self.members))),
        ])
        let path = temporaryFile("lieshan.xlsx", "")
        try data.write(to: URL(fileURLWithPath: path))
        let (fromBook, warnings) = try Self.decide(path, members: nil)
        #expect(fromBook == clean)
        #expect(warnings.contains { $0.contains("header in row 3") })
        #expect(warnings.contains { $0.contains("家庭成员") })
        // Rows keep the sheet's numbers: the first household is row 4.
        let r = lieshan()
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        var rec = r.schema.emptyRecord()
        #expect(source.next(into: &rec)?.line == 4)
    }

    /// Examples/lieshan-2022/households.xlsx, written by scripts/make-workbook.py (Python's zipfile:
    /// another writer than ours), with a title row and the members on a second sheet.
    @Test func theExampleWorkbookDecidesAsTheJSONL() throws {
        let (json, _) = try Self.decide(Repo.path("Examples/lieshan-2022/households.jsonl"), members: nil)
        let (book, warnings) = try Self.decide(Repo.path("Examples/lieshan-2022/households.xlsx"), members: nil)
        #expect(book == json)
        #expect(book.count == 46)
        #expect(warnings.contains { $0.contains("家庭成员") })
    }

    @Test func aNamedSheetThatIsMissingIsAnErrorNamingTheSheets() throws {
        let data = try XLSXWriter.data([.init(name: "户信息", rows: [[.text("id")]])])
        let path = temporaryFile("one.xlsx", "")
        try data.write(to: URL(fileURLWithPath: path))
        #expect(throws: ReadError.self) { try Self.decide(path, members: nil, options: .init(sheet: "成员")) }
    }

    @Test func theWriterAndTheReaderAgree() throws {
        let rows: [[XLSXWriter.Cell]] = [[.text("户编号"), .text("人均纯收入"), .empty, .text("备注 <&>")], [.text("0012"), .number("6999.99"), .empty, .text("=1+1")]]
        let path = temporaryFile("rt.xlsx", "")
        try XLSXWriter.data([.init(name: "表/1", rows: rows)]).write(to: URL(fileURLWithPath: path))
        let book = try XLSXWorkbook(path: path)
        #expect(book.sheets.map(\.name) == ["表1"])
        let back = try book.rows(of: book.sheets[0])
        #expect(back.map(\.number) == [1, 2])
        #expect(back[0].cells.map(\.text) == ["户编号", "人均纯收入", "备注 <&>"])
        #expect(back[0].cells.map(\.column) == [0, 1, 3])
        #expect(back[1].cells.map(\.text) == ["0012", "6999.99", "=1+1"])
    }

    @Test func aGBKFileDecidesAsTheUTF8One() throws {
        let (clean, _) = try Self.decide(Self.households, members: Self.members)
        let (gbk, warnings) = try Self.decide(try Self.iconv(Self.households, to: "GB18030"), members: try Self.iconv(Self.members, to: "GB18030"))
        #expect(gbk == clean)
        #expect(warnings.filter { $0.contains("GB18030") }.count == 2)
    }

    @Test func excelsUnicodeTextExportDecidesAsTheCSV() throws {
        let (clean, _) = try Self.decide(Self.households, members: Self.members)
        func unicodeText(_ csv: String) -> String {
            let text = Self.csvRows(csv).map { $0.joined(separator: "\t") }.joined(separator: "\r\n") + "\r\n"
            let path = temporaryFile("u16-" + (csv as NSString).lastPathComponent + ".txt", "")
            try! (Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!).write(to: URL(fileURLWithPath: path))
            return path
        }
        let (u16, warnings) = try Self.decide(unicodeText(Self.households), members: unicodeText(Self.members))
        #expect(u16 == clean)
        #expect(warnings.contains { $0.contains("UTF-16LE") } && warnings.contains { $0.contains("tabs") })
    }

    @Test func encodingIsDetectedFromTheBytes() {
        #expect(TextEncoding.detect(Array("户编号,乡镇".utf8)) == .utf8)
        #expect(TextEncoding.detect([0xFF, 0xFE, 0x37, 0x62]) == .utf16le)
        #expect(TextEncoding.detect([0xBB, 0xA7, 0xB1, 0xE0, 0xBA, 0xC5]) == .gb18030)   // 户编号 in GBK
        #expect(TextEncoding.detect(Array("户".utf8).dropLast().map { $0 }) == .utf8)    // a sequence cut by the sample
    }

    @Test func aMissingColumnAndAForgottenMembersFileAreSaidOnceByTheirChineseNames() throws {
        let csv = try String(contentsOfFile: Self.households, encoding: .utf8)
        let lines = csv.split(separator: "\n").map { line -> String in
            var cells = line.split(separator: ",", omittingEmptySubsequences: false)
            cells.remove(at: 10)   // 上年度家庭人均纯收入
            return cells.joined(separator: ",")
        }
        let path = temporaryFile("nocol.csv", lines.joined(separator: "\n") + "\n")
        let r = lieshan()
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        let warnings = r.missingInputWarnings(source, membersGiven: false)
        #expect(warnings.count == 2)
        #expect(warnings[0].contains("上年度家庭人均纯收入") && warnings[0].contains("income.net_per_capita"))
        #expect(warnings[1].contains("--members"))
        let full = try RecordFiles.open(path: Self.households, members: Self.members, schema: r.schema)
        #expect(r.missingInputWarnings(full, membersGiven: true).isEmpty)
    }
}

/// Excel out (issue 19, item 3): the workbook reads back through the same reader, with Chinese
/// titles, 是/否, lists joined with 、 and amounts as numbers.
@Suite struct WorkbookOutputTests {
    @Test func runWorkbookReadsBackWithChineseTitlesAndNumericAmounts() throws {
        let loaded = Engine.load(rules: Repo.path("Rules/henan/henan-2020.yaml"), asOf: CivilDate(iso: "2020-06-30")!, sources: SourceStore())
        let r = try #require(loaded.compiled)
        let book = RunWorkbook(ruleset: r)
        let source = try RecordFiles.open(path: Repo.path("Examples/henan-2020/households.jsonl"), members: nil, schema: r.schema)
        var monitored = 0
        ParallelRunner(ruleset: r).run(source) { o, record, _ in
            book.add(o, record: record)
            if o.decision?.monitored == true { monitored += 1 }
        }
        let path = temporaryFile("run.xlsx", "")
        try book.data().write(to: URL(fileURLWithPath: path))
        let wb = try XLSXWorkbook(path: path)
        #expect(wb.sheets.map(\.name) == ["监测结果", "按乡镇村统计", "规则与参数"])
        let rows = try wb.rows(of: wb.sheets[0])
        let header = rows[0].cells.map(\.text)
        #expect(Array(header.prefix(6)) == ["户编号", "乡镇", "村", "是否监测对象", "监测类型", "风险类型"])
        let col = try #require(header.firstIndex(of: "是否监测对象"))
        #expect(rows.dropFirst().filter { r in r.cells.contains { $0.column == col && $0.text == "是" } }.count == monitored)
        // Amounts are numbers: the reader sees the plain digits, no "元", no "measure=" prefix.
        if let amount = header.firstIndex(where: { $0.hasPrefix("金额：") }) {
            let values = rows.dropFirst().compactMap { r in r.cells.first { $0.column == amount }?.text }
            #expect(!values.isEmpty && values.allSatisfy { Double($0) != nil })
        }
        let totals = try wb.rows(of: wb.sheets[1]).last!.cells.map(\.text)
        #expect(totals.first == "合计")
    }
}

/// Masking (issue 19, item 7): members' ID numbers never appear in full without --reveal-ids.
@Suite struct MaskingTests {
    static let idNumber = "340604199001011234"
    static let household = #"{"id":"M-1","status":"general","monitoring":"none","income":{"net_per_capita":6000,"net_per_capita_prev":8000,"stable":false},"expenses":{"medical_out_of_pocket":0,"rigid_total":0},"losses":{"agricultural":0},"guarantees":{"housing":"B","housing_relocated":false,"water_safe":true,"dropout_children":0,"basic_needs_met":true},"members":[{"id":"340604199001011234","relation":"head","age":45,"labor":"full","hukou":"rural","employment":"stable","medical_insured":true,"disability_grade":0,"urban_dibao":false}]}"#

    @Test func explainAndTheTraceMaskIDNumbers() {
        let r = lieshan()
        let rec = record(Self.household, r)
        let (d, trace) = Engine.decide(rec, with: r, frame: r.makeFrame(), explain: true)
        let o = Outcome(line: 1, id: "M-1", decision: d, errors: [], trace: trace)
        let reads = (trace ?? []).flatMap(\.reads).filter { r.schema.isPersonal(path: $0.path) }
        var out: [UInt8] = []
        OutcomeWriter(ruleset: r, format: .jsonl).write(o, to: &out)
        let text = ExplainText(ruleset: r).render(o) + String(decoding: out, as: UTF8.self)
        #expect(!text.contains(Self.idNumber))
        if !reads.isEmpty { #expect(text.contains("340604********1234")) }
        #expect(r.schema.isPersonal(path: "m.id") && !r.schema.isPersonal(path: "id"))
    }

    @Test func saveTestWritesTheMaskedNumber() throws {
        let tree = try #require(HouseholdTree(jsonLine: Self.household))
        let masked = tree.maskingPersonal(lieshan().schema).json
        #expect(!masked.contains(Self.idNumber))
        #expect(masked.contains("340604********1234"))
        #expect(masked.contains("\"M-1\""))   // the household's own id is not personal
    }
}
