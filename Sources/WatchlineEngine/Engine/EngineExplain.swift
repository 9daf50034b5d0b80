import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

extension Engine {
    /// One household put in words by the one explain renderer: `watchline explain`, the REPL's
    /// decision and a failing test case all show this. A decoded record is decided with its
    /// trace; the outcome names the household's town and village when the schema has them.
    public static func explain(_ record: HouseholdRecord, id: String?, errors: [String] = [], with ruleset: CompiledRuleset,
                               revealIDs: Bool = false) -> (outcome: Outcome, text: String) {
        var o = Outcome(line: 0, id: id, decision: nil, errors: errors)
        if errors.isEmpty {
            let (d, trace) = decide(record, with: ruleset, frame: ruleset.makeFrame(), explain: true)
            o.decision = d; o.trace = trace
        }
        return (o, explanation(o, record: record, with: ruleset, revealIDs: revealIDs))
    }

    /// The words for an outcome already decided (with its trace).
    public static func explanation(_ outcome: Outcome, record: HouseholdRecord, with ruleset: CompiledRuleset,
                                   revealIDs: Bool = false) -> String {
        var o = outcome
        o.town = o.town ?? record.string(ruleset.schema.householdField("town"))
        o.village = o.village ?? record.string(ruleset.schema.householdField("village"))
        // Values holding ESC or BEL are shown escaped: the words go to a terminal.
        return terminalSafe(ExplainText(ruleset: ruleset, revealIDs: revealIDs).render(o), keep: ["\n"])
    }

    /// Terminal cells a character takes (CJK: two), for the REPL's line editor.
    public static func cellWidth(of c: Character) -> Int { c.unicodeScalars.reduce(0) { $0 + displayWidth($1) } }
}
