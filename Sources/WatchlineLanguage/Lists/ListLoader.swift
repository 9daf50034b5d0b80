import Foundation
import WatchlineSyntax

/// Reads a department's file into a `ListTable`: CSV (UTF-8 with or without BOM, GBK, UTF-16,
/// tab-separated) and XLSX through the same office layer as household records, or JSON Lines.
/// Columns are found by their header in the department's file, the column id or its label.
enum ListLoader {
    static func load(_ decl: ListDecl, path: String, unknownMask: FieldMask) throws -> (ListTable, [String]) {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ReadError(message: MessageCatalogue.format(.listFileMissing, [decl.id, path]))
        }
        // About 40 bytes a row: reserving up front spares the hash its regrowths on a large file.
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let table = ListTable(decl: decl, path: path, unknownMask: unknownMask, expectedRows: min(size / 40, 50_000_000))
        if isJSONLines(path) { try readJSONLines(table, path); return (table, []) }
        var names: Set<String> = [decl.key]
        for c in decl.columns { names.insert(c.header); names.insert(c.id); if let l = c.label { names.insert(l) } }
        let prepared = try OfficeInput.prepare(path: path, sheet: nil, headerRow: nil, headers: names)
        let reader = try prepared.fd.map { CSVRecordReader(fd: $0) } ?? CSVRecordReader(path: path)
        var keyIndex = -1
        var columnIndex: [Int?] = []
        var headerSeen = false
        while let item = reader.next() {
            switch item {
            case .error(let line, let message):
                throw ReadError(message: "\(path):\(line): \(message)")
            case .record(let line, let fields):
                if !headerSeen {
                    headerSeen = true
                    let headers = (0..<fields.count).map { fields.string($0).trimmingCharacters(in: .whitespaces) }
                    (keyIndex, columnIndex) = try resolve(decl, headers, path)
                    continue
                }
                table.add(line: line, fields: fields, key: keyIndex, columns: columnIndex)
            }
        }
        return (table, prepared.warnings)
    }

    static func isJSONLines(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson")
    }

    static func resolve(_ decl: ListDecl, _ headers: [String], _ path: String) throws -> (Int, [Int?]) {
        func find(_ names: [String]) -> Int? { names.lazy.compactMap { headers.firstIndex(of: $0) }.first }
        guard let key = find([decl.key]) else {
            throw ReadError(message: MessageCatalogue.format(.listNoKeyColumn, [path, decl.key, decl.id, headers.joined(separator: ", ")]))
        }
        var cols: [Int?] = []
        for c in decl.columns {
            guard let i = find([c.header, c.id] + (c.label.map { [$0] } ?? [])) else {
                throw ReadError(message: MessageCatalogue.format(.listNoColumn, [path, c.header, decl.id]))
            }
            cols.append(i)
        }
        return (key, cols)
    }

    static func readJSONLines(_ table: ListTable, _ path: String) throws {
        let reader = try ChunkedLineReader(path: path)
        let decl = table.decl
        while let item = reader.next() {
            guard case .line(let n, let bytes) = item else { continue }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            guard let obj = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else {
                throw ReadError(message: MessageCatalogue.format(.listBadJSON, [path, String(n)]))
            }
            func text(_ names: [String]) -> String? {
                for name in names {
                    switch obj[name] {
                    case let s as String: return s
                    case let b as Bool: return b ? "true" : "false"
                    case let x as NSNumber: return x.stringValue
                    default: continue
                    }
                }
                return nil
            }
            table.add(line: n, key: text([decl.key, "id"]) ?? "",
                      cells: decl.columns.map { c in text([c.header, c.id] + (c.label.map { [$0] } ?? [])) })
        }
    }
}
