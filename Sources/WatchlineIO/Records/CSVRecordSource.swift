import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// CSV: one household per row, nested fields flattened by dot, headers by path, Chinese label or
/// alias; members from a second CSV joined on the schema's `join` column (read first, grouped by
/// household id).
package final class CSVRecordSource: PlacedRecordSource {
    let reader: CSVRecordReader
    let schema: Schema
    let decoding: FieldDecoding
    let place: RecordPlace
    /// Decodes a row's cells by the header's columns (here, or on the run loop's threads).
    let rows: CSVRowDecoder
    var members: [String: [[Value]]] = [:]
    /// Problems of a household's member rows, given with the household (their places in the members file).
    var memberErrors: [String: [String]] = [:]
    /// Each household id of the members file, in the order first seen, with the lines of its rows.
    var memberOrder: [String] = []
    var memberLines: [String: [Int]] = [:]
    var membersPlace: RecordPlace?
    /// A members file (or sheet) was read.
    var hasMembers = false
    var membersUsed = Set<String>()
    package private(set) var warnings: [String] = []
    var unread = UnreadValues()
    /// Member rows of no household, each id an output line of its own after the households.
    private var orphans: [String]?
    private var summarised = false
    /// The members file's header of its household-id column, as the clerk wrote it.
    private var joinHeader = ""

    package init(path: String, membersPath: String?, schema: Schema, options: RecordFileOptions = .init()) throws {
        self.schema = schema
        decoding = FieldDecoding(schema: schema, fieldsRead: options.fieldsRead)
        let names = Set(schema.households.flatMap { [$0.path] + ($0.label.map { [$0] } ?? []) + $0.aliases })
        let prepared = try OfficeInput.prepare(path: path, sheet: options.sheet, headerRow: options.headerRow, headers: names)
        warnings += prepared.warnings
        place = RecordPlace(path: path, sheet: prepared.sheet)
        reader = try prepared.fd.map(CSVRecordReader.init(fd:)) ?? CSVRecordReader(path: path)
        guard case .record(_, let header)? = reader.next() else { throw ReadError(message: MessageCatalogue.format(.recordsNoHeader, [path])) }
        let lookup = Self.headerTable(schema.households.map { ($0.path, $0.label, $0.aliases) })
        var firstColumn: [Int: (Int, String)] = [:]
        var columns: [Int?] = [], columnNames: [String] = []
        for i in 0..<header.count {
            let name = header.string(i).trimmingSpaces
            if let slot = lookup[name] {
                // Two columns for one field: which value counts would be a guess.
                if let (j, other) = firstColumn[slot] {
                    throw ReadError(message: MessageCatalogue.format(.recordsDuplicateColumn, [path, String(j + 1), other, String(i + 1), name, schema.households[slot].path]))
                }
                firstColumn[slot] = (i, name)
                columns.append(slot)
                columnNames.append(decoding.name(decoding.households[slot], written: name))
            } else {
                columns.append(nil)
                columnNames.append(name)
                if !name.isEmpty { warnings.append(MessageCatalogue.format(.recordUnknownColumn, [name])) }
            }
        }
        rows = CSVRowDecoder(schema: schema, decoding: decoding, place: place, columns: columns, columnNames: columnNames)
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
        // These name the members file already (its encoding, its sheet).
        warnings += prepared.warnings
        let r = try prepared.fd.map(CSVRecordReader.init(fd:)) ?? CSVRecordReader(path: path, expecting: MessageCatalogue.format(.aMembersFile, []))
        let place = RecordPlace(path: path, sheet: prepared.sheet)
        membersPlace = place
        guard case .record(_, let header)? = r.next() else { throw ReadError(message: MessageCatalogue.format(.recordsNoHeader, [path])) }
        let lookup = Self.headerTable(schema.members.map { ($0.path, $0.label, $0.aliases) })
        var firstColumn: [Int: (Int, String)] = [:]
        let joinNames = self.joinNames
        var cols: [Int?] = []
        var columnNames: [String] = []
        var join: Int?
        for i in 0..<header.count {
            let name = header.string(i).trimmingSpaces
            columnNames.append(lookup[name].map { decoding.name(decoding.members[$0], written: name) } ?? name)
            if join == nil, joinNames.contains(name) { join = i; cols.append(nil); continue }
            if let slot = lookup[name] {
                if let (j, other) = firstColumn[slot] {
                    throw ReadError(message: MessageCatalogue.format(.recordsDuplicateColumn, [path, String(j + 1), other, String(i + 1), name, schema.members[slot].path]))
                }
                firstColumn[slot] = (i, name)
            }
            cols.append(lookup[name])
            if lookup[name] == nil, !name.isEmpty { warnings.append(MessageCatalogue.format(.recordMembersNote, [path, MessageCatalogue.format(.recordUnknownColumn, [name])])) }
        }
        guard let join else { throw ReadError(message: MessageCatalogue.format(.recordsNoJoin, [path, schema.memberJoin])) }
        joinHeader = header.string(join).trimmingSpaces
        let h = schema.households.count
        while let item = r.next() {
            guard case .record(let line, let fields) = item else {
                // A line the CSV reader could not split has no household to go with.
                if case .error(let line, let message) = item { warnings.append(RecordPlace.at(place.row(line), message)) }
                continue
            }
            let hid = join < fields.count ? fields.string(join).trimmingSpaces : ""
            guard !hid.isEmpty else {
                warnings.append(RecordPlace.at(place.row(line), MessageCatalogue.format(.recordMemberNoHouseholdID, [joinHeader])))
                continue
            }
            var row = schema.members.indices.map { Value.unknown(FieldMask(field: h + $0)) }
            for i in 0..<min(fields.count, cols.count) {
                guard let s = cols[i] else { continue }
                var error: String?
                let plan = decoding.members[s]
                let v = decoding.decode(.text(fields.bytes(i)), plan, name: { columnNames[i] }, error: &error)
                if let error {
                    let message = RecordPlace.at(place.cell(line, column: i), error)
                    if plan.read { memberErrors[hid, default: []].append(message) } else { unread.note(field: plan.id, message, into: &warnings) }
                    continue
                }
                row[s] = v
            }
            if members[hid] == nil { memberOrder.append(hid) }
            members[hid, default: []].append(row)
            memberLines[hid, default: []].append(line)
        }
    }

    package var progress: (done: Int, total: Int?) { (reader.bytesConsumed, reader.totalBytes) }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        guard let item = reader.next() else { return nextOrphan(into: &record) }
        switch item {
        case .error(let line, let message):
            return rows.failed(line: line, message, into: &record)
        case .record(let line, let fields):
            var errors = rows.decode(line: line, fields, into: &record) { unread.note(field: $0, $1, into: &warnings) }
            if !members.isEmpty, let slot = schema.idField, let id = record.string(slot), let rows = members[id] {
                membersUsed.insert(id)
                for row in rows { let base = record.addMember(schema); for (j, v) in row.enumerated() { record.members[base + j] = v } }
                errors += memberErrors[id] ?? []
            }
            return RecordRead(line: line, errors: errors)
        }
    }

    /// The warnings that sum up the reading (once, after the last row is decoded).
    func summariseReading() {
        guard !summarised else { return }
        summarised = true
        warnings += decoding.closingWarnings(unread)
    }

    /// After the last household: one output line, with its error, per household id that member
    /// rows name and the household file does not have (they are not dropped unseen); then the
    /// warnings that sum up the reading.
    func nextOrphan(into record: inout HouseholdRecord) -> RecordRead? {
        if orphans == nil {
            orphans = memberOrder.filter { !membersUsed.contains($0) }.reversed()
            summariseReading()
        }
        guard let id = orphans?.popLast(), let membersPlace, let lines = memberLines[id] else { return nil }
        record.reset(schema)
        if let slot = schema.idField { record.house[slot] = .string(id) }
        let shown = lines.prefix(10).map(String.init) + (lines.count > 10 ? ["…"] : [])
        var message = MessageCatalogue.format(.recordMembersNoHousehold, [shown.joined(separator: MessageCatalogue.useChinese ? "、" : ", "), id, place.path])
        // A household id Excel turned into 3.40604E+17 matches no household: say why.
        if FieldDecoding.isScientific(id) { message += MessageCatalogue.useChinese ? "；" : "; "; message += MessageCatalogue.format(.recordScientificID, [joinHeader, id]) }
        // Its id is the members file's, not a household's: it does not count for the duplicate check.
        return RecordRead(line: lines[0], errors: [RecordPlace.at(membersPlace.row(lines[0]), message)], claimsID: false)
    }
}

/// Without members to join, a row needs nothing but its own cells: the reading thread splits
/// rows, the run loop's threads decode them.
extension CSVRecordSource: SplittableRecordSource {
    package var decodesApart: Bool { !hasMembers }

    package func split(into out: SplitRows, max: Int) -> Bool {
        out.removeAll()
        while out.count < max {
            guard let item = reader.next() else { return false }
            switch item {
            case .error(let line, let message): out.append(line: line, error: message)
            case .record(let line, let fields): out.append(line: line, fields)
            }
        }
        return true
    }

    package func makeRowDecoder() -> any RowDecoder { rows.apart() }

    package func absorb(_ notes: DecodingNotes) { notes.replay(into: decoding, &unread, &warnings) }

    package func finishApart() { summariseReading() }
}
