import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

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

    /// Beyond exact decimals, numbers are CEL's doubles; money stays exact.
    @Test func numbersNoDecimalCanHoldAreDoubles() {
        let r = lieshan()
        #expect(evalText("0.1 + 0.2 == 0.3", r) == "true")
        #expect(evalText("1.0 < 1.0000001", r) == "true")
        #expect(evalText("9223372036854775807 < 9223372036854777857.0", r) == "true")
        #expect(evalText("int(double(36028797018963969))", r) == "36028797018963968")
        #expect(evalText("int(-9223372036854775808.0)", r).hasPrefix("error"))
        let (_, _, diags) = Engine.evaluate("1.0000001", with: r, record: nil)
        #expect(diags.contains { $0.id == .inexactNumber && $0.severity == .warning })
    }
}
