import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEngine

/// (d) `watchline check --fix` on a copy of a rule file: the misspelt key and names are fixed in
/// the file, what changed is printed, and the check run again passes. Without --fix nothing is written.
@Suite struct CheckFixTests {
    static let binary = Command.binary

    static func run(_ args: [String], chinese: Bool = false) throws -> (status: Int32, output: String, stdout: String) {
        let r = Command.watchline(args, in: Repo.root, environment: chinese ? ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"] : [:])
        return (r.status, r.all, r.stdout)
    }

    static let misspelt = """
        watchline: 1
        ruleset: { id: misspelt }
        schema: ../schema/household.yaml
        risks:
          因病:
            wehn: expenses.medical_out_of_pocket > 20000 && income.net_per_captia < 7000
          低收入:
            when: 'status == "pooor" || risks.has("因并")'
        """

    static let fixed = """
        watchline: 1
        ruleset: { id: misspelt }
        schema: ../schema/household.yaml
        risks:
          因病:
            when: expenses.medical_out_of_pocket > 20000 && income.net_per_capita < 7000
          低收入:
            when: 'status == "poor" || risks.has("因病")'
        """

    @Test func fixesTheFileAndChecksAgain() throws {
        #expect(FileManager.default.isExecutableFile(atPath: Self.binary), "build the command first (swift build)")
        let path = temporaryRules("misspelt.yaml", Self.misspelt)
        let plain = try Self.run(["check", path])
        #expect(plain.status == 1)
        #expect(plain.output.contains("fix-it: replace 'wehn' with 'when'"), "\(plain.output)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.misspelt, "check without --fix wrote the file")

        let fixing = try Self.run(["check", "--fix", path], chinese: true)
        #expect(fixing.status == 0, "\(fixing.output)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.fixed)
        #expect(fixing.output.contains("已将“wehn”改为“when”"), "\(fixing.output)")
        #expect(fixing.output.contains("已将“income.net_per_captia”改为“income.net_per_capita”"), "\(fixing.output)")
        // The check run again after the fixes ends with the file's verdict, in Chinese.
        #expect(fixing.stdout.hasSuffix("\(path)：检查通过\n"), "\(fixing.output)")
        #expect(try Self.run(["check", path]).status == 0)
    }

    /// A fix-it in a file outside the checked file's folder (one it extends) is not made.
    @Test func editsOnlyUnderTheFolder() throws {
        let base = temporaryRules("base.yaml", """
            watchline: 1
            ruleset: { id: base }
            schema: ../schema/household.yaml
            risks:
              因病: { when: income.net_per_captia < 7000 }
            """, folder: "province")
        let rulesDir = URL(fileURLWithPath: base).deletingLastPathComponent().deletingLastPathComponent().path
        let county = rulesDir + "/county/c.yaml"
        try FileManager.default.createDirectory(atPath: rulesDir + "/county", withIntermediateDirectories: true)
        try "watchline: 1\nruleset: { id: county, extends: ../province/base.yaml }\n".write(toFile: county, atomically: true, encoding: .utf8)
        let before = try String(contentsOfFile: base, encoding: .utf8)
        let r = try Self.run(["check", "--fix", county])
        #expect(r.status == 1, "\(r.output)")
        #expect(try String(contentsOfFile: base, encoding: .utf8) == before)
        #expect(r.output.contains("not changed: the file is not under"), "\(r.output)")
    }
}
