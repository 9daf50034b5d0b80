import WatchlineSyntax
/// Sizes and text.
extension Builtins {
    static let text: [BuiltinFunction] = [size, contains, startsWith, endsWith, matches, lowerAscii, upperAscii, trim]

    /// The compiler counts `size(members)` without building the list.
    package static let size = BuiltinFunction(
        "size", .functionOrMethod, doc: "length of text (in characters), a list or a map",
        BuiltinOverload([BuiltinParam("x", .sized)], .fixed(.int), .unary { x in
            switch x {
            case .string(let s): return .int(Int64(s.unicodeScalars.count))
            case .list(let l): return .int(Int64(l.items.count))
            case .map(let m): return .int(Int64(m.keys.count))
            default: return noOverload
            }
        }))

    static let contains = textTest("contains", doc: "whether s contains t") { s, t in t.isEmpty || s.contains(t) }
    static let startsWith = textTest("startsWith", doc: "whether s begins with t") { s, t in s.unicodeScalars.starts(with: t.unicodeScalars) }
    static let endsWith = textTest("endsWith", doc: "whether s ends with t") { s, t in
        s.unicodeScalars.reversed().starts(with: t.unicodeScalars.reversed())
    }

    /// A literal pattern is compiled once, when the call is (the checker has refused an invalid
    /// one at its line); a pattern from a record's field, per call — still in linear time.
    static let matches = BuiltinFunction(
        "matches", .method, doc: "whether s has a match of the RE2 pattern re (anywhere, unless anchored)",
        BuiltinOverload([.text("s"), .text("re")], .fixed(.bool), .binary { s, re in
            guard case .string(let s) = s, case .string(let t) = re else { return noOverload }
            guard let program = try? RegexProgram(t) else { return .error(EvalError(.badPattern)) }
            return .bool(program.matches(s))
        }, specialize: { known in
            guard case .string(let pattern)? = known[1], let program = try? RegexProgram(pattern) else { return nil }
            return .binary { s, _ in
                guard case .string(let s) = s else { return noOverload }
                return .bool(program.matches(s))
            }
        }))

    static let lowerAscii = textMap("lowerAscii", doc: "s with A–Z made a–z") { asciiCase(lower: true, $0) }
    static let upperAscii = textMap("upperAscii", doc: "s with a–z made A–Z") { asciiCase(lower: false, $0) }
    static let trim = textMap("trim", doc: "s without white space at either end") { s in
        String(s.unicodeScalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace).reversed().map(Character.init))
    }

    private static func textTest(_ name: String, doc: String, _ test: @escaping @Sendable (String, String) -> Bool) -> BuiltinFunction {
        BuiltinFunction(name, .method, doc: doc, BuiltinOverload([.text("s"), .text("t")], .fixed(.bool), .binary { s, t in
            guard case .string(let s) = s, case .string(let t) = t else { return noOverload }
            return .bool(test(s, t))
        }))
    }

    private static func textMap(_ name: String, doc: String, _ map: @escaping @Sendable (String) -> String) -> BuiltinFunction {
        BuiltinFunction(name, .method, doc: doc, BuiltinOverload([.text("s")], .fixed(.string), .unary { s in
            guard case .string(let s) = s else { return noOverload }
            return .string(map(s))
        }))
    }

    private static func asciiCase(lower: Bool, _ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { c in
            if lower, c.value >= 65 && c.value <= 90 { return Unicode.Scalar(c.value + 32)! }
            if !lower, c.value >= 97 && c.value <= 122 { return Unicode.Scalar(c.value - 32)! }
            return c
        }))
    }
}
