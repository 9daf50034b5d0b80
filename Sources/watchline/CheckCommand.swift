import ArgumentParser
import WatchlineEngine

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load, type-check and lint rule files (and schema, calendar and policy test files); exit 1 if any has an error.")

    @Argument(help: "Files to check: rule files, or schema, calendar and *.test.yaml files.")
    var rules: [String]

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption

    func run() throws {
        let sources = SourceStore()
        var failed = false
        let date = try asOf.date()
        for path in rules {
            let result = Engine.checkFile(path, asOf: date, sources: sources, rulesRoot: try rulesRoot.root())
            Reporter(sources: sources).print(result.diagnostics)
            if !result.ok { failed = true } else {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                let kind = result.kind == "rules" ? "" : " (\(result.kind))"
                writeOut("\(path): ok\(kind)" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "") + "\n")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
