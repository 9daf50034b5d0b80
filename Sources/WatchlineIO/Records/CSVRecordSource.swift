import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// CSV: one household per row, nested fields flattened by dot, headers by path, Chinese label or
/// alias; members from a second CSV joined on the schema's `join` column (read first, grouped by
/// household id).
package final class CSVRecordSource: RecordSource {
    let reader: CSVRecordReader
    let schema: Schema
    let decoding: FieldDecoding
    /// Column index → household slot (nil: ignored column).
    var columns: [Int?] = []
    var members: [String: [[Value]]] = [:]
    /// A members file (or sheet) was read.
    var hasMembers = false
    var membersUsed = Set<String>()
    /// The members file's lines of each household's rows, to name the rows no household claims.
    var memberLines: [String: [Int]] = [:]
    package private(set) var warnings: [String] = []
    private var endNoted = false

    package init(path: String, membersPath: String?, schema: Schema, options: RecordFileOptions = .init()) throws {
        self.schema = schema
        decoding = FieldDecoding(schema: schema)
        let names = Set(schema.households.flatMap { [$0.path] + ($0.label.map { [$0] } ?? []) + $0.aliases })
        let prepared = try OfficeInput.prepare(path: path, sheet: options.sheet, headerRow: options.headerRow, headers: names)
        warnings += prepared.warnings
        reader = try prepared.fd.map(CSVRecordReader.init(fd:)) ?? CSVRecordReader(path: path)
        guard case .record(_, let header)? = reader.next() else { throw ReadError(message: MessageCatalogue.format(.recordsNoHeader, [path])) }
        let lookup = Self.headerTable(schema.households.map { ($0.path, $0.label, $0.aliases) })
        var firstColumn: [Int: (Int, String)] = [:]
        for i in 0..<header.count {
            let name = header.string(i).trimmingSpaces
            if let slot = lookup[name] {
                // Two columns for one field: which value counts would be a guess.
                if let (j, other) = firstColumn[slot] {
                    throw ReadError(message: MessageCatalogue.format(.recordsDuplicateColumn, [path, String(j + 1), other, String(i + 1), name, schema.households[slot].path]))
                }
                firstColumn[slot] = (i, name)
                columns.append(slot)
            } else {
                columns.append(nil)
                if !name.isEmpty { warnings.append(MessageCatalogue.format(.recordUnknownColumn, [name])) }
            }
        }
        var membersPath = membersPath, membersSheet = options.membersSheet
        if membersPath == nil, let sheetName = OfficeInput.membersSheet(in: path, besides: options.sheet, column: Set(joinNames)) {
            // A workbook with the members on a second sheet.
            membersPath = path; membersSheet = sheetName
            warnings.append(MessageCatalogue.format(.xlsxMembersSheet, [sheetName]))
        } else if membersPath == path, membersSheet == nil {
            membersSheet = OfficeInput.membersSheet(in: path, besides: options.sheet, column: Set(joinNames))
        }
        if let membersPath { try loadMembers(membersPath, sheet: membersSheet, headerRow: membersPath == path ? nil : options.headerRow) }
    }

    /// Names the column joining members to households may carry.
    var joinNames: [String] {
        var names = [schema.memberJoin, "household_id"]
        if let idField = schema.idField {
            let f = schema.households[idField]
            names += (f.label.map { [$0] } ?? []) + f.aliases
        }
        return names
    }

    /// Header text → slot, accepting the path, the label and every alias.
    static func headerTable(_ fields: [(String, String?, [String])]) -> [String: Int] {
        var t: [String: Int] = [:]
        for (i, f) in fields.enumerated() {
            for name in [f.0] + (f.1.map { [$0] } ?? []) + f.2 where t[name] == nil { t[name] = i }
        }
        return t
    }

    func loadMembers(_ path: String, sheet: String? = nil, headerRow: Int? = nil) throws {
        hasMembers = true
        let names = Set(schema.members.flatMap { [$0.path] + ($0.label.map { [$0] } ?? []) + $0.aliases } + joinNames)
        let prepared = try OfficeInput.prepare(path: path, sheet: sheet, headerRow: headerRow, headers: names)
        warnings += prepared.warnings.map { "members: " + $0 }
        let r = try prepared.fd.map(CSVRecordReader.init(fd:)) ?? CSVRecordReader(path: path, expecting: MessageCatalogue.format(.aMembersFile, []))
        guard case .record(_, let header)? = r.next() else { throw ReadError(message: MessageCatalogue.format(.recordsNoHeader, [path])) }
        let lookup = Self.headerTable(schema.members.map { ($0.path, $0.label, $0.aliases) })
        var firstColumn: [Int: (Int, String)] = [:]
        let joinNames = self.joinNames
        var cols: [Int?] = []
        var join: Int?
        for i in 0..<header.count {
            let name = header.string(i).trimmingSpaces
            if join == nil, joinNames.contains(name) { join = i; cols.append(nil); continue }
            if let slot = lookup[name] {
                if let (j, other) = firstColumn[slot] {
                    throw ReadError(message: MessageCatalogue.format(.recordsDuplicateColumn, [path, String(j + 1), other, String(i + 1), name, schema.members[slot].path]))
                }
                firstColumn[slot] = (i, name)
            }
            cols.append(lookup[name])
            if lookup[name] == nil, !name.isEmpty { warnings.append("members: " + MessageCatalogue.format(.recordUnknownColumn, [name])) }
        }
        guard let join else { throw ReadError(message: MessageCatalogue.format(.recordsNoJoin, [path, schema.memberJoin])) }
        let h = schema.households.count
        while let item = r.next() {
            guard case .record(let line, let fields) = item else {
                if case .error(let line, let message) = item { warnings.append("members line \(line): \(message)") }
                continue
            }
            guard join < fields.count else { continue }
            let hid = fields.string(join)
            // A household id Excel turned into 3.40604E+17 matches no household: say why.
            if FieldDecoding.isScientific(hid) {
                warnings.append("members line \(line): " + MessageCatalogue.format(.recordScientificID, [header.string(join).trimmingSpaces, hid]))
                continue
            }
            memberLines[hid, default: []].append(line)
            var row = schema.members.indices.map { Value.unknown(FieldMask(field: h + $0)) }
            for i in 0..<min(fields.count, cols.count) {
                guard let s = cols[i] else { continue }
                var error: String?
                let v = decoding.decode(.text(fields.bytes(i)), decoding.members[s], error: &error)
                if let error { warnings.append("members line \(line): \(error)"); continue }
                row[s] = v
            }
            members[hid, default: []].append(row)
        }
    }

    package var progress: (done: Int, total: Int?) { (reader.bytesConsumed, reader.totalBytes) }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        guard let item = reader.next() else {
            // Every member row whose household is not in the records is named by its line.
            let orphans = Set(members.keys).subtracting(membersUsed)
            let orphanRows = orphans.flatMap { id in (memberLines[id] ?? []).map { ($0, id) } }.sorted { $0.0 < $1.0 }
            for (line, id) in orphanRows { warnings.append("members line \(line): " + MessageCatalogue.format(.recordMemberNoHousehold, [id])) }
            if !orphans.isEmpty { warnings.append(MessageCatalogue.format(.recordMembersOrphan, [String(orphanRows.count)])) }
            if !endNoted { warnings += decoding.notes.warnings(decoding.columnName); endNoted = true }
            return nil
        }
        record.reset(schema)
        switch item {
        case .error(let line, let message):
            return RecordRead(line: line, errors: [MessageCatalogue.format(.recordMalformed, [String(line), message])], claimsID: false)
        case .record(let line, let fields):
            var errors: [String] = []
            if fields.count != columns.count {
                errors.append(MessageCatalogue.format(.recordMalformed, [String(line), MessageCatalogue.format(.recordCellCount, [String(fields.count), String(columns.count)])]))
            }
            // One uniqueness check for the record, not one per field written.
            record.house.withUnsafeMutableBufferPointer { house in
                for i in 0..<min(fields.count, columns.count) {
                    guard let s = columns[i] else { continue }
                    var error: String?
                    let v = decoding.decode(.text(fields.bytes(i)), decoding.households[s], error: &error)
                    if let error { errors.append(error) } else { house[s] = v }
                }
            }
            if let slot = schema.idField, let id = record.string(slot) {
                if let rows = members[id] {
                    membersUsed.insert(id)
                    for row in rows { let base = record.addMember(schema); for (j, v) in row.enumerated() { record.members[base + j] = v } }
                }
            } else if errors.isEmpty {
                errors.append(MessageCatalogue.format(.recordNoID, []))
            }
            return RecordRead(line: line, errors: errors)
        }
    }
}
