import WatchlineSyntax
/// Dates, durations and the working calendar (the ruleset's `calendar:`, given when a call is compiled).
extension Builtins {
    static let dates: [BuiltinFunction] = [days, workdays, addDays, addMonths, addWorkdays, workdaysBetween, daysBetween,
                                           isWorkday, endOfMonth, year, month, day]

    static let days = duration("days", workdays: false, doc: "a duration of n calendar days: `d + days(5)`")
    static let workdays = duration("workdays", workdays: true, doc: "a duration of n working days: `d + workdays(5)`")

    static let addDays = shift("add_days", doc: "the date n calendar days after d") { d, n, _ in d.checkedAdding(days: n) }
    static let addMonths = shift("add_months", doc: "the date n months after d, clamped to the month's end") { d, n, _ in d.checkedAdding(months: n) }
    static let addWorkdays = shift("add_workdays", doc: "the date n working days after d") { d, n, cal in cal.checkedAddingWorkdays(d, n) }

    static let workdaysBetween = between("workdays_between", doc: "working days in (a, b]: a not counted, b counted; negative if b < a") { a, b, cal in
        cal.workdaysBetween(a, b)
    }
    static let daysBetween = between("days_between", doc: "calendar days from a to b (as a - b)") { a, b, _ in Int(b.days) - Int(a.days) }

    static let isWorkday = BuiltinFunction(
        "is_workday", .functionOrMethod, doc: "whether d is a working day",
        BuiltinOverload([.date("date")], .fixed(.bool), .calendar { cal in
            .unary { d in
                guard case .date(let d) = d else { return noOverload }
                return .bool(cal.isWorkday(d))
            }
        }))

    static let endOfMonth = BuiltinFunction(
        "end_of_month", .functionOrMethod, doc: "the last day of d's month",
        BuiltinOverload([.date("date")], .fixed(.date), .unary { d in
            guard case .date(let d) = d else { return noOverload }
            return .date(d.endOfMonth)
        }))

    static let year = part("year", aliases: ["getFullYear"], doc: "d's year") { $0.year }
    static let month = part("month", doc: "d's month, 1…12") { $0.month }
    static let day = part("day", doc: "d's day of the month, 1…31") { $0.day }

    private static func duration(_ name: String, workdays: Bool, doc: String) -> BuiltinFunction {
        BuiltinFunction(name, doc: doc, BuiltinOverload([.int("n")], .fixed(.duration), .unary { n in
            guard case .int(let n) = n else { return noOverload }
            guard n >= Int64(Int32.min), n <= Int64(Int32.max) else { return .error(EvalError(.overflow)) }
            return .duration(Int32(n), workdays: workdays)
        }))
    }

    private static func shift(_ name: String, doc: String, _ by: @escaping @Sendable (CivilDate, Int, WorkCalendar) -> CivilDate?) -> BuiltinFunction {
        BuiltinFunction(name, .functionOrMethod, doc: doc, BuiltinOverload([.date("date"), .int("n")], .fixed(.date), .calendar { cal in
            .binary { d, n in
                guard case .date(let d) = d, case .int(let n) = n else { return noOverload }
                return by(d, Int(n), cal).map(Value.date) ?? .error(EvalError(.dateOutOfRange))
            }
        }))
    }

    private static func between(_ name: String, doc: String, _ count: @escaping @Sendable (CivilDate, CivilDate, WorkCalendar) -> Int) -> BuiltinFunction {
        BuiltinFunction(name, doc: doc, BuiltinOverload([.date("from"), .date("to")], .fixed(.int), .calendar { cal in
            .binary { a, b in
                guard case .date(let a) = a, case .date(let b) = b else { return noOverload }
                return .int(Int64(count(a, b, cal)))
            }
        }))
    }

    private static func part(_ name: String, aliases: [String] = [], doc: String, _ get: @escaping @Sendable (CivilDate) -> Int) -> BuiltinFunction {
        BuiltinFunction(name, aliases: aliases, .functionOrMethod, doc: doc, BuiltinOverload([.date("date")], .fixed(.int), .unary { d in
            guard case .date(let d) = d else { return noOverload }
            return .int(Int64(get(d)))
        }))
    }
}
