import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// The cases Watchline writes into test files read back as they were built.
@Suite struct TestFileYAMLTests {
    @Test func aCaseReadsBackWithItsTextBlankLinesIncluded() throws {
        let item = TestFileYAML.caseItem([("name", TestFileYAML.text("甲")), ("note", .scalar("first\n\nthird")),
                                          ("unconfirmed", TestFileYAML.bool(true)), ("count", TestFileYAML.number("7000.5"))])
        let root = try #require(YAMLReader.parse("cases:\n" + item, path: "t.yaml").root)
        let first = try #require(root["cases"]?.items?.first)
        #expect(first["note"]?.scalar == "first\n\nthird")
        #expect(first["name"]?.scalar == "甲")
        guard case .scalar("true", .plain)? = first["unconfirmed"]?.kind else { Issue.record("unconfirmed not a plain true"); return }
        guard case .scalar("7000.5", .plain)? = first["count"]?.kind else { Issue.record("count not a plain number"); return }
    }
}
