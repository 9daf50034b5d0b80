import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// The one API every client uses — `watchline` commands, the REPL and the test harness:
/// load → check → compile, then decide households and explain them.
public enum Engine {
    public struct Loaded {
        public var compiled: CompiledRuleset?
        public var diagnostics: [Diagnostic]
        public var hasErrors: Bool { diagnostics.contains(where: \.isError) || compiled == nil }
    }

    /// Loads a rule file with its `extends` chain, checks it at `asOf` (with what-if parameter
    /// overrides), and compiles it. `rulesRoot` is where the files the chain names may be
    /// (`RulesRoot`; `--rules-root`); nil: the nearest `Rules` folder above `path`, else its folder.
    /// `whatIfs` are what-ifs as an officer typed them (`--param`): named by id or label, read
    /// against the loaded file; one that names no parameter or gives no value is an error.
    public static func load(rules path: String, asOf: CivilDate, overrides: [String: ParamValue] = [:],
                            whatIfs: [ParamWhatIf] = [],
                            sources: SourceStore, rulesRoot: RulesRoot? = nil, lists: ListStore? = nil) -> Loaded {
        let (loadedModel, loadDiags) = RulesetLoader.load(path: path, sources: sources, root: rulesRoot)
        guard var model = loadedModel else { return Loaded(compiled: nil, diagnostics: loadDiags) }
        if let lists { model.listStore = lists }
        let (typed, whatIfDiags) = ParamWhatIf.resolve(whatIfs, in: model)
        if whatIfDiags.contains(where: \.isError) { return Loaded(compiled: nil, diagnostics: loadDiags + whatIfDiags) }
        return compile(model, asOf: asOf, overrides: overrides.merging(typed) { $1 }, earlier: loadDiags + whatIfDiags)
    }

    /// Checks and compiles an already loaded model (the REPL re-checks it after `:param`).
    public static func compile(_ model: Ruleset, asOf: CivilDate, overrides: [String: ParamValue] = [:],
                               earlier: [Diagnostic] = []) -> Loaded {
        let (checked, checkDiags) = RulesetChecker.check(model, asOf: asOf, overrides: overrides)
        let lints = checked.map { PolicyLinter.lint($0) + IntegerDivisionLint.lint($0) } ?? []
        guard let checked else { return Loaded(compiled: nil, diagnostics: earlier + checkDiags) }
        // The departments' files are read once the rules that read them are known to be right.
        let listDiags = model.listStore?.prepare(checked) ?? []
        if listDiags.contains(where: \.isError) { return Loaded(compiled: nil, diagnostics: earlier + checkDiags + lints + listDiags) }
        return Loaded(compiled: CompiledRuleset(checked), diagnostics: earlier + checkDiags + lints + listDiags)
    }

    /// What `watchline check` checks: a rule file, or — told apart by its top-level keys — a schema,
    /// a calendar or a policy test file, so `check Rules/**/*.yaml` checks a whole rules folder.
    public static func checkFile(_ path: String, asOf: CivilDate, sources: SourceStore, rulesRoot: RulesRoot? = nil) -> (kind: String, diagnostics: [Diagnostic], ok: Bool) {
        let (root, yamlDiags) = YAMLReader.parseFile(atPath: path, sources: sources)
        let keys = Set(root?.pairs?.map(\.keyText) ?? [])
        func isMapping(_ key: String) -> Bool { root?.pairs?.first { $0.keyText == key }?.value.pairs != nil }
        if !keys.contains("ruleset") && !yamlDiags.contains(where: \.isError) {
            if keys.contains("tests") && keys.contains("cases") {
                let (file, loadDiags) = PolicyTestLoader.load(path: path, sources: sources)
                let diags = loadDiags + (file.map { PolicyTestChecks.check($0, sources: sources, rulesRoot: rulesRoot) } ?? [])
                return ("policy tests", diags, file != nil && !diags.contains(where: \.isError))
            }
            if isMapping("schema") {
                let (schema, diags) = SchemaLoader.load(path: path, sources: sources)
                return ("schema", diags, schema != nil && !diags.contains(where: \.isError))
            }
            if isMapping("calendar") {
                let (cal, diags) = CalendarLoader.load(path: path, sources: sources, root: rulesRoot)
                return ("calendar", diags, cal != nil && !diags.contains(where: \.isError))
            }
        }
        let loaded = load(rules: path, asOf: asOf, sources: sources, rulesRoot: rulesRoot)
        return ("rules", loaded.diagnostics, !loaded.hasErrors)
    }

    /// For the commands that decide households (`run`, `diff`, `explain`, `bench`): a dated
    /// parameter with no value at the as-of date would make every rule that reads it fail on
    /// every record ("invalid argument"), so it is one error, said once before any record: the
    /// parameter, the date asked, and the first date it has a value. (`check` and the REPL keep
    /// it a warning.)
    public static func parametersWithoutValue(_ compiled: CompiledRuleset) -> [Diagnostic] {
        let checked = compiled.checked
        var out: [Diagnostic] = []
        for (i, p) in checked.ruleset.parameters.enumerated() where i < checked.parameterValues.count {
            guard checked.parameterValues[i].value == nil, let first = p.values.first else { continue }
            out.append(Diagnostic(.paramNoValueAt, at: first.span, args: [p.id, checked.asOf.iso, first.from.iso]))
        }
        return out
    }

    /// Loads for a command that decides households: the diagnostics to print (the warning that
    /// an as-of date precedes a parameter's first value becomes `parametersWithoutValue`'s
    /// error), and the ruleset when there is no error.
    public static func loadForDeciding(rules path: String, asOf: CivilDate, overrides: [String: ParamValue] = [:],
                                       whatIfs: [ParamWhatIf] = [],
                                       sources: SourceStore, rulesRoot: RulesRoot? = nil, lists: ListStore? = nil) -> (CompiledRuleset?, [Diagnostic]) {
        let loaded = load(rules: path, asOf: asOf, overrides: overrides, whatIfs: whatIfs, sources: sources, rulesRoot: rulesRoot, lists: lists)
        guard let compiled = loaded.compiled, !loaded.hasErrors else { return (nil, loaded.diagnostics) }
        let missing = parametersWithoutValue(compiled)
        if missing.isEmpty { return (compiled, loaded.diagnostics) }
        return (nil, loaded.diagnostics.filter { $0.id != .paramBeforeFirst } + missing)
    }

    /// Decides one decoded record.
    public static func decide(_ record: HouseholdRecord, with ruleset: CompiledRuleset, frame: Frame,
                              explain: Bool = false) -> (Decision, [TraceEntry]?) {
        if explain {
            let trace = TraceSink()
            let d = frame.withRecord(record) { ruleset.decide(frame, trace: trace) }
            return (d, trace.entries)
        }
        return (frame.withRecord(record) { ruleset.decide(frame) }, nil)
    }

    /// Evaluates one expression with the ruleset in scope (and a household, when given).
    public static func evaluate(_ expression: String, with ruleset: CompiledRuleset, record: HouseholdRecord?,
                                origin: ExprOrigin = ExprOrigin(path: "<expr>", start: SourcePosition(line: 1, column: 1))) -> (Value?, ExprType?, [Diagnostic]) {
        let (eval, type, diags) = ruleset.compileExpression(ExprText(expression, origin: origin))
        guard let eval else { return (nil, nil, diags) }
        let frame = ruleset.makeFrame()
        guard let record else { return (eval(frame.state), type, diags) }
        return frame.withRecord(record) {
            _ = ruleset.decide(frame)   // risks and category are in scope too
            return (eval(frame.state), type, diags)
        }
    }
}
