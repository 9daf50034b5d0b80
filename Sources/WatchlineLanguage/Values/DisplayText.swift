import WatchlineSyntax
/// How a value prints in `eval`, explain text and CSV cells.
package func displayText(_ v: Value) -> String {
    var out = ""
    _ = appendDisplayText(v, to: &out, limit: .max)
    return out
}

/// Appends `displayText(v)`; stops early, returning false, once the text passes `limit` bytes
/// (so `string(list)` of a huge list is refused without being built).
func appendDisplayText(_ v: Value, to out: inout String, limit: Int) -> Bool {
    switch v {
    case .list(let l):
        out += "["
        for (i, x) in l.items.enumerated() {
            if i > 0 { out += ", " }
            guard appendQuotedText(x, to: &out, limit: limit) else { return false }
        }
        out += "]"
    case .map(let m):
        out += "{"
        for (i, (k, x)) in zip(m.keys, m.values).enumerated() {
            if i > 0 { out += ", " }
            guard appendQuotedText(k, to: &out, limit: limit) else { return false }
            out += ": "
            guard appendQuotedText(x, to: &out, limit: limit) else { return false }
        }
        out += "}"
    default:
        out += scalarText(v)
    }
    return out.utf8.count <= limit
}

func appendQuotedText(_ v: Value, to out: inout String, limit: Int) -> Bool {
    if case .string(let s) = v { out += "\"" + s + "\""; return out.utf8.count <= limit }
    return appendDisplayText(v, to: &out, limit: limit)
}

private func scalarText(_ v: Value) -> String {
    switch v {
    case .unknown: return "unknown"
    case .error(let e): return "error: \(e.message)"
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .dec(let d): return Fixed.format(d)
    case .double(let x): return x == x.rounded() && abs(x) < 1e21 ? String(format: "%.0f", x) : "\(x)"
    case .date(let d): return d.iso
    case .duration(let n, let w): return w ? "\(n) workdays" : "\(n) days"
    case .string(let s): return s
    case .enumValue(let r): return "enum(\(r.type):\(r.ordinal))"
    case .member(let i): return "member #\(i + 1)"
    case .list, .map: return displayText(v)
    }
}

func quotedText(_ v: Value) -> String {
    if case .string(let s) = v { return "\"" + s + "\"" }
    return displayText(v)
}
