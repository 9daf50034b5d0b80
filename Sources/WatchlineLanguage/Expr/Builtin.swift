import WatchlineSyntax
/// The functions the language provides. Each has one implementation in `Runtime/Builtins.swift`.
public enum Builtin: String, Sendable, CaseIterable {
    // sizes and strings
    case size, contains, startsWith, endsWith, matches, lowerAscii, upperAscii, trim
    // conversions
    case toInt = "int", toString = "string", toDecimal = "decimal", toDouble = "double", toBool = "bool", toDate = "date", dyn
    // numbers and lists
    case min, max, abs, sum, round
    // dates and the calendar
    case days, workdays, months, addDays = "add_days", addMonths = "add_months", addWorkdays = "add_workdays"
    case workdaysBetween = "workdays_between", daysBetween = "days_between", isWorkday = "is_workday"
    case endOfMonth = "end_of_month", year, month, day

    /// Functions that may be written as methods (`s.contains("x")`, `d.year()`), with the target as first argument.
    var allowsMethodCall: Bool {
        switch self {
        case .size, .contains, .startsWith, .endsWith, .matches, .lowerAscii, .upperAscii, .trim,
             .year, .month, .day, .endOfMonth, .addDays, .addMonths, .addWorkdays, .isWorkday, .sum, .min, .max:
            return true
        default:
            return false
        }
    }
}
