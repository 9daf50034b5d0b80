import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// The result for one input record: its decision, or the errors that prevented one.
public struct Outcome: Sendable {
    /// 1-based line (JSONL, CSV) or element number (JSON array) of the record.
    public var line: Int
    public var id: String?
    public var decision: Decision?
    public var errors: [String]
    public var trace: [TraceEntry]?
    /// Where the household is, for grouping in diffs and summaries.
    public var town: String?
    public var village: String?
    public var grid: String?

    public init(line: Int, id: String?, decision: Decision?, errors: [String], trace: [TraceEntry]? = nil) {
        self.line = line; self.id = id; self.decision = decision; self.errors = errors; self.trace = trace
    }

    /// The id as output: the household's own, or `#line`.
    public var outputID: String { id ?? "#\(line)" }
}

extension CompiledRuleset {
    /// Names for an outcome's sets, in rule order.
    public func riskNames(_ d: Decision) -> [String] { riskIDs.indices.filter { d.risks.contains($0) }.map { riskIDs[$0] } }
    public func alertNames(_ d: Decision) -> [String] { alertIDs.indices.filter { d.alerts.contains($0) }.map { alertIDs[$0] } }
    public func exclusionNames(_ d: Decision) -> [String] { ruleset.exclusions.indices.filter { d.exclusions.contains($0) }.map { ruleset.exclusions[$0].id } }
    public func measureNames(_ d: Decision) -> [String] { measureIDs.indices.filter { d.measures.contains($0) }.map { measureIDs[$0] } }
    public func categoryName(_ d: Decision) -> String? { d.category.map { ruleset.categories[$0].id } }
    public func undeterminedNames(_ d: Decision) -> [String] { d.undetermined.fields.map(checked.context.fieldPath(forID:)) }

    /// The error lines for an outcome whose evaluation failed.
    public func failureMessages(_ d: Decision) -> [String] {
        guard let f = d.failure else { return [] }
        return [MessageCatalogue.format(.evalRuleError, [f.rule, f.span.description, f.error.message])]
    }

    /// A value as output text, with enum values by their id.
    public func text(_ v: Value) -> String {
        switch v {
        case .enumValue(let r): return schema.enums[Int(r.type)].values[Int(r.ordinal)]
        case .list(let l): return "[" + l.items.map { quoted($0) }.joined(separator: ", ") + "]"
        default: return displayText(v)
        }
    }
    func quoted(_ v: Value) -> String {
        switch v {
        case .string, .enumValue: return "\"" + text(v) + "\""
        default: return text(v)
        }
    }
}
