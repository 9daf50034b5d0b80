import Foundation
import Testing

/// scripts/make-population.py, the bench population the README uses: one seed gives the same
/// files, the CSV and the JSON Lines file decide alike under the reference rules, and households
/// sit exactly on the thresholds its docstring names.
@Suite struct PopulationScriptTests {
    static func generate(_ n: Int, seed: Int = 20251122) throws -> String {
        let dir = try Command.copyOfRepository(["Rules", "scripts"])
        let r = Command.run("/usr/bin/env", ["python3", "scripts/make-population.py", String(n), "pop", "--seed", String(seed)], in: dir, stdin: "", environment: [:])
        #expect(r.status == 0, "\(r.all)")
        return dir
    }

    @Test func sameSeedSameFilesAndBothFormatsDecideAlike() throws {
        let a = try Self.generate(3000), b = try Self.generate(3000)
        let csv = try String(contentsOfFile: a + "/pop.csv", encoding: .utf8)
        #expect(csv == (try String(contentsOfFile: b + "/pop.csv", encoding: .utf8)))
        let rows = csv.split(separator: "\n")
        #expect(rows.count == 3001)
        let income = rows.dropFirst().map { $0.split(separator: ",")[7] }
        for pinned in ["7000.00", "6999.99", "4000.00"] { #expect(income.contains(Substring(pinned)), "no household on \(pinned)") }
        let args = ["run", "Rules/bench/reference.yaml", "--as-of", "2024-06-30", "--quiet", "--records"]
        let fromCSV = Command.watchline(args + ["pop.csv"], in: a), fromJSONL = Command.watchline(args + ["pop.jsonl"], in: a)
        #expect(fromCSV.status == 0 && fromJSONL.status == 0, "\(fromCSV.stderr)\(fromJSONL.stderr)")
        #expect(fromCSV.stdout.split(separator: "\n").count == 3000)
        #expect(fromCSV.stdout == fromJSONL.stdout)
        #expect(fromCSV.stdout.contains("\"monitored\":true") && fromCSV.stdout.contains("\"monitored\":false"))
    }
}
