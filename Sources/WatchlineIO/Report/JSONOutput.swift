import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Values as JSON, for `run --format jsonl`, `eval --json` and traces.
struct JSONOutput {
    let ruleset: CompiledRuleset?

    func append(_ v: Value, to out: inout [UInt8]) {
        switch v {
        case .unknown, .null: out.append(contentsOf: Array("null".utf8))
        case .error(let e): appendJSONString("error: " + e.message, to: &out)
        case .bool(let b): out.append(contentsOf: Array((b ? "true" : "false").utf8))
        case .int(let i): out.append(contentsOf: Array(String(i).utf8))
        case .dec(let d): appendScaledDecimal(d, scale: Fixed.scale, to: &out)
        case .double: out.append(contentsOf: Array(displayText(v).utf8))
        case .date(let d): appendJSONString(d.iso, to: &out)
        case .duration: appendJSONString(displayText(v), to: &out)
        case .string(let s): appendJSONString(s, to: &out)
        case .enumValue: appendJSONString(ruleset?.text(v) ?? displayText(v), to: &out)
        case .member(let i): out.append(contentsOf: Array(String(i).utf8))
        case .list(let l):
            out.append(UInt8(ascii: "["))
            for (i, item) in l.items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                append(item, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .map(let m):
            out.append(UInt8(ascii: "{"))
            for (i, (k, val)) in zip(m.keys, m.values).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                appendJSONString(ruleset?.text(k) ?? displayText(k), to: &out)
                out.append(UInt8(ascii: ":"))
                append(val, to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    func string(_ v: Value) -> String {
        var out: [UInt8] = []
        append(v, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}

package func appendJSONStringArray(_ items: [String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "["))
    for (i, s) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        appendJSONString(s, to: &out)
    }
    out.append(UInt8(ascii: "]"))
}

@inline(__always) package func appendASCII(_ s: StaticString, to out: inout [UInt8]) {
    s.withUTF8Buffer { out.append(contentsOf: $0) }
}
