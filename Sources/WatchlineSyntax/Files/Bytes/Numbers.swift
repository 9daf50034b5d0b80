/// Exact decimal parsing and formatting on bytes, for the record readers and writers.
package enum ScaledParse: Equatable { case value(Int64), overflow, tooPrecise, invalid }

/// "7000", "6999.99", "-0.05", "1e3" → the value × 10^scale, exactly; no `Double` anywhere.
/// Exactness is decided on the value, not on the digits written: `6.99999999e3` is 6999.99999
/// (five decimals) and reads, `1.50000000` reads, `0.0000001` is refused as too precise.
package func parseScaledDecimal(_ b: UnsafeBufferPointer<UInt8>, scale: Int) -> ScaledParse {
    let n = b.count
    var i = 0
    var neg = false
    if i < n, b[i] == 0x2D || b[i] == 0x2B { neg = b[i] == 0x2D; i += 1 }
    var mant: UInt64 = 0
    var digits = 0
    var frac = 0                 // fraction digits held in `mant`
    var droppedInteger = 0       // integer digits beyond what `mant` holds (each ×10)
    var droppedNonZero = false   // a non-zero digit beyond what `mant` holds
    var sawPoint = false
    while i < n {
        let c = b[i]
        if c >= 0x30 && c <= 0x39 {
            digits += 1
            let (m1, o1) = mant.multipliedReportingOverflow(by: 10)
            let (m2, o2) = m1.addingReportingOverflow(UInt64(c - 0x30))
            if o1 || o2 {
                if c != 0x30 { droppedNonZero = true }
                if !sawPoint { droppedInteger += 1 }
            } else {
                mant = m2
                if sawPoint { frac += 1 }
            }
            i += 1
        } else if c == 0x2E, !sawPoint { sawPoint = true; i += 1 }
        else { break }
    }
    guard digits > 0 else { return .invalid }
    var exp = 0
    if i < n, b[i] == 0x65 || b[i] == 0x45 {
        i += 1
        var eneg = false
        if i < n, b[i] == 0x2D || b[i] == 0x2B { eneg = b[i] == 0x2D; i += 1 }
        let s = i
        while i < n, b[i] >= 0x30 && b[i] <= 0x39 { exp = min(exp * 10 + Int(b[i] - 0x30), 10_000); i += 1 }
        if i == s { return .invalid }
        if eneg { exp = -exp }
    }
    guard i == n else { return .invalid }
    // value = mant × 10^(exp + droppedInteger - frac); wanted: value × 10^scale
    var shift = scale - frac + exp + droppedInteger
    var v = mant
    while shift > 0, v != 0 {
        let (m, o) = v.multipliedReportingOverflow(by: 10)
        if o { return .overflow }
        v = m; shift -= 1
    }
    var exact = !droppedNonZero
    while shift < 0, v != 0 {
        if v % 10 != 0 { exact = false }
        v /= 10; shift += 1
    }
    let limit = neg ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
    if v > limit { return .overflow }
    // Digits below the sixth decimal place: past what `mant` could hold, or cut off above.
    if !exact { return .tooPrecise }
    if neg { return .value(v == UInt64(Int64.max) + 1 ? Int64.min : -Int64(v)) }
    return .value(Int64(v))
}

/// An optional sign and digits; nil on anything else or overflow.
package func parseInt64(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
    var i = 0
    var neg = false
    if i < b.count, b[i] == 0x2D || b[i] == 0x2B { neg = b[i] == 0x2D; i += 1 }
    guard i < b.count else { return nil }
    var v: Int64 = 0
    while i < b.count {
        let c = b[i]
        guard c >= 0x30 && c <= 0x39 else { return nil }
        let (m, o1) = v.multipliedReportingOverflow(by: 10)
        let (a, o2) = neg ? m.subtractingReportingOverflow(Int64(c - 0x30)) : m.addingReportingOverflow(Int64(c - 0x30))
        if o1 || o2 { return nil }
        v = a
        i += 1
    }
    return v
}

/// Shortest exact text of a scaled value: "7000", "6999.99", "0.3", "-0.05".
package func appendScaledDecimal(_ v: Int64, scale: Int, to out: inout [UInt8]) {
    var unit: UInt64 = 1
    for _ in 0..<scale { unit *= 10 }
    if v < 0 { out.append(0x2D) }
    let mag = v.magnitude
    appendUInt(mag / unit, to: &out)
    var frac = mag % unit
    guard frac != 0 else { return }
    var digits = scale
    while frac % 10 == 0 { frac /= 10; digits -= 1 }
    out.append(0x2E)
    var buf = [UInt8](repeating: 0x30, count: digits)
    var k = digits - 1
    while frac > 0 { buf[k] = UInt8(frac % 10) + 0x30; frac /= 10; k -= 1 }
    out.append(contentsOf: buf)
}

@inline(__always) func appendUInt(_ v: UInt64, to out: inout [UInt8]) {
    if v < 10 { out.append(UInt8(v) + 0x30); return }
    var tmp: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
              UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    var x = v
    withUnsafeMutableBytes(of: &tmp) { p in
        while x > 0 { p[n] = UInt8(x % 10) + 0x30; x /= 10; n += 1 }
        for k in stride(from: n - 1, through: 0, by: -1) { out.append(p[k]) }
    }
}

/// A JSON string literal.
package func appendJSONString(_ s: String, to out: inout [UInt8]) {
    out.append(0x22)
    for c in s.utf8 {
        switch c {
        case 0x22: out.append(0x5C); out.append(0x22)
        case 0x5C: out.append(0x5C); out.append(0x5C)
        case 0x0A: out.append(0x5C); out.append(0x6E)
        case 0x0D: out.append(0x5C); out.append(0x72)
        case 0x09: out.append(0x5C); out.append(0x74)
        case 0..<0x20:
            let hex: [UInt8] = Array("0123456789abcdef".utf8)
            out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
        default: out.append(c)
        }
    }
    out.append(0x22)
}

/// A CSV cell, quoted when it holds a comma, quote, newline, or leading/trailing spaces.
///
/// A text cell (`text: true`: ids, names, labels, lists — every cell but a number) that starts
/// with `=`, `+`, `-`, `@`, a tab or a CR is written with a leading `'`, as OWASP recommends
/// against CSV formula injection, so a spreadsheet never runs it as a formula. Control
/// characters other than tab, LF and CR (ESC, BEL, …) are written as `\x1B`-style escapes, so
/// a CSV shown on a terminal cannot drive it.
package func appendCSVField(_ s: String, text: Bool = true, to out: inout [UInt8]) {
    let u = s.utf8
    let formula = text && startsLikeAFormula(u.first)
    // One pass: does the cell need quotes, does it hold a control character (C0 but tab, LF,
    // CR; DEL; C1, which is 0xC2 0x80–0x9F in UTF-8)?
    var quote = u.first == 0x20 || u.last == 0x20
    var control = false
    var afterC2 = false
    for c in u {
        if c < 0x30 {
            if c == 0x2C || c == 0x22 || c == 0x0A || c == 0x0D { quote = true }
            else if c < 0x20 && c != 0x09 { control = true }
        } else if c == 0x7F || (afterC2 && c < 0xA0 && c >= 0x80) { control = true }
        afterC2 = c == 0xC2
    }
    let cell = control ? terminalSafe(s, keep: ["\t", "\n", "\r"]) : s
    let v = cell.utf8
    let needs = control ? (v.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D } || v.first == 0x20 || v.last == 0x20) : quote
    guard needs else {
        if formula { out.append(UInt8(ascii: "'")) }
        out.append(contentsOf: v); return
    }
    out.append(0x22)
    if formula { out.append(UInt8(ascii: "'")) }
    for c in v { if c == 0x22 { out.append(0x22) }; out.append(c) }
    out.append(0x22)
}

/// `=`, `+`, `-`, `@`, tab, CR: a spreadsheet may read a cell that starts so as a formula.
@inline(__always) package func startsLikeAFormula(_ b: UInt8?) -> Bool {
    guard let b else { return false }
    return b == 0x3D || b == 0x2B || b == 0x2D || b == 0x40 || b == 0x09 || b == 0x0D
}

@inline(__always) package func isEscapedControlByte(_ b: UInt8) -> Bool {
    (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) || b == 0x7F
}

@inline(__always) func isC1Control(_ c: Unicode.Scalar) -> Bool { (0x80...0x9F).contains(c.value) }

/// Text safe to print on a terminal: every control character (C0, DEL, C1) except those in
/// `keep` becomes a visible escape, `\x1B` or `\u{85}`, so an id holding ESC or BEL cannot move
/// the cursor, change colours or ring the bell. Used for table output and CSV cells.
package func terminalSafe(_ s: String, keep: Set<Unicode.Scalar> = []) -> String {
    guard s.unicodeScalars.contains(where: { ($0.value < 0x20 || $0.value == 0x7F || isC1Control($0)) && !keep.contains($0) }) else { return s }
    var out = String.UnicodeScalarView()
    for c in s.unicodeScalars {
        if (c.value < 0x20 || c.value == 0x7F || isC1Control(c)) && !keep.contains(c) {
            let hex = String(c.value, radix: 16, uppercase: true)
            let escaped = c.value <= 0x7F ? "\\x" + (hex.count == 1 ? "0" + hex : hex) : "\\u{" + hex + "}"
            out.append(contentsOf: escaped.unicodeScalars)
        } else {
            out.append(c)
        }
    }
    return String(out)
}
