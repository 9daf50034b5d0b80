import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// How `eval` prints a value (cli.md): plain text, or JSON.
public enum ValueText {
    package static func plain(_ v: Value, _ r: CompiledRuleset) -> String {
        switch v {
        case .list, .map: return JSONOutput(ruleset: r).string(v)
        case .unknown(let m): return "unknown (missing: " + m.fields.map(r.checked.context.fieldPath(forID:)).joined(separator: ", ") + ")"
        default: return r.text(v)
        }
    }
    package static func json(_ v: Value, _ r: CompiledRuleset) -> String {
        if case .error(let e) = v { return jsonError(e.message, r) }
        return JSONOutput(ruleset: r).string(v)
    }
    package static func jsonError(_ message: String, _ r: CompiledRuleset?) -> String {
        var out: [UInt8] = Array("{\"error\":".utf8)
        appendJSONString(message, to: &out)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}
