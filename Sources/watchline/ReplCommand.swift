import ArgumentParser
import Foundation
import WatchlineEngine

struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "What-if checks: evaluate expressions, change a household or a parameter, see the decision and its impact.",
        discussion: "Type :help inside. When standard input is not a terminal, commands are read line by line, with no prompt, and the exit status is 1 if any command failed.")

    @Argument(help: "The rule file.")
    var rules: String
    @Option(help: "Household records to pick households from (:use ID) and to measure :impact on.")
    var records: String?
    @Option(help: "Members CSV (with a CSV household file).")
    var members: String?
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption
    @OptionGroup var lists: ListFileOptions

    func run() throws {
        let session = ReplSession(rules: rules, asOf: try asOf.date())
        session.rulesRoot = try rulesRoot.root()
        let given = try lists.store()
        for f in given.files { session.lists.add(f.name, f.path) }
        let start = session.start()
        if !start.text.isEmpty { FileHandle.standardError.write(Data(start.text.utf8)) }
        guard start.ok else { throw ExitCode(1) }
        if let records {
            do { _ = try session.loadRecords(records, members: members) }
            catch let e as ReadError { writeError(e.message); throw ExitCode(1) }
        }
        let interactive = isatty(STDIN_FILENO) == 1
        var failed = false
        if interactive {
            let editor = LineEditor(historyPath: NSHomeDirectory() + "/.watchline_history", complete: session.completions)
            writeOut(MessageCatalogue.format(.replBanner, [rules, session.asOf.iso]) + "\n")
            while let line = editor.readLine(prompt: "watchline> ") {
                let out = session.handle(line)
                writeOut(out.text)
                if out.quit { break }
            }
        } else {
            while let line = Swift.readLine(strippingNewline: true) {
                let out = session.handle(line)
                writeOut(out.text)
                if !out.ok { failed = true }
                if out.quit { break }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
