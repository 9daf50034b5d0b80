import Foundation
import WatchlineSyntax

/// One department's list as read from its file: rows hashed on their normalised key, each row's
/// declared columns as values, and what was wrong with the file (invalid ID numbers, duplicate
/// keys, cells that are not of their column's type), line by line.
package final class ListTable: @unchecked Sendable {
    package struct Problem: Sendable { package var line: Int; package var key: String; package var detail: String }

    package let decl: ListDecl
    package let path: String
    /// Field-mask id that stands for this list in `undetermined` (an empty cell, an absent file).
    let unknownMask: FieldMask
    /// ID-number keys: the 17 digits packed (the check character follows from them) → first row.
    var idIndex: [UInt64: Int32] = [:]
    /// Household-id keys → first row.
    var textIndex: [String: Int32] = [:]
    /// Row → its line in the file, its key (canonical form) and its values (`columns.count` per row).
    package private(set) var lines: [Int32] = []
    var idKeys: [UInt64] = []
    var textKeys: [String] = []
    var values: [Value] = []
    package private(set) var invalidIDs: [Problem] = []
    /// Rows whose key is not shaped like an ID number (or is empty): never matched.
    package private(set) var noIDs: [Problem] = []
    package private(set) var duplicates: [Problem] = []
    package private(set) var badCells: [Problem] = []
    /// Rows read (data rows, the header excluded).
    package private(set) var rowsRead = 0

    init(decl: ListDecl, path: String, unknownMask: FieldMask, expectedRows: Int = 0) {
        self.decl = decl; self.path = path; self.unknownMask = unknownMask
        if expectedRows > 0 {
            idIndex.reserveCapacity(expectedRows); lines.reserveCapacity(expectedRows); idKeys.reserveCapacity(expectedRows)
            values.reserveCapacity(expectedRows * decl.columns.count)
        }
    }

    package var rowCount: Int { lines.count }
    package var width: Int { decl.columns.count }

    /// The canonical key of row `r` (an 18-character ID number or a household id).
    package func key(ofRow r: Int) -> String {
        decl.keyKind == .household ? textKeys[r] : canonical(idKeys[r])
    }

    /// The row a lookup of row `r`'s key finds (itself, or the first row of a duplicated key).
    package func firstRow(sameKeyAs r: Int) -> Int {
        Int((decl.keyKind == .household ? textIndex[textKeys[r]] : idIndex[idKeys[r]]) ?? Int32(r))
    }

    package func value(row: Int, column: Int) -> Value { values[row * width + column] }

    /// The row a member's ID number (or a household id) names.
    package enum Lookup { case row(Int32), none, invalid }

    @inline(__always) package func lookup(_ key: String) -> Lookup {
        if decl.keyKind == .household { return textIndex[key].map(Lookup.row) ?? .none }
        if let k = IDNumber.fastKey(key) { return idIndex[k].map(Lookup.row) ?? .none }
        switch IDNumber.read(key) {
        case .valid(_, let k): return idIndex[k].map(Lookup.row) ?? .none
        case .invalid: return .invalid
        case .noID: return .none
        }
    }

    /// Adds one CSV row: the common case (an 18-character number as exported, plain cells) without
    /// building strings for the key or trimming through Foundation.
    func add(line: Int, fields: CSVFields, key keyIndex: Int, columns: [Int?]) {
        guard decl.keyKind == .idNumber, keyIndex < fields.count, let k = IDNumber.fastKey(bytes: fields.bytes(keyIndex)) else {
            let key = keyIndex < fields.count ? fields.string(keyIndex) : ""
            add(line: line, key: key, cells: columns.map { i in i.flatMap { $0 < fields.count ? fields.string($0) : nil } })
            return
        }
        rowsRead += 1
        let row = Int32(lines.count)
        if let first = idIndex[k] {
            duplicates.append(Problem(line: line, key: canonical(k), detail: String(lines[Int(first)])))
        } else { idIndex[k] = row }
        idKeys.append(k)
        lines.append(Int32(line))
        for (c, col) in decl.columns.enumerated() {
            guard let i = columns[c], i < fields.count else { values.append(.unknown(unknownMask)); continue }
            let b = ListTable.trimmed(fields.bytes(i))
            guard b.count > 0 else { values.append(.unknown(unknownMask)); continue }
            let cell = String(decoding: b, as: UTF8.self)
            if col.kind == .string { values.append(.string(cell)); continue }
            if let v = ListTable.parse(cell, col.kind) { values.append(v) }
            else {
                badCells.append(Problem(line: line, key: canonical(k), detail: "\(col.header) '\(cell)' (\(col.kind.rawValue))"))
                values.append(.unknown(unknownMask))
            }
        }
    }

    static func trimmed(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = b.count
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 || b[hi - 1] == 0x0D { hi -= 1 }
        guard let base = b.baseAddress, hi > lo else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: base + lo, count: hi - lo)
    }

    func canonical(_ k: UInt64) -> String {
        var s = String(k)
        while s.count < 17 { s = "0" + s }
        return s + String(IDNumber.checkCharacter(Array(s.utf8)))
    }

    /// Adds one row; `key` as written in the file, `cells` in column order (nil: empty cell).
    func add(line: Int, key raw: String, cells: [String?]) {
        rowsRead += 1
        let key = raw.trimmingCharacters(in: .whitespaces)
        let row = Int32(lines.count)
        if decl.keyKind == .household {
            guard !key.isEmpty else { noIDs.append(Problem(line: line, key: key, detail: "empty")); return }
            if let first = textIndex[key] { duplicates.append(Problem(line: line, key: key, detail: String(lines[Int(first)]))) }
            else { textIndex[key] = row }
            textKeys.append(key)
        } else {
            switch IDNumber.read(key) {
            case .noID:
                noIDs.append(Problem(line: line, key: key, detail: key.isEmpty ? "empty" : "not an ID number"))
                return
            case .invalid(let canonical, let reason):
                invalidIDs.append(Problem(line: line, key: canonical, detail: reason.rawValue))
                return
            case .valid(let canonical, let k):
                if let first = idIndex[k] { duplicates.append(Problem(line: line, key: canonical, detail: String(lines[Int(first)]))) }
                else { idIndex[k] = row }
                idKeys.append(k)
            }
        }
        lines.append(Int32(line))
        for (c, col) in decl.columns.enumerated() {
            let cell = c < cells.count ? cells[c]?.trimmingCharacters(in: .whitespaces) : nil
            guard let cell, !cell.isEmpty else { values.append(.unknown(unknownMask)); continue }
            if let v = ListTable.parse(cell, col.kind) { values.append(v) }
            else {
                badCells.append(Problem(line: line, key: key, detail: "\(col.header) '\(cell)' (\(col.kind.rawValue))"))
                values.append(.unknown(unknownMask))
            }
        }
    }

    static func parse(_ s: String, _ kind: ListColumn.Kind) -> Value? {
        switch kind {
        case .string: return .string(s)
        case .int: return Int64(s).map(Value.int)
        case .number, .money:
            let t = s.replacingOccurrences(of: ",", with: "")
            if case .value(let v) = Fixed.parse(t) { return .dec(v) }
            return nil
        case .date:
            let t = s.count >= 10 ? String(s.prefix(10)).replacingOccurrences(of: "/", with: "-") : s
            return CivilDate(iso: t).map(Value.date)
        case .bool:
            switch s.lowercased() {
            case "true", "1", "是", "yes", "y": return .bool(true)
            case "false", "0", "否", "no", "n": return .bool(false)
            default: return nil
            }
        }
    }

    /// `path:line` of row `r`, as explain shows it.
    package func location(ofRow r: Int) -> String { "\(path):\(lines[r])" }
}
