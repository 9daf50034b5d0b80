import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The table of built-ins (Values/Builtins/) is the one declaration of each: these hold it
/// together, and to docs/LANGUAGE.md's "Functions".
@Suite struct BuiltinTableTests {
    /// The function names in the first column of docs/LANGUAGE.md's "### Functions" table: every
    /// `name(` inside a code span there (`s.contains(t)` names `contains`).
    static let documented: Set<String> = {
        let text = (try? String(contentsOfFile: Repo.path("docs/LANGUAGE.md"), encoding: .utf8)) ?? ""
        guard let start = text.range(of: "\n### Functions\n") else { return [] }
        let section = text[start.upperBound...]
        let end = section.range(of: "\n## ")?.lowerBound ?? section.endIndex
        var names: Set<String> = []
        let name = try! NSRegularExpression(pattern: "([A-Za-z_][A-Za-z0-9_]*)\\(")
        for line in section[..<end].split(separator: "\n") where line.hasPrefix("| `") {
            let first = line.dropFirst().prefix { $0 != "|" }
            for (i, span) in first.split(separator: "`", omittingEmptySubsequences: false).enumerated() where i % 2 == 1 {
                let s = String(span)
                for m in name.matches(in: s, range: NSRange(s.startIndex..., in: s)) {
                    names.insert(String(s[Range(m.range(at: 1), in: s)!]))
                }
            }
        }
        return names
    }()

    @Test func everyBuiltinHasADocLineAndIsDocumented() {
        #expect(Self.documented.count >= 20)
        for f in Builtins.all {
            #expect(!f.doc.isEmpty && !f.doc.contains("\n"), "\(f.name) needs a one-line doc")
            for n in f.names {
                #expect(Self.documented.contains(n), "\(n) is not in docs/LANGUAGE.md's Functions")
            }
        }
    }

    @Test func everyDocumentedFunctionIsInTheTable() {
        let declared = Set(Builtins.all.flatMap(\.names))
        for n in Self.documented.sorted() {
            #expect(declared.contains(n), "docs/LANGUAGE.md documents \(n)(…), which the table does not declare")
        }
    }

    @Test func namesAreUniqueAndFound() {
        let names = Builtins.all.flatMap(\.names)
        #expect(Set(names).count == names.count)
        for f in Builtins.all {
            for n in f.names { #expect(Builtins.named(n) === f) }
        }
        #expect(Builtins.named("exists") == nil)   // a macro, not a function
    }

    /// Each overload's implementation takes its number of arguments, and a call's number of
    /// arguments picks one overload.
    @Test func overloadsAreConsistent() {
        for f in Builtins.all {
            for (i, o) in f.overloads.enumerated() {
                #expect(!o.params.isEmpty, "\(f.name): a built-in takes an argument")
                let bound = o.bind(known: Array(repeating: nil, count: o.params.count), calendar: .weekdaysOnly)
                switch bound {
                case .unary: #expect(!o.variadic && o.params.count == 1, "\(f.name) overload \(i)")
                case .binary: #expect(!o.variadic && o.params.count == 2, "\(f.name) overload \(i)")
                case .ternary: #expect(!o.variadic && o.params.count == 3, "\(f.name) overload \(i)")
                case .variadic: #expect(o.variadic, "\(f.name) overload \(i)")
                }
                for n in o.params.count...(o.params.count + 2) where o.variadic || n == o.params.count {
                    #expect(f.overload(arity: n) == i, "\(f.name) with \(n) arguments")
                }
            }
        }
    }

    /// Calls are strict: an unknown argument makes the result unknown, else an error is the result.
    @Test func callsPropagateUnknownsAndErrors() {
        let unknown = Value.unknown(FieldMask(field: 3)), error = Value.error(EvalError(.overflow))
        let addDays = Builtins.named("add_days")!.overloads[0].bind(known: [nil, nil], calendar: .weekdaysOnly)
        #expect(addDays.apply([error, unknown]).isUnknown)
        #expect(addDays.apply([.date(CivilDate(iso: "2022-01-01")!), error]).isError)
        let max = Builtins.named("max")!.overloads[0].bind(known: [nil, nil], calendar: .weekdaysOnly)
        #expect(max.apply([.int(1), error, .int(3)]).isError)
        #expect(displayText(max.apply([.int(1), .int(3), .int(2)])) == "3")
    }

    /// The checker's messages come from the declaration: arity, argument types, method calls.
    @Test func theCheckerTypesCallsFromTheTable() {
        let r = lieshan()
        #expect(evalText("size(1, 2)", r).contains("size takes 1 argument: size(x)"))
        #expect(evalText("add_days(as_of)", r).contains("add_days takes 2 arguments: add_days(date, n)"))
        #expect(evalText("\"a\".contains()", r).contains("contains takes 2 arguments: s.contains(t)"))
        #expect(evalText("abs(\"x\")", r).contains("abs needs a number here, found text"))
        #expect(evalText("round(1.5, 1.5)", r).contains("round needs a whole number of decimal places here"))
        #expect(evalText("\"1\".int()", r).contains("'int' is a function, not a method"))
        #expect(evalText("min()", r).contains("min needs arguments: min(a, b, …) or min(list)"))
        #expect(evalText("months(3)", r).contains("months(n) is not a duration"))
        #expect(evalText("sizee(\"a\")", r).contains("sizee"))
        #expect(evalText("date(\"2022-02-30\")", r).contains("is not a date"))
        #expect(evalText("as_of.getFullYear()", r) == "2022")
        #expect(evalText("double(\"1.5\") + decimal(1)", r) == "2.5")
        #expect(evalText("[3, 1, 2].max()", r) == "3")
    }

    @Test func theReplListsTheTable() {
        let help = ReplSession.functionsHelp
        for f in Builtins.all { #expect(help.contains(f.usage) && help.contains(f.doc)) }
        let s = ReplSession(rules: Repo.path("Rules/anhui/lieshan-2022.yaml"), asOf: CivilDate(iso: "2022-06-30")!)
        #expect(s.start().ok)
        #expect(s.completions("add_w") == ["add_workdays"])
        #expect(s.handle(":help functions").text == help)
    }
}
