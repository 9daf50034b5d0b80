import Foundation

/// The id of a user-visible message. All of them are declared in this one file, the catalogue,
/// with an English template and (where written) a Chinese one; `LANG=zh_*` picks Chinese.
/// Placeholders are `{0}`, `{1}`, ….
public struct MessageID: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    let en: String
    let zh: String?
    init(_ rawValue: String, en: String, zh: String? = nil) { self.rawValue = rawValue; self.en = en; self.zh = zh }
    public static func == (a: Self, b: Self) -> Bool { a.rawValue == b.rawValue }
    public func hash(into h: inout Hasher) { h.combine(rawValue) }
    public var description: String { rawValue }
}

public enum MessageCatalogue {
    /// Chinese when the environment's LANG asks for it.
    public static let useChinese: Bool = {
        let lang = ProcessInfo.processInfo.environment["LC_ALL"] ?? ProcessInfo.processInfo.environment["LANG"] ?? ""
        return lang.hasPrefix("zh")
    }()

    public static func format(_ id: MessageID, _ args: [String]) -> String {
        var text = (useChinese ? id.zh : nil) ?? id.en
        for (i, a) in args.enumerated() { text = text.replacingOccurrences(of: "{\(i)}", with: a) }
        return text
    }
}

extension MessageID {
    // MARK: files and YAML
    static let fileUnreadable = MessageID("file.unreadable", en: "cannot read '{0}': {1}", zh: "无法读取“{0}”：{1}")
    static let fileEmpty = MessageID("file.empty", en: "the file is empty", zh: "文件为空")
    static let fileTooLarge = MessageID("file.too_large", en: "the file is larger than {0} bytes", zh: "文件超过 {0} 字节")
    static let yamlSyntax = MessageID("yaml.syntax", en: "YAML syntax: {0}", zh: "YAML 语法错误：{0}")
    static let yamlDuplicateKey = MessageID("yaml.duplicate_key", en: "duplicate key '{0}'", zh: "重复的键“{0}”")
    static let yamlFirstKey = MessageID("yaml.first_key", en: "'{0}' was first given here", zh: "“{0}”首次出现在此")
    static let yamlAliasLimit = MessageID("yaml.alias_limit", en: "aliases expand to more than {0} nodes; the file is refused (a 'billion laughs' file?)", zh: "别名展开超过 {0} 个节点，拒绝加载")
    static let yamlUnknownAlias = MessageID("yaml.unknown_alias", en: "unknown alias '*{0}'", zh: "未定义的别名“*{0}”")
    static let yamlTooDeep = MessageID("yaml.too_deep", en: "nesting deeper than {0} levels", zh: "嵌套超过 {0} 层")
    static let yamlInvalidUTF8 = MessageID("yaml.invalid_utf8", en: "the file is not valid UTF-8", zh: "文件不是有效的 UTF-8 编码")
    static let yamlMultipleDocuments = MessageID("yaml.multiple_documents", en: "a rule file holds one YAML document", zh: "规则文件只能包含一个 YAML 文档")
    static let yamlMergeKey = MessageID("yaml.merge_key", en: "merge keys ('<<') are not supported; repeat the keys or use an alias for the whole value", zh: "不支持合并键“<<”")

    // MARK: rule-file structure
    static let unknownKey = MessageID("rules.unknown_key", en: "unknown key '{0}' in {1}{2}", zh: "{1}中有未知的键“{0}”{2}")
    static let missingKey = MessageID("rules.missing_key", en: "{1} needs '{0}'", zh: "{1}缺少“{0}”")
    static let expectedKind = MessageID("rules.expected_kind", en: "expected {0} here, found {1}", zh: "此处应为{0}，实际为{1}")
    static let badValue = MessageID("rules.bad_value", en: "{0}", zh: "{0}")
    static let duplicateID = MessageID("rules.duplicate_id", en: "'{0}' is defined twice", zh: "“{0}”重复定义")
    static let extendsCycle = MessageID("rules.extends_cycle", en: "'extends' forms a cycle: {0}", zh: "extends 形成循环：{0}")
    static let extendsTooDeep = MessageID("rules.extends_too_deep", en: "more than {0} levels of 'extends'", zh: "extends 超过 {0} 层")
    static let removeUnknown = MessageID("rules.remove_unknown", en: "'{0}' cannot be removed: no such rule in the files this one extends", zh: "无法移除“{0}”：上级文件中没有此规则")
    static let paramBound = MessageID("rules.param_bound", en: "{0} = {1} is {2} the bound {3} set by {4}", zh: "{0} = {1} {2}上级文件设定的界限 {3}（{4}）")
    static let paramNoValueForYear = MessageID("rules.param_no_value_for_year", en: "parameter '{0}' has no value dated in {1}; using the value of {2} ({3})", zh: "参数“{0}”没有 {1} 年的取值；沿用 {2} 的值（{3}）")
    static let paramBeforeFirst = MessageID("rules.param_before_first", en: "as-of date {1} precedes the first value of parameter '{0}' ({2})", zh: "评估日期 {1} 早于参数“{0}”的首个取值（{2}）")
    static let overrideWrongKind = MessageID("rules.override_wrong_kind", en: "what-if value {0}={1} (--param, :param): parameter '{0}' is {2} in the rule file, but '{1}' is {3}", zh: "假设值 {0}={1}（--param、:param）：规则文件中参数“{0}”是{2}，而“{1}”是{3}")
    static let kindNumber = MessageID("kind.number", en: "a number", zh: "数值")
    static let kindBool = MessageID("kind.bool", en: "true/false", zh: "真/假")
    static let kindText = MessageID("kind.text", en: "text", zh: "文本")
    static let kindDate = MessageID("kind.date", en: "a date", zh: "日期")
    static let kindDuration = MessageID("kind.duration", en: "a duration", zh: "期限")
    static let kindList = MessageID("kind.list", en: "a list", zh: "列表")
    static let watchlineVersion = MessageID("rules.version", en: "unsupported rule-file version '{0}'; this Watchline reads version 1", zh: "不支持的规则文件版本“{0}”")

    // MARK: expressions
    static let exprSyntax = MessageID("expr.syntax", en: "{0}", zh: "{0}")
    static let exprTooDeep = MessageID("expr.too_deep", en: "expression nested deeper than {0} levels", zh: "表达式嵌套超过 {0} 层")
    static let exprTooLong = MessageID("expr.too_long", en: "expression longer than {0} characters", zh: "表达式超过 {0} 个字符")
    static let unknownName = MessageID("expr.unknown_name", en: "unknown name '{0}'{1}", zh: "未知的名称“{0}”{1}")
    static let unknownField = MessageID("expr.unknown_field", en: "{1} has no field '{0}'{2}", zh: "“{1}”没有字段“{0}”{2}")
    static let unknownFunction = MessageID("expr.unknown_function", en: "unknown function '{0}'{1}", zh: "未知的函数“{0}”{1}")
    static let typeMismatch = MessageID("expr.type_mismatch", en: "{0}", zh: "{0}")
    static let inexactNumber = MessageID("expr.inexact_number", en: "{0}", zh: "{0}")
    static let definitionCycle = MessageID("expr.definition_cycle", en: "definition '{0}' refers to itself: {1}", zh: "定义“{0}”循环引用：{1}")
    static let integerDivisionCompared = MessageID("lint.integer_division_compared", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and here it is compared with money; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而此处与金额比较；请写作 {1}")
    static let integerDivisionCombined = MessageID("lint.integer_division_combined", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and here it is combined with money; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而此处与金额运算；请写作 {1}")
    static let integerDivisionAmount = MessageID("lint.integer_division_amount", en: "'{0}' divides whole numbers, so it rounds down (7000 / 12 is 583), and it is a measure's amount; write {1}", zh: "“{0}”是整数相除，结果向下取整（7000 / 12 得 583），而它是帮扶金额；请写作 {1}")
    static let definitionTooDeep = MessageID("expr.definition_too_deep", en: "definition '{0}' nests deeper than {1} levels through the definitions it uses; evaluate it in fewer steps", zh: "定义“{0}”经由所引用的定义嵌套超过 {1} 层，请减少层级")

    // MARK: regular expressions (`s.matches(re)`: RE2's syntax, linear time)
    static let regexInvalid = MessageID("regex.invalid", en: "invalid regular expression '{0}': {1}", zh: "正则表达式“{0}”无效：{1}")
    static let regexUnsupported = MessageID("regex.unsupported", en: "regular expression '{0}' is not supported: {1}", zh: "不支持正则表达式“{0}”：{1}")
    static let regexMissingBracket = MessageID("regex.missing_bracket", en: "missing closing ]", zh: "缺少右方括号 ]")
    static let regexMissingParen = MessageID("regex.missing_paren", en: "missing closing )", zh: "缺少右括号 )")
    static let regexUnexpectedParen = MessageID("regex.unexpected_paren", en: "unexpected ) with no ( open", zh: "多余的右括号 )")
    static let regexTrailingBackslash = MessageID("regex.trailing_backslash", en: "trailing \\ at the end", zh: "末尾有多余的 \\")
    static let regexMissingRepeatArgument = MessageID("regex.missing_repeat_argument", en: "nothing to repeat before '{0}'", zh: "“{0}”前面没有可重复的内容")
    static let regexBadRepeat = MessageID("regex.bad_repeat", en: "bad repetition '{0}'", zh: "无效的重复“{0}”")
    static let regexRepeatTooLarge = MessageID("regex.repeat_too_large", en: "repetition '{0}' above {1}", zh: "重复次数“{0}”超过 {1}")
    static let regexBadEscape = MessageID("regex.bad_escape", en: "invalid escape '{0}'", zh: "无效的转义“{0}”")
    static let regexBadRange = MessageID("regex.bad_range", en: "invalid range '{0}' in a character class", zh: "字符类中的范围“{0}”无效")
    static let regexBadClassName = MessageID("regex.bad_class_name", en: "unknown character class '{0}'", zh: "未知的字符类“{0}”")
    static let regexBadFlags = MessageID("regex.bad_flags", en: "invalid group '{0}'", zh: "无效的分组“{0}”")
    static let regexTooDeep = MessageID("regex.too_deep", en: "groups nested deeper than {0} levels", zh: "分组嵌套超过 {0} 层")
    static let regexTooLarge = MessageID("regex.too_large", en: "the pattern is too large (more than {0} steps once repetitions are expanded)", zh: "模式过大（展开重复后超过 {0} 步）")
    static let regexBackreference = MessageID("regex.backreference", en: "'{0}' is a backreference; RE2 patterns have none (they cannot be matched in linear time)", zh: "“{0}”是反向引用；RE2 正则不支持（无法在线性时间内匹配）")
    static let regexLookaround = MessageID("regex.lookaround", en: "'{0}' is lookahead or lookbehind; RE2 patterns have none (they cannot be matched in linear time)", zh: "“{0}”是先行或后行断言；RE2 正则不支持（无法在线性时间内匹配）")
    static let regexPossessive = MessageID("regex.possessive", en: "'{0}' is a possessive or atomic form; RE2 patterns have none", zh: "“{0}”是占有式或原子分组；RE2 正则不支持")
    static let regexUnicodeClass = MessageID("regex.unicode_class", en: "Unicode classes such as '{0}' are not supported; write a range instead, e.g. [\\x{4E00}-\\x{9FFF}] for Chinese characters", zh: "不支持“{0}”这样的 Unicode 字符类；请改写为范围，例如汉字写作 [\\x{4E00}-\\x{9FFF}]")

    // MARK: records
    static let recordMalformed = MessageID("records.malformed", en: "line {0}: {1}", zh: "第 {0} 行：{1}")
    static let recordWrongType = MessageID("records.wrong_type", en: "field '{0}': expected {1}, found {2}", zh: "字段“{0}”应为{1}，实际为{2}")
    static let recordBadEnum = MessageID("records.bad_enum", en: "field '{0}': '{1}' is not one of {2}", zh: "字段“{0}”的值“{1}”不在 {2} 之中")
    static let recordDuplicateID = MessageID("records.duplicate_id", en: "household id '{0}' already appeared on line {1}", zh: "户编号“{0}”已在第 {1} 行出现")
    static let recordDuplicateIDEarlier = MessageID("records.duplicate_id_earlier", en: "household id '{0}' already appeared earlier in the file", zh: "户编号“{0}”已在文件前面出现")
    static let recordUnknownColumn = MessageID("records.unknown_column", en: "column '{0}' is not in the schema; it is ignored", zh: "列“{0}”不在数据结构中，已忽略")
    static let recordMembersOrphan = MessageID("records.members_orphan", en: "{0} member rows name households that are not in the records", zh: "{0} 条成员记录的户编号在户表中不存在")
    static let recordOutOfRange = MessageID("records.out_of_range", en: "field '{0}': {1} is out of range", zh: "字段“{0}”：{1} 超出范围")
    static let recordTooPrecise = MessageID("records.too_precise", en: "field '{0}': {1} has more than {2} decimal places", zh: "字段“{0}”：{1} 超过 {2} 位小数")
    static let recordBadDate = MessageID("records.bad_date", en: "field '{0}': '{1}' is not a date (YYYY-MM-DD)", zh: "字段“{0}”：“{1}”不是日期（YYYY-MM-DD）")
    static let recordBelowMin = MessageID("records.below_min", en: "field '{0}': {1} is below its minimum {2}", zh: "字段“{0}”：{1} 低于最小值 {2}")
    static let recordAboveMax = MessageID("records.above_max", en: "field '{0}': {1} is above its maximum {2}", zh: "字段“{0}”：{1} 高于最大值 {2}")
    static let recordNoID = MessageID("records.no_id", en: "the household has no id", zh: "该户没有户编号")
    static let recordNotObject = MessageID("records.not_object", en: "'{0}' must be an object", zh: "“{0}”应为对象")
    static let recordMembersNotList = MessageID("records.members_not_list", en: "'members' must be a list", zh: "“members”应为列表")
    static let recordMemberNotObject = MessageID("records.member_not_object", en: "each member must be an object", zh: "每个家庭成员应为对象")
    static let recordMemberError = MessageID("records.member_error", en: "member {0}: {1}", zh: "第 {0} 名成员：{1}")
    static let recordsMembersNeedCSV = MessageID("records.members_need_csv", en: "--members goes with a CSV household file; JSON records nest their members", zh: "--members 只用于 CSV 户表；JSON 数据的成员写在户内")
    static let recordsNoHeader = MessageID("records.no_header", en: "'{0}' has no header row", zh: "“{0}”没有表头")
    static let recordsNoJoin = MessageID("records.no_join", en: "'{0}' needs a '{1}' column naming each member's household", zh: "“{0}”需要“{1}”列标明成员所在户")
    static let recordsNotArray = MessageID("records.not_array", en: "'{0}' is not a JSON array of households{1}", zh: "“{0}”不是农户的 JSON 数组{1}")
    static let fileCannotOpen = MessageID("file.cannot_open", en: "cannot open '{0}': {1}", zh: "无法打开“{0}”：{1}")
    static let fileCannotWrite = MessageID("file.cannot_write", en: "cannot write '{0}': {1}", zh: "无法写入“{0}”：{1}")
    static let fileWriteFailed = MessageID("file.write_failed", en: "writing '{0}' failed: {1}", zh: "写入“{0}”失败：{1}")
    static let fileCannotMove = MessageID("file.cannot_move", en: "cannot move the output into '{0}': {1}", zh: "无法将输出移至“{0}”：{1}")
    static let caseNotObject = MessageID("cases.not_object", en: "line {0}: not a JSON object", zh: "第 {0} 行：不是 JSON 对象")
    static let caseNoID = MessageID("cases.no_id", en: "line {0}: a case needs an \"id\"", zh: "第 {0} 行：案例需要“id”")
    static let caseBadDate = MessageID("cases.bad_date", en: "line {0}: event '{1}' must be a date YYYY-MM-DD", zh: "第 {0} 行：事件“{1}”应为日期 YYYY-MM-DD")
    static let recordTooLong = MessageID("records.too_long", en: "record longer than {0} bytes", zh: "记录超过 {0} 字节")

    // MARK: diff (policy-change impact)
    static let diffSchemaMismatch = MessageID("diff.schema_mismatch", en: "the two rule files read different record schemas ({0}, {1}); a diff needs one", zh: "两个规则文件的数据结构不同（{0}、{1}），无法比较")
    static let diffHeading = MessageID("diff.heading", en: "Impact of {1} against {0}", zh: "{1} 相对于 {0} 的影响")
    static let diffTotals = MessageID("diff.totals", en: "{0} households: {1} change, {2} unchanged, {3} not compared (errors)", zh: "共 {0} 户：{1} 户变化，{2} 户不变，{3} 户有错误未比较")
    static let diffGroupHeading = MessageID("diff.group", en: "{0} ({1} households, {2} change)", zh: "{0}（{1} 户，{2} 户变化）")
    static let diffBecameMonitored = MessageID("diff.became_monitored", en: "became monitored", zh: "新纳入监测")
    static let diffStoppedMonitored = MessageID("diff.stopped_monitored", en: "no longer monitored", zh: "不再纳入监测")
    static let diffBecameUndetermined = MessageID("diff.became_undetermined", en: "became undetermined", zh: "变为无法判定")
    static let diffBecameDetermined = MessageID("diff.became_determined", en: "became determined", zh: "变为可以判定")
    static let diffCategoryChanged = MessageID("diff.category_changed", en: "category changed", zh: "类别变化")
    static let diffGainedMeasure = MessageID("diff.gained_measure", en: "gains measure", zh: "新增帮扶措施")
    static let diffLostMeasure = MessageID("diff.lost_measure", en: "loses measure", zh: "失去帮扶措施")

    // MARK: REPL
    static let replUnknownCommand = MessageID("repl.unknown_command", en: "unknown command ':{0}'{1}; :help lists them", zh: "未知命令“:{0}”{1}；:help 列出全部命令")
    static let replUsage = MessageID("repl.usage", en: "usage: {0}", zh: "用法：{0}")
    static let replNoRecords = MessageID("repl.no_records", en: "no records loaded: start with --records FILE", zh: "未加载农户数据：请用 --records 指定文件")
    static let replNoHousehold = MessageID("repl.no_household", en: "no household '{0}' in the records{1}", zh: "数据中没有户“{0}”{1}")
    static let replNoCurrent = MessageID("repl.no_current", en: "no current household: :use ID first", zh: "尚未选择农户：请先 :use 户编号")
    static let replUsing = MessageID("repl.using", en: "household {0}", zh: "当前农户 {0}")
    static let replFieldSet = MessageID("repl.field_set", en: "{0} = {1} (what-if; :reset drops it)", zh: "{0} = {1}（假设；:reset 撤销）")
    static let replUnknownField = MessageID("repl.unknown_field", en: "no field '{0}' in the schema{1}", zh: "数据结构中没有字段“{0}”{1}")
    static let replParamSet = MessageID("repl.param_set", en: "params.{0} = {1} (what-if; was {2})", zh: "params.{0} = {1}（假设；原为 {2}）")
    static let replReset = MessageID("repl.reset", en: "what-ifs dropped", zh: "已撤销全部假设")
    static let replReloaded = MessageID("repl.reloaded", en: "reloaded {0}", zh: "已重新加载 {0}")
    static let replReloadFailed = MessageID("repl.reload_failed", en: "the edited rule file does not load; still using the previous version", zh: "修改后的规则文件无法加载，仍使用原版本")
    static let replAsOf = MessageID("repl.as_of", en: "as of {0}", zh: "评估日期 {0}")
    static let replSaved = MessageID("repl.saved", en: "case '{0}' appended to {1}", zh: "已将用例“{0}”追加到 {1}")
    static let replNoImpact = MessageID("repl.no_impact", en: "no what-ifs on the rules: :param NAME = VALUE first", zh: "尚未修改参数：请先 :param 名称 = 值")

    // MARK: policy tests
    static let testFromNeedsExamples = MessageID("tests.from_needs_examples", en: "'from: {0}' needs 'examples:' in the file's tests section", zh: "“from: {0}”需要在 tests 部分给出 examples:")
    static let testNoHousehold = MessageID("tests.no_household", en: "no household '{0}' in {1}", zh: "{1} 中没有农户“{0}”")
    static let testNoTimeline = MessageID("tests.no_timeline", en: "no timeline '{0}' in {1}{2}", zh: "{1} 中没有时限流程“{0}”{2}")

    // MARK: command line (public: the `watchline` commands word their flag errors from here)
    public static let cliBadDate = MessageID("cli.bad_date", en: "{0} '{1}' is not a date; write YYYY-MM-DD", zh: "{0}“{1}”不是日期，请写成 YYYY-MM-DD")
    public static let cliBadChoice = MessageID("cli.bad_choice", en: "{0} must be {1}", zh: "{0} 应为 {1} 之一")
    public static let cliNeeds = MessageID("cli.needs", en: "{0} needs {1}", zh: "{0} 需要同时给出 {1}")
    public static let cliBadParam = MessageID("cli.bad_param", en: "--param '{0}': {1}", zh: "--param“{0}”：{1}")
    public static let cliDiffSameSides = MessageID("cli.diff_same_sides", en: "give a second rule file, --vs-as-of DATE, or --param NAME=VALUE: otherwise both sides are the same", zh: "请给出第二个规则文件、--vs-as-of 日期或 --param 名称=值，否则两边相同")
    public static let cliGiveCasesOrRecords = MessageID("cli.cases_or_records", en: "give --cases FILE or --records FILE", zh: "请给出 --cases 文件或 --records 文件")
    public static let cliNoTestFiles = MessageID("cli.no_test_files", en: "no *.test.yaml files found", zh: "未找到 *.test.yaml 测试文件")
    public static let cliNoHousehold = MessageID("cli.no_household", en: "no household with id '{0}' in {1}", zh: "{1} 中没有户编号为“{0}”的农户")
    public static let cliBadReps = MessageID("cli.bad_reps", en: "--reps must be at least 1 (got {0})", zh: "--reps 至少为 1（当前为 {0}）")
    public static let cliHouseholdUnreadable = MessageID("cli.household_unreadable", en: "household {0} (line {1}) cannot be read: {2}", zh: "农户 {0}（第 {1} 行）无法读取：{2}")

    // MARK: evaluation
    static let evalError = MessageID("eval.error", en: "{0}", zh: "{0}")
    static let evalRuleError = MessageID("eval.rule_error", en: "{0} ({1}): {2}", zh: "{0}（{1}）：{2}")
    static let evalDivisionByZero = MessageID("eval.division_by_zero", en: "division by zero", zh: "除数为零")
    static let evalOverflow = MessageID("eval.overflow", en: "number out of range", zh: "数值超出范围")
    static let evalIndexOutOfRange = MessageID("eval.index_out_of_range", en: "index out of range", zh: "下标越界")
    static let evalNoSuchKey = MessageID("eval.no_such_key", en: "no such key", zh: "没有这个键")
    static let evalNoSuchField = MessageID("eval.no_such_field", en: "no such field", zh: "没有这个字段")
    static let evalNoMatchingOverload = MessageID("eval.no_matching_overload", en: "no matching overload", zh: "没有适用于这些参数类型的运算")
    static let evalInvalidArgument = MessageID("eval.invalid_argument", en: "invalid argument", zh: "参数无效")
    static let evalInvalidDate = MessageID("eval.invalid_date", en: "invalid date", zh: "无效的日期")
    static let evalTooLarge = MessageID("eval.too_large", en: "value too large", zh: "值过大")
    static let evalTextTooLong = MessageID("eval.text_too_long", en: "text longer than {0}", zh: "文本超过 {0}")
    static let evalListTooLarge = MessageID("eval.list_too_large", en: "list or map larger than {0} (16 bytes an element plus its text)", zh: "列表或映射超过 {0}（每个元素按 16 字节加其文本计）")
    static let evalDateOutOfRange = MessageID("eval.date_out_of_range", en: "date out of range ({0} to {1})", zh: "日期超出范围（{0} 至 {1}）")
    static let evalBadPattern = MessageID("eval.bad_pattern", en: "invalid or unsupported regular expression", zh: "正则表达式无效或不受支持")
}
