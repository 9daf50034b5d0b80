import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
extension HouseholdTree {
    /// A decoded record back as a tree (for the REPL's what-ifs and `:save-test`): every known
    /// field at its dotted path, enums by their ids, members as a list of objects.
    package init(record: HouseholdRecord, schema: Schema) {
        func tree(_ v: Value) -> HouseholdTree? {
            switch v {
            case .string(let s): return .string(s)
            case .bool(let b): return .bool(b)
            case .int(let i): return .number(String(i))
            case .dec(let d): return .number(Fixed.format(d))
            case .date(let d): return .string(d.iso)
            case .enumValue(let e): return .string(schema.enums[Int(e.type)].values[Int(e.ordinal)])
            case .list(let l): return .array(l.items.compactMap(tree))
            default: return nil
            }
        }
        var t = HouseholdTree.object([])
        for (i, f) in schema.households.enumerated() where i < record.house.count {
            if let v = tree(record.house[i]) { t.set(f.path.split(separator: ".").map(String.init), v) }
        }
        if record.memberCount >= 0 {
            let stride = max(schema.members.count, 1)
            var members: [HouseholdTree] = []
            for m in 0..<record.memberCount {
                var mt = HouseholdTree.object([])
                for (j, f) in schema.members.enumerated() where m * stride + j < record.members.count {
                    if let v = tree(record.members[m * stride + j]) { mt.set(f.path.split(separator: ".").map(String.init), v) }
                }
                members.append(mt)
            }
            t.set(["members"], .array(members))
        }
        self = t
    }
}
