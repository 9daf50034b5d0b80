import ArgumentParser
import Foundation
import WatchlineCore

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run policy test files (*.test.yaml); print each failure with expected vs actual; exit 1 if any fails.")

    @Argument(help: "Test files or folders (default: every *.test.yaml under Rules/ and Tests/).")
    var paths: [String] = []
    @Option(help: "Run only cases whose name or clause contains this text.")
    var filter: String?
    @Option(help: "Also write a JUnit XML report here.")
    var junit: String?
    @Flag(help: "Report rules that no case saw both hold and not hold.")
    var coverage = false

    func run() throws {
        let sources = SourceStore()
        let files = TestReport.discover(paths.isEmpty ? ["Rules", "Tests"] : paths)
        if files.isEmpty { writeError("no *.test.yaml files found"); throw ExitCode(1) }
        let runner = PolicyTestRunner(sources: sources, filter: filter)
        let results = files.map(runner.run(file:))
        writeOut(TestReport.text(results, renderer: DiagnosticRenderer(sources: sources)))
        if coverage { writeOut("\nCoverage:\n" + runner.coverage.report()) }
        if let junit { try Data(TestReport.junit(results).utf8).write(to: URL(fileURLWithPath: junit)) }
        if results.contains(where: { $0.failed > 0 }) { throw ExitCode(1) }
    }
}
