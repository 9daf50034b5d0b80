import Foundation

/// The id of a user-visible message. All of them are declared in this one file, the catalogue,
/// with an English template and (where written) a Chinese one; `LANG=zh_*` picks Chinese.
/// Placeholders are `{0}`, `{1}`, ….
public struct MessageID: Hashable, Sendable, CustomStringConvertible {
    package let rawValue: String
    let en: String
    let zh: String?
    package init(_ rawValue: String, en: String, zh: String? = nil) { self.rawValue = rawValue; self.en = en; self.zh = zh }
    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }
    public var description: String { rawValue }
}

public enum MessageCatalogue {
    /// Chinese when the environment's LANG asks for it, or `--lang zh` (set once, at start-up,
    /// before any message is made).
    package static var useChinese: Bool { language ?? environmentChinese }
    nonisolated(unsafe) package static var language: Bool?
    static let environmentChinese: Bool = {
        let lang = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
        return lang.hasPrefix("zh")
    }()

    package static func format(_ id: MessageID, _ args: [String]) -> String { format(id, args, chinese: useChinese) }

    /// In Chinese whatever the locale (workbooks and reports handed to a leader are Chinese).
    package static func chinese(_ id: MessageID, _ args: [String]) -> String { format(id, args, chinese: true) }

    package static func format(_ id: MessageID, _ args: [String], chinese: Bool) -> String {
        var text = (chinese ? id.zh : nil) ?? id.en
        for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a) }
        return text
    }

    /// A message whose arguments may themselves be messages, each rendered in the same language.
    @_disfavoredOverload
    package static func format(_ id: MessageID, _ args: [MessageArg], chinese: Bool) -> String {
        format(id, args.map { $0.rendered(chinese: chinese) }, chinese: chinese)
    }

    /// The English and the Chinese template of a message (tests check that both are written).
    package static func templates(_ id: MessageID) -> (en: String, zh: String?) { (id.en, id.zh) }
}

/// An argument of a message: plain text (a name, a value, an expression as written), or another
/// catalogue message — a type's name, "did you mean …" — rendered in the language the whole
/// message is rendered in, when it is printed.
package indirect enum MessageArg: Sendable, Hashable, CustomStringConvertible,
                                 ExpressibleByStringLiteral, ExpressibleByStringInterpolation {
    case text(String)
    case message(MessageID, [MessageArg])
    /// Items joined with ", " in English and "、" in Chinese.
    case list([MessageArg])
    /// Text that comes with its own translation from a table beside the code that owns it (libyaml's
    /// problem texts, the built-ins' doc lines): English, or the Chinese where the table has it.
    case translated(en: String, zh: String?)

    package init(stringLiteral value: String) { self = .text(value) }
    package init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    /// Nothing (an optional part of a message left out).
    package static let none: MessageArg = .text("")

    package func rendered(chinese: Bool) -> String {
        switch self {
        case .text(let s): return s
        case .message(let id, let args): return MessageCatalogue.format(id, args, chinese: chinese)
        case .list(let items): return items.map { $0.rendered(chinese: chinese) }.joined(separator: chinese ? "、" : ", ")
        case .translated(let en, let zh): return chinese ? (zh ?? en) : en
        }
    }
    package var description: String { rendered(chinese: MessageCatalogue.useChinese) }
}

extension MessageID {
    // MARK: files and YAML
    package static let fileUnreadable = MessageID("file.unreadable", en: "cannot read '{0}': {1}", zh: "无法读取“{0}”：{1}")
    /// The {1} of file.unreadable when the file is not there (otherwise {1} is the operating system's own error string).
    package static let fileNoSuchFile = MessageID("file.no_such_file", en: "no such file", zh: "文件不存在")
    package static let fileEmpty = MessageID("file.empty", en: "the file is empty", zh: "文件为空")
    package static let fileTooLarge = MessageID("file.too_large", en: "the file is larger than {0} bytes", zh: "文件超过 {0} 字节")
    package static let fileIsFolder = MessageID("file.is_folder", en: "'{0}' is a folder; {1} is expected here", zh: "“{0}”是文件夹，此处需要{1}")
    package static let fileNotYAMLMapping = MessageID("file.not_yaml_mapping", en: "'{0}' is not a YAML mapping; {1} is expected here", zh: "“{0}”不是 YAML 映射（键: 值），此处需要{1}")
    package static let fileNotOfKind = MessageID("file.not_of_kind", en: "'{0}' is not {1}: none of its top-level keys is one {1} has ({2})", zh: "“{0}”不是{1}：其顶层键都不属于{1}（{2}）")
    package static let aFile = MessageID("file.a_file", en: "a file", zh: "文件")
    package static let aRuleFile = MessageID("file.a_rule_file", en: "a rule file (.yaml)", zh: "规则文件（.yaml）")
    package static let aSchemaFile = MessageID("file.a_schema_file", en: "a schema file (.yaml)", zh: "数据结构文件（.yaml）")
    package static let aDocumentText = MessageID("file.a_document_text", en: "the document's text (.txt)", zh: "文件原文（.txt）")
    package static let aCalendarFile = MessageID("file.a_calendar_file", en: "a calendar file (.yaml)", zh: "工作日历文件（.yaml）")
    package static let aRecordsFile = MessageID("file.a_records_file", en: "a records file (.jsonl, .json or .csv)", zh: "农户数据文件（.jsonl、.json 或 .csv）")
    package static let aMembersFile = MessageID("file.a_members_file", en: "a members CSV file", zh: "家庭成员 CSV 文件")
    package static let aCasesFile = MessageID("file.a_cases_file", en: "a cases file (.jsonl, .csv, .xlsx)", zh: "案例文件（.jsonl、.csv、.xlsx）")
    package static let aFileToWrite = MessageID("file.a_file_to_write", en: "a file to write", zh: "可写入的文件")
    package static let pathAbsolute = MessageID("rules.path_absolute", en: "'{0}' is an absolute path; write it relative to this file, inside the rules root {1}", zh: "“{0}”是绝对路径；请写相对于本文件的路径，并位于规则根目录 {1} 之内")
    package static let pathOutsideRoot = MessageID("rules.path_outside_root", en: "'{0}' leads outside the rules root {1}; a rule file reads only files under it (--rules-root DIR sets another)", zh: "“{0}”指向规则根目录 {1} 之外；规则文件只能读取该目录中的文件（可用 --rules-root 目录 另行指定）")
    package static let yamlSyntax = MessageID("yaml.syntax", en: "YAML syntax: {0}", zh: "YAML 语法错误：{0}")
    package static let yamlKeyNotText = MessageID("yaml.key_not_text", en: "YAML syntax: a mapping key must be text, not {0}", zh: "YAML 语法错误：映射的键应为文本，不能是{0}")
    package static let yamlOutOfMemory = MessageID("yaml.out_of_memory", en: "YAML syntax: out of memory", zh: "YAML 语法错误：内存不足")
    package static let yamlDuplicateKey = MessageID("yaml.duplicate_key", en: "duplicate key '{0}'", zh: "重复的键“{0}”")
    package static let yamlFirstKey = MessageID("yaml.first_key", en: "'{0}' was first given here", zh: "“{0}”首次出现在此")
    package static let yamlAliasLimit = MessageID("yaml.alias_limit", en: "aliases expand to more than {0} nodes; the file is refused (a 'billion laughs' file?)", zh: "别名展开超过 {0} 个节点，拒绝加载")
    package static let yamlUnknownAlias = MessageID("yaml.unknown_alias", en: "unknown alias '*{0}'", zh: "未定义的别名“*{0}”")
    package static let yamlTooDeep = MessageID("yaml.too_deep", en: "nesting deeper than {0} levels", zh: "嵌套超过 {0} 层")
    package static let yamlInvalidUTF8 = MessageID("yaml.invalid_utf8", en: "the file is not valid UTF-8", zh: "文件不是有效的 UTF-8 编码")
    package static let yamlMultipleDocuments = MessageID("yaml.multiple_documents", en: "a rule file holds one YAML document", zh: "规则文件只能包含一个 YAML 文档")
    package static let yamlMergeKey = MessageID("yaml.merge_key", en: "merge keys ('<<') are not supported; repeat the keys or use an alias for the whole value", zh: "不支持合并键“<<”")

    package static let yamlTabIndent = MessageID("yaml.tab_indent", en: "tab characters cannot indent YAML — use spaces", zh: "制表符不能用于 YAML 缩进，请用空格")
    package static let yamlFullWidthColon = MessageID("yaml.full_width_colon", en: "full-width colon '：' — use ':' (and a space after it)", zh: "使用了全角冒号“：”，请改为半角“:”（其后加一个空格）")
    package static let paramNotANumber = MessageID("rules.param_not_a_number", en: "'{0}' is not a number as written; write {1}", zh: "“{0}”不是规范的数字写法，请写作 {1}")

    // MARK: rule-file structure
    package static let unknownKey = MessageID("rules.unknown_key", en: "unknown key '{0}' in {1}{2}", zh: "{1}中有未知的键“{0}”{2}")
    package static let missingKey = MessageID("rules.missing_key", en: "{1} needs '{0}'", zh: "{1}缺少“{0}”")
    package static let expectedKind = MessageID("rules.expected_kind", en: "expected {0} here, found {1}", zh: "此处应为{0}，实际为{1}")
    package static let duplicateID = MessageID("rules.duplicate_id", en: "'{0}' is defined twice", zh: "“{0}”重复定义")
    package static let extendsCycle = MessageID("rules.extends_cycle", en: "'extends' forms a cycle: {0}", zh: "extends 形成循环：{0}")
    package static let extendsTooDeep = MessageID("rules.extends_too_deep", en: "more than {0} levels of 'extends'", zh: "extends 超过 {0} 层")
    package static let removeUnknown = MessageID("rules.remove_unknown", en: "'{0}' cannot be removed: no such rule in the files this one extends", zh: "无法移除“{0}”：上级文件中没有此规则")
    package static let paramBound = MessageID("rules.param_bound", en: "{0} = {1} is {2} the bound {3} set by {4}", zh: "{0} = {1} {2}上级文件设定的界限 {3}（{4}）")
    package static let paramNoValueForYear = MessageID("rules.param_no_value_for_year", en: "parameter '{0}' has no value dated in {1}; using the value of {2} ({3})", zh: "参数“{0}”没有 {1} 年的取值；沿用 {2} 的值（{3}）")
    package static let paramBeforeFirst = MessageID("rules.param_before_first", en: "as-of date {1} precedes the first value of parameter '{0}' ({2})", zh: "评估日期 {1} 早于参数“{0}”的首个取值（{2}）")
    package static let paramNoValueAt = MessageID("rules.param_no_value_at", en: "parameter '{0}' has no value on {1}: its first value is dated {2}; use --as-of {2} or later, or give the parameter a value for {1}", zh: "参数“{0}”在 {1} 没有取值：其首个取值的日期为 {2}；请使用 --as-of {2} 或更晚的日期，或为该参数补充适用于 {1} 的取值")
    package static let schemaMembersReserved = MessageID("schema.members_reserved", en: "a household field named 'members' cannot sit beside the member list (members:): in records and expressions 'members' is that list; rename the field (e.g. member_count, with aliases: [members] for a CSV column)", zh: "已声明家庭成员列表（members:）时，户字段不能命名为“members”：数据和表达式中的 members 指成员列表；请改名（如 member_count，CSV 列可用 aliases: [members]）")
    package static let overrideWrongKind = MessageID("rules.override_wrong_kind", en: "what-if value {0}={1} (--param, :param): parameter '{0}' is {2} in the rule file, but '{1}' is {3}", zh: "假设值 {0}={1}（--param、:param）：规则文件中参数“{0}”是{2}，而“{1}”是{3}")
    package static let kindNumber = MessageID("kind.number", en: "a number", zh: "数值")
    package static let kindBool = MessageID("kind.bool", en: "true/false", zh: "真/假")
    package static let kindText = MessageID("kind.text", en: "text", zh: "文本")
    package static let kindDate = MessageID("kind.date", en: "a date", zh: "日期")
    package static let kindDuration = MessageID("kind.duration", en: "a duration", zh: "期限")
    package static let kindList = MessageID("kind.list", en: "a list", zh: "列表")
    package static let watchlineVersion = MessageID("rules.version", en: "unsupported rule-file version '{0}'; this Watchline reads version 1", zh: "不支持的规则文件版本“{0}”")

    // MARK: the document's text (fidelity)
    package static let textNotUTF8 = MessageID("text.not_utf8", en: "the document text '{0}' is not UTF-8", zh: "文件原文“{0}”不是 UTF-8 编码")
    package static let textPartMarkerMissing = MessageID("text.part_marker_missing", en: "part '{0}': no line of '{2}' holds '{1}'", zh: "部分“{0}”：原文“{2}”中没有一行包含“{1}”")
    package static let clauseNoNumbering = MessageID("text.clause_no_numbering", en: "'{0}' names no clause number (write it as in the text, e.g. \"二、(四)\")", zh: "“{0}”没有条款编号（按原文书写，如“二、(四)”）")
    package static let clauseUnknownPart = MessageID("text.clause_unknown_part", en: "'{0}' is not a part of the text (parts: {1})", zh: "“{0}”不是原文的组成部分（共有：{1}）")
    package static let clauseNotFound = MessageID("text.clause_not_found", en: "clause {0} is not in the document's text{1}", zh: "文件原文中没有条款 {0}{1}")
    package static let clauseAmbiguous = MessageID("text.clause_ambiguous", en: "clause {0} is ambiguous: it matches {1}; name the clause above it", zh: "条款 {0} 不明确：可对应 {1}；请写出上级条款")
    package static let clauseWordsMissing = MessageID("text.clause_words_missing", en: "clause {1} does not contain '{0}'", zh: "条款 {1} 中没有“{0}”")
    package static let quoteNotInText = MessageID("text.quote_not_found", en: "quote not found in the document's text: '{0}'{1}", zh: "文件原文中找不到引文：“{0}”{1}")
    package static let quoteWithoutText = MessageID("text.quote_without_text", en: "a quote needs the document's text: name it with ruleset.text", zh: "引文需要文件原文：请用 ruleset.text 指定")
    package static let readingUnknown = MessageID("text.reading_unknown", en: "unknown reading '{0}'{1} (declare it under readings:)", zh: "未知的解读“{0}”{1}（请在 readings: 中声明）")
    package static let clauseUncovered = MessageID("text.clause_uncovered", en: "clause {0} ({1}) is cited by no rule and not marked narrative", zh: "条款 {0}（{1}）既无规则引用，也未标为叙述性条款")

    package static let testMutateAllNoticed = MessageID("test.mutate_all", en: "{0}: every threshold is pinned: moving any one step makes a case fail", zh: "{0}：每个阈值都有用例把关：任何一个移动一步都会使用例失败")
    package static let testMutateUnnoticed = MessageID("test.mutate_unnoticed", en: "{0}: {1} changes no case notices:", zh: "{0}：有 {1} 处改动没有任何用例察觉：")
    package static let testMoreWithVerbose = MessageID("test.more_verbose", en: "… {0} more lines: how each rule decided (run with --verbose)", zh: "……另有 {0} 行：各条规则的判定过程（加 --verbose 查看）")
    package static let testFilePass = MessageID("test.file_pass", en: "PASS {0} — {1}/{2} cases pass (rules: {3})", zh: "通过 {0} —— {1}/{2} 个用例通过（规则：{3}）")
    package static let testFileFail = MessageID("test.file_fail", en: "FAIL {0} — {1}/{2} cases pass (rules: {3})", zh: "未通过 {0} —— {1}/{2} 个用例通过（规则：{3}）")
    package static let testAt = MessageID("test.at", en: "at {0}", zh: "位置 {0}")
    package static let testMismatch = MessageID("test.mismatch", en: "{0}: expected {1}, got {2}", zh: "{0}：应为 {1}，实际为 {2}")
    package static let testNeedsBasis = MessageID("test.needs_basis", en: "quote: (the document's words that decide the case) or reading: (a reading of the rule file)", zh: "quote:（决定本用例的原文）或 reading:（规则文件的解读）")
    package static let testBasisSplit = MessageID("test.basis_split", en: "{0} cases decided by the text, {1} by readings", zh: "{0} 个用例由原文决定，{1} 个由解读决定")
    package static let testUnconfirmed = MessageID("test.unconfirmed", en: "; {0} unconfirmed (no quote or reading yet: add one, or run with --strict to fail on them)", zh: "；{0} 个未确认（尚无原文或解读，请补充；--strict 时视为失败）")

    // MARK: run summary
    package static let summaryTotals = MessageID("summary.totals", en: "{0} households: {1} monitored, {2} not monitored, {3} undetermined, {4} with errors; {5} watched, {6} alerted", zh: "共 {0} 户：纳入监测 {1} 户，不纳入 {2} 户，无法判定 {3} 户，有错误 {4} 户；持续跟踪关注 {5} 户，有预警 {6} 户")
    package static let summaryCategories = MessageID("summary.categories", en: "categories: {0}", zh: "监测类型：{0}")
    package static let summaryMonitored = MessageID("summary.monitored", en: "{0} households monitored", zh: "纳入监测 {0} 户")
    package static let summaryShare = MessageID("summary.share", en: "{0} of {1} households monitored ({2}%)", zh: "{1} 户中纳入监测 {0} 户（{2}%）")
    package static let summaryAtLeast = MessageID("summary.at_least", en: ", expected at least {0}%", zh: "，应不低于 {0}%")
    package static let summaryAtMost = MessageID("summary.at_most", en: ", at most {0}%", zh: "，不高于 {0}%")
    package static let summaryGroupsOK = MessageID("summary.groups_ok", en: "every {0} has at most {1} households ({2} groups)", zh: "每个{0}均不超过 {1} 户（共 {2} 个）")
    package static let summaryGroupsOver = MessageID("summary.groups_over", en: "{0} {1} value(s) over {2} households: ", zh: "{0} 个 {1} 超过 {2} 户：")

    // MARK: explain
    package static let explainHeader = MessageID("explain.header", en: "Household {0}, as of {1}, rules {2}", zh: "农户 {0}，评估日期 {1}，规则 {2}")
    package static let explainUndecidable = MessageID("explain.undecidable", en: "Could not be decided: {0}", zh: "无法判定：{0}")
    package static let explainMonitoredAs = MessageID("explain.monitored_as", en: "Decision: monitored, category {0}", zh: "判定：纳入监测，类型 {0}")
    package static let explainMonitored = MessageID("explain.monitored", en: "Decision: monitored", zh: "判定：纳入监测")
    package static let explainNotMonitored = MessageID("explain.not_monitored", en: "Decision: not monitored", zh: "判定：不纳入监测")
    package static let explainUndetermined = MessageID("explain.undetermined", en: "Decision: undetermined — missing: {0}", zh: "判定：无法判定——缺少：{0}")
    package static let explainAlerts = MessageID("explain.alerts", en: "Alerts raised (to verify): {0}", zh: "预警信息（待核实）：{0}")
    package static let explainWatched = MessageID("explain.watched", en: "Watch: followed without identification (不纳入但持续跟踪关注)", zh: "不纳入但持续跟踪关注")
    package static let explainWatchUndetermined = MessageID("explain.watch_undetermined", en: "Watch: undetermined", zh: "是否持续跟踪关注：无法判定")
    package static let explainRisks = MessageID("explain.risks", en: "Risks found: {0}", zh: "风险类型：{0}")
    package static let explainExcluded = MessageID("explain.excluded", en: "Excluded by: {0}", zh: "排除原因：{0}")
    package static let explainMeasures = MessageID("explain.measures", en: "Measures: {0}", zh: "帮扶措施：{0}")
    package static let explainAmount = MessageID("explain.amount", en: "{0} amount: {1}", zh: "{0} 金额：{1}")
    package static let explainNone = MessageID("explain.none", en: "none", zh: "无")
    package static let explainHow = MessageID("explain.how", en: "How it was decided:", zh: "判定过程：")
    package static let explainClause = MessageID("explain.clause", en: "(clause {0})", zh: "（条款 {0}）")
    package static let explainReading = MessageID("explain.reading", en: "reading {0}: {1}", zh: "解读 {0}：{1}")
    package static let explainHolds = MessageID("explain.holds", en: "holds", zh: "成立")
    package static let explainDoesNotHold = MessageID("explain.does_not_hold", en: "does not hold", zh: "不成立")
    package static let explainMissingData = MessageID("explain.missing_data", en: "undetermined (missing data)", zh: "无法判定（缺少数据）")
    package static let explainError = MessageID("explain.error", en: "error: {0}", zh: "错误：{0}")
    package static let explainMissing = MessageID("explain.missing", en: "missing", zh: "缺失")
    package static let explainSetAt = MessageID("explain.set_at", en: "(set at {0})", zh: "（取值见 {0}）")
    package static let explainOverriding = MessageID("explain.overriding", en: ", overriding {0}", zh: "，覆盖 {0}")

    package static let didYouMean = MessageID("expr.did_you_mean", en: "; did you mean '{0}'?", zh: "；是否应为“{0}”？")

    // MARK: expressions
    package static let exprTooDeep = MessageID("expr.too_deep", en: "expression nested deeper than {0} levels", zh: "表达式嵌套超过 {0} 层")
    package static let exprTooLong = MessageID("expr.too_long", en: "expression longer than {0} characters", zh: "表达式超过 {0} 个字符")
    package static let unknownName = MessageID("expr.unknown_name", en: "unknown name '{0}'{1}", zh: "未知的名称“{0}”{1}")
    package static let unknownFunction = MessageID("expr.unknown_function", en: "unknown function '{0}'{1}", zh: "未知的函数“{0}”{1}")
    // MARK: the type checker: one id per kind of error; arguments are names, types and values
    package static let exprWrongType = MessageID("expr.wrong_type", en: "this must be {0}, but it is {1}", zh: "类型不符：此处应为{0}，实际为{1}")
    package static let exprNegateNeedsNumber = MessageID("expr.negate_needs_number", en: "'-' needs a number, found {0}", zh: "类型不符：负号“-”需要数值，实际为{0}")
    package static let exprNotNeedsBool = MessageID("expr.not_needs_bool", en: "'!' needs a true/false value, found {0}", zh: "类型不符：“!”需要真/假值，实际为{0}")
    package static let exprLogicNeedsBool = MessageID("expr.logic_needs_bool", en: "'{0}' needs a true/false value, found {1}", zh: "类型不符：“{0}”两边都应为真/假值，实际为{1}")
    package static let exprConditionNeedsBool = MessageID("expr.condition_needs_bool", en: "the condition of '? :' needs a true/false value, found {0}", zh: "类型不符：“? :”的条件应为真/假值，实际为{0}")
    package static let exprMacroNeedsBool = MessageID("expr.macro_needs_bool", en: "the condition of {0} needs a true/false value, found {1}", zh: "类型不符：{0} 的条件应为真/假值，实际为{1}")
    package static let exprMapFilterNeedsBool = MessageID("expr.map_filter_needs_bool", en: "the filter of map needs a true/false value, found {0}", zh: "类型不符：map 的筛选条件应为真/假值，实际为{0}")
    package static let exprMapKeyType = MessageID("expr.map_key_type", en: "a map key must be a string, int or bool, found {0}", zh: "类型不符：映射的键应为文本、整数或布尔值，实际为{0}")
    package static let exprMessageConstruction = MessageID("expr.message_construction", en: "message construction '{0}{…}' is not part of the rule language", zh: "规则语言不支持消息构造“{0}{…}”")
    package static let exprNumberOutOfRange = MessageID("expr.number_out_of_range", en: "'{0}' is out of range", zh: "数字“{0}”超出范围")
    package static let inexactNumber = MessageID("expr.inexact_number", en: "'{0}' cannot be held exactly (at most {1} decimal places, below 9 223 372 036 854): it is a binary floating-point number", zh: "“{0}”无法精确表示（最多 {1} 位小数，且小于 9 223 372 036 854），将按二进制浮点数处理")
    package static let exprNotANumber = MessageID("expr.not_a_number", en: "'{0}' is not a number", zh: "“{0}”不是数字")
    package static let exprUnsignedInteger = MessageID("expr.unsigned_integer", en: "unsigned integers ('u' suffix) are not part of the rule language; drop the 'u'", zh: "规则语言不支持无符号整数（后缀 u），请去掉 u")
    package static let exprBytesLiteral = MessageID("expr.bytes_literal", en: "bytes literals are not part of the rule language; use a string", zh: "规则语言不支持字节串，请改用文本")
    package static let exprParameterHasNoFields = MessageID("expr.parameter_no_fields", en: "a parameter has no fields", zh: "参数没有字段")
    package static let exprParamsNeedsName = MessageID("expr.params_needs_name", en: "'params' needs a parameter name: params.NAME", zh: "params 后面要写参数名：params.参数名")
    package static let exprFieldGroup = MessageID("expr.field_group", en: "'{0}' is a group of fields; name one, e.g. '{1}'", zh: "“{0}”是一组字段，请写出其中一个字段，如“{1}”")
    package static let unknownHouseholdField = MessageID("expr.unknown_household_field", en: "the household has no field '{0}'{1}", zh: "农户没有字段“{0}”{1}")
    package static let unknownMemberField = MessageID("expr.unknown_member_field", en: "a household member has no field '{0}'{1}", zh: "家庭成员没有字段“{0}”{1}")
    package static let unknownListColumn = MessageID("expr.unknown_list_column", en: "list '{1}' has no column '{0}'{2}", zh: "名单“{1}”没有列“{0}”{2}")
    package static let listDeclaresNoColumns = MessageID("expr.list_no_columns", en: " (it declares no columns)", zh: "（该名单没有声明任何列）")
    package static let unknownRisk = MessageID("expr.unknown_risk", en: "unknown risk '{0}'{1}", zh: "未知的风险“{0}”{1}")
    package static let unknownAlert = MessageID("expr.unknown_alert", en: "unknown alert '{0}'{1}", zh: "未知的预警“{0}”{1}")
    package static let exprMemberFieldNeedsVariable = MessageID("expr.member_field_needs_variable", en: "select a member's field through a variable, e.g. members.exists(m, m.{0} …)", zh: "家庭成员的字段要通过变量读取，如 members.exists(m, m.{0} …)")
    package static let exprTypeHasNoField = MessageID("expr.type_has_no_field", en: "{0} has no field '{1}'", zh: "类型不符：{0}没有字段“{1}”")
    package static let exprHasNeedsMap = MessageID("expr.has_needs_map", en: "has() needs a map or a record field, found {0}", zh: "类型不符：has() 需要映射或记录中的字段，实际为{0}")
    package static let exprListIndexType = MessageID("expr.list_index_type", en: "a list index must be an int, found {0}", zh: "类型不符：列表下标应为整数，实际为{0}")
    package static let exprMapKeyMismatch = MessageID("expr.map_key_mismatch", en: "this map's keys are {0}, not {1}", zh: "类型不符：此映射的键是{0}，不是{1}")
    package static let exprNotIndexable = MessageID("expr.not_indexable", en: "{0} cannot be indexed", zh: "类型不符：{0}不能用下标取值")
    package static let exprCannotCompare = MessageID("expr.cannot_compare", en: "cannot compare {0} with {1}", zh: "类型不符：{0}不能与{1}比较")
    package static let exprCannotOrder = MessageID("expr.cannot_order", en: "cannot compare {0} with {1} using '{2}'", zh: "类型不符：{0}与{1}不能用“{2}”比较大小")
    package static let exprNotEnumValue = MessageID("expr.not_enum_value", en: "'{0}' is not a value of {1} ({2}){3}", zh: "“{0}”不是 {1} 的取值（{2}）{3}")
    package static let exprEnumValueEntry = MessageID("expr.enum_value_entry", en: "{0} {1}", zh: "{0} {1}")
    package static let exprExpectedEnumValue = MessageID("expr.expected_enum_value", en: "expected one of {0}'s values", zh: "此处应为 {0} 的取值之一")
    package static let exprNeverIn = MessageID("expr.never_in", en: "{0} can never be in {1}", zh: "类型不符：{0}不可能在{1}中")
    package static let exprNeverMapKey = MessageID("expr.never_map_key", en: "{0} can never be a key of this map", zh: "类型不符：{0}不可能是此映射的键")
    package static let exprInNeedsCollection = MessageID("expr.in_needs_collection", en: "'in' needs a list or a map on its right, found {0}", zh: "类型不符：“in”右边应为列表或映射，实际为{0}")
    package static let exprOperatorUndefined = MessageID("expr.operator_undefined", en: "'{0}' is not defined for {1} and {2}", zh: "类型不符：{1}与{2}之间不能做“{0}”运算")
    package static let exprFunctionNotMethod = MessageID("expr.function_not_method", en: "'{0}' is a function, not a method: write {0}(…)", zh: "“{0}”是函数，不是方法：请写作 {0}(…)")
    package static let exprRisksHasUsage = MessageID("expr.risks_has_usage", en: "risks.has needs one risk id in quotes, e.g. risks.has(\"因病\")", zh: "risks.has 需要一个加引号的风险名称，如 risks.has(\"因病\")")
    package static let exprAlertsHasUsage = MessageID("expr.alerts_has_usage", en: "alerts.has needs one alert id in quotes, e.g. alerts.has(\"医保预警\")", zh: "alerts.has 需要一个加引号的预警名称，如 alerts.has(\"医保预警\")")
    package static let exprTakesNoArguments = MessageID("expr.takes_no_arguments", en: "{0}.{1}() takes no arguments", zh: "{0}.{1}() 不带参数")
    package static let exprMacroUsage = MessageID("expr.macro_usage", en: "{0} needs a variable name and an expression, e.g. members.{0}(m, m.age >= 60)", zh: "{0} 需要一个变量名和一个表达式，如 members.{0}(m, m.age >= 60)")
    package static let exprMacroNeedsCollection = MessageID("expr.macro_needs_collection", en: "{0} needs a list or a map, found {1}", zh: "类型不符：{0} 需要列表或映射，实际为{1}")
    package static let exprArgumentCountOne = MessageID("expr.argument_count_one", en: "{0} takes 1 argument: {1}", zh: "{0} 需要 1 个参数：{1}")
    package static let exprArgumentCount = MessageID("expr.argument_count", en: "{0} takes {1} arguments: {2}", zh: "{0} 需要 {1} 个参数：{2}")
    package static let exprArgumentType = MessageID("expr.argument_type", en: "{0} needs {1} here, found {2}", zh: "类型不符：{0} 此处的参数应为{1}，实际为{2}")
    package static let exprNotADate = MessageID("expr.not_a_date", en: "'{0}' is not a date; write YYYY-MM-DD", zh: "“{0}”不是日期，请写成 YYYY-MM-DD")
    package static let exprNeedsArguments = MessageID("expr.needs_arguments", en: "{0} needs arguments: {1}", zh: "{0} 需要参数：{1}")
    package static let exprMinMaxUsage = MessageID("expr.min_max_usage", en: "{0} needs numbers: {0}(a, b) or {0}(list)", zh: "{0} 需要数值：{0}(a, b) 或 {0}(列表)")
    package static let exprMonthsNotDuration = MessageID("expr.months_not_duration", en: "months(n) is not a duration; use add_months(date, n)", zh: "months(n) 不是期限，请用 add_months(日期, n)")
    package static let exprListKeyHousehold = MessageID("expr.list_key_household", en: "the key of list '{0}' is a household id, as text; found {1}", zh: "类型不符：名单“{0}”的比对键是户编号（文本），实际为{1}")
    package static let exprListKeyIDNumber = MessageID("expr.list_key_id_number", en: "the key of list '{0}' is an ID number (a member's id), as text; found {1}", zh: "类型不符：名单“{0}”的比对键是身份证号（成员的 id，文本），实际为{1}")
    package static let exprListNeedsColumn = MessageID("expr.list_needs_column", en: "name a column of list '{0}': {0}[…].{1}", zh: "请写出名单“{0}”的列：{0}[…].{1}")
    package static let exprListAlone = MessageID("expr.list_alone", en: "a department's list is asked with 'KEY in {0}' or read with '{0}[KEY].COLUMN'", zh: "部门名单要用“键 in {0}”比对，或用“{0}[键].列名”读取")

    // MARK: the ruleset as a whole (names outside expressions, policy lint)
    package static let unknownMeasure = MessageID("rules.unknown_measure", en: "unknown measure '{0}'{1} (declare it under measures:)", zh: "未知的帮扶措施“{0}”{1}（请在 measures: 中声明）")
    package static let unknownEvent = MessageID("rules.unknown_event", en: "unknown event '{0}'{1}", zh: "未知的事件“{0}”{1}")
    package static let lintParameterUnused = MessageID("lint.parameter_unused", en: "parameter '{0}' is never used by a rule", zh: "参数“{0}”没有被任何规则使用")
    package static let lintRiskUnread = MessageID("lint.risk_unread", en: "risk '{0}' is read by no category, measure or decision", zh: "风险“{0}”没有被任何监测类型、帮扶措施或判定用到")
    package static let lintCategoryShadowed = MessageID("lint.category_shadowed", en: "category '{0}' can never apply: whenever it holds, '{1}' before it holds too", zh: "监测类型“{0}”永远不会适用：凡它成立时，排在它前面的“{1}”也成立")
    package static let lintTimelineTooLong = MessageID("lint.timeline_too_long", en: "the steps of timeline '{0}' can take {1} days one after another, more than its limit of {2}", zh: "时限流程“{0}”的各步骤依次进行可能需要 {1} 天，超过其时限 {2}")

    // MARK: the types, as the checker names them (an officer's words, not the compiler's)
    package static let typeBool = MessageID("type.bool", en: "a true/false value", zh: "真/假值（布尔）")
    package static let typeInt = MessageID("type.int", en: "a whole number", zh: "整数")
    package static let typeDecimal = MessageID("type.decimal", en: "a number", zh: "数值")
    package static let typeString = MessageID("type.string", en: "text", zh: "文本")
    package static let typeDate = MessageID("type.date", en: "a date", zh: "日期")
    package static let typeDuration = MessageID("type.duration", en: "a duration", zh: "期限")
    package static let typeNull = MessageID("type.null", en: "null", zh: "空值（null）")
    package static let typeEnum = MessageID("type.enum", en: "a choice from a list", zh: "选项值")
    package static let typeMember = MessageID("type.member", en: "a household member", zh: "家庭成员")
    package static let typeMap = MessageID("type.map", en: "a map", zh: "映射")
    package static let typeDyn = MessageID("type.dyn", en: "a value", zh: "值")
    /// `{0}` is the element, named by one of the `type.of_*` messages.
    package static let typeList = MessageID("type.list", en: "a list of {0}", zh: "{0}列表")
    package static let typeOfBool = MessageID("type.of_bool", en: "true/false values", zh: "真/假值")
    package static let typeOfInt = MessageID("type.of_int", en: "whole numbers", zh: "整数")
    package static let typeOfDecimal = MessageID("type.of_decimal", en: "numbers", zh: "数值")
    package static let typeOfString = MessageID("type.of_string", en: "text", zh: "文本")
    package static let typeOfDate = MessageID("type.of_date", en: "dates", zh: "日期")
    package static let typeOfDuration = MessageID("type.of_duration", en: "durations", zh: "期限")
    package static let typeOfNull = MessageID("type.of_null", en: "nulls", zh: "空值")
    package static let typeOfEnum = MessageID("type.of_enum", en: "choices from a list", zh: "选项值")
    package static let typeOfMember = MessageID("type.of_member", en: "household members", zh: "家庭成员")
    package static let typeOfList = MessageID("type.of_list", en: "lists", zh: "列表")
    package static let typeOfMap = MessageID("type.of_map", en: "maps", zh: "映射")
    package static let typeOfDyn = MessageID("type.of_dyn", en: "values", zh: "值")
    /// What a function's argument must be, where it is not one type.
    package static let typeEither = MessageID("type.either", en: "{0} or {1}", zh: "{0}或{1}")
    package static let wantTextListOrMap = MessageID("type.want_text_list_or_map", en: "text, a list or a map", zh: "文本、列表或映射")
    package static let wantDecimalPlaces = MessageID("type.want_decimal_places", en: "a whole number of decimal places", zh: "表示小数位数的整数")
    package static let wantDateText = MessageID("type.want_date_text", en: "text like \"2022-05-06\"", zh: "形如 \"2022-05-06\" 的文本")

    // MARK: rendering a diagnostic, and `check --fix`
    package static let fixItReplace = MessageID("fixit.replace", en: "fix-it: replace '{0}' with '{1}'", zh: "修改建议：将“{0}”改为“{1}”")
    package static let fixItWrite = MessageID("fixit.write", en: "fix-it: write '{0}' here", zh: "修改建议：此处改为“{0}”")
    package static let knownKeys = MessageID("rules.known_keys", en: " (known keys: {0})", zh: "（可用的键：{0}）")
    package static let fixApplied = MessageID("fix.applied", en: "{0}: replaced '{1}' with '{2}'", zh: "{0}：已将“{1}”改为“{2}”")
    package static let fixWritten = MessageID("fix.written", en: "{0}: {1} fix-its applied; checking again", zh: "{0}：已应用 {1} 处修改，重新检查")
    package static let fixNothing = MessageID("fix.nothing", en: "{0}: no fix-its to apply", zh: "{0}：没有可自动修改之处")
    package static let fixOutsideFolder = MessageID("fix.outside_folder", en: "{0}: not changed: the file is not under {1}", zh: "{0}：未修改：该文件不在 {1} 之下")
    package static let fixTextChanged = MessageID("fix.text_changed", en: "{0}: not changed: the text there is no longer '{1}'", zh: "{0}：未修改：此处的文字已不是“{1}”")
    package static let fixOverlaps = MessageID("fix.overlaps", en: "{0}: not changed: the fix-it overlaps another one", zh: "{0}：未修改：与另一处修改重叠")
    package static let fixCannotWrite = MessageID("fix.cannot_write", en: "cannot write '{0}': {1}", zh: "无法写入“{0}”：{1}")
    package static let definitionCycle = MessageID("expr.definition_cycle", en: "definition '{0}' refers to itself: {1}", zh: "定义“{0}”循环引用：{1}")
    package static let integerDivisionCompared = MessageID("lint.integer_division_compared", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and here it is compared with money; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而此处与金额比较；请写作 {1}")
    package static let integerDivisionCombined = MessageID("lint.integer_division_combined", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and here it is combined with money; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而此处与金额运算；请写作 {1}")
    package static let integerDivisionAmount = MessageID("lint.integer_division_amount", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and it is a measure's amount; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而它是帮扶金额；请写作 {1}")
    package static let definitionTooDeep = MessageID("expr.definition_too_deep", en: "definition '{0}' nests deeper than {1} levels through the definitions it uses; evaluate it in fewer steps", zh: "定义“{0}”经由所引用的定义嵌套超过 {1} 层，请减少层级")

    // MARK: regular expressions (`s.matches(re)`: RE2's syntax, linear time)
    package static let regexInvalid = MessageID("regex.invalid", en: "invalid regular expression '{0}': {1}", zh: "正则表达式“{0}”无效：{1}")
    package static let regexUnsupported = MessageID("regex.unsupported", en: "regular expression '{0}' is not supported: {1}", zh: "不支持正则表达式“{0}”：{1}")
    package static let regexMissingBracket = MessageID("regex.missing_bracket", en: "missing closing ]", zh: "缺少右方括号 ]")
    package static let regexMissingParen = MessageID("regex.missing_paren", en: "missing closing )", zh: "缺少右括号 )")
    package static let regexUnexpectedParen = MessageID("regex.unexpected_paren", en: "unexpected ) with no ( open", zh: "多余的右括号 )")
    package static let regexTrailingBackslash = MessageID("regex.trailing_backslash", en: "trailing \\ at the end", zh: "末尾有多余的 \\")
    package static let regexMissingRepeatArgument = MessageID("regex.missing_repeat_argument", en: "nothing to repeat before '{0}'", zh: "“{0}”前面没有可重复的内容")
    package static let regexBadRepeat = MessageID("regex.bad_repeat", en: "bad repetition '{0}'", zh: "无效的重复“{0}”")
    package static let regexRepeatTooLarge = MessageID("regex.repeat_too_large", en: "repetition '{0}' above {1}", zh: "重复次数“{0}”超过 {1}")
    package static let regexBadEscape = MessageID("regex.bad_escape", en: "invalid escape '{0}'", zh: "无效的转义“{0}”")
    package static let regexBadRange = MessageID("regex.bad_range", en: "invalid range '{0}' in a character class", zh: "字符类中的范围“{0}”无效")
    package static let regexBadClassName = MessageID("regex.bad_class_name", en: "unknown character class '{0}'", zh: "未知的字符类“{0}”")
    package static let regexBadFlags = MessageID("regex.bad_flags", en: "invalid group '{0}'", zh: "无效的分组“{0}”")
    package static let regexTooDeep = MessageID("regex.too_deep", en: "groups nested deeper than {0} levels", zh: "分组嵌套超过 {0} 层")
    package static let regexTooLarge = MessageID("regex.too_large", en: "the pattern is too large (more than {0} steps once repetitions are expanded)", zh: "模式过大（展开重复后超过 {0} 步）")
    package static let regexBackreference = MessageID("regex.backreference", en: "'{0}' is a backreference; RE2 patterns have none (they cannot be matched in linear time)", zh: "“{0}”是反向引用；RE2 正则不支持（无法在线性时间内匹配）")
    package static let regexLookaround = MessageID("regex.lookaround", en: "'{0}' is lookahead or lookbehind; RE2 patterns have none (they cannot be matched in linear time)", zh: "“{0}”是先行或后行断言；RE2 正则不支持（无法在线性时间内匹配）")
    package static let regexPossessive = MessageID("regex.possessive", en: "'{0}' is a possessive or atomic form; RE2 patterns have none", zh: "“{0}”是占有式或原子分组；RE2 正则不支持")
    package static let regexUnicodeClass = MessageID("regex.unicode_class", en: "Unicode classes such as '{0}' are not supported; write a range instead, e.g. [\\x{4E00}-\\x{9FFF}] for Chinese characters", zh: "不支持“{0}”这样的 Unicode 字符类；请改写为范围，例如汉字写作 [\\x{4E00}-\\x{9FFF}]")

    // MARK: records
    package static let recordsMissingColumn = MessageID("records.missing_column", en: "the file has no column '{0}' ({1}), which the rules read: households that need it will be undetermined", zh: "文件中没有规则要用到的列“{0}”（{1}）：需要该列的农户将无法判定")
    package static let recordsNoMembersFile = MessageID("records.no_members_file", en: "the rules read household members, but no members file was given: pass --members FILE (the 家庭成员 table)", zh: "规则要用到家庭成员信息，但未提供成员文件：请用 --members 指定家庭成员表")
    package static let formNormalised = MessageID("forms.normalised", en: "column {0}: {1} values read after {2} (e.g. '{3}')", zh: "列“{0}”：{1} 个值经{2}后读取（如“{3}”）")
    package static let formSpaces = MessageID("forms.spaces", en: "removing surrounding spaces", zh: "去除首尾空格")
    package static let formFullWidth = MessageID("forms.full_width", en: "turning full-width digits and punctuation into half-width", zh: "全角数字和标点转为半角")
    package static let formThousands = MessageID("forms.thousands", en: "removing thousands separators", zh: "去除千位分隔符")
    package static let formDate = MessageID("forms.date", en: "reading the date written as Y/M/D, Y.M.D or Y年M月D日", zh: "按“年/月/日”“年.月.日”或“某年某月某日”读取日期")
    package static let formExcelDate = MessageID("forms.excel_date", en: "turning an Excel serial day number into a date", zh: "将 Excel 日期序号转为日期")
    package static let recordScientificID = MessageID("records.scientific_id", en: "field '{0}': '{1}' is a number Excel wrote in scientific notation, its digits are lost; format the column as text and export again", zh: "字段“{0}”：“{1}”是被 Excel 写成科学记数法的数字，原有位数已丢失；请将该列设为文本格式后重新导出")
    package static let xlsxNotWorkbook = MessageID("xlsx.not_workbook", en: "'{0}' is not an Excel workbook (.xlsx) that can be read", zh: "“{0}”不是可读取的 Excel 工作簿（.xlsx）")
    package static let xlsxBadPart = MessageID("xlsx.bad_part", en: "the workbook '{0}' has a part that cannot be read: {1}", zh: "工作簿“{0}”中有无法读取的部分：{1}")
    package static let xlsxNoSheet = MessageID("xlsx.no_sheet", en: "no sheet '{0}' in '{1}' (sheets: {2})", zh: "“{1}”中没有工作表“{0}”（现有：{2}）")
    package static let xlsxCannotWrite = MessageID("xlsx.cannot_write", en: "the workbook cannot be written ({0})", zh: "无法写出工作簿（{0}）")
    package static let xlsxRead = MessageID("xlsx.read", en: "{0}: read sheet '{1}', header in row {2}", zh: "{0}：读取工作表“{1}”，表头在第 {2} 行")
    package static let xlsxHeaderBelow = MessageID("xlsx.header_below", en: "sheet '{0}': the rows above row {1} are taken as a title and skipped (give --header-row to choose)", zh: "工作表“{0}”：第 {1} 行以上视为标题并跳过（可用 --header-row 指定表头行）")
    package static let encodingConverted = MessageID("encoding.converted", en: "{0}: read as {1} and converted to UTF-8", zh: "{0}：按 {1} 编码读取并转换为 UTF-8")
    package static let encodingTabSeparated = MessageID("encoding.tab_separated", en: "{0}: cells are separated by tabs (Excel's text export); read as such", zh: "{0}：各列以制表符分隔（Excel 文本导出），已按此读取")
    package static let encodingInvalid = MessageID("encoding.invalid", en: "{0}: not valid {1} at byte {2}; save the file as UTF-8 (or CSV UTF-8 in Excel)", zh: "{0}：第 {2} 字节处不是有效的 {1} 编码；请另存为 UTF-8（Excel 中选“CSV UTF-8”）")
    package static let encodingUnsupported = MessageID("encoding.unsupported", en: "the system cannot convert from {0}", zh: "系统不支持从 {0} 转换")
    package static let xlsxMembersSheet = MessageID("xlsx.members_sheet", en: "members read from sheet '{0}' of the same workbook", zh: "家庭成员从同一工作簿的工作表“{0}”读取")
    package static let xlsxNoHeader = MessageID("xlsx.no_header", en: "no header row found in sheet '{0}': give its row with --header-row", zh: "工作表“{0}”中找不到表头行，请用 --header-row 指定")
    package static let recordMalformed = MessageID("records.malformed", en: "line {0}: {1}", zh: "第 {0} 行：{1}")
    package static let recordWrongType = MessageID("records.wrong_type", en: "field '{0}': expected {1}, found {2}", zh: "字段“{0}”应为{1}，实际为{2}")
    package static let recordBadEnum = MessageID("records.bad_enum", en: "field '{0}': '{1}' is not one of {2}", zh: "字段“{0}”的值“{1}”不在 {2} 之中")
    package static let recordDuplicateID = MessageID("records.duplicate_id", en: "household id '{0}' already appeared on line {1}", zh: "户编号“{0}”已在第 {1} 行出现")
    package static let recordDuplicateIDEarlier = MessageID("records.duplicate_id_earlier", en: "household id '{0}' already appeared earlier in the file", zh: "户编号“{0}”已在文件前面出现")
    package static let recordUnknownColumn = MessageID("records.unknown_column", en: "column '{0}' is not in the schema; it is ignored", zh: "列“{0}”不在数据结构中，已忽略")
    package static let recordOutOfRange = MessageID("records.out_of_range", en: "field '{0}': {1} is out of range", zh: "字段“{0}”：{1} 超出范围")
    package static let recordTooPrecise = MessageID("records.too_precise", en: "field '{0}': {1} has more than {2} decimal places", zh: "字段“{0}”：{1} 超过 {2} 位小数")
    package static let recordBadDate = MessageID("records.bad_date", en: "field '{0}': '{1}' is not a date (YYYY-MM-DD)", zh: "字段“{0}”：“{1}”不是日期（YYYY-MM-DD）")
    package static let recordBelowMin = MessageID("records.below_min", en: "field '{0}': {1} is below its minimum {2}", zh: "字段“{0}”：{1} 低于最小值 {2}")
    package static let recordAboveMax = MessageID("records.above_max", en: "field '{0}': {1} is above its maximum {2}", zh: "字段“{0}”：{1} 高于最大值 {2}")
    package static let recordNoID = MessageID("records.no_id", en: "the household has no id", zh: "该户没有户编号")
    package static let recordNotObject = MessageID("records.not_object", en: "'{0}' must be an object", zh: "“{0}”应为对象")
    package static let recordMembersNotList = MessageID("records.members_not_list", en: "'members' must be a list", zh: "“members”应为列表")
    package static let recordMemberNotObject = MessageID("records.member_not_object", en: "each member must be an object", zh: "每个家庭成员应为对象")
    package static let recordMemberError = MessageID("records.member_error", en: "member {0}: {1}", zh: "第 {0} 名成员：{1}")
    package static let recordsMembersNeedCSV = MessageID("records.members_need_csv", en: "--members goes with a CSV household file; JSON records nest their members", zh: "--members 只用于 CSV 户表；JSON 数据的成员写在户内")
    package static let recordsNoHeader = MessageID("records.no_header", en: "'{0}' has no header row", zh: "“{0}”没有表头")
    package static let recordsNoJoin = MessageID("records.no_join", en: "'{0}' needs a '{1}' column naming each member's household", zh: "“{0}”需要“{1}”列标明成员所在户")
    package static let recordsNotArray = MessageID("records.not_array", en: "'{0}' is not a JSON array of households{1}", zh: "“{0}”不是农户的 JSON 数组{1}")
    package static let fileCannotOpen = MessageID("file.cannot_open", en: "cannot open '{0}': {1}", zh: "无法打开“{0}”：{1}")
    package static let fileCannotWrite = MessageID("file.cannot_write", en: "cannot write '{0}': {1}", zh: "无法写入“{0}”：{1}")
    package static let fileWriteFailed = MessageID("file.write_failed", en: "writing '{0}' failed: {1}", zh: "写入“{0}”失败：{1}")
    package static let fileCannotMove = MessageID("file.cannot_move", en: "cannot move the output into '{0}': {1}", zh: "无法将输出移至“{0}”：{1}")
    package static let caseNotObject = MessageID("cases.not_object", en: "line {0}: not a JSON object", zh: "第 {0} 行：不是 JSON 对象")
    package static let caseNoID = MessageID("cases.no_id", en: "line {0}: a case needs an \"id\"", zh: "第 {0} 行：案例需要“id”")
    package static let caseBadDate = MessageID("cases.bad_date", en: "line {0}: event '{1}' must be a date YYYY-MM-DD", zh: "第 {0} 行：事件“{1}”应为日期 YYYY-MM-DD")
    package static let recordsDuplicateColumn = MessageID("records.duplicate_column", en: "'{0}': columns {1} ('{2}') and {3} ('{4}') both give field '{5}'; keep one of them", zh: "“{0}”：第 {1} 列（“{2}”）与第 {3} 列（“{4}”）都对应字段“{5}”，请只保留一列")
    package static let recordCellCount = MessageID("records.cell_count", en: "{0} cells where the header has {1}", zh: "有 {0} 个单元格，表头为 {1} 列")
    package static let recordNotJSONObject = MessageID("records.not_json_object", en: "a household must be a JSON object", zh: "每户数据应为 JSON 对象")
    package static let recordDuplicateKey = MessageID("records.duplicate_key", en: "key '{0}' is given twice", zh: "键“{0}”出现了两次")
    package static let recordQuoteNotClosed = MessageID("records.quote_not_closed", en: "a quoted field opens on line {0} and is not closed there, and line {1} does not close it cleanly; line {0} is not read, reading resumes at line {1}", zh: "第 {0} 行的引号字段未在该行结束，第 {1} 行也未正常结束它；第 {0} 行未读入，从第 {1} 行继续读取")
    package static let recordQuoteNotClosedLines = MessageID("records.quote_not_closed_lines", en: "a quoted field opens on line {0} and is not closed by line {1}, and line {2} does not close it cleanly; lines {0}–{1} are not read, reading resumes at line {2}", zh: "第 {0} 行的引号字段到第 {1} 行仍未结束，第 {2} 行也未正常结束它；第 {0}–{1} 行未读入，从第 {2} 行继续读取")
    package static let recordQuoteNotClosedAtEnd = MessageID("records.quote_not_closed_at_end", en: "a quoted field opens on line {0} and is not closed before the end of the file (line {1}); lines {0}–{1} are not read", zh: "第 {0} 行的引号字段直到文件末尾（第 {1} 行）仍未结束；第 {0}–{1} 行未读入")
    package static let recordReadFailed = MessageID("records.read_failed", en: "reading stopped after line {0}: {1}; the records after it are missing", zh: "读取在第 {0} 行之后中断：{1}；其后的记录缺失")
    package static let caseUnknownKey = MessageID("cases.unknown_key", en: "line {0}: unknown key '{1}' in a case{2}", zh: "第 {0} 行：案例中有未知的键“{1}”{2}")
    package static let caseUnknownEvent = MessageID("cases.unknown_event", en: "unknown event '{0}': procedure '{1}' has no such step or event{2}", zh: "未知的事件“{0}”：流程“{1}”中没有此步骤或事件{2}")
    package static let caseNeedsProcedure = MessageID("cases.needs_procedure", en: "a case needs \"procedure\": {0} has more than one ({1})", zh: "案例需要给出“procedure”：{0} 有多个流程（{1}）")
    package static let caseNoProcedure = MessageID("cases.no_procedure", en: "no procedure '{0}' in {1}{2} (it has: {3})", zh: "{1} 中没有流程“{0}”{2}（现有：{3}）")
    package static let outputNotAFile = MessageID("output.not_a_file", en: "it is neither a regular file, a FIFO nor a character device", zh: "它既不是普通文件，也不是 FIFO 或字符设备")
    package static let outputStdoutFailed = MessageID("output.stdout_failed", en: "cannot write to standard output: {0}", zh: "无法写入标准输出：{0}")
    package static let recordTooLong = MessageID("records.too_long", en: "record longer than {0} bytes", zh: "记录超过 {0} 字节")

    // MARK: diff (policy-change impact)
    package static let diffSchemaMismatch = MessageID("diff.schema_mismatch", en: "the two rule files read different record schemas ({0}, {1}); a diff needs one", zh: "两个规则文件的数据结构不同（{0}、{1}），无法比较")
    package static let diffHeading = MessageID("diff.heading", en: "Impact of {1} against {0}", zh: "{1} 相对于 {0} 的影响")
    package static let diffTotals = MessageID("diff.totals", en: "{0} households: {1} change, {2} unchanged, {3} not compared (errors)", zh: "共 {0} 户：{1} 户变化，{2} 户不变，{3} 户有错误未比较")
    package static let diffGroupHeading = MessageID("diff.group", en: "{0} ({1} households, {2} change)", zh: "{0}（{1} 户，{2} 户变化）")
    package static let diffBecameWatched = MessageID("diff.became_watched", en: "became watched (not identified, followed)", zh: "新列入持续跟踪关注")
    package static let diffStoppedWatched = MessageID("diff.stopped_watched", en: "no longer watched", zh: "不再持续跟踪关注")
    package static let diffGainedAlert = MessageID("diff.gained_alert", en: "raised alert", zh: "新增预警")
    package static let diffLostAlert = MessageID("diff.lost_alert", en: "no longer raises alert", zh: "不再预警")
    package static let diffBecameMonitored = MessageID("diff.became_monitored", en: "became monitored", zh: "新纳入监测")
    package static let diffStoppedMonitored = MessageID("diff.stopped_monitored", en: "no longer monitored", zh: "不再纳入监测")
    package static let diffBecameUndetermined = MessageID("diff.became_undetermined", en: "became undetermined", zh: "变为无法判定")
    package static let diffBecameDetermined = MessageID("diff.became_determined", en: "became determined", zh: "变为可以判定")
    package static let diffCategoryChanged = MessageID("diff.category_changed", en: "category changed", zh: "监测类型变化")
    package static let diffGainedMeasure = MessageID("diff.gained_measure", en: "gains measure", zh: "新增帮扶措施")
    // MARK: history (run --history, watchline history)
    package static let historyNoRun = MessageID("history.no_run", en: "run {0} is not in {1}", zh: "{1} 中没有第 {0} 次运行")
    package static let historyNoHousehold = MessageID("history.no_household", en: "household {0} is in no run recorded in {1}", zh: "{1} 记录的运行中没有农户 {0}")
    package static let historyRecorded = MessageID("history.recorded", en: "recorded as run {0} in {1}", zh: "已记录为 {1} 中的第 {0} 次运行")
    package static let historyUnchanged = MessageID("history.unchanged", en: "the same rules, parameters, date and records as run {0} in {1}: nothing added", zh: "规则、参数、日期和农户数据与 {1} 中第 {0} 次运行相同，未新增记录")
    package static let historyPathHeading = MessageID("history.path", en: "Household {0} across {1} runs:", zh: "农户 {0}，共 {1} 次运行：")
    package static let historyRunLine = MessageID("history.run", en: "run {0}  recorded {1}  as of {2}  {3}", zh: "第 {0} 次运行  记录于 {1}  判断日期 {2}  {3}")
    package static let historyChangesHeading = MessageID("history.changes", en: "Run {0} → run {1}: {2} households changed", zh: "第 {0} 次运行 → 第 {1} 次运行：{2} 户变化")
    package static let historyMembers = MessageID("history.members", en: "members' ID numbers: {0}", zh: "成员身份证号：{0}")
    package static let historyAbsent = MessageID("history.absent", en: "not in this run", zh: "本次运行中没有该户")
    /// Keyed by `HistoryEvent` raw value (the history stage is above this one).
    package static let historyEvents: [String: MessageID] = [
        "first_recorded": MessageID("history.first_recorded", en: "first recorded", zh: "首次记录"),
        "not_in_run": MessageID("history.not_in_run", en: "not in the run", zh: "未出现在本次运行"),
        "entered_monitoring": MessageID("history.entered_monitoring", en: "entered monitoring", zh: "纳入监测"),
        "left_monitoring": MessageID("history.left_monitoring", en: "no longer monitored", zh: "不再纳入监测"),
        "risk_eliminated": MessageID("history.risk_eliminated", en: "risk eliminated", zh: "风险消除"),
        "category_changed": MessageID("history.category_changed", en: "category changed", zh: "监测类型变化"),
        "risks_changed": MessageID("history.risks_changed", en: "risks changed", zh: "风险变化"),
        "measures_changed": MessageID("history.measures_changed", en: "measures changed", zh: "帮扶措施变化"),
        "became_watched": MessageID("history.became_watched", en: "became watched", zh: "列入持续跟踪关注"),
        "stopped_watched": MessageID("history.stopped_watched", en: "no longer watched", zh: "不再持续跟踪关注"),
        "alerts_changed": MessageID("history.alerts_changed", en: "alerts changed", zh: "预警变化"),
        "exclusions_changed": MessageID("history.exclusions_changed", en: "exclusions changed", zh: "排除情形变化"),
        "errors_changed": MessageID("history.errors_changed", en: "errors changed", zh: "错误情况变化"),
    ]
    package static let diffAmountChanged = MessageID("diff.amount_changed", en: "amount changes", zh: "金额变化")
    package static let diffPersons = MessageID("diff.persons", en: "{0} persons: {1} in households that change", zh: "共 {0} 人：变化的农户中 {1} 人")
    package static let diffBudgetHeading = MessageID("diff.budget", en: "Amounts (budget), before → after:", zh: "金额（预算），变化前 → 变化后：")
    package static let diffBudgetLine = MessageID("diff.budget_line", en: "{0}: {1} → {2} households, {3} → {4} {5} ({6})", zh: "{0}：{1} → {2} 户，{3} → {4} {5}（{6}）")
    package static let diffHouseholdsHeading = MessageID("diff.households", en: "Households that change, before → after:", zh: "变化的农户，变化前 → 变化后：")
    package static let diffMore = MessageID("diff.more", en: "… {0} more (--list shows all)", zh: "……另有 {0} 户（--list 显示全部）")
    package static let diffLostMeasure = MessageID("diff.lost_measure", en: "loses measure", zh: "失去帮扶措施")

    // MARK: REPL
    package static let replBanner = MessageID("repl.banner", en: "Watchline REPL — {0}, as of {1}. :help lists the commands.", zh: "Watchline 交互式查询 — {0}，评估日期 {1}。输入 :help 查看全部命令。")
    package static let replUnknownCommand = MessageID("repl.unknown_command", en: "unknown command ':{0}'{1}; :help lists them", zh: "未知命令“:{0}”{1}；:help 列出全部命令")
    package static let replUsage = MessageID("repl.usage", en: "usage: {0}", zh: "用法：{0}")
    package static let replNoRecords = MessageID("repl.no_records", en: "no records loaded: start with --records FILE", zh: "未加载农户数据：请用 --records 指定文件")
    package static let replNoHousehold = MessageID("repl.no_household", en: "no household '{0}' in the records{1}", zh: "数据中没有户“{0}”{1}")
    package static let replNoCurrent = MessageID("repl.no_current", en: "no current household: :use ID first", zh: "尚未选择农户：请先 :use 户编号")
    package static let replUsing = MessageID("repl.using", en: "household {0}", zh: "当前农户 {0}")
    package static let replFieldSet = MessageID("repl.field_set", en: "{0} = {1} (what-if; :reset drops it)", zh: "{0} = {1}（假设；:reset 撤销）")
    package static let replUnknownField = MessageID("repl.unknown_field", en: "no field '{0}' in the schema{1}", zh: "数据结构中没有字段“{0}”{1}")
    package static let replReset = MessageID("repl.reset", en: "what-ifs dropped", zh: "已撤销全部假设")
    package static let replReloaded = MessageID("repl.reloaded", en: "reloaded {0}", zh: "已重新加载 {0}")
    package static let replReloadFailed = MessageID("repl.reload_failed", en: "the edited rule file does not load; still using the previous version", zh: "修改后的规则文件无法加载，仍使用原版本")
    package static let replAsOf = MessageID("repl.as_of", en: "as of {0}", zh: "评估日期 {0}")
    package static let replSaved = MessageID("repl.saved", en: "case '{0}' appended to {1}", zh: "已将用例“{0}”追加到 {1}")
    package static let replNoImpact = MessageID("repl.no_impact", en: "no what-ifs on the rules: :param NAME = VALUE first", zh: "尚未修改参数：请先 :param 名称 = 值")

    // MARK: policy tests
    package static let testFromNeedsExamples = MessageID("tests.from_needs_examples", en: "'from: {0}' needs 'examples:' in the file's tests section", zh: "“from: {0}”需要在 tests 部分给出 examples:")
    package static let testNoHousehold = MessageID("tests.no_household", en: "no household '{0}' in {1}", zh: "{1} 中没有农户“{0}”")
    package static let testNoTimeline = MessageID("tests.no_timeline", en: "no timeline '{0}' in {1}{2}", zh: "{1} 中没有时限流程“{0}”{2}")

    // MARK: command line (package: the `watchline` commands word their flag errors from here)
    package static let cliBadDate = MessageID("cli.bad_date", en: "{0} '{1}' is not a date; write YYYY-MM-DD", zh: "{0}“{1}”不是日期，请写成 YYYY-MM-DD")
    package static let cliBadChoice = MessageID("cli.bad_choice", en: "{0} must be {1}", zh: "{0} 应为 {1} 之一")
    package static let cliNeeds = MessageID("cli.needs", en: "{0} needs {1}", zh: "{0} 需要同时给出 {1}")
    package static let cliBadParam = MessageID("cli.bad_param", en: "--param '{0}': {1}", zh: "--param“{0}”：{1}")
    package static let cliDiffSameSides = MessageID("cli.diff_same_sides", en: "give a second rule file, --vs-as-of DATE, or --param NAME=VALUE: otherwise both sides are the same", zh: "请给出第二个规则文件、--vs-as-of 日期或 --param 名称=值，否则两边相同")
    package static let cliGiveCasesOrRecords = MessageID("cli.cases_or_records", en: "give --cases FILE or --records FILE", zh: "请给出 --cases 文件或 --records 文件")
    package static let cliNoTestFiles = MessageID("cli.no_test_files", en: "no *.test.yaml files found", zh: "未找到 *.test.yaml 测试文件")
    package static let cliNoHousehold = MessageID("cli.no_household", en: "no household with id '{0}' in {1}", zh: "{1} 中没有户编号为“{0}”的农户")
    package static let cliRulesRootNotFolder = MessageID("cli.rules_root_not_folder", en: "--rules-root '{0}' is not a folder", zh: "--rules-root“{0}”不是文件夹")
    package static let cliBadReps = MessageID("cli.bad_reps", en: "--reps must be at least 1 (got {0})", zh: "--reps 至少为 1（当前为 {0}）")
    package static let cliHouseholdUnreadable = MessageID("cli.household_unreadable", en: "household {0} (line {1}) cannot be read: {2}", zh: "农户 {0}（第 {1} 行）无法读取：{2}")

    // MARK: evaluation
    package static let evalRuleError = MessageID("eval.rule_error", en: "{0} ({1}): {2}", zh: "{0}（{1}）：{2}")
    package static let evalDivisionByZero = MessageID("eval.division_by_zero", en: "division by zero", zh: "除数为零")
    package static let evalOverflow = MessageID("eval.overflow", en: "number out of range", zh: "数值超出范围")
    package static let evalIndexOutOfRange = MessageID("eval.index_out_of_range", en: "index out of range", zh: "下标越界")
    package static let evalNoSuchKey = MessageID("eval.no_such_key", en: "no such key", zh: "没有这个键")
    package static let evalNoSuchField = MessageID("eval.no_such_field", en: "no such field", zh: "没有这个字段")
    package static let evalNoMatchingOverload = MessageID("eval.no_matching_overload", en: "no matching overload", zh: "没有适用于这些参数类型的运算")
    package static let evalInvalidArgument = MessageID("eval.invalid_argument", en: "invalid argument", zh: "参数无效")
    package static let evalInvalidDate = MessageID("eval.invalid_date", en: "invalid date", zh: "无效的日期")
    package static let evalTooLarge = MessageID("eval.too_large", en: "value too large", zh: "值过大")
    package static let evalTextTooLong = MessageID("eval.text_too_long", en: "text longer than {0}", zh: "文本超过 {0}")
    package static let evalListTooLarge = MessageID("eval.list_too_large", en: "list or map larger than {0} (16 bytes an element plus its text)", zh: "列表或映射超过 {0}（每个元素按 16 字节加其文本计）")
    package static let evalDateOutOfRange = MessageID("eval.date_out_of_range", en: "date out of range ({0} to {1})", zh: "日期超出范围（{0} 至 {1}）")
    package static let evalBadPattern = MessageID("eval.bad_pattern", en: "invalid or unsupported regular expression", zh: "正则表达式无效或不受支持")

    // MARK: departments' lists (数据比对)
    package static let listFileMissing = MessageID("lists.file_missing", en: "list '{0}': no file {1}", zh: "名单“{0}”：找不到文件 {1}")
    package static let listNoKeyColumn = MessageID("lists.no_key_column", en: "{0}: no column headed '{1}' (the key of list '{2}'); the headers are: {3}", zh: "{0}：没有表头为“{1}”的列（名单“{2}”的比对键）；表头为：{3}")
    package static let listNoColumn = MessageID("lists.no_column", en: "{0}: no column headed '{1}', which list '{2}' declares", zh: "{0}：没有名单“{2}”声明的列“{1}”")
    package static let listBadJSON = MessageID("lists.bad_json", en: "{0}:{1}: not a JSON object", zh: "{0}:{1}：不是 JSON 对象")
    package static let listProblems = MessageID("lists.problems", en: "list '{0}' ({1}): {2} invalid ID numbers, {3} cells not of their column's type (watchline compare lists them)", zh: "名单“{0}”（{1}）：{2} 个身份证号无效，{3} 个单元格类型不符（watchline compare 逐行列出）")
    package static let listUndeclared = MessageID("lists.undeclared", en: "--list-file {0}: {1} declares no list '{0}'{2}", zh: "--list-file {0}：{1} 未声明名单“{0}”{2}")
    /// "{0}" on purpose: the argument is the reading's own error, already a whole sentence
    /// worded by the list reader (a `ReadError`: the catalogue's `file.*`/`lists.*` messages, or
    /// the operating system's error string); nothing is left to word here.
    package static let listUnreadable = MessageID("lists.unreadable", en: "{0}", zh: "{0}")
    package static let listRequired = MessageID("lists.required", en: "the rules compare households against list '{0}' ({1}); pass --list-file {0}=FILE (or mark the list 'optional: true')", zh: "规则需要与名单“{0}”（{1}）比对：请给出 --list-file {0}=文件（或将该名单标为 optional: true）")
    package static let compareListHead = MessageID("compare.list_head", en: "list {0} ({1}, {2}): {3} rows read; {4} matched, {5} matched no household, {6} invalid ID numbers, {7} duplicate keys", zh: "名单 {0}（{1}，{2}）：读取 {3} 行；比中 {4} 行，{5} 行未比中任何农户，身份证号无效 {6} 行，重复 {7} 行")
    package static let compareMatched = MessageID("compare.matched", en: "  {0}:{1}  matched  household {2}, member {3}", zh: "  {0}:{1}  比中  农户 {2}，成员 {3}")
    package static let compareUnmatched = MessageID("compare.unmatched", en: "  {0}:{1}  no household  {2} (to send back to the department)", zh: "  {0}:{1}  未比中  {2}（退回部门核实）")
    package static let compareInvalid = MessageID("compare.invalid", en: "  {0}:{1}  invalid ID number  {2} ({3})", zh: "  {0}:{1}  身份证号无效  {2}（{3}）")
    package static let compareNoID = MessageID("compare.no_id", en: "  {0}:{1}  no ID number  '{2}'", zh: "  {0}:{1}  不是身份证号  “{2}”")
    package static let compareDuplicate = MessageID("compare.duplicate", en: "  {0}:{1}  duplicate key  {2} (first on line {3})", zh: "  {0}:{1}  重复  {2}（首次出现在第 {3} 行）")
    package static let compareRecords = MessageID("compare.records", en: "households read: {0}; members with an invalid ID number: {1}; members with no ID number: {2}", zh: "读取农户 {0} 户；成员身份证号无效 {1} 人；无身份证号 {2} 人")
    package static let compareRecordInvalid = MessageID("compare.record_invalid", en: "  household {0}, member {1}: invalid ID number ({2}); its lookups are undetermined", zh: "  农户 {0}，成员 {1}：身份证号无效（{2}），比对结果待定")
    package static let compareChangedHead = MessageID("compare.changed_head", en: "households whose decision the lists change: {0}", zh: "因比对结果改变认定的农户：{0} 户")
    package static let compareChanged = MessageID("compare.changed", en: "  {0} ({1}): without the lists {2}; with them {3}", zh: "  {0}（{1}）：不比对时 {2}；比对后 {3}")
    package static let compareMonitored = MessageID("compare.monitored", en: "monitored", zh: "纳入监测")
    package static let compareNotMonitored = MessageID("compare.not_monitored", en: "not monitored", zh: "不纳入")
    package static let compareUndetermined = MessageID("compare.undetermined", en: "undetermined ({0})", zh: "待定（{0}）")
    package static let compareExcludedBy = MessageID("compare.excluded_by", en: "excluded by {0}", zh: "排除：{0}")
    package static let compareAlerts = MessageID("compare.alerts", en: "alerts {0}", zh: "预警：{0}")
    package static let replListLoaded = MessageID("repl.list_loaded", en: "list '{0}': {1}, {2} rows", zh: "名单“{0}”：{1}，{2} 行")
    package static let cliBadListFile = MessageID("cli.bad_list_file", en: "--list-file '{0}': write NAME=FILE", zh: "--list-file“{0}”：请写成 名单名=文件")
}

extension MessageID {
    // MARK: what a rule-file message is about (the {1} of unknown_key/missing_key, the element a
    // value belongs to): catalogue words with the element's name, never English built in code
    package static let whatRuleFile = MessageID("what.rule_file", en: "a rule file", zh: "规则文件")
    package static let whatSchemaFile = MessageID("what.schema_file", en: "the schema file", zh: "数据结构文件")
    package static let whatCalendarFile = MessageID("what.calendar_file", en: "the calendar file", zh: "工作日历文件")
    package static let whatRuleFileOrBase = MessageID("what.rule_file_or_base", en: "the rule file (or a file it extends)", zh: "规则文件（或其继承的上级文件）")
    package static let whatTestFile = MessageID("what.test_file", en: "a test file", zh: "测试文件")
    package static let whatTestCase = MessageID("what.test_case", en: "a test case", zh: "测试用例")
    package static let whatNamedTestCase = MessageID("what.named_test_case", en: "test case '{0}'", zh: "测试用例“{0}”")
    package static let whatParameter = MessageID("what.parameter", en: "parameter '{0}'", zh: "参数“{0}”")
    package static let whatDefinition = MessageID("what.definition", en: "definition '{0}'", zh: "定义“{0}”")
    package static let whatAlert = MessageID("what.alert", en: "alert '{0}'", zh: "预警“{0}”")
    package static let whatRisk = MessageID("what.risk", en: "risk '{0}'", zh: "风险“{0}”")
    package static let whatExclusion = MessageID("what.exclusion", en: "exclusion '{0}'", zh: "排除情形“{0}”")
    package static let whatException = MessageID("what.exception", en: "exception '{0}'", zh: "例外情形“{0}”")
    package static let whatCategory = MessageID("what.category", en: "category '{0}'", zh: "监测类型“{0}”")
    package static let whatWatchRule = MessageID("what.watch_rule", en: "watch rule '{0}'", zh: "持续关注规则“{0}”")
    package static let whatMeasure = MessageID("what.measure", en: "measure '{0}'", zh: "帮扶措施“{0}”")
    package static let whatAssistanceRow = MessageID("what.assistance_row", en: "an assistance row", zh: "帮扶规则行")
    package static let whatNamedAssistanceRow = MessageID("what.named_assistance_row", en: "assistance row '{0}'", zh: "帮扶规则“{0}”")
    package static let whatDecision = MessageID("what.decision", en: "decision '{0}'", zh: "决定项“{0}”")
    package static let whatPopulation = MessageID("what.population", en: "population check '{0}'", zh: "总体核查“{0}”")
    package static let whatTimeline = MessageID("what.timeline", en: "timeline '{0}'", zh: "时限流程“{0}”")
    package static let whatList = MessageID("what.list", en: "list '{0}'", zh: "名单“{0}”")
    package static let whatReading = MessageID("what.reading", en: "reading '{0}'", zh: "解读“{0}”")
    package static let whatParamValues = MessageID("what.param_values", en: "values of '{0}' (date: value)", zh: "“{0}”的各期取值（日期: 值）")
    package static let whatValueDate = MessageID("what.value_date", en: "a value's date", zh: "取值的日期")
    package static let whatUnlessOf = MessageID("what.unless_of", en: "unless of '{0}'", zh: "“{0}”的例外情形（unless）")
    package static let whatListColumns = MessageID("what.list_columns", en: "the columns of list '{0}'", zh: "名单“{0}”的列")
    package static let whatListColumn = MessageID("what.list_column", en: "column '{0}'", zh: "列“{0}”")
    package static let whatColumnType = MessageID("what.column_type", en: "a column type", zh: "列类型")
    package static let whatListFile = MessageID("what.list_file", en: "the file of list '{0}'", zh: "名单“{0}”的文件")
    package static let whatNarrative = MessageID("what.narrative", en: "the reason clause '{0}' holds nothing to encode", zh: "条款“{0}”无需编码的理由")
    package static let whatTextParts = MessageID("what.text_parts", en: "the parts of the text (name: a line's words where the part begins)", zh: "原文的各部分（名称: 该部分起始行的文字）")
    package static let whatTextPart = MessageID("what.text_part", en: "part '{0}'", zh: "部分“{0}”")
    package static let whatSteps = MessageID("what.steps", en: "steps of '{0}'", zh: "“{0}”的步骤")
    package static let whatRecurringDuties = MessageID("what.recurring_duties", en: "recurring duties of '{0}'", zh: "“{0}”的定期任务")
    package static let whatStep = MessageID("what.step", en: "step '{0}'", zh: "步骤“{0}”")
    package static let whatRecurringDuty = MessageID("what.recurring_duty", en: "recurring duty '{0}'", zh: "定期任务“{0}”")
    package static let whatDayOfMonth = MessageID("what.day_of_month", en: "a day of the month", zh: "每月的日期")
    package static let whatField = MessageID("what.field", en: "field '{0}'", zh: "字段“{0}”")
    package static let whatEnumValues = MessageID("what.enum_values", en: "values of '{0}'", zh: "“{0}”的选项值")
    package static let whatEnumField = MessageID("what.enum_field", en: "enum field '{0}'", zh: "选项字段“{0}”")
    package static let whatSchemaID = MessageID("what.schema_id", en: "schema id", zh: "数据结构编号")
    package static let whatYear = MessageID("what.year", en: "year {0}", zh: "{0} 年")
    package static let whatHolidays = MessageID("what.holidays", en: "holidays of {0}", zh: "{0} 年的节假日")
    package static let whatDueDate = MessageID("what.due_date", en: "due date", zh: "截止日期")
    package static let whatEventDate = MessageID("what.event_date", en: "event date", zh: "事件日期")

    // MARK: what was expected and what was found (the two arguments of rules.expected_kind)
    package static let kindMappingFor = MessageID("kind.mapping_for", en: "a mapping (key: value) for {0}", zh: "{0}的映射（键: 值）")
    package static let kindTextFor = MessageID("kind.text_for", en: "text for {0}", zh: "{0}的文本")
    package static let kindListFor = MessageID("kind.list_for", en: "a list for {0}", zh: "{0}的列表")
    package static let kindExpressionFor = MessageID("kind.expression_for", en: "an expression for {0}", zh: "{0}的表达式")
    package static let kindValue = MessageID("kind.value", en: "a value", zh: "一个取值")
    package static let kindAssistanceRows = MessageID("kind.assistance_rows", en: "a list of rows (- when: …, measures: […])", zh: "帮扶规则行的列表（- when: …, measures: […]）")
    package static let kindCases = MessageID("kind.cases", en: "a list of cases", zh: "测试用例的列表")
    package static let kindScalar = MessageID("kind.scalar", en: "a scalar", zh: "单个取值")
    package static let kindMapping = MessageID("kind.mapping", en: "a mapping", zh: "映射（键: 值）")
    package static let kindNothing = MessageID("kind.nothing", en: "nothing", zh: "空值")

    // MARK: a rule file's values (one id per kind of error; the arguments are names and values)
    package static let missingOneOf = MessageID("rules.missing_one_of", en: "{2} needs '{0}' or '{1}'", zh: "{2}缺少“{0}”或“{1}”")
    package static let mustBeBool = MessageID("rules.must_be_bool", en: "{0} must be true or false", zh: "{0}应为 true（是）或 false（否）")
    package static let mustBeWholeNumber = MessageID("rules.must_be_whole_number", en: "{0} must be a whole number", zh: "{0}应为整数")
    package static let mustBeNumber = MessageID("rules.must_be_number", en: "{0} must be a number", zh: "{0}应为数值")
    package static let mustBeDate = MessageID("rules.must_be_date", en: "{0} must be a date written YYYY-MM-DD", zh: "{0}应为日期，格式为 YYYY-MM-DD")
    package static let mustBeDuration = MessageID("rules.must_be_duration", en: "{0} must be a duration like '5 days', '3 workdays' or '1 month'", zh: "{0}应为期限，如“15天”“5个工作日”“1个月”")
    package static let removeFormat = MessageID("rules.remove_format", en: "write what to remove as SECTION.ID, e.g. exclusions.财政供养 (sections: {0})", zh: "要移除的规则请写成“部分.编号”，如 exclusions.财政供养（可用的部分：{0}）")
    package static let listKeyType = MessageID("rules.list_key_type", en: "key_type must be id_number or household", zh: "key_type 应为 id_number（按身份证号比对）或 household（按户编号比对）")
    package static let listColumnType = MessageID("rules.list_column_type", en: "column '{0}': the type must be one of {1}", zh: "列“{0}”：类型应为 {1} 之一")
    package static let paramInexact = MessageID("rules.param_inexact", en: "'{0}' cannot be held exactly (at most 6 decimal places, below 9 223 372 036 854)", zh: "“{0}”无法精确表示（最多 6 位小数，且小于 9 223 372 036 854）")
    package static let calendarTooDeep = MessageID("calendar.too_deep", en: "calendars extend each other more than {0} levels deep", zh: "工作日历之间的 extends 超过 {0} 层")
    package static let calendarNotAYear = MessageID("calendar.not_a_year", en: "'{0}' is not a year", zh: "“{0}”不是年份")
    package static let calendarBadDays = MessageID("calendar.bad_days", en: "write a date as YYYY-MM-DD or a range as YYYY-MM-DD..YYYY-MM-DD", zh: "日期请写成 YYYY-MM-DD，日期范围写成 YYYY-MM-DD..YYYY-MM-DD")
    package static let schemaUnknownType = MessageID("schema.unknown_type", en: "unknown type '{0}'; use string, bool, int, money, number, date or enum{1}", zh: "未知的字段类型“{0}”；请用 string（文本）、bool（是/否）、int（整数）、money（金额）、number（数值）、date（日期）或 enum（选项）{1}")
    package static let stepByAndWithin = MessageID("timeline.step_by_and_within", en: "step '{0}' gives both 'by' and 'within'/'lasts_at_least'/'after': keep one (use two steps for two deadlines)", zh: "步骤“{0}”同时写了 by 和 within/lasts_at_least/after：只保留一种（两个期限请分成两个步骤）")
    package static let stepWithinAndLasts = MessageID("timeline.step_within_and_lasts", en: "step '{0}' gives both 'within' and 'lasts_at_least': keep one", zh: "步骤“{0}”同时写了 within 和 lasts_at_least：只保留一个")
    package static let stepNeedsRule = MessageID("timeline.step_needs_rule", en: "{0} needs 'within/lasts_at_least with after, or by'", zh: "{0}缺少期限：请写 within 或 lasts_at_least（配合 after），或写 by")
    package static let rulesetTooManyRules = MessageID("rules.too_many_rules", en: "more than {0} {1}; split the ruleset", zh: "{1}超过 {0} 个，请拆分规则文件")
    package static let testUnknownStatus = MessageID("tests.unknown_status", en: "unknown status '{0}'; use {1}{2}", zh: "未知的步骤状态“{0}”；请用 {1} 之一{2}")

    // MARK: the sections' elements in the plural (counts of rules)
    package static let pluralParameters = MessageID("plural.parameters", en: "parameters", zh: "参数")
    package static let pluralDefinitions = MessageID("plural.definitions", en: "definitions", zh: "定义")
    package static let pluralAlerts = MessageID("plural.alerts", en: "alerts", zh: "预警")
    package static let pluralRisks = MessageID("plural.risks", en: "risks", zh: "风险")
    package static let pluralExclusions = MessageID("plural.exclusions", en: "exclusions", zh: "排除情形")
    package static let pluralCategories = MessageID("plural.categories", en: "categories", zh: "监测类型")
    package static let pluralWatchRules = MessageID("plural.watch_rules", en: "watch rules", zh: "持续关注规则")
    package static let pluralMeasures = MessageID("plural.measures", en: "measures", zh: "帮扶措施")
    package static let pluralAssistanceRows = MessageID("plural.assistance_rows", en: "assistance rows", zh: "帮扶规则")
    package static let pluralDecisions = MessageID("plural.decisions", en: "decisions", zh: "决定项")
    package static let pluralPopulation = MessageID("plural.population", en: "population checks", zh: "总体核查")
    package static let pluralTimelines = MessageID("plural.timelines", en: "timelines", zh: "时限流程")
    package static let pluralLists = MessageID("plural.lists", en: "lists", zh: "名单")
    package static let pluralReadings = MessageID("plural.readings", en: "readings", zh: "解读")

    // MARK: policy lint: conditions that can never hold, and why
    package static let lintCategoryNeverApplies = MessageID("lint.category_never_applies", en: "category '{0}' can never apply: {1}", zh: "监测类型“{0}”永远不会适用：{1}")
    package static let lintRowNeverApplies = MessageID("lint.row_never_applies", en: "assistance row '{0}' can never apply: {1}", zh: "帮扶规则“{0}”永远不会适用：{1}")
    package static let lintRiskNeverHolds = MessageID("lint.risk_never_holds", en: "risk '{0}' can never hold: {1}", zh: "风险“{0}”永远不会成立：{1}")
    package static let whyConstantFalse = MessageID("lint.why_constant_false", en: "it is the constant false", zh: "条件恒为 false（不成立）")
    package static let whyEmptyRange = MessageID("lint.why_empty_range", en: "'{0}' cannot be both at least {1} and at most {2}", zh: "“{0}”不可能既不小于 {1} 又不大于 {2}")
    package static let whyNoEnumValue = MessageID("lint.why_no_enum_value", en: "no value of '{0}' meets all its conditions", zh: "“{0}”没有任何取值能同时满足所有条件")
    package static let whyTrueAndFalse = MessageID("lint.why_true_and_false", en: "'{0}' must be both true and false", zh: "“{0}”必须同时为真和假")
    package static let whyRiskTrueAndFalse = MessageID("lint.why_risk_true_and_false", en: "'a risk' must be both true and false", zh: "同一风险必须既成立又不成立")

    // MARK: the expression parser and lexer: one id per kind of syntax error
    package static let exprEmpty = MessageID("expr.empty", en: "the expression is empty", zh: "表达式为空")
    package static let exprUnmatchedClose = MessageID("expr.unmatched_close", en: "unexpected ')': no '(' is open here", zh: "多余的“)”：此处没有尚未闭合的“(”")
    package static let exprTrailingToken = MessageID("expr.trailing_token", en: "unexpected {0} after a complete expression; is an operator missing?", zh: "完整的表达式之后又出现了{0}；是否缺少运算符？")
    package static let exprUnclosedAtEnd = MessageID("expr.unclosed_at_end", en: "expected '{0}' to close '{1}' opened at column {2}, but the expression ends", zh: "第 {2} 列的“{1}”缺少与之对应的“{0}”，表达式就结束了")
    package static let exprUnclosedFound = MessageID("expr.unclosed_found", en: "expected '{0}' to close '{1}' opened at column {2}, found {3}", zh: "此处应为“{0}”，与第 {2} 列的“{1}”对应，实际为{3}")
    package static let exprEndExpecting = MessageID("expr.end_expecting", en: "unexpected end of expression; expected '{0}'", zh: "表达式意外结束，缺少“{0}”")
    package static let exprExpectedFound = MessageID("expr.expected_found", en: "expected '{0}', found {1}", zh: "此处应为“{0}”，实际为{1}")
    package static let exprNeedsRightOperand = MessageID("expr.needs_right_operand", en: "'{0}' needs something on its right", zh: "“{0}”右边缺少内容")
    package static let exprFieldAfterDot = MessageID("expr.field_after_dot", en: "expected a field name after '.'", zh: "“.”之后应为字段名")
    package static let exprExpectedFieldName = MessageID("expr.expected_field_name", en: "expected a field name", zh: "此处应为字段名")
    package static let exprIntOutOfRange = MessageID("expr.int_out_of_range", en: "integer literal out of range", zh: "整数超出范围")
    package static let exprInNeedsLeft = MessageID("expr.in_needs_left", en: "'in' needs a value on its left", zh: "“in”左边缺少值")
    package static let exprReservedWord = MessageID("expr.reserved_word", en: "'{0}' is a reserved word and cannot be used as a name", zh: "“{0}”是保留字，不能用作名称")
    package static let exprHasNeedsSelection = MessageID("expr.has_needs_selection", en: "has() needs a field selection like has(a.b)", zh: "has() 的括号内应为字段选择，如 has(a.b)")
    package static let exprNameAfterDot = MessageID("expr.name_after_dot", en: "expected a name after '.'", zh: "“.”之后应为名称")
    package static let exprEmptyParens = MessageID("expr.empty_parens", en: "empty parentheses: put an expression inside", zh: "括号内为空：请在其中写表达式")
    package static let exprUnexpectedEnd = MessageID("expr.unexpected_end", en: "unexpected end of expression", zh: "表达式意外结束")
    package static let exprUnexpectedToken = MessageID("expr.unexpected_token", en: "unexpected '{0}'; expected a value, a name or '('", zh: "此处不应出现“{0}”；应为取值、名称或“(”")
    /// A token as a syntax error names it (ids outside expr.*: the quoted token is all there is to word).
    package static let exprTokenQuoted = MessageID("token.quoted", en: "'{0}'", zh: "“{0}”")
    package static let exprTokenEnd = MessageID("token.end", en: "end of expression", zh: "表达式结尾")
    package static let exprTokenString = MessageID("token.string", en: "a string", zh: "一段文本")
    package static let exprTokenNumber = MessageID("token.number", en: "a number", zh: "一个数字")
    package static let exprFullWidth = MessageID("expr.full_width", en: "full-width '{0}' — use ASCII '{1}'", zh: "使用了全角字符“{0}”，请改为半角“{1}”")
    package static let exprUnterminatedQuotedName = MessageID("expr.unterminated_quoted_name", en: "unterminated quoted field name (missing `)", zh: "反引号括起的字段名没有结束（缺少 `）")
    package static let exprSingleEquals = MessageID("expr.single_equals", en: "'=' is not an operator here; use '==' to compare", zh: "此处不能用“=”；判断是否相等请用“==”")
    package static let exprSingleAmpersand = MessageID("expr.single_ampersand", en: "'&' is not an operator; use '&&' for 'and'", zh: "“&”不是运算符；表示“并且”请用“&&”")
    package static let exprSinglePipe = MessageID("expr.single_pipe", en: "'|' is not an operator; use '||' for 'or'", zh: "“|”不是运算符；表示“或者”请用“||”")
    package static let exprUnexpectedCharacter = MessageID("expr.unexpected_character", en: "unexpected character '{0}'", zh: "不应出现的字符“{0}”")
    package static let exprUnterminatedString = MessageID("expr.unterminated_string", en: "unterminated string", zh: "文本缺少结束的引号")
    package static let exprStringLineEnds = MessageID("expr.string_line_ends", en: "unterminated string (a line ends inside it)", zh: "文本缺少结束的引号（引号内换行了）")
    package static let exprHexEscape = MessageID("expr.hex_escape", en: "invalid escape: \\{0} needs {1} hex digits", zh: "无效的转义：\\{0} 需要 {1} 位十六进制数字")
    package static let exprUnicodeEscape = MessageID("expr.unicode_escape", en: "invalid Unicode escape", zh: "无效的 Unicode 转义")
    package static let exprOctalEscape = MessageID("expr.octal_escape", en: "invalid octal escape: needs 3 digits", zh: "无效的八进制转义：需要 3 位数字")
    package static let exprInvalidEscape = MessageID("expr.invalid_escape", en: "invalid escape", zh: "无效的转义")
    package static let exprUnknownEscape = MessageID("expr.unknown_escape", en: "invalid escape '\\{0}'", zh: "无效的转义“\\{0}”")
}

extension MessageID {
    // MARK: test output — the totals line, what each expectation key is, and the words of its values
    package static let testTotals = MessageID("test.totals", en: "{0} passed, {1} failed", zh: "{0} 个用例通过，{1} 个未通过")
    /// "风险类型（risks）": the key as the officer wrote it in the test file, after its name (English
    /// output shows the key alone: the names are the keys' own words).
    package static let testKeyTitled = MessageID("test.key_titled", en: "{0} ({1})", zh: "{0}（{1}）")
    /// The names of a case's expectation keys (the first part of a dotted key: `duties.monthly_visit`).
    package static let testExpectKeyNames: [String: MessageID] = [
        "monitored": MessageID("test.key.monitored", en: "monitored", zh: "是否纳入监测"),
        "category": MessageID("test.key.category", en: "category", zh: "监测类型"),
        "risks": MessageID("test.key.risks", en: "risks", zh: "风险类型"),
        "alerts": MessageID("test.key.alerts", en: "alerts", zh: "预警信息"),
        "excluded_by": MessageID("test.key.excluded_by", en: "excluded by", zh: "排除情形"),
        "watch": MessageID("test.key.watch", en: "watch", zh: "持续跟踪关注"),
        "measures": MessageID("test.key.measures", en: "measures", zh: "帮扶措施"),
        "amounts": MessageID("test.key.amounts", en: "amounts", zh: "救助金额"),
        "undetermined": MessageID("test.key.undetermined", en: "undetermined", zh: "无法判定（缺少的数据）"),
        "duties": MessageID("test.key.duties", en: "duties", zh: "走访联系"),
        "steps": MessageID("test.key.steps", en: "steps", zh: "办理步骤"),
        "errors": MessageID("test.key.errors", en: "errors", zh: "错误"),
        "fired": MessageID("test.key.fired", en: "fired", zh: "应成立的规则"),
        "not_fired": MessageID("test.key.not_fired", en: "not fired", zh: "不应成立的规则"),
        "quote": MessageID("test.key.quote", en: "quote", zh: "原文依据"),
        "reading": MessageID("test.key.reading", en: "reading", zh: "解读依据"),
        "quote/reading": MessageID("test.key.quote_or_reading", en: "quote or reading", zh: "原文或解读依据"),
        "unconfirmed": MessageID("test.key.unconfirmed", en: "unconfirmed", zh: "未确认"),
    ]
    package static let testValueTrue = MessageID("test.value.true", en: "true", zh: "是")
    package static let testValueFalse = MessageID("test.value.false", en: "false", zh: "否")
    package static let testValueNull = MessageID("test.value.null", en: "null", zh: "空（null）")
    package static let testValueNone = MessageID("test.value.none", en: "none", zh: "无")
    package static let testValueErrors = MessageID("test.value.errors", en: "errors", zh: "有错误")
    package static let testValueIncludes = MessageID("test.value.includes", en: "includes {0}", zh: "包含 {0}")
    package static let testValueNoneOf = MessageID("test.value.none_of", en: "none of {0}", zh: "不含 {0} 中任何一项")
    package static let testValueMeasureNotGiven = MessageID("test.value.measure_not_given", en: "none (measure not given)", zh: "无（未给出该措施）")
    package static let testValueDidNotHold = MessageID("test.value.did_not_hold", en: "did not hold", zh: "不成立")
    package static let testValueHeld = MessageID("test.value.held", en: "held", zh: "成立")
    package static let testValueNotDue = MessageID("test.value.not_due", en: "not due", zh: "未到期")
}

extension MessageID {
    // MARK: test --boundaries and --coverage: case names, the file's comments, the coverage lines
    package static let boundaryCaseName = MessageID("boundary.case_name", en: "{0} = {1} ({2} {3}; {4})", zh: "{0} = {1}（{2} {3}；{4}）")
    package static let boundaryJustUnder = MessageID("boundary.just_under", en: "just under", zh: "略低于")
    package static let boundaryOn = MessageID("boundary.on", en: "on", zh: "恰好等于")
    package static let boundaryJustOver = MessageID("boundary.just_over", en: "just over", zh: "略高于")
    package static let boundaryStepCase = MessageID("boundary.step_case", en: "{0}: {1} done {2} its due date {3}", zh: "{0}：{1}在到期日 {3} {2}办理")
    package static let boundaryDayBefore = MessageID("boundary.day_before", en: "the day before", zh: "前一天")
    package static let boundaryDayOn = MessageID("boundary.day_on", en: "on", zh: "当天")
    package static let boundaryDayAfter = MessageID("boundary.day_after", en: "the day after", zh: "后一天")
    package static let boundaryHeader1 = MessageID("boundary.header1", en: "Boundary cases for {0} at {1}, generated by `watchline test --boundaries`.", zh: "{0} 在 {1} 的临界值用例，由 `watchline test --boundaries` 生成。")
    package static let boundaryHeader2 = MessageID("boundary.header2", en: "The expectations are what the rules decide NOW: confirm each against the document before keeping it;", zh: "各用例的预期是规则文件当前的判定结果：保留前请逐条对照政策原文确认；")
    package static let boundaryHeader3 = MessageID("boundary.header3", en: "add quote: (the document's words) or reading: (a reading id) to each case, then remove unconfirmed.", zh: "为每个用例加上 quote:（原文语句）或 reading:（解读编号），再删去 unconfirmed。")
    package static let coverageHeading = MessageID("coverage.heading", en: "Coverage:", zh: "覆盖情况：")
    package static let coverageFile = MessageID("coverage.file", en: "{0}: {1}/{2} rules seen both true and false", zh: "{0}：{2} 条规则中 {1} 条在用例中既成立过也不成立过")
    package static let coverageNeverTrue = MessageID("coverage.never_true", en: "never true", zh: "从未成立")
    package static let coverageNeverFalse = MessageID("coverage.never_false", en: "never false", zh: "从未不成立")
    // MARK: replzh2 (issue 19: REPL labels and Chinese answers)
    package static let replStateMonitored = MessageID("repl.state_monitored", en: "monitored", zh: "纳入监测")
    package static let replStateNotMonitored = MessageID("repl.state_not_monitored", en: "not monitored", zh: "不纳入监测")
    package static let replStateUndetermined = MessageID("repl.state_undetermined", en: "undetermined", zh: "无法判定")
    package static let replRisks = MessageID("repl.risks", en: "risks: {0}", zh: "风险：{0}")
    package static let replMeasures = MessageID("repl.measures", en: "measures: {0}", zh: "帮扶措施：{0}")
    package static let replAlerts = MessageID("repl.alerts", en: "alerts: {0}", zh: "预警：{0}")
    package static let replWatch = MessageID("repl.watch", en: "watch", zh: "持续跟踪关注")
    package static let replListSeparator = MessageID("repl.list_separator", en: ", ", zh: "、")
    package static let replPartSeparator = MessageID("repl.part_separator", en: "; ", zh: "；")
    package static let replWhatIfs = MessageID("repl.what_ifs", en: "What-ifs: {0}", zh: "假设：{0}")
    package static let replFieldsChanged = MessageID("repl.fields_changed", en: "household fields changed (see :show)", zh: "已修改农户字段（见 :show）")
    package static let replAmbiguousLabel = MessageID("repl.ambiguous_label", en: "'{0}' is the label of several fields: {1}; give the path", zh: "“{0}”是多个字段的名称：{1}；请写字段路径")
    // MARK: zhhelp — durations in words, and libyaml's own problem texts in Chinese
    package static let durationDay = MessageID("duration.day", en: "{0} day", zh: "{0}天")
    package static let durationDays = MessageID("duration.days", en: "{0} days", zh: "{0}天")
    package static let durationWorkday = MessageID("duration.workday", en: "{0} working day", zh: "{0}个工作日")
    package static let durationWorkdays = MessageID("duration.workdays", en: "{0} working days", zh: "{0}个工作日")
    package static let durationMonth = MessageID("duration.month", en: "{0} month", zh: "{0}个月")
    package static let durationMonths = MessageID("duration.months", en: "{0} months", zh: "{0}个月")

    /// A libyaml problem with the construct it was in: "{problem} ({context})".
    package static let yamlProblemInContext = MessageID("yaml.problem_in_context", en: "{0} ({1})", zh: "{0}（{1}）")
    package static let yamlContextBegan = MessageID("yaml.context_began", en: "{0} that began at line {1}, column {2}", zh: "{0}，该结构始于第 {1} 行第 {2} 列")
    package static let yamlProblemCodePoint = MessageID("yaml.problem_code_point", en: "{0} (U+{1})", zh: "{0}（U+{1}）")
    package static let yamlUnknownProblem = MessageID("yaml.unknown_problem", en: "unknown error", zh: "未知错误")

    /// `:help functions`: a built-in's other names, and between its ways of writing.
    package static let builtinAlso = MessageID("builtin.also", en: "{0} (also {1})", zh: "{0}（又名 {1}）")
    package static let builtinOr = MessageID("builtin.or", en: " or ", zh: " 或 ")
}

extension MessageID { // MARK: timeline cases from office files (issue 19)
    package static let casesTableUnknownHeader = MessageID("cases.table_unknown_header", en: "{0}:{1}: column '{2}' is not a case column (id, household_id, procedure, or an event of the rule file's timelines, by id or label)", zh: "{0}:{1}：列“{2}”不是案例的列（应为案例编号、户编号、流程，或规则文件中流程的某个步骤，写步骤编号或名称）")
    package static let casesTableNoID = MessageID("cases.table_no_id", en: "{0}:{1}: the header has no 'id' (案例编号) column", zh: "{0}:{1}：表头缺少“案例编号”（id）列")
    package static let casesTableNoCaseID = MessageID("cases.table_no_case_id", en: "{0}:{1}: the case has no id", zh: "{0}:{1}：该案例没有填写案例编号")
    package static let casesTableBadDate = MessageID("cases.table_bad_date", en: "{0}:{1}: column '{2}': '{3}' is not a date (write YYYY-MM-DD)", zh: "{0}:{1}：“{2}”列的“{3}”不是日期（应写成 YYYY-MM-DD）")
}

extension MessageID {
    // MARK: record readers: where a value is and what the clerk calls it (issue 19)
    /// A header or key as the clerk wrote it, with the schema's other name for it.
    package static let recordColumnName = MessageID("records.column_name", en: "{0} ({1})", zh: "{0}（{1}）")
    /// A whole row of a workbook sheet (a cell is `户信息!F17`, as Excel shows it).
    package static let recordSheetRow = MessageID("records.sheet_row", en: "{0}, sheet '{1}', row {2}", zh: "{0} 工作表“{1}”第 {2} 行")
    /// What a field's cell must hold, in the clerk's words (the `{1}` of records.wrong_type).
    package static let recordKindMoney = MessageID("records.kind_money", en: "an amount in yuan", zh: "金额（元）")
    package static let recordKindNumber = MessageID("records.kind_number", en: "a number", zh: "数值")
    package static let recordKindInt = MessageID("records.kind_int", en: "a whole number", zh: "整数")
    package static let recordKindBool = MessageID("records.kind_bool", en: "yes or no (是/否, 1/0)", zh: "是或否（是/否、1/0）")
    package static let recordKindDate = MessageID("records.kind_date", en: "a date", zh: "日期")
    package static let recordKindText = MessageID("records.kind_text", en: "text", zh: "文本")
    package static let recordKindChoice = MessageID("records.kind_choice", en: "one of the listed values", zh: "规定的选项之一")
    package static let recordKindChoices = MessageID("records.kind_choices", en: "a list of the listed values", zh: "规定选项的列表")
    /// A value no rule reads: left out, the household still decided.
    package static let recordUnusedValue = MessageID("records.unused_value", en: "{0}; no rule reads this column, so the value is left out and the household is still decided", zh: "{0}；规则不使用此项，该值按空值处理，该户照常判定")
    package static let recordUnusedMore = MessageID("records.unused_more", en: "{0} more values of '{1}' could not be read (no rule reads this column; left out)", zh: "另有 {0} 个“{1}”的值无法读取（规则不使用此项，已按空值处理）")
    /// Member rows whose 户编号 is not in the household file: an output line of their own.
    package static let recordMembersNoHousehold = MessageID("records.members_no_household", en: "member rows (lines {0}) name household '{1}', which is not in {2}; check the 户编号 in both files", zh: "成员表第 {0} 行的户编号“{1}”在户表 {2} 中不存在，请核对两表的户编号")
    package static let recordMemberNoHouseholdID = MessageID("records.member_no_household_id", en: "the member row gives no household id ('{0}' column); it is not read", zh: "该成员行没有填写户编号（“{0}”列），未读入")
    /// What a JSON record gave where one value belongs.
    package static let recordKindStructured = MessageID("records.kind_structured", en: "a list or object", zh: "列表或对象")
}

extension MessageID {
    // MARK: harness words — the test runner's own mismatches, step statuses in the officer's words
    package static let testRulesDoNotLoad = MessageID("test.rules_do_not_load", en: "the rule file {0} does not load", zh: "规则文件 {0} 无法加载")
    package static let testNoDocumentText = MessageID("test.no_document_text", en: "the rule file's document text (ruleset.text)", zh: "规则文件所依据的政策原文（ruleset.text）")
    package static let testWordsOf = MessageID("test.words_of", en: "words of {0}", zh: "{0} 中的原文")
    package static let testQuoteNotInText = MessageID("test.quote_not_in_text", en: "'{0}' is not in the text{1}", zh: "“{0}”不在原文中{1}")
    package static let testReadingOf = MessageID("test.reading_of", en: "a reading of {0}", zh: "{0} 中声明的解读")
    package static let testQuoted = MessageID("test.quoted", en: "'{0}'{1}", zh: "“{0}”{1}")
    package static let testBasisNeither = MessageID("test.basis_neither", en: "neither", zh: "两者都没有")
    package static let testStillUnconfirmed = MessageID("test.still_unconfirmed", en: "unconfirmed: true", zh: "仍标注 unconfirmed: true（未确认）")
    package static let testADuty = MessageID("test.a_duty", en: "a recurring duty", zh: "一项定期走访联系")
    package static let testNoneNamedSo = MessageID("test.none_named_so", en: "none named so{0}", zh: "没有这个名称的项{0}")
    package static let testAStep = MessageID("test.a_step", en: "a step", zh: "一个办理步骤")
    package static let testNoStep = MessageID("test.no_step", en: "no step '{0}' in {1}{2}", zh: "{1} 中没有步骤“{0}”{2}")
    package static let testNoDecision = MessageID("test.no_decision", en: "no decision or expectation '{0}' in {1}{2}", zh: "{1} 中没有名为“{0}”的判定或预期项{2}")
    package static let testStepLine = MessageID("test.step_line", en: "  {0}: due {1}, done {2}, {3}", zh: "  {0}：期限 {1}，完成 {2}，{3}")
    package static let stepOnTime = MessageID("step.on_time", en: "on_time", zh: "按时完成")
    package static let stepLate = MessageID("step.late", en: "late", zh: "逾期完成")
    package static let stepOverdue = MessageID("step.overdue", en: "overdue", zh: "已超期未完成")
    package static let stepPending = MessageID("step.pending", en: "pending", zh: "未到期")
    package static let stepTooShort = MessageID("step.too_short", en: "too_short", zh: "时长不足")
    package static let stepOutOfOrder = MessageID("step.out_of_order", en: "out_of_order", zh: "顺序颠倒")
    package static let stepReady = MessageID("step.ready", en: "ready", zh: "已满时长，可办结")
    package static let timelineTableHeadings = MessageID("timeline.table_headings", en: "case|step|due|done|status", zh: "案例|步骤|期限|完成日期|状态")
    package static let timelineDueSoon = MessageID("timeline.due_soon", en: " (due within 3 working days)", zh: "（3个工作日内到期）")
    package static let timelineErrorPrefix = MessageID("timeline.error_prefix", en: "ERROR: {0}", zh: "错误：{0}")
    package static let exprEnumSeveral = MessageID("expr.enum_several", en: "; it could stand for several of them ({0}): write the one meant", zh: "；它可能指其中几项（{0}），请写明是哪一项")
    package static let citationDepartsAt = MessageID("citation.departs_at", en: " (the text departs from the quote at '{0}')", zh: "（原文与引文在“{0}”处不同）")
    package static let clausesNoText = MessageID("clauses.no_text", en: "{0}: names no document text (ruleset.text)", zh: "{0}：未指定文件原文（ruleset.text）")
    package static let clausesNarrative = MessageID("clauses.narrative", en: "narrative: {0}", zh: "叙述性：{0}")
    package static let clausesFileTotals = MessageID("clauses.file_totals", en: "{0} clauses: {1} cited by rules, {2} narrative, {3} covered through a clause above or below, {4} uncovered", zh: "共 {0} 个条款：{1} 个被规则引用，{2} 个为叙述性，{3} 个由上下级条款覆盖，{4} 个未覆盖")
    package static let clausesUncoveredTotal = MessageID("clauses.uncovered_total", en: "{0} clauses uncovered", zh: "{0} 个条款未覆盖")
    package static let summaryCheckOK = MessageID("summary.check.ok", en: "ok", zh: "符合")
    package static let summaryCheckWarning = MessageID("summary.check.warning", en: "warning", zh: "提示")
    package static let summaryCheckInfo = MessageID("summary.check.info", en: "info", zh: "说明")
    package static let replSavedHeader1 = MessageID("repl.saved_header1", en: "Policy test cases saved from the REPL: confirm each against the document, give the clause it", zh: "从 REPL 保存的政策测试用例：请逐条对照政策原文确认，写明所检查的条款（clause:），")
    package static let replSavedHeader2 = MessageID("repl.saved_header2", en: "checks (clause:), add quote: (the document's words) or reading: (a reading id), then remove unconfirmed.", zh: "加上 quote:（原文语句）或 reading:（解读编号），再删去 unconfirmed。")
    package static let testFailedCase = MessageID("test.failed_case", en: "failed", zh: "未通过")
    package static let testFileNotLoaded = MessageID("test.file_not_loaded", en: "FAIL {0} — the test file does not load", zh: "未通过 {0} —— 测试文件无法加载")
    package static let testFilesWithErrors = MessageID("test.files_with_errors", en: "{0} test files fail with errors (above): their rule file or the test file does not load", zh: "{0} 个测试文件因错误未通过（见上）：规则文件或测试文件无法加载")
    package static let testFilterMatchesNothing = MessageID("test.filter_matches_nothing", en: "--filter '{0}' matches no case's name or clause; nothing was run", zh: "--filter“{0}”与任何用例的名称或条款都不匹配，未运行任何用例")
    package static let replMissing = MessageID("repl.missing", en: "missing: {0}", zh: "缺少：{0}")
    package static let summaryCheckLine = MessageID("summary.check_line", en: "[{0}] {1}{2}: {3}", zh: "[{0}] {1}{2}：{3}")
    package static let summaryCheckSource = MessageID("summary.check_source", en: " ({0})", zh: "（{0}）")
    package static let tableHeadings = MessageID("table.headings", en: "id|monitored|category|risks|excluded_by|measures|watch|alerts|undetermined/errors", zh: "户编号|监测对象|监测类型|风险类型|排除情形|帮扶措施|跟踪关注|预警信息|缺少的数据/错误")
    package static let tableYes = MessageID("table.yes", en: "true", zh: "是")
    package static let tableNo = MessageID("table.no", en: "false", zh: "否")
    package static let tableUnknown = MessageID("table.unknown", en: "?", zh: "待定")
    package static let tableListSeparator = MessageID("table.list_separator", en: ",", zh: "、")
    package static let tableError = MessageID("table.error", en: "ERROR: {0}", zh: "错误：{0}")
    package static let diffSideMonitored = MessageID("diff.side.monitored", en: "monitored={0}", zh: "监测对象：{0}")
    package static let diffSideTrue = MessageID("diff.side.true", en: "true", zh: "是")
    package static let diffSideFalse = MessageID("diff.side.false", en: "false", zh: "否")
    package static let diffSideNull = MessageID("diff.side.null", en: "null", zh: "待定")
    package static let diffSideCategory = MessageID("diff.side.category", en: "category={0}", zh: "监测类型：{0}")
    package static let diffSideRisks = MessageID("diff.side.risks", en: "risks={0}", zh: "风险：{0}")
    package static let diffSideMeasures = MessageID("diff.side.measures", en: "measures={0}", zh: "帮扶措施：{0}")
    package static let diffSideWatch = MessageID("diff.side.watch", en: "watch=true", zh: "持续跟踪关注")
    package static let diffSideAlerts = MessageID("diff.side.alerts", en: "alerts={0}", zh: "预警：{0}")
    package static let diffSideAmounts = MessageID("diff.side.amounts", en: "amounts={0}", zh: "救助金额：{0}")
    package static let diffSideAmount = MessageID("diff.side.amount", en: "{0}:{1}", zh: "{0} {1} 元")
    package static let diffSideListSeparator = MessageID("diff.side.list_separator", en: "|", zh: "、")
    package static let diffSidePartSeparator = MessageID("diff.side.part_separator", en: " ", zh: "；")
    package static let diffHouseholdLine = MessageID("diff.household_line", en: "{0}, {1} persons", zh: "{0}，{1} 人")
    package static let diffHouseholdLineGroup = MessageID("diff.household_line_group", en: "{0} ({2}), {1} persons", zh: "{0}（{2}），{1} 人")
    package static let timelineOverall = MessageID("timeline.overall", en: "the whole procedure", zh: "全流程办结")
    package static let testsQuoteWithoutText = MessageID("tests.quote_without_text", en: "a quote, but the rule file {0} names no document text (ruleset.text) to find it in", zh: "用例引用了原文，但规则文件 {0} 未指定文件原文（ruleset.text），无法核对")
    package static let testsQuoteNotInText = MessageID("tests.quote_not_in_text", en: "quote '{0}' is not in {1}{2}", zh: "引文“{0}”不在 {1} 中{2}")
    package static let testsUnknownReading = MessageID("tests.unknown_reading", en: "reading '{0}' is not one {1} declares under readings:{2}", zh: "解读“{0}”不是 {1} 在 readings: 中声明的解读{2}")
    package static let explainWhatIf = MessageID("explain.what_if", en: "(what-if; the rule file has {0} at {1})", zh: "（假设值；规则文件中为 {0}，见 {1}）")
    package static let replShowLine = MessageID("repl.show_line", en: "{0} ({1}): {2}", zh: "{0}（{1}）：{2}")
    package static let caseDuplicateID = MessageID("cases.duplicate_id", en: "line {0}: case id '{1}' already given on line {2}", zh: "第 {0} 行：案例编号“{1}”已在第 {2} 行出现")
    package static let osNoPermission = MessageID("os.no_permission", en: "permission denied", zh: "没有访问权限")
    package static let osDiskFull = MessageID("os.disk_full", en: "no space left on the disk", zh: "磁盘空间已满")
    package static let osIsFolder = MessageID("os.is_folder", en: "it is a folder, not a file", zh: "这是文件夹，不是文件")
    package static let osNotFolder = MessageID("os.not_folder", en: "a part of the path is not a folder", zh: "路径中有一部分不是文件夹")
    package static let osReadOnly = MessageID("os.read_only", en: "the disk is read-only", zh: "磁盘为只读")
    package static let benchRecordsWithErrors = MessageID("bench.records_with_errors", en: "{0} records of {1} cannot be read and are not timed (watchline run shows their errors)", zh: "{1} 中有 {0} 条记录无法读取，未计入测速（用 watchline run 查看其错误）")
    package static let idReasonCheckCharacter = MessageID("id.reason.check_character", en: "check_character", zh: "校验码不符")
    package static let idReasonBirthDate = MessageID("id.reason.birth_date", en: "birth_date", zh: "出生日期无效")
    package static let compareRecordsWithErrors = MessageID("compare.records_with_errors", en: "household records that cannot be read and were not compared: {0} (watchline run shows their errors)", zh: "无法读取、未参与比对的农户记录 {0} 条（用 watchline run 查看其错误）")
    package static let summaryGroupsNone = MessageID("summary.groups_none", en: "no household gives its {0}: not checked", zh: "没有农户填写{0}，未作检查")
    package static let recordsSheetNeedsWorkbook = MessageID("records.sheet_needs_workbook", en: "--sheet, --members-sheet and --header-row go with a workbook or CSV file; {0} is read as JSON", zh: "--sheet、--members-sheet 和 --header-row 只用于工作簿或 CSV 文件；{0} 按 JSON 读取")
    package static let cliHouseholdRepeated = MessageID("cli.household_repeated", en: "household '{0}' appears more than once in {1}: the record on line {2} is the one used (again on line {3})", zh: "户编号“{0}”在 {1} 中出现多次：使用第 {2} 行的记录（第 {3} 行再次出现）")
    package static let recordMembersNote = MessageID("records.members_note", en: "members file {0}: {1}", zh: "成员表 {0}：{1}")
}

extension MessageID { // MARK: params — --param and :param by label (issue 19)
    /// {0} is how the what-if was given (`--param`, `:param`), {1} the parameter as typed (id or label).
    package static let paramsReadAs = MessageID("params.read_as", en: "{0} {1}: read '{2}' as {3}", zh: "{0} {1}：已将“{2}”读作 {3}")
    package static let paramsNotANumber = MessageID("params.not_a_number", en: "{0} {1}: '{2}' is not a number, but parameter '{3}' is a number in the rule file; write the value in digits, e.g. {0} {1}={4}", zh: "{0} {1}：“{2}”不是数字，而规则文件中参数“{3}”是数值；请用阿拉伯数字填写，例如 {0} {1}={4}")
    package static let paramsUnknown = MessageID("params.unknown", en: "{0} {1}: the rule file has no parameter with the id or label '{1}'{2}", zh: "{0} {1}：规则文件中没有编号或名称为“{1}”的参数{2}")
    package static let paramsAmbiguousLabel = MessageID("params.ambiguous_label", en: "{0} {1}: '{1}' is the label of several parameters: {2}; give the id", zh: "{0} {1}：“{1}”是多个参数的名称：{2}；请写参数编号")
    package static let paramsBadValue = MessageID("params.bad_value", en: "{0} {1}: {2}", zh: "{0} {1}：{2}")
    /// A name as the officer typed it (a label), with the id or path it stands for.
    package static let paramsNamed = MessageID("params.named", en: "{0} ({1})", zh: "{0}（{1}）")
    /// The REPL's echo of `:param`: {0} the parameter (`params.监测范围`, or its label with that).
    package static let paramsReplSet = MessageID("params.repl_set", en: "{0} = {1} (what-if; was {2})", zh: "{0} = {1}（假设；原为 {2}）")
}

extension MessageID { // MARK: zhcli — CLI help and words
    // `watchline --help` and every subcommand's help (issue 19): abstracts, discussions, and the
    // help of each argument, option and flag. The parser's own words (USAGE:, OPTIONS:) stay its.
    package static let helpWatchlineAbstract = MessageID("cli.help.watchline.abstract", en: "Run poverty-monitoring policy rules (防止返贫动态监测) over household records.", zh: "按防止返贫动态监测政策规则，逐户评估农户数据。")
    package static let helpWatchlineDiscussion = MessageID("cli.help.watchline.discussion", en: "A rule file encodes a policy document: monitoring thresholds, exclusions with their\nexceptions, categories, assistance measures and procedure timelines. Watchline checks it,\ncompiles it, and runs it over household records, explaining every decision.\n\nStart with:  watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30", zh: "规则文件是政策文件的编码：监测标准、排除情形及其例外、监测对象类别、帮扶措施和办理时限。本程序检查、编译规则文件，逐户评估农户数据，并说明每一项认定的依据。\n\n入门示例：\n  watchline run Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30")

    // shared by several commands
    package static let helpRules = MessageID("cli.help.rules", en: "The rule file.", zh: "规则文件。")
    package static let helpMembers = MessageID("cli.help.members", en: "Members CSV (with a CSV household file).", zh: "家庭成员 CSV 文件（农户数据为 CSV 时使用）。")
    package static let helpMembersJoined = MessageID("cli.help.members_joined", en: "Members CSV joined on household_id (with a CSV household file).", zh: "家庭成员 CSV 文件，按户编号（household_id）与农户关联（农户数据为 CSV 时使用）。")
    package static let helpRevealIds = MessageID("cli.help.reveal_ids", en: "Show members' ID numbers in full (they are masked, first 6 and last 4 kept, by default).", zh: "完整显示家庭成员身份证号（默认只显示前 6 位和后 4 位）。")
    package static let helpRevealIdsShort = MessageID("cli.help.reveal_ids_short", en: "Show members' ID numbers in full (masked, first 6 and last 4 kept, by default).", zh: "完整显示家庭成员身份证号（默认只显示前 6 位和后 4 位）。")
    package static let helpExcel = MessageID("cli.help.excel", en: "With --format csv: a UTF-8 BOM first, so Excel reads Chinese correctly.", zh: "与 --format csv 同用：在文件开头写入 UTF-8 BOM，使 Excel 正确显示中文。")
    package static let helpOutput = MessageID("cli.help.output", en: "Write here (atomically; a FIFO or device directly) instead of stdout.", zh: "将结果写入此文件（整体写入后替换；命名管道或设备则直接写入），不输出到屏幕。")
    package static let helpAsOf = MessageID("cli.help.as_of", en: "The date the decision is made on (YYYY-MM-DD); picks dated parameter values. Default: today.", zh: "评估日期（YYYY-MM-DD），按此日期选用分时段的参数值。默认为今天。")
    package static let helpSheet = MessageID("cli.help.sheet", en: "With an .xlsx file: the households sheet (default: the first).", zh: "使用 .xlsx 文件时：农户信息所在的工作表（默认为第一张）。")
    package static let helpMembersSheet = MessageID("cli.help.members_sheet", en: "With an .xlsx file: the members sheet (default: another sheet whose header has the household id).", zh: "使用 .xlsx 文件时：家庭成员所在的工作表（默认为表头含户编号的另一张工作表）。")
    package static let helpHeaderRow = MessageID("cli.help.header_row", en: "With an .xlsx file: the row number of the header (default: the first row with the schema's column names).", zh: "使用 .xlsx 文件时：表头所在的行号（默认为第一个含数据结构列名的行）。")
    package static let helpRulesRoot = MessageID("cli.help.rules_root", en: "The folder the files a rule file names (extends, schema, calendar) must be in. Default: the nearest folder named Rules above the rule file, else its own folder.", zh: "规则文件所引用的文件（extends、schema、calendar）必须位于此文件夹内。默认为规则文件上级中最近的 Rules 文件夹，没有时为规则文件所在的文件夹。")
    package static let helpListFile = MessageID("cli.help.list_file", en: "A department's list for the rule file's lists: entry NAME, as NAME=FILE (CSV, XLSX or JSONL); repeat for each list.", zh: "部门比对名单，对应规则文件 lists: 中的名单名，写成 名单名=文件（CSV、XLSX 或 JSONL）；每份名单写一次。")

    // check
    package static let helpCheckAbstract = MessageID("cli.help.check.abstract", en: "Load, type-check and lint rule files (and schema, calendar and policy test files); exit 1 if any has an error.", zh: "加载规则文件（以及数据结构、工作日历和政策测试文件），检查类型和写法；任一文件有错误时退出状态为 1。")
    package static let helpCheckFiles = MessageID("cli.help.check.files", en: "Files to check: rule files, or schema, calendar and *.test.yaml files.", zh: "要检查的文件：规则文件，或数据结构、工作日历文件和 *.test.yaml 测试文件。")
    package static let helpCheckFix = MessageID("cli.help.check.fix", en: "Apply every fix-it (a misspelt key or name, the nearest known one) to the files checked — only files under each one's folder — print what changed, and check again.", zh: "按修改建议（拼错的键或名称改为最接近的已知名称）直接修改所检查的文件（仅限其所在文件夹内的文件），列出改动后再检查一遍。")

    // run
    package static let helpRunAbstract = MessageID("cli.help.run.abstract", en: "Evaluate every household: one result per input record, in input order.", zh: "逐户评估：每条输入记录输出一条结果，顺序与输入相同。")
    package static let helpRunDiscussion = MessageID("cli.help.run.discussion", en: "Exit status: 0 every record decided; 2 some records carry errors (each still has its line); 1 the rule files are wrong or the output cannot be written.", zh: "退出状态：0 表示全部记录均已认定；2 表示部分记录有错误（每条仍有对应的输出行）；1 表示规则文件有误或无法写出结果。")
    package static let helpRunRecords = MessageID("cli.help.run.records", en: "Household records: .jsonl, .json (an array) or .csv.", zh: "农户数据：.jsonl、.json（数组）或 .csv 文件。")
    package static let helpRunFormat = MessageID("cli.help.run.format", en: "jsonl, csv, table, or xlsx (an Excel workbook with Chinese titles, counts by town and village, and the parameters used; needs --output).", zh: "jsonl、csv、table 或 xlsx（Excel 工作簿，含中文标题、按乡镇和村统计的户数及所用参数；需同时给出 --output）。")
    package static let helpRunExplain = MessageID("cli.help.run.explain", en: "Add each rule's trace (what it read, what it decided) to every line.", zh: "在每行结果中附上每条规则的判定过程（读取了哪些值、作出了何种认定）。")
    package static let helpRunSummary = MessageID("cli.help.run.summary", en: "Write the run's summary (counts, population checks) as JSON here.", zh: "将本次运行的汇总（各项户数、总体核查）以 JSON 格式写入此文件。")
    package static let helpRunQuiet = MessageID("cli.help.run.quiet", en: "Do not print the summary (or progress) on stderr.", zh: "不在屏幕（标准错误输出）上显示汇总和进度。")
    package static let helpRunHistory = MessageID("cli.help.run.history", en: "Record this run (rule files and their hashes, date, counts, parameters, every household's decision) in this SQLite file; see `watchline history`.", zh: "将本次运行（规则文件及其哈希值、日期、户数、参数、每户的认定结果）记入此 SQLite 文件；查阅见 `watchline history`。")

    // explain
    package static let helpExplainAbstract = MessageID("cli.help.explain.abstract", en: "The decision for one household in words: each rule, its source line, the values it saw.", zh: "用文字说明一户的认定结果：每条规则、其在规则文件中的行及所依据的数值。")
    package static let helpRecordsFile = MessageID("cli.help.records_file", en: "Household records file.", zh: "农户数据文件。")
    package static let helpExplainID = MessageID("cli.help.explain.id", en: "The household's id.", zh: "该户的户编号。")

    // eval
    package static let helpEvalAbstract = MessageID("cli.help.eval.abstract", en: "Print the value of one expression, with the ruleset's parameters, definitions and calendar in scope.", zh: "计算一个表达式的值，表达式中可使用规则文件的参数、定义和工作日历。")
    package static let helpEvalExpression = MessageID("cli.help.eval.expression", en: "The expression, e.g. 'add_workdays(date(\"2020-04-29\"), 5)'.", zh: "表达式，例如 'add_workdays(date(\"2020-04-29\"), 5)'。")
    package static let helpEvalRecords = MessageID("cli.help.eval.records", en: "Household records file (with --id).", zh: "农户数据文件（与 --id 同用）。")
    package static let helpEvalID = MessageID("cli.help.eval.id", en: "A household whose fields are in scope.", zh: "户编号：表达式中可使用该户的各项数据。")
    package static let helpEvalJSON = MessageID("cli.help.eval.json", en: "Print the value as JSON; an error as {\"error\": …} with exit status 1.", zh: "以 JSON 格式输出结果；出错时输出 {\"error\": …}，退出状态为 1。")
    package static let evalInvalidExpression = MessageID("cli.eval.invalid_expression", en: "invalid expression", zh: "表达式无效")

    // timeline
    package static let helpTimelineAbstract = MessageID("cli.help.timeline.abstract", en: "For each case: every step's due date, done date and status (on_time, late, overdue, pending).", zh: "逐个案例列出每个步骤的截止日期、办结日期和状态（on_time 按时办结、late 逾期办结、overdue 已超期未办、pending 未到期）。")
    package static let helpTimelineCases = MessageID("cli.help.timeline.cases", en: "Cases, one JSON object per line (household-record.md, \"Cases\").", zh: "案例文件，每行一个 JSON 对象（见 household-record.md 的“Cases”一节）。")
    package static let helpTimelineRecords = MessageID("cli.help.timeline.records", en: "Or household records: procedures start from each household's applied_on / monitoring_since, and recurring duties (visits) get their next due date.", zh: "或给出农户数据：流程从每户的申请日期（applied_on）或纳入监测日期（monitoring_since）起算，周期性工作（如走访）给出下一次的截止日期。")
    package static let helpTimelineFormat = MessageID("cli.help.timeline.format", en: "jsonl, csv or table (the table lists overdue steps first, then those due soonest).", zh: "jsonl、csv 或 table（表格先列已超期的步骤，其余按截止日期由近到远排列）。")

    // test
    package static let helpTestAbstract = MessageID("cli.help.test.abstract", en: "Run policy test files (*.test.yaml); print each failure with expected vs actual; exit 1 if any fails.", zh: "运行政策测试文件（*.test.yaml），逐条列出未通过的用例及其预期值与实际值；有用例未通过时退出状态为 1。")
    package static let helpTestPaths = MessageID("cli.help.test.paths", en: "Test files or folders (default: every *.test.yaml under Rules/ and Tests/).", zh: "测试文件或文件夹（默认为 Rules/ 和 Tests/ 下的全部 *.test.yaml）。")
    package static let helpTestFilter = MessageID("cli.help.test.filter", en: "Run only cases whose name or clause contains this text.", zh: "只运行名称或条款中含有此文字的用例。")
    package static let helpTestJUnit = MessageID("cli.help.test.junit", en: "Also write a JUnit XML report here.", zh: "同时将 JUnit XML 格式的报告写入此文件。")
    package static let helpTestCoverage = MessageID("cli.help.test.coverage", en: "Report rules that no case saw both hold and not hold.", zh: "列出没有用例同时覆盖其成立与不成立两种情形的规则。")
    package static let helpTestBoundaries = MessageID("cli.help.test.boundaries", en: "Print boundary cases for this rule file (just under, on, just over every threshold; the day before, on and after every deadline) as a test file to confirm.", zh: "为此规则文件生成边界用例（每个标准的略低于、恰好等于、略高于；每个时限的前一天、当天和后一天），以测试文件的形式输出，供核对确认。")
    package static let helpTestRecords = MessageID("cli.help.test.records", en: "With --boundaries: the examples file the household comes from.", zh: "与 --boundaries 同用：起点农户所在的示例数据文件。")
    package static let helpTestFrom = MessageID("cli.help.test.from", en: "With --boundaries: the household the cases start from (default: the first in --records).", zh: "与 --boundaries 同用：用例以哪一户为起点，写户编号（默认为 --records 中的第一户）。")
    package static let helpTestTextOnly = MessageID("cli.help.test.text_only", en: "Run only the cases the document's text decides (those with quote:).", zh: "只运行由文件原文直接决定的用例（带 quote: 的用例）。")
    package static let helpTestStrict = MessageID("cli.help.test.strict", en: "Fail on cases still marked unconfirmed (written by :save-test or --boundaries).", zh: "仍标为待确认的用例（由 :save-test 或 --boundaries 生成）按未通过处理。")
    package static let helpTestMutate = MessageID("cli.help.test.mutate", en: "Move every threshold the rules read (parameters, timeline days) one step each way and list the ones no case notices.", zh: "将规则读取的每个标准（参数、时限天数）上下各调整一档，列出没有任何用例察觉其变化的标准。")
    package static let helpTestVerbose = MessageID("cli.help.test.verbose", en: "With a failure: print how the engine decided (the whole trace), not only what differs.", zh: "用例未通过时：输出完整的判定过程，而不只是不一致之处。")
    package static let helpTestClauses = MessageID("cli.help.test.clauses", en: "List each numbered clause of the document's text with the rules that cite it, or why it holds nothing to encode; warn on a clause neither cited nor marked narrative.", zh: "逐条列出文件原文中有编号的条款及引用该条款的规则，或说明其无需编码的原因；既未被引用、也未标为叙述性条款的，给出警告。")
    package static let testNoJSONHousehold = MessageID("cli.test.no_json_household", en: "no JSON household in {0}", zh: "{0} 中没有 JSON 格式的农户记录")
    package static let testBoundariesRecords = MessageID("cli.test.boundaries_records", en: "--records (a .jsonl examples file)", zh: "--records（.jsonl 示例数据文件）")

    // diff
    package static let helpDiffAbstract = MessageID("cli.help.diff.abstract", en: "What a policy change does to a population: who becomes monitored, stops being monitored, changes category, gains or loses a measure.", zh: "测算政策调整对农户的影响：哪些户新纳入监测、不再监测、监测类型变化、增加或失去帮扶措施。")
    package static let helpDiffDiscussion = MessageID("cli.help.diff.discussion", en: "Compare two rule files (old, new) at one as-of date, or one rule file at two dates:\n  watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2021-06-30 --vs-as-of 2022-06-30\nor a what-if parameter value against the file as written:\n  watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --param 监测范围=7500\nBoth sides are decided in one pass over the records.", zh: "比较同一评估日期下的两个规则文件（原、新），或同一规则文件在两个日期的结果：\n  watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2021-06-30 --vs-as-of 2022-06-30\n或将假设的参数值与规则文件中的原值比较：\n  watchline diff Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --param 监测范围=7500\n两边的结果在读取一遍农户数据时同时得出。")
    package static let helpDiffRulesA = MessageID("cli.help.diff.rules_a", en: "The old rule file.", zh: "原规则文件。")
    package static let helpDiffRulesB = MessageID("cli.help.diff.rules_b", en: "The new rule file (default: the old one, at --vs-as-of or with --param).", zh: "新规则文件（默认为原规则文件，按 --vs-as-of 日期或 --param 参数值评估）。")
    package static let helpDiffRecords = MessageID("cli.help.diff.records", en: "Household records: .jsonl, .json or .csv.", zh: "农户数据：.jsonl、.json 或 .csv 文件。")
    package static let helpDiffVsAsOf = MessageID("cli.help.diff.vs_as_of", en: "The new side's as-of date (default: --as-of).", zh: "新方案的评估日期（默认同 --as-of）。")
    package static let helpDiffParam = MessageID("cli.help.diff.param", en: "NAME=VALUE: a parameter value for the new side (repeatable).", zh: "名称=值：新方案使用的参数值（可多次给出）。")
    package static let helpDiffBy = MessageID("cli.help.diff.by", en: "Group by town or village (or none).", zh: "分组方式：town 按乡镇，village 按村，none 不分组。")
    package static let helpDiffList = MessageID("cli.help.diff.list", en: "List the household ids of every change.", zh: "列出每项变化涉及的全部户编号。")
    package static let helpDiffFormat = MessageID("cli.help.diff.format", en: "table, csv, json, or xlsx (one row per changed household; needs --output).", zh: "table、csv、json 或 xlsx（每个变化的农户一行；需同时给出 --output）。")
    package static let helpDiffQuiet = MessageID("cli.help.diff.quiet", en: "Do not show progress on stderr.", zh: "不在屏幕（标准错误输出）上显示进度。")

    // repl
    package static let helpReplAbstract = MessageID("cli.help.repl.abstract", en: "What-if checks: evaluate expressions, change a household or a parameter, see the decision and its impact.", zh: "假设测算：计算表达式，修改某户数据或某个参数，查看认定结果及其影响。")
    package static let helpReplDiscussion = MessageID("cli.help.repl.discussion", en: "Type :help inside. When standard input is not a terminal, commands are read line by line, with no prompt, and the exit status is 1 if any command failed.", zh: "进入后输入 :help 查看全部命令。标准输入不是终端时，逐行读取命令，不显示提示符；任一命令失败时退出状态为 1。")
    package static let helpReplRecords = MessageID("cli.help.repl.records", en: "Household records to pick households from (:use ID) and to measure :impact on.", zh: "农户数据：可从中选取农户（:use 户编号），并用 :impact 测算影响。")

    // bench
    package static let helpBenchAbstract = MessageID("cli.help.bench.abstract", en: "Households per second: evaluation alone (records in memory) and a whole run; peak memory.", zh: "性能测试：仅评估（数据已在内存中）和完整运行时每秒处理的户数，以及内存峰值。")
    package static let helpBenchRecords = MessageID("cli.help.bench.records", en: "Household records.", zh: "农户数据。")
    package static let helpBenchReps = MessageID("cli.help.bench.reps", en: "Repetitions of the evaluation (the median is reported).", zh: "评估的重复次数（结果取中位数）。")
    package static let helpBenchJSON = MessageID("cli.help.bench.json", en: "One JSON object instead of text.", zh: "输出一个 JSON 对象，而不是文字。")
    package static let benchText = MessageID("cli.bench.text", en: "{0} households\nevaluation, 1 core:   {1} households/s ({2} ns each, median of {3})\nevaluation, {4} cores:  {5} households/s ({6} ns each)\nwhole run:            {7} households/s (read, evaluate, write CSV to a null sink)\npeak RSS:             {8} MiB\n", zh: "共 {0} 户\n评估（单核）：{1} 户/秒（每户 {2} 纳秒，{3} 次的中位数）\n评估（{4} 核）：{5} 户/秒（每户 {6} 纳秒）\n完整运行：{7} 户/秒（读取、评估、写出 CSV 到空设备）\n内存峰值：{8} MiB\n")

    // schema
    package static let helpSchemaAbstract = MessageID("cli.help.schema.abstract", en: "Print a JSON Schema of the rule-file format (and of test, calendar and schema files), for editors.", zh: "输出规则文件格式（以及测试、工作日历和数据结构文件格式）的 JSON Schema，供编辑器使用。")
    package static let helpSchemaDiscussion = MessageID("cli.help.schema.discussion", en: "Every section and key, with its meaning in Chinese and English. Save it and point the YAML\nlanguage server at it (docs/EDITORS.md):\n  watchline schema > watchline.schema.json", zh: "列出每个部分和每个键，附中英文说明。保存后在编辑器的 YAML 语言服务中指定此文件（见 docs/EDITORS.md）：\n  watchline schema > watchline.schema.json")

    // report
    package static let helpReportAbstract = MessageID("cli.help.report.abstract", en: "A self-contained HTML report of a run, in Chinese, with tables and charts, to print on A4 or hand to a leader.", zh: "生成一次运行的中文 HTML 报告（单个文件，含表格和图表），可用 A4 纸打印或报送领导。")
    package static let helpReportDiscussion = MessageID("cli.help.report.discussion", en: "watchline report Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30 --output report.html\nWith --compare-with RULES_B, --vs-as-of DATE or --param NAME=VALUE the report adds a what-if\nsection: who changes, how many persons, and each measure's amounts before and after.", zh: "watchline report Rules/anhui/lieshan-2022.yaml --records Examples/lieshan-2022/households.jsonl --as-of 2022-06-30 --output report.html\n给出 --compare-with 另一规则文件、--vs-as-of 日期或 --param 名称=值 时，报告增加假设测算部分：哪些户发生变化、涉及多少人、每项帮扶措施变化前后的金额。")
    package static let helpReportRecords = MessageID("cli.help.report.records", en: "Household records: .jsonl, .json, .csv or .xlsx.", zh: "农户数据：.jsonl、.json、.csv 或 .xlsx 文件。")
    package static let helpReportOutput = MessageID("cli.help.report.output", en: "The HTML file to write.", zh: "要写出的 HTML 文件。")
    package static let helpReportCompareWith = MessageID("cli.help.report.compare_with", en: "What-if: a second rule file to compare with.", zh: "假设测算：用于比较的另一个规则文件。")
    package static let helpReportVsAsOf = MessageID("cli.help.report.vs_as_of", en: "What-if: the same (or the second) rules at this date.", zh: "假设测算：按此日期评估同一（或另一个）规则文件。")
    package static let helpReportParam = MessageID("cli.help.report.param", en: "What-if: NAME=VALUE, a parameter value for the other side (repeatable).", zh: "假设测算：名称=值，另一方案使用的参数值（可多次给出）。")
    package static let helpReportBy = MessageID("cli.help.report.by", en: "What-if: group the changes by town or village (or none).", zh: "假设测算：变化的分组方式，town 按乡镇，village 按村，none 不分组。")
    package static let helpReportQuiet = MessageID("cli.help.report.quiet", en: "Do not print the summary or progress on stderr.", zh: "不在屏幕（标准错误输出）上显示汇总和进度。")

    // history
    package static let helpHistoryAbstract = MessageID("cli.help.history.abstract", en: "What earlier runs recorded with `run --history FILE`: one household's path across runs, or who changed between two runs.", zh: "查阅以 `run --history 文件` 记录的历次运行：一户在历次运行中的变化，或两次运行之间认定结果有变化的农户。")
    package static let helpHistoryDiscussion = MessageID("cli.help.history.discussion", en: "watchline run Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --history office.sqlite\nwatchline history --db office.sqlite --id 340604-GR-0006\nwatchline history --db office.sqlite --changes 1 2 --format xlsx --output changes.xlsx\nWithout --id or --changes, lists the runs recorded. Members' ID numbers are masked unless --reveal-ids.", zh: "watchline run Rules/anhui/lieshan-2022.yaml --records F --as-of 2022-06-30 --history office.sqlite\nwatchline history --db office.sqlite --id 340604-GR-0006\nwatchline history --db office.sqlite --changes 1 2 --format xlsx --output changes.xlsx\n不给 --id 或 --changes 时，列出已记录的各次运行。除非给出 --reveal-ids，家庭成员身份证号只显示前 6 位和后 4 位。")
    package static let helpHistoryDB = MessageID("cli.help.history.db", en: "The history database (SQLite) that `run --history` wrote.", zh: "`run --history` 写入的运行记录数据库（SQLite）。")
    package static let helpHistoryID = MessageID("cli.help.history.id", en: "One household's path across the runs.", zh: "户编号：查看该户在历次运行中的变化。")
    package static let helpHistoryChanges = MessageID("cli.help.history.changes", en: "RUN_A RUN_B: the households whose decision changed between two runs.", zh: "运行A 运行B（两个运行序号）：列出两次运行之间认定结果有变化的农户。")
    package static let helpHistoryFormat = MessageID("cli.help.history.format", en: "table, csv, json, or xlsx (needs --output).", zh: "table、csv、json 或 xlsx（xlsx 需同时给出 --output）。")
    package static let helpHistoryOutput = MessageID("cli.help.history.output", en: "Write here (atomically) instead of stdout.", zh: "写入此文件（整体写入后替换），不输出到屏幕。")
    /// One line of `watchline history` without --id or --changes: run, recorded at, as-of, rule file, records, counts.
    package static let historyRunListLine = MessageID("cli.history.run_list_line", en: "{0}\t{1}\t{2}\t{3}\t{4}\t{5} households, {6} monitored", zh: "第 {0} 次运行\t记录于 {1}\t评估日期 {2}\t{3}\t{4}\t共 {5} 户，纳入监测 {6} 户")

    // compare
    package static let helpCompareAbstract = MessageID("cli.help.compare.abstract", en: "Departments' lists against the households (数据比对): matched, unmatched and invalid rows, and the decisions the lists change.", zh: "将部门名单与农户数据比对（数据比对）：列出比中、未比中和无效的行，以及因比对结果而改变的认定。")
    package static let helpCompareRecords = MessageID("cli.help.compare.records", en: "Household records: .jsonl, .json (an array), .csv or .xlsx.", zh: "农户数据：.jsonl、.json（数组）、.csv 或 .xlsx 文件。")
    package static let helpCompareQuiet = MessageID("cli.help.compare.quiet", en: "No progress line on stderr.", zh: "不在屏幕（标准错误输出）上显示进度。")
    package static let helpCompareJSON = MessageID("cli.help.compare.json", en: "JSON for machines instead of the officer's text.", zh: "输出供程序读取的 JSON，而不是供工作人员阅读的文字。")
    package static let helpCompareRevealIds = MessageID("cli.help.compare.reveal_ids", en: "Show ID numbers in full (they are masked, first 6 and last 4 kept, by default).", zh: "完整显示身份证号（默认只显示前 6 位和后 4 位）。")

    // check's verdict on a file, and the kinds of file it tells apart
    package static let checkOK = MessageID("cli.check.ok", en: "{0}: ok{1}", zh: "{0}：检查通过{1}")
    package static let checkKind = MessageID("cli.check.kind", en: " ({0})", zh: "（{0}）")
    package static let checkOneWarning = MessageID("cli.check.one_warning", en: " (1 warning)", zh: "（1 条警告）")
    package static let checkWarnings = MessageID("cli.check.warnings", en: " ({0} warnings)", zh: "（{0} 条警告）")
    package static let checkKindPolicyTests = MessageID("cli.check.kind_policy_tests", en: "policy tests", zh: "政策测试文件")
    package static let checkKindSchema = MessageID("cli.check.kind_schema", en: "schema", zh: "数据结构文件")
    package static let checkKindCalendar = MessageID("cli.check.kind_calendar", en: "calendar", zh: "工作日历文件")

    // `watchline history --id/--changes` as a table: one decision in words (in the locale's language)
    package static let historyWordsErrors = MessageID("cli.history.errors", en: "errors: {0}", zh: "错误：{0}")
    package static let historyWordsMonitored = MessageID("cli.history.monitored", en: "monitored: {0}", zh: "监测对象：{0}")
    package static let historyWordsYes = MessageID("cli.history.yes", en: "yes", zh: "是")
    package static let historyWordsNo = MessageID("cli.history.no", en: "no", zh: "否")
    package static let historyWordsUndetermined = MessageID("cli.history.undetermined", en: "undetermined", zh: "待定")
    package static let historyWordsCategory = MessageID("cli.history.category", en: "category: {0}", zh: "监测类型：{0}")
    package static let historyWordsRisks = MessageID("cli.history.risks", en: "risks: {0}", zh: "风险：{0}")
    package static let historyWordsMeasures = MessageID("cli.history.measures", en: "measures: {0}", zh: "措施：{0}")
    package static let historyWordsWatched = MessageID("cli.history.watched", en: "watched", zh: "持续跟踪关注")
    package static let historyWordsAlerts = MessageID("cli.history.alerts", en: "alerts: {0}", zh: "预警：{0}")
    package static let historyWordsExcludedBy = MessageID("cli.history.excluded_by", en: "excluded by: {0}", zh: "排除：{0}")
    package static let historyWordsSeparator = MessageID("cli.history.separator", en: "; ", zh: "；")

    // `--lang`, read before anything else
    package static let cliBadLang = MessageID("cli.bad_lang", en: "--lang takes zh or en", zh: "--lang 应为 zh 或 en")
}

extension MessageID { // MARK: explainzh — explain in the officer's words
    /// A name with its aside: a rule with its clause, a value with where it was set (Chinese: a
    /// full-width bracket needs no space before it).
    package static let explainAside = MessageID("explain.aside", en: "{0} {1}", zh: "{0}{1}")
    /// A name and what it is: a decision and its value, a rule and its verdict.
    package static let explainLabelled = MessageID("explain.labelled", en: "{0}: {1}", zh: "{0}：{1}")
    /// A name with another name for it: a household with its town and village, an option value's
    /// label with its id (脱贫享受政策户（exited_with_policy）), a decision's label with its id.
    package static let explainNamed = MessageID("explain.named", en: "{0} ({1})", zh: "{0}（{1}）")
    /// A member's field read by a rule: 家庭成员 and the field's label.
    package static let explainMemberField = MessageID("explain.member_field", en: "{0}.{1}", zh: "{0}{1}")
    /// The condition under which a decision applies, as a trace line names it.
    package static let explainApplies = MessageID("explain.applies", en: "{0}/applies", zh: "{0}的适用条件")
    package static let explainYes = MessageID("explain.yes", en: "true", zh: "是")
    package static let explainNo = MessageID("explain.no", en: "false", zh: "否")
    /// A decision's value that could not be worked out for want of data.
    package static let explainValueUnknown = MessageID("explain.value_unknown", en: "unknown", zh: "无法确定（缺少数据）")
    package static let explainMemberNumber = MessageID("explain.member_number", en: "member #{0}", zh: "第 {0} 位家庭成员")
    package static let explainListSeparator = MessageID("explain.list_separator", en: ", ", zh: "、")
    package static let explainErrorSeparator = MessageID("explain.error_separator", en: "; ", zh: "；")
    /// A department's list by the department (or the list's label): 医保部门名单.
    package static let explainListName = MessageID("explain.list_name", en: "list {0}", zh: "{0}名单")
}
