import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The progress line (issue 21, item 5): households, share of the input read, rate and time left.
@Suite struct ProgressTextTests {
    @Test func rateAndTimeLeft() {
        #expect(ProgressText.line(households: 20000, done: 250, total: 1000, elapsed: 2) == "20000 households (25%), 10000/s, about 0:06 left")
        #expect(ProgressText.line(households: 5, done: 0, total: nil, elapsed: 0) == "5 households")
        #expect(ProgressText.line(households: 100, done: 1000, total: 1000, elapsed: 1) == "100 households (100%), 100/s")
        #expect(ProgressText.clock(3723) == "1:02:03" && ProgressText.clock(59.2) == "1:00" && ProgressText.clock(7) == "0:07")
    }

    @Test func silentWhenNotATerminal() {
        // Under a pipe (as in tests) or --quiet nothing is written: the line is disabled.
        let p = ProgressLine(enabled: false)
        p.update(households: 1, done: 1, total: 2)
        p.clear()
        #expect(!p.enabled)
    }
}
