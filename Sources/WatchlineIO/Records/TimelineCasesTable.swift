import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// Timeline cases from an office's sheet (CSV in UTF-8/GBK/UTF-16, tab-separated, or .xlsx): one
/// case a row. Columns: `id` (案例编号), `household_id` (户编号), `procedure` (流程: the timeline's id
/// or label), then one column per event — a step's id or label, or the event a timeline starts at —
/// holding the date it was done (empty: not done yet).
enum TimelineCasesTable {
    enum Column { case id, household, procedure, event(String) }

    static func read(path: String, timelines: [Timeline]) throws -> [(line: Int, id: String?, result: Result<TimelineCase, ReadError>)] {
        var names: [String: Column] = ["id": .id, "案例编号": .id, "编号": .id,
                                       "household_id": .household, "户编号": .household,
                                       "procedure": .procedure, "流程": .procedure]
        var procedures: [String: String] = [:]
        for t in timelines {
            procedures[t.id] = t.id
            if let l = t.label { procedures[l] = t.id }
            names[t.startsAt] = .event(t.startsAt)
            for s in t.steps {
                names[s.id] = .event(s.id)
                if let l = s.label { names[l] = .event(s.id) }
            }
        }
        let prepared = try OfficeInput.prepare(path: path, sheet: nil, headerRow: nil, headers: Set(names.keys))
        let reader = try prepared.fd.map { CSVRecordReader(fd: $0) } ?? CSVRecordReader(path: path)
        let place = prepared.sheet.map { "\(path) [\($0)]" } ?? path
        var columns: [Column?] = []
        var headers: [String] = []
        var out: [(line: Int, id: String?, result: Result<TimelineCase, ReadError>)] = []
        while let item = reader.next() {
            switch item {
            case .error(let line, let message):
                out.append((line, nil, .failure(ReadError(message: "\(place):\(line): \(message)"))))
            case .record(let line, let fields):
                let cells = (0..<fields.count).map { fields.string($0).trimmingCharacters(in: .whitespaces) }
                if headers.isEmpty {
                    headers = cells
                    columns = try cells.map { h in
                        if h.isEmpty { return nil }
                        guard let c = names[h] else {
                            throw ReadError(message: MessageCatalogue.format(.casesTableUnknownHeader, [place, String(line), h]))
                        }
                        return c
                    }
                    guard columns.contains(where: { if case .id? = $0 { true } else { false } }) else {
                        throw ReadError(message: MessageCatalogue.format(.casesTableNoID, [place, String(line)]))
                    }
                    continue
                }
                if cells.allSatisfy(\.isEmpty) { continue }
                let id = zip(cells, columns).first { if case .id? = $0.1 { true } else { false } }.map(\.0).flatMap { $0.isEmpty ? nil : $0 }
                out.append((line, id, row(cells, columns: columns, headers: headers, procedures: procedures, place: place, line: line)))
            }
        }
        return out
    }

    static func row(_ cells: [String], columns: [Column?], headers: [String], procedures: [String: String],
                    place: String, line: Int) -> Result<TimelineCase, ReadError> {
        var id = "", household: String?, procedure = ""
        var events: [String: CivilDate] = [:]
        for (i, cell) in cells.enumerated() where i < columns.count && !cell.isEmpty {
            switch columns[i] {
            case .id?: id = cell
            case .household?: household = cell
            case .procedure?: procedure = procedures[cell] ?? cell
            case .event(let e)?:
                // An office writes 2022/5/6 or 2022年5月6日, and a workbook keeps dates as serial numbers.
                guard let d = CivilDate(iso: cell) ?? ClerkForms.date(cell).flatMap({ CivilDate(iso: $0.0) }) else {
                    return .failure(ReadError(message: MessageCatalogue.format(.casesTableBadDate, [place, String(line), headers[i], cell])))
                }
                events[e] = d
            case nil: continue
            }
        }
        if id.isEmpty { return .failure(ReadError(message: MessageCatalogue.format(.casesTableNoCaseID, [place, String(line)]))) }
        return .success(TimelineCase(id: id, householdID: household, procedure: procedure, events: events))
    }
}
