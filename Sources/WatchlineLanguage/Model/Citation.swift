import WatchlineSyntax
/// What a rule element says about where its words come from: the clause it cites (`source:`),
/// the document's own words that decide it (`quote:`), and the readings it rests on
/// (`reading:`). Kept beside the rules, not inside them: the decider never reads it; `check`,
/// `test --clauses` and `explain` do.
package struct Citation: Sendable {
    /// The section and id of the element (`risks`, `因病`; `narrative`, `一、(二)`).
    package var section: String
    package var id: String
    package var source: String?
    package var sourceSpan: SourceSpan?
    package var quotes: [(text: String, span: SourceSpan)]
    package var readings: [(id: String, span: SourceSpan)]
    /// For `narrative:` entries: why the clause holds nothing to encode.
    package var reason: String?
    /// Index into `Ruleset.texts` of the document the file that wrote this names (nil: none).
    package var text: Int?
    package var span: SourceSpan
}

/// A reading the rule file takes where its document is open, with the document's words it reads.
package struct Reading: Sendable {
    package var id: String
    package var text: String?
    package var source: String?
    package var provenance: Provenance
}

/// A rule file's `ruleset.text:` — the document text it names, and how the text is divided.
package struct DocumentTextRef: Sendable {
    package var path: String
    package var parts: [(name: String, marker: String)]
    package var defaultPart: String?
    package var span: SourceSpan
}
