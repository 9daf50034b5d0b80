import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// The state of one REPL session — the rule file, the as-of date, the what-ifs (parameter values
/// and changed fields of the current household) — and its commands. Every answer comes from the
/// engine API `run` uses (`Engine.load/compile/decide/evaluate`, `ImpactDiff`); the session only
/// keeps state and words the results. Terminal I/O lives in the `watchline repl` command.
package final class ReplSession {
    package struct Output: Sendable {
        package var text: String
        package var ok: Bool
        package var quit = false
    }

    package let rulesPath: String
    package private(set) var asOf: CivilDate
    package private(set) var sources = SourceStore()
    private var model: Ruleset? { didSet { model?.listStore = lists } }
    /// The departments' files given (`--list-file`, `:list-file NAME FILE`).
    package let lists = ListStore(absentIsEmpty: true)   // until :list-file gives it, a list has no rows
    /// The rules as written (for `:impact`) and with the session's parameter what-ifs.
    package private(set) var baseline: CompiledRuleset?
    package private(set) var current: CompiledRuleset?
    package private(set) var overrides: [String: ParamValue] = [:]
    /// The loaded households, as records (for `:impact`) and as trees (for what-ifs).
    private var records: [HouseholdRecord] = []
    private var trees: [String: HouseholdTree] = [:]
    private var order: [String] = []
    /// The current household: its id, as loaded, and with the session's changes.
    package private(set) var householdID: String?
    private var original: HouseholdTree?
    package private(set) var household: HouseholdTree?
    /// Where the rule file's paths may lead (`--rules-root`); nil: around the rule file.
    package var rulesRoot: RulesRoot?

    package init(rules: String, asOf: CivilDate) {
        rulesPath = rules
        self.asOf = asOf
    }

    /// Loads the rule file; returns its diagnostics rendered (empty when clean).
    package func start() -> Output {
        let (m, diags) = RulesetLoader.load(path: rulesPath, sources: sources, root: rulesRoot)
        model = m
        guard m != nil else { return Output(text: render(diags), ok: false) }
        return Output(text: render(diags.filter(\.isError) + recompile()), ok: baseline != nil)
    }

    /// Reads households from a records file (any format `run` reads).
    package func loadRecords(_ path: String, members: String?) throws -> Int {
        guard let r = baseline else { return 0 }
        let source = try RecordFiles.open(path: path, members: members, schema: r.schema, options: RecordFileOptions().reading(r))
        var rec = r.schema.emptyRecord()
        records = []; trees = [:]; order = []
        while let read = source.next(into: &rec) {
            guard read.errors.isEmpty, let id = rec.string(r.schema.idField) else { continue }
            records.append(rec)
            trees[id] = HouseholdTree(record: rec, schema: r.schema)
            order.append(id)
        }
        return records.count
    }

    // MARK: commands

    package static let commands = [":use", ":show", ":set", ":param", ":decide", ":impact", ":reset", ":reload",
                                  ":save-test", ":as-of", ":help", ":quit"]

    package func handle(_ input: String) -> Output {
        let line = input.trimmingCharacters(in: .whitespaces)
        if line.isEmpty || line.hasPrefix("#") { return Output(text: "", ok: true) }
        guard line.hasPrefix(":") else { return evaluate(line) }
        let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch parts[0] {
        case ":use": return use(rest)
        case ":show": return show(rest)
        case ":set": return set(rest)
        case ":param": return param(rest)
        case ":decide": return decide()
        case ":impact": return impact()
        case ":reset": return reset()
        case ":reload": return reload()
        case ":save-test": return saveTest(rest)
        case ":as-of": return changeAsOf(rest)
        case ":list-file": return listFile(rest)
        case ":help": return Output(text: rest == "functions" ? Self.functionsHelp : (MessageCatalogue.useChinese ? Self.helpChinese : Self.help), ok: true)
        case ":quit", ":q", ":exit": return Output(text: "", ok: true, quit: true)
        default:
            let name = String(parts[0].dropFirst())
            return fail(.replUnknownCommand, name, suggestion(":" + name, in: Self.commands))
        }
    }

    func evaluate(_ expr: String) -> Output {
        guard let r = current else { return fail(.replReloadFailed) }
        let path = "<input>"
        sources.add(path: path, text: expr)
        let record = household.map { JSONLinesSource.decode(line: $0.json, schema: r.schema).0 }
        let (value, type, diags) = Engine.evaluate(expr, with: r, record: record,
                                                   origin: ExprOrigin(path: path, start: SourcePosition(line: 1, column: 1)))
        guard let value, let type else { return Output(text: render(diags), ok: false) }
        let text = ValueText.plain(value, r) + "  : " + type.description
        return Output(text: text + "\n", ok: !value.isError)
    }

    func use(_ id: String) -> Output {
        guard !records.isEmpty else { return fail(.replNoRecords) }
        guard let t = trees[id] else { return fail(.replNoHousehold, id, suggestion(id, in: order)) }
        householdID = id; original = t; household = t
        return Output(text: MessageCatalogue.format(.replUsing, [id]) + "\n" + summaryLine(), ok: true)
    }

    func show(_ name: String) -> Output {
        guard let r = current, let household else { return fail(.replNoCurrent) }
        let path: String
        switch ReplFieldName.resolve(name, in: r.schema) {
        case .path(let p): path = p
        case .ambiguous(let ps): return fail(.replAmbiguousLabel, name, ps.joined(separator: ", "))
        case .unknown(let hint): return fail(.replUnknownField, name, hint)
        }
        var out = ""
        for f in r.schema.households where path.isEmpty || f.path == path || f.path.hasPrefix(path + ".") {
            guard let v = household.get(f.path.split(separator: ".").map(String.init)) else { continue }
            let shown = f.personal ? Schema.masked(plain(v)) : words(v, f.type, r.schema)
            out += "  " + MessageCatalogue.format(.replShowLine, [f.label ?? f.path, f.path, shown]) + "\n"
        }
        if path.isEmpty || path == "members", case .array(let ms)? = household.get(["members"]) {
            out += "  " + MessageCatalogue.format(.replShowLine, [r.schema.membersLabel ?? "members", "members", String(ms.count)]) + "\n"
            for (i, m) in ms.enumerated() {
                let cells = r.schema.members.compactMap { f in
                    m.get(f.path.split(separator: ".").map(String.init)).map { v in
                        "\(f.label ?? f.path)=\(f.personal ? Schema.masked(plain(v)) : words(v, f.type, r.schema))"   // ID numbers masked
                    }
                }
                out += "    [\(i)] " + cells.joined(separator: " ") + "\n"
            }
        }
        if out.isEmpty { return fail(.replUnknownField, path, suggestion(path, in: r.schema.households.map(\.path))) }
        return Output(text: out, ok: true)
    }

    func set(_ rest: String) -> Output {
        guard let r = current, household != nil else { return fail(.replNoCurrent) }
        guard let eq = rest.firstIndex(of: "=") else { return fail(.replUsage, ":set PATH = VALUE   e.g. :set income.net_per_capita = 7200") }
        let name = rest[..<eq].trimmingCharacters(in: .whitespaces)
        let valueText = ReplFieldName.normalised(rest[rest.index(after: eq)...].trimmingCharacters(in: .whitespaces))
        let path: String
        switch ReplFieldName.resolve(name, in: r.schema) {
        case .path(let p): path = p
        case .ambiguous(let ps): return fail(.replAmbiguousLabel, name, ps.joined(separator: ", "))
        case .unknown(let hint): return fail(.replUnknownField, name, hint)
        }
        let parts = path.split(separator: ".").map(String.init)
        let isMember = parts.first == "members" && parts.count >= 3 && Int(parts[1]) != nil
            && r.schema.memberField(parts.dropFirst(2).joined(separator: ".")) != nil
        guard r.schema.householdField(path) != nil || isMember else {
            return fail(.replUnknownField, name, suggestion(name, in: ReplFieldName.candidates(r.schema)))
        }
        let (node, _) = YAMLReader.parse(valueText.isEmpty ? "null" : valueText, path: "<value>")
        let value = node.map(HouseholdTree.init(yaml:)) ?? .string(valueText)
        if case .null = value { household?.remove(parts) } else { household?.set(parts, value) }
        let (_, errors) = JSONLinesSource.decode(line: household!.json, schema: r.schema)
        if !errors.isEmpty {
            household?.remove(parts)
            if let old = original?.get(parts) { household?.set(parts, old) }
            return Output(text: errors.joined(separator: "\n") + "\n", ok: false)
        }
        // Named as the officer typed it: a label with the path it stands for.
        let named = name == path ? path : MessageCatalogue.format(.paramsNamed, [name, path])
        return Output(text: MessageCatalogue.format(.replFieldSet, [named, plain(value)]) + "\n" + summaryLine(), ok: true)
    }

    func param(_ rest: String) -> Output {
        guard let r = current, let model else { return fail(.replReloadFailed) }
        guard let typed = ParamWhatIf(rest, origin: ":param") else { return fail(.replUsage, ":param NAME = VALUE   e.g. :param 监测范围 = 7500") }
        let (resolved, notes) = typed.resolve(in: model)
        guard let resolved else { return Output(text: render(notes), ok: false) }
        let i = r.ruleset.parameters.firstIndex { $0.id == resolved.id }
        let was = i.flatMap { r.checked.parameterValues[$0].value?.description } ?? MessageCatalogue.format(.testValueNone, [])
        let previous = overrides
        overrides[resolved.id] = resolved.value
        let diagnostics = recompile()
        if diagnostics.contains(where: \.isError) {
            overrides = previous
            _ = recompile()
            return Output(text: render(diagnostics.filter(\.isError)), ok: false)
        }
        // Named as the officer typed it; a label with the id it stands for.
        let id = "params." + resolved.id
        let named = resolved.byLabel ? MessageCatalogue.format(.paramsNamed, [resolved.written, id]) : id
        return Output(text: render(notes) + MessageCatalogue.format(.paramsReplSet, [named, resolved.value.description, was]) + "\n" + summaryLine(), ok: true)
    }

    func decide() -> Output {
        guard let r = current, let household else { return fail(.replNoCurrent) }
        let (record, errors) = JSONLinesSource.decode(line: household.json, schema: r.schema)
        return Output(text: whatIfs() + Engine.explain(record, id: householdID, errors: errors, with: r).text, ok: errors.isEmpty)
    }

    func impact() -> Output {
        guard let old = baseline, let new = current else { return fail(.replReloadFailed) }
        guard !records.isEmpty else { return fail(.replNoRecords) }
        guard !overrides.isEmpty else { return fail(.replNoImpact) }
        let report = ImpactDiff.compare(old: old, new: new, records: records, by: .village)
        return Output(text: report.render(.table, listIDs: 5), ok: true)
    }

    func reset() -> Output {
        overrides = [:]
        household = original
        let d = recompile()
        return Output(text: render(d.filter(\.isError)) + MessageCatalogue.format(.replReset, []) + "\n", ok: true)
    }

    func reload() -> Output {
        let fresh = SourceStore()
        let (m, diags) = RulesetLoader.load(path: rulesPath, sources: fresh, root: rulesRoot)
        guard let m else { return Output(text: DiagnosticRenderer(sources: fresh).render(diags) + MessageCatalogue.format(.replReloadFailed, []) + "\n", ok: false) }
        var withLists = m
        withLists.listStore = lists
        let check = Engine.compile(withLists, asOf: asOf, overrides: overrides, earlier: diags)
        guard !check.hasErrors else {
            return Output(text: DiagnosticRenderer(sources: fresh).render(check.diagnostics.filter(\.isError)) + MessageCatalogue.format(.replReloadFailed, []) + "\n", ok: false)
        }
        sources = fresh
        model = m
        _ = recompile()
        return Output(text: MessageCatalogue.format(.replReloaded, [rulesPath]) + "\n", ok: true)
    }

    func listFile(_ text: String) -> Output {
        let parts = text.split(separator: " ", maxSplits: 1).map { String($0).trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2, !parts[1].isEmpty else { return fail(.replUsage, ":list-file NAME FILE") }
        lists.add(parts[0], parts[1])
        let d = recompile()
        let loaded = lists.loaded.first { $0.decl.id == parts[0] }
        let note = loaded.map { MessageCatalogue.format(.replListLoaded, [$0.decl.id, $0.path, String($0.rowCount)]) + "\n" } ?? ""
        return Output(text: render(d.filter(\.isError)) + note, ok: !d.contains(where: \.isError))
    }

    func changeAsOf(_ text: String) -> Output {
        guard let d = CivilDate(iso: text) else { return fail(.replUsage, ":as-of YYYY-MM-DD") }
        let old = asOf
        asOf = d
        let diags = recompile()
        if diags.contains(where: \.isError) { asOf = old; _ = recompile(); return Output(text: render(diags), ok: false) }
        return Output(text: render(diags) + MessageCatalogue.format(.replAsOf, [d.iso]) + "\n", ok: true)
    }

    /// Appends the current household and its current decision to a policy test file, creating the
    /// file (next to nothing else: its `rules:` is the rule file, relative to the test file) if needed.
    func saveTest(_ rest: String) -> Output {
        guard let r = current, let household else { return fail(.replNoCurrent) }
        let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return fail(.replUsage, ":save-test FILE NAME") }
        let file = parts[0], name = parts[1]
        let (record, errors) = JSONLinesSource.decode(line: household.json, schema: r.schema)
        guard errors.isEmpty else { return Output(text: errors.joined(separator: "\n") + "\n", ok: false) }
        let d = Engine.decide(record, with: r, frame: r.makeFrame()).0
        typealias Y = TestFileYAML
        var text = ""
        if !FileManager.default.fileExists(atPath: file) {
            text += Y.head(comments: [MessageCatalogue.format(.replSavedHeader1, []), MessageCatalogue.format(.replSavedHeader2, [])],
                           tests: [("rules", Y.text(relativePath(rulesPath, from: file))), ("as_of", Y.plain(asOf.iso))])
        }
        var item: Y.Pairs = [("name", Y.text(name)), ("clause", Y.text("REPL")), ("unconfirmed", Y.bool(true)),
                             ("household", household.maskingPersonal(r.schema).yaml)]
        if asOf != r.asOf { item.append(("as_of", Y.plain(r.asOf.iso))) }
        if !overrides.isEmpty {
            item.append(("params", .mapping(overrides.sorted { $0.key < $1.key }.map { ($0.key, $0.value.yaml) })))
        }
        item.append(("expect", .mapping(Y.expectations(d, r))))
        text += Y.caseItem(item)
        do {
            if let h = FileHandle(forWritingAtPath: file) {
                h.seekToEndOfFile(); h.write(Data(text.utf8)); h.closeFile()
            } else {
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            }
        } catch {
            return Output(text: MessageCatalogue.format(.fileUnreadable, [file, "\(error)"]) + "\n", ok: false)
        }
        return Output(text: MessageCatalogue.format(.replSaved, [name, file]) + "\n", ok: true)
    }

    // MARK: completion

    /// Candidates for the word being typed: commands, then field paths, parameters and definitions.
    package func completions(_ prefix: String) -> [String] {
        if prefix.hasPrefix(":") { return Self.commands.filter { $0.hasPrefix(prefix) } }
        guard let r = current else { return [] }
        var words = r.schema.households.map(\.path) + r.ruleset.parameters.map { "params." + $0.id }
        words += r.checked.context.definitions.map(\.id) + ["members", "risks", "as_of", "category"]
        words += Builtins.all.flatMap(\.names)
        return Array(Set(words.filter { $0.hasPrefix(prefix) })).sorted()
    }

    // MARK: helpers

    /// Recompiles both sides at the session's date; returns the current side's diagnostics.
    @discardableResult
    private func recompile() -> [Diagnostic] {
        guard let model else { return [] }
        let base = Engine.compile(model, asOf: asOf)
        baseline = base.compiled
        if overrides.isEmpty { current = base.compiled; return base.diagnostics }
        let now = Engine.compile(model, asOf: asOf, overrides: overrides)
        if let c = now.compiled { current = c }
        return now.diagnostics
    }

    /// "monitored, 监测对象, risks 低收入" — the decision in one line, after each what-if.
    private func summaryLine() -> String {
        guard let r = current, let household else { return "" }
        let (record, errors) = JSONLinesSource.decode(line: household.json, schema: r.schema)
        guard errors.isEmpty else { return "  " + errors.joined(separator: "; ") + "\n" }
        let d = Engine.decide(record, with: r, frame: r.makeFrame()).0
        func say(_ id: MessageID, _ a: String...) -> String { MessageCatalogue.format(id, a) }
        let state = d.monitored.map { $0 ? say(.replStateMonitored) : say(.replStateNotMonitored) } ?? say(.replStateUndetermined)
        var parts = [state]
        if d.monitored == nil, !d.undetermined.fields.isEmpty {
            // What is missing, by the schema's labels: "risks: none" would claim what is unknown.
            let missing = r.undeterminedNames(d).map(ExplainWords(ruleset: r).readName)
            parts.append(say(.replMissing, missing.joined(separator: say(.replListSeparator))))
        }
        if let c = r.categoryName(d) { parts.append(c) }
        let risks = r.riskNames(d)
        if !risks.isEmpty || d.monitored != nil {
            parts.append(say(.replRisks, risks.isEmpty ? say(.explainNone) : risks.joined(separator: say(.replListSeparator))))
        }
        let ms = r.measureNames(d)
        if !ms.isEmpty { parts.append(say(.replMeasures, ms.joined(separator: say(.replListSeparator)))) }
        let alerts = r.alertNames(d)
        if !alerts.isEmpty { parts.append(say(.replAlerts, alerts.joined(separator: say(.replListSeparator)))) }
        if d.watch == true { parts.append(say(.replWatch)) }
        return "  → " + parts.joined(separator: MessageCatalogue.format(.replPartSeparator, [])) + "\n"
    }

    private func whatIfs() -> String {
        var lines: [String] = []
        for (k, v) in overrides.sorted(by: { $0.key < $1.key }) {
            // By label under zh (the officer's name for it), with the id the rule file uses.
            let label = MessageCatalogue.useChinese ? current?.ruleset.parameters.first { $0.id == k }?.label : nil
            lines.append((label.map { MessageCatalogue.format(.paramsNamed, [$0, "params." + k]) } ?? "params.\(k)") + " = \(v)")
        }
        if let o = original, let h = household, o != h { lines.append(MessageCatalogue.format(.replFieldsChanged, [])) }
        return lines.isEmpty ? "" : MessageCatalogue.format(.replWhatIfs, [lines.joined(separator: MessageCatalogue.format(.replPartSeparator, []))]) + "\n"
    }

    private func fail(_ id: MessageID, _ args: String...) -> Output {
        Output(text: MessageCatalogue.format(.explainError, [MessageCatalogue.format(id, args)]) + "\n", ok: false)
    }

    private func render(_ diags: [Diagnostic]) -> String {
        diags.isEmpty ? "" : DiagnosticRenderer(sources: sources).render(diags)
    }

    /// A field's value as `:show` prints it: as written in English; under zh 是/否, an option by its
    /// label with its id (一般农户（general）), an empty list as 无.
    private func words(_ v: HouseholdTree, _ type: Schema.FieldType, _ schema: Schema) -> String {
        guard MessageCatalogue.useChinese else { return plain(v) }
        func say(_ id: MessageID, _ a: String...) -> String { MessageCatalogue.format(id, a) }
        func option(_ e: Int16, _ s: String) -> String {
            let t = schema.enums[Int(e)]
            guard let o = t.ordinal(of: s), t.label(o) != t.values[o] else { return s }
            return say(.explainNamed, t.label(o), t.values[o])
        }
        switch (v, type) {
        case (.bool(let b), _): return say(b ? .explainYes : .explainNo)
        case (.string(let s), .enumeration(let e)): return option(e, s)
        case (.array(let items), .enumList(let e)):
            if items.isEmpty { return say(.explainNone) }
            return items.map { if case .string(let s) = $0 { return option(e, s) }; return plain($0) }.joined(separator: say(.explainListSeparator))
        case (.null, _): return say(.explainNone)
        default: return plain(v)
        }
    }

    private func plain(_ v: HouseholdTree) -> String {
        switch v {
        case .string(let s): return s
        case .number(let n): return n
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        default: return v.json
        }
    }

    private func relativePath(_ target: String, from file: String) -> String {
        let dir = URL(fileURLWithPath: file).deletingLastPathComponent().standardizedFileURL.path
        let abs = URL(fileURLWithPath: target).standardizedFileURL.path
        let a = dir.split(separator: "/"), b = abs.split(separator: "/")
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        return (Array(repeating: "..", count: a.count - i) + b[i...].map(String.init)).joined(separator: "/")
    }

    /// `:help functions`: every built-in, from the table that declares them (Values/Builtins/).
    package static var functionsHelp: String { functionsHelp(chinese: MessageCatalogue.useChinese) }

    package static func functionsHelp(chinese: Bool) -> String {
        let rows = Builtins.all.map { f in
            let usage = f.overloads.map { f.usage($0) }.joined(separator: MessageCatalogue.format(.builtinOr, [], chinese: chinese))
            let written = f.aliases.isEmpty ? usage
                : MessageCatalogue.format(.builtinAlso, [.text(usage), .list(f.aliases.map(MessageArg.text))], chinese: chinese)
            return (written, f.docText.rendered(chinese: chinese))
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { "  " + $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + $0.1 + "\n" }.joined()
    }

    package static let help = """
    Expressions are evaluated with the ruleset's parameters, definitions and calendar, and the
    current household, in scope:   人均纯收入 < params.监测范围     add_workdays(date("2022-05-06"), 5)

      :use ID                 make a household of the records the current one     :use 340604-GR-0007
      :show [PATH]            the current household (or one field), with labels   :show income
      :set PATH = VALUE       change a field of the current household (what-if)   :set income.net_per_capita = 7200
                              (PATH or the field's label; 7,200 and ７２００ read as 7200)  :set 上年度家庭人均纯收入 = 7,200
      :param NAME = VALUE     change a parameter for this session (what-if)       :param 监测范围 = 7500
                              (NAME the parameter's id or label)                  :param 年度监测范围（家庭人均纯收入） = 7500
      :decide                 the full decision, with the explain trace
      :impact                 how the parameter what-ifs change all loaded households, by village
      :reset                  drop all what-ifs
      :reload                 re-read the rule files after an edit (what-ifs kept)
      :save-test FILE NAME    append the household and its decision as a test case   :save-test my.test.yaml 7200元户
      :as-of DATE             change the evaluation date                          :as-of 2023-06-30
      :list-file NAME FILE    a department's list for the rules' lists: entry NAME :list-file vehicles 车辆.csv
      :help                   this list
      :help functions         the built-in functions, one line each
      :quit                   leave

    """

    /// `:help` under Chinese (LANG=zh*, --lang zh): the same commands and examples.
    package static let helpChinese = """
    表达式在规则文件的参数、定义、工作日历和当前农户的范围内求值：   人均纯收入 < params.监测范围     add_workdays(date("2022-05-06"), 5)

      :use 户编号             选择已加载数据中的一户作为当前农户          :use 340604-GR-0007
      :show [字段]            显示当前农户（或其中一个字段），带中文名称  :show income
      :set 字段 = 值          修改当前农户的一个字段（假设；字段写路径或中文名称，7,200、７２００均按 7200 读）
                                                                          :set 上年度家庭人均纯收入 = 7200
      :param 参数 = 值        在本次会话中修改一个参数（假设；写参数编号或中文名称）
                                                                          :param 监测范围 = 7500
      :decide                 完整的认定结果，附每条规则的判断过程
      :impact                 参数假设对全部已加载农户的影响，按村汇总
      :reset                  撤销全部假设
      :reload                 修改规则文件后重新读取（保留假设）
      :save-test 文件 名称    将当前农户及其认定结果追加为一条测试用例    :save-test my.test.yaml 7200元户
      :as-of 日期             修改评估日期                                :as-of 2023-06-30
      :list-file 名单 文件    为规则文件 lists: 中的名单指定部门名单文件  :list-file vehicles 车辆.csv
      :help                   显示本列表
      :help functions         内置函数，每个一行
      :quit                   退出

    """
}
