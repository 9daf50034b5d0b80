import WatchlineSyntax
/// The sections of a rule file whose elements are named by id — the one list of them. The loader
/// (reading, overriding and `remove:` across `extends` layers), `RuleFileKeys`, the JSON schema,
/// the checker, the compiler, the fast plan, trace entries (`TraceEntry.Kind`), `ruleInfo`, the
/// explain text's words and the coverage keys all derive from it.
///
/// Adding a boolean-rule section (elements `{when, source, label, note}`, read as `Rule`) takes:
/// 1. a case below, in the order its key is listed (`remove:`'s message lists them so), and its
///    line in `info` (a trace name and a stage: `RuleSectionTests` requires both);
/// 2. its semantics in `Decider.decide` (when it runs, what it sets in `Decision`), reading its
///    compiled rules as `rules[.x]` (resolved into a `let` in `CompiledRuleset.init` when read
///    per household: a `Table` subscript is a search, for load and compile time);
/// 3. its description in `KeyDescriptions` ("top.KEY": a test fails without it), and the docs.
/// What the output shows of it (a `Decision` field, its JSON key, a test file's `expect`) is its
/// own, as are the lists that pick sections by hand, each in its own order: `Coverage.register`
/// (`test --coverage`), `BoundaryCases` and `IntegerDivisionLint` (risks and categories only).
package enum RuleSection: String, CaseIterable, Sendable {
    case parameters, definitions, risks, exclusions, categories, measures, assistance, decisions,
         population, timelines, lists, alerts, watch, readings

    /// The stages a household's decision goes through (docs/LANGUAGE.md, "Stages" and "How a
    /// decision is made"), in the decider's order: alerts are decided before the risks that
    /// place a household in the monitoring scope, since a risk may read them.
    package enum Stage: Int, Comparable, Sendable {
        case alert, scope, identification, watch, assistance, decisions
        package static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    package struct Info: Sendable {
        /// What a trace entry of one element is called (JSON `trace[].kind`); nil: no element of it is traced whole.
        package var trace: String?
        /// Its elements are `Rule`s: a condition each, checked as a boolean, kept in `Table`s.
        package var booleanRules: Bool
        /// Where in the decision it is evaluated; nil: not per household.
        package var stage: Stage?
        /// A word for one element (explain, messages).
        package var zh: String, en: String
    }

    package var info: Info {
        switch self {
        case .parameters:  Info(trace: nil, booleanRules: false, stage: nil, zh: "参数", en: "parameter")
        case .definitions: Info(trace: nil, booleanRules: false, stage: nil, zh: "定义", en: "definition")
        case .alerts:      Info(trace: "alert", booleanRules: true, stage: .alert, zh: "预警", en: "alert")
        case .risks:       Info(trace: "risk", booleanRules: true, stage: .scope, zh: "风险", en: "risk")
        case .exclusions:  Info(trace: "exclusion", booleanRules: false, stage: .identification, zh: "排除", en: "exclusion")
        case .categories:  Info(trace: "category", booleanRules: true, stage: .identification, zh: "类型", en: "category")
        case .watch:       Info(trace: "watch", booleanRules: true, stage: .watch, zh: "持续关注规则", en: "watch rule")
        case .measures:    Info(trace: nil, booleanRules: false, stage: .assistance, zh: "帮扶措施", en: "measure")
        case .assistance:  Info(trace: "assistance", booleanRules: false, stage: .assistance, zh: "帮扶规则", en: "assistance row")
        case .decisions:   Info(trace: "decision", booleanRules: false, stage: .decisions, zh: "决定项", en: "decision")
        case .population:  Info(trace: nil, booleanRules: false, stage: nil, zh: "总体核查", en: "population check")
        case .timelines:   Info(trace: nil, booleanRules: false, stage: nil, zh: "程序时限", en: "timeline")
        case .lists:       Info(trace: nil, booleanRules: false, stage: nil, zh: "部门名单", en: "list")
        case .readings:    Info(trace: nil, booleanRules: false, stage: nil, zh: "解读", en: "reading")
        }
    }

    /// The YAML key (`risks:`), also the section `remove:` and citations name.
    package var key: String { rawValue }
    package var isBooleanRules: Bool { info.booleanRules }
    /// The word for one element in the language of the messages.
    package var label: String { MessageCatalogue.useChinese ? info.zh : info.en }
    /// One element named, for messages ("risk '因病'" / "风险“因病”"), worded when printed.
    package func what(_ id: String) -> MessageArg {
        let word: MessageID = switch self {
        case .parameters: .whatParameter
        case .definitions: .whatDefinition
        case .alerts: .whatAlert
        case .risks: .whatRisk
        case .exclusions: .whatExclusion
        case .categories: .whatCategory
        case .watch: .whatWatchRule
        case .measures: .whatMeasure
        case .assistance: .whatNamedAssistanceRow
        case .decisions: .whatDecision
        case .population: .whatPopulation
        case .timelines: .whatTimeline
        case .lists: .whatList
        case .readings: .whatReading
        }
        return .message(word, [.text(id)])
    }

    /// The word for several, for messages ("risks" / "风险"), worded when printed.
    package var pluralWord: MessageArg {
        let word: MessageID = switch self {
        case .parameters: .pluralParameters
        case .definitions: .pluralDefinitions
        case .alerts: .pluralAlerts
        case .risks: .pluralRisks
        case .exclusions: .pluralExclusions
        case .categories: .pluralCategories
        case .watch: .pluralWatchRules
        case .measures: .pluralMeasures
        case .assistance: .pluralAssistanceRows
        case .decisions: .pluralDecisions
        case .population: .pluralPopulation
        case .timelines: .pluralTimelines
        case .lists: .pluralLists
        case .readings: .pluralReadings
        }
        return .message(word, [])
    }

    /// The English word for several ("risks", "watch rules", "categories").
    package var plural: String { info.en.hasSuffix("y") ? String(info.en.dropLast()) + "ies" : info.en + "s" }

    /// The sections whose elements are boolean rules, in `allCases` order: a `Table`'s columns.
    package static let booleanRuleSections = allCases.filter(\.isBooleanRules)
    /// The sections a household's decision evaluates, in the order the decider does.
    package static let pipeline = allCases.filter { $0.info.stage != nil }.enumerated()
        .sorted { ($0.element.info.stage!, $0.offset) < ($1.element.info.stage!, $1.offset) }.map(\.element)

    /// A trace entry's part of an element: the element itself (a rule's `when`, a row, a
    /// decision's value or `applies`), or a part traced on its own.
    package enum Part: String, Sendable {
        case element, exception, notIf = "not_if", amount
        package var info: (zh: String, en: String) {
            switch self {
            case .element: ("", "")
            case .exception: ("例外", "exception")
            case .notIf: ("不予帮扶条件", "withheld-if for")
            case .amount: ("金额", "amount of")
            }
        }
    }

    /// One value per boolean-rule section (`rules[.risks]`): the rules as read, checked, compiled.
    package struct Table<Value> {
        package private(set) var columns: [Value]
        package init(_ make: (RuleSection) throws -> Value) rethrows { columns = try RuleSection.booleanRuleSections.map(make) }
        package subscript(_ section: RuleSection) -> Value {
            get { columns[section.column] }
            set { columns[section.column] = newValue }
        }
        package func map<T>(_ f: (RuleSection, Value) throws -> T) rethrows -> Table<T> { try Table<T> { try f($0, self[$0]) } }
    }

    /// The column of a boolean-rule section in a `Table`.
    var column: Int {
        guard let i = Self.booleanRuleSections.firstIndex(of: self) else { preconditionFailure("\(self) holds no boolean rules") }
        return i
    }
}

extension RuleSection.Table: Sendable where Value: Sendable {}
