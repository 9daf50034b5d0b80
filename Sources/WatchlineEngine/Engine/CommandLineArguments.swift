import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// Command-line arguments before the argument parser sees them.
package enum CommandLineArguments {
    /// Options of `eval` that take a value (the next argument is that value, whatever it looks like).
    static let evalValueOptions: Set<String> = ["--records", "--members", "--id", "--as-of"]

    /// `watchline eval RULES '-1'`: an expression starting with '-' would be read as an option
    /// (`-1`, `-(a + b)`, `-days(3) …`). Such an argument of `eval` — one that starts with '-' but
    /// is no option (`-h`, or `--` and a letter) — is moved after a `--`, where the parser takes it
    /// as the expression. Nothing changes when the user already wrote `--`.
    package static func escapingExpressions(_ args: [String]) -> [String] {
        guard args.first == "eval", !args.contains("--") else { return args }
        var kept: [String] = [], moved: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if evalValueOptions.contains(a), i + 1 < args.count {
                kept += [a, args[i + 1]]; i += 2; continue
            }
            if i > 0, a.hasPrefix("-"), !isOption(a) { moved.append(a) } else { kept.append(a) }
            i += 1
        }
        return moved.isEmpty ? args : kept + ["--"] + moved
    }

    static func isOption(_ a: String) -> Bool {
        if a == "-h" { return true }
        let s = Array(a.unicodeScalars)
        return s.count > 2 && s[0] == "-" && s[1] == "-" && s[2].properties.isAlphabetic
    }
}
