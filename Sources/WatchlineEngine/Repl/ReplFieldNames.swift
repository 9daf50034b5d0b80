import WatchlineSyntax
import WatchlineLanguage

/// A field named in `:set`/`:show` by its path or by its schema label (issue 19: a label is
/// accepted wherever a name is). Member fields as `members.N.path` or `members.N.label`.
enum ReplFieldName {
    enum Resolved { case path(String), ambiguous([String]), unknown(String) }

    static func resolve(_ name: String, in schema: Schema) -> Resolved {
        if name.isEmpty || name == "members" || schema.householdField(name) != nil
            || schema.households.contains(where: { $0.path.hasPrefix(name + ".") }) { return .path(name) }
        let parts = name.split(separator: ".", maxSplits: 2).map(String.init)
        if parts.count == 3, parts[0] == "members" || parts[0] == schema.membersLabel, Int(parts[1]) != nil {
            if schema.memberField(parts[2]) != nil { return .path("members.\(parts[1]).\(parts[2])") }
            let hits = schema.members.filter { $0.label == parts[2] }.map(\.path)
            if hits.count == 1 { return .path("members.\(parts[1]).\(hits[0])") }
            if hits.count > 1 { return .ambiguous(hits.map { "members.\(parts[1]).\($0)" }) }
        }
        let hits = schema.households.filter { $0.label == name }.map(\.path)
        if hits.count == 1 { return .path(hits[0]) }
        if hits.count > 1 { return .ambiguous(hits) }
        return .unknown(suggestion(name, in: candidates(schema)))
    }

    /// Ids and labels, for "did you mean".
    static func candidates(_ schema: Schema) -> [String] {
        schema.households.map(\.path) + schema.households.compactMap(\.label)
            + schema.members.map { "members.N." + $0.path }
    }

    /// A value as a clerk types it (`7,200`, `７２００`) in the spelling the decoder reads.
    static func normalised(_ text: String) -> String {
        ClerkForms.number(text)?.0 ?? text
    }
}
