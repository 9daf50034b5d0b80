/// Reads `Rules/calendars/*.yaml` into a `WorkCalendar`.
enum CalendarLoader {
    static func load(path: String, sources: SourceStore) -> (WorkCalendar?, [Diagnostic]) {
        let (root, yamlDiags) = YAMLReader.parseFile(atPath: path, sources: sources)
        guard let root, !yamlDiags.contains(where: \.isError) else { return (nil, yamlDiags) }
        var r = NodeReader()
        r.diagnostics = yamlDiags
        guard let top = r.mapping(root, "the calendar file", allowed: ["watchline", "calendar"], required: ["calendar"]),
              let body = top.first(where: { $0.keyText == "calendar" })?.value,
              let pairs = r.mapping(body, "calendar", allowed: ["id", "title", "years", "years_detail", "source", "note"], required: ["id", "years_detail"])
        else { return (nil, r.diagnostics) }
        var name = "", holidays: [CivilDate] = [], workdays: [CivilDate] = []
        var years: [Int] = []
        for p in pairs {
            switch p.keyText {
            case "id": name = r.string(p.value, "id") ?? ""
            case "years_detail":
                guard let ys = r.mapping(p.value, "years_detail") else { continue }
                for y in ys {
                    guard let year = Int(y.keyText) else { r.error(y.key, .badValue, "'\(y.keyText)' is not a year"); continue }
                    years.append(year)
                    guard let detail = r.mapping(y.value, "year \(year)", allowed: ["source", "holidays", "workdays", "note"]) else { continue }
                    for d in detail {
                        switch d.keyText {
                        case "holidays":
                            guard let named = r.mapping(d.value, "holidays of \(year)") else { continue }
                            for h in named { holidays += days(h.value, &r) }
                        case "workdays": workdays += days(d.value, &r)
                        default: _ = r.string(d.value, d.keyText)
                        }
                    }
                }
            default: break
            }
        }
        guard let lo = years.min(), let hi = years.max(), !r.diagnostics.contains(where: \.isError) else { return (nil, r.diagnostics) }
        return (WorkCalendar(name: name, holidays: holidays, makeupWorkdays: workdays, coveredYears: lo...hi), r.diagnostics)
    }

    /// `[2020-01-01, 2020-01-24..2020-02-02]`
    static func days(_ node: YAMLNode, _ r: inout NodeReader) -> [CivilDate] {
        var out: [CivilDate] = []
        for item in node.items ?? [node] {
            guard let s = item.scalar, let ds = WorkCalendar.parseDays(s) else {
                r.error(item, .badValue, "write a date as YYYY-MM-DD or a range as YYYY-MM-DD..YYYY-MM-DD")
                continue
            }
            out += ds
        }
        return out
    }
}
