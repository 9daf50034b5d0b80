import Foundation
import Testing

/// Members' 18-character ID numbers (身份证号) never leave Watchline in full unless the officer
/// asks (`--reveal-ids`): every command that prints household data, over the 临沂 examples (with
/// the departments' lists, so list matches are printed too). The masked form keeps the first 6 and
/// the last 4 characters (issue 19, item 7).
@Suite(.serialized) struct MaskingEverywhereTests {
    static let rules = "Rules/shandong/linyi-2020.yaml"
    static let records = "Examples/linyi-2020/households.jsonl"
    static let asOf = ["--as-of", "2020-06-30"]
    static let lists = ["vehicles", "public_servants", "companies", "real_estate"].flatMap { ["--list-file", "\($0)=Examples/linyi-2020/\($0).csv"] }

    /// The real ID numbers, from the example members file.
    static let ids: [String] = {
        let text = (try? String(contentsOfFile: Repo.path("Examples/linyi-2020/members.csv"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map { String($0.split(separator: ",", omittingEmptySubsequences: false)[1]) }
    }()
    static func masked(_ id: String) -> String { String(id.prefix(6)) + String(repeating: "*", count: 8) + String(id.suffix(4)) }

    static let dir: String = {
        let d = try! Command.copyOfRepository(["Rules", "Examples"])
        // Two runs of the history, the second with every income lowered, so households change.
        let low = (try! String(contentsOfFile: d + "/" + records, encoding: .utf8))
            .replacingOccurrences(of: #""net_per_capita":[0-9.]+"#, with: #""net_per_capita":3000"#, options: .regularExpression)
        try! low.write(toFile: d + "/low.jsonl", atomically: true, encoding: .utf8)
        for r in [records, "low.jsonl"] { _ = Command.watchline(["run", rules, "--records", r] + asOf + lists + ["--history", "h.sqlite", "--quiet", "--output", "/dev/null"], in: d) }
        return d
    }()

    /// What a command prints (or writes to `out`, an .xlsx read as its XML).
    static func output(_ args: [String], out: String? = nil, stdin: String = "") -> String {
        let r = Command.watchline(args, in: dir, stdin: stdin)
        #expect(r.status == 0 || r.status == 2, "\(args): \(r.all.suffix(1000))")
        guard let out else { return r.all }
        if out.hasSuffix(".xlsx") { return Command.workbookXML(dir + "/" + out) ?? "" }
        return (try? String(contentsOfFile: dir + "/" + out, encoding: .utf8)) ?? ""
    }

    /// (name, args, output file, whether it takes --reveal-ids, whether it shows members' IDs at all)
    static let cases: [(String, [String], String?, Bool, Bool)] = [
        ("run jsonl --explain", ["run", rules, "--records", records] + asOf + lists + ["--explain", "--quiet"], nil, true, true),
        ("run csv --explain", ["run", rules, "--records", records] + asOf + lists + ["--explain", "--quiet", "--format", "csv"], nil, true, false),
        ("run table --explain", ["run", rules, "--records", records] + asOf + lists + ["--explain", "--quiet", "--format", "table"], nil, true, false),
        ("run xlsx", ["run", rules, "--records", records] + asOf + lists + ["--quiet", "--format", "xlsx", "--output", "r.xlsx"], "r.xlsx", true, false),
        ("explain", ["explain", rules, "--records", records, "--id", "371321-LY-0005"] + asOf + lists, nil, true, true),
        ("diff", ["diff", rules, "--records", records] + asOf + lists + ["--param", "重点监测收入线=6000", "--list", "--quiet"], nil, false, false),
        ("diff xlsx", ["diff", rules, "--records", records] + asOf + lists + ["--param", "重点监测收入线=6000", "--quiet", "--format", "xlsx", "--output", "d.xlsx"], "d.xlsx", false, false),
        ("compare", ["compare", rules, "--records", records] + asOf + lists + ["--quiet"], nil, true, true),
        ("compare --json", ["compare", rules, "--records", records] + asOf + lists + ["--quiet", "--json"], nil, true, true),
        ("report", ["report", rules, "--records", records] + asOf + ["--quiet", "--output", "r.html"], "r.html", true, true),
        ("history --id", ["history", "--db", "h.sqlite", "--id", "371321-LY-0001", "--format", "json"], nil, true, true),
        ("history --changes csv", ["history", "--db", "h.sqlite", "--changes", "1", "2", "--format", "csv"], nil, true, true),
        ("history --changes xlsx", ["history", "--db", "h.sqlite", "--changes", "1", "2", "--format", "xlsx", "--output", "h.xlsx"], "h.xlsx", true, true),
        ("timeline --records", ["timeline", rules, "--records", records] + asOf + ["--format", "table"], nil, false, false),
    ]

    @Test(arguments: cases.indices)
    func noFullIDWithoutRevealIDs(_ i: Int) throws {
        #expect(FileManager.default.isExecutableFile(atPath: Command.binary), "build the command first (swift build)")
        #expect(Self.ids.count > 20 && Self.ids.allSatisfy { $0.count == 18 })
        let (name, args, out, reveals, shows) = Self.cases[i]
        let text = Self.output(args, out: out)
        #expect(!text.isEmpty, "\(name) printed nothing")
        let leaked = Self.ids.filter { text.contains($0) }
        #expect(leaked.isEmpty, "\(name) shows \(leaked)")
        if shows { #expect(Self.ids.contains { text.contains(Self.masked($0)) }, "\(name) shows no masked ID") }
        if reveals && shows {
            let full = Self.output(args + ["--reveal-ids"], out: out)
            #expect(Self.ids.contains { full.contains($0) }, "\(name) --reveal-ids shows no full ID")
        }
    }

    @Test func theReplShowsAndSavesMaskedIDs() throws {
        let saved = "saved.test.yaml"
        let text = Self.output(["repl", Self.rules, "--records", Self.records] + Self.asOf + Self.lists,
                               stdin: ":use 371321-LY-0001\n:show\n:save-test \(saved) 一户\n:quit\n")
        let file = (try? String(contentsOfFile: Self.dir + "/" + saved, encoding: .utf8)) ?? ""
        #expect(!file.isEmpty, "\(text)")
        for (what, t) in [(":show", text), (":save-test", file)] {
            #expect(Self.ids.filter { t.contains($0) }.isEmpty, "\(what) shows a full ID")
            #expect(t.contains(Self.masked("371321197412120119")), "\(what): \(t.prefix(3000))")
        }
    }
}
