import Foundation
import Testing

/// The pipeline's one-way rule, as `scripts/check-stage-imports.sh` checks it: on this
/// repository it passes; on a copy where an early stage imports a later one, or the CLI imports
/// a stage below the engine, it fails and names the file.
@Suite struct StageImportsTests {
    @Test func theRepositoryImportsOnlyEarlierStages() throws {
        let r = try #require(runProgram("bash", [Repo.path("scripts/check-stage-imports.sh")]))
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.contains("WatchlineEvaluation  imports WatchlineLanguage WatchlineSyntax"))
        #expect(r.output.contains("watchline            imports WatchlineEngine \n"))
    }

    @Test func aBackwardImportFails() throws {
        let dir = try copyOfTheLayout()
        try "import WatchlineIO\n".write(toFile: dir + "/Sources/WatchlineLanguage/Model/Back.swift", atomically: true, encoding: .utf8)
        let r = try #require(runProgram("bash", [dir + "/scripts/check-stage-imports.sh"]))
        #expect(r.status == 1)
        #expect(r.output.contains("WatchlineLanguage imports WatchlineIO, which comes after it"))
        #expect(r.output.contains("Sources/WatchlineLanguage/Model/Back.swift"))
    }

    @Test func theCLIImportingALowerStageFails() throws {
        let dir = try copyOfTheLayout()
        try "import WatchlineEngine\nimport WatchlineSyntax\n".write(toFile: dir + "/Sources/watchline/Extra.swift", atomically: true, encoding: .utf8)
        let r = try #require(runProgram("bash", [dir + "/scripts/check-stage-imports.sh"]))
        #expect(r.status == 1)
        #expect(r.output.contains("the CLI imports WatchlineSyntax"))
    }

    /// Package.swift, the script, and one file per target importing what the real one does.
    func copyOfTheLayout() throws -> String {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("watchline-stages-\(UUID().uuidString)").path
        let stages = ["WatchlineSyntax", "WatchlineLanguage", "WatchlineEvaluation", "WatchlineIO", "WatchlineEngine"]
        try fm.createDirectory(atPath: dir + "/scripts", withIntermediateDirectories: true)
        try fm.copyItem(atPath: Repo.path("scripts/check-stage-imports.sh"), toPath: dir + "/scripts/check-stage-imports.sh")
        try fm.copyItem(atPath: Repo.path("Package.swift"), toPath: dir + "/Package.swift")
        for (i, s) in stages.enumerated() {
            try fm.createDirectory(atPath: dir + "/Sources/\(s)/Model", withIntermediateDirectories: true)
            try stages.prefix(i).map { "import \($0)\n" }.joined().write(toFile: dir + "/Sources/\(s)/A.swift", atomically: true, encoding: .utf8)
        }
        try fm.createDirectory(atPath: dir + "/Sources/watchline", withIntermediateDirectories: true)
        try "import WatchlineEngine\n".write(toFile: dir + "/Sources/watchline/main.swift", atomically: true, encoding: .utf8)
        return dir
    }
}
