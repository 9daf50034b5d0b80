import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
#if canImport(Glibc)
import Glibc
#endif

/// Where output bytes go, every write checked:
///
/// - stdout (no path, or `-`);
/// - a character device or a FIFO (`/dev/null`, `>(cat > x)` as `/dev/fd/63`, `mkfifo`):
///   written directly — never replaced by a regular file;
/// - a regular file, or a new path: written under a temporary name in the same folder and
///   renamed into place when complete, so an interrupted run never leaves a half-written file.
///   Where the system has it (Linux `O_TMPFILE`) the temporary has no name until it is complete;
///   otherwise it is `.NAME.PID.partial`, removed on every exit path: a failure, `abandon()`, the
///   sink's end, and SIGINT, SIGTERM, SIGHUP or SIGPIPE (`TemporaryFiles`).
///
/// A write that fails (a full disk, `/dev/full`, a closed pipe with SIGPIPE ignored) is
/// remembered, later writes are skipped, and `finish()` throws the reason, so the command exits 1.
public final class OutputSink {
    enum Mode { case stdout, direct, temporary }
    private var fd: Int32
    private let mode: Mode
    /// The path as the user gave it, for messages.
    private let shownPath: String
    /// Where a temporary is renamed to (the target of a symbolic link, so the link stays).
    private let finalPath: String
    private let folder: String
    /// The temporary's name: set at once for a named temporary, at `finish` for an `O_TMPFILE` one.
    private var tempName: String?
    private var tempSlot: Int?
    private var closed = false
    package private(set) var failed: String?

    /// `path` nil or `-`: standard output.
    package init(path: String?) throws {
        guard let path, path != "-" else {
            fd = 1; mode = .stdout; shownPath = "-"; finalPath = "-"; folder = "."
            return
        }
        shownPath = path
        var info = stat()
        let exists = stat(path, &info) == 0
        let kind = info.st_mode & S_IFMT
        if exists && kind == S_IFDIR {
            throw ReadError(message: MessageCatalogue.format(.fileIsFolder, [path, MessageCatalogue.format(.aFileToWrite, [])]))
        }
        if exists && (kind == S_IFCHR || kind == S_IFIFO) {
            let f = open(path, O_WRONLY | O_CLOEXEC)
            guard f >= 0 else { throw ReadError(message: MessageCatalogue.format(.fileCannotWrite, [path, errorText(errno)])) }
            fd = f; mode = .direct; finalPath = path; folder = "."
            return
        }
        if exists && kind != S_IFREG {
            throw ReadError(message: MessageCatalogue.format(.fileCannotWrite, [path, MessageCatalogue.format(.outputNotAFile, [])]))
        }
        // A symbolic link to a file: the file is replaced, the link stays.
        var target = path
        if exists, let real = RulesRoot.realPath(path) { target = real }
        finalPath = target
        folder = RulesRoot.folder(of: target)
        mode = .temporary
        fd = -1
        #if os(Linux)
        // O_TMPFILE (not in Glibc's Swift overlay): __O_TMPFILE | O_DIRECTORY.
        let f = open(folder, Int32(0o20000000) | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o644)
        if f >= 0 { fd = f; return }
        #endif
        let name = folder + "/." + RulesRoot.name(of: target) + ".\(getpid()).partial"
        tempSlot = TemporaryFiles.register(name)
        let g = open(name, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard g >= 0 else {
            let reason = errorText(errno)
            TemporaryFiles.unregister(tempSlot)
            throw ReadError(message: MessageCatalogue.format(.fileCannotWrite, [path, reason]))
        }
        fd = g; tempName = name
    }

    /// Writes to an open descriptor (not closed at the end); `name` is for messages ("-" for stdout).
    package init(fileDescriptor: Int32, name: String = "-") {
        fd = fileDescriptor; mode = .stdout; shownPath = name; finalPath = name; folder = "."
    }

    deinit { if !closed && mode != .stdout { abandon() } }

    package func write(_ bytes: [UInt8]) {
        guard failed == nil, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; failed = errorText(errno); return }
                if n == 0 { failed = errorText(EIO); return }
                off += n
            }
        }
    }

    package func write(_ text: String) { write(Array(text.utf8)) }

    /// For tests: as if a write had failed with `reason`.
    func simulateFailure(_ reason: String) { failed = reason }

    /// Completes the output: checks that every write and the close succeeded, and renames a
    /// temporary into place. Throws the reason (from the message catalogue) otherwise; the
    /// temporary is then gone.
    package func finish() throws {
        switch mode {
        case .stdout:
            if let failed { throw ReadError(message: shownPath == "-" ? MessageCatalogue.format(.outputStdoutFailed, [failed])
                                                                      : MessageCatalogue.format(.fileWriteFailed, [shownPath, failed])) }
        case .direct:
            closed = true
            if close(fd) != 0, failed == nil { failed = errorText(errno) }
            if let failed { throw ReadError(message: MessageCatalogue.format(.fileWriteFailed, [shownPath, failed])) }
        case .temporary:
            if let failed { abandon(); throw ReadError(message: MessageCatalogue.format(.fileWriteFailed, [shownPath, failed])) }
            if tempName == nil {
                // An O_TMPFILE file gets a name only now, just before it is renamed into place.
                let name = folder + "/." + RulesRoot.name(of: finalPath) + ".\(getpid()).partial"
                tempSlot = TemporaryFiles.register(name)
                unlink(name)
                guard linkat(AT_FDCWD, "/proc/self/fd/\(fd)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                    let reason = errorText(errno)
                    abandon()
                    throw ReadError(message: MessageCatalogue.format(.fileWriteFailed, [shownPath, reason]))
                }
                tempName = name
            }
            closed = true
            if close(fd) != 0 {
                let reason = errorText(errno)
                removeTemporary()
                throw ReadError(message: MessageCatalogue.format(.fileWriteFailed, [shownPath, reason]))
            }
            guard rename(tempName!, finalPath) == 0 else {
                let reason = errorText(errno)
                removeTemporary()
                throw ReadError(message: MessageCatalogue.format(.fileCannotMove, [shownPath, reason]))
            }
            tempName = nil
            TemporaryFiles.unregister(tempSlot)
            tempSlot = nil
        }
    }

    /// Abandons the output (a failed run): a temporary is removed (a device or FIFO is only closed).
    func abandon() {
        guard mode != .stdout else { return }
        if !closed { closed = true; close(fd) }
        removeTemporary()
    }

    private func removeTemporary() {
        if let tempName { unlink(tempName) }
        tempName = nil
        TemporaryFiles.unregister(tempSlot)
        tempSlot = nil
    }
}

/// Names of temporary output files, removed by a signal handler if SIGINT, SIGTERM, SIGHUP or
/// SIGPIPE ends the process before they are renamed or removed. The handler only calls
/// `unlink` and re-raises the signal with its default action (both async-signal-safe); it is
/// installed with the first registration, and not for a signal the process was told to ignore
/// (`nohup`).
package enum TemporaryFiles {
    static let capacity = 16
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    nonisolated(unsafe) static var installed = false
    static let lock = NSLock()

    /// Records `path` for removal on a signal; returns its slot (nil when all are taken).
    static func register(_ path: String) -> Int? {
        lock.lock(); defer { lock.unlock() }
        install()
        for i in 0..<capacity where slots[i] == nil {
            slots[i] = strdup(path)
            return i
        }
        return nil
    }

    static func unregister(_ slot: Int?) {
        guard let slot else { return }
        lock.lock(); defer { lock.unlock() }
        // Not freed: the signal handler may be reading the pointer right now (a few bytes per output).
        slots[slot] = nil
    }

    /// The temporaries registered now (for tests).
    package static var pending: [String] {
        lock.lock(); defer { lock.unlock() }
        return (0..<capacity).compactMap { slots[$0].map { String(cString: $0) } }
    }

    /// What the signal handler does before re-raising: removes every registered temporary.
    package static func removeAll() {
        for i in 0..<capacity { if let p = slots[i] { unlink(p) } }
    }

    private static func install() {
        guard !installed else { return }
        installed = true
        let handler: @convention(c) (Int32) -> Void = { sig in
            for i in 0..<TemporaryFiles.capacity { if let p = TemporaryFiles.slots[i] { unlink(p) } }
            signal(sig, SIG_DFL)
            raise(sig)
        }
        for sig in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            let old = signal(sig, handler)
            if unsafeBitCast(old, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(sig, SIG_IGN) }
        }
    }
}

func errorText(_ code: Int32) -> String { systemErrorText(code) }

/// Progress on stderr, only when it is a terminal: "12340 households (45%), 8200/s, about 0:12 left".
public final class ProgressLine {
    let enabled: Bool
    var lastShown = 0.0
    let started = Date().timeIntervalSince1970
    package init(enabled: Bool = isatty(2) != 0) { self.enabled = enabled }
    package func update(households: Int, done: Int, total: Int?) {
        guard enabled else { return }
        let now = Date().timeIntervalSince1970
        guard now - lastShown > 0.2 else { return }
        lastShown = now
        let text = ProgressText.line(households: households, done: done, total: total, elapsed: now - started)
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }
    package func clear() {
        guard enabled, lastShown > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
