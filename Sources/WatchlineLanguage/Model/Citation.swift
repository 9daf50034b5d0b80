import WatchlineSyntax
/// What a rule element says about where its words come from: the clause it cites (`source:`),
/// the document's own words that decide it (`quote:`), and the readings it rests on
/// (`reading:`). Kept beside the rules, not inside them: the decider never reads it; `check`,
/// `test --clauses` and `explain` do.
public struct Citation: Sendable {
    /// The section and id of the element (`risks`, `因病`; `narrative`, `一、(二)`).
    public var section: String
    public var id: String
    public var source: String?
    public var sourceSpan: SourceSpan?
    public var quotes: [(text: String, span: SourceSpan)]
    public var readings: [(id: String, span: SourceSpan)]
    /// For `narrative:` entries: why the clause holds nothing to encode.
    public var reason: String?
    /// Index into `Ruleset.texts` of the document the file that wrote this names (nil: none).
    public var text: Int?
    public var span: SourceSpan
}

/// A reading the rule file takes where its document is open, with the document's words it reads.
public struct Reading: Sendable {
    public var id: String
    public var text: String?
    public var source: String?
    public var provenance: Provenance
}

/// A rule file's `ruleset.text:` — the document text it names, and how the text is divided.
public struct DocumentTextRef: Sendable {
    public var path: String
    public var parts: [(name: String, marker: String)]
    public var defaultPart: String?
    public var span: SourceSpan
}
