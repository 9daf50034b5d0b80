import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 8, "nothing lost": whatever a records file holds, the run gives one output line per
/// input record, in input order, each decided or carrying its errors; the same input always gives
/// byte-identical output; `--output` appears only when complete.
@Suite struct NothingLostTests {
    typealias Rand = SplitMix64

    static let goodLines = (try? String(contentsOfFile: Repo.path("Examples/lieshan-2022/households.jsonl"), encoding: .utf8))?
        .split(separator: "\n").map(String.init) ?? []

    /// A record line, good or broken in one of the ways exports break.
    static func line(_ i: Int, _ r: inout Rand) -> String {
        let good = goodLines[r.below(goodLines.count)]
            .replacingOccurrences(of: #""id":"([^"]*)""#, with: "\"id\":\"P-\(i)\"", options: .regularExpression)
        switch r.below(10) {
        case 0:                                                                        // cut off after its id
            let keep = "{\"id\":\"P-\(i)\",".count
            return String(good.prefix(keep + r.below(good.count - keep)))
        case 1: return good.replacingOccurrences(of: "\"net_per_capita\":", with: "\"net_per_capita\":\"abc\",\"x\":")  // wrong type
        case 2: return "{\"id\":\"P-\(i)\",\"status\":\"nonsense\"}"                   // bad enum
        case 3: return String(decoding: Array(good.utf8.prefix(20)) + [0xFF, 0xFE] + Array(good.utf8.dropFirst(20)), as: UTF8.self)
        case 4: return "[1,2,3]"                                                       // not an object
        default: return good
        }
    }

    func run(_ text: String, format: OutcomeWriter.Format, chunk: Int) throws -> (lines: [String], outcomes: Int) {
        let r = lieshan()
        let path = temporaryFile("records.jsonl", text)
        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        let runner = ParallelRunner(ruleset: r)
        runner.chunkSize = chunk
        var bytes: [UInt8] = []
        var outcomes = 0
        runner.run(source, writer: OutcomeWriter(ruleset: r, format: format), observe: { _, _, _ in outcomes += 1 }, write: { bytes += $0 })
        // Errors name the file they are in: each run's is a new temporary one.
        return (String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: path, with: "records.jsonl")
                    .split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init), outcomes)
    }

    @Test(arguments: [1, 2, 3, 4, 5])
    func oneLinePerRecordInOrder(seed: UInt64) throws {
        var r = Rand(state: seed)
        let n = 50 + r.below(400)
        let input = (0..<n).map { Self.line($0, &r) }
        let (out, outcomes) = try run(input.joined(separator: "\n") + "\n", format: .jsonl, chunk: 1 + r.below(64))
        #expect(out.count == n)
        #expect(outcomes == n)
        for (i, line) in out.enumerated() {
            // Each output line is the record's own: its id (or its line number when the id is lost), decided or with errors.
            let decided = line.contains("\"monitored\":true") || line.contains("\"monitored\":false") || line.contains("\"monitored\":null")
            let hasErrors = !line.contains("\"errors\":[]")
            #expect(line.contains("\"id\":\"P-\(i)\"") || line.contains("\"id\":\"#\(i + 1)\""), "line \(i + 1): \(line.prefix(80))")
            #expect(decided || hasErrors)
        }
    }

    @Test func everyTenthLineBrokenStillGivesAThousandLines() throws {
        let input = (0..<1000).map { i in
            i % 10 == 9 ? "{\"id\":\"B-\(i)\", broken" : Self.goodLines[i % Self.goodLines.count]
                .replacingOccurrences(of: #""id":"([^"]*)""#, with: "\"id\":\"B-\(i)\"", options: .regularExpression)
        }
        let (out, _) = try run(input.joined(separator: "\n") + "\n", format: .csv, chunk: 4096)
        #expect(out.count == 1000)   // one line per record (the header is `run`'s, not the runner's)
        #expect(out.filter { $0.contains("records.jsonl:") }.count == 100)   // each broken one says where it is
    }

    @Test func theSameInputGivesByteIdenticalOutput() throws {
        var r = Rand(state: 42)
        let input = (0..<300).map { Self.line($0, &r) }.joined(separator: "\n") + "\n"
        let a = try run(input, format: .jsonl, chunk: 17), b = try run(input, format: .jsonl, chunk: 4096)
        #expect(a.lines == b.lines)
    }

    /// The run loop on the calling thread (tests, the fuzzer) is the overlapped one's code: the
    /// same outcomes, written the same, in the same order.
    @Test func onTheCallingThreadTheRunLoopWritesTheSameLines() throws {
        var rand = Rand(state: 7)
        let input = (0..<300).map { Self.line($0, &rand) }.joined(separator: "\n") + "\n"
        let r = lieshan()
        let path = temporaryFile("records.jsonl", input)
        for chunk in [1, 17, 4096] {
            let overlapped = try run(input, format: .jsonl, chunk: chunk)
            let runner = ParallelRunner(ruleset: r)
            runner.chunkSize = chunk
            let writer = OutcomeWriter(ruleset: r, format: .jsonl)
            var bytes: [UInt8] = []
            runner.run(try RecordFiles.open(path: path, members: nil, schema: r.schema)) { o, _, _ in writer.write(o, to: &bytes) }
            let here = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: path, with: "records.jsonl").split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
            #expect(here == overlapped.lines, "chunk \(chunk)")
        }
    }

    @Test func outputAppearsOnlyWhenComplete() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-sink-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/out.jsonl"
        let sink = try OutputSink(path: path)
        sink.write(Array("half a run\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: path))
        try sink.finish()
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "half a run\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.jsonl"])
    }
}
