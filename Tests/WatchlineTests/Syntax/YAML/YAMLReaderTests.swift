import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

private func parse(_ text: String, limits: YAMLReader.Limits = .init()) -> (root: YAMLNode?, diagnostics: [Diagnostic]) {
    YAMLReader.parse(text, path: "t.yaml", limits: limits)
}

private func pos(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line, column: column) }

/// The line starts as plain pairs, for comparison.
private func starts(_ n: YAMLNode) -> [[Int]] {
    n.contentLineStarts.map { [$0.offset, $0.position.line, $0.position.column] }
}

/// Where offset `i` of a scalar's text stands, as `ExprOrigin.position` computes it.
private func position(of offset: Int, in n: YAMLNode) -> SourcePosition {
    var base = (offset: 0, position: n.contentStart)
    for ls in n.contentLineStarts where ls.offset <= offset { base = ls }
    return SourcePosition(line: base.position.line, column: base.position.column + (offset - base.offset))
}

@Suite("YAML reader")
struct YAMLReaderTests {
    @Test func marksOfNestedNodesWithChineseKeys() throws {
        let text = """
        规则:
          名称: 低保
          条件: 收入 < 7000
          列表:
            - 甲
            - {键: 值}
        """
        let (root, diags) = parse(text)
        #expect(diags.isEmpty)
        let r = try #require(root)
        #expect(r.span.start == pos(1, 1))
        let rule = try #require(r["规则"])
        #expect(rule.span.start == pos(2, 3))
        let name = try #require(rule.pairs?.first)
        #expect(name.keyText == "名称")
        #expect(name.key.span.start == pos(2, 3))
        #expect(name.key.span.end == pos(2, 5))
        #expect(name.value.scalar == "低保")
        #expect(name.value.span.start == pos(2, 7))
        #expect(name.value.span.end == pos(2, 9))
        let cond = try #require(rule["条件"])
        #expect(cond.span.start == pos(3, 7))
        #expect(cond.contentStart == pos(3, 7))
        let list = try #require(rule["列表"]?.items)
        #expect(list.count == 2)
        #expect(list[0].span.start == pos(5, 7))
        let inner = try #require(list[1].pairs?.first)
        #expect(inner.key.span.start == pos(6, 8))
        #expect(inner.value.span.start == pos(6, 11))
        #expect(list[1].span.start == pos(6, 7))
        #expect(list[1].span.end == pos(6, 13))
        #expect(rule.span.end == pos(6, 13))
        #expect(rule.kindName == "a mapping")
        #expect(rule["列表"]?.kindName == "a list")
        #expect(cond.kindName == "a scalar")
    }

    @Test func scalarStyles() throws {
        let text = """
        p: plain text
        s: 'single'
        d: "double"
        l: |
          literal
        f: >
          folded
          text
        """
        let r = try #require(parse(text).root)
        func style(_ k: String) -> ScalarStyle? {
            if case .scalar(_, let s)? = r[k]?.kind { return s }
            return nil
        }
        #expect(style("p") == .plain)
        #expect(style("s") == .singleQuoted)
        #expect(style("d") == .doubleQuoted)
        #expect(style("l") == .literal)
        #expect(style("f") == .folded)
        #expect(r["l"]?.scalar == "literal\n")
        #expect(r["f"]?.scalar == "folded text")   // no final line break in the text
    }

    @Test func noTypeGuessing() throws {
        let text = """
        a: no
        b: 01234
        c: 2022-01-01
        d: yes
        e: 1.50
        f: ~
        g:
        h: 0x1F
        i: true
        """
        let (root, diags) = parse(text)
        #expect(diags.isEmpty)
        let r = try #require(root)
        #expect(r["a"]?.scalar == "no")
        #expect(r["b"]?.scalar == "01234")
        #expect(r["c"]?.scalar == "2022-01-01")
        #expect(r["d"]?.scalar == "yes")
        #expect(r["e"]?.scalar == "1.50")
        #expect(r["f"]?.scalar == "~")
        #expect(r["f"]?.isNull == true)
        #expect(r["g"]?.scalar == "")
        #expect(r["g"]?.isNull == true)
        #expect(r["h"]?.scalar == "0x1F")
        #expect(r["i"]?.scalar == "true")
        #expect(r["a"]?.isNull == false)
        #expect(r["a"]?.tag == nil)
    }

    @Test func quotedNullIsText() throws {
        let r = try #require(parse("a: 'null'\nb: \"\"\nc: null\n").root)
        #expect(r["a"]?.isNull == false)
        #expect(r["b"]?.isNull == false)
        #expect(r["c"]?.isNull == true)
    }

    @Test func duplicateKeyAtSecondOccurrence() throws {
        let text = """
        rules:
          a: 1
          b: 2
          a: 3
        """
        let (root, diags) = parse(text)
        #expect(diags.count == 1)
        let d = try #require(diags.first)
        #expect(d.id == .yamlDuplicateKey)
        #expect(d.span?.start == pos(4, 3))
        #expect(d.span?.end == pos(4, 4))
        #expect(d.message.contains("'a'"))
        #expect(d.notes.count == 1)
        #expect(d.notes.first?.span?.start == pos(2, 3))
        #expect(d.notes.first?.message == MessageCatalogue.format(.yamlFirstKey, ["a"]))
        // The first value is kept, the later pair dropped.
        let rules = try #require(root?["rules"]?.pairs)
        #expect(rules.map(\.keyText) == ["a", "b"])
        #expect(rules[0].value.scalar == "1")
    }

    @Test func duplicateKeyIgnoresQuoting() throws {
        let (_, diags) = parse("k: 1\n'k': 2\n")
        #expect(diags.map(\.id) == [.yamlDuplicateKey])
        #expect(diags.first?.span?.start == pos(2, 1))
    }

    @Test func anchorsAndAliases() throws {
        let text = """
        base: &m [a, b]
        copy: *m
        """
        let (root, diags) = parse(text)
        #expect(diags.isEmpty)
        let r = try #require(root)
        #expect(r["base"]?.anchor == "m")
        let copy = try #require(r["copy"])
        #expect(copy.items?.compactMap(\.scalar) == ["a", "b"])
        #expect(copy.span.start == pos(2, 7))
        #expect(copy.anchor == nil)
    }

    @Test func unknownAlias() {
        let (_, diags) = parse("a: *nowhere\n")
        #expect(diags.map(\.id) == [.yamlUnknownAlias])
        #expect(diags.first?.span?.start == pos(1, 4))
    }

    @Test func mergeKeyRefused() {
        let (_, diags) = parse("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n")
        #expect(diags.map(\.id) == [.yamlMergeKey])
        #expect(diags.first?.span?.start == pos(3, 3))
    }

    @Test func billionLaughsRefused() {
        let text = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """
        let (root, diags) = parse(text)
        #expect(root == nil)
        #expect(diags.map(\.id) == [.yamlAliasLimit])
        #expect(diags.first?.span?.start.line == 6)
    }

    @Test func aliasLimitIsConfigurable() {
        var limits = YAMLReader.Limits()
        limits.maxAliasExpansion = 5
        let text = "a: &a [1, 2]\nb: [*a, *a]\n"
        #expect(parse(text, limits: limits).diagnostics.map(\.id) == [.yamlAliasLimit])
        limits.maxAliasExpansion = 6
        #expect(parse(text, limits: limits).diagnostics.isEmpty)
    }

    @Test func deepNestingRefused() {
        let text = String(repeating: "[", count: 100_000)
        let (root, diags) = parse(text)
        #expect(root == nil)
        #expect(diags.map(\.id) == [.yamlTooDeep])
        #expect(diags.first?.span?.start == pos(1, 201))

        let block = (0..<300).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v\n"
        #expect(parse(block).diagnostics.map(\.id) == [.yamlTooDeep])

        let ok = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect(parse(ok).diagnostics.isEmpty)
    }

    @Test func aliasCannotExceedDepth() {
        var limits = YAMLReader.Limits()
        limits.maxDepth = 4
        let text = "a: &x [[1]]\nb: [[*x]]\n"
        #expect(parse(text, limits: limits).diagnostics.map(\.id) == [.yamlTooDeep])
    }

    @Test func syntaxErrorPosition() throws {
        let (root, diags) = parse("a: 1\nb: [x, y\nc: 2\n")
        #expect(root == nil)
        let d = try #require(diags.first)
        #expect(diags.count == 1)
        #expect(d.id == .yamlSyntax)
        #expect(d.span?.start == pos(3, 2))
        #expect(d.message.contains("did not find expected ',' or ']'"))
        #expect(d.message.contains("while parsing a flow sequence"))
        #expect(d.message.contains("line 2, column 4"))

        let (_, d2) = parse("a: b: c\n")
        #expect(d2.first?.span?.start == pos(1, 5))
        #expect(d2.first?.message.contains("mapping values are not allowed") == true)
    }

    @Test func tabIndentationIsLibyamlsError() {
        let (root, diags) = parse("a:\n\tb: 1\n")
        #expect(root == nil)
        #expect(diags.map(\.id) == [.yamlSyntax])
        #expect(diags.first?.span?.start == pos(2, 1))
    }

    @Test func controlCharacterIsReported() {
        let (root, diags) = parse("a: 1\nb: x\u{1}\n")
        #expect(root == nil)
        #expect(diags.map(\.id) == [.yamlSyntax])
        #expect(diags.first?.span?.start == pos(2, 5))
    }

    @Test func emptyDocuments() throws {
        for text in ["", "# only a comment\n# and another\n", "\n\n", "---\n", "\u{FEFF}"] {
            let (root, diags) = parse(text)
            #expect(diags.isEmpty, "\(text.debugDescription)")
            let r = try #require(root)
            #expect(r.isNull)
            if case .null = r.kind {} else { Issue.record("not .null for \(text.debugDescription)") }
            #expect(r.kindName == "nothing")
        }
        // An explicit empty string is a value, not an empty document.
        #expect(parse("''").root?.scalar == "")
        #expect(parse("''").root?.isNull == false)
    }

    @Test func multipleDocuments() {
        let (_, diags) = parse("a: 1\n---\nb: 2\n")
        #expect(diags.map(\.id) == [.yamlMultipleDocuments])
        #expect(diags.first?.span?.start == pos(2, 1))
    }

    @Test func byteOrderMarkStripped() throws {
        let (root, diags) = parse("\u{FEFF}a: b\n")
        #expect(diags.isEmpty)
        #expect(root?["a"]?.span.start == pos(1, 4))
    }

    @Test func tooLarge() {
        var limits = YAMLReader.Limits()
        limits.maxBytes = 10
        let (root, diags) = parse("a: 12345678901\n", limits: limits)
        #expect(root == nil)
        #expect(diags.map(\.id) == [.fileTooLarge])
    }

    @Test func nonScalarKeyRefused() {
        let (_, diags) = parse("? [a, b]\n: c\n")
        #expect(diags.map(\.id) == [.yamlKeyNotText])
        #expect(diags.first?.message(chinese: false) == "YAML syntax: a mapping key must be text, not a list")
        #expect(diags.first?.message(chinese: true) == "YAML 语法错误：映射的键应为文本，不能是列表")
    }

    @Test func crlfLineEndings() throws {
        let r = try #require(parse("a: 1\r\nb:\r\n  c: 2\r\n").root)
        #expect(r["b"]?["c"]?.span.start == pos(3, 6))
        #expect(r["b"]?["c"]?.scalar == "2")
    }
}

@Suite("YAML scalar content positions")
struct YAMLContentPositionTests {
    @Test func plainSingleLine() throws {
        let r = try #require(parse("when: income < 7000\n").root)
        let n = try #require(r["when"])
        #expect(n.contentStart == pos(1, 7))
        #expect(n.contentLineStarts.isEmpty)
    }

    @Test func plainMultiLine() throws {
        let text = """
        when: income < 7000
          and 人数 > 2

          or x
        """
        let n = try #require(parse(text).root?["when"])
        #expect(n.scalar == "income < 7000 and 人数 > 2\nor x")
        #expect(n.contentStart == pos(1, 7))
        #expect(starts(n) == [[14, 2, 3], [25, 4, 3]])
        // "人数" stands at line 2, column 7.
        #expect(position(of: 18, in: n) == pos(2, 7))
        #expect(position(of: 28, in: n) == pos(4, 6))
    }

    @Test func propertiesBeforeContent() throws {
        let n = try #require(parse("a: &x !!str  value\n").root?["a"])
        #expect(n.span.start == pos(1, 4))
        #expect(n.contentStart == pos(1, 14))
        #expect(n.tag == "tag:yaml.org,2002:str")
    }

    @Test func singleQuoted() throws {
        let text = """
        when: 'name == ''x''
            and y > 3'
        """
        let n = try #require(parse(text).root?["when"])
        #expect(n.scalar == "name == 'x' and y > 3")
        #expect(n.contentStart == pos(1, 8))
        #expect(starts(n) == [[12, 2, 5]])
        #expect(position(of: 16, in: n) == pos(2, 9))
    }

    @Test func doubleQuoted() throws {
        let text = """
        when: "a > 1
          and \\"b\\" < 2"
        k: "x"
        """
        let r = try #require(parse(text).root)
        let n = try #require(r["when"])
        #expect(n.scalar == "a > 1 and \"b\" < 2")
        #expect(n.contentStart == pos(1, 8))
        #expect(starts(n) == [[6, 2, 3]])
        #expect(r["k"]?.contentStart == pos(3, 5))
    }

    @Test func doubleQuotedEscapedLineBreak() throws {
        let n = try #require(parse("a: \"abc\\\n     def\"\n").root?["a"])
        #expect(n.scalar == "abcdef")
        #expect(starts(n) == [[3, 2, 6]])
    }

    @Test func literalBlock() throws {
        let text = """
        when: |  # comment
          income < 7000
            and 人数 > 2
          or x
        next: 1
        """
        let n = try #require(parse(text).root?["when"])
        #expect(n.scalar == "income < 7000\n  and 人数 > 2\nor x\n")
        #expect(n.contentStart == pos(2, 3))
        #expect(starts(n) == [[14, 3, 3], [27, 4, 3]])
        #expect(position(of: 16, in: n) == pos(3, 5))   // "and"
        #expect(position(of: 20, in: n) == pos(3, 9))   // "人数"
    }

    @Test func literalWithIndentationIndicator() throws {
        let n = try #require(parse("a: |2\n     x\n    y\n").root?["a"])
        #expect(n.scalar == "   x\n  y\n")
        #expect(n.contentStart == pos(2, 3))
        #expect(position(of: 3, in: n) == pos(2, 6))
        #expect(position(of: 7, in: n) == pos(3, 5))
    }

    @Test func foldedBlock() throws {
        let text = """
        a: >
          one
          two

          three
        """
        let n = try #require(parse(text).root?["a"])
        #expect(n.scalar == "one two\nthree")
        #expect(n.contentStart == pos(2, 3))
        #expect(starts(n) == [[4, 3, 3], [8, 5, 3]])
    }

    @Test func flowPlainMultiLine() throws {
        let n = try #require(parse("a: [x\n   y, z]\n").root?["a"]?.items?.first)
        #expect(n.scalar == "x y")
        #expect(starts(n) == [[2, 2, 4]])
    }
}

@Suite("YAML files")
struct YAMLFileTests {
    private func write(_ bytes: [UInt8]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-yaml-\(UUID().uuidString).yaml")
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func readsAndRegisters() throws {
        let path = try write(Array("\u{FEFF}名称: 低保\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sources = SourceStore()
        let (root, diags) = YAMLReader.parseFile(atPath: path, sources: sources)
        #expect(diags.isEmpty)
        #expect(root?["名称"]?.scalar == "低保")
        #expect(root?["名称"]?.span.start == pos(1, 5))
        #expect(root?["名称"]?.span.path == path)
        #expect(sources.line(1, of: path) == "名称: 低保")
    }

    @Test func invalidUTF8() throws {
        let path = try write(Array("a: b\nc: 中".utf8) + [0xFF, 0x41] + Array("\n".utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sources = SourceStore()
        let (root, diags) = YAMLReader.parseFile(atPath: path, sources: sources)
        #expect(root == nil)
        #expect(diags.map(\.id) == [.yamlInvalidUTF8])
        #expect(diags.first?.span?.start == pos(2, 5))
        #expect(sources.line(2, of: path) != nil)
    }

    @Test func truncatedUTF8AtEnd() throws {
        let path = try write(Array("x: y".utf8) + [0xE4, 0xB8])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (_, diags) = YAMLReader.parseFile(atPath: path, sources: SourceStore())
        #expect(diags.map(\.id) == [.yamlInvalidUTF8])
        #expect(diags.first?.span?.start == pos(1, 5))
    }

    @Test func unreadable() {
        let (root, diags) = YAMLReader.parseFile(atPath: "/nonexistent/watchline/x.yaml", sources: SourceStore())
        #expect(root == nil)
        #expect(diags.map(\.id) == [.fileUnreadable])
        let (_, dirDiags) = YAMLReader.parseFile(atPath: FileManager.default.temporaryDirectory.path, sources: SourceStore())
        #expect(dirDiags.map(\.id) == [.fileIsFolder])   // a folder is named as one (issue 17.23)
    }

    @Test func fileTooLarge() throws {
        let path = try write(Array(repeating: UInt8(ascii: "a"), count: 100))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var limits = YAMLReader.Limits()
        limits.maxBytes = 99
        let (_, diags) = YAMLReader.parseFile(atPath: path, sources: SourceStore(), limits: limits)
        #expect(diags.map(\.id) == [.fileTooLarge])
        limits.maxBytes = 100
        #expect(YAMLReader.parseFile(atPath: path, sources: SourceStore(), limits: limits).diagnostics.isEmpty)
    }
}
