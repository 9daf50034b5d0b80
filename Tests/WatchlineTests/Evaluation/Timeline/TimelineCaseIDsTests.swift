import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// A case in error is shown by the case id its line gives (not `#line`), and a case id given twice
/// is the second line's error — each line one output line, none dropped.
@Suite struct TimelineCaseIDsTests {
    static func results(_ name: String, _ text: String) throws -> [TimelineResult] {
        try Engine.timelines(lieshan("2022-05-20"), records: nil, members: nil, cases: temporaryFile(name, text))
    }

    @Test func jsonLines() throws {
        let rs = try Self.results("cases.jsonl", """
            {"id":"c1","procedure":"monitoring_identification","events":{"applied":"2022-05-06"}}
            {"id":"c2","procedure":"monitoring_identification","events":{"applied":"not a date"}}
            {"id":"c1","procedure":"monitoring_identification","events":{"applied":"2022-05-07"}}
            """)
        #expect(rs.map(\.caseID) == ["c1", "c2", "c1"])
        #expect(rs[0].error == nil)
        #expect(rs[1].error != nil)
        #expect(rs[2].error?.contains("line 3: case id 'c1' already given on line 1") == true, "\(rs[2].error ?? "")")
    }

    @Test func aSheet() throws {
        let rs = try Self.results("cases.csv", "案例编号,流程,applied\nc1,monitoring_identification,2022/5/6\nc2,monitoring_identification,五月六日\n")
        #expect(rs.map(\.caseID) == ["c1", "c2"])
        #expect(rs[1].error?.contains("五月六日") == true, "\(rs[1].error ?? "")")
    }
}
