import Foundation
import Testing

/// Every command in README.md's shell blocks runs as written, with the debug binary as
/// `watchline`, on a copy of the repository's files, and exits as the README says: 0, unless a
/// comment above it says `exit status N` (issue 19, item 6). What the walkthrough's commands print
/// is WalkthroughTests' part; here every command is run, in the README's order.
@Suite struct ReadmeCommandsTests {
    struct ReadmeCommand: CustomStringConvertible {
        var line: String
        var section: String
        var status: Int32
        var description: String { line }
    }

    /// Commands not run, each with why.
    static let notRun: [(prefix: String, why: String)] = [
        ("swift test", "runs this suite: the test would run itself"),
        ("swift build", "builds the package under test; the commands here run the binary it built"),
        ("scripts/package.sh", "a release build and an archive: minutes of building, nothing a command here does not cover"),
    ]
    /// The bench population, small: the README's 100 000 households only take longer.
    static let benchHouseholds = 2000
    /// The section whose commands come after the README's edit of the monitoring line.
    static let yearlyUpdate = "The yearly update of the monitoring line"

    /// The commands of the README's ```sh blocks: comments dropped, `\` continuations joined.
    static func commands() throws -> [ReadmeCommand] {
        let readme = try String(contentsOfFile: Repo.path("README.md"), encoding: .utf8)
        var out: [ReadmeCommand] = []
        var section = "", indent: Int?, pending = "", status: Int32 = 0
        let exitComment = try NSRegularExpression(pattern: "exit status ([0-9]+)")
        for raw in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            guard let ind = indent else {
                if raw.hasPrefix("## ") { section = String(raw.dropFirst(3)) }
                if trimmed == "```sh" { indent = raw.prefix { $0 == " " }.count }
                continue
            }
            if trimmed == "```" { indent = nil; pending = ""; status = 0; continue }
            let line = String(raw.dropFirst(min(ind, raw.prefix { $0 == " " }.count)))
            if pending.isEmpty && line.hasPrefix("#") {
                let ns = line as NSString
                if let m = exitComment.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)) {
                    status = Int32(ns.substring(with: m.range(at: 1)))!
                }
                continue
            }
            if trimmed.isEmpty { continue }
            if line.hasSuffix("\\") { pending += line.dropLast() + " "; continue }
            out.append(ReadmeCommand(line: pending + line, section: section, status: status))
            pending = ""; status = 0
        }
        return out
    }

    /// The line a user types, as this test runs it: `swift run [-c release] watchline` is the debug
    /// binary; the bench population is small. nil: not run (`notRun`).
    static func runnable(_ line: String) -> String? {
        if notRun.contains(where: { line.hasPrefix($0.prefix) }) { return nil }
        var l = line
        for prefix in ["swift run -c release watchline ", "swift run watchline "] where l.hasPrefix(prefix) {
            l = "watchline " + l.dropFirst(prefix.count)
        }
        if let r = l.range(of: #"scripts/make-population\.py [0-9]+"#, options: .regularExpression) {
            l.replaceSubrange(r, with: "scripts/make-population.py \(benchHouseholds)")
        }
        return l
    }

    /// The files a command says it writes: `--output F`, `> F`, `--history F`.
    static func written(_ line: String) -> [String] {
        let re = try! NSRegularExpression(pattern: #"(?:--output|--history|>) +([^ ]+)"#)
        let ns = line as NSString
        return re.matches(in: line, range: NSRange(location: 0, length: ns.length)).map { ns.substring(with: $0.range(at: 1)) }
    }

    @Test func theReadmeHasCommandsInBothParts() throws {
        let cs = try Self.commands()
        #expect(cs.count >= 20, "\(cs)")
        #expect(cs.contains { $0.section == Self.yearlyUpdate })
        #expect(cs.contains { $0.line.contains("watchline bench") })
        #expect(cs.contains { $0.status != 0 }, "the walkthrough's failing test run says so")
    }

    @Test func everyCommandRunsAsWritten() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Command.binary), "build the command first (swift build)")
        let plain = try Command.copyOfRepository(["Rules", "Examples", "scripts"])
        // The walkthrough's commands come after its step 1, the 2023 line added to the rule file.
        let updated = try WalkthroughTests.copy()
        var ran = 0
        for c in try Self.commands() {
            guard let line = Self.runnable(c.line) else { continue }
            #expect(!line.hasPrefix("swift "), "a swift command this test does not know: \(c.line)")
            if line.hasPrefix("swift ") { continue }
            let dir = c.section == Self.yearlyUpdate ? updated : plain
            let r = Command.shell(line, in: dir, stdin: line.contains("watchline repl ") ? ":quit\n" : "")
            #expect(r.status == c.status, "\(c.line)\nexit \(r.status), the README says \(c.status)\n\(r.all.suffix(2000))")
            for f in Self.written(line) {
                let size = (try? FileManager.default.attributesOfItem(atPath: dir + "/" + f)[.size] as? Int) ?? 0
                #expect(size > 0, "\(c.line) wrote no \(f)")
            }
            ran += 1
        }
        #expect(ran >= 20)
    }

    @Test func theCommandsAreRunAsTheUserTypesThem() {
        #expect(Self.runnable("swift test") == nil)
        #expect(Self.runnable("swift build -c release") == nil)
        #expect(Self.runnable("swift run -c release watchline bench R --records pop.csv") == "watchline bench R --records pop.csv")
        #expect(Self.runnable("python3 scripts/make-population.py 100000 pop") == "python3 scripts/make-population.py \(Self.benchHouseholds) pop")
        #expect(Self.written("watchline schema > s.json") == ["s.json"])
    }
}
