import Foundation
import Testing

/// A household id that comes again later in the file: the run decides the first record and gives
/// the second its error; the history keeps both — the first record's decision is not replaced by
/// the second's error (nothing lost).
@Suite struct HistoryDuplicateIDTests {
    @Test func theFirstDecisionAndTheLaterErrorAreBothKept() throws {
        let dir = (temporaryFile("x", "") as NSString).deletingLastPathComponent
        let db = dir + "/office.sqlite"
        let run = Command.watchline(["run", "Rules/anhui/lieshan-2022.yaml", "--records", "Examples/lieshan-2022/bad-records.jsonl", "--as-of", "2022-06-30",
                                     "--history", db, "--output", dir + "/out.jsonl"], in: Repo.root)
        #expect(run.stderr.contains("recorded as run 1"), "\(run.all)")
        let out = try String(contentsOfFile: dir + "/out.jsonl", encoding: .utf8)
        let first = out.split(separator: "\n").first { $0.contains("\"340604-BAD-01\"") && $0.contains("\"monitored\":true") }
        #expect(first != nil, "the run decides the first 340604-BAD-01: \(out)")

        let history = Command.watchline(["history", "--db", db, "--id", "340604-BAD-01"], in: Repo.root)
        #expect(history.status == 0, "\(history.all)")
        #expect(history.stdout.contains("monitored: yes"), "\(history.stdout)")
        #expect(history.stdout.contains("already appeared on line 1"), "\(history.stdout)")
    }
}
