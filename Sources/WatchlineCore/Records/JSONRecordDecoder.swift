/// Decodes one household JSON object (as parsed into a `JSONTape`) into typed record storage.
struct JSONRecordDecoder {
    enum Slot { case field(Int), group(Int), members }
    let schema: Schema
    let decoding: FieldDecoding
    /// Table 0 is the household's top level; groups (`income`, `guarantees`…) get their own.
    var tables: [KeyTable<Slot>] = []
    let memberTable: KeyTable<Int>

    init(schema: Schema) {
        self.schema = schema
        decoding = FieldDecoding(schema: schema)
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
        prefixes[""]!.append(("members", .members))
        tables = order.map { KeyTable(prefixes[$0] ?? []) }
        memberTable = KeyTable(schema.members.enumerated().map { ($1.path, $0) })
    }

    /// Fills `record` from the object at token 0; returns the problems found.
    func decode(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, into record: inout HouseholdRecord) -> [String] {
        var errors: [String] = []
        guard tape.tokens.first?.kind == .object else { return ["a household must be a JSON object"] }
        decodeObject(tape, bytes, token: 0, table: 0, into: &record, errors: &errors)
        return errors
    }

    private func decodeObject(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, token: Int, table: Int,
                              into record: inout HouseholdRecord, errors: inout [String]) {
        tape.forEachMember(of: token) { key, valueToken in
            guard let slot = tables[table].lookup(tape.stringBytes(key, in: bytes)) else { return }
            let kind = tape.tokens[valueToken].kind
            switch slot {
            case .field(let s):
                var error: String?
                let v = self.value(tape, bytes, valueToken, decoding.households[s], &error)
                if let error { errors.append(error) } else { record.house[s] = v }
            case .group(let g):
                if kind == .object { decodeObject(tape, bytes, token: valueToken, table: g, into: &record, errors: &errors) }
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
                    let h = schema.households.count
                    tape.forEachMember(of: m) { mk, mv in
                        guard let s = memberTable.lookup(tape.stringBytes(mk, in: bytes)) else { return }
                        var error: String?
                        let v = self.value(tape, bytes, mv, decoding.members[s], &error)
                        if let error { errors.append(MessageCatalogue.format(.recordMemberError, [String(record.memberCount), error])) } else { record.members[base + s] = v }
                    }
                }
            }
        }
    }

    private func value(_ tape: JSONTape, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ field: FieldDecoding.Plan,
                       _ error: inout String?) -> Value {
        let raw: FieldDecoding.Raw
        switch tape.tokens[i].kind {
        case .string:
            if tape.tokens[i].hasEscapes { return decoding.decode(text: tape.string(i, in: bytes), field, error: &error) }
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
                return decoding.decode(text: texts.joined(separator: "|"), field, error: &error)
            }
            raw = .structured
        case .object: raw = .structured
        }
        return decoding.decode(raw, field, error: &error)
    }
}
