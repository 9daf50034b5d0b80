import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where output bytes go: stdout, or a file written under a temporary name and renamed into
/// place when complete, so an interrupted run never leaves a half-written file.
public final class OutputSink {
    private let fd: Int32
    private let finalPath: String?
    private let tempPath: String?
    public private(set) var failed: String?

    public init(path: String?) throws {
        guard let path, path != "-" else { fd = 1; finalPath = nil; tempPath = nil; return }
        let dir = (path as NSString).deletingLastPathComponent
        let temp = (dir.isEmpty ? "." : dir) + "/." + (path as NSString).lastPathComponent + ".\(getpid()).partial"
        let f = open(temp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard f >= 0 else { throw ReadError(message: MessageCatalogue.format(.fileCannotWrite, [path, String(cString: strerror(errno))])) }
        fd = f; finalPath = path; tempPath = temp
    }

    public func write(_ bytes: [UInt8]) {
        guard failed == nil, !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            var off = 0
            while off < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + off, raw.count - off)
                if n < 0 { if errno == EINTR { continue }; failed = String(cString: strerror(errno)); return }
                off += n
            }
        }
    }

    /// Renames the finished file into place (or removes it after a failure).
    public func finish() throws {
        guard let tempPath, let finalPath else { return }
        close(fd)
        if let failed { unlink(tempPath); throw ReadError(message: MessageCatalogue.format(.fileWriteFailed, [finalPath, failed])) }
        guard rename(tempPath, finalPath) == 0 else {
            unlink(tempPath)
            throw ReadError(message: MessageCatalogue.format(.fileCannotMove, [finalPath, String(cString: strerror(errno))]))
        }
    }

    /// Abandons the temporary file.
    public func abandon() {
        guard let tempPath else { return }
        close(fd); unlink(tempPath)
    }
}

/// Progress on stderr, only when it is a terminal: "12340 households (45%), 8200/s, about 0:12 left".
public final class ProgressLine {
    let enabled: Bool
    var lastShown = 0.0
    let started = Date().timeIntervalSince1970
    public init(enabled: Bool = isatty(2) != 0) { self.enabled = enabled }
    public func update(households: Int, done: Int, total: Int?) {
        guard enabled else { return }
        let now = Date().timeIntervalSince1970
        guard now - lastShown > 0.2 else { return }
        lastShown = now
        let text = ProgressText.line(households: households, done: done, total: total, elapsed: now - started)
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }
    public func clear() {
        guard enabled, lastShown > 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
