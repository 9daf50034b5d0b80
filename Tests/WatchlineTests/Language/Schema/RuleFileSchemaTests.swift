import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline schema` against the loader: every rule, test, calendar and schema file in Rules/
/// validates (with python3's jsonschema, as an editor's language server would), and a misspelt key
/// fails both the schema and the loader.
@Suite struct RuleFileSchemaTests {
    static let schemaPath: String = temporaryFile("watchline.schema.json", RuleFileSchema.json())

    func validate(_ files: [String]) -> (status: Int32, output: String) {
        guard let r = runProgram("python3", [Repo.path("scripts/validate-rule-files.py"), Self.schemaPath] + files) else {
            Issue.record("python3 could not be run (.ci/run installs python3-jsonschema and python3-yaml)")
            return (-1, "")
        }
        if r.output.contains("ModuleNotFoundError") { Issue.record("python3 lacks jsonschema or yaml: \(r.output)") }
        return r
    }

    @Test func everyKeyIsDescribedInChineseAndEnglish() {
        #expect(RuleFileSchema.undescribed == [])
        let json = RuleFileSchema.json()
        #expect(json.contains("风险：使某类风险"))
        #expect(json.contains("conditions that make a risk hold"))
        #expect((try? JSONSerialization.jsonObject(with: Data(json.utf8))) != nil)
    }

    @Test func everyFileInRulesValidates() {
        let files = repoFiles(under: "Rules", suffix: ".yaml")
        #expect(files.count >= 16)
        let r = validate(files)
        #expect(r.status == 0, "\(r.output)")
        #expect(r.output.components(separatedBy: ": OK").count - 1 == files.count)
    }

    @Test func aMisspeltKeyFailsTheSchemaAndTheLoader() throws {
        let original = try String(contentsOfFile: Repo.path("Rules/anhui/lieshan-2022.yaml"), encoding: .utf8)
        let risks = try #require(original.range(of: "\nrisks:"))
        let when = try #require(original.range(of: "when:", range: risks.upperBound..<original.endIndex))
        let misspelt = original.replacingCharacters(in: when, with: "wehn:")
        // Out of Rules/ (other tests check every file there), with its schema and calendar at the
        // same relative paths.
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("watchline-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("anhui"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for d in ["schema", "calendars"] {
            try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent(d).path, withDestinationPath: Repo.path("Rules/" + d))
        }
        let path = dir.appendingPathComponent("anhui/lieshan-2022.yaml").path
        try misspelt.write(toFile: path, atomically: true, encoding: .utf8)
        let r = validate([path])
        #expect(r.status == 1)
        #expect(r.output.contains("'wehn' was unexpected"), "\(r.output)")
        let loaded = Engine.load(rules: path, asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore())
        #expect(loaded.diagnostics.contains { $0.isError && $0.message.contains("wehn") })

        let topLevel = original.replacingOccurrences(of: "\nrisks:", with: "\nrisk:")
        try topLevel.write(toFile: path, atomically: true, encoding: .utf8)
        let r2 = validate([path])
        #expect(r2.status == 1 && r2.output.contains("'risk' was unexpected"), "\(r2.output)")
    }
}
