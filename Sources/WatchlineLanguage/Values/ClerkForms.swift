import Foundation
import WatchlineSyntax

/// The forms a clerk types or a spreadsheet writes that mean a plain value: `9,000`, `９０００`,
/// ` 9000 `, `2022/6/30`, `2022年6月30日`, an Excel serial date `44742`, `是`/`否`. Each is turned
/// into the canonical spelling the strict decoder reads; what was done is named, so the reader can
/// say it once per column. Only tried after the strict decoder has refused a value, so clean files
/// pay nothing.
package enum ClerkForms {
    package enum Change: String, CaseIterable, Sendable {
        case spaces, fullWidth, thousands, dateForm, excelSerialDate

        var message: MessageID {
            switch self {
            case .spaces: .formSpaces
            case .fullWidth: .formFullWidth
            case .thousands: .formThousands
            case .dateForm: .formDate
            case .excelSerialDate: .formExcelDate
            }
        }
    }

    /// Full-width digits and punctuation to ASCII, and surrounding spaces (ASCII and 　) removed.
    package static func halfWidth(_ s: String) -> (String, Set<Change>) {
        var changes = Set<Change>()
        var out = ""
        for u in s.unicodeScalars {
            switch u.value {
            case 0xFF10...0xFF19, 0xFF0B, 0xFF0C, 0xFF0D, 0xFF0E, 0xFF0F:   // ０-９ ＋ ， － ． ／
                out.unicodeScalars.append(Unicode.Scalar(u.value - 0xFEE0)!); changes.insert(.fullWidth)
            case 0x3000: out.append(" "); changes.insert(.fullWidth)
            default: out.unicodeScalars.append(u)
            }
        }
        let trimmed = out.trimmingCharacters(in: .whitespaces)
        if trimmed != out { changes.insert(.spaces) }
        return (trimmed, changes)
    }

    /// A number as the decoder reads it (`-9000.5`), or nil.
    package static func number(_ s: String) -> (String, Set<Change>)? {
        var (t, changes) = halfWidth(s)
        if t.contains(",") {
            // Only real thousands grouping: 9,000 and 1,234,567.89 — never 9,00 or 1,2.
            let parts = t.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            let head = groups[0].hasPrefix("-") ? groups[0].dropFirst() : groups[0]
            guard !head.isEmpty, head.count <= 3, head.allSatisfy(\.isASCII), head.allSatisfy(\.isNumber),
                  groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
            t = groups.joined() + (parts.count == 2 ? "." + parts[1] : "")
            changes.insert(.thousands)
        }
        guard !changes.isEmpty, !t.isEmpty, case .value = Fixed.parse(t) else { return nil }
        return (t, changes)
    }

    /// A date as `YYYY-MM-DD`: `2022/6/30`, `2022.6.30`, `2022-6-30`, `2022年6月30日`, `20220630`,
    /// or an Excel serial day number (days since 1899-12-30, as Excel counts).
    package static func date(_ s: String) -> (String, Set<Change>)? {
        var (t, changes) = halfWidth(s)
        if let serial = Int(t), serial >= 1, serial < 2_958_466 {   // Excel's range: 1900-01-01 … 9999-12-31
            let d = CivilDate(days: CivilDate(year: 1899, month: 12, day: 30)!.days + Int32(serial))
            changes.insert(.excelSerialDate)
            return (d.iso, changes)
        }
        var parts: [Int] = []
        var current = ""
        for ch in t {
            if ch.isASCII && ch.isNumber { current.append(ch); continue }
            guard "/.-年月日".contains(ch), !current.isEmpty else { return nil }
            parts.append(Int(current)!); current = ""
        }
        if !current.isEmpty { parts.append(Int(current)!) }
        if parts.count == 1, t.count == 8, let n = parts.first { parts = [n / 10000, n / 100 % 100, n % 100] }
        guard parts.count == 3, parts[0] >= 1000, let d = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else { return nil }
        t = d.iso
        changes.insert(.dateForm)
        return (t, changes)
    }
}

/// What the decoder normalised, per field: one warning per column at the end of the file.
package final class FormNotes: @unchecked Sendable {
    package init() {}
    private let lock = NSLock()
    private var notes: [Int: (changes: Set<ClerkForms.Change>, example: String, count: Int)] = [:]

    package func note(field: Int, _ changes: Set<ClerkForms.Change>, example: String) {
        lock.lock(); defer { lock.unlock() }
        var n = notes[field] ?? ([], example, 0)
        n.changes.formUnion(changes); n.count += 1
        notes[field] = n
    }

    /// Moves `other`'s notes into these, as if they had been made here after these (the run loop
    /// decodes chunks on several threads and hands their notes back in input order).
    package func absorb(_ other: FormNotes) {
        guard other !== self else { return }
        let taken: [Int: (changes: Set<ClerkForms.Change>, example: String, count: Int)]
        other.lock.lock(); taken = other.notes; other.notes.removeAll(); other.lock.unlock()
        guard !taken.isEmpty else { return }
        lock.lock(); defer { lock.unlock() }
        for (field, t) in taken {
            var n = notes[field] ?? ([], t.example, 0)
            n.changes.formUnion(t.changes); n.count += t.count
            notes[field] = n
        }
    }

    /// "column 人均纯收入 (income.net_per_capita): 3 values read with thousands separators removed (e.g. '9,000')".
    package func warnings(_ name: (Int) -> String) -> [String] {
        lock.lock(); defer { lock.unlock() }
        return notes.keys.sorted().map { f in
            let n = notes[f]!
            let what = ClerkForms.Change.allCases.filter(n.changes.contains).map { MessageCatalogue.format($0.message, []) }
                .joined(separator: MessageCatalogue.useChinese ? "、" : ", ")
            return MessageCatalogue.format(.formNormalised, [name(f), String(n.count), what, n.example])
        }
    }
}
