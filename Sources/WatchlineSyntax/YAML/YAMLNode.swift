/// How a scalar was written. The reader does no type guessing: a scalar is its text plus this.
package enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One node of a YAML document as the rest of Watchline sees it. No C type escapes this folder.
package struct YAMLNode: Sendable {
    package enum Kind: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([YAMLNode])
        /// In document order; a duplicate key has already been reported and its pair dropped.
        case mapping([YAMLPair])
        /// An empty document only (an empty file, or one holding only comments).
        case null
    }

    package var kind: Kind
    /// From the node's start mark to its end mark (1-based line and column).
    package var span: SourceSpan
    package var tag: String?
    package var anchor: String?
    /// Position of the scalar's first content character (after the opening quote; for block
    /// scalars `|`/`>`, the first character of the first content line), and for scalars whose
    /// content spans several lines, the scalar offsets (in Unicode scalars of the decoded value)
    /// at which each following line begins with that line's position. Used to point errors
    /// inside expressions at the right column. For quoted scalars with escapes, a close
    /// approximation.
    package var contentStart: SourcePosition
    package var contentLineStarts: [(offset: Int, position: SourcePosition)]

    package init(_ kind: Kind, span: SourceSpan, tag: String? = nil, anchor: String? = nil,
                contentStart: SourcePosition? = nil,
                contentLineStarts: [(offset: Int, position: SourcePosition)] = []) {
        self.kind = kind
        self.span = span
        self.tag = tag
        self.anchor = anchor
        self.contentStart = contentStart ?? span.start
        self.contentLineStarts = contentLineStarts
    }

    /// The memberwise initializer.
    package init(kind: Kind, span: SourceSpan, tag: String?, anchor: String?,
                contentStart: SourcePosition, contentLineStarts: [(offset: Int, position: SourcePosition)]) {
        self.init(kind, span: span, tag: tag, anchor: anchor, contentStart: contentStart, contentLineStarts: contentLineStarts)
    }

    /// A node built in code (for `YAMLWriter`); its span is `path:1:1`.
    package static func scalar(_ text: String, style: ScalarStyle = .plain, path: String = "") -> YAMLNode {
        YAMLNode(.scalar(text, style), span: SourceSpan(path: path, line: 1, column: 1))
    }
    package static func sequence(_ items: [YAMLNode], path: String = "") -> YAMLNode {
        YAMLNode(.sequence(items), span: SourceSpan(path: path, line: 1, column: 1))
    }
    package static func mapping(_ pairs: [(String, YAMLNode)], path: String = "") -> YAMLNode {
        YAMLNode(.mapping(pairs.map { YAMLPair(key: .scalar($0.0, path: path), value: $0.1) }),
                 span: SourceSpan(path: path, line: 1, column: 1))
    }

    /// The text of a scalar, else nil.
    package var scalar: String? {
        if case .scalar(let s, _) = kind { return s }
        return nil
    }

    /// True for an empty document, and for the plain scalars "", "~", "null", "Null", "NULL".
    package var isNull: Bool {
        switch kind {
        case .null: return true
        case .scalar(let s, .plain): return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
        default: return false
        }
    }

    package var pairs: [YAMLPair]? {
        if case .mapping(let p) = kind { return p }
        return nil
    }

    package var items: [YAMLNode]? {
        if case .sequence(let i) = kind { return i }
        return nil
    }

    /// "a scalar", "a list", "a mapping" (and "nothing" for an empty value), for messages.
    package var kindName: String {
        switch kind {
        case .scalar(let s, .plain) where s.isEmpty: return "nothing"
        case .scalar: return "a scalar"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .null: return "nothing"
        }
    }

    /// `kindName` as a catalogue word, worded in the language the message is printed in.
    package var kindArg: MessageArg {
        switch kind {
        case .scalar(let s, .plain) where s.isEmpty: return .message(.kindNothing, [])
        case .scalar: return .message(.kindScalar, [])
        case .sequence: return .message(.kindList, [])
        case .mapping: return .message(.kindMapping, [])
        case .null: return .message(.kindNothing, [])
        }
    }

    /// The value for `key` in a mapping (nil when absent or not a mapping).
    package subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.keyText == key }?.value
    }
}

package struct YAMLPair: Sendable {
    package var key: YAMLNode
    package var value: YAMLNode
    /// The scalar key's text.
    package var keyText: String

    package init(key: YAMLNode, value: YAMLNode, keyText: String? = nil) {
        self.key = key
        self.value = value
        self.keyText = keyText ?? key.scalar ?? ""
    }
}
