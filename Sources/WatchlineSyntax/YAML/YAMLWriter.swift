import CYAML

/// Writing YAML goes through libyaml's emitter so quoting is always right.
package enum YAMLWriter {
    /// Emits a node tree: block style, UTF-8 unescaped, indentation 2, no line folding.
    ///
    /// Scalars keep their style where libyaml allows it. A plain scalar whose text another YAML
    /// reader would take for something other than that text (`no`, `~`, `""`, `01234`, `0x1F`,
    /// `1e5`, `.inf`, `<<`) is emitted with `plain_implicit` unset, so libyaml quotes it; libyaml's
    /// own analysis quotes whatever the syntax requires (`a: b`, `- x`, `#`, leading spaces).
    /// Canonical numbers (`7000`, `-0.35`) and dates stay plain. Multi-line plain text is written
    /// as a literal block. Aliases have been expanded by the reader; anchors are not written.
    package static func emit(_ node: YAMLNode) -> String {
        if case .null = node.kind { return "" }
        let sink = Sink()
        let emitter = UnsafeMutablePointer<yaml_emitter_t>.allocate(capacity: 1)
        defer { emitter.deallocate() }
        guard yaml_emitter_initialize(emitter) != 0 else { return "" }
        defer { yaml_emitter_delete(emitter) }
        yaml_emitter_set_unicode(emitter, 1)
        yaml_emitter_set_indent(emitter, 2)
        yaml_emitter_set_width(emitter, -1)
        yaml_emitter_set_break(emitter, YAML_LN_BREAK)
        withExtendedLifetime(sink) {
            yaml_emitter_set_output(emitter, { data, buffer, size in
                guard let data, let buffer else { return 0 }
                let sink = Unmanaged<Sink>.fromOpaque(data).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
                return 1
            }, Unmanaged.passUnretained(sink).toOpaque())

            var ok = true
            /// Initializes an event and hands it to the emitter (which takes it over).
            func send(_ initialize: (UnsafeMutablePointer<yaml_event_t>) -> Int32) {
                guard ok else { return }
                var event = yaml_event_t()
                ok = initialize(&event) != 0 && yaml_emitter_emit(emitter, &event) != 0
            }
            send { yaml_stream_start_event_initialize($0, YAML_UTF8_ENCODING) }
            send { yaml_document_start_event_initialize($0, nil, nil, nil, 1) }
            emitNode(node, send: send)
            send { yaml_document_end_event_initialize($0, 1) }
            send { yaml_stream_end_event_initialize($0) }
            if ok { yaml_emitter_flush(emitter) }
            assert(ok, "libyaml emitter: \(emitter.pointee.problem.map { String(cString: $0) } ?? "failed")")
        }
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }

    private typealias Send = ((UnsafeMutablePointer<yaml_event_t>) -> Int32) -> Void

    private static func emitNode(_ node: YAMLNode, send: Send) {
        let tag = node.tag.flatMap { $0.isEmpty ? nil : $0 }
        switch node.kind {
        case .null:
            withOptionalCString(tag) { tagPtr in
                send { yaml_scalar_event_initialize($0, nil, tagPtr, "", 0,
                                                    tagPtr == nil ? 1 : 0, tagPtr == nil ? 1 : 0, YAML_PLAIN_SCALAR_STYLE) }
            }
        case .scalar(let text, let style):
            var cStyle: yaml_scalar_style_t
            switch style {
            case .plain: cStyle = text.contains("\n") ? YAML_LITERAL_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE
            case .singleQuoted: cStyle = YAML_SINGLE_QUOTED_SCALAR_STYLE
            case .doubleQuoted: cStyle = YAML_DOUBLE_QUOTED_SCALAR_STYLE
            case .literal: cStyle = YAML_LITERAL_SCALAR_STYLE
            case .folded: cStyle = YAML_FOLDED_SCALAR_STYLE
            }
            // A boolean, null or number built in code carries its core-schema tag; written plain
            // and untagged, it reads back as that type.
            let typed = style == .plain && tag.map { resolvesPlain(text, to: $0) } == true
            let tag = typed ? nil : tag
            if typed { cStyle = YAML_PLAIN_SCALAR_STYLE }
            let plainImplicit: Int32 = tag == nil && (typed || !plainChangesMeaning(text)) ? 1 : 0
            let quotedImplicit: Int32 = tag == nil ? 1 : 0
            var utf8 = Array(text.utf8)
            if utf8.isEmpty { utf8 = [0] }   // a valid pointer; the length says 0
            withOptionalCString(tag) { tagPtr in
                utf8.withUnsafeBufferPointer { value in
                    send { yaml_scalar_event_initialize($0, nil, tagPtr, value.baseAddress, Int32(text.utf8.count),
                                                        plainImplicit, quotedImplicit, cStyle) }
                }
            }
        case .sequence(let items):
            withOptionalCString(tag) { tagPtr in
                send { yaml_sequence_start_event_initialize($0, nil, tagPtr, tagPtr == nil ? 1 : 0, YAML_BLOCK_SEQUENCE_STYLE) }
            }
            for item in items { emitNode(item, send: send) }
            send { yaml_sequence_end_event_initialize($0) }
        case .mapping(let pairs):
            withOptionalCString(tag) { tagPtr in
                send { yaml_mapping_start_event_initialize($0, nil, tagPtr, tagPtr == nil ? 1 : 0, YAML_BLOCK_MAPPING_STYLE) }
            }
            for pair in pairs {
                emitNode(pair.key, send: send)
                emitNode(pair.value, send: send)
            }
            send { yaml_mapping_end_event_initialize($0) }
        }
    }

    private static func withOptionalCString(_ s: String?, _ body: (UnsafePointer<yaml_char_t>?) -> Void) {
        guard let s else { return body(nil) }
        let bytes = Array(s.utf8) + [0]
        bytes.withUnsafeBufferPointer { body($0.baseAddress) }
    }

    /// Whether a YAML reader that guesses types (YAML 1.1 or the 1.2 core schema) would read this
    /// text, written plain, as something other than the same text: null, a boolean, a number
    /// written other than canonically (`01234`, `0x1F`, `1_000`, `1e5`, `.5`, `1:30`), a special
    /// float, or the merge and value keys. Canonical numbers (`7000`, `-0.35`) and dates are left
    /// plain: they read back as the same text.
    static func plainChangesMeaning(_ text: String) -> Bool {
        switch text {
        case "", "~", "null", "Null", "NULL",
             "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
             "true", "True", "TRUE", "false", "False", "FALSE",
             "on", "On", "ON", "off", "Off", "OFF",
             "<<", "=":
            return true
        default:
            break
        }
        var u = Substring(text)
        if u.first == "-" || u.first == "+" { u = u.dropFirst() }
        switch u {
        case ".inf", ".Inf", ".INF", ".nan", ".NaN", ".NAN": return true
        default: break
        }
        if isCanonicalNumber(text) { return false }
        // Numeric-looking: a digit or '.' (then a digit somewhere) first, then only characters of
        // number syntax (digits, hex letters, base prefixes, '_', '.', ':', an exponent's sign).
        guard let first = u.unicodeScalars.first, first == "." || ("0"..."9").contains(first),
              u.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { return false }
        var previous: Unicode.Scalar = " "
        for c in u.unicodeScalars {
            let ok = ("0"..."9").contains(c) || ("a"..."f").contains(c) || ("A"..."F").contains(c)
                || "xXoO_.:".unicodeScalars.contains(c)
                || ((c == "+" || c == "-") && (previous == "e" || previous == "E"))
            if !ok { return false }
            previous = c
        }
        return true
    }

    package static let boolTag = "tag:yaml.org,2002:bool", nullTag = "tag:yaml.org,2002:null", numberTag = "tag:yaml.org,2002:float"

    /// Whether `text`, written plain, resolves by itself (YAML 1.2 core schema) to `tag`.
    static func resolvesPlain(_ text: String, to tag: String) -> Bool {
        switch tag {
        case boolTag: return text == "true" || text == "false"
        case nullTag: return text == "null" || text == "~"
        case numberTag, "tag:yaml.org,2002:int":
            return text.wholeMatch(of: /[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?/) != nil
        default: return false
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`
    private static func isCanonicalNumber(_ text: String) -> Bool {
        var s = Substring(text).unicodeScalars
        if s.first == "-" { s = s.dropFirst() }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        let intPart = s.prefix(while: isDigit)
        guard !intPart.isEmpty, intPart.count == 1 || intPart.first != "0" else { return false }
        let rest = s.dropFirst(intPart.count)
        if rest.isEmpty { return true }
        guard rest.first == "." else { return false }
        let frac = rest.dropFirst()
        return !frac.isEmpty && frac.allSatisfy(isDigit)
    }
}
