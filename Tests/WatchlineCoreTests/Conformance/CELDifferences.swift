/// The CEL conformance cases Watchline treats otherwise on purpose, with the reason (the same
/// reasons as docs/LANGUAGE.md, "Differences from CEL").
enum CELDifferences {
    static let static_ = "Static typing: an expression is type-checked before any household is read, so an unknown name, a non-boolean operand of && or ||, or a comparison of lists of different element types is refused at load time (CEL, with its checker off, evaluates it)."
    static let decimal = "Decimal, not binary floating point: numbers are exact decimals with six places below ±9.2 × 10¹², so NaN, infinities, more than six decimal places and doubles beyond that range do not exist."

    static let nan = "Division by zero is an error, for decimals as for integers: there is no NaN (CEL: 0.0/0.0 is NaN, which equals nothing)."

    static let all: [String: String] = [
        "comparisons/eq_literal/not_eq_double_nan": nan,
        "comparisons/eq_literal/not_eq_int_double_nan": nan,
        "comparisons/eq_literal/not_eq_list_length": static_,
        "comparisons/gt_literal/gt_dyn_int_small_lossy_double_greater": decimal,
        "comparisons/gt_literal/not_gt_dyn_big_double_int": decimal,
        "comparisons/gt_literal/not_gt_dyn_int_big_double": decimal,
        "comparisons/gt_literal/not_gt_dyn_int_small_lossy_double": decimal,
        "comparisons/gt_literal/not_gt_dyn_small_double_int": decimal,
        "comparisons/gte_literal/gte_dyn_big_double_int": decimal,
        "comparisons/gte_literal/gte_dyn_int_big_lossy_double": decimal,
        "comparisons/gte_literal/gte_dyn_int_small_lossy_double_equal": decimal,
        "comparisons/gte_literal/gte_dyn_int_small_lossy_double_greater": decimal,
        "comparisons/gte_literal/gte_dyn_small_double_int": decimal,
        "comparisons/gte_literal/not_gte_dyn_int_big_double": decimal,
        "comparisons/lt_literal/lt_double": decimal,
        "comparisons/lt_literal/lt_dyn_int_big_lossy_double": decimal,
        "comparisons/lt_literal/not_lt_dyn_big_double_int": decimal,
        "comparisons/lt_literal/not_lt_dyn_int_big_lossy_double": decimal,
        "comparisons/lt_literal/not_lt_dyn_int_small_double": decimal,
        "comparisons/lt_literal/not_lt_dyn_int_small_lossy_double": decimal,
        "comparisons/lt_literal/not_lt_dyn_small_double_int": decimal,
        "comparisons/lte_literal/lte_double_lt": decimal,
        "comparisons/lte_literal/lte_dyn_big_double_int": decimal,
        "comparisons/lte_literal/lte_dyn_int_big_double": decimal,
        "comparisons/lte_literal/lte_dyn_int_small_lossy_double": decimal,
        "comparisons/lte_literal/lte_dyn_small_double_int": decimal,
        "comparisons/lte_literal/not_lte_dyn_int_small_lossy_double_less": decimal,
        "comparisons/ne_literal/ne_double_nan": nan,
        "comparisons/ne_literal/not_ne_double_nan": nan,
        "comparisons/ne_literal/not_ne_int_double_nan": nan,
        "conversions/int/double_big_exact": decimal,
        "conversions/int/double_big_precision": decimal,
    ]
}
