import CYAML

/// Reads libyaml's events (`yaml_parser_parse`) and composes `YAMLNode`s, without recursion:
/// collections under construction live on an explicit stack, so nesting is bounded by
/// `Limits.maxDepth`, not by the thread's stack.
struct YAMLComposer {
    let path: String
    let limits: YAMLReader.Limits
    let locator: ScalarLocator
    private(set) var diagnostics: [Diagnostic] = []

    /// A node with what the limits need: how many nodes it stands for and how deep it goes.
    private struct Built {
        var node: YAMLNode
        var count: Int
        var height: Int
    }

    private struct Frame {
        var isMapping: Bool
        var flow: Bool
        var start: SourcePosition
        var tag: String?
        var anchor: String?
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        var dropPendingPair = false
        var firstKeySpans: [String: SourceSpan] = [:]
        var count = 1
        var height = 1
        var lastEnd: SourcePosition?
    }

    private var anchors: [String: Built] = [:]
    private var aliasNodes = 0
    private var stack: [Frame] = []

    init(path: String, limits: YAMLReader.Limits, source: [Unicode.Scalar]) {
        self.path = path
        self.limits = limits
        self.locator = ScalarLocator(source)
    }

    private struct Stop: Error {}

    /// Parses `bytes` (UTF-8, no BOM, not empty). Returns the root, or nil after an error that
    /// leaves no tree.
    mutating func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> YAMLNode? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            diagnostics.append(Diagnostic(.yamlOutOfMemory, at: span(line: 1, column: 1), args: []))
            return nil
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)

        var root: YAMLNode?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) != 0 else {
                diagnostics.append(syntaxError(parser.pointee, bytes))
                return nil
            }
            defer { yaml_event_delete(&event) }
            let type = event.type
            if type == YAML_STREAM_END_EVENT { break }
            do {
                switch type {
                case YAML_DOCUMENT_START_EVENT:
                    documents += 1
                    if documents > 1 {
                        diagnostics.append(Diagnostic(.yamlMultipleDocuments, at: span(event.start_mark, event.end_mark)))
                        return root
                    }
                case YAML_SCALAR_EVENT:
                    try add(scalar(event), into: &root)
                case YAML_ALIAS_EVENT:
                    try add(alias(event), into: &root)
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    try push(event)
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    try add(pop(event), into: &root)
                default:
                    break   // STREAM-START, DOCUMENT-END
                }
            } catch {
                return nil
            }
        }
        guard var r = root else {
            // No document at all: an empty file, or only comments.
            return YAMLNode(.null, span: span(line: 1, column: 1))
        }
        // `---` with nothing after it is an empty document too.
        if case .scalar("", .plain) = r.kind, r.tag == nil, r.anchor == nil { r.kind = .null }
        return r
    }

    // MARK: events

    private func scalar(_ event: yaml_event_t) -> Built {
        let data = event.data.scalar
        let text = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
        let style: ScalarStyle
        switch data.style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: style = .literal
        case YAML_FOLDED_SCALAR_STYLE: style = .folded
        default: style = .plain
        }
        let anchor = cString(data.anchor)
        let tag = cString(data.tag)
        let located = locator.locate(value: text, style: style, hasProperties: anchor != nil || tag != nil,
                                     start: cursor(event.start_mark), end: cursor(event.end_mark))
        let node = YAMLNode(.scalar(text, style), span: span(event.start_mark, event.end_mark), tag: tag, anchor: anchor,
                            contentStart: located.start, contentLineStarts: located.lineStarts)
        return Built(node: node, count: 1, height: 0)
    }

    private mutating func alias(_ event: yaml_event_t) throws -> Built {
        let name = cString(event.data.alias.anchor) ?? ""
        let at = span(event.start_mark, event.end_mark)
        guard let target = anchors[name] else {
            diagnostics.append(Diagnostic(.yamlUnknownAlias, at: at, name))
            return Built(node: YAMLNode(.scalar("", .plain), span: at), count: 1, height: 0)
        }
        aliasNodes += target.count
        if aliasNodes > limits.maxAliasExpansion {
            diagnostics.append(Diagnostic(.yamlAliasLimit, at: at, String(limits.maxAliasExpansion)))
            throw Stop()
        }
        if stack.count + target.height > limits.maxDepth {
            diagnostics.append(Diagnostic(.yamlTooDeep, at: at, String(limits.maxDepth)))
            throw Stop()
        }
        var copy = target
        copy.node.span = at
        copy.node.anchor = nil
        return copy
    }

    private mutating func push(_ event: yaml_event_t) throws {
        let isMapping = event.type == YAML_MAPPING_START_EVENT
        let start = position(event.start_mark)
        if stack.count + 1 > limits.maxDepth {
            diagnostics.append(Diagnostic(.yamlTooDeep, at: span(event.start_mark, event.end_mark), String(limits.maxDepth)))
            throw Stop()
        }
        let anchor: String?, tag: String?, flow: Bool
        if isMapping {
            let d = event.data.mapping_start
            anchor = cString(d.anchor); tag = cString(d.tag); flow = d.style == YAML_FLOW_MAPPING_STYLE
        } else {
            let d = event.data.sequence_start
            anchor = cString(d.anchor); tag = cString(d.tag); flow = d.style == YAML_FLOW_SEQUENCE_STYLE
        }
        stack.append(Frame(isMapping: isMapping, flow: flow, start: start, tag: tag, anchor: anchor))
    }

    private mutating func pop(_ event: yaml_event_t) throws -> Built {
        guard let frame = stack.popLast() else { throw Stop() }
        // A block collection ends where its last entry ends, not where the next token begins.
        let end = (frame.flow ? nil : frame.lastEnd) ?? position(event.end_mark)
        let kind: YAMLNode.Kind = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
        let node = YAMLNode(kind, span: SourceSpan(path: path, start: frame.start, end: end),
                            tag: frame.tag, anchor: frame.anchor)
        return Built(node: node, count: frame.count, height: frame.height)
    }

    /// Hands a finished node to the collection being built (or makes it the root).
    private mutating func add(_ built: Built, into root: inout YAMLNode?) throws {
        if let name = built.node.anchor { anchors[name] = built }
        guard !stack.isEmpty else {
            root = built.node
            return
        }
        let top = stack.count - 1
        stack[top].count += built.count
        stack[top].height = max(stack[top].height, built.height + 1)
        stack[top].lastEnd = built.node.span.end
        guard stack[top].isMapping else {
            stack[top].items.append(built.node)
            return
        }
        guard let key = stack[top].pendingKey else {
            // A key.
            stack[top].pendingKey = built.node
            stack[top].dropPendingPair = false
            switch built.node.kind {
            case .scalar(let text, let style):
                if text == "<<" && style == .plain && built.node.tag == nil {
                    diagnostics.append(Diagnostic(.yamlMergeKey, at: built.node.span))
                    stack[top].dropPendingPair = true
                } else if let first = stack[top].firstKeySpans[text] {
                    diagnostics.append(Diagnostic(.yamlDuplicateKey, at: built.node.span, text, notes: [
                        Diagnostic.Note(span: first, .yamlFirstKey, text),
                    ]))
                    stack[top].dropPendingPair = true
                } else {
                    stack[top].firstKeySpans[text] = built.node.span
                }
            default:
                diagnostics.append(Diagnostic(.yamlKeyNotText, at: built.node.span, built.node.kindArg))
                stack[top].dropPendingPair = true
            }
            return
        }
        // A value.
        if !stack[top].dropPendingPair {
            stack[top].pairs.append(YAMLPair(key: key, value: built.node))
        }
        stack[top].pendingKey = nil
        stack[top].dropPendingPair = false
    }

    // MARK: errors and positions

    private func syntaxError(_ p: yaml_parser_t, _ bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        var problem = MessageArg.message(.yamlUnknownProblem, [])
        if let text = cString(p.problem) { problem = LibYAMLProblems.text(text) }
        switch p.error {
        case YAML_MEMORY_ERROR:
            return Diagnostic(.yamlOutOfMemory, at: span(line: 1, column: 1), args: [])
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset, not a mark.
            let offset = min(p.problem_offset, bytes.count)
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<offset]), as: UTF8.self)
            let pos = YAMLReader.endPosition(of: prefix.unicodeScalars)
            var message = problem
            if p.problem_value >= 0 {
                let code: [MessageArg] = [problem, .text(hex(UInt32(p.problem_value)))]
                message = .message(.yamlProblemCodePoint, code)
            }
            return Diagnostic(.yamlSyntax, at: span(line: pos.line, column: pos.column), message)
        default:
            let line = Int(p.problem_mark.line), column = Int(p.problem_mark.column)
            if let hint = Self.hint(bytes, line: line, column: column) {
                return Diagnostic(.yamlSyntax, at: span(line: hint.line + 1, column: hint.column + 1), .message(hint.id, []))
            }
            var message = problem
            if let context = cString(p.context) {
                var where_ = LibYAMLProblems.text(context)
                if p.context_mark.index != p.problem_mark.index {
                    let line = String(p.context_mark.line + 1), column = String(p.context_mark.column + 1)
                    let began: [MessageArg] = [where_, .text(line), .text(column)]
                    where_ = .message(.yamlContextBegan, began)
                }
                message = .message(.yamlProblemInContext, [problem, where_])
            }
            return Diagnostic(.yamlSyntax, at: span(line: Int(p.problem_mark.line) + 1, column: Int(p.problem_mark.column) + 1), message)
        }
    }

    /// What clerks' editors put in that YAML cannot read, named plainly: a tab used to indent, or a
    /// full-width colon '：' after a key (libyaml's own words point elsewhere).
    static func hint(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int) -> (id: MessageID, line: Int, column: Int)? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard line < lines.count else { return nil }
        let here = lines[line]
        if let tab = here.prefix(while: { $0 == " " || $0 == "\t" }).firstIndex(of: "\t") {
            return (.yamlTabIndent, line, here.distance(from: here.startIndex, to: tab))
        }
        // A full-width colon on this line or the one above (libyaml often fails on the next key).
        for l in [line, line - 1] where l >= 0 && l < lines.count {
            let text = lines[l]
            let body = text.drop(while: { $0 == " " || $0 == "-" })
            if !body.hasPrefix("#"), !body.contains(":"), let colon = body.firstIndex(of: "：") {
                return (.yamlFullWidthColon, l, text.distance(from: text.startIndex, to: colon))
            }
        }
        return nil
    }

    private func hex(_ v: UInt32) -> String {
        let s = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    private func position(_ m: yaml_mark_t) -> SourcePosition {
        SourcePosition(line: Int(m.line) + 1, column: Int(m.column) + 1)
    }
    private func cursor(_ m: yaml_mark_t) -> ScalarLocator.Cursor {
        ScalarLocator.Cursor(index: Int(m.index), line: Int(m.line), column: Int(m.column))
    }
    private func span(_ a: yaml_mark_t, _ b: yaml_mark_t) -> SourceSpan {
        SourceSpan(path: path, start: position(a), end: position(b))
    }
    private func span(line: Int, column: Int) -> SourceSpan {
        SourceSpan(path: path, line: line, column: column)
    }

    /// A NUL-terminated libyaml string (anchors, tags, messages), decoded as UTF-8 with its length.
    private func cString<T>(_ p: UnsafePointer<T>?) -> String? {
        guard let p else { return nil }
        return p.withMemoryRebound(to: UInt8.self, capacity: 1) { bytes in
            var n = 0
            while bytes[n] != 0 { n += 1 }
            return String(decoding: UnsafeBufferPointer(start: bytes, count: n), as: UTF8.self)
        }
    }

    private func cString<T>(_ p: UnsafeMutablePointer<T>?) -> String? {
        cString(p.map { UnsafePointer($0) })
    }
}
