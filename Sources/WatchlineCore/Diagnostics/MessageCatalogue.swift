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

    public static func format(_ id: MessageID, _ args: [String]) -> String { format(id, args, chinese: useChinese) }

    /// In Chinese whatever the locale (workbooks and reports handed to a leader are Chinese).
    public static func chinese(_ id: MessageID, _ args: [String]) -> String { format(id, args, chinese: true) }

    static func format(_ id: MessageID, _ args: [String], chinese: Bool) -> String {
        var text = (chinese ? id.zh : nil) ?? id.en
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
    static let watchlineVersion = MessageID("rules.version", en: "unsupported rule-file version '{0}'; this Watchline reads version 1", zh: "不支持的规则文件版本“{0}”")

    // MARK: the document's text (fidelity)
    static let textNotUTF8 = MessageID("text.not_utf8", en: "the document text '{0}' is not UTF-8", zh: "文件原文“{0}”不是 UTF-8 编码")
    static let textPartMarkerMissing = MessageID("text.part_marker_missing", en: "part '{0}': no line of '{2}' holds '{1}'", zh: "部分“{0}”：原文“{2}”中没有一行包含“{1}”")
    static let clauseNoNumbering = MessageID("text.clause_no_numbering", en: "'{0}' names no clause number (write it as in the text, e.g. \"二、(四)\")", zh: "“{0}”没有条款编号（按原文书写，如“二、(四)”）")
    static let clauseUnknownPart = MessageID("text.clause_unknown_part", en: "'{0}' is not a part of the text (parts: {1})", zh: "“{0}”不是原文的组成部分（共有：{1}）")
    static let clauseNotFound = MessageID("text.clause_not_found", en: "clause {0} is not in the document's text{1}", zh: "文件原文中没有条款 {0}{1}")
    static let clauseAmbiguous = MessageID("text.clause_ambiguous", en: "clause {0} is ambiguous: it matches {1}; name the clause above it", zh: "条款 {0} 不明确：可对应 {1}；请写出上级条款")
    static let clauseWordsMissing = MessageID("text.clause_words_missing", en: "clause {1} does not contain '{0}'", zh: "条款 {1} 中没有“{0}”")
    static let quoteNotInText = MessageID("text.quote_not_found", en: "quote not found in the document's text: '{0}'{1}", zh: "文件原文中找不到引文：“{0}”{1}")
    static let quoteWithoutText = MessageID("text.quote_without_text", en: "a quote needs the document's text: name it with ruleset.text", zh: "引文需要文件原文：请用 ruleset.text 指定")
    static let readingUnknown = MessageID("text.reading_unknown", en: "unknown reading '{0}'{1} (declare it under readings:)", zh: "未知的解读“{0}”{1}（请在 readings: 中声明）")
    static let clauseUncovered = MessageID("text.clause_uncovered", en: "clause {0} ({1}) is cited by no rule and not marked narrative", zh: "条款 {0}（{1}）既无规则引用，也未标为叙述性条款")

    public static let testMutateAllNoticed = MessageID("test.mutate_all", en: "{0}: every threshold is pinned: moving any one step makes a case fail", zh: "{0}：每个阈值都有用例把关：任何一个移动一步都会使用例失败")
    public static let testMutateUnnoticed = MessageID("test.mutate_unnoticed", en: "{0}: {1} changes no case notices:", zh: "{0}：有 {1} 处改动没有任何用例察觉：")
    static let testMoreWithVerbose = MessageID("test.more_verbose", en: "… {0} more lines: how each rule decided (run with --verbose)", zh: "……另有 {0} 行：各条规则的判定过程（加 --verbose 查看）")
    static let testNeedsBasis = MessageID("test.needs_basis", en: "quote: (the document's words that decide the case) or reading: (a reading of the rule file)", zh: "quote:（决定本用例的原文）或 reading:（规则文件的解读）")
    static let testBasisSplit = MessageID("test.basis_split", en: "{0} cases decided by the text, {1} by readings", zh: "{0} 个用例由原文决定，{1} 个由解读决定")
    static let testUnconfirmed = MessageID("test.unconfirmed", en: "; {0} unconfirmed (no quote or reading yet: add one, or run with --strict to fail on them)", zh: "；{0} 个未确认（尚无原文或解读，请补充；--strict 时视为失败）")

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

    // MARK: records
    static let recordsMissingColumn = MessageID("records.missing_column", en: "the file has no column '{0}' ({1}), which the rules read: households that need it will be undetermined", zh: "文件中没有规则要用到的列“{0}”（{1}）：需要该列的农户将无法判定")
    static let recordsNoMembersFile = MessageID("records.no_members_file", en: "the rules read household members, but no members file was given: pass --members FILE (the 家庭成员 table)", zh: "规则要用到家庭成员信息，但未提供成员文件：请用 --members 指定家庭成员表")
    static let formNormalised = MessageID("forms.normalised", en: "column {0}: {1} values read after {2} (e.g. '{3}')", zh: "列“{0}”：{1} 个值经{2}后读取（如“{3}”）")
    static let formSpaces = MessageID("forms.spaces", en: "removing surrounding spaces", zh: "去除首尾空格")
    static let formFullWidth = MessageID("forms.full_width", en: "turning full-width digits and punctuation into half-width", zh: "全角数字和标点转为半角")
    static let formThousands = MessageID("forms.thousands", en: "removing thousands separators", zh: "去除千位分隔符")
    static let formDate = MessageID("forms.date", en: "reading the date written as Y/M/D, Y.M.D or Y年M月D日", zh: "按“年/月/日”“年.月.日”或“某年某月某日”读取日期")
    static let formExcelDate = MessageID("forms.excel_date", en: "turning an Excel serial day number into a date", zh: "将 Excel 日期序号转为日期")
    static let recordScientificID = MessageID("records.scientific_id", en: "field '{0}': '{1}' is a number Excel wrote in scientific notation, its digits are lost; format the column as text and export again", zh: "字段“{0}”：“{1}”是被 Excel 写成科学记数法的数字，原有位数已丢失；请将该列设为文本格式后重新导出")
    static let xlsxNotWorkbook = MessageID("xlsx.not_workbook", en: "'{0}' is not an Excel workbook (.xlsx) that can be read", zh: "“{0}”不是可读取的 Excel 工作簿（.xlsx）")
    static let xlsxBadPart = MessageID("xlsx.bad_part", en: "the workbook '{0}' has a part that cannot be read: {1}", zh: "工作簿“{0}”中有无法读取的部分：{1}")
    static let xlsxNoSheet = MessageID("xlsx.no_sheet", en: "no sheet '{0}' in '{1}' (sheets: {2})", zh: "“{1}”中没有工作表“{0}”（现有：{2}）")
    static let xlsxCannotWrite = MessageID("xlsx.cannot_write", en: "the workbook cannot be written ({0})", zh: "无法写出工作簿（{0}）")
    static let xlsxRead = MessageID("xlsx.read", en: "{0}: read sheet '{1}', header in row {2}", zh: "{0}：读取工作表“{1}”，表头在第 {2} 行")
    static let xlsxHeaderBelow = MessageID("xlsx.header_below", en: "sheet '{0}': the rows above row {1} are taken as a title and skipped (give --header-row to choose)", zh: "工作表“{0}”：第 {1} 行以上视为标题并跳过（可用 --header-row 指定表头行）")
    static let encodingConverted = MessageID("encoding.converted", en: "{0}: read as {1} and converted to UTF-8", zh: "{0}：按 {1} 编码读取并转换为 UTF-8")
    static let encodingTabSeparated = MessageID("encoding.tab_separated", en: "{0}: cells are separated by tabs (Excel's text export); read as such", zh: "{0}：各列以制表符分隔（Excel 文本导出），已按此读取")
    static let encodingInvalid = MessageID("encoding.invalid", en: "{0}: not valid {1} at byte {2}; save the file as UTF-8 (or CSV UTF-8 in Excel)", zh: "{0}：第 {2} 字节处不是有效的 {1} 编码；请另存为 UTF-8（Excel 中选“CSV UTF-8”）")
    static let encodingUnsupported = MessageID("encoding.unsupported", en: "the system cannot convert from {0}", zh: "系统不支持从 {0} 转换")
    static let xlsxMembersSheet = MessageID("xlsx.members_sheet", en: "members read from sheet '{0}' of the same workbook", zh: "家庭成员从同一工作簿的工作表“{0}”读取")
    static let xlsxNoHeader = MessageID("xlsx.no_header", en: "no header row found in sheet '{0}': give its row with --header-row", zh: "工作表“{0}”中找不到表头行，请用 --header-row 指定")
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
    static let diffBecameWatched = MessageID("diff.became_watched", en: "became watched (not identified, followed)", zh: "新列入持续跟踪关注")
    static let diffStoppedWatched = MessageID("diff.stopped_watched", en: "no longer watched", zh: "不再持续跟踪关注")
    static let diffGainedAlert = MessageID("diff.gained_alert", en: "raised alert", zh: "新增预警")
    static let diffLostAlert = MessageID("diff.lost_alert", en: "no longer raises alert", zh: "不再预警")
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
    public static let cliHouseholdUnreadable = MessageID("cli.household_unreadable", en: "household {0} (line {1}) cannot be read: {2}", zh: "农户 {0}（第 {1} 行）无法读取：{2}")

    // MARK: evaluation
    static let evalError = MessageID("eval.error", en: "{0}", zh: "{0}")
    static let evalRuleError = MessageID("eval.rule_error", en: "{0} ({1}): {2}", zh: "{0}（{1}）：{2}")

    // MARK: departments' lists (数据比对)
    static let listFileMissing = MessageID("lists.file_missing", en: "list '{0}': no file {1}", zh: "名单“{0}”：找不到文件 {1}")
    static let listNoKeyColumn = MessageID("lists.no_key_column", en: "{0}: no column headed '{1}' (the key of list '{2}'); the headers are: {3}", zh: "{0}：没有表头为“{1}”的列（名单“{2}”的比对键）；表头为：{3}")
    static let listNoColumn = MessageID("lists.no_column", en: "{0}: no column headed '{1}', which list '{2}' declares", zh: "{0}：没有名单“{2}”声明的列“{1}”")
    static let listBadJSON = MessageID("lists.bad_json", en: "{0}:{1}: not a JSON object", zh: "{0}:{1}：不是 JSON 对象")
    static let listProblems = MessageID("lists.problems", en: "list '{0}' ({1}): {2} invalid ID numbers, {3} cells not of their column's type (watchline compare lists them)", zh: "名单“{0}”（{1}）：{2} 个身份证号无效，{3} 个单元格类型不符（watchline compare 逐行列出）")
    static let listUndeclared = MessageID("lists.undeclared", en: "--list-file {0}: {1} declares no list '{0}'{2}", zh: "--list-file {0}：{1} 未声明名单“{0}”{2}")
    static let listUnreadable = MessageID("lists.unreadable", en: "{0}", zh: "{0}")
    static let listRequired = MessageID("lists.required", en: "the rules compare households against list '{0}' ({1}); pass --list-file {0}=FILE (or mark the list 'optional: true')", zh: "规则需要与名单“{0}”（{1}）比对：请给出 --list-file {0}=文件（或将该名单标为 optional: true）")
    static let compareListHead = MessageID("compare.list_head", en: "list {0} ({1}, {2}): {3} rows read; {4} matched, {5} matched no household, {6} invalid ID numbers, {7} duplicate keys", zh: "名单 {0}（{1}，{2}）：读取 {3} 行；比中 {4} 行，{5} 行未比中任何农户，身份证号无效 {6} 行，重复 {7} 行")
    static let compareMatched = MessageID("compare.matched", en: "  {0}:{1}  matched  household {2}, member {3}", zh: "  {0}:{1}  比中  农户 {2}，成员 {3}")
    static let compareUnmatched = MessageID("compare.unmatched", en: "  {0}:{1}  no household  {2} (to send back to the department)", zh: "  {0}:{1}  未比中  {2}（退回部门核实）")
    static let compareInvalid = MessageID("compare.invalid", en: "  {0}:{1}  invalid ID number  {2} ({3})", zh: "  {0}:{1}  身份证号无效  {2}（{3}）")
    static let compareNoID = MessageID("compare.no_id", en: "  {0}:{1}  no ID number  '{2}'", zh: "  {0}:{1}  不是身份证号  “{2}”")
    static let compareDuplicate = MessageID("compare.duplicate", en: "  {0}:{1}  duplicate key  {2} (first on line {3})", zh: "  {0}:{1}  重复  {2}（首次出现在第 {3} 行）")
    static let compareRecords = MessageID("compare.records", en: "households read: {0}; members with an invalid ID number: {1}; members with no ID number: {2}", zh: "读取农户 {0} 户；成员身份证号无效 {1} 人；无身份证号 {2} 人")
    static let compareRecordInvalid = MessageID("compare.record_invalid", en: "  household {0}, member {1}: invalid ID number ({2}); its lookups are undetermined", zh: "  农户 {0}，成员 {1}：身份证号无效（{2}），比对结果待定")
    static let compareChangedHead = MessageID("compare.changed_head", en: "households whose decision the lists change: {0}", zh: "因比对结果改变认定的农户：{0} 户")
    static let compareChanged = MessageID("compare.changed", en: "  {0} ({1}): without the lists {2}; with them {3}", zh: "  {0}（{1}）：不比对时 {2}；比对后 {3}")
    static let compareMonitored = MessageID("compare.monitored", en: "monitored", zh: "纳入监测")
    static let compareNotMonitored = MessageID("compare.not_monitored", en: "not monitored", zh: "不纳入")
    static let compareUndetermined = MessageID("compare.undetermined", en: "undetermined ({0})", zh: "待定（{0}）")
    static let compareExcludedBy = MessageID("compare.excluded_by", en: "excluded by {0}", zh: "排除：{0}")
    static let compareAlerts = MessageID("compare.alerts", en: "alerts {0}", zh: "预警：{0}")
    static let replListLoaded = MessageID("repl.list_loaded", en: "list '{0}': {1}, {2} rows", zh: "名单“{0}”：{1}，{2} 行")
    public static let cliBadListFile = MessageID("cli.bad_list_file", en: "--list-file '{0}': write NAME=FILE", zh: "--list-file“{0}”：请写成 名单名=文件")
}
