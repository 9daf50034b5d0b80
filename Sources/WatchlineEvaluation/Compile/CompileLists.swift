import WatchlineSyntax
import WatchlineLanguage
/// Evaluators for the lookups on departments' lists. The table is found once, when the rule is
/// compiled; per household a lookup is one normalisation of the key and one hash probe.
extension Compiler {
    /// The loaded table, or nil; `absentUnknown` when the list was not given and its lookups are
    /// unknown (an optional list on the command line).
    func listTable(_ i: Int) -> (table: ListTable?, absentUnknown: Bool) {
        guard let store = context.listStore else { return (nil, false) }
        let t = try? store.table(for: context.lists[i], unknownMask: context.listMask(i))
        return (t, t == nil && !store.absentIsEmpty)
    }

    /// What an ID number that is shaped like one but wrong makes a lookup: unknown, naming the field.
    func invalidKeyValue(_ key: TypedExpr, list: Int) -> Value {
        switch key.kind {
        case .memberField(_, let slot, _): return .unknown(FieldMask(field: context.fieldID(member: slot)))
        case .field(let slot, _): return .unknown(FieldMask(field: context.fieldID(household: slot)))
        default: return .unknown(context.listMask(list))
        }
    }

    /// The key as text, or the value to return at once (unknown, error; null never matches).
    @inline(__always) static func keyText(_ v: Value) -> (String?, Value) {
        switch v {
        case .string(let s): return (s, v)
        case .null: return (nil, .bool(false))
        case let x where x.isUnknown || x.isError: return (nil, x)
        default: return (nil, .error(EvalError(.noMatchingOverload)))
        }
    }

    func listHas(_ list: Int, _ key: TypedExpr) -> Evaluator {
        let k = compile(key)
        let (table, absentUnknown) = listTable(list)
        let decl = context.lists[list]
        let listUnknown = Value.unknown(context.listMask(list)), invalid = invalidKeyValue(key, list: list)
        guard let table else {
            return { env in
                let (s, early) = Compiler.keyText(k(env))
                guard let s else { return early }
                guard absentUnknown else { return .bool(false) }
                // A value that is no ID number can never be on the list, given or not.
                if decl.keyKind == .idNumber, case .noID = IDNumber.read(s) { return .bool(false) }
                return listUnknown
            }
        }
        let keyHeader = decl.key
        return { env in
            let (s, early) = Compiler.keyText(k(env))
            guard let s else { return early }
            switch table.lookup(s) {
            case .row(let r):
                if env.pointee.tracing, let t = env.pointee.trace {
                    t.record("\(decl.id)[\(table.location(ofRow: Int(r)))]", .string("\(keyHeader) \(Schema.masked(table.key(ofRow: Int(r))))"))
                }
                return .bool(true)
            case .none: return .bool(false)
            case .invalid: return invalid
            }
        }
    }

    func listColumn(_ list: Int, _ key: TypedExpr, _ column: Int) -> Evaluator {
        let k = compile(key)
        let (table, absentUnknown) = listTable(list)
        let decl = context.lists[list]
        let listUnknown = Value.unknown(context.listMask(list)), invalid = invalidKeyValue(key, list: list)
        guard let table else {
            return { env in
                let (s, early) = Compiler.keyText(k(env))
                guard s != nil else { return early }
                return absentUnknown ? listUnknown : .error(EvalError(.noSuchKey))
            }
        }
        let header = decl.columns[column].header
        return { env in
            let (s, early) = Compiler.keyText(k(env))
            guard let s else { return early }
            switch table.lookup(s) {
            case .row(let r):
                let v = table.value(row: Int(r), column: column)
                if env.pointee.tracing, let t = env.pointee.trace { t.record("\(decl.id)[\(table.location(ofRow: Int(r)))].\(header)", v) }
                return v
            case .none: return .error(EvalError(.noSuchKey))
            case .invalid: return invalid
            }
        }
    }
}
