import Foundation
import WatchlineSyntax
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one rule for the paths a rule file names — `extends:`, `schema:`, `calendar:`, a
/// calendar's own `extends:`, and the document text (`ruleset.text:`). Every loader resolves
/// them through `resolve(_:from:expecting:)`, so the rule is in one place:
///
/// - A path is written relative to the folder of the file that names it:
///   `../schema/household.yaml` from `Rules/anhui/lieshan-2022.yaml` is `Rules/schema/household.yaml`.
/// - An absolute path is refused (`/etc/passwd`), whatever it names.
/// - The path, with `.` and `..` folded and symbolic links followed, must stay inside the
///   *rules root*: the nearest folder named `Rules` above the first rule file a command is given,
///   else that file's own folder. `--rules-root DIR` sets it instead (every command that loads
///   rules has the flag). So `../schema/household.yaml` from `Rules/anhui/` is allowed and
///   `../../../etc/passwd` is not.
/// - A folder is refused: a file is expected.
/// - A rule file read from standard input or another descriptor (`/dev/stdin`, `/dev/fd/N`,
///   any path under `/dev/` or `/proc/`) has no folder of its own: its paths are relative to the
///   current folder, and its rules root is found from there.
///
/// A missing file is not refused here: the caller reads the path and reports "no such file"
/// where the path was written.
public struct RulesRoot: Sendable, Hashable, CustomStringConvertible {
    /// The root folder: absolute, with `.` and `..` folded (symbolic links as written).
    package let path: String

    /// `--rules-root DIR` (relative to the current folder, or absolute).
    package init(folder: String) { path = Self.absolute(folder) }

    /// The root for a command whose first rule file is `file`: the nearest folder named `Rules`
    /// above it, else the file's own folder.
    package static func around(_ file: String) -> RulesRoot {
        let folder = absolute(baseFolder(of: file))
        var parts = folder.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        while let last = parts.last {
            if last == "Rules" { return RulesRoot(absolutePath: "/" + parts.joined(separator: "/")) }
            parts.removeLast()
        }
        return RulesRoot(absolutePath: folder)
    }

    private init(absolutePath: String) { path = absolutePath }

    /// Why a path is refused; `message` is the catalogue's text, naming the path as written.
    package struct Refusal: Error, Sendable, Equatable {
        package enum Kind: Sendable, Equatable { case absolute, outsideRoot, folder }
        package var kind: Kind
        package var message: String
    }

    /// Resolves `reference`, as written in the file at `file`, to a path to open (relative to the
    /// current folder when `file`'s path is, so messages stay short), or says why it is refused.
    /// `expecting` words what the path should name, for a folder ("a schema file (.yaml)");
    /// nil says "a file".
    package func resolve(_ reference: String, from file: String, expecting: String? = nil) -> Result<String, Refusal> {
        if reference.hasPrefix("/") {
            return .failure(Refusal(kind: .absolute, message: MessageCatalogue.format(.pathAbsolute, [reference, display])))
        }
        let base = Self.baseFolder(of: file)
        let joined = SourceStore.normalize(base == "." ? reference : base + "/" + reference)
        guard Self.contains(path, Self.absolute(joined)) else {
            return .failure(Refusal(kind: .outsideRoot, message: MessageCatalogue.format(.pathOutsideRoot, [reference, display])))
        }
        // Symbolic links are followed: a link inside the root may not lead out of it.
        if let real = Self.realPath(joined), !Self.contains(Self.realPath(path) ?? path, real) {
            return .failure(Refusal(kind: .outsideRoot, message: MessageCatalogue.format(.pathOutsideRoot, [reference, display])))
        }
        var info = stat()
        if stat(joined, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Refusal(kind: .folder, message: MessageCatalogue.format(.fileIsFolder, [joined, expecting ?? MessageCatalogue.format(.aFile, [])])))
        }
        return .success(joined)
    }

    /// The root as messages show it: relative to the current folder when inside it.
    public var description: String { display }

    var display: String {
        let cwd = Self.absolute(".")
        if cwd != "/", path.hasPrefix(cwd + "/") { return String(path.dropFirst(cwd.count + 1)) }
        return path
    }

    // MARK: -

    /// The folder a file's relative paths start from: its own, or the current one for a file
    /// under `/dev/` or `/proc/` (`/dev/stdin`).
    static func baseFolder(of file: String) -> String {
        if file.hasPrefix("/dev/") || file.hasPrefix("/proc/") { return "." }
        return folder(of: file)
    }

    /// The folder part of a path ("." for a bare name; Foundation's `deletingLastPathComponent`
    /// traps on some inputs, such as ".").
    package static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last part of a path.
    package static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    static func contains(_ root: String, _ candidate: String) -> Bool {
        root == "/" || candidate == root || candidate.hasPrefix(root + "/")
    }

    /// Absolute, with `.` and `..` folded, symbolic links as written.
    static func absolute(_ p: String) -> String {
        let full = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
        var parts: [Substring] = []
        for c in full.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path with every symbolic link followed; nil when it does not exist.
    package static func realPath(_ p: String) -> String? {
        guard let r = realpath(p, nil) else { return nil }
        defer { free(r) }
        return String(cString: r)
    }
}

extension RulesRoot {
    /// `resolve` for a loader: the path, or the refusal as a diagnostic at `span`.
    func resolve(_ reference: String, from file: String, at span: SourceSpan, expecting: MessageID) -> (String?, Diagnostic?) {
        switch resolve(reference, from: file, expecting: MessageCatalogue.format(expecting, [])) {
        case .success(let p): return (p, nil)
        case .failure(let r): return (nil, Diagnostic(r.kind == .folder ? .fileIsFolder : r.kind == .absolute ? .pathAbsolute : .pathOutsideRoot,
                                                      at: span, args: []).with(message: r.message))
        }
    }
}

extension Diagnostic {
    func with(message: String) -> Diagnostic { var d = self; d.message = message; return d }
}
