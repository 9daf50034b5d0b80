import WatchlineSyntax
extension LayerReader {
    /// ```yaml
    /// monitoring_identification:
    ///   starts_at: applied
    ///   limit: 15 days
    ///   steps:
    ///     household_check: { within: 2 days, after: applied, source: "二、(三)" }
    ///     publicity_end:   { lasts_at_least: 5 days, after: publicity_start }
    ///     cleanup:         { by: 2020-05-10 }
    ///   recurring:
    ///     visit: { every: 1 month, when: monitoring == "at_risk" }
    /// ```
    mutating func readTimeline(_ id: String, _ node: YAMLNode) {
        guard let pairs = cited("timelines", id, node, RuleSection.timelines.what(id), allowed: RuleFileKeys.timeline) else { return }
        var t = Timeline(id: id, label: nil, startsAt: "applied", limit: nil, steps: [], recurring: [], source: nil, provenance: provenance(node))
        for q in pairs {
            switch q.keyText {
            case "label": t.label = r.string(q.value, "label")
            case "starts_at": t.startsAt = r.string(q.value, "starts_at") ?? t.startsAt
            case "limit": t.limit = r.span(q.value, "limit")
            case "source": t.source = r.string(q.value, "source")
            case "note": _ = r.string(q.value, "note")
            case "steps":
                guard let steps = r.mapping(q.value, .message(.whatSteps, [.text(id)])) else { continue }
                for s in steps { if let step = readStep(s.keyText, s.value) { t.steps.append(step) } }
            default:
                guard let rec = r.mapping(q.value, .message(.whatRecurringDuties, [.text(id)])) else { continue }
                for s in rec { if let x = readRecurring(s.keyText, s.value) { t.recurring.append(x) } }
            }
        }
        layer.timelines.append(t)
    }

    mutating func readStep(_ id: String, _ node: YAMLNode) -> Timeline.Step? {
        guard let pairs = cited("timelines.steps", id, node, .message(.whatStep, [.text(id)]), allowed: RuleFileKeys.step) else { return nil }
        var within: Timeline.Span?, lasts: Timeline.Span?, after: String?, by: CivilDate?, label: String?, source: String?
        for q in pairs {
            switch q.keyText {
            case "within": within = r.span(q.value, "within")
            case "lasts_at_least": lasts = r.span(q.value, "lasts_at_least")
            case "after": after = r.string(q.value, "after")
            case "by": by = r.date(q.value, "by")
            case "label": label = r.string(q.value, "label")
            case "source": source = r.string(q.value, "source")
            default: _ = r.string(q.value, "note")
            }
        }
        let rule: Timeline.Step.Rule
        // A step is due either by a fixed date or relative to an event, never both: one of the
        // two would be silently ignored.
        if by != nil && (within != nil || lasts != nil || after != nil) {
            r.diagnostics.append(Diagnostic(.stepByAndWithin, at: node.span, id))
            return nil
        }
        if (within != nil) == (lasts != nil) && within != nil {
            r.diagnostics.append(Diagnostic(.stepWithinAndLasts, at: node.span, id))
            return nil
        }
        if let by { rule = .by(by) }
        else if let within, let after { rule = .within(within, after: after) }
        else if let lasts, let after { rule = .lastsAtLeast(lasts, after: after) }
        else {
            r.diagnostics.append(Diagnostic(.stepNeedsRule, at: node.span, .message(.whatStep, [.text(id)])))
            return nil
        }
        return Timeline.Step(id: id, label: label, rule: rule, source: source, span: node.span)
    }

    mutating func readRecurring(_ id: String, _ node: YAMLNode) -> Timeline.Recurring? {
        guard let pairs = cited("timelines.recurring", id, node, .message(.whatRecurringDuty, [.text(id)]), allowed: RuleFileKeys.recurring, required: ["every"]) else { return nil }
        var x = Timeline.Recurring(id: id, label: nil, every: .init(count: 1, workdays: false, months: true), when: nil, daysOfMonth: [], source: nil, span: node.span)
        for q in pairs {
            switch q.keyText {
            case "every": if let s = r.span(q.value, "every") { x.every = s }
            case "when": x.when = r.expr(q.value, "when")
            case "days_of_month": x.daysOfMonth = (q.value.items ?? [q.value]).compactMap { r.int($0, .message(.whatDayOfMonth, [])) }
            case "label": x.label = r.string(q.value, "label")
            case "source": x.source = r.string(q.value, "source")
            default: _ = r.string(q.value, "note")
            }
        }
        return x
    }
}
