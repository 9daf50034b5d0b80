import ArgumentParser
import WatchlineCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load, type-check and lint rule files; exit 1 if any has an error.")

    @Argument(help: "Rule files to check.")
    var rules: [String]

    @OptionGroup var asOf: AsOfOption

    func run() throws {
        let sources = SourceStore()
        var failed = false
        let date = try asOf.date()
        for path in rules {
            let loaded = Engine.load(rules: path, asOf: date, sources: sources)
            Reporter(sources: sources).print(loaded.diagnostics)
            if loaded.hasErrors { failed = true } else {
                let warnings = loaded.diagnostics.filter { $0.severity == .warning }.count
                writeOut("\(path): ok" + (warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "") + "\n")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
