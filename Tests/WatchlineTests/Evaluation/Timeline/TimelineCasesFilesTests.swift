import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `timeline --cases` reads an office's sheet (CSV in any of its encodings, .xlsx) as it reads JSON
/// lines: Examples/lieshan-2022/cases.csv is cases.jsonl with Chinese headers and gives its output.
@Suite struct TimelineCasesFilesTests {
    static func timeline(_ cases: String) throws -> String {
        let r = lieshan("2022-05-20")
        return Engine.timelineText(try Engine.timelines(r, records: nil, members: nil, cases: cases), format: "jsonl", ruleset: r) ?? ""
    }

    @Test func theCSVExampleGivesTheJSONLinesOutput() {
        func run(_ file: String) -> Command.Result {
            Command.watchline(["timeline", "Rules/anhui/lieshan-2022.yaml", "--cases", file, "--as-of", "2022-05-20"], in: Repo.root)
        }
        let jsonl = run("Examples/lieshan-2022/cases.jsonl"), csv = run("Examples/lieshan-2022/cases.csv")
        #expect(csv.stdout == jsonl.stdout)
        #expect(csv.status == jsonl.status)
        // Every case of the file is there, each with its steps.
        for n in 1...7 { #expect(jsonl.stdout.contains("\"case-0\(n)\"")) }
        #expect(jsonl.stdout.contains("\"district_approval\""))
        #expect(!csv.stdout.contains("\"error\""))
    }

    @Test func aWorkbookWithExcelDatesAndAUTF16ExportReadAsTheCSV() throws {
        let expected = try Self.timeline(Repo.path("Examples/lieshan-2022/cases.jsonl"))
        let text = try String(contentsOfFile: Repo.path("Examples/lieshan-2022/cases.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        // A workbook keeps a date as its serial day number (2022-05-06 is 44687).
        let epoch = CivilDate(year: 1899, month: 12, day: 30)!.days
        let cells: [[XLSXWriter.Cell]] = rows.map { $0.map { v in
            if let d = CivilDate(iso: v) { return .number(String(d.days - epoch)) }
            return v.isEmpty ? .empty : .text(v)
        } }
        #expect(cells[1][3] == .number("44687"))
        let book = temporaryFile("案例.xlsx", "")
        try XLSXWriter.data([.init(name: "案例", rows: cells)]).write(to: URL(fileURLWithPath: book))
        #expect(try Self.timeline(book) == expected)
        // Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated, no extension.
        let utf16 = temporaryFile("cases-export", "")
        let tabbed = rows.map { $0.joined(separator: "\t") }.joined(separator: "\r\n") + "\r\n"
        try ([0xFF, 0xFE] + Data(tabbed.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })).write(to: URL(fileURLWithPath: utf16))
        #expect(try Self.timeline(utf16) == expected)
    }

    @Test func aBadDateIsThatCaseErrorNamingFileLineAndHeader() throws {
        let path = temporaryFile("cases.csv", """
        案例编号,户编号,流程,applied,入户核查
        c1,340604-GR-0007,monitoring_identification,2022-05-06,2022-05-07
        c2,340604-GR-0011,monitoring_identification,2022-05-09,5月12号
        """)
        let out = try Self.timeline(path)
        let lines = out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"c1\"") && !lines[0].contains("\"error\""))
        #expect(lines[1].contains("\(path):3:") && lines[1].contains("入户核查") && lines[1].contains("5月12号"))
    }

    @Test func aColumnThatIsNoCaseColumnIsRefusedByName() {
        let path = temporaryFile("cases.csv", "案例编号,户编号,流程,入户核察\nc1,340604-GR-0007,monitoring_identification,2022-05-07\n")
        #expect { try Self.timeline(path) } throws: { ($0 as? ReadError)?.message.contains("\(path):1: column '入户核察'") == true }
    }
}
