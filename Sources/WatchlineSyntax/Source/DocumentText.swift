import Foundation

/// A policy document's text, as published, split into its numbered clauses, so a rule file's
/// `source:` references and `quote:`s can be checked against the words that decide them.
///
/// Clauses are found by their numbering at the start of a line (after Markdown `#`/`*` marks):
/// level 1 `一、`, level 2 `(一)` or `（一）`, level 3 `1.` / `1．` / `1、`. A text may hold
/// several documents (郑州's notice forwards 河南's): each part begins at the first line holding
/// its marker, and a reference names the part first (`郑州 一、`).
package struct DocumentText: Sendable {
    package struct Clause: Sendable {
        /// The part's name ("" when the text has one part).
        package var part: String
        /// Numbering from the top: ["二、", "(四)"], normalised (ASCII parentheses).
        package var path: [String]
        /// 1-based line of the heading in the text file.
        package var line: Int
        /// The heading line as written (trimmed of markup), for listings.
        package var heading: String
        /// The clause's words from its heading to the next clause of the same or a higher level,
        /// normalised (see `normalise`).
        package var body: String
        /// The whole text of the clause as written (with line breaks), for `explain`.
        package var raw: String
        package var label: String { (part.isEmpty ? "" : part + " ") + path.joined() }
    }

    package var path: String
    package var content: String
    package var parts: [String]
    package var defaultPart: String
    package var clauses: [Clause]
    /// The whole text normalised, for quote search.
    package var normalised: String

    package init(path: String, content: String, parts: [(name: String, marker: String)] = [], defaultPart: String? = nil) {
        self.path = path
        self.content = content
        self.parts = parts.map(\.name)
        self.defaultPart = defaultPart ?? parts.first?.name ?? ""
        self.normalised = Self.normalise(content)
        self.clauses = Self.split(content, parts: parts)
    }

    /// What quotes are compared on: the text without white space, line breaks and Markdown's
    /// `*`/`#` marks. Punctuation stays as written.
    package static func normalise<S: StringProtocol>(_ s: S) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
        for u in s.unicodeScalars {
            if u.properties.isWhitespace || u == "*" || u == "#" || u == "\u{FEFF}" { continue }
            out.unicodeScalars.append(u)
        }
        return out
    }

    package func contains(quote: String) -> Bool {
        let q = Self.normalise(quote)
        return !q.isEmpty && normalised.contains(q)
    }

    // MARK: numbering

    static let chineseNumerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零"]
    static let circled: [Character] = Array("①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳")

    /// A numbering token at the start of `s`: its level, normalised form and length in characters.
    static func numbering(at s: Substring) -> (level: Int, token: String, length: Int)? {
        guard let first = s.first else { return nil }
        if chineseNumerals.contains(first) {
            let digits = s.prefix(while: { chineseNumerals.contains($0) })
            let rest = s.dropFirst(digits.count)
            if rest.first == "、" { return (1, String(digits) + "、", digits.count + 1) }
            return nil
        }
        if first == "(" || first == "（" {
            let inner = s.dropFirst().prefix(while: { chineseNumerals.contains($0) })
            guard !inner.isEmpty else { return nil }
            let close = s.dropFirst(1 + inner.count).first
            if close == ")" || close == "）" { return (2, "(" + inner + ")", inner.count + 2) }
            return nil
        }
        if first.isASCII, first.isNumber {
            let digits = s.prefix(while: { $0.isASCII && $0.isNumber })
            let rest = s.dropFirst(digits.count)
            if let c = rest.first, c == "." || c == "．" || c == "、" {
                // "1.5倍" is a number, not a heading.
                if let next = rest.dropFirst().first, next.isASCII, next.isNumber { return nil }
                return (3, String(digits), digits.count + 1)
            }
            return nil
        }
        if circled.contains(first) { return (4, String(first), 1) }
        return nil
    }

    static func stripMarkup(_ line: Substring) -> Substring {
        line.drop(while: { $0 == "#" || $0 == "*" || $0 == " " || $0 == "\t" || $0 == "　" })
    }

    static func split(_ content: String, parts: [(name: String, marker: String)]) -> [Clause] {
        let lines = content.split(separator: "\n", omittingEmptySubsequences: false)
        // Where each part starts (line index), in text order.
        var starts: [(line: Int, name: String)] = []
        for p in parts {
            if let i = lines.firstIndex(where: { $0.contains(p.marker) }) { starts.append((i, p.name)) }
        }
        starts.sort { $0.line < $1.line }
        func partName(at line: Int) -> String {
            starts.last(where: { $0.line <= line })?.name ?? starts.first?.name ?? ""
        }
        var clauses: [Clause] = []
        var open: [Int] = []          // indexes into `clauses` of the clauses still open, by level
        var currentPart: String? = nil
        var bodies: [[Substring]] = []
        for (i, line) in lines.enumerated() {
            let part = partName(at: i)
            if part != currentPart {
                open.removeAll()
                currentPart = part
            }
            let stripped = stripMarkup(line)
            if let n = numbering(at: stripped), n.level <= 3 {
                // Level of this heading among the open ones: 1 → top; 2 → under the open level 1;
                // 3 → under the open level 2 (or level 1 when no level 2 is open).
                while let last = open.last, levelOf(clauses[last]) >= n.level { open.removeLast() }
                let parentPath = open.last.map { clauses[$0].path } ?? []
                let heading = String(stripped).replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
                clauses.append(Clause(part: part, path: parentPath + [n.token], line: i + 1,
                                      heading: heading, body: "", raw: ""))
                bodies.append([])
                open.append(clauses.count - 1)
            }
            for c in open { bodies[c].append(line) }
        }
        for i in clauses.indices {
            let raw = bodies[i].joined(separator: "\n")
            clauses[i].raw = raw
            clauses[i].body = normalise(raw)
        }
        return clauses
    }

    /// A clause's heading level, from its own numbering (a level-3 item may sit directly under level 1).
    static func levelOf(_ c: Clause) -> Int { levelFromToken(c.path.last!) }
    static func levelFromToken(_ t: String) -> Int {
        if t.hasSuffix("、") { return 1 }
        if t.hasPrefix("(") { return 2 }
        return 3
    }
}

extension DocumentText {
    /// Why a `source:` reference does not resolve.
    package enum ReferenceProblem: Error, Sendable, Equatable {
        case noNumbering(String)
        case unknownPart(String, known: [String])
        case noClause(String)
        case ambiguous(String, [String])
        case wordsNotInClause(words: String, clause: String)
    }

    /// The clauses a reference names (`"三、(二); 四、(二) 医保部门"` names two), or what is wrong.
    package func resolve(reference: String) -> [Result<Clause, ReferenceProblem>] {
        reference.split(whereSeparator: { $0 == ";" || $0 == "；" }).map { piece in
            resolve(single: piece.trimmingCharacters(in: .whitespaces))
        }.filter {
            if case .failure(.noNumbering(let s)) = $0, s.isEmpty { return false }
            return true
        }
    }

    func resolve(single ref: String) -> Result<Clause, ReferenceProblem> {
        var rest = Substring(ref)
        var part = defaultPart
        if !parts.isEmpty, let space = rest.firstIndex(where: { $0 == " " || $0 == "　" }) {
            let head = String(rest[..<space])
            if parts.contains(head) { part = head; rest = rest[space...].drop(while: { $0 == " " || $0 == "　" }) }
            else if DocumentText.numbering(at: rest) == nil, !head.isEmpty {
                return .failure(.unknownPart(head, known: parts))
            }
        }
        var tokens: [String] = []
        var words = ""
        while !rest.isEmpty {
            rest = rest.drop(while: { $0 == " " || $0 == "　" })
            guard let c = rest.first else { break }
            if let n = DocumentText.numbering(at: rest), n.level <= 3 {
                tokens.append(n.token); rest = rest.dropFirst(n.length); continue
            }
            if c.isASCII, c.isNumber, !tokens.isEmpty {   // "三、(三)3": an item number written bare
                let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
                tokens.append(String(digits)); rest = rest.dropFirst(digits.count); continue
            }
            words = String(rest); break
        }
        guard !tokens.isEmpty else { return .failure(.noNumbering(ref)) }
        let label = (part.isEmpty || parts.count < 2 ? "" : part + " ") + tokens.joined()
        let inPart = clauses.filter { $0.part == part }
        var found = inPart.filter { $0.path == tokens }
        if found.isEmpty { found = inPart.filter { $0.path.count > tokens.count && Array($0.path.suffix(tokens.count)) == tokens } }
        guard let clause = found.first else { return .failure(.noClause(label)) }
        if found.count > 1 { return .failure(.ambiguous(label, found.map(\.label))) }
        for w in words.split(whereSeparator: { $0 == " " || $0 == "　" }) {
            let n = DocumentText.normalise(w)
            if !n.isEmpty, !clause.body.contains(n) { return .failure(.wordsNotInClause(words: String(w), clause: label)) }
        }
        return .success(clause)
    }

    /// The sentence of `clause` that holds `quote` (or the clause's first sentence), as written,
    /// on one line — what `explain` prints after a clause number.
    package func sentence(in clause: Clause, holding quote: String?) -> String {
        let flat = clause.raw.split(separator: "\n").map { DocumentText.stripMarkup($0).trimmingCharacters(in: .whitespaces) }
            .joined().replacingOccurrences(of: "**", with: "")
        var sentences: [String] = []
        var current = ""
        for ch in flat {
            current.append(ch)
            if ch == "。" || ch == "；" || ch == ";" { sentences.append(current); current = "" }
        }
        if !current.isEmpty { sentences.append(current) }
        if let quote {
            let q = DocumentText.normalise(quote)
            if let s = sentences.first(where: { DocumentText.normalise($0).contains(q) }) { return s }
            // A quote may run across a sentence end: print from the sentence where it starts.
            let joined = DocumentText.normalise(flat)
            if joined.contains(q) { return quote }
        }
        return sentences.first ?? flat
    }
}
