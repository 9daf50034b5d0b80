import WatchlineSyntax
extension Checker {
    mutating func binary(_ op: BinaryOp, _ l: TypedExpr, _ rr: TypedExpr, _ r: TextRange) -> TypedExpr {
        var lhs = l, rhs = rr
        switch op {
        case .and, .or:
            requireBool(lhs, .exprLogicNeedsBool, .text(op.rawValue)); requireBool(rhs, .exprLogicNeedsBool, .text(op.rawValue))
            return TypedExpr(op == .and ? .and(lhs, rhs) : .or(lhs, rhs), .bool, r)
        case .eq, .ne:
            unifyEnum(&lhs, &rhs)
            if !ExprType.comparableForEquality(lhs.type, rhs.type) {
                error(r, .exprCannotCompare, describe(lhs.type), describe(rhs.type))
            }
            return TypedExpr(.binary(op, lhs, rhs), .bool, r)
        case .lt, .le, .gt, .ge:
            if !ExprType.orderable(lhs.type, rhs.type) {
                error(r, .exprCannotOrder, describe(lhs.type), describe(rhs.type), .text(op.rawValue))
            }
            return TypedExpr(.binary(op, lhs, rhs), .bool, r)
        case .in:
            return membership(lhs, rhs, r)
        case .add, .sub, .mul, .div, .mod:
            return arithmetic(op, lhs, rhs, r)
        }
    }

    /// `status == "poor"`: the text is turned into the enum's value at load time, so a misspelt
    /// value is an error here rather than a silent `false` for every household.
    mutating func unifyEnum(_ lhs: inout TypedExpr, _ rhs: inout TypedExpr) {
        if case .enumeration(let e) = lhs.type, rhs.type == .string { rhs = enumOperand(e, rhs) }
        else if case .enumeration(let e) = rhs.type, lhs.type == .string { lhs = enumOperand(e, lhs) }
    }

    mutating func enumOperand(_ e: Int16, _ x: TypedExpr) -> TypedExpr {
        guard let schema = context.schema else { return x }
        let enumType = schema.enums[Int(e)]
        if case .constant(.string(let s)) = x.kind {
            if let o = enumType.ordinal(of: s) {
                return TypedExpr(.constant(.enumValue(EnumRef(type: e, ordinal: Int16(o)))), .enumeration(e), x.range)
            }
            let values: [MessageArg] = enumType.values.indices.map { .message(.exprEnumValueEntry, [.text(enumType.values[$0]), .text(enumType.label($0))]) }
            // A Chinese short form (脱贫户) may stand for several values' labels (未脱贫户, 脱贫享受政策户,
            // 脱贫不再享受政策户): then no edit distance picks one — the officer must say which.
            // Under zh the field is named by its label too (户类型（status）).
            let label = schema.households.first { $0.type == .enumeration(e) && $0.path == enumType.name }?.label
                ?? schema.members.first { $0.type == .enumeration(e) && $0.path == enumType.name }?.label
            let typeName = MessageArg.translated(en: enumType.name, zh: label.map { "\($0)（\(enumType.name)）" })
            let abbreviated = s.unicodeScalars.contains { !$0.isASCII }
                ? enumType.values.indices.filter { isSubsequence(s, of: enumType.label($0)) }.map { enumType.label($0) } : []
            if abbreviated.count > 1 {
                error(x.range, .exprNotEnumValue, args: [.text(s), typeName, .list(values), .message(.exprEnumSeveral, [.list(abbreviated.map { .text($0) })])])
                return poisoned(x.range)
            }
            let near = abbreviated.first ?? nearest(s, in: enumType.values + enumType.spellings.flatMap { $0 })
            error(x.range, .exprNotEnumValue, args: [.text(s), typeName, .list(values), near.map { .message(.didYouMean, [.text($0)]) } ?? .none],
                  fixIt: fixIt(x.range, replacing: s, with: near))
            return poisoned(x.range)
        }
        return x   // compared by name at run time
    }

    mutating func membership(_ lhs: TypedExpr, _ rhs: TypedExpr, _ r: TextRange) -> TypedExpr {
        if case .riskList(let lo, _) = rhs.kind, case .constant(.string(let id)) = lhs.kind {
            return lo == 0 && context.riskBase > 0 ? alertTest(id, lhs.range, r) : riskTest(id, lhs.range, r)
        }
        switch rhs.type {
        case .list(let elem):
            if case .enumeration(let e) = lhs.type, case .list(let items) = rhs.kind, items.count <= 64 {
                var mask: UInt64 = 0
                for item in items {
                    let v = enumOperand(e, item)
                    if case .constant(.enumValue(let ref)) = v.kind { mask |= 1 << UInt64(ref.ordinal) }
                    else if !v.type.isDyn { error(item.range, .exprExpectedEnumValue, .text(context.schema?.enums[Int(e)].name ?? "enum")) }
                }
                return TypedExpr(.enumIn(lhs, mask: mask), .bool, r)
            }
            if case .enumeration(let e) = elem, case .constant(.string) = lhs.kind {
                return TypedExpr(.binary(.in, enumOperand(e, lhs), rhs), .bool, r)
            }
            if !ExprType.comparableForEquality(lhs.type, elem) {
                error(r, .exprNeverIn, describe(lhs.type), describe(rhs.type))
            }
        case .map(let k, _):
            if !ExprType.comparableForEquality(lhs.type, k) { error(r, .exprNeverMapKey, describe(lhs.type)) }
        case .dyn: break
        default:
            error(rhs.range, .exprInNeedsCollection, describe(rhs.type))
        }
        return TypedExpr(.binary(.in, lhs, rhs), .bool, r)
    }

    mutating func riskTest(_ id: String, _ idRange: TextRange, _ r: TextRange) -> TypedExpr {
        if let i = context.riskIDs.firstIndex(of: id) { return TypedExpr(.risk(context.riskBase + i), .bool, r) }
        unknown(.unknownRisk, idRange, [.text(id)], written: id, in: context.riskIDs)
        return poisoned(r)
    }

    mutating func alertTest(_ id: String, _ idRange: TextRange, _ r: TextRange) -> TypedExpr {
        if let i = context.alertIDs.firstIndex(of: id) { return TypedExpr(.risk(i), .bool, r) }
        unknown(.unknownAlert, idRange, [.text(id)], written: id, in: context.alertIDs)
        return poisoned(r)
    }

    mutating func arithmetic(_ op: BinaryOp, _ lhs: TypedExpr, _ rhs: TypedExpr, _ r: TextRange) -> TypedExpr {
        let a = lhs.type, b = rhs.type
        var result: ExprType?
        if a.isDyn || b.isDyn { result = .dyn }
        else if a.isNumeric && b.isNumeric { result = (a == .int && b == .int) ? .int : .decimal }
        else if op == .add {
            switch (a, b) {
            case (.string, .string): result = .string
            case (.list(let x), .list(let y)): result = .list(join(x, y))
            case (.date, .duration), (.duration, .date): result = .date
            case (.duration, .duration): result = .duration
            default: break
            }
        } else if op == .sub {
            switch (a, b) {
            case (.date, .duration): result = .date
            case (.date, .date): result = .int
            case (.duration, .duration): result = .duration
            default: break
            }
        }
        guard let result else {
            error(r, .exprOperatorUndefined, .text(op.rawValue), describe(a), describe(b))
            return poisoned(r)
        }
        return TypedExpr(.binary(op, lhs, rhs), result, r)
    }
}

/// Whether every character of `short` appears in `long`, in order (脱贫户 in 脱贫享受政策户).
func isSubsequence(_ short: String, of long: String) -> Bool {
    var it = long.makeIterator()
    return short.allSatisfy { c in while let d = it.next() { if d == c { return true } }; return false }
}
