import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// How `explain` names what a rule read and shows a value. English keeps the trace's own names
/// (`expenses.medical_out_of_pocket = 20000`, `true`, `full`); Chinese speaks as the officer's
/// forms do (issue 19): a field by its schema label (the path where it has none), 是/否, an option
/// by its label with its id, a list joined with 、, a value missing from the record as 缺失.
package struct ExplainWords {
    let ruleset: CompiledRuleset
    let chinese: Bool

    package init(ruleset: CompiledRuleset, chinese: Bool = MessageCatalogue.useChinese) {
        self.ruleset = ruleset; self.chinese = chinese
    }

    func say(_ id: MessageID, _ args: String...) -> String { MessageCatalogue.format(id, args, chinese: chinese) }

    // MARK: names

    /// What a trace read names: a household field (`income.net_per_capita`), a member's field
    /// (`members.age`), a parameter (`params.监测范围`), a risk or alert (`risks.因病`), a
    /// definition, or a list row (`低保名单[…]`, already in the list's own headers).
    package func readName(_ path: String) -> String {
        guard chinese else { return path }
        let s = ruleset.schema
        if let i = s.householdField(path) { return s.households[i].label ?? path }
        if path == "members" { return s.membersLabel ?? path }
        for (prefix, section) in [("params.", RuleSection.parameters), ("risks.", .risks), ("alerts.", .alerts)]
        where path.hasPrefix(prefix) {
            return section.info.zh + " " + path.dropFirst(prefix.count)
        }
        if path.hasPrefix("lists."), let name = listName(String(path.dropFirst("lists.".count))) { return name }
        if let row = listRow(path) { return row }
        if path.hasPrefix("members."), let f = memberField(path), let label = f.label, let group = s.membersLabel {
            return say(.explainMemberField, group, label)
        }
        return path
    }

    /// A department's list by whom it comes from (医保部门名单), else by its label or id.
    func listName(_ id: String) -> String? {
        guard let decl = ruleset.ruleset.lists.first(where: { $0.id == id }) else { return nil }
        return say(.explainListName, decl.department ?? decl.label ?? id)
    }

    /// A row of a list a rule matched, `medical[FILE:LINE]`, or a cell of it, `medical[FILE:LINE].自付费用`:
    /// the list's name with the row's place, then the column's header.
    func listRow(_ path: String) -> String? {
        guard let open = path.firstIndex(of: "["), let name = listName(String(path[..<open])),
              let close = path.last == "]" ? path.index(before: path.endIndex) : path[open...].range(of: "].")?.lowerBound else { return nil }
        let row = say(.explainNamed, name, String(path[path.index(after: open)..<close]))
        let rest = path[path.index(after: close)...]
        return rest.hasPrefix(".") ? say(.explainAside, row, String(rest.dropFirst())) : row
    }

    /// The schema field a household or member path names, for its label and unit.
    func field(_ path: String) -> Schema.Field? {
        if let i = ruleset.schema.householdField(path) { return ruleset.schema.households[i] }
        return memberField(path)
    }

    func memberField(_ path: String) -> Schema.Field? {
        guard path.hasPrefix("members.") else { return nil }
        return ruleset.schema.memberField(String(path.dropFirst("members.".count))).map { ruleset.schema.members[$0] }
    }

    /// A rule as a trace line names it: its id; in Chinese a decision by its label with the id,
    /// and a decision's `applies` as its 适用条件.
    package func ruleName(_ kind: TraceEntry.Kind, _ id: String) -> String {
        guard chinese, kind.section == .decisions else { return id }
        let applies = id.hasSuffix("/applies")
        let bare = applies ? String(id.dropLast("/applies".count)) : id
        var name = bare
        if let label = ruleset.ruleset.decisions.first(where: { $0.id == bare })?.label, label != bare {
            name = say(.explainNamed, label, bare)
        }
        return applies ? say(.explainApplies, name) : name
    }

    // MARK: values

    /// A value a rule read from the record (or a definition it computed): a value the record does
    /// not give is 缺失 (missing); a personal value (an ID number) is masked when `masked`; a
    /// field with a unit shows it in Chinese.
    package func readValue(_ v: Value, path: String, masked: Bool = false) -> String {
        if v.isUnknown { return say(.explainMissing) }
        let text = masked ? Schema.masked(value(v)) : value(v)
        switch v {
        case .int, .dec, .double:
            guard chinese, let unit = field(path)?.unit else { return text }
            return text + " " + unit
        default: return text
        }
    }

    /// A decision's value: one that does not apply is 无 (none); one that could not be worked out
    /// for want of data says so.
    package func decisionValue(_ v: Value) -> String {
        guard chinese else { return ruleset.text(v) }
        switch v {
        case .null: return say(.explainNone)
        case .unknown: return say(.explainValueUnknown)
        default: return value(v)
        }
    }

    /// Any value. English: as `eval` prints it; Chinese: 是/否, 无, an option by its label with
    /// its id, a list joined with 、 (无 when empty).
    package func value(_ v: Value) -> String {
        guard chinese else { return ruleset.text(v) }
        switch v {
        case .bool(let b): return say(b ? .explainYes : .explainNo)
        case .null: return say(.explainNone)
        case .unknown: return say(.explainMissing)
        case .error(let e): return say(.explainError, e.message)
        case .enumValue(let r):
            let type = ruleset.schema.enums[Int(r.type)], id = type.values[Int(r.ordinal)], label = type.label(Int(r.ordinal))
            return label == id ? id : say(.explainNamed, label, id)
        case .duration(let n, let workdays):
            let one = abs(n) == 1
            return say(workdays ? (one ? .durationWorkday : .durationWorkdays) : (one ? .durationDay : .durationDays), String(n))
        case .member(let i): return say(.explainMemberNumber, String(i + 1))
        case .list(let l):
            return l.items.isEmpty ? say(.explainNone) : l.items.map(value).joined(separator: say(.explainListSeparator))
        case .map(let m):
            return m.keys.isEmpty ? say(.explainNone)
                : zip(m.keys, m.values).map { say(.explainLabelled, value($0), value($1)) }.joined(separator: say(.explainListSeparator))
        default: return ruleset.text(v)
        }
    }
}
