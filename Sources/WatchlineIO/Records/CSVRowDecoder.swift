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
    /// Per household slot, how a cell is read on the quick path (`quick`).
    private let quickKinds: [QuickKind]
    /// Values that could not be read in fields no rule reads, in input order (`takeNotes`).
    private var unread: [(field: Int, message: String)] = []

    init(schema: Schema, decoding: FieldDecoding, place: RecordPlace, columns: [Int?], columnNames: [String]) {
        self.schema = schema; self.decoding = decoding; self.place = place
        self.columns = columns; self.columnNames = columnNames
        idSlot = schema.idField
        quickKinds = decoding.households.map(QuickKind.init)
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
                let bytes = fields.bytes(i)
                if let v = quick(bytes, quickKinds[s]) { house[s] = v; continue }
                var error: String?
                let plan = decoding.households[s]
                let v = decoding.decode(.text(bytes), plan, name: { columnNames[i] }, error: &error)
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

    /// The quick path: a number, a 1/0 flag or an enum value that the strict reading takes as
    /// it is, decoded without a call through `FieldDecoding.decode`. Anything else (an empty
    /// cell, text, a value out of bounds, a clerk's form, an error) is nil and takes the full
    /// path, which gives the same value for what this accepts.
    enum QuickKind {
        case none
        case int(min: Int64, max: Int64)
        case decimal(min: Int64, max: Int64)
        case flag
        case choice(Int16)
        init(_ plan: FieldDecoding.Plan) {
            let lo = plan.min ?? .min, hi = plan.max ?? .max
            switch plan.type {
            case .int: self = .int(min: lo, max: hi)
            case .money, .number: self = .decimal(min: lo, max: hi)
            case .bool: self = .flag
            case .enumeration(let e): self = .choice(e)
            default: self = .none
            }
        }
    }

    @inline(__always) func quick(_ b: UnsafeBufferPointer<UInt8>, _ kind: QuickKind) -> Value? {
        switch kind {
        case .none: return nil
        case .int(let lo, let hi):
            guard let v = parseInt64(b), v >= lo, v <= hi else { return nil }
            return .int(v)
        case .decimal(let lo, let hi):
            guard case .value(let v) = parseScaledDecimal(b, scale: Fixed.scale), v >= lo, v <= hi else { return nil }
            return .dec(v)
        case .flag:
            guard b.count == 1, let f = FieldDecoding.boolSpelling(b) else { return nil }
            return .bool(f)
        case .choice(let e):
            guard b.count > 0, let o = decoding.ordinal(b, enum: e) else { return nil }
            return .enumValue(EnumRef(type: e, ordinal: o))
        }
    }
}
