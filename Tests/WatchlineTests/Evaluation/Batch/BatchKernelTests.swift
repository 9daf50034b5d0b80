import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The kernels answer as CEL does (docs/LANGUAGE.md, "Unknowns"): `false && x` is false and
/// `true || x` true whatever x is, and an unknown operand otherwise leaves the answer unknown —
/// over bitmaps, 64 households a word, with the missing field still named where it decides.
@Suite struct BatchKernelTests {
    static let rules = """
    watchline: 1
    ruleset: { id: kernel-test, title: kernels }
    schema: schema.yaml
    risks:
      car_and_low: { when: has_car && per_capita_income < 4000 }
      car_or_low: { when: has_car || per_capita_income < 4000 }
      no_water: { when: '!water_safe' }
      poor_house: { when: 'house_safety in ["C", "D"]' }
    """

    static func ruleset() throws -> CompiledRuleset {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-kernels-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.path("Rules/bench/schema.yaml"), toPath: dir + "/schema.yaml")
        try rules.write(toFile: dir + "/kernels.yaml", atomically: true, encoding: .utf8)
        let loaded = Engine.load(rules: dir + "/kernels.yaml", asOf: CivilDate(iso: "2024-06-30")!, sources: SourceStore())
        return try #require(loaded.compiled, "\(loaded.diagnostics.map(\.message))")
    }

    @Test func unknownsAreAbsorbedOrKeptAsCELDoes() throws {
        let r = try Self.ruleset()
        let records = [
            // has_car missing, income not low: && is false, || is unknown
            record(#"{"id": "A", "per_capita_income": 5000, "water_safe": true, "house_safety": "A"}"#, r),
            // has_car missing, income low: && is unknown, || is true
            record(#"{"id": "B", "per_capita_income": 3000, "water_safe": true, "house_safety": "C"}"#, r),
            // everything given
            record(#"{"id": "C", "per_capita_income": 3000, "has_car": false, "water_safe": false, "house_safety": "B"}"#, r),
        ]
        let batch = try #require(r.makeBatchEvaluator(capacity: 64))
        let answers = records.withUnsafeBufferPointer { batch.answer($0, count: $0.count) }
        let roots = (0..<4).map { r.fast.rules[.risks][$0] }
        // 0 false, 1 true, 2 unknown, per household A, B, C
        #expect((0..<3).map { answers.answer(roots[0], $0) } == [0, 2, 0])   // has_car && income < 4000
        #expect((0..<3).map { answers.answer(roots[1], $0) } == [2, 1, 1])   // has_car || income < 4000
        #expect((0..<3).map { answers.answer(roots[2], $0) } == [0, 0, 1])   // !water_safe
        #expect((0..<3).map { answers.answer(roots[3], $0) } == [0, 1, 0])   // house_safety in [C, D]
        // Only C has every rule answered, so only C is decided from the bitmaps.
        #expect(batch.decision(0) == nil && batch.decision(1) == nil)
        let c = try #require(batch.decision(2))
        #expect(r.riskNames(c) == ["car_or_low", "no_water"] && c.monitored == true)
        // A and B are finished rule by rule and name the missing field where it decides.
        let frame = r.makeFrame()
        let a = frame.withRecord(records[0]) { r.decide(frame, batch: answers, household: 0) }
        let b = frame.withRecord(records[1]) { r.decide(frame, batch: answers, household: 1) }
        let hasCar = try #require(r.schema.householdField("has_car"))
        #expect(a.monitored == nil && a.risks.isEmpty && a.undetermined.fields == [hasCar])
        #expect(b.monitored == true && r.riskNames(b) == ["car_or_low", "poor_house"] && b.undetermined.fields == [hasCar])
    }
}
