/// One CSV record's fields as byte ranges (RFC 4180), reusing storage between records.
///
/// The ranges live in a buffer the reader owns and refills for every record, so handing a record
/// out copies no arrays (a copy of arrays per record, and the copy-on-write that followed, was a
/// tenth of reading a large file). A record's fields are therefore valid until the reader's next
/// record; keep what must last as strings.
package struct CSVFields {
    /// Grown as needed, never shrunk; one per `CSVFields` the reader fills.
    final class Ranges {
        var starts: UnsafeMutablePointer<Int>
        var ends: UnsafeMutablePointer<Int>
        var quoted: UnsafeMutablePointer<Bool>
        var count = 0
        var capacity = 64
        /// Unescaped copies of quoted fields that contained `""`.
        var scratch: [UInt8] = []
        var scratchRanges: [Int: Range<Int>] = [:]
        init() {
            starts = .allocate(capacity: capacity); ends = .allocate(capacity: capacity); quoted = .allocate(capacity: capacity)
        }
        deinit { starts.deallocate(); ends.deallocate(); quoted.deallocate() }
        @inline(__always) func append(_ s: Int, _ e: Int, _ q: Bool) {
            if count == capacity { grow() }
            starts[count] = s; ends[count] = e; quoted[count] = q
            count += 1
        }
        func grow() {
            let c = capacity * 2
            let s = UnsafeMutablePointer<Int>.allocate(capacity: c), e = UnsafeMutablePointer<Int>.allocate(capacity: c)
            let q = UnsafeMutablePointer<Bool>.allocate(capacity: c)
            s.update(from: starts, count: count); e.update(from: ends, count: count); q.update(from: quoted, count: count)
            starts.deallocate(); ends.deallocate(); quoted.deallocate()
            starts = s; ends = e; quoted = q; capacity = c
        }
    }
    let ranges = Ranges()
    var base: UnsafePointer<UInt8>?
    /// Text between a closing quote and the next comma (`"a"b,`): kept out of the cell.
    var junk = false

    package var count: Int { ranges.count }

    package func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        let r = ranges
        if !r.scratchRanges.isEmpty, let range = r.scratchRanges[i] {   // rare: only fields that held `""`
            return r.scratch.withUnsafeBufferPointer { UnsafeBufferPointer(rebasing: $0[range]) }
        }
        return UnsafeBufferPointer(start: base.map { $0 + r.starts[i] }, count: r.ends[i] - r.starts[i])
    }
    package func string(_ i: Int) -> String { String(decoding: bytes(i), as: UTF8.self) }

    /// Appends the record's cells to `bytes`, with each cell's range there: the line's bytes in
    /// one copy when no cell had to be unescaped (the common case), else cell by cell.
    package func appendCells(to bytes: inout [UInt8], starts: inout [Int], ends: inout [Int]) {
        let r = ranges, n = r.count
        guard n > 0 else { return }
        if r.scratchRanges.isEmpty, let base {
            let offset = bytes.count - r.starts[0]
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + r.starts[0], count: r.ends[n - 1] - r.starts[0]))
            for i in 0..<n { starts.append(r.starts[i] + offset); ends.append(r.ends[i] + offset) }
            return
        }
        for i in 0..<n {
            starts.append(bytes.count)
            bytes.append(contentsOf: self.bytes(i))
            ends.append(bytes.count)
        }
    }
}

/// Reads CSV records over `ChunkedLineReader`; a quoted field may span lines.
///
/// A quoted field that runs past the end of its line continues on the next lines only while
/// that stays plausible: the record is taken when the quote closes cleanly (a comma or the end
/// of the line after it) and the record then has the header's number of cells. When a later line
/// closes it uncleanly (`x"y`), or reads as a complete record of its own while the quote is
/// still open, the record that opened the quote becomes an error naming the lines involved, and
/// reading resumes at that line. So one stray `"` costs one record, not the rest of the file.
package final class CSVRecordReader {
    package enum Item { case record(Int, CSVFields), error(Int, String) }
    let lines: ChunkedLineReader
    var fields = CSVFields()
    var joined: [UInt8] = []
    /// A line read ahead while looking for a quote's end, read next as a record of its own.
    var held: [UInt8] = []
    var heldLine = 0
    var hasHeld = false
    /// Storage of the line a record came from when it was held.
    var current: [UInt8] = []
    var probe = CSVFields()
    var failureReported = false
    /// The header's number of cells: the first record's.
    package private(set) var expectedCells: Int?

    package init(path: String) throws { lines = try ChunkedLineReader(path: path) }
    package init(fd: Int32) { lines = ChunkedLineReader(fd: fd) }
    package init(path: String, expecting: String) throws { lines = try ChunkedLineReader(path: path, expecting: expecting) }
    package var bytesRead: Int { lines.bytesRead }
    package var bytesConsumed: Int { lines.bytesConsumed }
    package var totalBytes: Int? { lines.totalBytes }

    /// The next record (valid until the next call), or an error for a record that cannot be split.
    package func next() -> Item? {
        let item = read()
        if expectedCells == nil, case .record(_, let f)? = item { expectedCells = f.count }
        return item
    }

    private func read() -> Item? {
        let n: Int
        if hasHeld {
            hasHeld = false
            swap(&current, &held)
            n = heldLine
            if current.withUnsafeBufferPointer({ CSVRecordReader.split($0, into: &fields) }) { return .record(n, fields) }
            joined.removeAll(keepingCapacity: true)
            joined.append(contentsOf: current)
        } else {
            guard let first = lines.next() else {
                // A read that failed part-way is the last record's error: nothing is lost silently.
                if let failure = lines.readFailure, !failureReported {
                    failureReported = true
                    return .error(lines.linesRead + 1, MessageCatalogue.format(.recordReadFailed, [String(lines.linesRead), failure]))
                }
                return nil
            }
            switch first {
            case .tooLong(let k): return .error(k, MessageCatalogue.format(.recordTooLong, [String(16 << 20)]))
            case .line(_, let bytes) where bytes.isEmpty:
                // A blank line holds no record (a workbook's rows above its header, a trailing newline).
                return read()
            case .line(let k, let bytes):
                n = k
                if CSVRecordReader.split(bytes, into: &fields) { return .record(n, fields) }
                // An open quote: the record may continue on the next line(s).
                joined.removeAll(keepingCapacity: true)
                joined.append(contentsOf: bytes)
            }
        }
        return continueQuoted(from: n)
    }

    private func continueQuoted(from n: Int) -> Item {
        var last = n
        while let more = lines.next() {
            guard case .line(let k, let b) = more else { return .error(n, MessageCatalogue.format(.recordTooLong, [String(16 << 20)])) }
            last = k
            joined.append(0x0A)
            joined.append(contentsOf: b)
            let closed = joined.withUnsafeBufferPointer { CSVRecordReader.split($0, into: &fields) }
            let clean = closed && !fields.junk
            if clean && (expectedCells == nil || fields.count == expectedCells) { return .record(n, fields) }
            // Would line k, alone, be a record with the header's cells?
            let alone = CSVRecordReader.split(b, into: &probe) && !probe.junk && (expectedCells == nil || probe.count == expectedCells)
            if clean && !alone { return .record(n, fields) }   // the wrong number of cells is that record's error
            if !closed && !alone { continue }
            // The quote does not close cleanly: the record is an error, and line k is read again.
            held.removeAll(keepingCapacity: true)
            held.append(contentsOf: b)
            heldLine = k
            hasHeld = true
            return .error(n, k == n + 1 ? MessageCatalogue.format(.recordQuoteNotClosed, [String(n), String(k)])
                                        : MessageCatalogue.format(.recordQuoteNotClosedLines, [String(n), String(k - 1), String(k)]))
        }
        return .error(n, MessageCatalogue.format(.recordQuoteNotClosedAtEnd, [String(n), String(last)]))
    }

    /// Splits one record; false when a quote is still open at the end.
    static func split(_ b: UnsafeBufferPointer<UInt8>, into f: inout CSVFields) -> Bool {
        let r = f.ranges
        r.count = 0
        if !r.scratchRanges.isEmpty {
            r.scratch.removeAll(keepingCapacity: true)
            r.scratchRanges.removeAll(keepingCapacity: true)
        }
        f.junk = false
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
                let index = r.count
                r.append(i + 1, j, true)
                if doubled {
                    let s = r.scratch.count
                    var k = i + 1
                    while k < j { r.scratch.append(b[k]); k += (b[k] == 0x22) ? 2 : 1 }
                    r.scratchRanges[index] = s..<r.scratch.count
                }
                i = j + 1
                // Anything between the closing quote and the comma is kept out.
                if i < n, b[i] != 0x2C { f.junk = true }
                while i < n, b[i] != 0x2C { i += 1 }
            } else {
                var j = i
                while j < n, b[j] != 0x2C { j += 1 }
                r.append(i, j, false)
                i = j
            }
            if i >= n { return true }
            i += 1   // the comma
            if i == n { r.append(n, n, false); return true }
        }
    }
}
