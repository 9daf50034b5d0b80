import WatchlineSyntax
import WatchlineLanguage
/// How a household is decided (docs/LANGUAGE.md, "How a decision is made"):
/// 1. every risk is evaluated, in order;
/// 2. every exclusion is evaluated; it applies when its `when` holds and none of its `unless`
///    exceptions holds;
/// 3. categories are tried in order; the first that holds is the category;
/// 4. monitored = no exclusion applies and a category holds (with no categories: a risk holds);
///    an unknown that could change this leaves `monitored` null;
/// 5. for a monitored household every assistance row that holds adds its measures, except a
///    measure whose `not_if` holds; amounts are computed for the measures given; a row marked
///    `everyone: true` applies to households not identified too;
/// 6. decision rules add their values.
extension CompiledRuleset {
    /// Decides the household the frame holds (`Frame.withRecord` or `load`). With a `trace`, every
    /// rule runs its full evaluator and its entry, with what it read, is appended to the sink.
    ///
    /// `batch`: the chunk's kernel answers (`BatchEvaluator`), with `household` its position in
    /// the chunk. A rule the batch answers is not evaluated again; one it leaves unknown is tried
    /// as predicate nodes, then with its full evaluator, as without a batch.
    package func decide(_ frame: Frame, trace: TraceSink? = nil, batch: BatchAnswers? = nil, household: Int = 0) -> Decision {
        let env = frame.state
        var d = Decision()
        let recorder: TraceRecorder? = trace == nil ? nil : TraceRecorder()
        env.pointee.trace = recorder
        env.pointee.tracing = recorder != nil
        defer { env.pointee.trace = nil; env.pointee.tracing = false }

        // Rule names and positions are looked up only when a trace or an error needs them.
        @inline(__always) func run(_ eval: Evaluator, _ kind: TraceEntry.Kind, _ index: Int) -> Value {
            if let recorder { recorder.reads.removeAll(keepingCapacity: true) }
            let v = eval(env)
            if let recorder, let trace {
                let info = ruleInfo(kind, index)
                trace.entries.append(TraceEntry(kind: kind, id: info.id, span: info.span, source: info.source, result: v, reads: recorder.reads))
            }
            switch v {
            // An alert that meets missing data decides nothing by itself: only the rules that
            // read it (and so carry its unknown) report the fields.
            case .unknown where kind.section == .alerts: break
            case .unknown(let m): d.undetermined.formUnion(m)
            case .error(let e):
                if d.failure == nil { let info = ruleInfo(kind, index); d.failure = (info.id, info.span, e) }
            default: break
            }
            return v
        }

        // A rule is first tried as predicate nodes (no `Value`s, no reference counting); only
        // when that meets an unknown, an error or an unusual shape does the full evaluator run
        // (and always in explain mode, which records what each rule read).
        let fastPath = recorder == nil
        let plan = fast, program = plan.program
        @inline(__always) func check(_ root: Int32, _ kind: TraceEntry.Kind, _ index: Int, _ eval: () -> Evaluator) -> Value {
            if let batch, fastPath {
                let r = batch.answer(root, household)
                if r < 2 { return .bool(r == 1) }
            }
            if fastPath {
                let r = program.run(root, env)
                if r < 2 { return .bool(r == 1) }
            }
            return run(eval(), kind, index)
        }
        /// Rule `i` of a boolean-rule section.
        @inline(__always) func check(_ rules: Rules, _ i: Int) -> Value {
            check(rules.roots[i], rules.kind, i) { rules.evaluators[i] }
        }

        // 0. alerts: the first slots of the risk array
        for i in 0..<alerts.count {
            let v = check(alerts, i)
            env.pointee.risks[i] = v
            if case .bool(true) = v { d.alerts.insert(i) }
        }
        // 1. risks
        var riskUnknown = false
        let riskBase = alerts.count
        for i in 0..<risks.count {
            let v = check(risks, i)
            env.pointee.risks[riskBase + i] = v
            if case .bool(true) = v { d.risks.insert(i) } else if v.isUnknown { riskUnknown = true }
        }
        // 2. exclusions
        var exclusionUnknown = false
        for i in 0..<exclusions.count {
            let w = check(plan.exclusions[i], .init(.exclusions), i) { exclusions[i].when }
            guard case .bool(true) = w else { if w.isUnknown { exclusionUnknown = true }; continue }
            var excepted = false, exceptionUnknown = false
            let lo = Int(plan.exceptionStart[i]), hi = Int(plan.exceptionStart[i + 1])
            for j in 0..<(hi - lo) {
                let v = check(plan.exceptions[lo + j], .init(.exclusions, .exception), i << 8 | j) { exclusions[i].unless[j] }
                if case .bool(true) = v { excepted = true; break }
                if v.isUnknown { exceptionUnknown = true }
            }
            if excepted { continue }
            if exceptionUnknown { exclusionUnknown = true } else { d.exclusions.insert(i) }
        }
        // 3. categories
        var category: Int?
        var categoryUnknown = false
        for i in 0..<categories.count {
            let v = check(categories, i)
            if case .bool(true) = v { category = i; break }
            if v.isUnknown { categoryUnknown = true }
        }
        // 4. monitored
        if d.failure != nil { return d }
        if !d.exclusions.isEmpty {
            d.monitored = false
        } else if categories.isEmpty {
            d.monitored = !d.risks.isEmpty ? (exclusionUnknown ? nil : true) : (riskUnknown ? nil : false)
        } else if category != nil {
            d.monitored = exclusionUnknown ? nil : true
        } else {
            d.monitored = categoryUnknown ? nil : false
        }
        if d.monitored == true, !categoryUnknown, let category {
            d.category = category
            env.pointee.category = categoryValues[category]
        }
        // 4b. watch: a household not identified is followed when a watch rule holds or a
        // watching exclusion keeps it out.
        switch d.monitored {
        case true?: d.watch = false
        case nil: d.watch = nil
        case false?:
            var watched = !d.exclusions.intersection(watchingExclusions).isEmpty, unknown = false
            var i = 0
            while !watched && i < watch.count {
                let v = check(watch, i)
                if case .bool(true) = v { watched = true } else if v.isUnknown { unknown = true }
                i += 1
            }
            d.watch = watched ? true : (unknown ? nil : false)
        }
        // 5. measures: for an identified household every row; for others only the rows the
        // document gives to everyone (`everyone: true`).
        if d.monitored == true || hasEveryoneRows {
            let identified = d.monitored == true
            var notIfDone = RuleSet128(), withheld = RuleSet128()
            for i in 0..<rows.count {
                if !identified && !rows[i].everyone { continue }
                guard case .bool(true) = check(plan.rows[i], .init(.assistance), i, { rows[i].when }) else { continue }
                for k in Int(plan.rowMeasureStart[i])..<Int(plan.rowMeasureStart[i + 1]) {
                    let m = Int(plan.rowMeasures[k])
                    if d.measures.contains(m) { continue }
                    if let notIf = measureNotIf[m] {
                        if !notIfDone.contains(m) {
                            notIfDone.insert(m)
                            if case .bool(false) = run(notIf, .init(.measures, .notIf), m) {} else { withheld.insert(m) }
                        }
                        if withheld.contains(m) { continue }
                    }
                    d.measures.insert(m)
                }
            }
            for m in measureAmount.indices where d.measures.contains(m) {
                guard let amount = measureAmount[m] else { continue }
                d.amounts.append((m, run(amount, .init(.measures, .amount), m)))
            }
        }
        // 6. decisions
        if !decisions.isEmpty {
            d.decisions.reserveCapacity(decisions.count)
            for (i, rule) in decisions.enumerated() {
                if let applies = rule.applies {
                    let a = run(applies, .init(.decisions), i << 8 | 1)
                    guard case .bool(true) = a else { d.decisions.append(a.isUnknown ? a : .null); continue }
                }
                d.decisions.append(run(rule.value, .init(.decisions), i << 8))
            }
        }
        return d
    }
}

extension CompiledRuleset {
    /// The id, position and source clause of a rule, by kind and index (exceptions: exclusion << 8 | exception;
    /// decisions: index << 8, with | 1 for its `applies`).
    package func ruleInfo(_ kind: TraceEntry.Kind, _ index: Int) -> (id: String, span: SourceSpan, source: String?) {
        let m = ruleset
        func at(_ e: ExprText) -> SourceSpan { e.span(TextRange(0, 0)) }
        switch (kind.section, kind.part) {
        case (.exclusions, .exception): let e = m.exclusions[index >> 8].unless[index & 0xff]; return (e.id, at(e.when), e.source)
        case (.exclusions, _): let r = m.exclusions[index].rule; return (r.id, at(r.when), r.source)
        case (.assistance, _): let r = m.assistance[index]; return (r.id, at(r.when), r.source)
        case (.measures, .amount): let r = m.measures[index]; return (r.id, r.amount.map(at) ?? r.provenance.span, r.source)
        case (.measures, _): let r = m.measures[index]; return (r.id, r.notIf.map(at) ?? r.provenance.span, r.source)
        case (.decisions, _):
            let r = m.decisions[index >> 8]
            if index & 1 == 1, let a = r.applies { return (r.id + "/applies", at(a), r.source) }
            return (r.id, at(r.value), r.source)
        default: let r = m.rules[kind.section][index]; return (r.id, at(r.when), r.source)   // a boolean-rule section
        }
    }
}
