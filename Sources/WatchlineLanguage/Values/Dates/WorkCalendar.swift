import Foundation
import WatchlineSyntax

/// Working days: Monday to Friday, except package holidays, plus the weekend days turned into
/// working days (调休). Lookups are O(1): a flag per day of the covered years, and prefix counts
/// for `workdaysBetween`.
package struct WorkCalendar: Sendable {
    package var name: String
    package let coveredYears: ClosedRange<Int>
    private let first: Int32
    /// Per covered day: is it a working day.
    private let flags: [Bool]
    /// prefix[i] = working days among the first i covered days.
    private let prefix: [Int32]

    package init(name: String, holidays: [CivilDate], makeupWorkdays: [CivilDate], coveredYears: ClosedRange<Int>) {
        self.name = name
        self.coveredYears = coveredYears
        let start = CivilDate(year: coveredYears.lowerBound, month: 1, day: 1)!.days
        let end = CivilDate(year: coveredYears.upperBound, month: 12, day: 31)!.days
        first = start
        var f = (start...end).map { WorkCalendar.plainWorkday(CivilDate(days: $0)) }
        for h in holidays where h.days >= start && h.days <= end { f[Int(h.days - start)] = false }
        for w in makeupWorkdays where w.days >= start && w.days <= end { f[Int(w.days - start)] = true }
        flags = f
        var p: [Int32] = [0]
        p.reserveCapacity(f.count + 1)
        for x in f { p.append(p.last! + (x ? 1 : 0)) }
        prefix = p
    }

    static func plainWorkday(_ d: CivilDate) -> Bool { d.weekday <= 5 }

    /// A county's own days off and working days, on top of this calendar.
    package func adding(local holidays: [CivilDate], makeupWorkdays: [CivilDate]) -> WorkCalendar {
        var h: [CivilDate] = [], w: [CivilDate] = []
        for (i, x) in flags.enumerated() {
            let d = CivilDate(days: first + Int32(i))
            if x && !WorkCalendar.plainWorkday(d) { w.append(d) }
            if !x && WorkCalendar.plainWorkday(d) { h.append(d) }
        }
        return WorkCalendar(name: name, holidays: h + holidays, makeupWorkdays: w + makeupWorkdays, coveredYears: coveredYears)
    }

    @inline(__always) func index(_ d: CivilDate) -> Int? {
        let i = Int(d.days) - Int(first)
        return i >= 0 && i < flags.count ? i : nil
    }

    package func isWorkday(_ d: CivilDate) -> Bool {
        if let i = index(d) { return flags[i] }
        return WorkCalendar.plainWorkday(d)
    }

    /// Working days in (a, b]: `a` not counted, `b` counted; negative when b < a.
    package func workdaysBetween(_ a: CivilDate, _ b: CivilDate) -> Int {
        if b < a { return -workdaysBetween(b, a) }
        return count(upTo: b) - count(upTo: a)
    }

    /// Working days on or before `d`, counted from the calendar's first covered day (outside the
    /// covered years, Monday–Friday arithmetic continues the count).
    private func count(upTo d: CivilDate) -> Int {
        let i = Int(d.days) - Int(first)
        if i < 0 { return -WorkCalendar.weekdayCount(from: d, to: CivilDate(days: first - 1)) }
        if i < flags.count { return Int(prefix[i + 1]) }
        let last = CivilDate(days: first + Int32(flags.count) - 1)
        return Int(prefix[flags.count]) + WorkCalendar.weekdayCount(from: last, to: d)
    }

    /// Monday–Friday days in (a, b] for a ≤ b.
    static func weekdayCount(from a: CivilDate, to b: CivilDate) -> Int {
        let n = Int(b.days) - Int(a.days)
        guard n > 0 else { return 0 }
        var count = (n / 7) * 5
        var d = a.adding(days: (n / 7) * 7)
        while d < b { d = d.adding(days: 1); if plainWorkday(d) { count += 1 } }
        return count
    }

    /// The n-th working day after `d` (d itself not counted); n = 0 gives d; negative counts back.
    package func addWorkdays(_ d: CivilDate, _ n: Int) -> CivilDate {
        guard n != 0 else { return d }
        var cur = d
        var left = abs(n)
        let step = n > 0 ? 1 : -1
        while left > 0 {
            cur = cur.adding(days: step)
            if isWorkday(cur) { left -= 1 }
        }
        return cur
    }

    /// The n-th working day after `d`, as `addWorkdays`; nil when it falls outside
    /// 0001-01-01 … 9999-12-31. Outside the covered years whole weeks (five working days) are
    /// skipped at once, so even a count spanning millennia takes little time.
    package func checkedAddingWorkdays(_ d: CivilDate, _ n: Int) -> CivilDate? {
        guard n != 0 else { return d }
        // Each working day is at least a calendar day: a larger count leaves the range.
        guard n.magnitude <= UInt(CivilDate.latest.days - CivilDate.earliest.days) else { return nil }
        let step = n > 0 ? 1 : -1
        var left = Int(n.magnitude)
        var cur = d
        let lastCovered = Int(first) + flags.count - 1
        while left > 0 {
            let day = Int(cur.days)
            let lo = min(day + step, day + 7 * step), hi = max(day + step, day + 7 * step)
            if left > 5, hi < Int(first) || lo > lastCovered {
                // Any seven days in a row hold five Monday–Friday days.
                guard let next = cur.checkedAdding(days: 7 * step) else { return nil }
                cur = next; left -= 5
                continue
            }
            guard let next = cur.checkedAdding(days: step) else { return nil }
            cur = next
            if isWorkday(cur) { left -= 1 }
        }
        return cur
    }

    /// A plain Monday–Friday calendar (for rulesets that name none).
    package static let weekdaysOnly = WorkCalendar(name: "weekdays", holidays: [], makeupWorkdays: [], coveredYears: 2000...2000)

    /// Parses `2020-01-24..2020-02-02` (inclusive) or `2020-01-01`.
    package static func parseDays(_ text: String) -> [CivilDate]? {
        let parts = text.components(separatedBy: "..")
        if parts.count == 1 { return CivilDate(iso: text.trimmingSpaces).map { [$0] } }
        guard parts.count == 2, let a = CivilDate(iso: parts[0].trimmingSpaces), let b = CivilDate(iso: parts[1].trimmingSpaces), a <= b else { return nil }
        return (a.days...b.days).map(CivilDate.init(days:))
    }
}
