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

    /// One check, whichever way the records are read: a record at a time through the source
    /// `RecordFiles.open` returns, a chunk at a time in the run loop (overlapped or on the calling
    /// thread), or a bare reader handed to the run loop — the same errors on the same records.
    @Test func everyWayOfReadingGivesTheSameDuplicates() throws {
        let r = lieshan()
        let lines = ["{\"id\":\"E-1\",\"members\":[]}", "{\"id\":\"E-2\", broken", "{\"id\":\"E-2\",\"members\":[]}",
                     "{\"id\":\"E-1\",\"members\":[]}", "{\"id\":\"E-2\",\"members\":[]}"]
        let path = temporaryFile("dups-every-way.jsonl", lines.joined(separator: "\n") + "\n")
        func duplicates(_ errors: [[String]]) -> [Bool] { errors.map { $0.contains { $0.contains("already appeared") } } }
        let expected = [false, false, false, true, true]

        let source = try RecordFiles.open(path: path, members: nil, schema: r.schema)
        var rec = r.schema.emptyRecord(), oneByOne: [[String]] = []
        while let read = source.next(into: &rec) { oneByOne.append(read.errors) }
        #expect(duplicates(oneByOne) == expected)
        #expect(oneByOne[3].contains("\(path):4: " + MessageCatalogue.duplicateID("E-1", firstLine: 1)))
        #expect(oneByOne[4].contains("\(path):5: " + MessageCatalogue.duplicateID("E-2", firstLine: 3)))

        for chunk in [1, 2, 4096] {
            let runner = ParallelRunner(ruleset: r)
            runner.chunkSize = chunk
            var overlapped: [[String]] = [], here: [[String]] = [], bare: [[String]] = []
            runner.run(try RecordFiles.open(path: path, members: nil, schema: r.schema), writer: OutcomeWriter(ruleset: r, format: .jsonl),
                       observe: { o, _, _ in overlapped.append(o.errors) }, write: { _ in })
            runner.run(try RecordFiles.open(path: path, members: nil, schema: r.schema)) { o, _, _ in here.append(o.errors) }
            runner.run(try JSONLinesSource(path: path, schema: r.schema)) { o, _, _ in bare.append(o.errors) }
            #expect(overlapped == oneByOne, "chunk \(chunk)")
            #expect(here == oneByOne, "chunk \(chunk)")
            #expect(bare == oneByOne, "chunk \(chunk)")
        }
    }
}
