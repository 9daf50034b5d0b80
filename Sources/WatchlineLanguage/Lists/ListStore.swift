import Foundation
import WatchlineSyntax

/// The department files a run was given (`--list-file NAME=FILE`, a test file's `lists:`, the
/// REPL's `:list-file`), loaded once each and shared by every compilation of the ruleset (diff's
/// two sides, the REPL's what-ifs, a test file's cases).
public final class ListStore: @unchecked Sendable {
    /// name → file, as given.
    package private(set) var files: [(name: String, path: String)] = []
    /// What a list the run was not given means: `false` for the command line (a required list is
    /// an error, an optional one unknown); `true` for tests and library use (no rows at all).
    package var absentIsEmpty: Bool
    private var tables: [String: ListTable] = [:]
    private let lock = NSLock()
    /// Warnings from reading the files (a GBK file converted, cells of the wrong type…).
    package private(set) var warnings: [String] = []

    package init(absentIsEmpty: Bool = false) { self.absentIsEmpty = absentIsEmpty }

    /// Parses `NAME=FILE`.
    package static func parseFlag(_ text: String) -> (String, String)? {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else { return nil }
        let path = String(text[text.index(after: eq)...])
        return path.isEmpty ? nil : (String(text[..<eq]), path)
    }

    package func add(_ name: String, _ path: String) {
        lock.lock(); defer { lock.unlock() }
        files.removeAll { $0.name == name }
        files.append((name, path))
        tables[name] = nil
    }

    package func path(of name: String) -> String? { files.first { $0.name == name }?.path }

    /// The table for a declared list, loaded on first use; nil when no file was given.
    package func table(for decl: ListDecl, unknownMask: FieldMask) throws -> ListTable? {
        lock.lock(); defer { lock.unlock() }
        guard let path = files.first(where: { $0.name == decl.id })?.path else { return nil }
        if let t = tables[decl.id], t.path == path, t.decl.columns.map(\.id) == decl.columns.map(\.id),
           t.decl.key == decl.key, t.unknownMask == unknownMask { return t }
        let (t, w) = try ListLoader.load(decl, path: path, unknownMask: unknownMask)
        var fresh = w
        if !t.invalidIDs.isEmpty || !t.badCells.isEmpty {
            fresh.append(MessageCatalogue.format(.listProblems, [decl.id, path, String(t.invalidIDs.count), String(t.badCells.count)]))
        }
        for x in fresh where !warnings.contains(x) { warnings.append(x) }
        tables[decl.id] = t
        return t
    }

    /// Every loaded table, in the order the files were given.
    package var loaded: [ListTable] {
        lock.lock(); defer { lock.unlock() }
        return files.compactMap { tables[$0.name] }
    }
}
