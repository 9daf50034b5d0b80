import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// JSON Lines: one household object per line. A blank line is skipped; every other line is a
/// record, and a line that is not valid JSON still gives its record (with the error).
package final class JSONLinesSource: PlacedRecordSource {
    let reader: ChunkedLineReader
    let decoder: JSONRecordDecoder
    let schema: Schema
    let place: RecordPlace
    var tape = JSONTape()
    package private(set) var warnings: [String] = []
    private var endNoted = false
    var unread = UnreadValues()
    private var unreadHere: [(field: Int, message: String)] = []

    package init(path: String, schema: Schema, fieldsRead: Set<Int>? = nil) throws {
        reader = try ChunkedLineReader(path: path)
        decoder = JSONRecordDecoder(schema: schema, fieldsRead: fieldsRead)
        self.schema = schema
        place = RecordPlace(path: path, sheet: nil)
    }

    package var progress: (done: Int, total: Int?) { (reader.bytesConsumed, reader.totalBytes) }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        while let line = reader.next() {
            switch line {
            case .tooLong(let n):
                record.reset(schema)
                return RecordRead(line: n, errors: [RecordPlace.at(place.row(n), MessageCatalogue.format(.recordTooLong, [String(16 << 20)]))])
            case .line(let n, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
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
                    for u in unreadHere { unread.note(field: u.field, RecordPlace.at(place.row(n), u.message), into: &warnings) }
                }
                checkID(record, errors: &errors, line: n)
                return RecordRead(line: n, errors: errors, claimsID: parsed)
            }
        }
        if let failure = reader.readFailure, !failureReported {
            failureReported = true
            record.reset(schema)
            return RecordRead(line: reader.linesRead + 1, errors: [RecordPlace.at(place.row(reader.linesRead + 1), MessageCatalogue.format(.recordReadFailed, [String(reader.linesRead), failure]))], claimsID: false)
        }
        if !endNoted {
            warnings += decoder.decoding.notes.warnings(decoder.decoding.columnName)
            warnings += unread.summary(decoder.decoding.columnName)
            endNoted = true
        }
        return nil
    }

    var failureReported = false

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

    /// Decodes a single JSON object (test cases, the REPL's `:set`).
    package static func decode(line: String, schema: Schema) -> (HouseholdRecord, [String]) {
        var record = schema.emptyRecord()
        var tape = JSONTape()
        var text = line
        let errors: [String] = text.withUTF8 { bytes in
            if let e = tape.parse(bytes) { return [e.message] }
            return JSONRecordDecoder(schema: schema).decode(tape, bytes, into: &record)
        }
        return (record, errors)
    }
}

/// A JSON array of household objects (read whole: arrays are for small files).
package final class JSONArraySource: PlacedRecordSource {
    let schema: Schema
    let decoder: JSONRecordDecoder
    let place: RecordPlace
    var unread = UnreadValues()
    private var endNoted = false
    var elements: [(line: Int, text: String)] = []
    var index = 0
    var tape = JSONTape()
    package private(set) var warnings: [String] = []
    let total: Int

    package init(path: String, schema: Schema, fieldsRead: Set<Int>? = nil) throws {
        self.schema = schema
        decoder = JSONRecordDecoder(schema: schema, fieldsRead: fieldsRead)
        place = RecordPlace(path: path, sheet: nil)
        try RecordFiles.refuseFolder(path, expecting: .aRecordsFile)
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(message: MessageCatalogue.format(.fileUnreadable, [path, MessageCatalogue.format(.fileNoSuchFile, [])])) }
        total = data.count
        var whole = JSONTape()
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let result: [(Int, String)]? = bytes.withUnsafeBufferPointer { buf in
            if let e = whole.parse(buf) {
                let line = buf.prefix(e.offset).filter { $0 == 0x0A }.count + 1
                warnings.append("line \(line): \(e.message)")
                return nil
            }
            guard whole.tokens.first?.kind == .array else { return nil }
            var out: [(Int, String)] = []
            whole.forEachElement(of: 0) { i in
                let raw = whole.rawBytes(i, in: buf)
                let line = UnsafeBufferPointer(rebasing: buf[..<(raw.baseAddress! - buf.baseAddress!)]).filter { $0 == 0x0A }.count + 1
                out.append((line, String(decoding: raw, as: UTF8.self)))
            }
            return out
        }
        guard let result else { throw ReadError(message: MessageCatalogue.format(.recordsNotArray, [path, (warnings.first.map { ": " + $0 } ?? "")])) }
        elements = result
    }

    package var progress: (done: Int, total: Int?) { (index, elements.count) }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        guard index < elements.count else {
            if !endNoted { warnings += unread.summary(decoder.decoding.columnName); endNoted = true }
            return nil
        }
        let (line, text) = elements[index]
        index += 1
        record.reset(schema)
        var copy = text
        var unreadHere: [(field: Int, message: String)] = []
        let errors: [String] = copy.withUTF8 { bytes in
            if let e = tape.parse(bytes) { return [e.message] }
            return decoder.decode(tape, bytes, into: &record, unread: &unreadHere)
        }
        for u in unreadHere { unread.note(field: u.field, RecordPlace.at(place.row(line), u.message), into: &warnings) }
        return RecordRead(line: line, errors: errors.map { RecordPlace.at(place.row(line), $0) })
    }
}
