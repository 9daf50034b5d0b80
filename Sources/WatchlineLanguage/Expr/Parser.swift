import WatchlineSyntax
/// A recursive-descent parser for CEL's grammar (langdef.md), producing `ExprNode`s with the
/// exact text ranges of every node. Nesting is bounded so hostile input cannot exhaust the stack.
package struct Parser {
    package struct Limits: Sendable {
        package var maxDepth = 100
        package var maxLength = 10_000
        package init() {}
    }

    var tokens: [Token]
    var p = 0
    var depth = 0
    let limits: Limits
    let source: ExprText

    struct Failure: Error { var diagnostic: Diagnostic }

    /// Parses `source.text`. On error returns nil and one diagnostic pointing at the problem.
    package static func parse(_ source: ExprText, limits: Limits = .init()) -> (ExprNode?, [Diagnostic]) {
        let count = source.text.unicodeScalars.count
        if count > limits.maxLength {
            return (nil, [Diagnostic(.exprTooLong, at: source.span(TextRange(0, 1)), String(limits.maxLength))])
        }
        var lexer = Lexer(source.text)
        let tokens: [Token]
        do { tokens = try lexer.tokens() } catch let e as LexError {
            return (nil, [Diagnostic(e.id, at: source.span(TextRange(e.offset, e.end)), args: e.args)])
        } catch { return (nil, []) }
        var parser = Parser(tokens: tokens, limits: limits, source: source)
        do {
            guard tokens.first?.kind != .end else { throw parser.fail(.exprEmpty, parser.tokens[0]) }
            let e = try parser.expr()
            if parser.peek.kind != .end {
                let t = parser.peek
                if case .punct(")") = t.kind { throw parser.fail(.exprUnmatchedClose, t) }
                throw parser.fail(.exprTrailingToken, t, parser.describe(t))
            }
            return (e, [])
        } catch let f as Failure {
            return (nil, [f.diagnostic])
        } catch { return (nil, []) }
    }

    init(tokens: [Token], limits: Limits, source: ExprText) {
        self.tokens = tokens; self.limits = limits; self.source = source
    }

    var peek: Token { tokens[p] }

    /// A syntax error: its own catalogue id, with names and tokens as arguments.
    func fail(_ id: MessageID, _ t: Token, _ args: MessageArg...) -> Failure {
        Failure(diagnostic: Diagnostic(id, at: source.span(TextRange(t.start, max(t.end, t.start + 1))), args: args))
    }

    /// A token as a message names it ("'x'", "end of expression"), worded when printed.
    func describe(_ t: Token) -> MessageArg {
        switch t.kind {
        case .ident(let n): return .message(.exprTokenQuoted, [.text(n)])
        case .punct(let s): return .message(.exprTokenQuoted, [.text(s)])
        case .end: return .message(.exprTokenEnd, [])
        case .string: return .message(.exprTokenString, [])
        default: return .message(.exprTokenNumber, [])
        }
    }

    func isPunct(_ s: String) -> Bool { if case .punct(s) = peek.kind { return true }; return false }

    mutating func accept(_ s: String) -> Token? {
        if isPunct(s) { defer { p += 1 }; return peek }
        return nil
    }

    mutating func expect(_ s: String, closing open: Token? = nil) throws -> Token {
        if let t = accept(s) { return t }
        if peek.kind == .end {
            if let open { throw fail(.exprUnclosedAtEnd, peek, .text(s), .text(openText(open)), .text(String(source.origin.position(open.start).column))) }
            throw fail(.exprEndExpecting, peek, .text(s))
        }
        if let open { throw fail(.exprUnclosedFound, peek, .text(s), .text(openText(open)), .text(String(source.origin.position(open.start).column)), describe(peek)) }
        throw fail(.exprExpectedFound, peek, .text(s), describe(peek))
    }

    func openText(_ t: Token) -> String { if case .punct(let s) = t.kind { return s }; return "(" }

    mutating func enter(_ t: Token) throws {
        depth += 1
        if depth > limits.maxDepth {
            throw Failure(diagnostic: Diagnostic(.exprTooDeep, at: source.span(TextRange(t.start, t.end)), String(limits.maxDepth)))
        }
    }

    // Expr = ConditionalOr ["?" ConditionalOr ":" Expr]
    mutating func expr() throws -> ExprNode {
        try enter(peek); defer { depth -= 1 }
        let c = try binaryLevel(0)
        guard accept("?") != nil else { return c }
        let t = try binaryLevel(0)
        _ = try expect(":")
        let f = try expr()
        return ExprNode(.conditional(c, t, f), TextRange(Int(c.range.start), Int(f.range.end)))
    }

    static let levels: [[String: BinaryOp]] = [
        ["||": .or],
        ["&&": .and],
        ["==": .eq, "!=": .ne, "<": .lt, "<=": .le, ">": .gt, ">=": .ge, "in": .in],
        ["+": .add, "-": .sub],
        ["*": .mul, "/": .div, "%": .mod],
    ]

    mutating func binaryLevel(_ level: Int) throws -> ExprNode {
        if level == Self.levels.count { return try unary() }
        var lhs = try binaryLevel(level + 1)
        while true {
            let op: BinaryOp?
            switch peek.kind {
            case .punct(let s): op = Self.levels[level][s]
            case .ident("in"): op = Self.levels[level]["in"]
            default: op = nil
            }
            guard let op else { return lhs }
            let opToken = peek
            p += 1
            try enter(opToken); defer { depth -= 1 }
            if peek.kind == .end { throw fail(.exprNeedsRightOperand, opToken, .text(op.rawValue)) }
            let rhs = try binaryLevel(level + 1)
            lhs = ExprNode(.binary(op, lhs, rhs), TextRange(Int(lhs.range.start), Int(rhs.range.end)))
        }
    }

    // Unary = Member | "!" {"!"} Member | "-" {"-"} Member
    mutating func unary() throws -> ExprNode {
        let t = peek
        if isPunct("!") || isPunct("-") {
            let op: UnaryOp = isPunct("!") ? .not : .negate
            p += 1
            try enter(t); defer { depth -= 1 }
            if op == .negate, case .intMinMagnitude = peek.kind {
                let lit = peek; p += 1
                return try member(ExprNode(.literal(.int(.min)), TextRange(t.start, lit.end)))
            }
            let operand = try unary()
            if op == .negate, case .literal(.int(let v)) = operand.kind, v != .min, operand.range.start == Int32(t.end) {
                return ExprNode(.literal(.int(-v)), TextRange(t.start, Int(operand.range.end)))
            }
            return ExprNode(.unary(op, operand), TextRange(t.start, Int(operand.range.end)))
        }
        return try member(try primary())
    }

    // Member = Primary | Member "." IDENT ["(" [ExprList] ")"] | Member "[" Expr "]"
    mutating func member(_ start: ExprNode) throws -> ExprNode {
        var e = start
        while true {
            if let dot = accept(".") {
                guard case .ident(let name) = peek.kind else { throw fail(.exprFieldAfterDot, peek) }
                let nameToken = peek
                p += 1
                if let open = accept("(") {
                    try enter(open); defer { depth -= 1 }
                    let args = try exprList(until: ")", open: open)
                    let close = tokens[p - 1]
                    e = ExprNode(.call(target: e, function: name, args: args), TextRange(Int(e.range.start), close.end))
                } else {
                    e = ExprNode(.select(operand: e, field: name, testOnly: false), TextRange(Int(e.range.start), nameToken.end))
                }
                _ = dot
            } else if let open = accept("[") {
                try enter(open); defer { depth -= 1 }
                let index = try expr()
                let close = try expect("]", closing: open)
                e = ExprNode(.index(operand: e, index: index), TextRange(Int(e.range.start), close.end))
            } else if isPunct("{"), let type = messageType(e) {
                let open = peek; p += 1
                try enter(open); defer { depth -= 1 }
                var fields: [(field: String, value: ExprNode)] = []
                while !isPunct("}") {
                    guard case .ident(let f) = peek.kind else { throw fail(.exprExpectedFieldName, peek) }
                    p += 1
                    _ = try expect(":")
                    fields.append((f, try expr()))
                    if accept(",") == nil { break }
                }
                let close = try expect("}", closing: open)
                e = ExprNode(.message(type: type, fields: fields), TextRange(Int(e.range.start), close.end))
            } else {
                return e
            }
        }
    }

    /// `a.b.C{…}` is message construction when the prefix is a plain dotted name.
    func messageType(_ e: ExprNode) -> String? {
        switch e.kind {
        case .ident(let n): return n
        case .select(let operand, let field, false): return messageType(operand).map { $0 + "." + field }
        default: return nil
        }
    }

    mutating func exprList(until close: String, open: Token) throws -> [ExprNode] {
        var items: [ExprNode] = []
        while !isPunct(close) {
            if peek.kind == .end { break }
            items.append(try expr())
            if accept(",") == nil { break }
        }
        _ = try expect(close, closing: open)
        return items
    }

    mutating func primary() throws -> ExprNode {
        let t = peek
        switch t.kind {
        case .int(let v): p += 1; return ExprNode(.literal(.int(v)), TextRange(t.start, t.end))
        case .intMinMagnitude: throw fail(.exprIntOutOfRange, t)
        case .uint(let v): p += 1; return ExprNode(.literal(.uint(v)), TextRange(t.start, t.end))
        case .decimal(let s): p += 1; return ExprNode(.literal(.decimal(s)), TextRange(t.start, t.end))
        case .string(let s): p += 1; return ExprNode(.literal(.string(s)), TextRange(t.start, t.end))
        case .bytes(let b): p += 1; return ExprNode(.literal(.bytes(b)), TextRange(t.start, t.end))
        case .ident(let name):
            p += 1
            switch name {
            case "true": return ExprNode(.literal(.bool(true)), TextRange(t.start, t.end))
            case "false": return ExprNode(.literal(.bool(false)), TextRange(t.start, t.end))
            case "null": return ExprNode(.literal(.null), TextRange(t.start, t.end))
            case "in": throw fail(.exprInNeedsLeft, t)
            default: break
            }
            if Lexer.reserved.contains(name) { throw fail(.exprReservedWord, t, .text(name)) }
            if let open = accept("(") {
                try enter(open); defer { depth -= 1 }
                let args = try exprList(until: ")", open: open)
                let end = tokens[p - 1].end
                if name == "has" {
                    guard args.count == 1, case .select(let operand, let field, _) = args[0].kind else {
                        throw fail(.exprHasNeedsSelection, t)
                    }
                    let arg = ExprNode(.select(operand: operand, field: field, testOnly: true), args[0].range)
                    return ExprNode(.call(target: nil, function: "has", args: [arg]), TextRange(t.start, end))
                }
                return ExprNode(.call(target: nil, function: name, args: args), TextRange(t.start, end))
            }
            return ExprNode(.ident(name), TextRange(t.start, t.end))
        case .punct("."):
            p += 1
            guard case .ident(let name) = peek.kind else { throw fail(.exprNameAfterDot, peek) }
            let n = peek; p += 1
            if let open = accept("(") {
                try enter(open); defer { depth -= 1 }
                let args = try exprList(until: ")", open: open)
                return ExprNode(.call(target: nil, function: name, args: args), TextRange(t.start, tokens[p - 1].end))
            }
            return ExprNode(.ident("." + name), TextRange(t.start, n.end))
        case .punct("("):
            p += 1   // the nesting is counted by expr(), once per parenthesis
            if isPunct(")") { throw fail(.exprEmptyParens, peek) }
            let e = try expr()
            let close = try expect(")", closing: t)
            return ExprNode(e.kind, TextRange(t.start, close.end))
        case .punct("["):
            p += 1
            try enter(t); defer { depth -= 1 }
            let items = try exprList(until: "]", open: t)
            return ExprNode(.list(items), TextRange(t.start, tokens[p - 1].end))
        case .punct("{"):
            p += 1
            try enter(t); defer { depth -= 1 }
            var entries: [(key: ExprNode, value: ExprNode)] = []
            while !isPunct("}") {
                if peek.kind == .end { break }
                let k = try expr()
                _ = try expect(":")
                entries.append((k, try expr()))
                if accept(",") == nil { break }
            }
            let close = try expect("}", closing: t)
            return ExprNode(.map(entries), TextRange(t.start, close.end))
        case .end:
            throw fail(.exprUnexpectedEnd, t)
        case .punct(let s):
            throw fail(.exprUnexpectedToken, t, .text(s))
        }
    }
}
