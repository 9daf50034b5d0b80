import Foundation
import ArgumentParser
import WatchlineEngine

struct CheckCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "check",
        abstract: helpText(.helpCheckAbstract)) }

    @Argument(help: .message(.helpCheckFiles))
    var rules: [String]

    @Flag(help: .message(.helpCheckFix))
    var fix = false

    @OptionGroup var asOf: AsOfOption
    @OptionGroup var rulesRoot: RulesRootOption

    func run() throws {
        var failed = false
        let date = try asOf.date()
        let root = try rulesRoot.root()
        for path in rules {
            var sources = SourceStore()
            var result = Engine.checkFile(path, asOf: date, sources: sources, rulesRoot: root)
            Reporter(sources: sources).print(result.diagnostics)
            // A fixed key can uncover errors behind it (the expression it holds): fix and check
            // again while fix-its apply, a few rounds at most.
            var rounds = 0
            while fix, rounds < 8, try FixItFiles.apply(result.diagnostics.compactMap(\.fixIt), checked: path, quiet: rounds > 0) {
                rounds += 1
                sources = SourceStore()
                result = Engine.checkFile(path, asOf: date, sources: sources, rulesRoot: root)
                Reporter(sources: sources).print(result.diagnostics)
            }
            if !result.ok { failed = true } else {
                let warnings = result.diagnostics.filter { $0.severity == .warning }.count
                writeOut(MessageCatalogue.format(.checkOK, [path, Self.kindAndWarnings(result.kind, warnings)]) + "\n")
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// What follows "ok": the kind of file when it is not a rule file, and the count of warnings.
    static func kindAndWarnings(_ kind: String, _ warnings: Int) -> String {
        let kinds: [String: MessageID] = ["policy tests": .checkKindPolicyTests, "schema": .checkKindSchema, "calendar": .checkKindCalendar]
        var text = kinds[kind].map { MessageCatalogue.format(.checkKind, [MessageCatalogue.format($0, [])]) } ?? ""
        if warnings == 1 { text += MessageCatalogue.format(.checkOneWarning, []) }
        else if warnings > 1 { text += MessageCatalogue.format(.checkWarnings, [String(warnings)]) }
        return text
    }
}

/// `check --fix`: writes fix-its into the files they point at, when those files lie under the
/// checked file's folder. Edits are made from the end of each file backwards (`FixItEditor`).
enum FixItFiles {
    /// Returns whether any file was changed.
    static func apply(_ fixes: [FixIt], checked: String, quiet: Bool = false) throws -> Bool {
        guard !fixes.isEmpty else {
            if !quiet { writeOut(MessageCatalogue.format(.fixNothing, [checked]) + "\n") }
            return false
        }
        let folder = resolved(URL(fileURLWithPath: checked).deletingLastPathComponent().path)
        var byFile: [String: [FixIt]] = [:], order: [String] = []
        for f in fixes {
            if byFile[f.span.path] == nil { order.append(f.span.path) }
            byFile[f.span.path, default: []].append(f)
        }
        var changed = false
        for file in order {
            let edits = byFile[file]!
            guard resolved(file).hasPrefix(folder + "/") else {
                writeOut(MessageCatalogue.format(.fixOutsideFolder, [file, folder]) + "\n"); continue
            }
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                writeError(MessageCatalogue.format(.fileUnreadable, [file, "UTF-8"])); continue
            }
            let result = FixItEditor.apply(edits, to: text)
            for (fix, why) in result.skipped {
                switch why {
                case .textChanged(let old): writeOut(MessageCatalogue.format(.fixTextChanged, [fix.span.description, old]) + "\n")
                case .overlaps, .outOfRange: writeOut(MessageCatalogue.format(.fixOverlaps, [fix.span.description]) + "\n")
                }
            }
            guard !result.applied.isEmpty else { continue }
            do { try result.text.write(toFile: file, atomically: true, encoding: .utf8) } catch {
                writeError(MessageCatalogue.format(.fixCannotWrite, [file, error.localizedDescription])); throw ExitCode(1)
            }
            for fix in result.applied {
                writeOut(MessageCatalogue.format(.fixApplied, [fix.span.description, fix.original ?? "", fix.replacement]) + "\n")
            }
            writeOut(MessageCatalogue.format(.fixWritten, [file, String(result.applied.count)]) + "\n")
            changed = true
        }
        return changed
    }

    /// An absolute path with `..` and symbolic links resolved.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
