import WatchlineSyntax
/// Resident ID numbers (公民身份号码, GB 11643-1999): normalised before they are matched against
/// a department's list, and checked (ISO 7064 MOD 11-2 check character, birth date).
package enum IDNumber {
    /// What a value in an ID field is.
    package enum Reading: Sendable, Equatable {
        /// A valid number: its canonical 18-character form and its 17 digits packed as a key.
        case valid(String, key: UInt64)
        /// Shaped like an ID number (15 or 18 characters) but its check character or birth date is wrong.
        case invalid(String, reason: Reason)
        /// Not shaped like an ID number at all (`m1`, a household code): never matched.
        case noID
    }
    package enum Reason: String, Sendable { case checkCharacter = "check_character", birthDate = "birth_date" }

    static let weights: [Int] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkChars: [UInt8] = Array("10X98765432".utf8)

    /// The check character for 17 digits (ASCII bytes).
    package static func checkCharacter<C: Collection>(_ digits: C) -> Character where C.Element == UInt8 {
        var sum = 0
        for (i, d) in digits.prefix(17).enumerated() { sum += Int(d &- 48) * weights[i] }
        return Character(Unicode.Scalar(checkChars[sum % 11]))
    }

    /// Trims, turns full-width digits and `Ｘ`/`ｘ` into ASCII and a lower-case `x` into `X`.
    package static func normalisedBytes(_ text: String) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(18)
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x30...0x39: out.append(UInt8(v))
            case 0x58, 0x78, 0xFF38, 0xFF58: out.append(0x58)                 // X x Ｘ ｘ
            case 0xFF10...0xFF19: out.append(UInt8(v - 0xFF10 + 0x30))       // ０-９
            case 0x20, 0x09, 0x0A, 0x0D, 0x3000, 0xFEFF, 0x27:
                // spaces (and a spreadsheet's leading apostrophe) around the number
                if out.isEmpty { continue }
                out.append(0x20)
            default: return nil
            }
            if out.count > 19 { return nil }
        }
        while out.last == 0x20 { out.removeLast() }
        if out.contains(0x20) { return nil }
        return out
    }

    package static func read(_ text: String) -> Reading {
        // Fast path: 18 ASCII characters as the national system exports them.
        var fast = true
        let u = text.utf8
        if u.count == 18 {
            for (i, b) in u.enumerated() where !(b >= 48 && b <= 57 || i == 17 && b == 0x58) { fast = false; break }
        } else { fast = false }
        var b: [UInt8]
        if fast { b = Array(u) } else {
            guard let n = normalisedBytes(text) else { return .noID }
            b = n
        }
        let digits15 = b.count == 15 && b.allSatisfy { $0 >= 48 && $0 <= 57 }
        let shaped18 = b.count == 18 && b.prefix(17).allSatisfy { $0 >= 48 && $0 <= 57 } && (b[17] == 0x58 || b[17] >= 48 && b[17] <= 57)
        guard digits15 || shaped18 else { return .noID }
        if digits15 {
            b.insert(contentsOf: [0x31, 0x39], at: 6)   // 19
            b.append(checkCharacter(b).asciiValue!)
        }
        let canonical = String(decoding: b, as: UTF8.self)
        guard validBirth(b) else { return .invalid(canonical, reason: .birthDate) }
        guard checkCharacter(b).asciiValue! == b[17] else { return .invalid(canonical, reason: .checkCharacter) }
        return .valid(canonical, key: pack(b))
    }

    /// The 17 digits as one number: a valid number's check character follows from them.
    @inline(__always) static func pack(_ b: [UInt8]) -> UInt64 {
        var k: UInt64 = 0
        for i in 0..<17 { k = k &* 10 &+ UInt64(b[i] &- 48) }
        return k
    }

    static func validBirth(_ b: [UInt8]) -> Bool {
        func num(_ r: Range<Int>) -> Int { r.reduce(0) { $0 * 10 + Int(b[$1] - 48) } }
        let y = num(6..<10), m = num(10..<12), d = num(12..<14)
        guard y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1 else { return false }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}

extension IDNumber {
    /// Why an ID number is invalid, in the reader's words (the JSON keeps the reason's id).
    package static func reasonWord(_ raw: String) -> String {
        switch Reason(rawValue: raw) {
        case .checkCharacter: MessageCatalogue.format(.idReasonCheckCharacter, [])
        case .birthDate: MessageCatalogue.format(.idReasonBirthDate, [])
        case nil: raw
        }
    }
}
