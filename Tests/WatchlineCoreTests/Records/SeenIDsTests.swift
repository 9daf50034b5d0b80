import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Duplicate household ids: each reported with the line it first appeared on, and no false alarm
/// among many distinct ids of the shape real exports use.
@Suite struct SeenIDsTests {
    @Test func distinctIDsAreNeverTakenForDuplicates() {
        var seen = SeenIDs()
        var false_ = 0
        for i in 0..<300_000 {
            let id = "3406040\(String(i + 1_000_000).dropFirst())"
            if seen.firstLine(of: id, line: i + 1) != nil { false_ += 1 }
            seen.noteProgress(bytesRead: (i + 1) * 90, totalBytes: 300_000 * 90)
        }
        #expect(false_ == 0)
    }

    @Test func aRepeatedIDGivesItsFirstLine() {
        var seen = SeenIDs()
        for i in 0..<5000 { _ = seen.firstLine(of: "H\(i)", line: i + 2) }
        #expect(seen.firstLine(of: "H1234", line: 9000) == 1236)
        #expect(seen.firstLine(of: "H5000", line: 9001) == nil)
        #expect(MessageCatalogue.duplicateID("H1", firstLine: 3).contains("line 3"))
        #expect(MessageCatalogue.duplicateID("H1", firstLine: 0).contains("earlier"))
    }

    /// The parallel runner checks ids on its deciding thread, a chunk at a time: a repeat in a
    /// later chunk is still reported, with the line the id first appeared on.
    @Test func theParallelRunnerReportsRepeatsAcrossChunks() throws {
        let r = lieshan()
        let lines = (1...10).map { "{\"id\":\"D-\($0 == 9 ? 2 : $0)\",\"members\":[]}" }
        let path = temporaryFile("dups.jsonl", lines.joined(separator: "\n") + "\n")
        let runner = ParallelRunner(ruleset: r)
        runner.chunkSize = 3
        var out: [UInt8] = []
        runner.run(try RecordFiles.open(path: path, members: nil, schema: r.schema), writer: OutcomeWriter(ruleset: r, format: .jsonl),
                   write: { out += $0 })
        let text = String(decoding: out, as: UTF8.self).split(separator: "\n")
        #expect(text.count == 10)
        #expect(text[8].contains("already appeared on line 2"))
        #expect(text.filter { $0.contains("already appeared") }.count == 1)
    }
}
