import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Options for reading an office's own files (`--sheet`, `--header-row`).
public struct RecordFileOptions: Sendable {
    package var sheet: String?
    package var membersSheet: String?
    /// 1-based row of the header in a workbook sheet (default: found by its column names).
    package var headerRow: Int?
    /// The fields the rules read (household slots, then member slots after them; nil: all): an
    /// unreadable value in any other field is a warning, not the household's error.
    package var fieldsRead: Set<Int>?
    public init(sheet: String? = nil, membersSheet: String? = nil, headerRow: Int? = nil) {
        self.sheet = sheet; self.membersSheet = membersSheet; self.headerRow = headerRow
    }
}

/// Turns an office file — a workbook, a GBK or UTF-16 text export, a tab-separated sheet — into
/// the UTF-8 CSV the record reader reads, keeping line numbers equal to the sheet's row numbers,
/// and says once what was converted.
package enum OfficeInput {
    package struct Prepared {
        /// An open file descriptor (a converted copy, already unlinked), or nil to read the path itself.
        package var fd: Int32?
        package var warnings: [String]
        /// The workbook sheet read, for messages (`户信息!F17`).
        package var sheet: String?
    }

    /// A regular file (a folder or a missing path is left to the reader, which says what is wrong).
    static func isRegularFile(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && !isDir.boolValue
    }

    package static func isWorkbook(_ path: String) -> Bool {
        guard isRegularFile(path), let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        let head = h.readData(ofLength: 4)
        return head.count == 4 && Array(head) == [0x50, 0x4B, 0x03, 0x04]
    }

    /// Prepares `path` for the CSV reader. `headers` are the names a header cell may carry (paths,
    /// labels, aliases), to find the header row of a sheet that starts with a title.
    package static func prepare(path: String, sheet: String?, headerRow: Int?, headers: Set<String>) throws -> Prepared {
        if path != "-" && isWorkbook(path) { return try workbook(path: path, sheet: sheet, headerRow: headerRow, headers: headers) }
        guard path != "-", isRegularFile(path), let h = FileHandle(forReadingAtPath: path) else { return Prepared(fd: nil, warnings: [], sheet: nil) }
        let head = Array(h.readData(ofLength: 1 << 20))
        try? h.close()
        let encoding = TextEncoding.detect(head)
        var tabs = false
        if let firstLine = head.split(separator: 0x0A, maxSplits: 1).first, encoding == .utf8 {
            tabs = firstLine.contains(0x09) && !firstLine.contains(0x2C)
        }
        if encoding == .utf8 && !tabs { return Prepared(fd: nil, warnings: [], sheet: nil) }
        guard let all = FileManager.default.contents(atPath: path) else { return Prepared(fd: nil, warnings: [], sheet: nil) }
        var text = try encoding.toUTF8(Array(all), path: path)
        var warnings: [String] = []
        if encoding != .utf8 { warnings.append(MessageCatalogue.format(.encodingConverted, [path, encoding.iconvName])) }
        if let firstLine = text.split(separator: 0x0A, maxSplits: 1).first, firstLine.contains(0x09) && !firstLine.contains(0x2C) {
            text = tabsToCSV(text)
            warnings.append(MessageCatalogue.format(.encodingTabSeparated, [path]))
        }
        return Prepared(fd: try memoryFile(text), warnings: warnings, sheet: nil)
    }

    static func workbook(path: String, sheet: String?, headerRow: Int?, headers: Set<String>) throws -> Prepared {
        let book = try XLSXWorkbook(path: path)
        let s = try book.sheet(named: sheet)
        let rows = try book.rows(of: s)
        let header: Int
        if let headerRow { header = headerRow } else {
            // The first row with at least two cells the schema knows (a title row above it is skipped).
            guard let found = rows.first(where: { r in r.cells.filter { headers.contains($0.text.trimmingCharacters(in: .whitespaces)) }.count >= 2 })
            else { throw ReadError(message: MessageCatalogue.format(.xlsxNoHeader, [s.name])) }
            header = found.number
        }
        // Rows above the header become blank lines, so line numbers stay the sheet's row numbers.
        var out: [UInt8] = []
        var line = 1
        // Excel leaves out a row's trailing empty cells: every row is as wide as the header.
        let width = (rows.first { $0.number == header }?.cells.last?.column ?? 0) + 1
        for r in rows where r.number >= header {
            // Blank lines keep the CSV's line numbers equal to the sheet's row numbers.
            while line < r.number { out.append(0x0A); line += 1 }
            if r.cells.isEmpty { continue }
            var col = 0
            for (c, text) in r.cells {
                while col < c { out.append(0x2C); col += 1 }
                appendCSVField(text, to: &out)
            }
            while col < width - 1 { out.append(0x2C); col += 1 }
            out.append(0x0A); line += 1
        }
        var warnings = [MessageCatalogue.format(.xlsxRead, [path, s.name, String(header)])]
        if header > 1 && headerRow == nil { warnings.append(MessageCatalogue.format(.xlsxHeaderBelow, [s.name, String(header)])) }
        return Prepared(fd: try memoryFile(out), warnings: warnings, sheet: s.name)
    }

    /// Another sheet of the same workbook whose header holds `column` (the members sheet).
    package static func membersSheet(in path: String, besides records: String?, column: Set<String>) -> String? {
        guard isWorkbook(path), let book = try? XLSXWorkbook(path: path) else { return nil }
        let first = records ?? book.sheets.first?.name
        for s in book.sheets where s.name != first {
            guard let rows = try? book.rows(of: s) else { continue }
            if rows.prefix(10).contains(where: { $0.cells.contains { column.contains($0.text.trimmingCharacters(in: .whitespaces)) } }) { return s.name }
        }
        return nil
    }

    /// Excel's tab-separated text as CSV: each cell quoted where CSV needs it.
    static func tabsToCSV(_ text: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + text.count / 8)
        for line in text.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var l = line
            if l.last == 0x0D { l = l.dropLast() }
            for (i, cell) in l.split(separator: 0x09, omittingEmptySubsequences: false).enumerated() {
                if i > 0 { out.append(0x2C) }
                var s = String(decoding: cell, as: UTF8.self)
                if s.hasPrefix("\"") && s.hasSuffix("\"") && s.count >= 2 { s = String(s.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") }
                appendCSVField(s, to: &out)
            }
            out.append(0x0A)
        }
        while out.count >= 2 && out[out.count - 1] == 0x0A && out[out.count - 2] == 0x0A { out.removeLast() }
        return out
    }

    /// A file holding `bytes`, open for reading and already unlinked (it goes away with the descriptor).
    static func memoryFile(_ bytes: [UInt8]) throws -> Int32 {
        var template = Array((NSTemporaryDirectory() + "/watchline-input-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw ReadError(message: MessageCatalogue.format(.fileCannotOpen, ["temporary file", systemErrorText(errno)])) }
        template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
        var off = 0
        while off < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + off, bytes.count - off) }
            if n < 0 { if errno == EINTR { continue }; close(fd); throw ReadError(message: MessageCatalogue.format(.fileCannotOpen, ["temporary file", systemErrorText(errno)])) }
            off += n
        }
        lseek(fd, 0, SEEK_SET)
        return fd
    }
}
