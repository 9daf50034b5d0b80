import ArgumentParser
import Foundation
import WatchlineEngine

struct ReplCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "repl",
        abstract: helpText(.helpReplAbstract),
        discussion: discussionText(.helpReplDiscussion)) }

    @Argument(help: .message(.helpRules))
    var rules: String
    @Option(help: .message(.helpReplRecords))
    var records: String?
    @Option(help: .message(.helpMembers))
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
