import Foundation
import WatchlineSyntax

/// Reads `Rules/calendars/*.yaml` into a `WorkCalendar`. A county's calendar may `extends` the
/// national one and add its local days off (`holidays`) and local working days (`workdays`).
package enum CalendarLoader {
    struct Days { var name = ""; var holidays: [CivilDate] = []; var workdays: [CivilDate] = []; var years: [Int] = [] }

    /// `root`: where a calendar's `extends:` may lead (`RulesRoot`); nil: around `path`.
    /// `via`: where the rule file names this calendar.
    package static func load(path: String, sources: SourceStore, root: RulesRoot? = nil, via: SourceSpan? = nil) -> (WorkCalendar?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let d = read(path: path, sources: sources, root: root ?? .around(path), via: via, depth: 0, &diagnostics), let lo = d.years.min(), let hi = d.years.max(),
              !diagnostics.contains(where: \.isError) else { return (nil, diagnostics) }
        return (WorkCalendar(name: d.name, holidays: d.holidays, makeupWorkdays: d.workdays, coveredYears: lo...hi), diagnostics)
    }

    static func read(path: String, sources: SourceStore, root rulesRoot: RulesRoot, via: SourceSpan?, depth: Int, _ diagnostics: inout [Diagnostic]) -> Days? {
        guard let root = YAMLReader.parseMapping(atPath: path, sources: sources, expecting: .aCalendarFile, keys: ["watchline", "calendar"],
                                                 via: via, &diagnostics) else { return nil }
        var r = NodeReader()
        defer { diagnostics += r.diagnostics }
        guard let top = r.mapping(root, .message(.whatCalendarFile, []), allowed: RuleFileKeys.calendarTop, required: ["calendar"]),
              let body = top.first(where: { $0.keyText == "calendar" })?.value,
              let pairs = r.mapping(body, "calendar", allowed: RuleFileKeys.calendar, required: ["id", "years_detail"])
        else { return nil }
        var result = Days()
        if let ext = pairs.first(where: { $0.keyText == "extends" }) {
            guard depth < 4 else { r.error(ext.value, .calendarTooDeep, "4"); return nil }
            guard let s = r.string(ext.value, "extends") else { return nil }
            let (resolved, refusal) = rulesRoot.resolve(s, from: path, at: ext.value.span, expecting: .aCalendarFile)
            guard let base = resolved else { r.diagnostics += refusal.map { [$0] } ?? []; return nil }
            guard FileManager.default.fileExists(atPath: base) else {
                r.diagnostics.append(Diagnostic(.fileUnreadable, at: ext.value.span, args: [.text(base), .message(.fileNoSuchFile, [])]))
                return nil
            }
            var inner: [Diagnostic] = []
            guard let b = read(path: base, sources: sources, root: rulesRoot, via: ext.value.span, depth: depth + 1, &inner) else { r.diagnostics += inner; return nil }
            r.diagnostics += inner
            result = b
        }
        var name = "", holidays: [CivilDate] = [], workdays: [CivilDate] = []
        var years: [Int] = []
        for p in pairs {
            switch p.keyText {
            case "id": name = r.string(p.value, "id") ?? ""
            case "years_detail":
                guard let ys = r.mapping(p.value, "years_detail") else { continue }
                for y in ys {
                    guard let year = Int(y.keyText) else { r.error(y.key, .calendarNotAYear, .text(y.keyText)); continue }
                    years.append(year)
                    guard let detail = r.mapping(y.value, .message(.whatYear, [.text(String(year))]), allowed: RuleFileKeys.calendarYear) else { continue }
                    for d in detail {
                        switch d.keyText {
                        case "holidays":
                            guard let named = r.mapping(d.value, .message(.whatHolidays, [.text(String(year))])) else { continue }
                            for h in named { holidays += days(h.value, &r) }
                        case "workdays": workdays += days(d.value, &r)
                        default: _ = r.string(d.value, .text(d.keyText))
                        }
                    }
                }
            default: break
            }
        }
        result.name = name
        result.holidays += holidays
        result.workdays += workdays
        result.years += years
        return result
    }

    /// `[2020-01-01, 2020-01-24..2020-02-02]`
    static func days(_ node: YAMLNode, _ r: inout NodeReader) -> [CivilDate] {
        var out: [CivilDate] = []
        for item in node.items ?? [node] {
            guard let s = item.scalar, let ds = WorkCalendar.parseDays(s) else {
                r.error(item, .calendarBadDays)
                continue
            }
            out += ds
        }
        return out
    }
}
