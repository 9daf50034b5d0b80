import WatchlineSyntax
/// Each built-in's one line of documentation in Chinese, by name, beside the English `doc` of
/// its declaration (a test holds every built-in to having both).
extension Builtins {
    static let chineseDocs: [String: String] = [
        "int": "把 x 转为整数：数值向零截断，文本按数字解析",
        "decimal": "把 x 转为精确小数（文本按数字解析）",
        "string": "把 x 转为文本，与 `eval` 显示的一致",
        "bool": "把 x 转为真/假：文本可为 \"true\"、\"false\"、\"t\"、\"f\"、\"1\"、\"0\"",
        "date": "按 YYYY-MM-DD 写出的日期",
        "dyn": "x 本身，其类型到求值时才确定",
        "days": "n 个自然日的期限：`d + days(5)`",
        "workdays": "n 个工作日的期限：`d + workdays(5)`",
        "add_days": "日期 d 之后第 n 个自然日",
        "add_months": "日期 d 之后 n 个月的同一天，超出当月天数时取月末",
        "add_workdays": "日期 d 之后第 n 个工作日",
        "workdays_between": "(a, b] 之间的工作日数：不含 a，含 b；b 早于 a 时为负数",
        "days_between": "从 a 到 b 的自然日数（b 减 a）",
        "is_workday": "d 是否为工作日",
        "end_of_month": "d 所在月份的最后一天",
        "year": "d 的年份",
        "month": "d 的月份，1…12",
        "day": "d 是当月第几天，1…31",
        "size": "文本的长度（按字符计），或列表、映射的元素个数",
        "contains": "s 是否包含 t",
        "startsWith": "s 是否以 t 开头",
        "endsWith": "s 是否以 t 结尾",
        "matches": "s 中是否有与 RE2 正则表达式 re 匹配之处（未加锚定时可在任意位置）",
        "lowerAscii": "把 s 中的 A–Z 改为 a–z",
        "upperAscii": "把 s 中的 a–z 改为 A–Z",
        "trim": "去掉 s 两端的空白",
        "min": "各数（或列表中各数）的最小值",
        "max": "各数（或列表中各数）的最大值",
        "abs": "x 的绝对值",
        "sum": "数值列表的合计（空列表为 0）",
        "round": "x 四舍五入（远离零方向）到 0…6 位小数",
        "ceil": "不小于 x 的最小整数（整数保持不变）",
    ]
}

extension BuiltinFunction {
    /// The doc line in the language it is printed in (`doc` in English, the table's Chinese).
    package var docText: MessageArg {
        .translated(en: doc, zh: Builtins.chineseDocs[name])
    }
}
