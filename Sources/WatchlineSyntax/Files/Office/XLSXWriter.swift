import Foundation
import XMLCoder
import ZIPFoundation

/// Writes a workbook: sheets of rows whose cells are text or numbers (numbers stay numbers, so
/// an officer can sum a column). Strings are written inline, so no shared-string table is kept.
package enum XLSXWriter {
    package enum Cell: Sendable, Equatable { case text(String), number(String), empty }
    package struct Sheet: Sendable {
        package var name: String
        package var rows: [[Cell]]
        package init(name: String, rows: [[Cell]]) { self.name = name; self.rows = rows }
    }

    package static func data(_ sheets: [Sheet]) throws -> Data {
        guard let archive = Archive(data: Data(), accessMode: .create) else {
            throw ReadError(message: MessageCatalogue.format(.xlsxCannotWrite, ["zip"]))
        }
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        var types = #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in sheets.indices {
            types += #"<Override PartName="/xl/worksheets/sheet\#(i + 1).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        types += "</Types>"
        try add("[Content_Types].xml", header + types)
        try add("_rels/.rels", header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)
        var book = #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>"#
        var rels = #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for (i, s) in sheets.enumerated() {
            book += #"<sheet name="\#(escape(sheetName(s.name)))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
            rels += #"<Relationship Id="rId\#(i + 1)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        try add("xl/workbook.xml", header + book + "</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels", header + rels + "</Relationships>")
        let encoder = XMLEncoder()
        for (i, s) in sheets.enumerated() {
            let xml = try encoder.encode(worksheet(s), withRootKey: "worksheet",
                                         rootAttributes: ["xmlns": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"])
            try add("xl/worksheets/sheet\(i + 1).xml", header + String(decoding: xml, as: UTF8.self))
        }
        guard let data = archive.data else { throw ReadError(message: MessageCatalogue.format(.xlsxCannotWrite, ["zip"])) }
        return data
    }

    static func worksheet(_ s: Sheet) -> WorksheetOut {
        var rows: [WorksheetOut.RowOut] = []
        for (r, row) in s.rows.enumerated() {
            var cells: [WorksheetOut.CellOut] = []
            for (c, cell) in row.enumerated() {
                let ref = XLSXWorkbook.columnName(c) + String(r + 1)
                switch cell {
                case .empty: continue
                case .number(let n): cells.append(.init(r: ref, t: nil, v: n, inline: nil))
                case .text(let t): cells.append(.init(r: ref, t: "inlineStr", v: nil, inline: .init(t: t)))
                }
            }
            rows.append(.init(r: String(r + 1), c: cells))
        }
        return WorksheetOut(sheetData: .init(row: rows))
    }

    /// Excel refuses sheet names over 31 characters or with []:*?/\.
    static func sheetName(_ s: String) -> String {
        String(s.filter { !"[]:*?/\\".contains($0) }.prefix(31))
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

struct WorksheetOut: Encodable {
    struct RowOut: Encodable, DynamicNodeEncoding {
        var r: String
        var c: [CellOut]
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding { key.stringValue == "r" ? .attribute : .element }
    }
    struct CellOut: Encodable, DynamicNodeEncoding {
        struct Inline: Encodable { var t: String }
        var r: String
        var t: String?
        var v: String?
        var inline: Inline?
        enum CodingKeys: String, CodingKey { case r, t, v, inline = "is" }
        static func nodeEncoding(for key: CodingKey) -> XMLEncoder.NodeEncoding {
            key.stringValue == "r" || key.stringValue == "t" ? .attribute : .element
        }
    }
    struct SheetData: Encodable { var row: [RowOut] }
    var sheetData: SheetData
}
