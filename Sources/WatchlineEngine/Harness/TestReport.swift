import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// Output of `watchline test`: one line per file, then each failure with its line, expected vs
/// actual, and how the engine decided.
package enum TestReport {
    /// A failure shows what differs; with `verbose` also how the engine decided (the full trace).
    package static func text(_ results: [PolicyTestRunner.FileResult], renderer: DiagnosticRenderer, verbose: Bool = false) -> String {
        var out = ""
        for f in results {
            let passed = f.cases.filter(\.passed).count
            if f.rules.isEmpty { out += MessageCatalogue.format(.testFileNotLoaded, [f.path]) + "\n"; continue }
            out += MessageCatalogue.format(f.failed == 0 ? .testFilePass : .testFileFail, [f.path, String(passed), String(f.cases.count), f.rules]) + "\n"
        }
        for f in results {
            let errors = f.diagnostics.filter(\.isError)
            if !errors.isEmpty { out += "\n" + renderer.render(errors) }
            for c in f.cases where !c.passed {
                out += "\n✗ \(c.name)" + (c.clause.map { " [\($0)]" } ?? "") + "\n  " + MessageCatalogue.format(.testAt, ["\(c.span.path):\(c.span.start.line)"]) + "\n"
                if let e = c.error { out += "  " + MessageCatalogue.format(.explainError, [e]) + "\n" }
                for m in c.mismatches {
                    out += "  " + MessageCatalogue.format(.testMismatch, [titled(m.field), m.expected, m.actual]) + "\n"
                }
                if let x = c.explanation {
                    let lines = x.split(separator: "\n", omittingEmptySubsequences: false)
                    // The decision's summary (its first lines) always; the rule-by-rule trace on --verbose.
                    let shown = verbose ? lines[...] : lines.prefix { !$0.contains(ExplainText.howHeading) }
                    out += shown.map { "  │ " + $0 }.joined(separator: "\n") + "\n"
                    if !verbose && shown.count < lines.count { out += "  │ " + MessageCatalogue.format(.testMoreWithVerbose, [String(lines.count - shown.count)]) + "\n" }
                }
            }
        }
        let total = results.reduce(0) { $0 + $1.cases.count }
        let failed = results.reduce(0) { $0 + $1.cases.filter { !$0.passed }.count }
        let all = results.flatMap(\.cases)
        let byText = all.filter { $0.basis == .text }.count, byReading = all.filter { $0.basis == .reading }.count
        let unconfirmed = all.filter { $0.basis == .unconfirmed || $0.basis == .none }.count
        out += "\n" + MessageCatalogue.format(.testBasisSplit, [String(byText), String(byReading)])
        if unconfirmed > 0 { out += MessageCatalogue.format(.testUnconfirmed, [String(unconfirmed)]) }
        out += "\n" + MessageCatalogue.format(.testTotals, [String(total - failed), String(failed)]) + "\n"
        // A file that does not load, or whose rule file does not, fails the run though it has no failed case.
        let unloaded = results.filter { $0.diagnostics.contains(where: \.isError) }.count
        if unloaded > 0 { out += MessageCatalogue.format(.testFilesWithErrors, [String(unloaded)]) + "\n" }
        return out
    }

    /// An expectation key with its name before it under Chinese (`风险类型（risks）`), as written in English.
    static func titled(_ key: String) -> String {
        let head = String(key.prefix { $0 != "." })
        guard MessageCatalogue.useChinese, let name = MessageID.testExpectKeyNames[head] else { return key }
        return MessageCatalogue.format(.testKeyTitled, [MessageCatalogue.format(name, []), key])
    }

    package static func junit(_ results: [PolicyTestRunner.FileResult]) -> String {
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for f in results {
            out += "  <testsuite name=\"\(esc(f.path))\" tests=\"\(f.cases.count)\" failures=\"\(f.failed)\">\n"
            for c in f.cases {
                out += "    <testcase classname=\"\(esc(f.path))\" name=\"\(esc(c.name))\""
                if c.passed { out += "/>\n"; continue }
                let msg = (c.error.map { [$0] } ?? []) + c.mismatches.map { MessageCatalogue.format(.testMismatch, [titled($0.field), $0.expected, $0.actual]) }
                out += ">\n      <failure message=\"\(esc(msg.first ?? MessageCatalogue.format(.testFailedCase, [])))\">\(esc(msg.joined(separator: "\n")))</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Every `*.test.yaml` below the given folders (or the project), sorted.
    package static func discover(_ roots: [String]) -> [String] {
        var found: [String] = []
        for root in roots {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else { continue }
            if !isDir.boolValue { found.append(root); continue }
            let e = FileManager.default.enumerator(atPath: root)
            while let rel = e?.nextObject() as? String {
                if rel.hasPrefix(".build") || rel.contains("/.build") { e?.skipDescendants(); continue }
                if rel.hasSuffix(".test.yaml") { found.append(root == "." ? rel : root + "/" + rel) }
            }
        }
        return found.sorted()
    }
}
