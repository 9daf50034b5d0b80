import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The expression front end: tokens (Chinese identifiers, full-width punctuation typed with a
/// Chinese input method), precedence and associativity as CEL has them, and errors at the column.
@Suite struct LexerParserTests {
    func tokens(_ s: String) throws -> [String] {
        var l = Lexer(s)
        return try l.tokens().map { t in
            switch t.kind {
            case .ident(let x): return "id:" + x
            case .int(let x): return "int:\(x)"
            case .intMinMagnitude: return "int:min"
            case .uint(let x): return "uint:\(x)"
            case .decimal(let x): return "dec:" + x
            case .string(let x): return "str:" + x
            case .bytes: return "bytes"
            case .punct(let x): return x
            case .end: return "end"
            }
        }
    }

    /// The tree as an s-expression.
    func tree(_ s: String) -> String {
        let (node, diags) = Parser.parse(ExprText(s, origin: ExprOrigin(path: "t", start: SourcePosition(line: 1, column: 1))))
        guard let node else { return "error: " + diags.map(\.message).joined(separator: "; ") }
        return sexpr(node)
    }

    func sexpr(_ n: ExprNode) -> String {
        switch n.kind {
        case .literal(let l):
            switch l {
            case .null: return "null"
            case .bool(let b): return "\(b)"
            case .int(let i): return "\(i)"
            case .uint(let u): return "\(u)u"
            case .decimal(let d): return d
            case .string(let s): return "\"\(s)\""
            case .bytes: return "b\"\""
            }
        case .ident(let x): return x
        case .select(let o, let f, let test): return test ? "(has \(sexpr(o)).\(f))" : "\(sexpr(o)).\(f)"
        case .index(let o, let i): return "\(sexpr(o))[\(sexpr(i))]"
        case .call(let t, let f, let args): return "(" + ([t.map { sexpr($0) + "." + f } ?? f] + args.map(sexpr)).joined(separator: " ") + ")"
        case .unary(let op, let x): return "(\(op.rawValue) \(sexpr(x)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
        case .conditional(let c, let t, let f): return "(? \(sexpr(c)) \(sexpr(t)) \(sexpr(f)))"
        case .list(let xs): return "[" + xs.map(sexpr).joined(separator: " ") + "]"
        case .map(let es): return "{" + es.map { sexpr($0.key) + ":" + sexpr($0.value) }.joined(separator: " ") + "}"
        default: return "?"
        }
    }

    @Test func chineseIdentifiersAndNumbers() throws {
        #expect(try tokens("人均纯收入 >= 7000.50 && 户类型 == \"脱贫户\"") ==
                ["id:人均纯收入", ">=", "dec:7000.50", "&&", "id:户类型", "==", "str:脱贫户", "end"])
        #expect(try tokens("0x1F + 3u") == ["int:31", "+", "uint:3", "end"])
    }

    /// A Chinese input method types （ ＞ ， — refused with the ASCII character to use instead.
    @Test func fullWidthPunctuationIsRefusedWithItsASCIIForm() {
        do { _ = try tokens("（1 + 2)"); Issue.record("no error") }
        catch let e as LexError { #expect(e.message.contains("'('") && e.offset == 0) }
        catch { Issue.record("unexpected \(error)") }
    }

    @Test func precedenceAndAssociativity() {
        #expect(tree("1 + 2 * 3 - 4") == "(- (+ 1 (* 2 3)) 4)")
        #expect(tree("a || b && c") == "(|| a (&& b c))")
        #expect(tree("!a == b") == "(== (! a) b)")
        #expect(tree("a ? b : c ? d : e") == "(? a b (? c d e))")
        #expect(tree("x in [1, 2] && y < 3") == "(&& (in x [1 2]) (< y 3))")
        #expect(tree("members.exists(m, m.age >= 60)") == "(members.exists m (>= m.age 60))")
        #expect(tree("a.b[0].c") == "a.b[0].c")
        #expect(tree("has(a.b)") == "(has (has a.b))")   // the call, its argument marked as a presence test
        #expect(tree("-9223372036854775808") == "-9223372036854775808")
        #expect(tree("{\"k\": 1}") == "{\"k\":1}")
    }

    @Test func errorsPointAtTheirColumn() {
        func firstError(_ s: String) -> (Int, String)? {
            let (_, diags) = Parser.parse(ExprText(s, origin: ExprOrigin(path: "t", start: SourcePosition(line: 1, column: 1))))
            return diags.first.map { ($0.span?.start.column ?? 0, $0.message) }
        }
        #expect(firstError("1 +")?.0 == 3)   // at the operator missing its operand
        #expect(firstError("1 2")?.0 == 3)
        #expect(firstError("(1 + 2")?.1.contains("(") == true)
        #expect(firstError("\"open")?.0 == 1)
        #expect(firstError("if > 1") != nil)   // reserved word
        #expect(firstError("收入 ＞ ")?.0 == 4)   // columns count characters, as libyaml does
    }
}
