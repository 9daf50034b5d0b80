/// Turns one raw input value (text from CSV, or a JSON scalar) into a typed `Value` for a schema
/// field. Shared by the JSON and CSV readers so both accept exactly the same spellings.
struct FieldDecoding {
    let schema: Schema

    enum Raw {
        case text(UnsafeBufferPointer<UInt8>)
        case number(UnsafeBufferPointer<UInt8>)
        case bool(Bool)
        case null
        /// An object or array where a single value belongs.
        case structured
    }

    /// Text that had to be unescaped first (JSON strings with `\` escapes).
    func decode(text: String, _ field: Schema.Field, fieldID: Int, error: inout String?) -> Value {
        var copy = text
        return copy.withUTF8 { decode(.text($0), field, fieldID: fieldID, error: &error) }
    }

    /// nil with `error` set when the value does not fit the field.
    func decode(_ raw: Raw, _ field: Schema.Field, fieldID: Int, error: inout String?) -> Value {
        switch raw {
        case .null: return .unknown(FieldMask(field: fieldID))
        case .structured:
            error = wrongType(field, "a list or object")
            return .null
        case .bool(let b):
            if field.type == .bool { return .bool(b) }
            error = wrongType(field, b ? "true" : "false")
            return .null
        case .number(let bytes), .text(let bytes):
            let isText: Bool = { if case .text = raw { return true }; return false }()
            if isText && bytes.isEmpty { return .unknown(FieldMask(field: fieldID)) }
            switch field.type {
            case .string:
                return .string(String(decoding: bytes, as: UTF8.self))
            case .int:
                if let v = parseInt64(bytes) { return bounded(.int(v), v, field, &error) }
                error = wrongType(field, String(decoding: bytes, as: UTF8.self))
            case .money, .number:
                switch parseScaledDecimal(bytes, scale: Fixed.scale) {
                case .value(let v): return bounded(.dec(v), v, field, &error)
                case .overflow: error = "field '\(field.path)': \(String(decoding: bytes, as: UTF8.self)) is out of range"
                case .tooPrecise: error = "field '\(field.path)': \(String(decoding: bytes, as: UTF8.self)) has more than \(Fixed.scale) decimal places"
                case .invalid: error = wrongType(field, String(decoding: bytes, as: UTF8.self))
                }
            case .date:
                if isText, let d = CivilDate(isoBytes: bytes) { return .date(d) }
                error = "field '\(field.path)': '\(String(decoding: bytes, as: UTF8.self))' is not a date (YYYY-MM-DD)"
            case .bool:
                if isText, let b = Self.boolSpelling(bytes) { return .bool(b) }
                error = wrongType(field, String(decoding: bytes, as: UTF8.self))
            case .enumeration(let e):
                let text = String(decoding: bytes, as: UTF8.self)
                if let o = schema.enums[Int(e)].ordinal(of: text) { return .enumValue(EnumRef(type: e, ordinal: Int16(o))) }
                error = MessageCatalogue.format(.recordBadEnum, [field.path, text, schema.enums[Int(e)].values.joined(separator: ", ")])
            case .enumList(let e):
                // In CSV a list is written `a|b`.
                let text = String(decoding: bytes, as: UTF8.self)
                var items: [Value] = []
                for part in text.split(separator: "|") where !part.isEmpty {
                    let p = String(part).trimmingSpaces
                    guard let o = schema.enums[Int(e)].ordinal(of: p) else {
                        error = MessageCatalogue.format(.recordBadEnum, [field.path, p, schema.enums[Int(e)].values.joined(separator: ", ")])
                        return .null
                    }
                    items.append(.enumValue(EnumRef(type: e, ordinal: Int16(o))))
                }
                return .list(ListBox(items))
            }
            return .null
        }
    }

    func bounded(_ v: Value, _ raw: Int64, _ field: Schema.Field, _ error: inout String?) -> Value {
        if let lo = field.min, raw < lo { error = "field '\(field.path)': \(displayText(v)) is below its minimum \(field.type.isDecimal ? Fixed.format(lo) : String(lo))" }
        if let hi = field.max, raw > hi { error = "field '\(field.path)': \(displayText(v)) is above its maximum \(field.type.isDecimal ? Fixed.format(hi) : String(hi))" }
        return v
    }

    func wrongType(_ field: Schema.Field, _ found: String) -> String {
        MessageCatalogue.format(.recordWrongType, [field.path, field.type.name, "'\(found)'"])
    }

    static func boolSpelling(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        switch String(decoding: b, as: UTF8.self) {
        case "true", "TRUE", "True", "1", "是", "yes", "Y", "y": return true
        case "false", "FALSE", "False", "0", "否", "no", "N", "n": return false
        default: return nil
        }
    }
}
