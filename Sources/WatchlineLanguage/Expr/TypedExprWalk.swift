import WatchlineSyntax
extension TypedExpr {
    /// Every node, depth first (the harness finds thresholds this way; the linter finds uses).
    package func forEachNode(_ visit: (TypedExpr) -> Void) {
        visit(self)
        switch kind {
        case .listHas(_, let x), .listColumn(_, let x, _):
            x.forEachNode(visit)
        case .not(let x), .negate(let x), .select(let x, _), .hasKey(let x, _), .enumIn(let x, _), .enumName(let x, _):
            x.forEachNode(visit)
        case .and(let a, let b), .or(let a, let b), .binary(_, let a, let b), .index(let a, let b):
            a.forEachNode(visit); b.forEachNode(visit)
        case .conditional(let a, let b, let c):
            a.forEachNode(visit); b.forEachNode(visit); c.forEachNode(visit)
        case .list(let xs), .call(_, _, let xs):
            for x in xs { x.forEachNode(visit) }
        case .map(let entries):
            for (k, v) in entries { k.forEachNode(visit); v.forEachNode(visit) }
        case .comprehension(_, let range, _, let body, let filter):
            range.forEachNode(visit); body.forEachNode(visit); filter?.forEachNode(visit)
        default:
            break
        }
    }
}
