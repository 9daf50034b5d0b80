import Foundation

/// Reads timeline cases (household-record.md, "Cases"): one JSON object per line.
public enum TimelineCases {
    public static func read(path: String) throws -> [(line: Int, result: Result<TimelineCase, ReadError>)] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ReadError(message: MessageCatalogue.format(.fileUnreadable, [path, "no such file"])) }
        var out: [(Int, Result<TimelineCase, ReadError>)] = []
        let text = String(decoding: data, as: UTF8.self)
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            if line.isEmpty { continue }
            out.append((i + 1, parse(line, line: i + 1)))
        }
        return out
    }

    static func parse(_ text: String, line: Int) -> Result<TimelineCase, ReadError> {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            return .failure(ReadError(message: MessageCatalogue.format(.caseNotObject, [String(line)])))
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
