import WatchlineSyntax
/// Type-checks one parsed expression against a `CheckContext`, resolving every name to a slot.
/// Errors are diagnostics pointing into the rule file; checking goes on after an error where it can.
package struct Checker {
    let context: CheckContext
    let text: ExprText
    package var diagnostics: [Diagnostic] = []
    /// Bound variables of enclosing macros: name, local slot, type.
    var locals: [(name: String, slot: Int, type: ExprType)] = []

    package init(context: CheckContext, text: ExprText) {
        self.context = context; self.text = text
    }

    /// Parses and checks `text`; `expected` (when given) is the type the place requires.
    package static func check(_ text: ExprText, in context: CheckContext, expecting expected: ExprType? = nil)
        -> (TypedExpr?, [Diagnostic]) {
        check(text, parsed: Parser.parse(text), in: context, expecting: expected)
    }

    static func check(_ text: ExprText, parsed: (ExprNode?, [Diagnostic]), in context: CheckContext, expecting expected: ExprType? = nil)
        -> (TypedExpr?, [Diagnostic]) {
        let (node, parseDiags) = parsed
        guard let node else { return (nil, parseDiags) }
        var checker = Checker(context: context, text: text)
        let typed = checker.check(node)
        let failed = { checker.diagnostics.contains(where: \.isError) }
        if let expected, !failed(), !accepts(expected, typed.type) {
            checker.error(node.range, .exprWrongType, describe(expected), describe(typed.type))
        }
        return (failed() ? nil : typed, parseDiags + checker.diagnostics)
    }

    static func accepts(_ expected: ExprType, _ actual: ExprType) -> Bool {
        expected == actual || actual.isDyn || expected.isDyn || (expected == .decimal && actual == .int)
    }

    mutating func error(_ range: TextRange, _ id: MessageID, _ args: MessageArg...) {
        error(range, id, args: args)
    }

    mutating func error(_ range: TextRange, _ id: MessageID, args: [MessageArg], fixIt: FixIt? = nil) {
        diagnostics.append(Diagnostic(id, at: text.span(range), args: args, fixIt: fixIt))
    }

    mutating func warning(_ range: TextRange, _ id: MessageID, _ args: MessageArg...) {
        diagnostics.append(Diagnostic(id, .warning, at: text.span(range), args: args))
    }

    /// A fix-it replacing `written` — where it stands as a whole word in `r`, the last time it
    /// does (or the first) — with `near`, the name the checker suggests.
    func fixIt(_ r: TextRange, replacing written: String, with near: String?, first: Bool = false) -> FixIt? {
        guard let near, near != written else { return nil }
        let all = Array(text.text.unicodeScalars), w = Array(written.unicodeScalars)
        let lo = max(0, Int(r.start)), hi = min(all.count, Int(r.end))
        guard !w.isEmpty, hi - lo >= w.count else { return nil }
        func isWord(_ s: Unicode.Scalar) -> Bool { s == "_" || s.properties.isAlphabetic || s.properties.numericType != nil }
        var hits: [Int] = []
        for i in lo...(hi - w.count) where all[i..<(i + w.count)].elementsEqual(w)
            && (i == 0 || !isWord(all[i - 1])) && (i + w.count == all.count || !isWord(all[i + w.count])) {
            hits.append(i)
        }
        guard let at = first ? hits.first : hits.last else { return nil }
        return FixIt(span: text.span(TextRange(at, at + w.count)), replacement: near, original: written)
    }

    /// An unknown name: the message, with "did you mean" and a fix-it when a known name is near.
    mutating func unknown(_ id: MessageID, _ r: TextRange, _ lead: [MessageArg], written: String, in candidates: [String],
                          replacement: ((String) -> String)? = nil, first: Bool = false) {
        let near = nearest(written, in: candidates)
        let suggestion: MessageArg = near.map { .message(.didYouMean, [.text($0)]) } ?? .none
        diagnostics.append(Diagnostic(id, at: text.span(r), args: lead + [suggestion],
                                      fixIt: fixIt(r, replacing: written, with: near.map { replacement?($0) ?? $0 }, first: first)))
    }

    /// A node that stands for a failed sub-expression, so checking can go on.
    func poisoned(_ range: TextRange) -> TypedExpr { TypedExpr(.constant(.null), .dyn, range) }

    mutating func check(_ node: ExprNode) -> TypedExpr {
        let r = node.range
        switch node.kind {
        case .literal(let lit):
            return literal(lit, r)
        case .ident(let name):
            return resolve(path: [name], r, fullRange: r)
        case .select(let operand, let field, let testOnly):
            if !testOnly, case .index(let base, let key) = operand.kind, let list = listName(base) { return listColumn(list, key, field, r) }
            if testOnly { return hasCheck(operand, field, r) }
            if let path = dottedPath(node), let resolved = tryResolvePath(path, r) { return resolved }
            let base = check(operand)
            return select(base, field, r)
        case .index(let operand, let index):
            if let list = listName(operand) { return listRowAlone(list, index, r) }
            return checkIndex(check(operand), check(index), r)
        case .call(let target, let function, let args):
            return call(target: target, function, args, r)
        case .unary(let op, let operand):
            let x = check(operand)
            switch op {
            case .not:
                requireBool(x, .exprNotNeedsBool)
                return TypedExpr(.not(x), .bool, r)
            case .negate:
                if !x.type.isNumeric && !x.type.isDyn && x.type != .duration { error(x.range, .exprNegateNeedsNumber, describe(x.type)) }
                if case .constant(.int(let v)) = x.kind, v != .min { return TypedExpr(.constant(.int(-v)), .int, r) }
                if case .constant(.dec(let v)) = x.kind { return TypedExpr(.constant(.dec(-v)), .decimal, r) }
                return TypedExpr(.negate(x), x.type, r)
            }
        case .binary(let op, let lhs, let rhs):
            if op == .in, let list = listName(rhs) { return listHas(list, lhs, r) }
            return binary(op, check(lhs), check(rhs), r)
        case .conditional(let c, let t, let f):
            let ct = check(c), tt = check(t), ft = check(f)
            requireBool(ct, .exprConditionNeedsBool)
            return TypedExpr(.conditional(ct, tt, ft), join(tt.type, ft.type), r)
        case .list(let items):
            let typed = items.map { check($0) }
            let elem = typed.dropFirst().reduce(typed.first?.type ?? .dyn) { join($0, $1.type) }
            return TypedExpr(.list(typed), .list(elem), r)
        case .map(let entries):
            let typed = entries.map { (check($0.key), check($0.value)) }
            for (k, _) in typed where !(k.type == .string || k.type == .int || k.type == .bool || k.type.isDyn) {
                error(k.range, .exprMapKeyType, describe(k.type))
            }
            let kt = typed.dropFirst().reduce(typed.first?.0.type ?? .dyn) { join($0, $1.0.type) }
            let vt = typed.dropFirst().reduce(typed.first?.1.type ?? .dyn) { join($0, $1.1.type) }
            return TypedExpr(.map(typed), .map(kt, vt), r)
        case .message(let type, _):
            error(r, .exprMessageConstruction, .text(type))
            return poisoned(r)
        }
    }

    func join(_ a: ExprType, _ b: ExprType) -> ExprType {
        if a == b { return a }
        if a.isNumeric && b.isNumeric { return .decimal }
        if a == .null { return b }
        if b == .null { return a }
        return .dyn
    }

    /// `id`'s last argument is the type found; `lead` the ones before it.
    mutating func requireBool(_ x: TypedExpr, _ id: MessageID, _ lead: MessageArg...) {
        if x.type != .bool && !x.type.isDyn { error(x.range, id, args: lead + [describe(x.type)]) }
    }

    mutating func literal(_ lit: Literal, _ r: TextRange) -> TypedExpr {
        switch lit {
        case .null: return TypedExpr(.constant(.null), .null, r)
        case .bool(let b): return TypedExpr(.constant(.bool(b)), .bool, r)
        case .int(let v): return TypedExpr(.constant(.int(v)), .int, r)
        case .decimal(let t):
            switch Fixed.parse(t) {
            case .value(let v): return TypedExpr(.constant(.dec(v)), .decimal, r)
            case .tooPrecise, .overflow:
                // Not an exact decimal: held as a binary double (CEL's), with a warning where it is written.
                guard let x = Double(t), x.isFinite else { error(r, .exprNumberOutOfRange, .text(t)); return poisoned(r) }
                warning(r, .inexactNumber, .text(t), .text(String(Fixed.scale)))
                return TypedExpr(.constant(.double(x)), .decimal, r)
            case .invalid: error(r, .exprNotANumber, .text(t))
            }
            return poisoned(r)
        case .string(let s): return TypedExpr(.constant(.string(s)), .string, r)
        case .uint: error(r, .exprUnsignedInteger); return poisoned(r)
        case .bytes: error(r, .exprBytesLiteral); return poisoned(r)
        }
    }

    /// `a.b.c` as a list of names when the chain is made of plain selections on an identifier.
    func dottedPath(_ node: ExprNode) -> [String]? {
        switch node.kind {
        case .ident(let n): return [n]
        case .select(let operand, let field, false): return dottedPath(operand).map { $0 + [field] }
        default: return nil
        }
    }

    /// Resolves a dotted name that is not a local or definition first segment: `params.x`,
    /// `income.net_per_capita`, `m.labor`. Returns nil when the chain is not a name (then the
    /// caller checks it as a selection on a value).
    mutating func tryResolvePath(_ path: [String], _ r: TextRange) -> TypedExpr? {
        guard let first = path.first else { return nil }
        if let local = locals.last(where: { $0.name == first }) {
            if local.type == .member, path.count >= 2 {
                return memberField(local: local.slot, path: path.dropFirst().joined(separator: "."), r)
            }
            return nil
        }
        if context.definitionIndex[first] != nil { return nil }
        if first == "params" {
            guard path.count >= 2 else { return nil }
            return parameter(path[1], r, extra: path.count > 2)
        }
        if let schema = context.schema, context.householdInScope, first != "members" || schema.membersIsAField, first != "risks" {
            let joined = path.joined(separator: ".")
            if schema.householdField(joined) != nil || schema.isHouseholdGroup(joined) || path.count > 1 && schema.isHouseholdGroup(first) {
                return resolve(path: path, r, fullRange: r)
            }
        }
        return nil
    }

    mutating func parameter(_ name: String, _ r: TextRange, extra: Bool) -> TypedExpr {
        guard let i = context.parameterIndex[name] else {
            unknown(.unknownName, r, [.text("params.\(name)")], written: name, in: context.parameters.map(\.id))
            return poisoned(r)
        }
        if extra { error(r, .exprParameterHasNoFields) }
        let p = context.parameters[i]
        return TypedExpr(.parameter(i, value: p.value), p.type, r)
    }

    mutating func memberField(local: Int, path: String, _ r: TextRange) -> TypedExpr {
        guard let schema = context.schema, let slot = schema.memberField(path) else {
            // A member's field by its Chinese label (m.残疾等级): say the name to write.
            if let f = context.schema?.members.first(where: { $0.label == path || $0.aliases.contains(path) }) {
                diagnostics.append(Diagnostic(.unknownMemberField, at: text.span(r), .text(path), .message(.didYouMean, [.text(f.path)]),
                                              fixIt: fixIt(r, replacing: path, with: f.path)))
                return poisoned(r)
            }
            let names = context.schema?.members.map(\.path) ?? []
            unknown(.unknownMemberField, r, [.text(path)], written: path, in: names)
            return poisoned(r)
        }
        return TypedExpr(.memberField(local: local, slot: slot, path: path), fieldType(schema.members[slot].type), r)
    }

    func fieldType(_ t: Schema.FieldType) -> ExprType {
        switch t {
        case .string: return .string
        case .bool: return .bool
        case .int: return .int
        case .money, .number: return .decimal
        case .date: return .date
        case .enumeration(let e): return .enumeration(e)
        case .enumList(let e): return .list(.enumeration(e))
        }
    }

    /// Resolves an identifier (possibly dotted) that names something at top level.
    mutating func resolve(path: [String], _ r: TextRange, fullRange: TextRange) -> TypedExpr {
        let name = path[0]
        if path.count == 1, let local = locals.last(where: { $0.name == name }) {
            return TypedExpr(.local(local.slot), local.type, r)
        }
        if path.count == 1, let i = context.definitionIndex[name] {
            return definition(i, r)
        }
        switch name {
        case "as_of" where path.count == 1:
            return TypedExpr(.constant(.date(context.asOf)), .date, r)
        case "risks" where path.count == 1:
            return TypedExpr(.riskList(lo: context.riskBase, hi: context.riskBase + context.riskTotal), .list(.string), r)
        case "alerts" where path.count == 1:
            return TypedExpr(.riskList(lo: 0, hi: context.riskBase), .list(.string), r)
        case "category" where path.count == 1:
            return TypedExpr(.category, .string, r)
        case "members" where path.count == 1 && context.schema != nil && context.householdInScope && !context.schema!.membersIsAField:
            return TypedExpr(.members, .list(.member), r)
        case "params" where path.count == 1:
            error(r, .exprParamsNeedsName)
            return poisoned(r)
        default: break
        }
        if let schema = context.schema, context.householdInScope {
            let joined = path.joined(separator: ".")
            if let slot = schema.householdField(joined) {
                return TypedExpr(.field(slot: slot, path: joined), fieldType(schema.households[slot].type), r)
            }
            if schema.isHouseholdGroup(joined) {
                let inside = schema.households.filter { $0.path.hasPrefix(joined + ".") }.map(\.path)
                error(r, .exprFieldGroup, .text(joined), .text(inside.first ?? joined))
                return poisoned(r)
            }
            if path.count > 1, schema.isHouseholdGroup(path[0]) {
                let candidates = schema.households.map(\.path)
                unknown(.unknownHouseholdField, r, [.text(joined)], written: joined, in: candidates)
                return poisoned(r)
            }
        }
        if path.count == 1, let i = context.listIndex[name] { return listAlone(i, r) }
        // A parameter written without `params.`, or a field by its Chinese label: say the name to write.
        if path.count == 1, context.parameterIndex[name] != nil {
            diagnostics.append(Diagnostic(.unknownName, at: text.span(r), .text(name), .message(.didYouMean, [.text("params." + name)]),
                                          fixIt: fixIt(r, replacing: name, with: "params." + name, first: true)))
            return poisoned(r)
        }
        let written = path.joined(separator: ".")
        if let schema = context.schema, let f = schema.households.first(where: { $0.label == written }) {
            diagnostics.append(Diagnostic(.unknownName, at: text.span(r), .text(written), .message(.didYouMean, [.text(f.path)]),
                                          fixIt: fixIt(r, replacing: written, with: f.path)))
            return poisoned(r)
        }
        var candidates = context.topLevelNames + locals.map(\.name)
        if let schema = context.schema { candidates += schema.households.map(\.path) }
        unknown(.unknownName, r, [.text(name)], written: name, in: candidates, first: true)
        return poisoned(r)
    }

    package mutating func definition(_ i: Int, _ r: TextRange) -> TypedExpr {
        var entry = context.definitions[i]
        switch entry.state {
        case .done: return TypedExpr(.definition(i), entry.typed!.type, r)
        case .failed: return poisoned(r)
        case .checking:
            diagnostics.append(Diagnostic(.definitionCycle, at: text.span(r), entry.id, entry.id))
            return poisoned(r)
        case .unchecked:
            context.definitions[i].state = .checking
            let (typed, diags) = Checker.check(entry.text, parsed: entry.parsed ?? Parser.parse(entry.text), in: context)
            context.definitions[i].parsed = nil
            // A definition's own errors are reported once, at the definition.
            if !diags.isEmpty && !diagnostics.contains(where: { diags.contains($0) }) {
                diagnostics.append(contentsOf: diags)
            }
            entry = context.definitions[i]
            entry.typed = typed
            entry.state = typed == nil ? .failed : .done
            context.definitions[i] = entry
            return typed.map { TypedExpr(.definition(i), $0.type, r) } ?? poisoned(r)
        }
    }

    mutating func select(_ base: TypedExpr, _ field: String, _ r: TextRange) -> TypedExpr {
        switch base.type {
        case .member:
            if case .local(let slot) = base.kind { return memberField(local: slot, path: field, r) }
            error(r, .exprMemberFieldNeedsVariable, .text(field))
            return poisoned(r)
        case .map(_, let v):
            return TypedExpr(.select(base, field), v, r)
        case .dyn:
            return TypedExpr(.select(base, field), .dyn, r)
        default:
            if base.type != .dyn, case .constant(.null) = base.kind { return poisoned(r) }
            error(r, .exprTypeHasNoField, describe(base.type), .text(field))
            return poisoned(r)
        }
    }

    mutating func hasCheck(_ operand: ExprNode, _ field: String, _ r: TextRange) -> TypedExpr {
        if let path = dottedPath(operand) {
            if let local = locals.last(where: { $0.name == path[0] }), local.type == .member {
                let p = (path.dropFirst() + [field]).joined(separator: ".")
                if let slot = context.schema?.memberField(p) {
                    return TypedExpr(.fieldPresent(slot: slot, member: local.slot), .bool, r)
                }
            } else if context.definitionIndex[path[0]] == nil, locals.last(where: { $0.name == path[0] }) == nil,
                      let schema = context.schema {
                let p = (path + [field]).joined(separator: ".")
                if let slot = schema.householdField(p) { return TypedExpr(.fieldPresent(slot: slot, member: nil), .bool, r) }
                if schema.isHouseholdGroup(path.joined(separator: ".")) {
                    unknown(.unknownHouseholdField, r, [.text(p)], written: p, in: schema.households.map(\.path))
                    return poisoned(r)
                }
            }
        }
        let base = check(operand)
        switch base.type {
        case .map, .dyn: return TypedExpr(.hasKey(base, field), .bool, r)
        default:
            error(r, .exprHasNeedsMap, describe(base.type))
            return poisoned(r)
        }
    }

    mutating func checkIndex(_ base: TypedExpr, _ index: TypedExpr, _ r: TextRange) -> TypedExpr {
        switch base.type {
        case .list(let e):
            if index.type != .int && !index.type.isDyn { error(index.range, .exprListIndexType, describe(index.type)) }
            return TypedExpr(.index(base, index), e, r)
        case .map(let k, let v):
            if !ExprType.comparableForEquality(k, index.type) { error(index.range, .exprMapKeyMismatch, describe(k), describe(index.type)) }
            return TypedExpr(.index(base, index), v, r)
        case .dyn:
            return TypedExpr(.index(base, index), .dyn, r)
        default:
            error(r, .exprNotIndexable, describe(base.type))
            return poisoned(r)
        }
    }
}

/// Types in words an officer understands, as catalogue messages: worded (in English or Chinese)
/// when the diagnostic is printed.
func describe(_ t: ExprType) -> MessageArg {
    switch t {
    case .bool: return .message(.typeBool, [])
    case .int: return .message(.typeInt, [])
    case .decimal: return .message(.typeDecimal, [])
    case .string: return .message(.typeString, [])
    case .date: return .message(.typeDate, [])
    case .duration: return .message(.typeDuration, [])
    case .null: return .message(.typeNull, [])
    case .enumeration: return .message(.typeEnum, [])
    case .member: return .message(.typeMember, [])
    case .list(let e): return .message(.typeList, [.message(elementName(e), [])])
    case .map: return .message(.typeMap, [])
    case .dyn: return .message(.typeDyn, [])
    }
}

/// A list's elements, named in the plural ("a list of numbers").
func elementName(_ t: ExprType) -> MessageID {
    switch t {
    case .bool: return .typeOfBool
    case .int: return .typeOfInt
    case .decimal: return .typeOfDecimal
    case .string: return .typeOfString
    case .date: return .typeOfDate
    case .duration: return .typeOfDuration
    case .null: return .typeOfNull
    case .enumeration: return .typeOfEnum
    case .member: return .typeOfMember
    case .list: return .typeOfList
    case .map: return .typeOfMap
    case .dyn: return .typeOfDyn
    }
}
