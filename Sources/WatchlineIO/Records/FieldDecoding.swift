import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// Turns one raw input value (text from CSV, or a JSON scalar) into a typed `Value` for a schema
/// field. Shared by the JSON and CSV readers so both accept exactly the same spellings. A class:
/// a method called on a struct held by another class retained each of its arrays first, for
/// every cell.
final class FieldDecoding {
    let schema: Schema
    /// What decoding needs of a field, as plain values: reading a record then copies no strings
    /// or arrays (a `Schema.Field` holds both, and copying one costs reference counting).
    struct Plan: Sendable {
        var type: Schema.FieldType
        var min: Int64?
        var max: Int64?
        var id: Int
        /// A rule (or a population check, a timeline, an output) reads the field: a value that
        /// cannot be read is the household's error; otherwise it is a warning and left out.
        var read = true
    }
    let households: [Plan]
    let members: [Plan]
    /// Enum spellings as bytes, so a value is matched without building a `String`.
    let enumSpellings: [[(bytes: [UInt8], ordinal: Int16)]]
    /// The clerk forms read (thousands separators, full-width digits, other date spellings), per field.
    /// (A decoder on another thread gets its own, handed back in input order: `FormNotes.absorb`.)
    let notes: FormNotes

    /// `fieldsRead`: the fields read, household slots then member slots after them (nil: all).
    init(schema: Schema, fieldsRead: Set<Int>? = nil) {
        self.schema = schema
        notes = FormNotes()
        let h = schema.households.count
        households = schema.households.enumerated().map { Plan(type: $1.type, min: $1.min, max: $1.max, id: $0, read: fieldsRead?.contains($0) ?? true) }
        members = schema.members.enumerated().map { Plan(type: $1.type, min: $1.min, max: $1.max, id: h + $0, read: fieldsRead?.contains(h + $0) ?? true) }
        enumSpellings = schema.enums.map { e in
            var out: [([UInt8], Int16)] = []
            for (o, v) in e.values.enumerated() { out.append((Array(v.utf8), Int16(o))) }
            for (o, sp) in e.spellings.enumerated() { for x in sp { out.append((Array(x.utf8), Int16(o))) } }
            return out.map { (bytes: $0.0, ordinal: $0.1) }
        }
    }

    /// The same tables with notes of their own (for a decoder on another thread).
    init(_ other: FieldDecoding, notes: FormNotes) {
        schema = other.schema; households = other.households; members = other.members
        enumSpellings = other.enumSpellings; self.notes = notes
    }

    func field(_ plan: Plan) -> Schema.Field {
        plan.id < schema.households.count ? schema.households[plan.id] : schema.members[plan.id - schema.households.count]
    }

    /// The name messages give the field when it was written `written` (a header, a JSON key).
    func name(_ plan: Plan, written: String) -> String {
        let f = field(plan)
        return clerkName(written: written, path: f.path, label: f.label)
    }

    func ordinal(_ bytes: UnsafeBufferPointer<UInt8>, enum e: Int16) -> Int16? {
        for s in enumSpellings[Int(e)] where s.bytes.count == bytes.count {
            if s.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return s.ordinal }
        }
        return nil
    }

    enum Raw {
        case text(UnsafeBufferPointer<UInt8>)
        case number(UnsafeBufferPointer<UInt8>)
        case bool(Bool)
        case null
        /// An object or array where a single value belongs.
        case structured
    }

    /// Text that had to be unescaped first (JSON strings with `\` escapes).
    func decode(text: String, _ field: Plan, name: () -> String, error: inout String?) -> Value {
        var copy = text
        return copy.withUTF8 { decode(.text($0), field, name: name, error: &error) }
    }

    /// nil with `error` set when the value does not fit the field; `name` names the field as the
    /// clerk wrote it (called only for a message). A value the strict reading refuses is tried
    /// once more in the forms clerks type (`ClerkForms`), and noted.
    func decode(_ raw: Raw, _ field: Plan, name: () -> String, error: inout String?) -> Value {
        let v = decodeStrict(raw, field, name: name, error: &error)
        guard error != nil, case .text(let bytes) = raw else { return v }
        let text = String(decoding: bytes, as: UTF8.self)
        let normalised: (String, Set<ClerkForms.Change>)?
        switch field.type {
        case .int, .money, .number: normalised = ClerkForms.number(text)
        case .date: normalised = ClerkForms.date(text)
        case .bool, .enumeration: normalised = ClerkForms.halfWidth(text).1.isEmpty ? nil : ClerkForms.halfWidth(text)
        default: normalised = nil
        }
        guard let (clean, changes) = normalised else { return v }
        var again: String?
        var copy = clean
        let w = copy.withUTF8 { decodeStrict(.text($0), field, name: name, error: &again) }
        guard again == nil else { return v }
        notes.note(field: field.id, changes, example: text)
        error = nil
        return w
    }

    /// The column's name for messages: its label and path (`人均纯收入 (income.net_per_capita)`).
    func columnName(_ fieldID: Int) -> String {
        let f = fieldID < schema.households.count ? schema.households[fieldID] : schema.members[fieldID - schema.households.count]
        return f.label.map { "\($0) (\(f.path))" } ?? f.path
    }

    func decodeStrict(_ raw: Raw, _ field: Plan, name: () -> String, error: inout String?) -> Value {
        let fieldID = field.id
        switch raw {
        case .null: return .unknown(FieldMask(field: fieldID))
        case .structured:
            error = wrongType(field, name, MessageCatalogue.format(.recordKindStructured, []))
            return .null
        case .bool(let b):
            if field.type == .bool { return .bool(b) }
            error = wrongType(field, name, quoted(b ? "true" : "false"))
            return .null
        case .number(let bytes), .text(let bytes):
            let isText: Bool = { if case .text = raw { return true }; return false }()
            if isText && bytes.isEmpty {
                // An export writes an empty cell when a household has none of a list's values.
                if case .enumList = field.type { return .list(ListBox([])) }
                return .unknown(FieldMask(field: fieldID))
            }
            switch field.type {
            case .string:
                let s = String(decoding: bytes, as: UTF8.self)
                // An 18-digit ID number that Excel stored as a number comes out as 3.40604E+17:
                // its digits are gone, and no match on it can be right.
                // (No E in the bytes, no scientific notation: most text is passed over unread.)
                if isText, bytes.count >= 5, bytes.contains(where: { $0 == UInt8(ascii: "E") || $0 == UInt8(ascii: "e") }), Self.isScientific(s) {
                    error = MessageCatalogue.format(.recordScientificID, [name(), s])
                    return .null
                }
                return .string(s)
            case .int:
                if let v = parseInt64(bytes) { return bounded(.int(v), v, field, name, &error) }
                error = wrongType(field, name, quoted(String(decoding: bytes, as: UTF8.self)))
            case .money, .number:
                switch parseScaledDecimal(bytes, scale: Fixed.scale) {
                case .value(let v): return bounded(.dec(v), v, field, name, &error)
                case .overflow: error = MessageCatalogue.format(.recordOutOfRange, [name(), String(decoding: bytes, as: UTF8.self)])
                case .tooPrecise: error = MessageCatalogue.format(.recordTooPrecise, [name(), String(decoding: bytes, as: UTF8.self), String(Fixed.scale)])
                case .invalid: error = wrongType(field, name, quoted(String(decoding: bytes, as: UTF8.self)))
                }
            case .date:
                if isText, let d = CivilDate(isoBytes: bytes) { return .date(d) }
                error = MessageCatalogue.format(.recordBadDate, [name(), String(decoding: bytes, as: UTF8.self)])
            case .bool:
                if isText, let b = Self.boolSpelling(bytes) { return .bool(b) }
                error = wrongType(field, name, quoted(String(decoding: bytes, as: UTF8.self)))
            case .enumeration(let e):
                if bytes.count > 0, let o = ordinal(bytes, enum: e) { return .enumValue(EnumRef(type: e, ordinal: o)) }
                let text = String(decoding: bytes, as: UTF8.self).trimmingSpaces
                if let o = schema.enums[Int(e)].ordinal(of: text) { return .enumValue(EnumRef(type: e, ordinal: Int16(o))) }
                error = MessageCatalogue.format(.recordBadEnum, [name(), text, choices(e)])
            case .enumList(let e):
                // In CSV a list is written `a|b`.
                let text = String(decoding: bytes, as: UTF8.self)
                var items: [Value] = []
                for part in text.split(separator: "|") where !part.isEmpty {
                    let p = String(part).trimmingSpaces
                    guard let o = schema.enums[Int(e)].ordinal(of: p) else {
                        error = MessageCatalogue.format(.recordBadEnum, [name(), p, choices(e)])
                        return .null
                    }
                    items.append(.enumValue(EnumRef(type: e, ordinal: Int16(o))))
                }
                return .list(ListBox(items))
            }
            return .null
        }
    }

    func bounded(_ v: Value, _ raw: Int64, _ field: Plan, _ name: () -> String, _ error: inout String?) -> Value {
        if let lo = field.min, raw < lo {
            error = MessageCatalogue.format(.recordBelowMin, [name(), displayText(v), field.type.isDecimal ? Fixed.format(lo) : String(lo)])
        }
        if let hi = field.max, raw > hi {
            error = MessageCatalogue.format(.recordAboveMax, [name(), displayText(v), field.type.isDecimal ? Fixed.format(hi) : String(hi)])
        }
        return v
    }

    func wrongType(_ field: Plan, _ name: () -> String, _ found: String) -> String {
        MessageCatalogue.format(.recordWrongType, [name(), Self.kind(field.type), found])
    }

    func quoted(_ text: String) -> String { MessageCatalogue.format(.exprTokenQuoted, [text]) }

    /// What a cell of this type holds, in the clerk's words.
    static func kind(_ type: Schema.FieldType) -> String {
        switch type {
        case .string: return MessageCatalogue.format(.recordKindText, [])
        case .bool: return MessageCatalogue.format(.recordKindBool, [])
        case .int: return MessageCatalogue.format(.recordKindInt, [])
        case .money: return MessageCatalogue.format(.recordKindMoney, [])
        case .number: return MessageCatalogue.format(.recordKindNumber, [])
        case .date: return MessageCatalogue.format(.recordKindDate, [])
        case .enumeration: return MessageCatalogue.format(.recordKindChoice, [])
        case .enumList: return MessageCatalogue.format(.recordKindChoices, [])
        }
    }

    /// The values an enum field accepts: the value ids, or in Chinese their labels (what a clerk types).
    func choices(_ e: Int16) -> String {
        let t = schema.enums[Int(e)]
        guard MessageCatalogue.useChinese else { return t.values.joined(separator: ", ") }
        return t.values.indices.map { t.label($0) }.joined(separator: "、")
    }

    /// `3.40604E+17`, `1.2e+17`: a long number Excel wrote in scientific notation.
    static func isScientific(_ s: String) -> Bool {
        guard let e = s.firstIndex(where: { $0 == "E" || $0 == "e" }), s.count >= 5 else { return false }
        let mantissa = s[..<e], exponent = s[s.index(after: e)...]
        return mantissa.first?.isNumber == true && mantissa.allSatisfy({ $0.isNumber || $0 == "." }) && mantissa.contains(".")
            && (exponent.hasPrefix("+") || exponent.hasPrefix("-")) && exponent.dropFirst().allSatisfy(\.isNumber) && exponent.count >= 2
    }

    static func boolSpelling(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        if b.count == 1 {   // the common 1/0 of exports, without building a String
            switch b[0] {
            case UInt8(ascii: "1"), UInt8(ascii: "Y"), UInt8(ascii: "y"): return true
            case UInt8(ascii: "0"), UInt8(ascii: "N"), UInt8(ascii: "n"): return false
            default: return nil
            }
        }
        switch String(decoding: b, as: UTF8.self) {
        case "true", "TRUE", "True", "1", "是", "yes", "Y", "y": return true
        case "false", "FALSE", "False", "0", "否", "no", "N", "n": return false
        default: return nil
        }
    }
}
