import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `ceil(x)`: the least whole number not below x, exactly on decimals; declared in
/// Values/Builtins/NumberBuiltins.swift alone.
@Suite struct BuiltinCeilTests {
    let r = lieshan()

    @Test(arguments: [
        ("ceil(2.1)", "3"), ("ceil(2.000001)", "3"), ("ceil(2.0)", "2"), ("ceil(-2.5)", "-2"),
        ("ceil(-0.000001)", "0"), ("ceil(0)", "0"), ("ceil(7)", "7"), ("ceil(9223372036854775807)", "9223372036854775807"),
        ("ceil(params.监测范围 / 12.0)", "584"), ("ceil(9223372036854.0)", "9223372036854"),
        ("ceil(-9223372036854.775807)", "-9223372036854"),
        // A number no exact decimal holds is a double, and its ceiling one too.
        ("ceil(0.0000001)", "1"),
    ])
    func values(_ expr: String, _ want: String) {
        #expect(evalText(expr, r) == want, "\(expr)")
    }

    @Test func anIntStaysAnIntAndADecimalADecimal() {
        #expect(Engine.evaluate("ceil(7)", with: r, record: nil).1 == .int)
        #expect(Engine.evaluate("ceil(7.5)", with: r, record: nil).1 == .decimal)
        #expect(evalText("ceil(2.5) == 3", r) == "true")
    }

    /// 9 223 372 036 854.000001 and above have no ceiling a decimal can hold: an overflow error, as for `+`.
    @Test func beyondTheRangeIsAnOverflowError() {
        for e in ["ceil(9223372036854.775807)", "ceil(9223372036854.000001)"] {
            let (v, _, _) = Engine.evaluate(e, with: r, record: nil)
            guard case .error(let err)? = v else { Issue.record("\(e): \(String(describing: v))"); continue }
            #expect(err.code == .overflow)
        }
    }

    @Test func unknownsAndErrorsPropagateAndOtherTypesAreRefused() {
        let ceil = Builtins.named("ceil")!.overloads[0].bind(known: [nil], calendar: .weekdaysOnly)
        #expect(ceil.apply([.unknown(FieldMask(field: 2))]).isUnknown)
        #expect(ceil.apply([.error(EvalError(.divisionByZero))]).isError)
        #expect(evalText("ceil(\"2.5\")", r).contains("ceil needs a number here, found text"))
        #expect(evalText("ceil(1, 2)", r).contains("ceil takes 1 argument: ceil(x)"))
        #expect(evalText("ceil(dyn(\"2.5\"))", r).hasPrefix("error"))
    }
}
