import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The examples in docs/LANGUAGE.md (```eval blocks: `expression ==> value`) are true.
@Suite struct LanguageDocTests {
    static let examples: [(String, String)] = {
        let text = (try? String(contentsOfFile: Repo.path("docs/LANGUAGE.md"), encoding: .utf8)) ?? ""
        var out: [(String, String)] = []
        var inBlock = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inBlock = line == "```eval"; continue }
            guard inBlock, let r = line.range(of: "==>") else { continue }
            out.append((line[..<r.lowerBound].trimmingCharacters(in: .whitespaces), line[r.upperBound...].trimmingCharacters(in: .whitespaces)))
        }
        return out
    }()

    @Test func thereAreExamples() { #expect(Self.examples.count >= 20) }

    @Test(arguments: examples.map { "\($0.0) ==> \($0.1)" })
    func example(_ line: String) {
        let parts = line.components(separatedBy: " ==> ")
        #expect(evalText(parts[0], lieshan()) == parts[1])
    }
}
