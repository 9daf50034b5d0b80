import Foundation
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// Paths in the repository, found from this file's location (tests run from any directory).
enum Repo {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("package root not found")
    }()
    static func path(_ relative: String) -> String { root + "/" + relative }
    static let shared = root + "/../shared"
    static func golden(_ name: String) -> String { path("Tests/WatchlineTests/Golden/" + name) }
    static func fixture(_ name: String) -> String { path("Tests/WatchlineTests/Fixtures/" + name) }
    /// The fixtures name `../../../Rules/schema/…`: their rules root is the repository.
    static let rulesRoot = RulesRoot(folder: root)
}

/// Compares text with a golden file; with WATCHLINE_UPDATE_GOLDEN=1 rewrites the file instead.
func matchesGolden(_ actual: String, _ name: String) -> Bool {
    let path = Repo.golden(name)
    if ProcessInfo.processInfo.environment["WATCHLINE_UPDATE_GOLDEN"] == "1" {
        try? actual.write(toFile: path, atomically: true, encoding: .utf8)
        return true
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else { return false }
    return expected == actual
}

/// Writes a temporary file and returns its path.
func temporaryFile(_ name: String, _ content: String) -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent(name).path
    try? content.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// The Lieshan ruleset, compiled once per as-of date.
func lieshan(_ asOf: String = "2022-06-30", overrides: [String: ParamValue] = [:]) -> CompiledRuleset {
    let loaded = Engine.load(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: asOf)!,
                             overrides: overrides, sources: SourceStore())
    guard let compiled = loaded.compiled else {
        fatalError("lieshan-2022 does not load: \(loaded.diagnostics)")
    }
    return compiled
}

/// Evaluates an expression against a ruleset (no household) and prints it as `eval` does.
func evalText(_ expr: String, _ r: CompiledRuleset) -> String {
    let (v, _, diags) = Engine.evaluate(expr, with: r, record: nil)
    guard let v else { return "compile error: " + diags.map(\.message).joined(separator: "; ") }
    return ValueText.plain(v, r)
}

/// Decodes one JSON household line with the ruleset's schema.
func record(_ json: String, _ r: CompiledRuleset) -> HouseholdRecord {
    let path = temporaryFile("one.jsonl", json + "\n")
    let source = try! RecordFiles.open(path: path, members: nil, schema: r.schema)
    var rec = r.schema.emptyRecord()
    let read = source.next(into: &rec)!
    precondition(read.errors.isEmpty, "record errors: \(read.errors)")
    return rec
}

/// Decides a JSON household and returns the output line as `run` writes it.
func decideLine(_ json: String, _ r: CompiledRuleset) -> String {
    let rec = record(json, r)
    let (d, _) = Engine.decide(rec, with: r, frame: r.makeFrame())
    var out: [UInt8] = []
    OutcomeWriter(ruleset: r, format: .jsonl).write(Outcome(line: 1, id: rec.string(r.schema.idField), decision: d, errors: []), to: &out)
    return String(decoding: out, as: UTF8.self)
}

/// A temporary `Rules` folder with the repository's schema and calendars in it, and `text` written
/// as `Rules/<folder>/<name>` (so `schema: ../schema/household.yaml` reads the real schema).
/// Returns the rule file's path.
func temporaryRules(_ name: String, _ text: String, folder: String = "test") -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-rules-\(UUID().uuidString)/Rules").path
    let fm = FileManager.default
    try? fm.createDirectory(atPath: dir + "/" + folder, withIntermediateDirectories: true)
    try? fm.createDirectory(atPath: dir + "/schema", withIntermediateDirectories: true)
    try? fm.createDirectory(atPath: dir + "/calendars", withIntermediateDirectories: true)
    try? fm.copyItem(atPath: Repo.path("Rules/schema/household.yaml"), toPath: dir + "/schema/household.yaml")
    try? fm.copyItem(atPath: Repo.path("Rules/calendars/cn.yaml"), toPath: dir + "/calendars/cn.yaml")
    let path = dir + "/" + folder + "/" + name
    try? text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

/// A small deterministic generator (SplitMix64), so a failing random test replays from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9e3779b97f4a7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58476d1ce4e5b9
        z = (z ^ (z >> 27)) &* 0x94d049bb133111eb
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}
