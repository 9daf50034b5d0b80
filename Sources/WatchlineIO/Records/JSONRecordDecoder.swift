import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Decodes one household JSON object (as parsed into a `JSONTape`) into typed record storage.
/// A class, not a struct: the per-key closures of `decodeObject` capture it, and capturing a
/// struct of arrays copies it (a retain per array) for every closure made — for JSON Lines that
/// was most of the reading time.
final class JSONRecordDecoder {
    enum Slot { case field(Int), group(Int), members }
    let schema: Schema
    let decoding: FieldDecoding
    /// Table 0 is the household's top level; groups (`income`, `guarantees`…) get their own.
    var tables: [KeyTable<Slot>] = []
    /// Each table's dotted prefix ("" for the top level, "income", …), for messages.
    var groupPaths: [String] = []
    let memberTable: KeyTable<Int>

    init(schema: Schema, fieldsRead: Set<Int>? = nil) {
        self.schema = schema
        decoding = FieldDecoding(schema: schema, fieldsRead: fieldsRead)
        // Build one table per dotted prefix.
        var prefixes: [String: [(String, Slot)]] = ["": []]
        var groupIndex: [String: Int] = ["": 0]
        var order = [""]
        for (slot, f) in schema.households.enumerated() {
            let parts = f.path.split(separator: ".").map(String.init)
            var prefix = ""
            for (i, part) in parts.enumerated() {
                let isLast = i == parts.count - 1
                if isLast {
                    prefixes[prefix, default: []].append((part, .field(slot)))
                } else {
                    let child = prefix.isEmpty ? part : prefix + "." + part
                    if groupIndex[child] == nil {
                        groupIndex[child] = order.count
                        order.append(child)
                        prefixes[prefix, default: []].append((part, .group(order.count - 1)))
                    }
                    prefix = child
                }
            }
        }
        if !schema.membersIsAField { prefixes[""]!.append(("members", .members)) }
        // A field's aliases name it as a top-level JSON key too, as they name a CSV column
        // (the benchmark's `category` column is the field `input_category`), unless the key is
        // taken by a path.
        for (slot, f) in schema.households.enumerated() {
            for alias in f.aliases where !alias.contains(".") && !(prefixes[""] ?? []).contains(where: { $0.0 == alias }) {
                prefixes[""]!.append((alias, .field(slot)))
            }
        }
        tables = order.map { KeyTable(prefixes[$0] ?? []) }
        groupPaths = order
        memberTable = KeyTable(schema.members.enumerated().map { ($1.path, $0) })
    }

    /// Fills `record` from the object at token 0; returns the problems found.
    func decode(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) -> [String] {
        var unread: [(field: Int, message: String)] = []
        return decode(tape, bytes, into: &record, unread: &unread) + unread.map(\.message)
    }

    /// The same, with the values that could not be read in fields no rule reads in `unread`
    /// instead (left out; not the record's errors).
    func decode(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord,
                unread: inout [(field: Int, message: String)]) -> [String] {
        var errors: [String] = []
        guard tape.tokens.first?.kind == .object else { return [MessageCatalogue.format(.recordNotJSONObject, [])] }
        // One bit per field, group and the member list, and one per member field: a key given
        // twice is the record's error (which value counts would be a guess).
        let words = (schema.households.count + tables.count + 1 + 63) / 64
        let memberWords = (schema.members.count + 63) / 64
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words + memberWords) { seen in
            seen.initialize(repeating: 0)
            decodeObject(tape, bytes, token: 0, table: 0, into: &record, errors: &errors, unread: &unread, seen: seen, memberWords: memberWords)
        }
        return errors
    }

    /// Marks bit `i`; false when it was already set.
    @inline(__always) private func mark(_ seen: UnsafeMutableBufferPointer<UInt64>, _ i: Int) -> Bool {
        let w = i >> 6, bit = UInt64(1) << UInt64(i & 63)
        if seen[w] & bit != 0 { return false }
        seen[w] |= bit
        return true
    }

    private func decodeObject(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, token: Int, table: Int,
                              into record: inout HouseholdRecord, errors: inout [String],
                              unread: inout [(field: Int, message: String)], seen: UnsafeMutableBufferPointer<UInt64>, memberWords: Int) {
        let h = schema.households.count
        tape.forEachMember(of: token) { key, valueToken in
            guard let slot = tables[table].lookup(tape.stringBytes(key, in: bytes)) else { return }
            let bit: Int
            switch slot {
            case .field(let s): bit = s
            case .group(let g): bit = h + g
            case .members: bit = h + tables.count
            }
            guard mark(seen, bit) else {
                errors.append(MessageCatalogue.format(.recordDuplicateKey, [prefix(table) + tape.string(key, in: bytes)]))
                return
            }
            let kind = tape.tokens[valueToken].kind
            switch slot {
            case .field(let s):
                var error: String?
                let plan = decoding.households[s]
                let v = self.value(tape, bytes, valueToken, plan, { decoding.name(plan, written: prefix(table) + tape.string(key, in: bytes)) }, &error)
                if let error { if plan.read { errors.append(error) } else { unread.append((plan.id, error)) } } else { record.house[s] = v }
            case .group(let g):
                if kind == .object {
                    decodeObject(tape, bytes, token: valueToken, table: g, into: &record, errors: &errors, unread: &unread, seen: seen, memberWords: memberWords)
                }
                else if kind != .null { errors.append(MessageCatalogue.format(.recordNotObject, [tape.string(key, in: bytes)])) }
            case .members:
                guard kind == .array else {
                    if kind != .null { errors.append(MessageCatalogue.format(.recordMembersNotList, [])) }
                    return
                }
                record.membersGiven()
                tape.forEachElement(of: valueToken) { m in
                    guard tape.tokens[m].kind == .object else { errors.append(MessageCatalogue.format(.recordMemberNotObject, [])); return }
                    let base = record.addMember(schema)
                    let memberSeen = UnsafeMutableBufferPointer(rebasing: seen[(seen.count - memberWords)...])
                    for w in memberSeen.indices { memberSeen[w] = 0 }
                    tape.forEachMember(of: m) { mk, mv in
                        guard let s = memberTable.lookup(tape.stringBytes(mk, in: bytes)) else { return }
                        guard mark(memberSeen, s) else {
                            errors.append(MessageCatalogue.format(.recordMemberError, [String(record.memberCount),
                                MessageCatalogue.format(.recordDuplicateKey, [tape.string(mk, in: bytes)])]))
                            return
                        }
                        var error: String?
                        let plan = decoding.members[s]
                        let v = self.value(tape, bytes, mv, plan, { decoding.name(plan, written: tape.string(mk, in: bytes)) }, &error)
                        guard let error else { record.members[base + s] = v; return }
                        let message = MessageCatalogue.format(.recordMemberError, [String(record.memberCount), error])
                        if plan.read { errors.append(message) } else { unread.append((plan.id, message)) }
                    }
                }
            }
        }
    }

    /// The dotted path of table `table`'s keys (`income.`), for a field's name in messages.
    private func prefix(_ table: Int) -> String { table == 0 ? "" : groupPaths[table] + "." }

    private func value(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ field: FieldDecoding.Plan,
                       _ name: () -> String, _ error: inout String?) -> Value {
        let raw: FieldDecoding.Raw
        switch tape.tokens[i].kind {
        case .string:
            if tape.tokens[i].hasEscapes { return decoding.decode(text: tape.string(i, in: bytes), field, name: name, error: &error) }
            raw = .text(tape.stringBytes(i, in: bytes))
        case .number: raw = .number(tape.rawBytes(i, in: bytes))
        case .true: raw = .bool(true)
        case .false: raw = .bool(false)
        case .null: raw = .null
        case .array:
            // A list of enum values (`shocks`) is the one structured field.
            if case .enumList = field.type {
                // An empty JSON list is a known, empty list (an empty CSV cell stays unknown).
                if tape.tokens[i].count == 0 { return .list(ListBox([])) }
                var texts: [String] = []
                tape.forEachElement(of: i) { e in texts.append(tape.tokens[e].kind == .string ? tape.string(e, in: bytes) : "?") }
                return decoding.decode(text: texts.joined(separator: "|"), field, name: name, error: &error)
            }
            raw = .structured
        case .object: raw = .structured
        }
        return decoding.decode(raw, field, name: name, error: &error)
    }
}
