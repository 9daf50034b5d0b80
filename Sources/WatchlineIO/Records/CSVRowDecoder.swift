import WatchlineSyntax
import WatchlineLanguage

/// Decodes one CSV row's cells into a household record: each cell by its column's field, errors
/// at the cell's place. The same decoder serves the reader (`CSVRecordSource.next`, on the
/// reading thread) and the run loop's threads (`decode(_:into:reads:)`, on split rows); members
/// are joined by the reader, which alone holds them. A class: a row is decoded without copying
/// the decoder's tables.
final class CSVRowDecoder: RowDecoder {
    let schema: Schema
    let decoding: FieldDecoding
    let idSlot: Int?
    let place: RecordPlace
    /// Column index → household slot (nil: ignored column).
    let columns: [Int?]
    /// Column index → the field's name in messages: the header as written, with the path.
    let columnNames: [String]
    /// The household slots no column fills: only these are reset before a full row is decoded.
    let unfilled: [Int]
    /// Values that could not be read in fields no rule reads, in input order (`takeNotes`).
    private var unread: [(field: Int, message: String)] = []

    init(schema: Schema, decoding: FieldDecoding, place: RecordPlace, columns: [Int?], columnNames: [String]) {
        self.schema = schema; self.decoding = decoding; self.place = place
        self.columns = columns; self.columnNames = columnNames
        idSlot = schema.idField
        let written = Set(columns.compactMap { $0 })
        unfilled = schema.households.indices.filter { !written.contains($0) }
    }

    /// The same decoder with notes of its own, for another thread.
    func apart() -> CSVRowDecoder {
        CSVRowDecoder(schema: schema, decoding: FieldDecoding(decoding, notes: FormNotes()), place: place, columns: columns, columnNames: columnNames)
    }

    /// A row the CSV reader could not split.
    func failed(line: Int, _ message: String, into record: inout HouseholdRecord) -> RecordRead {
        record.reset(schema)
        return RecordRead(line: line, errors: [RecordPlace.at(place.row(line), message)], claimsID: false)
    }

    /// The row's errors; `unreadValue` takes a value of a field no rule reads that could not be read.
    func decode<Cells: RowCells>(line: Int, _ fields: Cells, into record: inout HouseholdRecord,
                                 unreadValue: (Int, String) -> Void) -> [String] {
        var errors: [String] = []
        if fields.count != columns.count {
            errors.append(RecordPlace.at(place.row(line), MessageCatalogue.format(.recordCellCount, [String(fields.count), String(columns.count)])))
        }
        // Every slot starts unknown: the slots no cell of this row fills are reset here, the
        // others are written once, by their cell (or reset where the cell cannot be read).
        let cells = min(fields.count, columns.count)
        if cells == columns.count { for s in unfilled { record.house[s] = .unknown(FieldMask(field: s)) } } else { record.reset(schema) }
        record.members.removeAll(keepingCapacity: true)
        record.memberCount = -1
        // One uniqueness check for the record, not one per field written.
        record.house.withUnsafeMutableBufferPointer { house in
            for i in 0..<cells {
                guard let s = columns[i] else { continue }
                var error: String?
                let plan = decoding.households[s]
                let v = decoding.decode(.text(fields.bytes(i)), plan, name: { columnNames[i] }, error: &error)
                guard let error else { house[s] = v; continue }
                house[s] = .unknown(FieldMask(field: s))
                let message = RecordPlace.at(place.cell(line, column: i), error)
                if plan.read { errors.append(message) } else { unreadValue(plan.id, message) }
            }
        }
        if errors.isEmpty, record.string(idSlot) == nil {
            errors.append(RecordPlace.at(place.row(line), MessageCatalogue.format(.recordNoID, [])))
        }
        return errors
    }

    func decode(_ rows: SplitRows, into records: UnsafeMutableBufferPointer<HouseholdRecord>, reads: inout [RecordRead]) {
        reads.removeAll(keepingCapacity: true)
        var unread = self.unread
        defer { self.unread = unread }
        rows.bytes.withUnsafeBufferPointer { base in
            rows.starts.withUnsafeBufferPointer { starts in
                rows.ends.withUnsafeBufferPointer { ends in
                    for (r, row) in rows.rows.enumerated() {
                        if let error = row.error { reads.append(failed(line: row.line, error, into: &records[r])); continue }
                        let cells = SplitRows.Cells(base: base, starts: starts, ends: ends, first: row.firstCell, count: row.cells)
                        let errors = decode(line: row.line, cells, into: &records[r]) { unread.append(($0, $1)) }
                        reads.append(RecordRead(line: row.line, errors: errors))
                    }
                }
            }
        }
    }

    func takeNotes() -> DecodingNotes {
        defer { unread.removeAll(keepingCapacity: true) }
        let forms = FormNotes()
        forms.absorb(decoding.notes)   // moves them, leaving this decoder's empty
        return DecodingNotes(unread: unread, forms: forms)
    }
}
