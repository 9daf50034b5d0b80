import WatchlineSyntax
/// Reads a schema file (`Rules/schema/household.yaml`) into a `Schema`.
package enum SchemaLoader {
    static let fieldKeys = ["type", "label", "aliases", "unit", "min", "max", "personal", "required", "doc", "values", "list"]

    /// `via`: where the rule file names this schema.
    package static func load(path: String, sources: SourceStore, via: SourceSpan? = nil) -> (Schema?, [Diagnostic]) {
        var found: [Diagnostic] = []
        guard let root = YAMLReader.parseMapping(atPath: path, sources: sources, expecting: .aSchemaFile, keys: ["watchline", "schema"],
                                                 via: via, &found) else { return (nil, found) }
        var r = NodeReader()
        r.diagnostics = found
        guard let top = r.mapping(root, .message(.whatSchemaFile, []), allowed: RuleFileKeys.schemaTop, required: ["schema"]),
              let body = top.first(where: { $0.keyText == "schema" })?.value,
              let pairs = r.mapping(body, "schema", allowed: RuleFileKeys.schema, required: ["id", "fields"])
        else { return (nil, r.diagnostics) }
        var enums: [Schema.EnumType] = []
        var id = "", title: String?
        var households: [Schema.Field] = [], members: [Schema.Field] = []
        var membersLabel: String?, join = "household_id"
        for p in pairs {
            switch p.keyText {
            case "id": id = r.string(p.value, .message(.whatSchemaID, [])) ?? ""
            case "title": title = r.string(p.value, "title")
            case "fields": households = fields(p.value, "fields", &r, &enums)
            case "members":
                guard let m = r.mapping(p.value, "members", allowed: RuleFileKeys.schemaMembers, required: ["fields"]) else { break }
                for q in m {
                    switch q.keyText {
                    case "label": membersLabel = r.string(q.value, "label")
                    case "join": join = r.string(q.value, "join") ?? join
                    default: members = fields(q.value, "members.fields", &r, &enums)
                    }
                }
            default: break
            }
        }
        // `members` is the member list in records and expressions; a schema without one may use
        // the name for a household field (the benchmark's `members: int`), one with it may not.
        if !members.isEmpty, let f = households.first(where: { $0.path == "members" || $0.path.hasPrefix("members.") }) {
            r.diagnostics.append(Diagnostic(.schemaMembersReserved, at: f.span, args: []))
        }
        if r.diagnostics.contains(where: \.isError) { return (nil, r.diagnostics) }
        return (Schema(id: id, title: title, path: path, households: households, members: members,
                       membersLabel: membersLabel, memberJoin: join, enums: enums), r.diagnostics)
    }

    static func fields(_ node: YAMLNode, _ what: MessageArg, _ r: inout NodeReader, _ enums: inout [Schema.EnumType]) -> [Schema.Field] {
        guard let pairs = r.mapping(node, what) else { return [] }
        var out: [Schema.Field] = []
        for p in pairs {
            guard let f = r.mapping(p.value, .message(.whatField, [.text(p.keyText)]), allowed: fieldKeys, required: ["type"]) else { continue }
            var field = Schema.Field(path: p.keyText, type: .string, label: nil, aliases: [], unit: nil, min: nil, max: nil,
                                     personal: false, required: false, doc: nil, span: p.key.span)
            var typeName = "string", isList = false
            var valuesNode: YAMLNode?
            var minNode: YAMLNode?, maxNode: YAMLNode?
            for q in f {
                switch q.keyText {
                case "type": typeName = r.string(q.value, "type") ?? typeName
                    if !["string", "bool", "int", "money", "number", "date", "enum"].contains(typeName) {
                        r.diagnostics.append(Diagnostic(.schemaUnknownType, at: q.value.span,
                            .text(typeName), suggested(typeName, in: ["string", "bool", "int", "money", "number", "date", "enum"])))
                    }
                case "label": field.label = r.string(q.value, "label")
                case "aliases": field.aliases = r.stringList(q.value, "aliases").map(\.0)
                case "unit": field.unit = r.string(q.value, "unit")
                case "doc": field.doc = r.string(q.value, "doc")
                case "personal": field.personal = r.bool(q.value, "personal") ?? false
                case "required": field.required = r.bool(q.value, "required") ?? false
                case "list": isList = r.bool(q.value, "list") ?? false
                case "values": valuesNode = q.value
                case "min": minNode = q.value
                case "max": maxNode = q.value
                default: break
                }
            }
            switch typeName {
            case "bool": field.type = .bool
            case "int": field.type = .int
            case "money": field.type = .money
            case "number": field.type = .number
            case "date": field.type = .date
            case "enum":
                guard let valuesNode, let vs = r.mapping(valuesNode, .message(.whatEnumValues, [.text(p.keyText)])) else {
                    r.diagnostics.append(Diagnostic(.missingKey, at: p.key.span, "values", .message(.whatEnumField, [.text(p.keyText)])))
                    continue
                }
                let e = Schema.EnumType(name: p.keyText, values: vs.map(\.keyText),
                                        spellings: vs.map { v in r.stringList(v.value, "label").map(\.0) })
                enums.append(e)
                field.type = isList ? .enumList(Int16(enums.count - 1)) : .enumeration(Int16(enums.count - 1))
            default: field.type = .string
            }
            let scaled = field.type.isDecimal
            if let minNode { field.min = scaled ? r.decimal(minNode, "min") : r.int(minNode, "min").map(Int64.init) }
            if let maxNode { field.max = scaled ? r.decimal(maxNode, "max") : r.int(maxNode, "max").map(Int64.init) }
            out.append(field)
        }
        return out
    }
}

extension Schema {
    /// Whether `members` names household fields (a schema with no member list may use the name):
    /// then a record's `members` key and an expression's `members` read that field, not a list.
    package var membersIsAField: Bool { households.contains { $0.path == "members" || $0.path.hasPrefix("members.") } }
}
