import WatchlineSyntax
import WatchlineLanguage
/// The predicate nodes (`PredicateProgram`) read as a plan of column kernels: what a chunk of
/// households must be gathered into (one typed column per field a kernel reads) and, per node,
/// the kernel that computes its answer for the whole chunk at once.
///
/// The answers are the scalar nodes' answers exactly: a node's answer for a household is known
/// (true or false) only where the scalar node would answer 0 or 1, and unknown where it would
/// answer 2. Nodes that call a full evaluator (`full`, `numFull`) are unknown for every household
/// here; the decider then asks the scalar node, and the full evaluator after it, for those
/// households and rules only — so explanations, unknown fields and errors stay as they were.
package struct BatchPlan: Sendable {
    /// Fields read as numbers (scaled decimals, or dates as day numbers), as bools, as enum ordinals.
    package let numberSlots: [Int]
    package let boolSlots: [Int]
    package let enumSlots: [Int]
    /// Per node: its kernel.
    let kernels: [Kernel]
    /// `risk(a)` reads the answer of the rule in risk slot `a` (alerts first, then risks).
    let riskSlotRoots: [Int32]

    /// One node's kernel. Column indexes are into the gathered chunk's columns of that kind.
    enum Kernel: Sendable {
        case constant(Bool)
        case boolColumn(Int)
        case enumIn(column: Int, mask: UInt64)
        case enumEq(column: Int, ordinal: Int16, equal: Bool)
        case not(Int32)
        case and(Int32, Int32)
        case or(Int32, Int32)
        /// The answer of another node (a risk rule's root), or unknown when that node comes later.
        case copy(Int32)
        case anyOf([Int32])
        case compare(PredicateNode.Op, Operand, Operand)
        /// A number node, a full evaluator: no answer of its own here.
        case none
    }

    enum Operand: Sendable {
        case column(Int)
        case constant(Int64)
        /// A computed number (`numFull`): unknown in the batch.
        case unknown
    }

    /// The plan is empty when no node has a kernel (every rule needs its full evaluator).
    package var isUseful: Bool {
        kernels.contains { if case .none = $0 { return false }; if case .constant = $0 { return false }; return true }
    }
    package var nodeCount: Int { kernels.count }

    init(_ program: PredicateProgram, riskSlotRoots: [Int32]) {
        self.riskSlotRoots = riskSlotRoots
        var numbers: [Int] = [], bools: [Int] = [], enums: [Int] = []
        func index(_ slot: Int32, in list: inout [Int]) -> Int {
            if let i = list.firstIndex(of: Int(slot)) { return i }
            list.append(Int(slot)); return list.count - 1
        }
        let nodes = program.nodes
        func operand(_ i: Int32) -> Operand {
            let n = nodes[Int(i)]
            switch n.op {
            case .numField: return .column(index(n.a, in: &numbers))
            case .numConstant: return n.k == noNumber ? .unknown : .constant(n.k)
            default: return .unknown
            }
        }
        var kernels: [Kernel] = []
        kernels.reserveCapacity(nodes.count)
        for (at, n) in nodes.enumerated() {
            switch n.op {
            case .constant: kernels.append(.constant(n.k == 1))
            case .fieldBool: kernels.append(.boolColumn(index(n.a, in: &bools)))
            case .risk:
                // The decider fills risk slots in order; a later rule's answer is not there yet.
                let root = Int(n.a) < riskSlotRoots.count ? riskSlotRoots[Int(n.a)] : Int32.max
                kernels.append(Int(root) < at ? .copy(root) : .none)
            case .anyRisk:
                let roots = (Int(n.a)..<Int(n.b)).map { $0 < riskSlotRoots.count ? riskSlotRoots[$0] : Int32.max }
                kernels.append(roots.allSatisfy { Int($0) < at } ? .anyOf(roots) : .none)
            case .not: kernels.append(.not(n.a))
            case .and: kernels.append(.and(n.a, n.b))
            case .or: kernels.append(.or(n.a, n.b))
            case .enumInField: kernels.append(.enumIn(column: index(n.a, in: &enums), mask: UInt64(bitPattern: n.k)))
            case .enumEqField: kernels.append(.enumEq(column: index(n.a, in: &enums), ordinal: Int16(truncatingIfNeeded: n.b), equal: n.k == 1))
            case .lt, .le, .gt, .ge, .eq, .ne: kernels.append(.compare(n.op, operand(n.a), operand(n.b)))
            case .full, .numField, .numConstant, .numFull: kernels.append(.none)
            }
        }
        self.kernels = kernels
        numberSlots = numbers; boolSlots = bools; enumSlots = enums
    }
}
