#if canImport(Glibc)
import Glibc
#endif

public struct ReadError: Error, Sendable { package var message: String; package init(message: String) { self.message = message } }

/// Reads a file (or stdin, "-") in large chunks and yields its lines as byte ranges, without a
/// copy per line. Handles `\n` and `\r\n`, a last line without newline, and a UTF-8 BOM. A line
/// longer than `maxLineBytes` is skipped to its end and reported, so one bad record cannot
/// exhaust memory.
package final class ChunkedLineReader {
    package enum Line { case line(number: Int, bytes: UnsafeBufferPointer<UInt8>), tooLong(number: Int) }

    private let fd: Int32
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var start = 0, end = 0
    private var eof = false
    private var lineNumber = 0
    private var atFileStart = true
    private let maxLineBytes: Int
    private let chunkSize: Int
    package private(set) var bytesRead = 0
    /// Bytes of the lines handed out so far (reads run up to a buffer ahead of them).
    package var bytesConsumed: Int { bytesRead - (end - start) }
    package let totalBytes: Int?

    /// A read that failed (EIO, …) part-way: the reader stops as at the end, and the sources
    /// report it as one last record's error, so no record is lost silently.
    package private(set) var readFailure: String?
    /// Lines handed out so far.
    package var linesRead: Int { lineNumber }

    package convenience init(path: String, chunkSize: Int = 1 << 20, maxLineBytes: Int = 16 << 20) throws {
        try self.init(path: path, chunkSize: chunkSize, maxLineBytes: maxLineBytes, expecting: MessageCatalogue.format(.aRecordsFile, []))
    }

    /// `expecting` words what the file should be, for a folder ("a members CSV file").
    init(path: String, chunkSize: Int = 1 << 20, maxLineBytes: Int = 16 << 20, expecting: String) throws {
        if path == "-" { fd = 0; totalBytes = nil } else {
            fd = open(path, O_RDONLY)
            guard fd >= 0 else { throw ReadError(message: MessageCatalogue.format(.fileCannotOpen, [path, systemErrorText(errno)])) }
            var st = stat()
            let known = fstat(fd, &st) == 0
            if known && (st.st_mode & S_IFMT) == S_IFDIR {
                close(fd)
                throw ReadError(message: MessageCatalogue.format(.fileIsFolder, [path, expecting]))
            }
            // A FIFO or device has no size to show progress against.
            totalBytes = known && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : nil
        }
        self.chunkSize = max(chunkSize, 1)
        self.maxLineBytes = maxLineBytes
        capacity = max(chunkSize, 1) * 2
        buffer = .allocate(capacity: capacity)
    }

    /// Reads an already open descriptor (a converted copy of an office file); closes it at the end.
    package init(fd: Int32, chunkSize: Int = 1 << 20, maxLineBytes: Int = 16 << 20) {
        self.fd = fd
        var st = stat()
        totalBytes = fstat(fd, &st) == 0 ? Int(st.st_size) : nil
        self.chunkSize = max(chunkSize, 1)
        self.maxLineBytes = maxLineBytes
        capacity = max(chunkSize, 1) * 2
        buffer = .allocate(capacity: capacity)
    }

    deinit {
        buffer.deallocate()
        if fd > 0 { close(fd) }
    }

    /// Reads more bytes after `end`, moving the unread part to the front first.
    private func fill() -> Bool {
        if eof { return false }
        if start > 0 {
            let n = end - start
            if n > 0 { buffer.update(from: buffer + start, count: n) }
            start = 0; end = n
        }
        if capacity - end < chunkSize {
            let newCap = max(capacity * 2, end + chunkSize)
            let nb = UnsafeMutablePointer<UInt8>.allocate(capacity: newCap)
            nb.update(from: buffer, count: end)
            buffer.deallocate()
            buffer = nb; capacity = newCap
        }
        while true {
            let n = read(fd, buffer + end, capacity - end)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { readFailure = systemErrorText(errno) }
            if n <= 0 { eof = true; return false }
            end += n; bytesRead += n
            return true
        }
    }

    /// The next line, valid until the next call.
    package func next() -> Line? {
        var scanned = 0   // bytes after `start` known to hold no newline
        while true {
            let from = start + scanned
            if from < end, let nl = memchr(buffer + from, 0x0A, end - from) {
                let nlIndex = buffer.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                if nlIndex - start > maxLineBytes {   // it fit in the buffer, but is still too long
                    lineNumber += 1; atFileStart = false; start = nlIndex + 1
                    return .tooLong(number: lineNumber)
                }
                return emit(upTo: nlIndex, consumed: nlIndex + 1)
            }
            scanned = end - start
            if scanned > maxLineBytes { return skipLongLine() }
            // fill() moves the unread bytes to the front; `scanned` stays relative to `start`.
            if !fill() {
                if end > start { return emit(upTo: end, consumed: end) }
                return nil
            }
        }
    }

    private func emit(upTo lineEnd: Int, consumed: Int) -> Line {
        lineNumber += 1
        var s = start, e = lineEnd
        if atFileStart {
            atFileStart = false
            if e - s >= 3, buffer[s] == 0xEF, buffer[s + 1] == 0xBB, buffer[s + 2] == 0xBF { s += 3 }
        }
        if e > s, buffer[e - 1] == 0x0D { e -= 1 }
        start = consumed
        return .line(number: lineNumber, bytes: UnsafeBufferPointer(start: buffer + s, count: e - s))
    }

    private func skipLongLine() -> Line {
        lineNumber += 1
        atFileStart = false
        while true {
            if let nl = memchr(buffer + start, 0x0A, end - start) {
                start = buffer.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
                return .tooLong(number: lineNumber)
            }
            start = end
            if !fill() { return .tooLong(number: lineNumber) }
        }
    }
}
