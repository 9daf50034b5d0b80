/// One CSV record's fields as byte ranges (RFC 4180), reusing storage between records.
public struct CSVFields {
    var starts: [Int] = []
    var ends: [Int] = []
    var quoted: [Bool] = []
    /// Unescaped copies of quoted fields that contained `""`.
    var scratch: [UInt8] = []
    var base: UnsafePointer<UInt8>?
    var scratchRanges: [Int: Range<Int>] = [:]

    public var count: Int { starts.count }

    public func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        if !scratchRanges.isEmpty, let r = scratchRanges[i] {   // rare: only fields that held `""`
            return scratch.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[r]) }
        }
        return UnsafeBufferPointer(start: base.map { $0 + starts[i] }, count: ends[i] - starts[i])
    }
    public func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }
    public func isQuoted(_ i: Int) -> Bool { quoted[i] }
}

/// Reads CSV records over `ChunkedLineReader`; a quoted field may span lines.
public final class CSVRecordReader {
    public enum Item { case record(Int, CSVFields), error(Int, String) }
    let lines: ChunkedLineReader
    var fields = CSVFields()
    var joined: [UInt8] = []

    public init(path: String) throws { lines = try ChunkedLineReader(path: path) }
    public init(fd: Int32) { lines = ChunkedLineReader(fd: fd) }
    public var bytesRead: Int { lines.bytesRead }
    public var bytesConsumed: Int { lines.bytesConsumed }
    public var totalBytes: Int? { lines.totalBytes }

    /// The next record (valid until the next call), or an error for a record that cannot be split.
    public func next() -> Item? {
        guard let first = lines.next() else { return nil }
        switch first {
        case .tooLong(let n): return .error(n, "record longer than \(16 << 20) bytes")
        case .line(_, let bytes) where bytes.isEmpty:
            // A blank line holds no record (a workbook's rows above its header, a trailing newline).
            return next()
        case .line(let n, let bytes):
            if CSVRecordReader.split(bytes, into: &fields) { return .record(n, fields) }
            // An open quote: the record continues on the next line(s).
            joined.removeAll(keepingCapacity: true)
            joined.append(contentsOf: bytes)
            while let more = lines.next() {
                guard case .line(_, let b) = more else { return .error(n, "record longer than \(16 << 20) bytes") }
                joined.append(0x0A)
                joined.append(contentsOf: b)
                let done = joined.withUnsafeBufferPointer { CSVRecordReader.split($0, into: &fields) }
                if done { return .record(n, fields) }
            }
            return .error(n, "a quoted field is not closed before the end of the file")
        }
    }

    /// Splits one record; false when a quote is still open at the end.
    static func split(_ b: UnsafeBufferPointer<UInt8>, into f: inout CSVFields) -> Bool {
        f.starts.removeAll(keepingCapacity: true)
        f.ends.removeAll(keepingCapacity: true)
        f.quoted.removeAll(keepingCapacity: true)
        if !f.scratchRanges.isEmpty {
            f.scratch.removeAll(keepingCapacity: true)
            f.scratchRanges.removeAll(keepingCapacity: true)
        }
        f.base = b.baseAddress.map { UnsafePointer($0) }
        let n = b.count
        var i = 0
        while true {
            if i < n, b[i] == 0x22 {
                // Quoted field.
                var j = i + 1
                var doubled = false
                while true {
                    guard j < n else { return false }
                    if b[j] == 0x22 {
                        if j + 1 < n, b[j + 1] == 0x22 { doubled = true; j += 2; continue }
                        break
                    }
                    j += 1
                }
                let index = f.starts.count
                f.starts.append(i + 1); f.ends.append(j); f.quoted.append(true)
                if doubled {
                    let s = f.scratch.count
                    var k = i + 1
                    while k < j { f.scratch.append(b[k]); k += (b[k] == 0x22) ? 2 : 1 }
                    f.scratchRanges[index] = s..<f.scratch.count
                }
                i = j + 1
                // Anything between the closing quote and the comma is kept out.
                while i < n, b[i] != 0x2C { i += 1 }
            } else {
                var j = i
                while j < n, b[j] != 0x2C { j += 1 }
                f.starts.append(i); f.ends.append(j); f.quoted.append(false)
                i = j
            }
            if i >= n { return true }
            i += 1   // the comma
            if i == n { f.starts.append(n); f.ends.append(n); f.quoted.append(false); return true }
        }
    }
}
