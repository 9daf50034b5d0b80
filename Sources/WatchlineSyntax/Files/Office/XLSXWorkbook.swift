import Foundation
import XMLCoder
import ZIPFoundation

/// An Excel workbook (.xlsx: a zip of XML parts) read as rows of cell text: shared strings,
/// inline strings, numbers (as written, so money stays exact), booleans; empty cells are empty.
/// Dates are Excel serial numbers here; the field decoder turns them into dates where the schema
/// expects one.
package struct XLSXWorkbook {
    package struct Sheet: Sendable { package var name: String; var part: String }
    package struct Row: Sendable { package var number: Int; package var cells: [(column: Int, text: String)] }

    let archive: Archive
    package let path: String
    package let sheets: [Sheet]
    let sharedStrings: [String]

    package init(path: String) throws {
        self.path = path
        let archive: Archive
        do { archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read) }
        catch { throw ReadError(message: MessageCatalogue.format(.xlsxNotWorkbook, [path])) }
        self.archive = archive
        let decoder = XMLDecoder()
        decoder.shouldProcessNamespaces = false
        func part(_ name: String) throws -> Data? { try Self.extract(archive, name) }
        guard let wb = try part("xl/workbook.xml"), let rels = try part("xl/_rels/workbook.xml.rels") else {
            throw ReadError(message: MessageCatalogue.format(.xlsxNotWorkbook, [path]))
        }
        do {
            let book = try decoder.decode(WorkbookXML.self, from: wb)
            let targets = try decoder.decode(RelationshipsXML.self, from: rels).relationship ?? []
            let found: [Sheet] = book.sheets.sheet.compactMap { s in
                guard let t = targets.first(where: { $0.id == s.id })?.target else { return nil }
                let part = t.hasPrefix("/") ? String(t.dropFirst()) : "xl/" + t
                return Sheet(name: s.name, part: part)
            }
            var strings: [String] = []
            if let sst = try part("xl/sharedStrings.xml") {
                strings = (try decoder.decode(SharedStringsXML.self, from: sst).si ?? []).map(\.text)
            }
            sheets = found
            sharedStrings = strings
        } catch let e as ReadError { throw e } catch {
            throw ReadError(message: MessageCatalogue.format(.xlsxBadPart, [path, "\(error)"]))
        }
    }

    static func extract(_ archive: Archive, _ name: String) throws -> Data? {
        guard let entry = archive[name] else { return nil }
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
        return data
    }

    package func sheet(named name: String?) throws -> Sheet {
        if let name {
            guard let s = sheets.first(where: { $0.name == name }) else {
                throw ReadError(message: MessageCatalogue.format(.xlsxNoSheet, [name, path, sheets.map(\.name).joined(separator: "、")]))
            }
            return s
        }
        guard let first = sheets.first else { throw ReadError(message: MessageCatalogue.format(.xlsxNotWorkbook, [path])) }
        return first
    }

    /// The sheet's rows in order, with their 1-based row numbers as Excel shows them.
    package func rows(of sheet: Sheet) throws -> [Row] {
        guard let data = try Self.extract(archive, sheet.part) else { throw ReadError(message: MessageCatalogue.format(.xlsxBadPart, [path, sheet.part])) }
        let ws: WorksheetXML
        do { ws = try XMLDecoder().decode(WorksheetXML.self, from: data) }
        catch { throw ReadError(message: MessageCatalogue.format(.xlsxBadPart, [path, "\(sheet.name): \(error)"])) }
        var out: [Row] = []
        var next = 1
        for r in ws.sheetData.row ?? [] {
            let number = r.r.flatMap(Int.init) ?? next
            next = number + 1
            var cells: [(Int, String)] = []
            var nextColumn = 0
            for c in r.c ?? [] {
                let column = c.r.map(Self.column(of:)) ?? nextColumn
                nextColumn = column + 1
                let text: String
                switch c.t {
                case "s": text = Int(c.v ?? "").flatMap { $0 < sharedStrings.count ? sharedStrings[$0] : nil } ?? ""
                case "inlineStr": text = c.inline?.text ?? ""
                case "b": text = c.v == "1" ? "true" : "false"
                default: text = c.v ?? ""
                }
                if !text.isEmpty { cells.append((column, text)) }
            }
            out.append(Row(number: number, cells: cells))
        }
        return out
    }

    /// "F17" → 5 (0-based column).
    static func column(of ref: String) -> Int {
        var n = 0
        for u in ref.unicodeScalars {
            guard u.value >= 65 && u.value <= 90 else { break }
            n = n * 26 + Int(u.value - 64)
        }
        return max(n - 1, 0)
    }

    /// 5 → "F".
    package static func columnName(_ i: Int) -> String {
        var n = i + 1, s = ""
        while n > 0 { let r = (n - 1) % 26; s = String(UnicodeScalar(UInt8(65 + r))) + s; n = (n - 1) / 26 }
        return s
    }
}

// MARK: the XML parts, as XMLCoder decodes them

struct WorkbookXML: Decodable {
    struct Sheets: Decodable { var sheet: [SheetRef] }
    struct SheetRef: Decodable {
        var name: String
        var id: String
        enum CodingKeys: String, CodingKey { case name, id = "r:id" }
    }
    var sheets: Sheets
}

struct RelationshipsXML: Decodable {
    struct Relationship: Decodable {
        var id: String
        var target: String
        enum CodingKeys: String, CodingKey { case id = "Id", target = "Target" }
    }
    var relationship: [Relationship]?
    enum CodingKeys: String, CodingKey { case relationship = "Relationship" }
}

/// `<t>` may carry `xml:space`; its text is the element's value.
struct TextXML: Decodable {
    var value: String
    enum CodingKeys: String, CodingKey { case value = "" }
    init(from decoder: Decoder) throws {
        if let c = try? decoder.container(keyedBy: CodingKeys.self), let v = try? c.decodeIfPresent(String.self, forKey: .value) { value = v; return }
        value = (try? decoder.singleValueContainer().decode(String.self)) ?? ""
    }
}

/// A string item: plain (`<t>`) or rich text runs (`<r><t>…</t></r>…`).
struct StringItemXML: Decodable {
    struct Run: Decodable { var t: TextXML? }
    var t: TextXML?
    var r: [Run]?
    var text: String { t?.value ?? (r ?? []).map { $0.t?.value ?? "" }.joined() }
}

struct SharedStringsXML: Decodable { var si: [StringItemXML]? }

struct WorksheetXML: Decodable {
    struct SheetData: Decodable { var row: [RowXML]? }
    struct RowXML: Decodable { var r: String?; var c: [CellXML]? }
    struct CellXML: Decodable {
        var r: String?
        var t: String?
        var v: String?
        var inline: StringItemXML?
        enum CodingKeys: String, CodingKey { case r, t, v, inline = "is" }
    }
    var sheetData: SheetData
}
