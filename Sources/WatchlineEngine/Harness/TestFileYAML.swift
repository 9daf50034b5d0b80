import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation

/// The policy test files Watchline writes itself (the REPL's `:save-test`, `test --boundaries`)
/// are built as YAML nodes and written by the one YAML writer (libyaml's emitter), so every key
/// and value is quoted as YAML needs. Text is double-quoted (a household id `0012` or a name
/// `no` stays text); numbers, booleans, dates and `null` are plain.
enum TestFileYAML {
    typealias Pairs = [(String, YAMLNode)]

    static func text(_ s: String) -> YAMLNode { .scalar(s, style: .doubleQuoted) }
    static func plain(_ s: String) -> YAMLNode { .scalar(s) }
    static func number(_ s: String) -> YAMLNode { typed(s, YAMLWriter.numberTag) }
    static func bool(_ b: Bool?) -> YAMLNode { b.map { typed($0 ? "true" : "false", YAMLWriter.boolTag) } ?? null }
    static let null = typed("null", YAMLWriter.nullTag)
    private static func typed(_ s: String, _ tag: String) -> YAMLNode {
        YAMLNode(.scalar(s, .plain), span: SourceSpan(path: "", line: 1, column: 1), tag: tag)
    }
    static func texts(_ xs: [String]) -> YAMLNode { .sequence(xs.map(text)) }

    /// A file's head: its comment lines, `watchline: 1`, the `tests:` section, and `cases:` for
    /// `caseItem`s to follow.
    static func head(comments: [String], tests: Pairs) -> String {
        comments.map { "# \($0)\n" }.joined()
            + YAMLWriter.emit(.mapping([("watchline", plain("1")), ("tests", .mapping(tests))]))
            + "cases:\n"
    }

    /// One case as an item of the `cases:` list: a one-item sequence, indented two spaces.
    static func caseItem(_ pairs: Pairs) -> String {
        // Every line, blank ones too (a literal block may hold them); blank lines stay unindented.
        YAMLWriter.emit(.sequence([.mapping(pairs)])).split(separator: "\n", omittingEmptySubsequences: false)
            .dropLast().map { $0.isEmpty ? "\n" : "  " + $0 + "\n" }.joined()
    }

    /// What a test case expects, from a decision.
    static func expectations(_ d: Decision, _ r: CompiledRuleset) -> Pairs {
        var out: Pairs = [("monitored", bool(d.monitored)),
                          ("category", r.categoryName(d).map(text) ?? null),
                          ("risks", texts(r.riskNames(d))),
                          ("excluded_by", texts(r.exclusionNames(d))),
                          ("measures", texts(r.measureNames(d)))]
        if !r.alertIDs.isEmpty { out.append(("alerts", texts(r.alertNames(d)))) }
        out.append(("watch", bool(d.watch)))
        return out
    }
}

extension HouseholdTree {
    /// The tree as a YAML node, for a test file's `household:` and `set:`.
    var yaml: YAMLNode {
        switch self {
        case .object(let pairs): return .mapping(pairs.map { ($0.0, $0.1.yaml) })
        case .array(let items): return .sequence(items.map(\.yaml))
        case .string(let s): return TestFileYAML.text(s)
        case .number(let n): return TestFileYAML.number(n)
        case .bool(let b): return TestFileYAML.bool(b)
        case .null: return TestFileYAML.null
        }
    }
}

extension ParamValue {
    /// A parameter value as a YAML node, for a case's `params:`.
    var yaml: YAMLNode {
        switch self {
        case .string(let s): return TestFileYAML.text(s)
        case .list(let xs): return .sequence(xs.map(\.yaml))
        case .bool(let b): return TestFileYAML.bool(b)
        case .number: return TestFileYAML.number(description)
        default: return TestFileYAML.plain(description)
        }
    }
}
