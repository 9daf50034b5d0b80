import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 17, part B: output — every write checked, the exit status, special files, temporaries,
/// and CSV/table escaping.
@Suite struct OutputTests {
    static let rules = Repo.path("Rules/anhui/lieshan-2022.yaml")
    static let records = Repo.path("Examples/lieshan-2022/households.jsonl")
    static let asOf = CivilDate(iso: "2022-06-30")!
    static let goodLines = (try? String(contentsOfFile: records, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []

    /// A `RunJob` on `records` whose stdout is `stdout` (a captured file when nil); returns the exit status, stdout and stderr.
    static func run(records: String = records, output: String? = nil, summary: String? = nil, format: OutcomeWriter.Format = .jsonl,
                    stdout: OutputSink? = nil) -> (status: Int32, out: String, err: String) {
        var job = RunJob(rules: rules, records: records, asOf: asOf)
        job.output = output
        job.summary = summary
        job.format = format
        let captured = CapturedOutput()
        job.standardOutput = stdout ?? captured.sink
        var err = ""
        job.standardError = { err += $0 }
        let status = job.run()
        return (status, captured.text, err)
    }

    /// Example households with these ids (any text: written as JSON strings); `broken` lines are cut off.
    static func lines(_ ids: [String], broken: Set<Int> = []) -> String {
        ids.enumerated().map { i, id in
            var quoted: [UInt8] = []
            appendJSONString(id, to: &quoted)
            let json = String(decoding: quoted, as: UTF8.self)
            if broken.contains(i) { return "{\"id\":\(json), broken" }
            var line = goodLines[i % goodLines.count]
            let r = line.range(of: #""id":"[^"]*""#, options: .regularExpression)!
            line.replaceSubrange(r, with: "\"id\":" + json)
            return line
        }.joined(separator: "\n") + "\n"
    }

    static func fileType(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    /// Reads a FIFO or pipe to its end on another thread.
    final class Drain: @unchecked Sendable {
        var bytes: [UInt8] = []
        let done = DispatchSemaphore(value: 0)
        init(path: String) { Thread { self.drain(open(path, O_RDONLY)) }.start() }
        init(fd: Int32) { Thread { self.drain(fd) }.start() }
        private func drain(_ fd: Int32) {
            var buf = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                bytes += buf[0..<n]
            }
            close(fd)
            done.signal()
        }
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    @Test("17.6 a write error on stdout exits 1, and no summary claims the households")
    func writeErrorOnStdout() {
        let full = open("/dev/full", O_WRONLY)
        defer { close(full) }
        let r = Self.run(stdout: OutputSink(fileDescriptor: full))
        #expect(r.status == 1)
        #expect(r.err.contains(MessageCatalogue.format(.outputStdoutFailed, [MessageCatalogue.format(.osDiskFull, [])])), "\(r.err)")
        #expect(!r.err.contains("households:"), "\(r.err)")
        // A closed pipe, with SIGPIPE ignored: EPIPE, exit 1.
        signal(SIGPIPE, SIG_IGN)
        var p: [Int32] = [0, 0]
        #expect(pipe(&p) == 0)
        close(p[0])
        let r2 = Self.run(stdout: OutputSink(fileDescriptor: p[1]))
        close(p[1])
        #expect(r2.status == 1)
        #expect(r2.err.contains("standard output"), "\(r2.err)")
    }

    @Test("17.8 run exits 0 when all are decided, 2 when some (or all) records carry errors, 1 when the rules are wrong")
    func exitStatus() {
        #expect(Self.run().status == 0)
        let some = temporaryFile("some.jsonl", Self.lines((0..<10).map { "S-\($0)" }, broken: [3]))
        #expect(Self.run(records: some).status == 2)
        let all = temporaryFile("all.jsonl", Self.lines((0..<10).map { "A-\($0)" }, broken: Set(0..<10)))
        let r = Self.run(records: all)
        #expect(r.status == 2)
        #expect(r.out.split(separator: "\n").count == 10)
        var job = RunJob(rules: Repo.path("Rules/schema/household.yaml"), records: Self.records, asOf: Self.asOf)
        job.standardError = { _ in }
        job.standardOutput = CapturedOutput().sink
        #expect(job.run() == 1)
        #expect(RunStatus.forRecords(withErrors: 0) == 0 && RunStatus.forRecords(withErrors: 3) == 2)
    }

    @Test("17.14 --output onto a FIFO writes into it and leaves it a FIFO")
    func outputOntoFIFO() {
        let dir = RulesRoot.folder(of: temporaryFile("x", ""))
        let fifo = dir + "/out.fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        let drain = Drain(path: fifo)
        let r = Self.run(output: fifo)
        #expect(r.status == 0, "\(r.err)")
        #expect(drain.done.wait(timeout: .now() + 20) == .success)
        #expect(Self.fileType(fifo) == S_IFIFO, "the FIFO was replaced by a regular file")
        #expect(drain.text.split(separator: "\n").count == Self.goodLines.count)
        #expect(try! FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["out.fifo", "x"])
        // (A character device takes the same path. No test names /dev/null or /dev/full as a path:
        // run as root, a regression would replace the machine's device node.)
    }

    @Test("17.15 --output >(cat > x): a /dev/fd/N pipe is written directly")
    func outputOntoProcessSubstitution() {
        var p: [Int32] = [0, 0]
        #expect(pipe(&p) == 0)
        let drain = Drain(fd: p[0])
        let r = Self.run(output: "/dev/fd/\(p[1])")
        close(p[1])
        #expect(r.status == 0, "\(r.err)")
        #expect(drain.done.wait(timeout: .now() + 20) == .success)
        #expect(drain.text.split(separator: "\n").count == Self.goodLines.count)
    }

    @Test("17.16 no temporary is left: not while writing, not after a failure; a failed --summary says why, from the catalogue")
    func noTemporaryLeft() throws {
        let dir = RulesRoot.folder(of: temporaryFile("keep", ""))
        let sink = try OutputSink(path: dir + "/out.csv")
        sink.write("half\n")
        // The temporary has no name (O_TMPFILE) or is registered for the signal handler.
        let named = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".partial") }
        #expect(named.allSatisfy { n in TemporaryFiles.pending.contains { $0.hasSuffix(n) } })
        sink.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["keep"])
        // What the SIGINT/SIGTERM/SIGHUP handler does before re-raising: remove every registered temporary.
        let partial = dir + "/.x.1.partial"
        FileManager.default.createFile(atPath: partial, contents: Data())
        let slot = TemporaryFiles.register(partial)
        TemporaryFiles.removeAll()
        TemporaryFiles.unregister(slot)
        #expect(!FileManager.default.fileExists(atPath: partial))
        // A --summary that cannot be written: exit 1, a catalogue message, no 0-byte file.
        let r = Self.run(summary: dir + "/no/such/folder/summary.json")
        #expect(r.status == 1)
        #expect(r.err.contains(MessageCatalogue.format(.fileCannotWrite, [dir + "/no/such/folder/summary.json", MessageCatalogue.format(.fileNoSuchFile, [])])), "\(r.err)")
        #expect(!r.err.contains("NSCocoaErrorDomain"))
        // A write that fails removes the temporary.
        let failing = try OutputSink(path: dir + "/out2.csv")
        failing.write("x")
        failing.simulateFailure("No space left on device")
        #expect(throws: ReadError.self) { try failing.finish() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["keep"])
    }

    @Test("17.17 CSV text cells starting with = + - @ tab CR get a leading ', numbers never; ESC/BEL are escaped in CSV and tables")
    func csvFormulaInjection() throws {
        let ids = ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "\tTAB", "\rCR", "ok\u{1B}[31mred\u{07}", "plain"]
        let path = temporaryFile("inj.jsonl", Self.lines(ids))
        let csv = Self.run(records: path, format: .csv)
        #expect(csv.status == 0, "\(csv.err)")
        let rows = csv.out.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().map(String.init)
        #expect(rows[0].hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\","), "\(rows[0])")
        #expect(rows[1].hasPrefix("'+1,"))
        #expect(rows[2].hasPrefix("'-2,"))
        #expect(rows[3].hasPrefix("'@SUM(A1),"))
        #expect(rows[4].hasPrefix("'\tTAB,"))
        #expect(rows[5].hasPrefix("\"'\rCR\","), "\(rows[5].debugDescription)")
        #expect(!csv.out.contains("\u{1B}") && !csv.out.contains("\u{07}"))
        #expect(rows[6].hasPrefix("ok\\x1B[31mred\\x07,"), "\(rows[6])")
        #expect(rows[7].hasPrefix("plain,"))
        // Numbers are never prefixed.
        var out: [UInt8] = []
        appendCSVField("-300", text: false, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "-300")
        // Tables: control characters escaped.
        let table = Self.run(records: path, format: .table)
        #expect(!table.out.contains("\u{1B}") && table.out.contains("ok\\x1B[31mred\\x07"))
        // diff --format csv lists the ids, prefixed.
        let r = lieshan()
        let source = try RecordFiles.open(path: temporaryFile("d.jsonl", Self.lines(["=cmd|' /C calc'!A0"])), members: nil, schema: r.schema)
        let report = try ImpactDiff.compare(old: r, new: lieshan(overrides: ["监测范围": .number(100_000 * Fixed.one, isInt: true)]),
                                            source: source, by: .none)
        let diffCSV = report.render(.csv, listIDs: Int.max)
        #expect(diffCSV.contains(",'=cmd|' /C calc'!A0"), "\(diffCSV)")
        #expect(!diffCSV.contains(",=cmd"))
    }
}
