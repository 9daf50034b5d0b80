import WatchlineSyntax
/// Type-checking the lookups on departments' lists: `key in vehicles` and `vehicles[key].plate`,
/// against the columns the `lists:` entry declares, before any record is read.
extension Checker {
    /// The list an identifier names, unless a macro variable or a definition of that name hides it.
    func listName(_ node: ExprNode) -> Int? {
        guard case .ident(let name) = node.kind, let i = context.listIndex[name] else { return nil }
        if locals.contains(where: { $0.name == name }) || context.definitionIndex[name] != nil { return nil }
        return i
    }

    mutating func listKey(_ list: Int, _ keyNode: ExprNode) -> TypedExpr {
        let key = check(keyNode)
        if key.type != .string && !key.type.isDyn {
            error(key.range, context.lists[list].keyKind == .household ? .exprListKeyHousehold : .exprListKeyIDNumber,
                  .text(context.lists[list].id), describe(key.type))
        }
        context.listsUsed.insert(list)
        return key
    }

    mutating func listHas(_ list: Int, _ keyNode: ExprNode, _ r: TextRange) -> TypedExpr {
        TypedExpr(.listHas(list: list, key: listKey(list, keyNode)), .bool, r)
    }

    mutating func listColumn(_ list: Int, _ keyNode: ExprNode, _ field: String, _ r: TextRange) -> TypedExpr {
        let key = listKey(list, keyNode)
        let decl = context.lists[list]
        guard let c = decl.columns.firstIndex(where: { $0.id == field }) else {
            let names = decl.columns.map(\.id)
            if names.isEmpty { error(r, .unknownListColumn, .text(field), .text(decl.id), .message(.listDeclaresNoColumns, [])) }
            else { unknown(.unknownListColumn, r, [.text(field), .text(decl.id)], written: field, in: names) }
            return poisoned(r)
        }
        let type: ExprType
        switch decl.columns[c].kind {
        case .string: type = .string
        case .int: type = .int
        case .number, .money: type = .decimal
        case .date: type = .date
        case .bool: type = .bool
        }
        return TypedExpr(.listColumn(list: list, key: key, column: c), type, r)
    }

    mutating func listRowAlone(_ list: Int, _ keyNode: ExprNode, _ r: TextRange) -> TypedExpr {
        _ = listKey(list, keyNode)
        let decl = context.lists[list]
        error(r, .exprListNeedsColumn, .text(decl.id), .text(decl.columns.first?.id ?? "COLUMN"))
        return poisoned(r)
    }

    mutating func listAlone(_ list: Int, _ r: TextRange) -> TypedExpr {
        let id = context.lists[list].id
        error(r, .exprListAlone, .text(id))
        return poisoned(r)
    }
}
