/// The CEL conformance cases Watchline treats otherwise on purpose, with the reason (the same
/// reasons as docs/LANGUAGE.md, "Differences from CEL").
enum CELDifferences {
    static let nan = "Division by zero is an error, for decimals as for integers: there is no NaN (CEL: 0.0/0.0 is NaN, which equals nothing)."

    static let all: [String: String] = [
        "comparisons/eq_literal/not_eq_double_nan": nan,
        "comparisons/eq_literal/not_eq_int_double_nan": nan,
        "comparisons/ne_literal/ne_double_nan": nan,
        "comparisons/ne_literal/not_ne_double_nan": nan,
        "comparisons/ne_literal/not_ne_int_double_nan": nan,
    ]
}
