import WatchlineSyntax
import WatchlineLanguage

/// Decodes one JSON Lines line (or one element of a JSON array) into a household record: parse,
/// fields, the id. The same decoder serves the readers (`JSONLinesSource.next`,
/// `JSONArraySource.next`, on the reading thread) and the run loop's lanes
/// (`decode(_:into:reads:)`, on the lines the reader set aside), each lane with a decoder, a tape
/// and notes of its own.
final class JSONLinesRowDecoder: RowDecoder {
    let schema: Schema
    let place: RecordPlace
    let fieldsRead: Set<Int>?
    let decoder: JSONRecordDecoder
    private var tape = JSONTape()
    private var unreadHere: [(field: Int, message: String)] = []
    /// Values that could not be read in fields no rule reads, placed, in input order (`takeNotes`).
    private var unread: [(field: Int, message: String)] = []

    init(schema: Schema, place: RecordPlace, fieldsRead: Set<Int>?) {
        self.schema = schema; self.place = place; self.fieldsRead = fieldsRead
        decoder = JSONRecordDecoder(schema: schema, fieldsRead: fieldsRead)
    }

    /// The same decoder with notes of its own, for another thread.
    func apart() -> JSONLinesRowDecoder { JSONLinesRowDecoder(schema: schema, place: place, fieldsRead: fieldsRead) }

    /// Line `n` (not blank); `unreadValue` takes a value of a field no rule reads that could not be read.
    func decode(line n: Int, _ bytes: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord,
                unreadValue: (Int, String) -> Void) -> RecordRead {
        record.reset(schema)
        var errors: [String] = []
        var parsed = true
        if let e = tape.parse(bytes) {
            // The byte is the line's column: `path:line:column`.
            errors.append(RecordPlace.at(place.cell(n, column: e.offset), e.message))
            recoverID(bytes, into: &record)
            parsed = false
        } else {
            unreadHere.removeAll(keepingCapacity: true)
            errors = decoder.decode(tape, bytes, into: &record, unread: &unreadHere).map { RecordPlace.at(place.row(n), $0) }
            for u in unreadHere { unreadValue(u.field, RecordPlace.at(place.row(n), u.message)) }
        }
        checkID(record, errors: &errors, line: n)
        return RecordRead(line: n, errors: errors, claimsID: parsed)
    }

    /// A record without an id is an error (when nothing else is wrong with it). Repeated ids are
    /// `DuplicateIDCheck`'s; a line that did not parse says so with `claimsID: false`.
    func checkID(_ record: HouseholdRecord, errors: inout [String], line: Int) {
        guard let slot = schema.idField, record.string(slot) == nil, errors.isEmpty else { return }
        errors.append(RecordPlace.at(place.row(line), MessageCatalogue.format(.recordNoID, [])))
    }

    /// For a malformed line, the id is still worth reporting if it can be found.
    func recoverID(_ bytes: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) {
        guard let slot = schema.idField else { return }
        let text = String(decoding: bytes, as: UTF8.self)
        guard let r = text.range(of: "\"id\"") else { return }
        let rest = text[r.upperBound...].drop { $0 == " " || $0 == ":" }
        guard rest.first == "\"" else { return }
        let value = rest.dropFirst().prefix { $0 != "\"" }
        if !value.isEmpty && value.count < 100 { record.house[slot] = .string(String(value)) }
    }

    func decode(_ rows: SplitRows, into records: UnsafeMutableBufferPointer<HouseholdRecord>, reads: inout [RecordRead]) {
        reads.removeAll(keepingCapacity: true)
        var unread = self.unread
        defer { self.unread = unread }
        rows.bytes.withUnsafeBufferPointer { base in
            for (r, row) in rows.rows.enumerated() {
                if let error = row.error {
                    // A line too long, or a read that failed: the message is placed already.
                    records[r].reset(schema)
                    reads.append(RecordRead(line: row.line, errors: [error], claimsID: false))
                    continue
                }
                let line = UnsafeBufferPointer(rebasing: base[rows.starts[row.firstCell]..<rows.ends[row.firstCell]])
                reads.append(decode(line: row.line, line, into: &records[r]) { unread.append(($0, $1)) })
            }
        }
    }

    func takeNotes() -> DecodingNotes {
        defer { unread.removeAll(keepingCapacity: true) }
        let forms = FormNotes()
        forms.absorb(decoder.decoding.notes)
        return DecodingNotes(unread: unread, forms: forms)
    }
}
