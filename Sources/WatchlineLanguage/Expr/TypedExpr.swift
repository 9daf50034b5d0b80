import WatchlineSyntax
/// A checked expression: names resolved to slots, enum literals resolved to ordinals, every node
/// typed. The compiler turns it into evaluators; the harness reads it to find thresholds.
package indirect enum TypedKind: Sendable {
    case constant(Value)
    /// A household field by slot; `path` for explain and undetermined reports.
    case field(slot: Int, path: String)
    /// A member field of the member bound in local `local`.
    case memberField(local: Int, slot: Int, path: String)
    /// `has(x.y)` on a schema field: true when the record gives a value.
    case fieldPresent(slot: Int, member: Int?)
    case members
    case local(Int)
    case definition(Int)
    case parameter(Int, value: Value)
    /// `risks.has("因病")`, `alerts.has("医保预警")`: a slot of the frame's risk array, where the
    /// ruleset's alerts come first and its risks after them.
    case risk(Int)
    /// `risks.any()` / `alerts.any()`: any of the slots lo..<hi holds (alerts come first).
    case anyRisk(lo: Int, hi: Int)
    /// The list of found risk (or alert) ids in slots lo..<hi.
    case riskList(lo: Int, hi: Int)
    case category
    case not(TypedExpr)
    case negate(TypedExpr)
    case and(TypedExpr, TypedExpr)
    case or(TypedExpr, TypedExpr)
    case conditional(TypedExpr, TypedExpr, TypedExpr)
    case binary(BinaryOp, TypedExpr, TypedExpr)
    /// `x in [a, b]` on an enum with literal values: a bitmask of ordinals.
    case enumIn(TypedExpr, mask: UInt64)
    case list([TypedExpr])
    case map([(TypedExpr, TypedExpr)])
    case index(TypedExpr, TypedExpr)
    case select(TypedExpr, String)
    case hasKey(TypedExpr, String)
    case comprehension(Macro, range: TypedExpr, local: Int, body: TypedExpr, filter: TypedExpr?)
    /// A built-in function, with the index of the overload the checker chose.
    case call(BuiltinFunction, overload: Int, [TypedExpr])
    /// `key in vehicles`: whether a department's list has a row for the key (an ID number, normalised).
    case listHas(list: Int, key: TypedExpr)
    /// `vehicles[key].plate`: a declared column of the list's row for the key.
    case listColumn(list: Int, key: TypedExpr, column: Int)
    /// An enum value turned into its id string (to compare with a non-literal string).
    case enumName(TypedExpr, names: [String])
}

package enum Macro: String, Sendable { case all, exists, existsOne = "exists_one", filter, map }

package struct TypedExpr: Sendable {
    package var kind: TypedKind
    package var type: ExprType
    package var range: TextRange
    package init(_ kind: TypedKind, _ type: ExprType, _ range: TextRange) { self.kind = kind; self.type = type; self.range = range }
}

/// The value of a literal or a parameter, known when the rule file is loaded.
package func constantValue(_ e: TypedExpr) -> Value? {
    switch e.kind {
    case .constant(let v), .parameter(_, let v): return v
    default: return nil
    }
}

/// The text of a literal or a parameter, known when the rule file is loaded.
package func constantString(_ e: TypedExpr) -> String? {
    switch e.kind {
    case .constant(.string(let s)), .parameter(_, .string(let s)): return s
    default: return nil
    }
}
