import ArgumentParser
import Foundation
import WatchlineCore

/// Options shared by the commands that evaluate.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "The date the decision is made on (YYYY-MM-DD); picks dated parameter values. Default: today.")
    var asOf: String?

    func date() throws -> CivilDate {
        guard let asOf else { return CivilDate.today() }
        guard let d = CivilDate(iso: asOf) else { throw ValidationError(MessageCatalogue.format(.cliBadDate, ["--as-of", asOf])) }
        return d
    }
}

/// How an office's workbook is read: which sheet, which row holds the header.
struct SheetOptions: ParsableArguments {
    @Option(help: "With an .xlsx file: the households sheet (default: the first).")
    var sheet: String?
    @Option(help: "With an .xlsx file: the members sheet (default: another sheet whose header has the household id).")
    var membersSheet: String?
    @Option(help: "With an .xlsx file: the row number of the header (default: the first row with the schema's column names).")
    var headerRow: Int?

    var options: RecordFileOptions { RecordFileOptions(sheet: sheet, membersSheet: membersSheet, headerRow: headerRow) }
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

func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Loads, checks and compiles; prints diagnostics; exits 1 on errors.
func loadRules(_ path: String, asOf: CivilDate, overrides: [String: ParamValue] = [:], sources: SourceStore) throws -> CompiledRuleset {
    let loaded = Engine.load(rules: path, asOf: asOf, overrides: overrides, sources: sources)
    Reporter(sources: sources).print(loaded.diagnostics)
    guard let compiled = loaded.compiled, !loaded.hasErrors else { throw ExitCode(1) }
    return compiled
}

/// Finds one household by id in a records file.
func findRecord(_ id: String, in path: String, members: String?, ruleset: CompiledRuleset, options: RecordFileOptions = .init()) throws -> HouseholdRecord {
    let source = try RecordFiles.open(path: path, members: members, schema: ruleset.schema, options: options)
    var record = ruleset.schema.emptyRecord()
    let idSlot = ruleset.schema.idField
    while let read = source.next(into: &record) {
        if record.string(idSlot) == id {
            if !read.errors.isEmpty { throw ValidationError(MessageCatalogue.format(.cliHouseholdUnreadable, [id, String(read.line), read.errors.joined(separator: "; ")])) }
            return record
        }
    }
    throw ValidationError(MessageCatalogue.format(.cliNoHousehold, [id, path]))
}

/// `--list-file NAME=FILE`: a department's list for the `lists:` entry NAME (repeatable).
struct ListFileOptions: ParsableArguments {
    @Option(name: .customLong("list-file"), help: "A department's list for the rule file's lists: entry NAME, as NAME=FILE (CSV, XLSX or JSONL); repeat for each list.")
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
func loadRules(_ path: String, asOf: CivilDate, overrides: [String: ParamValue] = [:], sources: SourceStore, lists: ListStore) throws -> CompiledRuleset {
    let loaded = Engine.load(rules: path, asOf: asOf, overrides: overrides, sources: sources, lists: lists)
    Reporter(sources: sources).print(loaded.diagnostics)
    for w in lists.warnings { FileHandle.standardError.write(Data(("warning: " + w + "\n").utf8)) }
    guard let compiled = loaded.compiled, !loaded.hasErrors else { throw ExitCode(1) }
    return compiled
}
