import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The loader's, the expression parser's, the test files' and the policy lint's messages are
/// catalogue sentences of their own: printed in Chinese they hold no English but the names, keys
/// and values the officer wrote; printed in English they read as they always did.
@Suite struct LoaderMessagesTests {
    static let asOf = CivilDate(iso: "2022-06-30")!

    /// The words of three or more ASCII letters in `text` that are not among the words of `allowed`
    /// (the names, keys and values of the file, each split the same way).
    static func englishWords(_ text: String, allowed: [String]) -> [String] {
        func words(_ s: String) -> [String] {
            let re = try! NSRegularExpression(pattern: "[A-Za-z]{3,}")
            let ns = s as NSString
            return re.matches(in: s, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range) }
        }
        let known = Set(allowed.flatMap(words))
        return words(text).filter { !known.contains($0) }
    }

    /// The errors of loading `yaml` as `Rules/test/rules.yaml` beside the repository's schema.
    static func load(_ yaml: String) -> (errors: [Diagnostic], sources: SourceStore) {
        let sources = SourceStore()
        let path = temporaryRules("rules.yaml", yaml)
        let errors = Engine.load(rules: path, asOf: asOf, sources: sources).diagnostics.filter(\.isError)
        return (errors, sources)
    }

    static func rules(_ body: String) -> String {
        "watchline: 1\nruleset: { id: x }\nschema: ../schema/household.yaml\n" + body
    }

    /// One error, both ways: the Chinese message has no English word outside `allowed`, and the
    /// English message is `english` (the wording before messages had ids of their own).
    static func expectBothLanguages(_ d: Diagnostic?, id: MessageID, english: String, allowed: [String],
                                    sourceLocation: SourceLocation = #_sourceLocation) {
        guard let d else { Issue.record("no diagnostic", sourceLocation: sourceLocation); return }
        #expect(d.id == id, "\(d.id): \(d.message(chinese: false))", sourceLocation: sourceLocation)
        let zh = d.message(chinese: true), en = d.message(chinese: false)
        #expect(englishWords(zh, allowed: allowed).isEmpty, "\(zh)", sourceLocation: sourceLocation)
        #expect(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(zh)", sourceLocation: sourceLocation)
        #expect(en == english, "\(en)", sourceLocation: sourceLocation)
    }

    // MARK: the loader

    @Test func aValueOfTheWrongKindForAKey() {
        let (errors, _) = Self.load(Self.rules("population:\n  规模: { min_share: abc }\n"))
        Self.expectBothLanguages(errors.first { $0.id == .mustBeNumber }, id: .mustBeNumber,
                                 english: "min_share must be a number", allowed: ["min_share"])
    }

    @Test func aRiskThatIsNotAMapping() {
        let (errors, _) = Self.load(Self.rules("risks:\n  因病: [a, b]\n"))
        let d = errors.first { $0.id == .expectedKind }
        Self.expectBothLanguages(d, id: .expectedKind,
                                 english: "expected a mapping (key: value) for risk '因病' here, found a list", allowed: ["key", "value"])
        #expect(d?.message(chinese: true) == "此处应为风险“因病”的映射（键: 值），实际为列表")
    }

    @Test func anExpressionGivenAsAMapping() {
        let (errors, _) = Self.load(Self.rules("risks:\n  因病:\n    when: { a: 1 }\n"))
        Self.expectBothLanguages(errors.first { $0.id == .expectedKind }, id: .expectedKind,
                                 english: "expected an expression for when here, found a mapping", allowed: ["when", "key", "value"])
    }

    @Test func aMissingKeyInARisk() {
        let (errors, sources) = Self.load(Self.rules("risks:\n  因病: { label: 因病致贫 }\n"))
        let d = errors.first { $0.id == .missingKey }
        Self.expectBothLanguages(d, id: .missingKey, english: "risk '因病' needs 'when'", allowed: ["when"])
        #expect(d?.message(chinese: true) == "风险“因病”缺少“when”")
        // The whole rendering (the quoted line is the officer's own) has no English sentence either.
        let zh = DiagnosticRenderer(sources: sources).render(errors, chinese: true)
        #expect(ChineseOutputTests.englishSentences(zh).isEmpty, "\(zh)")
    }

    @Test func anUnknownKeyInAnExclusion() {
        let (errors, _) = Self.load(Self.rules("exclusions:\n  财政供养: { wehn: 'true' }\n"))
        Self.expectBothLanguages(errors.first { $0.id == .unknownKey }, id: .unknownKey,
                                 english: "unknown key 'wehn' in exclusion '财政供养'; did you mean 'when'?", allowed: ["wehn", "when"])
    }

    @Test func aParameterWithoutValues() {
        let (errors, _) = Self.load(Self.rules("parameters:\n  线: { label: 监测线 }\n"))
        Self.expectBothLanguages(errors.first { $0.id == .missingOneOf }, id: .missingOneOf,
                                 english: "parameter '线' needs 'value' or 'values'", allowed: ["value", "values"])
    }

    @Test func aBadRemoval() {
        let (errors, _) = Self.load(Self.rules("remove: [财政供养]\n"))
        Self.expectBothLanguages(errors.first { $0.id == .removeFormat }, id: .removeFormat,
                                 english: "write what to remove as SECTION.ID, e.g. exclusions.财政供养 (sections: " + RuleFileKeys.removable.joined(separator: ", ") + ")",
                                 allowed: ["SECTION", "ID", "exclusions"] + RuleFileKeys.removable)
    }

    @Test func aTimelineStepWithTwoDeadlines() {
        let (errors, _) = Self.load(Self.rules("timelines:\n  认定:\n    steps:\n      核查: { by: 2022-05-10, within: 2 days, after: applied }\n"))
        Self.expectBothLanguages(errors.first { $0.id == .stepByAndWithin }, id: .stepByAndWithin,
                                 english: "step '核查' gives both 'by' and 'within'/'lasts_at_least'/'after': keep one (use two steps for two deadlines)",
                                 allowed: ["within", "lasts_at_least", "after"])
    }

    @Test func aDurationThatIsNotOne() {
        let (errors, _) = Self.load(Self.rules("timelines:\n  认定:\n    limit: soon\n"))
        let d = errors.first { $0.id == .mustBeDuration }
        #expect(d?.message(chinese: false) == "limit must be a duration like '5 days', '3 workdays' or '1 month'")
        #expect(d.map { Self.englishWords($0.message(chinese: true), allowed: ["limit"]) } == [])
    }

    @Test func aMissingSchemaFile() {
        let (errors, _) = Self.load("watchline: 1\nruleset: { id: x }\nschema: ../schema/nothere.yaml\n")
        let d = errors.first { $0.id == .fileUnreadable }
        let path = d?.args.first?.rendered(chinese: false) ?? ""
        #expect(path.hasSuffix("nothere.yaml"))
        Self.expectBothLanguages(d, id: .fileUnreadable, english: "cannot read '\(path)': no such file", allowed: [path])
    }

    // MARK: the expression parser

    static func expr(_ s: String) -> ExprText { ExprText(s, origin: ExprOrigin(path: "t", start: SourcePosition(line: 1, column: 1))) }

    @Test func anUnclosedParenthesis() {
        let (errors, _) = Self.load(Self.rules("risks:\n  因病: { when: 'income.net_per_capita < (1 + 2' }\n"))
        let d = errors.first { $0.id == .exprUnclosedAtEnd }
        #expect(d != nil, "\(errors.map { $0.message(chinese: false) })")
        let en = d?.message(chinese: false) ?? ""
        #expect(en.hasPrefix("expected ')' to close '(' opened at column ") && en.hasSuffix(", but the expression ends"), "\(en)")
        #expect(d.map { Self.englishWords($0.message(chinese: true), allowed: []) } == [], "\(d?.message(chinese: true) ?? "")")
    }

    /// (expression, the id's raw value, the English message)
    static let syntaxErrors: [(String, String, String)] = [
        ("income.net_per_capita = 1", MessageID.exprSingleEquals.rawValue, "'=' is not an operator here; use '==' to compare"),
        ("income.net_per_capita < 1 1", MessageID.exprTrailingToken.rawValue, "unexpected a number after a complete expression; is an operator missing?"),
        ("income.net_per_capita <", MessageID.exprNeedsRightOperand.rawValue, "'<' needs something on its right"),
        ("income.net_per_capita < )", MessageID.exprUnexpectedToken.rawValue, "unexpected ')'; expected a value, a name or '('"),
        ("()", MessageID.exprEmptyParens.rawValue, "empty parentheses: put an expression inside"),
    ]

    @Test(arguments: syntaxErrors)
    func expressionSyntaxErrors(_ expr: String, _ id: String, _ english: String) {
        let (_, diags) = Parser.parse(Self.expr(expr))
        #expect(diags.first?.id.rawValue == id)
        Self.expectBothLanguages(diags.first, id: diags.first?.id ?? .exprEmpty, english: english, allowed: [])
    }

    @Test func differentSyntaxErrorsHaveDifferentIDs() {
        let cases = ["", ")", "a b", "(a", "(a b", "a.", "has(1)", "a <", "1 = 2", "'abc", "a & b", "in", "9223372036854775808"]
        let ids = cases.compactMap { Parser.parse(Self.expr($0)).1.first?.id }
        #expect(ids.count == cases.count)
        #expect(Set(ids).count == cases.count, "\(zip(cases, ids).map { "\($0.0): \($0.1)" })")
    }

    // MARK: policy test files

    static func testFile(_ cases: String) -> (PolicyTestFile?, [Diagnostic]) {
        let path = temporaryFile("x.test.yaml", "tests: { rules: rules.yaml, as_of: 2022-06-30 }\ncases:\n" + cases)
        return PolicyTestLoader.load(path: path, sources: SourceStore())
    }

    @Test func aTestCaseWithoutFromOrHousehold() {
        let (file, diags) = Self.testFile("  - { name: 无来源, clause: 一, expect: { monitored: true } }\n")
        #expect(file == nil)
        let d = diags.first { $0.id == .missingOneOf }
        Self.expectBothLanguages(d, id: .missingOneOf, english: "test case '无来源' needs 'from' or 'household'", allowed: ["from", "household"])
        #expect(d?.message(chinese: true) == "测试用例“无来源”缺少“from”或“household”")
    }

    @Test func aTestCaseWithAnUnknownKey() {
        let (_, diags) = Self.testFile("  - { name: 甲, clause: 一, from: 户1, expect: { monitored: true }, expcet: 1 }\n")
        Self.expectBothLanguages(diags.first { $0.id == .unknownKey }, id: .unknownKey,
                                 english: "unknown key 'expcet' in a test case; did you mean 'expect'?", allowed: ["expcet", "expect"])
    }

    @Test func anUnknownStepStatus() {
        let (_, diags) = Self.testFile("  - { name: 甲, clause: 一, from: 户1, expect: { steps: { 核查: { status: lat } } } }\n")
        let d = diags.first { $0.id == .testUnknownStatus }
        let known = ["on_time", "late", "overdue", "pending", "too_short", "out_of_order", "ready"]
        Self.expectBothLanguages(d, id: .testUnknownStatus,
                                 english: "unknown status 'lat'; use " + known.joined(separator: ", ") + "; did you mean 'late'?",
                                 allowed: ["lat"] + known)
    }

    // MARK: policy lint

    @Test func lintReasonsAreWordedInChinese() {
        let sources = SourceStore()
        let loaded = Engine.load(rules: Repo.fixture("lint-warnings.yaml"), asOf: Self.asOf, sources: sources, rulesRoot: Repo.rulesRoot)
        let never = loaded.diagnostics.filter { [.lintCategoryNeverApplies, .lintRowNeverApplies, .lintRiskNeverHolds].contains($0.id) }
        #expect(never.count == 3)
        let fields = ["guarantees.housing", "guarantees.dropout_children", "income.net_per_capita"]
        for d in never {
            let zh = d.message(chinese: true)
            #expect(Self.englishWords(zh, allowed: fields).isEmpty, "\(zh)")
            #expect(zh.contains("永远不会"), "\(zh)")
        }
        #expect(never.map { $0.message(chinese: false) }.contains("category '丙' can never apply: no value of 'guarantees.housing' meets all its conditions"))
    }
}
