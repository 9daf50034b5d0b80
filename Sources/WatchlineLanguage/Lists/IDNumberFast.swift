import WatchlineSyntax
/// The per-lookup path: an ID number as the national system exports it (18 ASCII characters) is
/// checked and packed without allocating; anything else takes `IDNumber.read`.
extension IDNumber {
    /// The packed key of a valid 18-character ASCII number, or nil (not in that form, or invalid).
    @inline(__always) static func fastKey(_ s: String) -> UInt64? {
        var s = s
        return s.withUTF8 { fastKey(bytes: $0) }
    }

    /// The same on bytes (a CSV field), spaces around it allowed.
    @inline(__always) static func fastKey(bytes raw: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var lo = 0, hi = raw.count
        while lo < hi, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
        while hi > lo, raw[hi - 1] == 0x20 || raw[hi - 1] == 0x09 || raw[hi - 1] == 0x0D { hi -= 1 }
        guard let base = raw.baseAddress else { return nil }
        if hi - lo == 15 { return fifteenKey(UnsafeBufferPointer(start: base + lo, count: 15)) }
        guard hi - lo == 18 else { return nil }
        let b = UnsafeBufferPointer(start: base + lo, count: 18)
        do {
            var key: UInt64 = 0, sum = 0
            for i in 0..<17 {
                let d = b[i] &- 48
                guard d < 10 else { return nil }
                key = key &* 10 &+ UInt64(d)
                sum &+= Int(d) &* weights[i]
            }
            let last = b[17] == 0x78 ? 0x58 : b[17]   // a lower-case x
            guard last == checkChars[sum % 11] else { return nil }
            // Birth date: the slow path says which part is wrong; here only "valid or not".
            let y = Int(key / 10_000_000 % 10_000), m = Int(key / 100_000 % 100), d = Int(key / 1000 % 100)
            guard y >= 1900, y <= 2100, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
            if d > 28 {
                let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
                let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
                guard d <= days else { return nil }
            }
            return key
        }
    }

    /// A 15-digit number (born 19YY): 19 inserted, the check character implied.
    static func fifteenKey(_ b: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var key: UInt64 = 0
        for i in 0..<15 {
            let d = b[i] &- 48
            guard d < 10 else { return nil }
            if i == 6 { key = key &* 100 &+ 19 }
            key = key &* 10 &+ UInt64(d)
        }
        let y = Int(key / 10_000_000 % 10_000), m = Int(key / 100_000 % 100), d = Int(key / 1000 % 100)
        guard m >= 1, m <= 12, d >= 1 else { return nil }
        let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
        guard d <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] else { return nil }
        return key
    }
}
