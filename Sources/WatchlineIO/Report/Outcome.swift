import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// The result for one input record: its decision, or the errors that prevented one.
public struct Outcome: Sendable {
    /// 1-based line (JSONL, CSV) or element number (JSON array) of the record.
    package var line: Int
    package var id: String?
    package var decision: Decision?
    package var errors: [String]
    package var trace: [TraceEntry]?
    /// Where the household is, for grouping in diffs and summaries.
    package var town: String?
    package var village: String?
    package var grid: String?

    public init(line: Int, id: String?, decision: Decision?, errors: [String], trace: [TraceEntry]? = nil) {
        self.line = line; self.id = id; self.decision = decision; self.errors = errors; self.trace = trace
    }

    /// The id as output: the household's own, or `#line`.
    package var outputID: String { id ?? "#\(line)" }
}

extension CompiledRuleset {
    /// Names for an outcome's sets, in rule order.
    package func riskNames(_ d: Decision) -> [String] { riskIDs.indices.filter { d.risks.contains($0) }.map { riskIDs[$0] } }
    package func alertNames(_ d: Decision) -> [String] { alertIDs.indices.filter { d.alerts.contains($0) }.map { alertIDs[$0] } }
    package func exclusionNames(_ d: Decision) -> [String] { ruleset.exclusions.indices.filter { d.exclusions.contains($0) }.map { ruleset.exclusions[$0].id } }
    package func measureNames(_ d: Decision) -> [String] { measureIDs.indices.filter { d.measures.contains($0) }.map { measureIDs[$0] } }
    package func categoryName(_ d: Decision) -> String? { d.category.map { ruleset.categories[$0].id } }
    package func undeterminedNames(_ d: Decision) -> [String] { d.undetermined.fields.map(checked.context.fieldPath(forID:)) }

    /// The error lines for an outcome whose evaluation failed.
    package func failureMessages(_ d: Decision) -> [String] {
        guard let f = d.failure else { return [] }
        return [MessageCatalogue.format(.evalRuleError, [f.rule, f.span.description, f.error.message])]
    }

    /// A value as output text, with enum values by their id.
    package func text(_ v: Value) -> String {
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
