import WatchlineSyntax
/// Exact decimal numbers as scaled 64-bit integers: the value times 10⁶.
///
/// Money in the records has at most two decimals and ratios three; six places keep every
/// threshold exact while comparisons and sums stay single machine instructions (Foundation's
/// `Decimal` is ~25× slower). Overflow is checked and becomes an evaluation error; division
/// rounds half to even at the sixth place (documented in docs/LANGUAGE.md).
@usableFromInline package enum Fixed {
    package static let scale = 6
    @usableFromInline package static let one: Int64 = 1_000_000
    /// One fen (0.01 yuan): the step of boundary cases on money.
    package static let cent: Int64 = 10_000

    @inlinable @inline(__always) package static func from(int v: Int64) -> Int64? {
        let (r, o) = v.multipliedReportingOverflow(by: one)
        return o ? nil : r
    }
    @inlinable @inline(__always) package static func add(_ a: Int64, _ b: Int64) -> Int64? {
        let (r, o) = a.addingReportingOverflow(b); return o ? nil : r
    }
    @inlinable @inline(__always) package static func sub(_ a: Int64, _ b: Int64) -> Int64? {
        let (r, o) = a.subtractingReportingOverflow(b); return o ? nil : r
    }
    package static func mul(_ a: Int64, _ b: Int64) -> Int64? {
        let p = Int128(a) * Int128(b)
        return narrow(roundDiv(p, Int128(one)))
    }
    package static func div(_ a: Int64, _ b: Int64) -> Int64? {
        guard b != 0 else { return nil }
        return narrow(roundDiv(Int128(a) * Int128(one), Int128(b)))
    }
    /// Remainder with the sign of the dividend, like CEL's `%` on integers.
    package static func rem(_ a: Int64, _ b: Int64) -> Int64? {
        guard b != 0 else { return nil }
        let (r, o) = a.remainderReportingOverflow(dividingBy: b)
        return o ? nil : r
    }
    /// Rounds half away from zero (四舍五入) to `places` decimal places (0…6); nil when the
    /// result is out of range (rounding 9 223 372 036 854.5 up).
    package static func round(_ a: Int64, places: Int) -> Int64? {
        var unit: Int128 = 1
        for _ in 0..<max(0, scale - places) { unit *= 10 }
        let m = a < 0 ? -Int128(a) : Int128(a)
        let q = (m + unit / 2) / unit * unit
        return narrow(a < 0 ? -q : q)
    }
    /// Truncates toward zero, as CEL's int(double) does.
    package static func truncatedInt(_ a: Int64) -> Int64 { a / one }

    private static func narrow(_ v: Int128) -> Int64? {
        v > Int128(Int64.max) || v < Int128(Int64.min) ? nil : Int64(v)
    }
    /// Division rounding half to even.
    private static func roundDiv(_ n: Int128, _ d: Int128) -> Int128 {
        var q = n / d
        let r = n % d
        let twice = (r < 0 ? -r : r) * 2
        let ad = d < 0 ? -d : d
        if twice > ad || (twice == ad && q % 2 != 0) {
            q += ((n < 0) != (d < 0)) ? -1 : 1
        }
        return q
    }

    /// Exact text: `7000`, `6999.99`, `0.3`, `-0.05`.
    package static func format(_ v: Int64) -> String {
        let neg = v < 0
        let mag = v.magnitude
        let whole = mag / UInt64(one)
        var frac = mag % UInt64(one)
        var s = neg ? "-" : ""
        s += String(whole)
        if frac != 0 {
            var digits = 6
            while frac % 10 == 0 { frac /= 10; digits -= 1 }
            let f = String(frac)
            s += "." + String(repeating: "0", count: digits - f.count) + f
        }
        return s
    }

    package enum ParseResult: Equatable { case value(Int64), overflow, tooPrecise, invalid }

    /// Parses decimal text (`-12.5`, `7000`, `1e3`, `2.0e-3`) exactly; no binary floating point.
    package static func parse(_ text: some StringProtocol) -> ParseResult {
        var mantissa: Int128 = 0
        var exp = 0
        var sawDigit = false
        var neg = false
        var it = Array(text.utf8)[...]
        if let f = it.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { neg = f == UInt8(ascii: "-"); it = it.dropFirst() }
        var afterPoint = false
        while let c = it.first {
            if c >= 48 && c <= 57 {
                sawDigit = true
                if mantissa < Int128(Int64.max) * 1000 { mantissa = mantissa * 10 + Int128(c - 48); if afterPoint { exp -= 1 } }
                else if !afterPoint { return .overflow }
                else if c != 48 { return .tooPrecise }
                it = it.dropFirst()
            } else if c == UInt8(ascii: "."), !afterPoint {
                afterPoint = true; it = it.dropFirst()
            } else { break }
        }
        guard sawDigit else { return .invalid }
        if let c = it.first, c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            it = it.dropFirst()
            var eneg = false
            if let s = it.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { eneg = s == UInt8(ascii: "-"); it = it.dropFirst() }
            var e = 0
            var any = false
            while let d = it.first, d >= 48 && d <= 57 { e = min(e * 10 + Int(d - 48), 10_000); any = true; it = it.dropFirst() }
            guard any else { return .invalid }
            exp += eneg ? -e : e
        }
        guard it.isEmpty else { return .invalid }
        // value = mantissa × 10^exp, wanted: value × 10^6
        var shift = exp + scale
        while shift < 0 {
            if mantissa % 10 != 0 { return .tooPrecise }
            mantissa /= 10; shift += 1
        }
        while shift > 0 {
            mantissa *= 10; shift -= 1
            if mantissa > Int128(Int64.max) { return mantissa == 0 ? .value(0) : .overflow }
        }
        if neg { mantissa = -mantissa }
        guard mantissa <= Int128(Int64.max), mantissa >= Int128(Int64.min) else { return .overflow }
        return .value(Int64(mantissa))
    }
}
