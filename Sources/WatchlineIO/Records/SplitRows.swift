import WatchlineSyntax
import WatchlineLanguage

/// A chunk of records as the reading thread split them, not yet decoded: each row's cells (a
/// CSV row's cells, or a JSON line whole) as byte ranges into one buffer the chunk owns, or the
/// error that kept its line from being read. Splitting is the part of reading that must go in
/// input order (a quoted cell may run over lines); decoding is not, so the run loop decodes
/// chunks of rows on every core.
package final class SplitRows {
    struct Row { var line: Int; var firstCell: Int; var cells: Int; var error: String? }
    var bytes: [UInt8] = []
    var starts: [Int] = []
    var ends: [Int] = []
    var rows: [Row] = []
    package init() {}
    package var count: Int { rows.count }

    func removeAll() {
        bytes.removeAll(keepingCapacity: true); starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true); rows.removeAll(keepingCapacity: true)
    }

    func append(line: Int, _ fields: CSVFields) {
        rows.append(Row(line: line, firstCell: starts.count, cells: fields.count))
        fields.appendCells(to: &bytes, starts: &starts, ends: &ends)
    }

    /// A row kept whole (a JSON line): one range, the line.
    func append(line: Int, whole bytes: UnsafeBufferPointer<UInt8>) {
        rows.append(Row(line: line, firstCell: starts.count, cells: 1))
        starts.append(self.bytes.count)
        self.bytes.append(contentsOf: bytes)
        ends.append(self.bytes.count)
    }

    func append(line: Int, error: String) { rows.append(Row(line: line, firstCell: starts.count, cells: 0, error: error)) }
}

/// The cells of one row, wherever they are kept: the reader's buffer (`CSVFields`) or a chunk's
/// (`SplitRows.Cells`), so one decoder reads both.
protocol RowCells {
    var count: Int { get }
    func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8>
}

extension CSVFields: RowCells {}

extension SplitRows {
    /// Row `r`'s cells, valid while `base` (the chunk's bytes) is.
    struct Cells: RowCells {
        let base: UnsafeBufferPointer<UInt8>
        let starts: UnsafeBufferPointer<Int>, ends: UnsafeBufferPointer<Int>
        let first: Int
        let count: Int
        func bytes(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            let s = starts[first + i], e = ends[first + i]
            return UnsafeBufferPointer(rebasing: base[s..<e])
        }
    }
}

/// What decoding noted that becomes a warning: the clerk forms read, and values of fields no rule
/// reads that could not be read. Kept per chunk and handed back in input order (`absorb`), so the
/// warnings, and which examples they give, are those of one thread reading the file.
package struct DecodingNotes {
    var unread: [(field: Int, message: String)] = []
    var forms = FormNotes()

    /// Hands these notes to the reader that owns `decoding`, as if it had made them itself.
    func replay(into decoding: FieldDecoding, _ unread: inout UnreadValues, _ warnings: inout [String]) {
        decoding.notes.absorb(forms)
        for (field, message) in self.unread { unread.note(field: field, message, into: &warnings) }
    }
}

extension FieldDecoding {
    /// The warnings that close a reading: the clerk forms read, then the values left out past
    /// the ones shown.
    func closingWarnings(_ unread: UnreadValues) -> [String] {
        notes.warnings(columnName) + unread.summary(columnName)
    }
}

/// Decodes split rows into records; one per thread, each with notes of its own.
package protocol RowDecoder: AnyObject {
    /// Decodes every row of `rows` into `records[0..<rows.count]`, with what each read found in `reads`.
    func decode(_ rows: SplitRows, into records: UnsafeMutableBufferPointer<HouseholdRecord>, reads: inout [RecordRead])
    /// The notes made since the last call.
    func takeNotes() -> DecodingNotes
}

/// A reader whose records can be decoded away from the reading thread: `split` on the reading
/// thread, in order; `RowDecoder.decode` on any; `absorb` in input order; `finishApart` once,
/// after the last chunk is absorbed.
package protocol SplittableRecordSource: RecordSource {
    /// False when the records must be decoded as they are read (CSV with members to join).
    var decodesApart: Bool { get }
    /// Splits up to `max` rows into `rows` (emptied first); false when the input ended.
    func split(into rows: SplitRows, max: Int) -> Bool
    func makeRowDecoder() -> any RowDecoder
    func absorb(_ notes: DecodingNotes)
    func finishApart()
}
