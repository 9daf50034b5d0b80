import WatchlineSyntax

/// Where in an input file a record or one of its values is, as the clerk finds it: a text file's
/// line and cell (`households.csv:17:5`, `households.jsonl:3`), or a workbook's cell as Excel
/// shows it (`households.xlsx 户信息!F17`) or its row. Every record error and warning starts with it.
struct RecordPlace: Sendable {
    let path: String
    /// The workbook sheet the rows come from (nil: a text file, whose line is the row).
    let sheet: String?

    /// A whole line or row.
    func row(_ line: Int) -> String {
        if let sheet { return MessageCatalogue.format(.recordSheetRow, [path, sheet, String(line)]) }
        return "\(path):\(line)"
    }

    /// One cell; `column` is 0-based (CSV lines keep a sheet's columns, so it is the sheet's column too).
    func cell(_ line: Int, column: Int) -> String {
        if let sheet { return "\(path) \(sheet)!\(XLSXWorkbook.columnName(column))\(line)" }
        return "\(path):\(line):\(column + 1)"
    }

    /// `message` at `place`.
    static func at(_ place: String, _ message: String) -> String { place + ": " + message }
}

/// The name a message gives a field: the header or key as written, with the schema's other
/// name (its path, or for a path its Chinese label) in parentheses.
func clerkName(written: String, path: String, label: String?) -> String {
    if written != path { return MessageCatalogue.format(.recordColumnName, [written, path]) }
    return label.map { MessageCatalogue.format(.recordColumnName, [path, $0]) } ?? path
}
