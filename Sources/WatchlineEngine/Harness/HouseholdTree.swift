import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// A household as a tree of values, for test cases: written inline in YAML or taken from an
/// examples file, then changed field by field (`set:`), then decoded by the same record reader
/// `run` uses.
package indirect enum HouseholdTree: Sendable, Equatable {
    /// The tree with every value of a personal field (members' ID numbers) masked, for what a
    /// command writes out (`:save-test`).
    package func maskingPersonal(_ schema: Schema, path: String = "") -> HouseholdTree {
        switch self {
        case .object(let pairs):
            return .object(pairs.map { k, v in
                let p = path.isEmpty ? k : path + "." + k
                if case .string(let s) = v, !path.isEmpty || k != "id", schema.isPersonal(path: p) { return (k, .string(Schema.masked(s))) }
                return (k, v.maskingPersonal(schema, path: p))
            })
        case .array(let items): return .array(items.map { $0.maskingPersonal(schema, path: path) })
        default: return self
        }
    }

    case object([(String, HouseholdTree)])
    case array([HouseholdTree])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    package static func == (a: Self, b: Self) -> Bool { a.json == b.json }

    /// From a YAML node: plain scalars that read as numbers or booleans become those.
    package init(yaml node: YAMLNode) {
        switch node.kind {
        case .null: self = .null
        case .sequence(let items): self = .array(items.map(HouseholdTree.init(yaml:)))
        case .mapping(let pairs): self = .object(pairs.map { ($0.keyText, HouseholdTree(yaml: $0.value)) })
        case .scalar(let s, let style):
            guard style == .plain else { self = .string(s); return }
            if s == "true" || s == "false" { self = .bool(s == "true") }
            else if s == "null" || s == "~" || s.isEmpty { self = .null }
            else if case .value = Fixed.parse(s), !s.hasPrefix("+"), !(s.hasPrefix("0") && s.count > 1 && !s.hasPrefix("0.")) { self = .number(s) }
            else { self = .string(s) }
        }
    }

    /// From a JSON line (the examples files), keeping numbers exactly as written.
    package init?(jsonLine: String) {
        var tape = JSONTape()
        var text = jsonLine
        let tree: HouseholdTree? = text.withUTF8 { bytes in
            if tape.parse(bytes) != nil { return nil }
            return HouseholdTree(tape: tape, token: 0, bytes: bytes)
        }
        guard let tree else { return nil }
        self = tree
    }

    init(tape: JSONTape, token i: Int, bytes: UnsafeBufferPointer<UInt8>) {
        switch tape.tokens[i].kind {
        case .object:
            var pairs: [(String, HouseholdTree)] = []
            tape.forEachMember(of: i) { k, v in pairs.append((tape.string(k, in: bytes), HouseholdTree(tape: tape, token: v, bytes: bytes))) }
            self = .object(pairs)
        case .array:
            var items: [HouseholdTree] = []
            tape.forEachElement(of: i) { items.append(HouseholdTree(tape: tape, token: $0, bytes: bytes)) }
            self = .array(items)
        case .string: self = .string(tape.string(i, in: bytes))
        case .number: self = .number(String(decoding: tape.rawBytes(i, in: bytes), as: UTF8.self))
        case .true: self = .bool(true)
        case .false: self = .bool(false)
        case .null: self = .null
        }
    }

    /// Sets a dotted path (`income.net_per_capita`, `members.0.labor`), creating objects on the way.
    package mutating func set(_ path: [String], _ value: HouseholdTree) {
        guard let head = path.first else { self = value; return }
        switch self {
        case .object(var pairs):
            if let i = pairs.firstIndex(where: { $0.0 == head }) {
                var child = pairs[i].1
                child.set(Array(path.dropFirst()), value)
                pairs[i].1 = child
            } else {
                var child = HouseholdTree.object([])
                child.set(Array(path.dropFirst()), value)
                pairs.append((head, child))
            }
            self = .object(pairs)
        case .array(var items):
            // An index past the end extends the list (`members.1` on a one-member household adds one).
            guard let i = Int(head), i >= 0, i < items.count + 64 else { return }
            while items.count <= i { items.append(.object([])) }
            items[i].set(Array(path.dropFirst()), value)
            self = .array(items)
        default:
            self = .object([])
            set(path, value)
        }
    }

    /// Removes a dotted path (a field made missing, i.e. unknown).
    package mutating func remove(_ path: [String]) {
        guard let head = path.first else { return }
        switch self {
        case .object(var pairs):
            if path.count == 1 { pairs.removeAll { $0.0 == head } }
            else if let i = pairs.firstIndex(where: { $0.0 == head }) { pairs[i].1.remove(Array(path.dropFirst())) }
            self = .object(pairs)
        case .array(var items):
            if let i = Int(head), i >= 0, i < items.count { items[i].remove(Array(path.dropFirst())); self = .array(items) }
        default: break
        }
    }

    package func get(_ path: [String]) -> HouseholdTree? {
        guard let head = path.first else { return self }
        switch self {
        case .object(let pairs): return pairs.first { $0.0 == head }?.1.get(Array(path.dropFirst()))
        case .array(let items): return Int(head).flatMap { $0 >= 0 && $0 < items.count ? items[$0].get(Array(path.dropFirst())) : nil }
        default: return nil
        }
    }

    package var json: String {
        switch self {
        case .object(let pairs): return "{" + pairs.map { jsonQuote($0.0) + ":" + $0.1.json }.joined(separator: ",") + "}"
        case .array(let items): return "[" + items.map(\.json).joined(separator: ",") + "]"
        case .string(let s): return jsonQuote(s)
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }
}

func jsonQuote(_ s: String) -> String {
    var out: [UInt8] = []
    appendJSONString(s, to: &out)
    return String(decoding: out, as: UTF8.self)
}
