import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// JSON Lines: one household object per line. A blank line is skipped; every other line is a
/// record, and a line that is not valid JSON still gives its record (with the error).
package final class JSONLinesSource: PlacedRecordSource {
    let reader: ChunkedLineReader
    let rows: JSONLinesRowDecoder
    var decoder: JSONRecordDecoder { rows.decoder }
    let schema: Schema
    let place: RecordPlace
    package private(set) var warnings: [String] = []
    private var endNoted = false
    var unread = UnreadValues()

    package init(path: String, schema: Schema, fieldsRead: Set<Int>? = nil) throws {
        reader = try ChunkedLineReader(path: path)
        self.schema = schema
        place = RecordPlace(path: path, sheet: nil)
        rows = JSONLinesRowDecoder(schema: schema, place: place, fieldsRead: fieldsRead)
    }

    package var progress: (done: Int, total: Int?) { (reader.bytesConsumed, reader.totalBytes) }

    /// The next line that holds a record (blank lines hold none), or the error in place of one.
    enum Line { case record(Int, UnsafeBufferPointer<UInt8>), error(Int, String) }

    func nextLine() -> Line? {
        while let line = reader.next() {
            switch line {
            case .tooLong(let n):
                return .error(n, RecordPlace.at(place.row(n), MessageCatalogue.format(.recordTooLong, [String(16 << 20)])))
            case .line(let n, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return .record(n, bytes)
            }
        }
        if let failure = reader.readFailure, !failureReported {
            failureReported = true
            let n = reader.linesRead + 1
            return .error(n, RecordPlace.at(place.row(n), MessageCatalogue.format(.recordReadFailed, [String(reader.linesRead), failure])))
        }
        return nil
    }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        switch nextLine() {
        case .record(let n, let bytes)?:
            return rows.decode(line: n, bytes, into: &record) { unread.note(field: $0, $1, into: &warnings) }
        case .error(let n, let message)?:
            record.reset(schema)
            return RecordRead(line: n, errors: [message], claimsID: false)
        case nil:
            summariseReading()
            return nil
        }
    }

    /// The warnings that sum up the reading (once, after the last line is decoded).
    func summariseReading() {
        guard !endNoted else { return }
        warnings += decoder.decoding.closingWarnings(unread)
        endNoted = true
    }

    var failureReported = false

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
    /// Each element is decoded as a JSON line is (its fields, its id required).
    let rows: JSONLinesRowDecoder
    var decoder: JSONRecordDecoder { rows.decoder }
    let place: RecordPlace
    var unread = UnreadValues()
    private var endNoted = false
    var elements: [(line: Int, text: String)] = []
    var index = 0
    package private(set) var warnings: [String] = []
    let total: Int

    package init(path: String, schema: Schema, fieldsRead: Set<Int>? = nil) throws {
        self.schema = schema
        place = RecordPlace(path: path, sheet: nil)
        rows = JSONLinesRowDecoder(schema: schema, place: place, fieldsRead: fieldsRead)
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
            if !endNoted { warnings += decoder.decoding.closingWarnings(unread); endNoted = true }
            return nil
        }
        let (line, text) = elements[index]
        index += 1
        var copy = text
        // The element at the line it starts on, decoded as a JSON line is (an id is required).
        return copy.withUTF8 { rows.decode(line: line, $0, into: &record) { unread.note(field: $0, $1, into: &warnings) } }
    }
}

/// Each line is a record of its own: the reading thread sets lines aside, the lanes decode them.
extension JSONLinesSource: SplittableRecordSource {
    package var decodesApart: Bool { true }

    package func split(into out: SplitRows, max: Int) -> Bool {
        out.removeAll()
        while out.count < max {
            switch nextLine() {
            case .record(let n, let bytes)?: out.append(line: n, whole: bytes)
            case .error(let n, let message)?: out.append(line: n, error: message)
            case nil: return false
            }
        }
        return true
    }

    package func makeRowDecoder() -> any RowDecoder { rows.apart() }

    package func absorb(_ notes: DecodingNotes) { notes.replay(into: decoder.decoding, &unread, &warnings) }

    package func finishApart() { summariseReading() }
}
