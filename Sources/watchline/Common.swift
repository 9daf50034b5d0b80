import ArgumentParser
import Foundation
import WatchlineEngine

/// Options shared by the commands that evaluate.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: .message(.helpAsOf))
    var asOf: String?

    func date() throws -> CivilDate {
        guard let asOf else { return CivilDate.today() }
        guard let d = CivilDate(iso: asOf) else { throw ValidationError(MessageCatalogue.format(.cliBadDate, ["--as-of", asOf])) }
        return d
    }
}

/// How an office's workbook is read: which sheet, which row holds the header.
struct SheetOptions: ParsableArguments {
    @Option(help: .message(.helpSheet))
    var sheet: String?
    @Option(help: .message(.helpMembersSheet))
    var membersSheet: String?
    @Option(help: .message(.helpHeaderRow))
    var headerRow: Int?

    var options: RecordFileOptions { RecordFileOptions(sheet: sheet, membersSheet: membersSheet, headerRow: headerRow) }
}

/// `--rules-root DIR`, on every command that loads rules (`RulesRoot`).
struct RulesRootOption: ParsableArguments {
    @Option(name: .customLong("rules-root"), help: .message(.helpRulesRoot, valueName: "DIR"))
    var path: String?

    func root() throws -> RulesRoot? {
        guard let path else { return nil }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError(MessageCatalogue.format(.cliRulesRootNotFolder, [path]))
        }
        return RulesRoot(folder: path)
    }
}

/// The diagnostics a command prints go to stderr, rendered with the source line and a caret.
struct Reporter {
    let sources: SourceStore
    func print(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        let text = DiagnosticRenderer(sources: sources).render(diagnostics)
        FileHandle.standardError.write(Data(text.utf8))
    }
}

func writeError(_ message: String) {
    FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
}

/// Writes to stdout, checking the write: a full disk, `/dev/full` or a closed pipe (with SIGPIPE
/// ignored) is an error, and the command exits 1 with the reason.
func writeOut(_ text: String) {
    let sink = OutputSink(fileDescriptor: 1)
    sink.write(text)
    do { try sink.finish() } catch let e as ReadError {
        writeError(e.message)
        exit(1)
    } catch { exit(1) }
}

/// Loads, checks and compiles; prints diagnostics; exits 1 on errors. `deciding`: for a command
/// that decides households, a parameter with no value at the as-of date is an error.
func loadRules(_ path: String, asOf: CivilDate, whatIfs: [ParamWhatIf] = [], sources: SourceStore,
               root: RulesRoot?, deciding: Bool = false, lists: ListStore? = nil) throws -> CompiledRuleset {
    for w in lists?.warnings ?? [] { writeWarning(w) }
    if deciding {
        let (compiled, diagnostics) = Engine.loadForDeciding(rules: path, asOf: asOf, whatIfs: whatIfs, sources: sources, rulesRoot: root, lists: lists)
        Reporter(sources: sources).print(diagnostics)
        guard let compiled else { throw ExitCode(1) }
        return compiled
    }
    let loaded = Engine.load(rules: path, asOf: asOf, whatIfs: whatIfs, sources: sources, rulesRoot: root, lists: lists)
    Reporter(sources: sources).print(loaded.diagnostics)
    guard let compiled = loaded.compiled, !loaded.hasErrors else { throw ExitCode(1) }
    return compiled
}

/// Finds one household by id in a records file.
func findRecord(_ id: String, in path: String, members: String?, ruleset: CompiledRuleset, options: RecordFileOptions = .init()) throws -> HouseholdRecord {
    let source = try RecordFiles.open(path: path, members: members, schema: ruleset.schema, options: options.reading(ruleset))
    var record = ruleset.schema.emptyRecord()
    let idSlot = ruleset.schema.idField
    while let read = source.next(into: &record) {
        if record.string(idSlot) == id {
            // The data's error, not the command line's: exit 1 with the message, no usage text.
            if !read.errors.isEmpty { writeError(MessageCatalogue.format(.cliHouseholdUnreadable, [id, String(read.line), read.errors.joined(separator: "; ")])); throw ExitCode(1) }
            // The same id later in the file (run gives that record a duplicate-id error): say which is explained.
            let found = record
            var later: [Int] = []
            var rest = ruleset.schema.emptyRecord()
            while later.count < 10, let more = source.next(into: &rest) { if rest.string(idSlot) == id { later.append(more.line) } }
            if !later.isEmpty {
                writeWarning(MessageCatalogue.format(.cliHouseholdRepeated, [id, path, String(read.line), later.map(String.init).joined(separator: MessageCatalogue.useChinese ? "、" : ", ")]))
            }
            return found
        }
    }
    writeError(MessageCatalogue.format(.cliNoHousehold, [id, path]))
    throw ExitCode(1)
}

/// `--list-file NAME=FILE`: a department's list for the `lists:` entry NAME (repeatable).
struct ListFileOptions: ParsableArguments {
    @Option(name: .customLong("list-file"), help: .message(.helpListFile))
    var listFiles: [String] = []

    func store() throws -> ListStore {
        let store = ListStore()
        for f in listFiles {
            guard let (name, path) = ListStore.parseFlag(f) else { throw ValidationError(MessageCatalogue.format(.cliBadListFile, [f])) }
            store.add(name, path)
        }
        return store
    }
}

/// Loads with the departments' files; prints what reading them noticed.

/// `--param NAME=VALUE` flags (diff, report) as what-ifs, read by the engine against the rule
/// file (NAME its id or label; VALUE as a rule file writes it, or a number as a clerk types it).
/// Here only the `=` is the flag's own error.
func parseParams(_ params: [String]) throws -> [ParamWhatIf] {
    try params.map { p in
        guard let w = ParamWhatIf(p, origin: "--param") else { throw ValidationError(MessageCatalogue.format(.cliBadParam, [p, "NAME=VALUE"])) }
        return w
    }
}

/// A warning on stderr, as every command prints one.
func writeWarning(_ message: String) {
    FileHandle.standardError.write(Data(("warning: " + message + "\n").utf8))
}
