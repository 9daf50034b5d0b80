import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// lint.timeline_too_long names the limit in the words of the language it is printed in.
@Suite struct TimelineLimitWordsTests {
    static func warning(limit: String) -> Diagnostic? {
        let text = """
        watchline: 1
        ruleset: { id: t }
        schema: ../schema/household.yaml
        timelines:
          p:
            starts_at: applied
            limit: \(limit)
            steps:
              a: { within: 4 days, after: applied }
              b: { within: 4 days, after: a }
        """
        let loaded = Engine.load(rules: temporaryRules("t.yaml", text), asOf: CivilDate(iso: "2020-06-30")!, sources: SourceStore())
        return loaded.diagnostics.first { $0.id == .lintTimelineTooLong }
    }

    @Test func workingDaysInBothLanguages() throws {
        let d = try #require(Self.warning(limit: "5 workdays"))
        #expect(d.message(chinese: false) == "the steps of timeline 'p' can take 8 days one after another, more than its limit of 5 working days")
        #expect(d.message(chinese: true) == "时限流程“p”的各步骤依次进行可能需要 8 天，超过其时限 5个工作日")
    }

    @Test func calendarDaysInBothLanguages() throws {
        let d = try #require(Self.warning(limit: "1 day"))
        #expect(d.message(chinese: false).hasSuffix("more than its limit of 1 day"))
        #expect(d.message(chinese: true).hasSuffix("超过其时限 1天"))
    }

    @Test func monthsInBothLanguages() {
        let span = Timeline.Span(count: 2, workdays: false, months: true)
        #expect(span.words.rendered(chinese: false) == "2 months")
        #expect(span.words.rendered(chinese: true) == "2个月")
    }
}
