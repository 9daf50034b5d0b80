import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 8: Google's CEL conformance cases (Apache-2.0, copied into `Conformance/cel/`) that fit
/// our language — expected values bool, int, string, lists of those, or an evaluation error;
/// no bytes, unsigned ints, protobuf messages, type values, declarations or bindings — must
/// pass, except the deliberate differences below, each with its reason (docs/LANGUAGE.md,
/// "Differences from CEL", says the same).
@Suite struct CELConformanceTests {
    static let files = ["basic", "logic", "comparisons", "integer_math", "lists", "macros", "string", "conversions"]

    enum Expected { case bool(Bool), int(Int64), string(String), list([Expected]), error }

    struct Case { var file: String; var section: String; var name: String; var expr: String; var expected: Expected }

    /// Cases we treat otherwise on purpose: `file/section/name` → the reason.
    static let differences: [String: String] = CELDifferences.all

    static func expected(_ v: TextProto) -> Expected? {
        if let b = v["bool_value"]?.text { return .bool(b == "true") }
        if let i = v["int64_value"]?.text { return Int64(i).map(Expected.int) }
        if let s = v["string_value"] { return s.text.map(Expected.string) }
        if let l = v["list_value"] {
            var items: [Expected] = []
            for item in l.all("values") { guard let e = expected(item) else { return nil }; items.append(e) }
            return .list(items)
        }
        return nil
    }

    /// The selected cases of one file, and how many were left out (and why).
    static func cases(_ file: String) throws -> (selected: [Case], skipped: [String: Int]) {
        let text = try String(contentsOfFile: Repo.path("Tests/WatchlineTests/Language/Conformance/cel/\(file).textproto"), encoding: .utf8)
        let root = try TextProto.parse(text)
        var out: [Case] = [], skipped: [String: Int] = [:]
        // Bytes, unsigned ints, protobuf messages, type values; timestamps and protobuf durations.
        let unsupported = try Regex(#"\b\d+[uU]\b|\buint\(|\bbytes\(|\b[bB][rR]?["']|\btype\(|google\.protobuf|TestAllTypes|cel\.expr|\bduration\(|\btimestamp\("#)
        for section in root.all("section") {
            for t in section.all("test") {
                let name = t["name"]?.text ?? "?"
                guard let expr = t["expr"]?.text else { continue }
                func skip(_ why: String) { skipped[why, default: 0] += 1 }
                if t["type_env"] != nil || t["bindings"] != nil || t["container"] != nil { skip("declarations, bindings or a container"); continue }
                if t["check_only"] != nil || t["typed_result"] != nil { skip("type-checking only"); continue }
                // Watchline always type-checks before evaluating; these evaluate what the checker refuses.
                if t["disable_check"]?.text == "true" { skip("the type checker turned off"); continue }
                if expr.contains(unsupported) { skip("bytes, unsigned ints, protobuf messages, type values or timestamps"); continue }
                let e: Expected
                if t["eval_error"] != nil { e = .error }
                else if let v = t["value"], let x = expected(v) { e = x }
                else { skip("an expected value of another type"); continue }
                out.append(Case(file: file, section: section["name"]?.text ?? "?", name: name, expr: expr, expected: e))
            }
        }
        return (out, skipped)
    }

    static func matches(_ v: Value, _ e: Expected) -> Bool {
        switch (v, e) {
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.list(let l), .list(let items)):
            return l.items.count == items.count && zip(l.items, items).allSatisfy { matches($0, $1) }
        case (.error, .error): return true
        default: return false
        }
    }

    static let ruleset: CompiledRuleset = Engine.load(rules: Repo.fixture("conformance.yaml"), asOf: CivilDate(iso: "2024-01-01")!,
                                                      sources: SourceStore(), rulesRoot: Repo.rulesRoot).compiled!

    /// Our result for one case: nil when it passes, else what we gave.
    static func run(_ c: Case) -> String? {
        let (value, _, diags) = Engine.evaluate(c.expr, with: ruleset, record: nil)
        guard let value else {
            if case .error = c.expected { return nil }   // refused before evaluation: an error too
            return "refused: " + (diags.first?.message ?? "?")
        }
        return matches(value, c.expected) ? nil : "got " + displayText(value)
    }

    @Test(arguments: files)
    func selectedCasesPass(_ file: String) throws {
        let (selected, skipped) = try Self.cases(file)
        var passed = 0, unexpected: [String] = []
        for c in selected {
            let key = "\(c.file)/\(c.section)/\(c.name)"
            if let why = Self.run(c) {
                if Self.differences[key] == nil { unexpected.append("\(key): \(c.expr) — \(why)") }
            } else {
                passed += 1
                #expect(Self.differences[key] == nil, "\(key) passes now: remove it from the differences")
            }
        }
        let rate = selected.isEmpty ? 1 : Double(passed) / Double(selected.count)
        print("CEL conformance \(file): \(passed)/\(selected.count) selected cases pass; skipped \(skipped.values.reduce(0, +)) (\(skipped))")
        #expect(unexpected.isEmpty, "failing, not listed as differences:\n\(unexpected.joined(separator: "\n"))")
        #expect(rate >= 0.95, "\(file): only \(passed)/\(selected.count) pass")
    }

    @Test func atLeast95PercentOfTheSelectedCasesPass() throws {
        var total = 0, passed = 0
        for f in Self.files {
            let (selected, _) = try Self.cases(f)
            total += selected.count
            passed += selected.filter { Self.run($0) == nil }.count
        }
        // 408 of 413 pass; the 5 others (NaN) are listed in CELDifferences.
        #expect(total > 400)
        #expect(Double(passed) / Double(total) >= 0.95, "\(passed)/\(total) pass")
    }
}
