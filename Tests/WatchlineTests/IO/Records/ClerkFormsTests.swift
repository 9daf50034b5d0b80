import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Values as clerks type them (issue 19, item 2): read as the plain value, said once per column.
@Suite struct ClerkFormsTests {
    @Test(arguments: [("9,000", "9000"), ("１２００", "1200"), (" 9000 ", "9000"), ("1,234,567.89", "1234567.89"),
                      ("９，０００．５", "9000.5"), ("-1,000", "-1000")])
    func numbers(_ written: String, _ read: String) {
        #expect(ClerkForms.number(written)?.0 == read)
    }

    @Test(arguments: ["9,00", "1,2", "12,3456", "abc", "9000"])   // not thousands grouping; or already plain
    func notNumbers(_ written: String) {
        #expect(ClerkForms.number(written) == nil)
    }

    @Test(arguments: [("2022/6/30", "2022-06-30"), ("2022.6.30", "2022-06-30"), ("2022年6月30日", "2022-06-30"),
                      ("2022-6-3", "2022-06-03"), ("20220630", "2022-06-30"), ("44742", "2022-06-30"), ("２０２２/６/３０", "2022-06-30")])
    func dates(_ written: String, _ read: String) {
        #expect(ClerkForms.date(written)?.0 == read)
    }

    @Test(arguments: ["2022/2/30", "6/30/2022", "2022年6月"])
    func notDates(_ written: String) {
        #expect(ClerkForms.date(written) == nil)
    }

    @Test func aMessyExportDecidesAsTheCleanOneWithOneWarningPerColumn() throws {
        let csv = try String(contentsOfFile: Repo.path("Examples/lieshan-2022/households.csv"), encoding: .utf8)
        var lines = csv.split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let income = try #require(header.firstIndex(of: "上年度家庭人均纯收入")), applied = try #require(header.firstIndex(of: "申请日期"))
        for i in 1..<lines.count {
            var cells = lines[i].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == header.count else { continue }
            if let v = Int(cells[income]), v >= 1000 { cells[income] = "\"" + v.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))) + "\"" }
            let d = cells[applied].split(separator: "-")
            if d.count == 3 { cells[applied] = "\(d[0])年\(Int(d[1])!)月\(Int(d[2])!)日" }
            lines[i] = cells.joined(separator: ",")
        }
        let messy = temporaryFile("messy.csv", lines.joined(separator: "\n") + "\n")
        let members = Repo.path("Examples/lieshan-2022/members.csv")
        let (clean, _) = try OfficeFilesTests.decide(Repo.path("Examples/lieshan-2022/households.csv"), members: members)
        let (read, warnings) = try OfficeFilesTests.decide(messy, members: members)
        #expect(read == clean)
        #expect(warnings.filter { $0.contains("上年度家庭人均纯收入") && $0.contains("thousands") }.count == 1)
        #expect(warnings.filter { $0.contains("申请日期") }.count == 1)
    }

    @Test func anIDNumberExcelTurnedIntoScientificNotationIsAnError() {
        let r = lieshan()
        let path = temporaryFile("sci.jsonl", #"{"id":"S-1","status":"general","members":[{"id":"3.40604E+17","relation":"head"}]}"# + "\n")
        let source = try! RecordFiles.open(path: path, members: nil, schema: r.schema)
        var rec = r.schema.emptyRecord()
        let read = source.next(into: &rec)!
        #expect(read.errors.contains { $0.contains("scientific notation") })
    }
}
