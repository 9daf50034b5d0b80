import WatchlineSyntax
/// What names mean while checking a ruleset's expressions: schema fields, parameters (with their
/// value as of the run date), definitions, risks and categories. Shared by all expressions of one
/// ruleset so a definition is checked once.
package final class CheckContext: @unchecked Sendable {
    package struct ParamEntry: Sendable { package var id: String; package var type: ExprType; package var value: Value; package init(id: String, type: ExprType, value: Value) { self.id = id; self.type = type; self.value = value } }
    package struct DefinitionEntry: Sendable {
        package var id: String
        package var text: ExprText
        package var state: State = .unchecked
        /// The parsed text, when parsed before checking (`DefinitionGraph`).
        package var parsed: (ExprNode?, [Diagnostic])?
        package var typed: TypedExpr?
        package enum State: Sendable { case unchecked, checking, done, failed }
    }

    package let schema: Schema?
    package var parameters: [ParamEntry]
    package var definitions: [DefinitionEntry]
    package var riskIDs: [String]
    /// Department alerts: they take the first slots of the risk array, risks the ones after.
    package var alertIDs: [String] = []
    /// How many alert slots precede the risks, and how many risks there are in all.
    package var riskBase = 0
    package var riskTotal = 0
    package var categoryIDs: [String]
    /// Whether household data may be read (false for parameter-only contexts).
    package var householdInScope: Bool
    package var asOf: CivilDate
    package var calendar: WorkCalendar
    /// The definitions, each after the ones it uses (`DefinitionGraph`); empty when not worked out.
    package var definitionOrder: [Int] = []
    /// Interned strings that runtime errors refer to.
    package var definitionIndex: [String: Int] = [:]
    var parameterIndex: [String: Int] = [:]
    /// Macro variables get slots unique across the ruleset, so a definition evaluated inside a
    /// macro cannot overwrite the caller's variable.
    package private(set) var localCount = 0
    /// Departments' lists the rules may look up (`m.id in vehicles`), and the files given for them.
    package var lists: [ListDecl] = [] { didSet { listIndex = Dictionary(lists.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }) } }
    var listIndex: [String: Int] = [:]
    package var listStore: ListStore?
    /// The lists some rule reads (a required one the run was not given is an error).
    package var listsUsed: Set<Int> = []
    func allocateLocal() -> Int { localCount += 1; return localCount - 1 }

    package init(schema: Schema?, parameters: [ParamEntry], definitions: [(String, ExprText)],
                riskIDs: [String], categoryIDs: [String], householdInScope: Bool,
                asOf: CivilDate, calendar: WorkCalendar) {
        self.schema = schema
        self.parameters = parameters
        self.definitions = definitions.map { DefinitionEntry(id: $0.0, text: $0.1) }
        self.riskIDs = riskIDs
        self.riskTotal = riskIDs.count
        self.categoryIDs = categoryIDs
        self.householdInScope = householdInScope
        self.asOf = asOf
        self.calendar = calendar
        for (i, d) in self.definitions.enumerated() { definitionIndex[d.id] = i }
        for (i, p) in parameters.enumerated() { parameterIndex[p.id] = i }
    }

    /// All names an expression may use at top level, for suggestions and REPL completion.
    package var topLevelNames: [String] {
        var names = ["params", "risks", "alerts", "as_of", "category", "members"] + definitions.map(\.id) + lists.map(\.id)
        if let schema {
            for f in schema.households {
                names.append(String(f.path.split(separator: ".").first ?? Substring(f.path)))
            }
        }
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// Field-mask id of a household slot or a member slot.
    package func fieldID(household slot: Int) -> Int { slot }
    package func fieldID(member slot: Int) -> Int { (schema?.households.count ?? 0) + slot }

    /// The field-mask id that stands for list `i` (an absent optional file, an empty cell).
    package func listMask(_ i: Int) -> FieldMask {
        FieldMask(field: (schema?.households.count ?? 0) + (schema?.members.count ?? 0) + 1 + i)
    }

    /// The path to report for a field-mask id.
    package func fieldPath(forID id: Int) -> String {
        guard let schema else { return "#\(id)" }
        if id < schema.households.count { return schema.households[id].path }
        let m = id - schema.households.count
        if m == schema.members.count { return "members" }
        if m > schema.members.count, m - schema.members.count - 1 < lists.count { return "lists." + lists[m - schema.members.count - 1].id }
        return m < schema.members.count ? "members." + schema.members[m].path : "#\(id)"
    }
}

/// Nearest name by edit distance, for "did you mean" suggestions.
package func nearest(_ name: String, in candidates: [String]) -> String? {
    let a = Array(name.lowercased().unicodeScalars)
    var best: (String, Int)?
    for c in candidates {
        let b = Array(c.lowercased().unicodeScalars)
        let d = editDistance(a, b)
        let limit = max(a.count, b.count) <= 3 ? 1 : max(2, max(a.count, b.count) / 3)
        if d <= limit, best == nil || d < best!.1 { best = (c, d) }
    }
    if let best { return best.0 }
    // A short form of one candidate, too far by edits (params for parameters): its first four
    // letters and then the rest in order — and only when one candidate is so.
    guard a.count >= 4 else { return nil }
    let short = String(String.UnicodeScalarView(a))
    let abbreviating = candidates.filter { c in
        let lower = c.lowercased()
        return lower.unicodeScalars.starts(with: a.prefix(4)) && isSubsequence(short, of: lower)
    }
    return abbreviating.count == 1 ? abbreviating[0] : nil
}

func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    var before = prev
    for i in 1...a.count {
        cur[0] = i
        for j in 1...b.count {
            cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            // A swap of two neighbours ("wehn" for "when") counts as one edit.
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { cur[j] = Swift.min(cur[j], before[j - 2] + 1) }
        }
        before = prev
        swap(&prev, &cur)
    }
    return prev[b.count]
}

/// "; did you mean 'x'?" in the current language, for messages worded when they are made; a
/// diagnostic's argument is better `suggested(_:in:)`, worded when it is printed.
package func suggestion(_ name: String, in candidates: [String]) -> String {
    nearest(name, in: candidates).map { MessageCatalogue.format(.didYouMean, [$0]) } ?? ""
}

/// "; did you mean 'x'?" as a message argument (nothing when no name is near).
package func suggested(_ name: String, in candidates: [String]) -> MessageArg {
    nearest(name, in: candidates).map { .message(.didYouMean, [.text($0)]) } ?? .none
}
