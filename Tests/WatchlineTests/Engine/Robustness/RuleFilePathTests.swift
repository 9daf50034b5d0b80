import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Issue 17, part B: how rule files are read — once, and only from inside the rules root.
@Suite struct RuleFilePathTests {
    static let asOf = CivilDate(iso: "2022-06-30")!

    /// A rule file in a temporary `Rules/test/` folder (with the real schema and calendar beside it).
    static func rules(_ header: String, body: String = "") -> String {
        temporaryRules("r.yaml", "watchline: 1\n" + header + "\n" + body)
    }

    @Test("17.4 a rule file is read once: check on a FIFO does not hang, and sees the whole file")
    func ruleFileReadOnce() throws {
        let good = try String(contentsOfFile: Repo.path("Rules/anhui/lieshan-2022.yaml"), encoding: .utf8)
        let dir = RulesRoot.folder(of: temporaryRules("placeholder.yaml", "", folder: "anhui"))
        let fifo = dir + "/fifo.yaml"
        // The rule file names its document's text beside it.
        try FileManager.default.copyItem(atPath: Repo.path("Rules/anhui/lieshan-2022.source.txt"), toPath: dir + "/lieshan-2022.source.txt")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The writer feeds the FIFO once; a second open by the reader would wait for ever.
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            let bytes = Array(good.utf8)
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        writer.start()
        final class Box: @unchecked Sendable { var ok: Bool?; var text = "" }
        let box = Box()
        let done = DispatchSemaphore(value: 0)
        Thread {
            let sources = SourceStore()
            let r = Engine.checkFile(fifo, asOf: Self.asOf, sources: sources)
            box.ok = r.ok
            box.text = DiagnosticRenderer(sources: sources).render(r.diagnostics)
            done.signal()
        }.start()
        let finished = done.wait(timeout: .now() + 20) == .success
        if !finished {   // release the blocked reader so the test process can end
            let fd = open(fifo, O_WRONLY | O_NONBLOCK); if fd >= 0 { close(fd) }
        }
        #expect(finished, "check on a FIFO hung: the file was opened twice")
        #expect(box.ok == true, "\(box.text)")
        #expect(!box.text.contains("the file is empty"))
    }

    @Test("17.13 an absolute path in extends/schema/calendar is refused, and the file is never read")
    func absolutePathsRefused() {
        for (header, body) in [("ruleset: { id: a, extends: /etc/passwd }", "schema: ../schema/household.yaml\n"),
                               ("ruleset: { id: a }", "schema: /etc/passwd\n"),
                               ("ruleset: { id: a }", "schema: ../schema/household.yaml\ncalendar: /proc/self/environ\n")] {
            let sources = SourceStore()
            let loaded = Engine.load(rules: Self.rules(header, body: body), asOf: Self.asOf, sources: sources)
            #expect(loaded.hasErrors)
            #expect(loaded.diagnostics.contains { $0.id == .pathAbsolute }, "\(loaded.diagnostics)")
            let text = DiagnosticRenderer(sources: sources).render(loaded.diagnostics)
            #expect(!text.contains("root:"), "\(text)")
            #expect(!text.contains("PATH="), "\(text)")
        }
    }

    @Test("17.13 a path that leaves the rules root is refused; one inside it (../schema from Rules/x/) is allowed")
    func rulesRootBoundary() throws {
        let inside = Engine.load(rules: Self.rules("ruleset: { id: a }", body: "schema: ../schema/household.yaml\ncalendar: ../calendars/cn.yaml\n"),
                                 asOf: Self.asOf, sources: SourceStore())
        #expect(!inside.hasErrors, "\(inside.diagnostics)")
        let outside = Engine.load(rules: Self.rules("ruleset: { id: a }", body: "schema: ../../../../../../../../../etc/passwd\n"),
                                  asOf: Self.asOf, sources: SourceStore())
        #expect(outside.diagnostics.map(\.id).contains(.pathOutsideRoot), "\(outside.diagnostics)")
        // A symbolic link inside the root that leads out of it is refused too.
        let path = Self.rules("ruleset: { id: a, extends: link.yaml }", body: "schema: ../schema/household.yaml\n")
        try FileManager.default.createSymbolicLink(atPath: RulesRoot.folder(of: path) + "/link.yaml", withDestinationPath: "/etc/passwd")
        let linked = Engine.load(rules: path, asOf: Self.asOf, sources: SourceStore())
        #expect(linked.diagnostics.map(\.id).contains(.pathOutsideRoot), "\(linked.diagnostics)")
        // The repository's own rule files read their schema and calendar from inside Rules/.
        #expect(RulesRoot.around(Repo.path("Rules/anhui/lieshan-2022.yaml")).path == RulesRoot(folder: Repo.path("Rules")).path)
    }

    @Test("17.13 --rules-root sets the root: the same file loads under a wider one")
    func explicitRulesRoot() throws {
        let dir = RulesRoot.folder(of: temporaryRules("placeholder.yaml", ""))    // …/Rules/test
        let outer = RulesRoot.folder(of: RulesRoot.folder(of: dir))                 // above Rules
        try "watchline: 1\nschema:\n  id: other\n  fields:\n    id: { type: string }\n".write(toFile: outer + "/other-schema.yaml", atomically: true, encoding: .utf8)
        let path = dir + "/r.yaml"
        try "watchline: 1\nruleset: { id: a }\nschema: ../../other-schema.yaml\n".write(toFile: path, atomically: true, encoding: .utf8)
        let refused = Engine.load(rules: path, asOf: Self.asOf, sources: SourceStore())
        #expect(refused.diagnostics.map(\.id).contains(.pathOutsideRoot))
        let allowed = Engine.load(rules: path, asOf: Self.asOf, sources: SourceStore(), rulesRoot: RulesRoot(folder: outer))
        #expect(!allowed.hasErrors, "\(allowed.diagnostics)")
        // The same rule through the public function the loaders call.
        let root = RulesRoot(folder: outer)
        #expect(root.resolve("../../other-schema.yaml", from: path) == .success(SourceStore.normalize(dir + "/../../other-schema.yaml")))
        if case .failure(let r) = root.resolve("/etc/passwd", from: path) { #expect(r.kind == .absolute) } else { Issue.record("absolute path allowed") }
        if case .failure(let r) = root.resolve("../../../etc/passwd", from: path) { #expect(r.kind == .outsideRoot) } else { Issue.record("path outside allowed") }
    }

    @Test("17.13 a file that is not YAML is 'not a YAML mapping', its content never echoed")
    func notYAMLNeverEchoed() throws {
        let path = Self.rules("ruleset: { id: a, extends: secret.yaml }", body: "schema: ../schema/household.yaml\n")
        let folder = RulesRoot.folder(of: path)
        for secret in ["root:x:0:0:root:/root:/bin/bash\nbin: TOPSECRET\n",            // passwd-like: a YAML syntax error on line 2
                       "HOME=/root\u{0}TOPSECRET=1\u{0}",                              // environ-like: NUL bytes
                       "TOPSECRET: 1\nother: 2\n",                                     // a mapping, but not a rule file
                       "- TOPSECRET\n"] {                                              // a list
            try secret.write(toFile: folder + "/secret.yaml", atomically: true, encoding: .utf8)
            let sources = SourceStore()
            let loaded = Engine.load(rules: path, asOf: Self.asOf, sources: sources)
            let text = DiagnosticRenderer(sources: sources).render(loaded.diagnostics)
            #expect(loaded.hasErrors)
            #expect(!text.contains("TOPSECRET"), "\(text)")
            #expect(loaded.diagnostics.contains { $0.id == .fileNotYAMLMapping || $0.id == .fileNotOfKind }, "\(text)")
        }
    }

    @Test("17.23 check . and extends: . name the folder and say a rule file is expected")
    func folderNamed() {
        let cwd = FileManager.default.currentDirectoryPath
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        let path = Self.rules("ruleset: { id: a, extends: . }", body: "schema: ../schema/household.yaml\n")
        FileManager.default.changeCurrentDirectoryPath(RulesRoot.folder(of: path))
        let check = Engine.checkFile(".", asOf: Self.asOf, sources: SourceStore())
        #expect(!check.ok)
        #expect(check.diagnostics.map(\.id) == [.fileIsFolder])
        #expect(check.diagnostics.first?.message.contains("'.' is a folder") == true, "\(check.diagnostics)")
        #expect(check.diagnostics.first?.message.contains("rule file") == true)
        let ext = Engine.load(rules: "r.yaml", asOf: Self.asOf, sources: SourceStore())
        let d = ext.diagnostics.first { $0.id == .fileIsFolder }
        #expect(d != nil, "\(ext.diagnostics)")
        #expect(d?.span?.start.line == 2)
        #expect(d?.message.contains("rule file") == true)
        #expect(!ext.diagnostics.contains { $0.message.contains("''") })
    }

    @Test("17.27 a run at a date no dated value covers is one error before any record: the parameter, the date, its first date")
    func noValueAtAsOf() {
        let sources = SourceStore()
        let (compiled, diags) = Engine.loadForDeciding(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2020-06-30")!, sources: sources)
        #expect(compiled == nil)
        let errors = diags.filter(\.isError)
        #expect(errors.count == 1)
        #expect(errors.first?.id == .paramNoValueAt)
        let m = errors.first?.message ?? ""
        #expect(m.contains("监测范围") && m.contains("2020-06-30") && m.contains("2022-01-01"), "\(m)")
        // The run stops there (exit 1), before any record.
        var job = RunJob(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), records: Repo.path("Examples/lieshan-2022/households.jsonl"),
                         asOf: CivilDate(iso: "2020-06-30")!)
        let out = CapturedOutput()
        job.standardOutput = out.sink
        var stderr = ""
        job.standardError = { stderr += $0 }
        #expect(job.run() == 1)
        #expect(out.text.isEmpty)
        #expect(stderr.components(separatedBy: "has no value on").count == 2, "\(stderr)")   // said once
        #expect(!stderr.contains("invalid argument"))
        // At a covered date, it loads.
        #expect(Engine.loadForDeciding(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: Self.asOf, sources: SourceStore()).0 != nil)
    }
}

/// Standard output for a `RunJob` in a test: a temporary file read back.
final class CapturedOutput {
    let path: String
    let sink: OutputSink
    init() {
        path = temporaryFile("stdout.txt", "")
        sink = OutputSink(fileDescriptor: open(path, O_WRONLY | O_TRUNC), name: "-")
    }
    var text: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
}
