import WatchlineSyntax
/// The syntax tree of one expression, as the parser produces it (CEL's grammar, with Unicode
/// identifiers). Positions are offsets in Unicode scalars into the expression's text; an
/// `ExprText` maps them back to the rule file.
package struct TextRange: Sendable, Hashable {
    package var start: Int32
    package var end: Int32
    package init(_ start: Int, _ end: Int) { self.start = Int32(start); self.end = Int32(end) }
}

package enum UnaryOp: String, Sendable { case not = "!", negate = "-" }

package enum BinaryOp: String, Sendable, CaseIterable {
    case or = "||", and = "&&"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in"
    case add = "+", sub = "-", mul = "*", div = "/", mod = "%"
}

package enum Literal: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    /// `123u`: parsed so it can be reported, not supported by the language.
    case uint(UInt64)
    /// A decimal literal (`7000.0`, `1e3`, `0.3`) kept as written; the compiler makes it exact.
    case decimal(String)
    case string(String)
    /// `b"…"`: parsed so it can be reported, not supported by the language.
    case bytes([UInt8])
}

package indirect enum ExprKind: Sendable {
    case literal(Literal)
    /// A name: a field, parameter, definition, bound variable, or `params`/`risks`/`as_of`…
    /// A leading dot (`.name`) is kept in the name as written.
    case ident(String)
    /// `operand.field`; `testOnly` is true for the argument of `has(…)`.
    case select(operand: ExprNode, field: String, testOnly: Bool)
    case index(operand: ExprNode, index: ExprNode)
    /// `f(args)` or `target.f(args)`. Macros (`all`, `exists`, `exists_one`, `filter`, `map`, `has`)
    /// stay calls here; the checker recognises them.
    case call(target: ExprNode?, function: String, args: [ExprNode])
    case unary(UnaryOp, ExprNode)
    case binary(BinaryOp, ExprNode, ExprNode)
    case conditional(ExprNode, ExprNode, ExprNode)
    case list([ExprNode])
    case map([(key: ExprNode, value: ExprNode)])
    /// `Name{field: value}`: parsed so it can be reported, not supported by the language.
    case message(type: String, fields: [(field: String, value: ExprNode)])
}

package struct ExprNode: Sendable {
    package var kind: ExprKind
    package var range: TextRange
    package init(_ kind: ExprKind, _ range: TextRange) { self.kind = kind; self.range = range }
}

/// An expression's text and where it stands in its rule file.
package struct ExprText: Sendable {
    package var text: String
    /// Maps a scalar offset in `text` to a position in the rule file.
    package var origin: ExprOrigin
    package init(_ text: String, origin: ExprOrigin) { self.text = text; self.origin = origin }

    package func span(_ r: TextRange) -> SourceSpan {
        SourceSpan(path: origin.path, start: origin.position(Int(r.start)), end: origin.position(Int(r.end)))
    }
}

/// Where an expression's text came from: a YAML scalar (its first content character and, for
/// multi-line block scalars, the start of each line), or a command line / REPL input.
public struct ExprOrigin: Sendable {
    package var path: String
    /// Position of scalar offset 0.
    package var start: SourcePosition
    /// For text spanning lines: scalar offsets at which each following line begins, with that
    /// line's position. Empty for single-line text.
    package var lineStarts: [(offset: Int, position: SourcePosition)]

    public init(path: String, start: SourcePosition, lineStarts: [(offset: Int, position: SourcePosition)] = []) {
        self.path = path; self.start = start; self.lineStarts = lineStarts
    }

    package func position(_ offset: Int) -> SourcePosition {
        var base = (offset: 0, position: start)
        for ls in lineStarts where ls.offset <= offset { base = ls }
        return SourcePosition(line: base.position.line, column: base.position.column + (offset - base.offset))
    }
}
