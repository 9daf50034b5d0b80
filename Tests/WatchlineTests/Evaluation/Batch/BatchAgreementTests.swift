import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 22: deciding a chunk column by column (kernels, then decisions from bitmaps, the rest
/// finished rule by rule) decides every household exactly as the full evaluators do — the path
/// `explain` takes, which reads every rule's values. Checked on every rule file's example
/// households and on random households of its schema (`RandomHouseholds`: thresholds hit
/// exactly, one value in ten missing). `WATCHLINE_AGREEMENT_HOUSEHOLDS` raises the 10 000
/// (scripts/check-batch-agreement.sh runs 1 000 000 before landing).
@Suite struct BatchAgreementTests {
    static var randomCount: Int { ProcessInfo.processInfo.environment["WATCHLINE_AGREEMENT_HOUSEHOLDS"].flatMap(Int.init) ?? 10_000 }

    /// Everything a decision says, as text, so two can be compared and a difference shown.
    static func summary(_ d: Decision, _ r: CompiledRuleset) -> String {
        let amounts = d.amounts.map { "\(r.measureIDs[$0.measure])=\(r.text($0.value))" }
        let failure = d.failure.map { "\($0.rule): \($0.error.message)" } ?? "-"
        return "monitored=\(d.monitored.map(String.init) ?? "nil") category=\(r.categoryName(d) ?? "-") risks=\(r.riskNames(d)) "
            + "alerts=\(r.alertNames(d)) excluded=\(r.exclusionNames(d)) measures=\(r.measureNames(d)) watch=\(d.watch.map(String.init) ?? "nil") "
            + "undetermined=\(d.undetermined.fields) failure=\(failure) amounts=\(amounts) decisions=\(d.decisions.map(r.text))"
    }

    /// Decides `records` chunk by chunk as `run` does and compares each with the full evaluators.
    /// Returns how many were decided whole from the bitmaps, and the differences.
    static func compare(_ records: [HouseholdRecord], _ r: CompiledRuleset, chunk: Int = 4096) -> (fromMasks: Int, differences: [String]) {
        let frame = r.makeFrame(), full = r.makeFrame()
        guard let batch = r.makeBatchEvaluator(capacity: chunk) else { return (0, ["no batch plan"]) }
        var fromMasks = 0, differences: [String] = []
        records.withUnsafeBufferPointer { all in
            var start = 0
            while start < all.count {
                let part = UnsafeBufferPointer(rebasing: all[start..<min(all.count, start + chunk)])
                let answers = batch.answer(part, count: part.count)
                for i in 0..<part.count {
                    let viaMasks = batch.decision(i)
                    if viaMasks != nil { fromMasks += 1 }
                    let fast = viaMasks ?? frame.withRecord(part[i]) { r.decide(frame, batch: answers, household: i) }
                    let slow = full.withRecord(part[i]) { r.decide(full, trace: TraceSink()) }
                    let (a, b) = (summary(fast, r), summary(slow, r))
                    if a != b, differences.count < 5 { differences.append("household \(part[i].string(r.schema.idField) ?? "#\(start + i)"):\n  batch \(a)\n  full  \(b)") }
                }
                start += chunk
            }
        }
        return (fromMasks, differences)
    }

    static func examples(_ path: String, _ r: CompiledRuleset) throws -> [HouseholdRecord] {
        let source = try RecordFiles.open(path: Repo.path(path), members: nil, schema: r.schema)
        var out: [HouseholdRecord] = [], record = r.schema.emptyRecord()
        while let read = source.next(into: &record) { if read.errors.isEmpty { out.append(record) } }
        return out
    }

    @Test(arguments: ["bench", "lieshan", "linyi", "city", "henan", "zhengzhou", "ningxia"])
    func batchAndFullEvaluatorsAgree(_ which: String) throws {
        let spec = try #require(ReferenceBenchmarkTests.agreementCases[which])
        let loaded = Engine.load(rules: Repo.path(spec.rules), asOf: CivilDate(iso: spec.asOf)!, sources: SourceStore())
        let r = try #require(loaded.compiled)
        let examples = try Self.examples(spec.records, r)
        #expect(examples.count > 30)
        var random = RandomHouseholds(r, seed: 22)
        // Blocks of at most 100 000, so a million random households need not be held at once.
        var done = 0, block = examples
        while true {
            // A chunk size that is not a multiple of 64 too, so a chunk's last word is partly empty.
            for chunk in [4096, 1000] {
                let (fromMasks, differences) = Self.compare(block, r, chunk: chunk)
                #expect(differences.isEmpty, "\(which), chunks of \(chunk): \(differences.joined(separator: "\n"))")
                if BatchDecisions.applies(to: r), done > 0 {
                    #expect(fromMasks > 0, "\(which): no random household decided from the bitmaps")
                }
            }
            guard done < Self.randomCount else { break }
            let n = min(100_000, Self.randomCount - done)
            block = (done..<done + n).map { random.next(id: $0) }
            done += n
        }
    }

    /// The reference rules are decided from the bitmaps for every household with nothing missing.
    @Test func referenceHouseholdsAreDecidedFromMasks() throws {
        let spec = try #require(ReferenceBenchmarkTests.agreementCases["bench"])
        let loaded = Engine.load(rules: Repo.path(spec.rules), asOf: CivilDate(iso: spec.asOf)!, sources: SourceStore())
        let r = try #require(loaded.compiled)
        let examples = try Self.examples(spec.records, r)
        #expect(Self.compare(examples, r).fromMasks == examples.count)
    }
}
