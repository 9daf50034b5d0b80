/// A reader for the protobuf text format, as far as the CEL conformance files use it: nested
/// messages (`name { … }` or `name: { … }`), scalars (numbers, enum names, booleans), and
/// strings in single or double quotes with C escapes (octal bytes form UTF-8), adjacent strings
/// joined. Comments start with `#`.
indirect enum TextProto {
    case message([(String, TextProto)])
    case scalar(String)
    case string(String)

    subscript(_ key: String) -> TextProto? {
        guard case .message(let fields) = self else { return nil }
        return fields.first { $0.0 == key }?.1
    }
    func all(_ key: String) -> [TextProto] {
        guard case .message(let fields) = self else { return [] }
        return fields.filter { $0.0 == key }.map(\.1)
    }
    var keys: [String] { if case .message(let f) = self { return f.map(\.0) }; return [] }
    var text: String? {
        switch self { case .string(let s), .scalar(let s): return s; default: return nil }
    }

    struct ParseError: Error { var message: String; var offset: Int }

    static func parse(_ text: String) throws -> TextProto {
        var p = Parser(bytes: Array(text.utf8))
        return .message(try p.fields(until: nil))
    }

    struct Parser {
        let bytes: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "#") { while i < bytes.count, bytes[i] != 0x0A { i += 1 } }
                else if [0x20, 0x0A, 0x0D, 0x09, UInt8(ascii: ",")].contains(bytes[i]) { i += 1 }
                else { break }
            }
        }

        mutating func fields(until close: UInt8?) throws -> [(String, TextProto)] {
            var out: [(String, TextProto)] = []
            while true {
                skipSpace()
                if i >= bytes.count {
                    if close == nil { return out }
                    throw ParseError(message: "unexpected end", offset: i)
                }
                if let close, bytes[i] == close { i += 1; return out }
                let name = identifier()
                guard !name.isEmpty else { throw ParseError(message: "expected a field name", offset: i) }
                skipSpace()
                if i < bytes.count, bytes[i] == UInt8(ascii: ":") { i += 1; skipSpace() }
                out.append((name, try value()))
            }
        }

        mutating func identifier() -> String {
            let start = i
            while i < bytes.count, bytes[i] == UInt8(ascii: "_") || bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "-")
                || bytes[i] == UInt8(ascii: "+") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) || (bytes[i] | 0x20 >= 0x61 && bytes[i] | 0x20 <= 0x7A) {
                i += 1
            }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }

        mutating func value() throws -> TextProto {
            guard i < bytes.count else { throw ParseError(message: "expected a value", offset: i) }
            switch bytes[i] {
            case UInt8(ascii: "{"): i += 1; return .message(try fields(until: UInt8(ascii: "}")))
            case UInt8(ascii: "<"): i += 1; return .message(try fields(until: UInt8(ascii: ">")))
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                var s: [UInt8] = []
                while i < bytes.count, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                    s += try string()
                    skipSpace()
                }
                return .string(String(decoding: s, as: UTF8.self))
            case UInt8(ascii: "["):
                // A list of values: kept as repeated fields named "".
                i += 1
                var items: [(String, TextProto)] = []
                while true {
                    skipSpace()
                    if i < bytes.count, bytes[i] == UInt8(ascii: "]") { i += 1; return .message(items) }
                    items.append(("", try value()))
                }
            default:
                let v = identifier()
                guard !v.isEmpty else { throw ParseError(message: "expected a value", offset: i) }
                return .scalar(v)
            }
        }

        mutating func string() throws -> [UInt8] {
            let quote = bytes[i]
            i += 1
            var out: [UInt8] = []
            while i < bytes.count, bytes[i] != quote {
                if bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count {
                    i += 1
                    let c = bytes[i]
                    switch c {
                    case UInt8(ascii: "n"): out.append(0x0A); i += 1
                    case UInt8(ascii: "t"): out.append(0x09); i += 1
                    case UInt8(ascii: "r"): out.append(0x0D); i += 1
                    case UInt8(ascii: "a"): out.append(0x07); i += 1
                    case UInt8(ascii: "b"): out.append(0x08); i += 1
                    case UInt8(ascii: "f"): out.append(0x0C); i += 1
                    case UInt8(ascii: "v"): out.append(0x0B); i += 1
                    case UInt8(ascii: "x"):
                        i += 1
                        var v = 0, n = 0
                        while n < 2, i < bytes.count, let d = hex(bytes[i]) { v = v * 16 + d; i += 1; n += 1 }
                        out.append(UInt8(v))
                    case UInt8(ascii: "u"), UInt8(ascii: "U"):
                        let len = c == UInt8(ascii: "u") ? 4 : 8
                        i += 1
                        var v: UInt32 = 0
                        for _ in 0..<len where i < bytes.count { v = v * 16 + UInt32(hex(bytes[i]) ?? 0); i += 1 }
                        out += Array(String(Unicode.Scalar(v) ?? "?").utf8)
                    case UInt8(ascii: "0")...UInt8(ascii: "7"):
                        var v = 0, n = 0
                        while n < 3, i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "7") { v = v * 8 + Int(bytes[i] - 0x30); i += 1; n += 1 }
                        out.append(UInt8(v & 0xFF))
                    default: out.append(c); i += 1
                    }
                } else {
                    out.append(bytes[i]); i += 1
                }
            }
            guard i < bytes.count else { throw ParseError(message: "unclosed string", offset: i) }
            i += 1
            return out
        }

        func hex(_ b: UInt8) -> Int? {
            switch b {
            case 0x30...0x39: return Int(b - 0x30)
            case 0x61...0x66: return Int(b - 0x61 + 10)
            case 0x41...0x46: return Int(b - 0x41 + 10)
            default: return nil
            }
        }
    }
}
