import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The texts of a tree, in order, with the shape marked: what a round trip must keep.
private func texts(_ n: YAMLNode) -> [String] {
    switch n.kind {
    case .scalar(let s, _): return [s]
    case .sequence(let items): return ["["] + items.flatMap(texts) + ["]"]
    case .mapping(let pairs): return ["{"] + pairs.flatMap { [$0.keyText + ":"] + texts($0.value) } + ["}"]
    case .null: return ["(null)"]
    }
}

@Suite("YAML writer")
struct YAMLWriterTests {
    @Test func quotesWhatWouldReadAsSomethingElse() throws {
        let strings = ["no", "", "01234", "a: b", "中文规则", "yes", "~", "null", "0x1F", "1e5", ".inf", "<<",
                       "7000", "-0.35", "2022-01-01", "plain text", "- x", "#x", " lead", "trail ", "10:30"]
        let node = YAMLNode.sequence(strings.map { YAMLNode.scalar($0) })
        let out = YAMLWriter.emit(node)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines == [
            "- 'no'", "- ''", "- '01234'", "- 'a: b'", "- 中文规则", "- 'yes'", "- '~'", "- 'null'", "- '0x1F'",
            "- '1e5'", "- '.inf'", "- '<<'",
            "- 7000", "- -0.35", "- 2022-01-01", "- plain text", "- '- x'", "- '#x'", "- ' lead'", "- 'trail '",
            "- '10:30'",
        ])
        let back = try #require(YAMLReader.parse(out, path: "out.yaml").root)
        #expect(back.items?.compactMap(\.scalar) == strings)
    }

    @Test func keysAreQuotedToo() {
        let node = YAMLNode.mapping([("no", .scalar("x")), ("名称", .scalar("低保")), ("a: b", .scalar("")), ("", .scalar("y"))])
        #expect(YAMLWriter.emit(node) == "'no': x\n名称: 低保\n'a: b': ''\n'': 'y'\n")
    }

    @Test func stylesKept() {
        let node = YAMLNode.mapping([
            ("s", .scalar("single", style: .singleQuoted)),
            ("d", .scalar("double", style: .doubleQuoted)),
            ("l", .scalar("line 1\nline 2\n", style: .literal)),
            ("m", .scalar("multi\nline")),
            ("f", .scalar("folded text\n", style: .folded)),
        ])
        #expect(YAMLWriter.emit(node) == """
        s: 'single'
        d: "double"
        l: |
          line 1
          line 2
        m: |-
          multi
          line
        f: >
          folded text

        """)
    }

    @Test func nestedAndEmptyCollections() {
        let node = YAMLNode.mapping([
            ("rules", .sequence([
                .mapping([("id", .scalar("r1")), ("when", .scalar("x > 1"))]),
                .mapping([("id", .scalar("r2")), ("tags", .sequence([]))]),
            ])),
            ("params", .mapping([])),
        ])
        #expect(YAMLWriter.emit(node) == """
        rules:
        - id: r1
          when: x > 1
        - id: r2
          tags: []
        params: {}

        """)
    }

    @Test func emptyDocument() {
        #expect(YAMLWriter.emit(YAMLNode(.null, span: SourceSpan(path: "", line: 1, column: 1))) == "")
    }

    @Test func roundTripOfAParsedFile() throws {
        let text = """
        # a rule file
        version: 1
        名称: 低保审核
        rules:
          - id: income
            when: |
              household.income_per_capita < 7000
                and household.size > 2
            severity: high
            note: 'it''s "quoted"'
            tags: [a, 'no', "01234", 2022-01-01]
          - id: folded
            text: >
              one
              two
            empty:
            flags: {on: off, yes: no}
        params:
          limit: 01234
          list: []
          nested: {}
        """
        let (root, diags) = YAMLReader.parse(text, path: "r.yaml")
        #expect(diags.isEmpty)
        let r = try #require(root)
        let out = YAMLWriter.emit(r)
        let (back, backDiags) = YAMLReader.parse(out, path: "out.yaml")
        #expect(backDiags.isEmpty)
        let b = try #require(back)
        #expect(texts(b) == texts(r))
        // And the emitted text is stable.
        #expect(YAMLWriter.emit(b) == out)
    }

    @Test func controlCharactersEscaped() throws {
        let s = "bell\u{7} and tab\t"
        let out = YAMLWriter.emit(.sequence([.scalar(s)]))
        #expect(YAMLReader.parse(out, path: "o").root?.items?.first?.scalar == s)
    }
}

@Suite("YAML node")
struct YAMLNodeTests {
    @Test func memberwiseInitializer() {
        let span = SourceSpan(path: "x", line: 2, column: 3)
        let n = YAMLNode(kind: .scalar("v", .plain), span: span, tag: nil, anchor: nil,
                         contentStart: span.start, contentLineStarts: [])
        #expect(n.scalar == "v")
        #expect(YAMLPair(key: .scalar("k"), value: n).keyText == "k")
    }

    @Test("a boolean, null or number built in code with its core-schema tag is written plain, and reads back as that type")
    func typedScalarsArePlain() throws {
        func typed(_ s: String, _ tag: String) -> YAMLNode { YAMLNode(.scalar(s, .plain), span: SourceSpan(path: "", line: 1, column: 1), tag: tag) }
        let node = YAMLNode.mapping([("b", typed("true", YAMLWriter.boolTag)), ("none", typed("null", YAMLWriter.nullTag)),
                                     ("x", typed("1e5", YAMLWriter.numberTag)), ("t", .scalar("true")),
                                     ("wrong", typed("yes", YAMLWriter.boolTag))])
        let out = YAMLWriter.emit(node)
        #expect(out == "b: true\nnone: null\nx: 1e5\nt: 'true'\nwrong: !!bool yes\n")
        let back = try #require(YAMLReader.parse(out, path: "t.yaml").root)
        #expect(back["b"]?.kind.isPlain("true") == true)
        #expect(back["t"]?.kind.isPlain("true") == false)
    }
}

private extension YAMLNode.Kind {
    func isPlain(_ text: String) -> Bool { if case .scalar(text, .plain) = self { return true }; return false }
}
