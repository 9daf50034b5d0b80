import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// Reads timeline cases (household-record.md, "Cases"): one JSON object per line, or an office's
/// sheet (CSV, .xlsx) with one case a row, chosen by the extension or the content as `--records` is.
package enum TimelineCases {
    /// Each case by its line, with the id the line gives even when the case is in error (so the
    /// error is shown against the officer's case id, not a line number).
    package static func read(path: String, timelines: [Timeline] = []) throws -> [(line: Int, id: String?, result: Result<TimelineCase, ReadError>)] {
        try RecordFiles.refuseFolder(path, expecting: .aCasesFile)
        if isTable(path) { return try TimelineCasesTable.read(path: path, timelines: timelines) }
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(message: MessageCatalogue.format(.fileUnreadable, [path, MessageCatalogue.format(.fileNoSuchFile, [])])) }
        var out: [(Int, String?, Result<TimelineCase, ReadError>)] = []
        let text = String(decoding: data, as: UTF8.self)
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty { continue }
            let result = parse(line, line: i + 1)
            var id: String?
            switch result {
            case .success(let c): id = c.id
            case .failure: id = (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
            }
            out.append((i + 1, id, result))
        }
        return out
    }

    /// A sheet rather than JSON lines: a workbook, a .csv/.tsv/.txt, or a file whose first
    /// non-blank byte is not `{` (a GBK or UTF-16 export has no extension to go by).
    static func isTable(_ path: String) -> Bool {
        let lower = path.lowercased()
        if [".csv", ".tsv", ".txt", ".xlsx"].contains(where: lower.hasSuffix) || OfficeInput.isWorkbook(path) { return true }
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".json") { return false }
        guard let h = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? h.close() }
        var head = Array(h.readData(ofLength: 64))
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let first = head.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) else { return false }
        return first != UInt8(ascii: "{")
    }

    /// Other words for a case's keys.
    static let synonyms = ["timeline": "procedure", "process": "procedure", "flow": "procedure", "流程": "procedure",
                           "household": "household_id", "steps": "events", "dates": "events", "done": "events"]

    static func parse(_ text: String, line: Int) -> Result<TimelineCase, ReadError> {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return .failure(ReadError(message: MessageCatalogue.format(.caseNotObject, [String(line)])))
        }
        let keys = ["id", "household_id", "procedure", "events"]
        // A misspelt or renamed key would be ignored and the case read wrongly (no procedure: the
        // first timeline): it is the case's error, with the key meant.
        for k in obj.keys.sorted() where !keys.contains(k) {
            let meant = synonyms[k.lowercased()] ?? nearest(k, in: keys)
            return .failure(ReadError(message: MessageCatalogue.format(.caseUnknownKey, [String(line), k,
                meant.map { "; did you mean '\($0)'?" } ?? " (known keys: \(keys.joined(separator: ", ")))"])))
        }
        guard let id = obj["id"] as? String else { return .failure(ReadError(message: MessageCatalogue.format(.caseNoID, [String(line)]))) }
        var events: [String: CivilDate] = [:]
        for (k, v) in obj["events"] as? [String: Any] ?? [:] {
            guard let s = v as? String, let d = CivilDate(iso: s) else {
                return .failure(ReadError(message: MessageCatalogue.format(.caseBadDate, [String(line), k])))
            }
            events[k] = d
        }
        return .success(TimelineCase(id: id, householdID: obj["household_id"] as? String,
                                     procedure: obj["procedure"] as? String ?? "", events: events))
    }
}
