import WatchlineSyntax
import WatchlineLanguage
/// Which definitions each definition uses, found once from the parsed text before anything is
/// type-checked: the checker and the compiler then take the definitions in dependency order
/// (a definition after the ones it uses), so neither recurses from one definition into another
/// and the work is linear in the number of definitions; a cycle is reported with its whole path.
struct DefinitionGraph {
    struct Reference { var target: Int; var range: TextRange }

    /// Per definition: the definitions it names (each once, first mention), in text order.
    private(set) var references: [[Reference]] = []
    /// Every definition, each after the ones it uses (cycle members in the order met).
    private(set) var order: [Int] = []
    /// Per definition: how deep evaluating it nests, its own expression and the definitions it
    /// uses counted together (evaluation recurses that deep on the thread's stack).
    private(set) var depth: [Int] = []
    /// Each cycle once: the definitions along it (`a`, `b`, `c` for a → b → c → a) and the
    /// reference that closes it (in the last definition's text).
    private(set) var cycles: [(path: [Int], closing: Reference)] = []
    /// Nodes visited while building the graph (a test checks it stays linear).
    private(set) var visits = 0
    /// Each definition's parse, for the checker to reuse.
    private(set) var parsed: [(ExprNode?, [Diagnostic])] = []

    /// The deepest nesting evaluation may reach through definitions (the stack of a worker
    /// thread holds it with room to spare; rule files nest a few levels).
    static let maxDepth = 1000

    init(definitions: [(id: String, text: ExprText)], index: [String: Int]) {
        let n = definitions.count
        var ownDepth = [Int](repeating: 1, count: n)
        // For a definition, per reference: the nesting at which it is made.
        var refDepth: [[Int]] = Array(repeating: [], count: n)
        for (i, d) in definitions.enumerated() {
            var refs: [Reference] = [], levels: [Int] = [], seen = Set<Int>()
            let parse = Parser.parse(d.text)
            parsed.append(parse)
            if let node = parse.0 {
                var bound: [String] = []
                ownDepth[i] = collect(node, 1, &bound, index, &refs, &levels, &seen)
            }
            references.append(refs)
            refDepth[i] = levels
        }
        // Iterative depth-first search: post-order is a topological order; a grey target is a cycle.
        enum Color { case white, grey, black }
        var color = [Color](repeating: .white, count: n)
        var total = [Int](repeating: 0, count: n)
        var stack: [(node: Int, next: Int)] = []
        var onStack: [Int] = []
        for root in 0..<n where color[root] == .white {
            stack.append((root, 0)); color[root] = .grey; onStack.append(root)
            while let top = stack.last {
                let refs = references[top.node]
                if top.next < refs.count {
                    stack[stack.count - 1].next += 1
                    visits += 1
                    let r = refs[top.next]
                    switch color[r.target] {
                    case .white:
                        color[r.target] = .grey; onStack.append(r.target)
                        stack.append((r.target, 0))
                    case .grey:
                        let start = onStack.lastIndex(of: r.target)!
                        cycles.append((Array(onStack[start...]), r))
                    case .black: break
                    }
                    continue
                }
                stack.removeLast(); onStack.removeLast()
                color[top.node] = .black
                var d = ownDepth[top.node]
                for (k, r) in refs.enumerated() where color[r.target] == .black && r.target != top.node {
                    d = max(d, refDepth[top.node][k] + total[r.target])
                }
                total[top.node] = d
                order.append(top.node)
            }
        }
        depth = total
    }

    /// Walks the syntax tree as the checker resolves names: a macro's variable hides a definition
    /// of the same name inside the macro. Returns the subtree's nesting depth.
    private mutating func collect(_ e: ExprNode, _ level: Int, _ bound: inout [String], _ index: [String: Int],
                                  _ refs: inout [Reference], _ levels: inout [Int], _ seen: inout Set<Int>) -> Int {
        visits += 1
        var deepest = level
        func go(_ x: ExprNode, _ bound: inout [String]) {
            deepest = max(deepest, collect(x, level + 1, &bound, index, &refs, &levels, &seen))
        }
        switch e.kind {
        case .literal: break
        case .ident(let name):
            if !bound.contains(name), let i = index[name], seen.insert(i).inserted {
                refs.append(Reference(target: i, range: e.range)); levels.append(level)
            }
        case .select(let x, _, _): go(x, &bound)
        case .index(let x, let y): go(x, &bound); go(y, &bound)
        case .call(let target, let function, let args):
            if let target { go(target, &bound) }
            if target != nil, Macro(rawValue: function) != nil, let first = args.first, case .ident(let v) = first.kind {
                bound.append(v)
                for a in args.dropFirst() { go(a, &bound) }
                bound.removeLast()
            } else {
                for a in args { go(a, &bound) }
            }
        case .unary(_, let x): go(x, &bound)
        case .binary(_, let x, let y): go(x, &bound); go(y, &bound)
        case .conditional(let x, let y, let z): go(x, &bound); go(y, &bound); go(z, &bound)
        case .list(let xs): for x in xs { go(x, &bound) }
        case .map(let entries): for (k, v) in entries { go(k, &bound); go(v, &bound) }
        case .message(_, let fields): for f in fields { go(f.value, &bound) }
        }
        return deepest
    }
}
