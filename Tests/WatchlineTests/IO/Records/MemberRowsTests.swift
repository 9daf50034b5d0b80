import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineIO

/// A members file's rows are each accounted for: rows whose household is not in the household file
/// become one output line with their error, naming their lines (issue 19: "a member row with no
/// household … [is an error]"), and an ID Excel turned into a number (3.40604E+17) says so.
@Suite struct MemberRowsTests {
    static func read(_ households: String, _ members: String) throws -> (records: [(line: Int, id: String?, members: Int, errors: [String])], warnings: [String]) {
        let schema = lieshan().schema
        let source = try RecordFiles.open(path: temporaryFile("households.csv", households), members: temporaryFile("members.csv", members), schema: schema)
        var record = schema.emptyRecord()
        var out: [(Int, String?, Int, [String])] = []
        while let read = source.next(into: &record) {
            out.append((read.line, record.string(schema.idField), record.memberCount, read.errors))
        }
        return (out, source.warnings)
    }

    @Test func memberRowsWhoseHouseholdIsNotInTheFileAreAnErrorLineNamingTheirLines() throws {
        let (records, _) = try Self.read("户编号,乡镇\nH1,古饶镇\n", "户编号,身份证号,年龄\nH1,m1,40\nH9,m2,41\nH1,m3,12\nH9,m4,70\n")
        #expect(records.count == 2)
        #expect(records[0].id == "H1" && records[0].members == 2 && records[0].errors.isEmpty)
        #expect(records[1].id == "H9" && records[1].line == 3)
        #expect(records[1].errors.count == 1 && records[1].errors[0].contains("lines 3, 5") && records[1].errors[0].contains("'H9'"))
    }

    @Test func aHouseholdIDInScientificNotationIsThatRecordError() throws {
        let (records, _) = try Self.read("户编号,乡镇\n3.40604E+17,古饶镇\nH2,古饶镇\n", "户编号,身份证号\nH2,m1\n")
        #expect(records.count == 2)
        #expect(records[0].line == 2 && records[0].errors.contains { $0.contains("3.40604E+17") && $0.contains("scientific notation") && $0.contains("format the column as text") })
        #expect(records[1].errors.isEmpty && records[1].members == 1)
    }

    @Test func aHouseholdIDInScientificNotationInTheMembersFileSaysSoOnItsErrorLine() throws {
        let (records, _) = try Self.read("户编号,乡镇\nH1,古饶镇\n", "户编号,身份证号\nH1,m1\n3.40604E+17,m2\n")
        #expect(records.count == 2)
        #expect(records[0].errors.isEmpty && records[0].members == 1)
        #expect(records[1].line == 3)
        #expect(records[1].errors.count == 1 && records[1].errors[0].contains("'户编号'") && records[1].errors[0].contains("scientific notation") && records[1].errors[0].contains("format the column as text"))
    }

    @Test func anIDNumberInScientificNotationIsAnErrorOfItsHousehold() throws {
        let (records, _) = try Self.read("户编号,乡镇\nH1,古饶镇\n", "户编号,身份证号\nH1,3.40604E+17\n")
        #expect(records.count == 1)
        #expect(records[0].errors.contains { $0.contains(":2:") && $0.contains("scientific notation") })
    }
}
