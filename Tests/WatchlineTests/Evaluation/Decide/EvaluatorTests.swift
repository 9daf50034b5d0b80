import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

@Suite struct EvaluatorTests {
    let r = lieshan()

    @Test func exactMoney() {
        #expect(evalText("0.1 + 0.2 == 0.3", r) == "true")
        #expect(evalText("6999.99 < params.监测范围", r) == "true")
        #expect(evalText("7000.00 < params.监测范围", r) == "false")
    }

    @Test func chineseIdentifiers() {
        #expect(evalText("params.监测范围 * params.收入较高倍数", r) == "10500")
    }

    @Test func errorAbsorption() {
        #expect(evalText("false && 1 / 0 == 1", r) == "false")
        #expect(evalText("true || 1 / 0 == 1", r) == "true")
        #expect(evalText("1 / 0 == 1 || true", r) == "true")
        #expect(evalText("1 / 0 == 1 && true", r).hasPrefix("error"))
    }

    @Test func unknownsAreThreeValued() {
        let rec = record(#"{"id":"u1","members":[]}"#, r)
        func eval(_ e: String) -> String {
            let (v, _, d) = Engine.evaluate(e, with: r, record: rec)
            return v.map { ValueText.plain($0, r) } ?? "compile error \(d)"
        }
        #expect(eval("income.net_per_capita < 7000 && false") == "false")
        #expect(eval("income.net_per_capita < 7000 || true") == "true")
        #expect(eval("income.net_per_capita < 7000").hasPrefix("unknown (missing: income.net_per_capita"))
        #expect(eval("has(income.net_per_capita)") == "false")
    }

    @Test func enumsCompareWithTheirValues() {
        let rec = record(#"{"id":"e1","status":"poor","guarantees":{"housing":"C"},"members":[{"id":"m","labor":"none"}]}"#, r)
        func eval(_ e: String) -> String { ValueText.plain(Engine.evaluate(e, with: r, record: rec).0!, r) }
        #expect(eval(#"status == "poor""#) == "true")
        #expect(eval(#"status == "未脱贫户""#) == "true")
        #expect(eval(#"guarantees.housing in ["C", "D"]"#) == "true")
        #expect(eval(#"members.all(m, m.labor in ["lost", "none"])"#) == "true")
        #expect(eval("整户无劳动能力") == "true")
    }

    @Test func typeErrorsAtLoadTime() {
        let (_, _, d1) = Engine.evaluate("applied_on > 7000", with: r, record: nil)
        #expect(d1.first?.message.contains("cannot compare a date with a whole number") == true)
        let (_, _, d2) = Engine.evaluate(#"status == "pooor""#, with: r, record: nil)
        #expect(d2.first?.message.contains("did you mean 'poor'") == true)
        let (_, _, d3) = Engine.evaluate("income.net_per_captia", with: r, record: nil)
        #expect(d3.first?.message.contains("net_per_capita") == true)
        #expect(d3.first?.span?.start.column == 1)
    }

    @Test func macros() {
        #expect(evalText("[1, 2, 3].all(x, x > 0)", r) == "true")
        #expect(evalText("[1, 2, 3].exists_one(x, x > 2)", r) == "true")
        #expect(evalText("[1, 2, 3].map(x, x > 1, x * 10)", r) == "[20,30]")
        #expect(evalText("[[1], [2, 3]].map(l, size(l))", r) == "[1,2]")
    }

    @Test func workingDays() {
        #expect(evalText(#"add_workdays(date("2020-04-29"), 5)"#, r) == "2020-05-09")
        #expect(evalText(#"date("2020-04-29") + workdays(5)"#, r) == "2020-05-09")
    }
}
