import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// A step's deadline is a fixed date or relative to an event — a file that gives both is refused,
/// since one of them would otherwise be ignored.
@Suite struct TimelineReaderTests {
    @Test func aStepWithBothByAndWithinIsAnError() {
        let text = """
        watchline: 1
        ruleset: { id: t }
        schema: ../schema/household.yaml
        timelines:
          p:
            starts_at: applied
            steps:
              a: { within: 2 days, after: applied, by: 2020-05-10 }
        """
        let loaded = Engine.load(rules: temporaryRules("t.yaml", text), asOf: CivilDate(iso: "2020-06-30")!, sources: SourceStore())
        #expect(loaded.hasErrors)
        #expect(loaded.diagnostics.contains { $0.message.contains("both 'by' and") && $0.span?.start.line == 8 })
    }
}
