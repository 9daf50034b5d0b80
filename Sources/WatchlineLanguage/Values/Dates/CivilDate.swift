import Foundation
import WatchlineSyntax

/// A calendar date, stored as days since 1970-01-01 (proleptic Gregorian), so it is a trivial
/// value on the evaluator's hot path. Conversions use Howard Hinnant's civil-date algorithms.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var days: Int32
    package init(days: Int32) { self.days = days }

    /// Dates run from 0001-01-01 to 9999-12-31 (what `YYYY-MM-DD` can write): arithmetic that
    /// leaves the range is an evaluation error, never a silently clamped or unprintable date.
    package static let years = 1...9999
    package static let earliest = CivilDate(year: 1, month: 1, day: 1)!
    package static let latest = CivilDate(year: 9999, month: 12, day: 31)!

    package init?(year: Int, month: Int, day: Int) {
        guard month >= 1, month <= 12, day >= 1, day <= CivilDate.daysIn(year: year, month: month),
              CivilDate.years.contains(year) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        days = Int32(era * 146_097 + doe - 719_468)
    }

    /// Exactly `YYYY-MM-DD`.
    public init?(iso: some StringProtocol) {
        var text = String(iso)
        guard let d = text.withUTF8({ CivilDate(isoBytes: $0) }) else { return nil }
        self = d
    }

    package init?(isoBytes b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for i in r { let c = b[i]; guard c >= 0x30, c <= 0x39 else { return nil }; v = v * 10 + Int(c - 0x30) }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10), let date = CivilDate(year: y, month: m, day: d) else { return nil }
        self = date
    }

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }
    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    package var components: (year: Int, month: Int, day: Int) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
    package var year: Int { components.year }
    package var month: Int { components.month }
    package var day: Int { components.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    package var weekday: Int {
        let w = (Int(days) + 3) % 7
        return (w < 0 ? w + 7 : w) + 1
    }

    package var iso: String {
        let c = components
        func pad(_ v: Int, _ n: Int) -> String { let s = String(v); return String(repeating: "0", count: max(0, n - s.count)) + s }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }
    public var description: String { iso }

    package func adding(days n: Int) -> CivilDate { CivilDate(days: Int32(clamping: Int(days) + n)) }

    /// `n` days later (earlier for negative `n`); nil outside 0001-01-01 … 9999-12-31.
    package func checkedAdding(days n: Int) -> CivilDate? {
        let (r, o) = Int(days).addingReportingOverflow(n)
        guard !o, r >= Int(CivilDate.earliest.days), r <= Int(CivilDate.latest.days) else { return nil }
        return CivilDate(days: Int32(r))
    }

    /// `n` months later, clamped to the month's end; nil outside 0001-01-01 … 9999-12-31.
    package func checkedAdding(months n: Int) -> CivilDate? {
        guard n.magnitude <= 12 * 10_000 else { return nil }
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        guard CivilDate.years.contains(y) else { return nil }
        return CivilDate(year: y, month: m, day: min(c.day, CivilDate.daysIn(year: y, month: m)))
    }

    /// Clamps to the end of the month: 2020-01-31 + 1 month = 2020-02-29.
    package func adding(months n: Int) -> CivilDate {
        let c = components
        let total = c.year * 12 + (c.month - 1) + n
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(c.day, CivilDate.daysIn(year: y, month: m))) ?? self
    }

    package var endOfMonth: CivilDate {
        let c = components
        return CivilDate(year: c.year, month: c.month, day: CivilDate.daysIn(year: c.year, month: c.month)) ?? self
    }

    /// Today in the machine's local time zone.
    package static func today() -> CivilDate {
        let seconds = Date().timeIntervalSince1970 + Double(TimeZone.current.secondsFromGMT())
        return CivilDate(days: Int32((seconds / 86_400).rounded(.down)))
    }

    public static func < (a: Self, b: Self) -> Bool { a.days < b.days }
}
