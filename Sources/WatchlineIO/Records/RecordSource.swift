import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// A stream of household records. Each call decodes one record into a reused `HouseholdRecord`
/// (so steady-state reading allocates little) and says where it came from and what was wrong.
/// A source does not check ids across records: `DuplicateIDCheck` does, once, for every reader.
public protocol RecordSource: AnyObject {
    /// nil at the end of the input.
    func next(into record: inout HouseholdRecord) -> RecordRead?
    /// Bytes read so far and the total, for progress display.
    var progress: (done: Int, total: Int?) { get }
    /// Problems with the input as a whole (an unreadable members file, orphan member rows).
    var warnings: [String] { get }
}

public struct RecordRead: Sendable {
    package var line: Int
    /// Errors make the record undecidable; it still gets its output line.
    public var errors: [String]
    /// Whether the record's id counts for the duplicate-id check: not for a line that could not
    /// be parsed (its id, recovered for the report, is not claimed, so a good record with the
    /// same id later is not "a duplicate").
    package var claimsID = true
    package init(line: Int, errors: [String], claimsID: Bool = true) { self.line = line; self.errors = errors; self.claimsID = claimsID }
}

/// Chooses the reader by the file's extension: `.jsonl`/`.ndjson`, `.json` (an array), `.csv`;
/// the source returned reports repeated household ids (`IDCheckedSource`).
public enum RecordFiles {
    /// A folder named where a file is expected is an error saying so.
    static func refuseFolder(_ path: String, expecting: MessageID) throws {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue {
            throw ReadError(message: MessageCatalogue.format(.fileIsFolder, [path, MessageCatalogue.format(expecting, [])]))
        }
    }

    public static func open(path: String, members: String?, schema: Schema, options: RecordFileOptions = .init()) throws -> RecordSource {
        IDCheckedSource(try openReader(path: path, members: members, schema: schema, options: options), schema: schema)
    }

    static func openReader(path: String, members: String?, schema: Schema, options: RecordFileOptions) throws -> RecordSource {
        let lower = path.lowercased()
        // CSV, tab-separated text and Excel workbooks all go through the CSV reader (OfficeInput converts).
        if [".csv", ".tsv", ".txt", ".xlsx"].contains(where: lower.hasSuffix) || (path != "-" && OfficeInput.isWorkbook(path)) {
            return try CSVRecordSource(path: path, membersPath: members, schema: schema, options: options)
        }
        if members != nil { throw ReadError(message: MessageCatalogue.format(.recordsMembersNeedCSV, [])) }
        // A sheet or header row asked of a JSON file would be ignored: say so rather than read on.
        if options.sheet != nil || options.membersSheet != nil || options.headerRow != nil {
            throw ReadError(message: MessageCatalogue.format(.recordsSheetNeedsWorkbook, [path]))
        }
        if lower.hasSuffix(".json") { return try JSONArraySource(path: path, schema: schema, fieldsRead: options.fieldsRead) }
        return try JSONLinesSource(path: path, schema: schema, fieldsRead: options.fieldsRead)
    }
}
