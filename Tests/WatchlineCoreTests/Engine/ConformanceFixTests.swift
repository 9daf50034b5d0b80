import Testing
@testable import WatchlineCore

/// Behaviour the CEL conformance cases found wrong, fixed and pinned here.
@Suite struct ConformanceFixTests {
    @Test func stringsCompareByCodePoint() {
        let r = lieshan()
        #expect(evalText("'Am\\u00E9lie' == 'Ame\\u0301lie'", r) == "false")
        #expect(evalText("'Am\\u00E9lie' == 'Am\\u00E9lie'", r) == "true")
        #expect(evalText("'a' < 'b'", r) == "true")
    }

    @Test func anErrorInsideMapIsTheResult() {
        let r = lieshan()
        #expect(evalText("[2, 1, 0].map(n, 4 / n)", r).hasPrefix("error"))
        #expect(evalText("[2, 1].map(n, 4 / n)", r) == "[2,4]")
    }
}
