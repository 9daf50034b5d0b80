import WatchlineSyntax
extension Checker {
    mutating func call(target: ExprNode?, _ function: String, _ args: [ExprNode], _ r: TextRange) -> TypedExpr {
        // risks.has("因病"), risks.any(), risks.count()
        if let target, case .ident("risks") = target.kind, locals.last(where: { $0.name == "risks" }) == nil,
           context.definitionIndex["risks"] == nil, ["has", "any", "count"].contains(function) {
            return riskCall(function, args, r)
        }
        // alerts.has("医保预警"), alerts.any(), alerts.count()
        if let target, case .ident("alerts") = target.kind, locals.last(where: { $0.name == "alerts" }) == nil,
           context.definitionIndex["alerts"] == nil, ["has", "any", "count"].contains(function) {
            return riskCall(function, args, r, alerts: true)
        }
        // has(a.b): the parser marked the selection test-only.
        if function == "has", target == nil, args.count == 1 { return check(args[0]) }
        if let macro = Macro(rawValue: function), let target {
            return comprehension(macro, target, args, r)
        }
        // months(n) would read as a duration; it is not one.
        if function == "months", target == nil, args.count == 1 {
            error(r, .exprMonthsNotDuration); return poisoned(r)
        }
        // The macros above and has(a.b) are not functions: the parser and this file handle them.
        // Every function is declared once, in Values/Builtins/: its types come from there.
        guard let builtin = Builtins.named(function) else {
            let names = Builtins.all.flatMap(\.names) + ["all", "exists", "exists_one", "filter", "map"]
            unknown(.unknownFunction, r, [.text(function)], written: function, in: names, first: target == nil)
            return poisoned(r)
        }
        var typedArgs: [TypedExpr] = []
        if let target {
            if !builtin.allowsMethodCall {
                error(r, .exprFunctionNotMethod, .text(function))
                return poisoned(r)
            }
            typedArgs.append(check(target))
        }
        typedArgs += args.map { check($0) }
        return builtinCall(builtin, typedArgs, r)
    }

    mutating func riskCall(_ function: String, _ args: [ExprNode], _ r: TextRange, alerts: Bool = false) -> TypedExpr {
        let what = alerts ? "alerts" : "risks"
        let lo = alerts ? 0 : context.riskBase, hi = alerts ? context.riskBase : context.riskBase + context.riskTotal
        switch function {
        case "has":
            guard args.count == 1, case .literal(.string(let id)) = args[0].kind else {
                error(r, alerts ? .exprAlertsHasUsage : .exprRisksHasUsage)
                return poisoned(r)
            }
            return alerts ? alertTest(id, args[0].range, r) : riskTest(id, args[0].range, r)
        case "any":
            if !args.isEmpty { error(r, .exprTakesNoArguments, .text(what), "any") }
            return TypedExpr(.anyRisk(lo: lo, hi: hi), .bool, r)
        default:
            if !args.isEmpty { error(r, .exprTakesNoArguments, .text(what), "count") }
            return TypedExpr(.call(Builtins.size, overload: 0, [TypedExpr(.riskList(lo: lo, hi: hi), .list(.string), r)]), .int, r)
        }
    }

    mutating func comprehension(_ macro: Macro, _ target: ExprNode, _ args: [ExprNode], _ r: TextRange) -> TypedExpr {
        let range = check(target)
        let expectedArgs = macro == .map ? [2, 3] : [2]
        guard expectedArgs.contains(args.count), case .ident(let name) = args[0].kind else {
            error(r, .exprMacroUsage, .text(macro.rawValue))
            return poisoned(r)
        }
        let elementType: ExprType
        switch range.type {
        case .list(let e): elementType = e
        case .map(let k, _): elementType = k
        case .dyn: elementType = .dyn
        default:
            error(target.range, .exprMacroNeedsCollection, .text(macro.rawValue), describe(range.type))
            return poisoned(r)
        }
        let slot = context.allocateLocal()
        locals.append((name, slot, elementType))
        defer { locals.removeLast() }
        let body = check(args[args.count - 1])
        var filter: TypedExpr?
        if args.count == 3 { filter = check(args[1]); requireBool(filter!, .exprMapFilterNeedsBool) }
        switch macro {
        case .all, .exists, .existsOne:
            requireBool(body, .exprMacroNeedsBool, .text(macro.rawValue))
            return TypedExpr(.comprehension(macro, range: range, local: slot, body: body, filter: nil), .bool, r)
        case .filter:
            requireBool(body, .exprMacroNeedsBool, "filter")
            return TypedExpr(.comprehension(macro, range: range, local: slot, body: body, filter: nil), .list(elementType), r)
        case .map:
            return TypedExpr(.comprehension(macro, range: range, local: slot, body: body, filter: filter), .list(body.type), r)
        }
    }

    /// Types a call from the function's declaration (Values/Builtins/): the overload for the
    /// number of arguments, each argument against its parameter, the result from the overload.
    mutating func builtinCall(_ f: BuiltinFunction, _ args: [TypedExpr], _ r: TextRange) -> TypedExpr {
        let types = args.map(\.type)
        guard let o = f.overload(arity: args.count) else {
            if f.overloads.count == 1, !f.overloads[0].variadic {
                let n = f.overloads[0].params.count
                if n == 1 { error(r, .exprArgumentCountOne, .text(f.name), .text(f.usage)) }
                else { error(r, .exprArgumentCount, .text(f.name), .text(String(n)), .text(f.usage)) }
            } else { error(r, .exprNeedsArguments, .text(f.name), .text(f.usage)) }
            return poisoned(r)
        }
        let overload = f.overloads[o]
        // A literal date is read now: an invalid one fails `check` here.
        if f === Builtins.date, case .constant(.string(let s)) = args[0].kind {
            guard let d = CivilDate(iso: s) else { error(args[0].range, .exprNotADate, .text(s)); return poisoned(r) }
            return TypedExpr(.constant(.date(d)), .date, r)
        }
        for i in args.indices where !types[i].isDyn && !overload.param(i).type.accepts(types[i]) {
            error(args[i].range, .exprArgumentType, .text(f.name), overload.param(i).type.what, describe(types[i]))
        }
        // A pattern known at load time is compiled now: an invalid one fails `check` here.
        if f === Builtins.matches, let pattern = constantString(args[1]) {
            do throws(RegexError) { _ = try RegexProgram(pattern) } catch {
                let shown = pattern.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(pattern.unicodeScalars.prefix(60))) + "…" : pattern
                diagnostics.append(Diagnostic(error.isUnsupported ? .regexUnsupported : .regexInvalid, at: text.span(args[1].range), shown, error.reason))
                return poisoned(r)
            }
        }
        return TypedExpr(.call(f, overload: o, args), overload.result.type(types), r)
    }
}
