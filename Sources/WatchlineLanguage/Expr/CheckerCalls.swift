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
        guard let builtin = Builtin(rawValue: function) ?? aliasBuiltin(function) else {
            let names = Builtin.allCases.map(\.rawValue) + ["all", "exists", "exists_one", "filter", "map"]
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

    func aliasBuiltin(_ name: String) -> Builtin? {
        switch name {
        case "getFullYear": return .year
        case "getMonth": return nil
        default: return nil
        }
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
            return TypedExpr(.call(.size, [TypedExpr(.riskList(lo: lo, hi: hi), .list(.string), r)]), .int, r)
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

    mutating func builtinCall(_ f: Builtin, _ args: [TypedExpr], _ r: TextRange) -> TypedExpr {
        let types = args.map(\.type)
        func want(_ n: Int, _ usage: String) -> Bool {
            if args.count != n {
                if n == 1 { error(r, .exprArgumentCountOne, .text(f.rawValue), .text(usage)) }
                else { error(r, .exprArgumentCount, .text(f.rawValue), .text(String(n)), .text(usage)) }
                return false
            }
            return true
        }
        func arg(_ i: Int, _ ok: (ExprType) -> Bool, _ what: MessageArg) -> Bool {
            if types[i].isDyn || ok(types[i]) { return true }
            error(args[i].range, .exprArgumentType, .text(f.rawValue), what, describe(types[i]))
            return false
        }
        let isNum: (ExprType) -> Bool = { $0.isNumeric }
        let isInt: (ExprType) -> Bool = { $0 == .int }
        let isDate: (ExprType) -> Bool = { $0 == .date }
        let isString: (ExprType) -> Bool = { $0 == .string }
        var result: ExprType = .dyn
        switch f {
        case .size:
            guard want(1, "size(x)") else { return poisoned(r) }
            _ = arg(0, { if case .list = $0 { return true }; if case .map = $0 { return true }; return $0 == .string }, .message(.wantTextListOrMap, []))
            result = .int
        case .contains, .startsWith, .endsWith, .matches:
            guard want(2, "text.\(f.rawValue)(\"…\")") else { return poisoned(r) }
            _ = arg(0, isString, describe(.string)); _ = arg(1, isString, describe(.string))
            // A pattern known at load time is compiled now: an invalid one fails `check` here.
            if f == .matches, let pattern = constantString(args[1]) {
                do throws(RegexError) { _ = try RegexProgram(pattern) } catch {
                    let shown = pattern.unicodeScalars.count > 60 ? String(String.UnicodeScalarView(pattern.unicodeScalars.prefix(60))) + "…" : pattern
                    diagnostics.append(Diagnostic(error.isUnsupported ? .regexUnsupported : .regexInvalid, at: text.span(args[1].range), shown, error.reason))
                    return poisoned(r)
                }
            }
            result = .bool
        case .lowerAscii, .upperAscii, .trim:
            guard want(1, "text.\(f.rawValue)()") else { return poisoned(r) }
            _ = arg(0, isString, describe(.string)); result = .string
        case .toInt:
            guard want(1, "int(x)") else { return poisoned(r) }
            result = .int
        case .toString:
            guard want(1, "string(x)") else { return poisoned(r) }
            result = .string
        case .toDecimal, .toDouble:
            guard want(1, "decimal(x)") else { return poisoned(r) }
            result = .decimal
        case .toBool:
            guard want(1, "bool(x)") else { return poisoned(r) }
            result = .bool
        case .toDate:
            guard want(1, "date(\"2022-05-06\")") else { return poisoned(r) }
            if case .constant(.string(let s)) = args[0].kind {
                guard let d = CivilDate(iso: s) else { error(args[0].range, .exprNotADate, .text(s)); return poisoned(r) }
                return TypedExpr(.constant(.date(d)), .date, r)
            }
            _ = arg(0, { $0 == .string || $0 == .date }, .message(.wantDateText, []))
            result = .date
        case .dyn:
            guard want(1, "dyn(x)") else { return poisoned(r) }
            result = .dyn
        case .min, .max:
            if args.count == 1 {
                _ = arg(0, { if case .list(let e) = $0 { return e.isNumeric || e.isDyn }; return false }, describe(.list(.decimal)))
                if case .list(let e) = types[0] { result = e }
            } else if args.count >= 2 {
                for i in args.indices { _ = arg(i, isNum, describe(.decimal)) }
                result = types.allSatisfy { $0 == .int } ? .int : .decimal
            } else { error(r, .exprMinMaxUsage, .text(f.rawValue)); return poisoned(r) }
        case .abs:
            guard want(1, "abs(x)") else { return poisoned(r) }
            _ = arg(0, isNum, describe(.decimal)); result = types[0]
        case .round:
            guard want(2, "round(x, places)") else { return poisoned(r) }
            _ = arg(0, isNum, describe(.decimal)); _ = arg(1, isInt, .message(.wantDecimalPlaces, [])); result = .decimal
        case .sum:
            guard want(1, "sum(list), list.sum()") else { return poisoned(r) }
            _ = arg(0, { if case .list(let e) = $0 { return e.isNumeric || e.isDyn }; return false }, describe(.list(.decimal)))
            if case .list(let e) = types[0] { result = e == .int ? .int : .decimal }
        case .days, .workdays, .months:
            guard want(1, "\(f.rawValue)(n)") else { return poisoned(r) }
            _ = arg(0, isInt, describe(.int)); result = f == .months ? .int : .duration
            if f == .months { error(r, .exprMonthsNotDuration); return poisoned(r) }
        case .addDays, .addMonths, .addWorkdays:
            guard want(2, "\(f.rawValue)(date, n)") else { return poisoned(r) }
            _ = arg(0, isDate, describe(.date)); _ = arg(1, isInt, describe(.int)); result = .date
        case .workdaysBetween, .daysBetween:
            guard want(2, "\(f.rawValue)(from, to)") else { return poisoned(r) }
            _ = arg(0, isDate, describe(.date)); _ = arg(1, isDate, describe(.date)); result = .int
        case .isWorkday:
            guard want(1, "is_workday(date)") else { return poisoned(r) }
            _ = arg(0, isDate, describe(.date)); result = .bool
        case .endOfMonth:
            guard want(1, "end_of_month(date)") else { return poisoned(r) }
            _ = arg(0, isDate, describe(.date)); result = .date
        case .year, .month, .day:
            guard want(1, "\(f.rawValue)(date)") else { return poisoned(r) }
            _ = arg(0, isDate, describe(.date)); result = .int
        }
        return TypedExpr(.call(f, args), result, r)
    }
}
