import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

@Suite struct FixedTests {
    @Test func parsesExactly() {
        #expect(Fixed.parse("7000") == .value(7_000_000_000))
        #expect(Fixed.parse("6999.99") == .value(6_999_990_000))
        #expect(Fixed.parse("-0.05") == .value(-50_000))
        #expect(Fixed.parse("1e3") == .value(1_000_000_000))
        #expect(Fixed.parse("2.5e-3") == .value(2_500))
        #expect(Fixed.parse("0.1234567") == .tooPrecise)
        #expect(Fixed.parse("0.1234560") == .value(123_456))
        #expect(Fixed.parse("99999999999999") == .overflow)
        #expect(Fixed.parse("abc") == .invalid)
        #expect(Fixed.parse("1.") == .value(1_000_000))
    }

    @Test func formatsShortest() {
        #expect(Fixed.format(7_000_000_000) == "7000")
        #expect(Fixed.format(6_999_990_000) == "6999.99")
        #expect(Fixed.format(300_000) == "0.3")
        #expect(Fixed.format(-50_000) == "-0.05")
        #expect(Fixed.format(0) == "0")
    }

    @Test func arithmeticIsExactAndChecked() {
        #expect(Fixed.add(100_000, 200_000) == 300_000)
        #expect(Fixed.mul(1_500_000, 7_000_000_000) == 10_500_000_000)
        #expect(Fixed.div(10_000_000, 3_000_000) == 3_333_333)
        #expect(Fixed.div(1_000_000, 0) == nil)
        #expect(Fixed.add(.max, 1) == nil)
        // Half to even at the sixth place.
        #expect(Fixed.div(1, 2_000_000) == 0)      // 0.0000005 → 0
        #expect(Fixed.div(3, 2_000_000) == 2)      // 0.0000015 → 0.000002
    }
}
