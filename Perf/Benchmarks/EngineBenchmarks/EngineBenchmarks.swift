import Benchmark
import Foundation
import WatchlineEngine

/// The per-household hot paths, one at a time: deciding a household (predicate nodes and the
/// full evaluators), reading CSV and JSON Lines records, writing CSV output. The whole-process
/// figures are `watchline bench` and `scripts/bench-peers.sh`; these find which part moved.
let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path
let sample = repo + "/Tests/WatchlineTests/Fixtures/bench/population-3000.csv"

func reference() -> CompiledRuleset {
    Engine.load(rules: repo + "/Rules/bench/reference.yaml", asOf: CivilDate(iso: "2024-06-30")!, sources: SourceStore()).compiled!
}

func records(_ r: CompiledRuleset, _ path: String) -> [HouseholdRecord] {
    let source = try! RecordFiles.open(path: path, members: nil, schema: r.schema)
    var out: [HouseholdRecord] = []
    var rec = r.schema.emptyRecord()
    while let read = source.next(into: &rec) { if read.errors.isEmpty { out.append(rec) } }
    return out
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(3))

    Benchmark("decide 3000 households (reference ruleset)") { benchmark in
        let r = reference(), recs = records(r, sample), frame = r.makeFrame()
        benchmark.startMeasurement()
        var n = 0
        for rec in recs where Engine.decide(rec, with: r, frame: frame).0.monitored == true { n += 1 }
        blackHole(n)
    }

    Benchmark("decide 3000 households with explain traces") { benchmark in
        let r = reference(), recs = records(r, sample), frame = r.makeFrame()
        benchmark.startMeasurement()
        for rec in recs { blackHole(Engine.decide(rec, with: r, frame: frame, explain: true).1?.count) }
    }

    Benchmark("read 3000 CSV records") { benchmark in
        let r = reference()
        benchmark.startMeasurement()
        let source = try RecordFiles.open(path: sample, members: nil, schema: r.schema)
        var rec = r.schema.emptyRecord(), n = 0
        while source.next(into: &rec) != nil { n += 1 }
        blackHole(n)
    }

    Benchmark("decide and write 3000 CSV lines") { benchmark in
        let r = reference(), recs = records(r, sample), frame = r.makeFrame()
        let writer = OutcomeWriter(ruleset: r, format: .csv)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        benchmark.startMeasurement()
        for (i, rec) in recs.enumerated() {
            let (d, _) = Engine.decide(rec, with: r, frame: frame)
            writer.write(Outcome(line: i + 1, id: rec.string(r.schema.idField), decision: d, errors: []), to: &out)
        }
        blackHole(out.count)
    }

    batchBenchmarks()
}

/// The batch path's stages (issue 22): gather into columns, kernels, decisions from bitmaps —
/// on the same 3000 households, so a change to one stage shows as that stage's figure.
let batchBenchmarks: @Sendable () -> Void = {
    Benchmark("batch: gather 3000 records into columns") { benchmark in
        let r = reference(), kb = KernelBenchmark(ruleset: r, records: records(r, sample))!
        benchmark.startMeasurement()
        blackHole(kb.gather())
    }

    Benchmark("batch: kernels over 3000 households' columns") { benchmark in
        let r = reference(), kb = KernelBenchmark(ruleset: r, records: records(r, sample))!
        benchmark.startMeasurement()
        blackHole(kb.kernels())
    }

    Benchmark("batch: kernels and decisions from bitmaps, 3000 households") { benchmark in
        let r = reference(), kb = KernelBenchmark(ruleset: r, records: records(r, sample))!
        benchmark.startMeasurement()
        blackHole(kb.decide())
    }
}
