import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Run history (issue 21, item 3): two runs of the Lieshan examples into one database with the
/// monitoring line changed between them (an overlay raising it to 7500): `--changes` lists exactly
/// the households whose decision changed, `--id` shows the change, the same run twice adds nothing,
/// and ID numbers are masked on output.
@Suite struct RunHistoryTests {
    static let records = Repo.path("Examples/lieshan-2022/households.jsonl")

    /// An overlay of the Lieshan file with the 2022 line at 7500.
    static let raised: String = {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("watchline-history-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent("lieshan-7500.yaml").path
        // extends is written relative to the overlay (absolute paths are refused), and the run is
        // given the repository as its rules root.
        let up = String(repeating: "../", count: dir.path.split(separator: "/").count)
        try! """
        watchline: 1
        ruleset: { id: lieshan-7500, extends: \(up + Repo.path("Rules/anhui/lieshan-2022.yaml").dropFirst()) }
        parameters:
          监测范围: { values: { 2022-01-01: 7500 } }

        """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }()

    static func compiled(_ path: String) -> CompiledRuleset {
        let loaded = Engine.load(rules: path, asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore(), rulesRoot: RulesRoot(folder: "/"))
        #expect(!loaded.hasErrors, "\(loaded.diagnostics.map(\.message))")
        return loaded.compiled!
    }

    /// Runs and records, as `run --history` does.
    static func record(_ rules: String, into db: HistoryDatabase, at time: Date = Date()) throws -> (HistoryRecorder.Saved, [String: HistoryDecision]) {
        let r = compiled(rules)
        let recorder = HistoryRecorder(ruleset: r)
        let summary = SummaryBuilder(ruleset: r)
        let source = try RecordFiles.open(path: records, members: nil, schema: r.schema)
        ParallelRunner(ruleset: r).run(source) { o, record, _ in recorder.add(o, record: record); summary.add(o, record: record, frame: nil) }
        let saved = try recorder.save(to: db, summary: summary.finish(), records: records, members: nil, now: time)
        return (saved, Dictionary(uniqueKeysWithValues: recorder.decisions.map { ($0.householdID, $0) }))
    }

    @Test func twoRunsWithTheLineChangedListExactlyTheHouseholdsThatChanged() throws {
        let path = temporaryFile("office.sqlite", "")
        try FileManager.default.removeItem(atPath: path)
        let db = try HistoryDatabase(path: path)
        let (first, a) = try Self.record(Repo.path("Rules/anhui/lieshan-2022.yaml"), into: db)
        #expect(first == .recorded(1))
        // The same run again adds nothing: no run, no decision.
        let (again, _) = try Self.record(Repo.path("Rules/anhui/lieshan-2022.yaml"), into: db)
        #expect(again == .unchanged(1))
        #expect(try db.runs().count == 1)

        let (second, b) = try Self.record(Self.raised, into: db)
        #expect(second == .recorded(2))
        let expected = Set(a.keys.filter { a[$0]!.decides(differently: b[$0]!) })
        #expect(!expected.isEmpty, "raising the line to 7500 should change someone")
        let changes = try db.changes(from: 1, to: 2)
        #expect(Set(changes.map(\.householdID)) == expected)
        #expect(changes.allSatisfy { !$0.events.isEmpty })
        // 0006 (income between 7000 and 7500) enters monitoring.
        let entered = try #require(changes.first { $0.householdID == "340604-GR-0006" })
        #expect(entered.events.contains(.enteredMonitoring))
        #expect(try db.changes(from: 1, to: 1).isEmpty)

        // Its path: first recorded, then entered monitoring.
        let steps = try db.path(of: "340604-GR-0006")
        #expect(steps.map(\.run.id) == [1, 2])
        #expect(steps[0].events == [.firstRecorded] && steps[1].events.contains(.enteredMonitoring))
        #expect(steps[0].decision?.monitored == false && steps[1].decision?.monitored == true)

        // What was stored: the rule files with hashes, the parameters, the counts.
        let runs = try db.runs()
        let householdCount = try String(contentsOfFile: Self.records, encoding: .utf8).split(separator: "\n").count
        #expect(runs[1].rulesetID == "lieshan-7500" && runs[1].counts["households"] == householdCount)
        let files = try db.queue.read { db in try String.fetchAll(db, sql: "SELECT sha256 FROM run_file WHERE run_id = 2 AND role = 'rules'") }
        #expect(files.count == 2 && files.allSatisfy { $0.count == 64 })
        let line = try db.queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM run_parameter WHERE run_id = 2 AND name = '监测范围'") }
        #expect(line == "7500")

        // On output the members' ID numbers are masked; stored as given.
        let stored = try #require(steps[1].decision?.members.first)
        let text = String(decoding: try HistoryOutput().path("340604-GR-0006", steps, format: .table), as: UTF8.self)
        #expect(text.contains(Schema.masked(stored)) && !text.contains(stored))
        let revealed = String(decoding: try HistoryOutput(reveal: true).path("340604-GR-0006", steps, format: .json), as: UTF8.self)
        #expect(revealed.contains(stored))
        let csv = String(decoding: try HistoryOutput().changes(1, 2, changes, format: .csv), as: UTF8.self)
        #expect(csv.hasPrefix("household_id,town,village,events,before_monitored"))
        #expect(csv.split(separator: "\n").count == changes.count + 1 && !csv.contains(stored))
        let json = try JSONSerialization.jsonObject(with: Data(try HistoryOutput().changes(1, 2, changes, format: .json))) as? [String: Any]
        #expect(json?["changed"] as? Int == changes.count)
        let xlsx = temporaryFile("changes.xlsx", "")
        try Data(try HistoryOutput().changes(1, 2, changes, format: .xlsx)).write(to: URL(fileURLWithPath: xlsx))
        #expect(try XLSXWorkbook(path: xlsx).rows(of: try XLSXWorkbook(path: xlsx).sheets[0]).count == changes.count + 1)

        // Opening it again runs no migration twice.
        #expect(try HistoryDatabase(path: path).runs().count == 2)
    }

    @Test func everyEventHasItsWords() {
        for e in HistoryEvent.allCases { #expect(MessageID.historyEvents[e.rawValue] != nil, "\(e) has no catalogue words") }
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Data(String(repeating: "a", count: 1000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}
