import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO
/// A policy test file, written by policy staff:
///
/// ```yaml
/// watchline: 1
/// tests:
///   rules: lieshan-2022.yaml                # the rule file under test (relative to this file)
///   as_of: 2022-06-30
///   examples: ../../Examples/lieshan-2022/households.jsonl   # for cases taken by id
/// cases:
///   - name: 人均纯收入恰好7000元不低于监测范围
///     clause: "二、(一)"
///     from: 340604-GR-0003                  # or household: { … } inline
///     set: { income.net_per_capita: 7000 }  # fields changed for this case
///     unset: [expenses.medical_out_of_pocket]
///     params: { 监测范围: 7500 }             # what-if parameter values
///     expect:
///       monitored: false
///       risks: []                           # exact; or risks_include: [因病]
///       fired: [risks.低收入]                # rules that must hold
///   - name: 入户核查应在申请后2天内完成
///     clause: "二、(三)"
///     timeline: { procedure: monitoring_identification, events: { applied: 2022-05-06 } }
///     as_of: 2022-05-20
///     expect:
///       steps: { household_check: { due: 2022-05-08, status: overdue } }
/// ```
public struct PolicyTestFile: Sendable {
    public struct Case: Sendable {
        public var name: String
        public var clause: String?
        public var span: SourceSpan
        public var from: String?
        public var household: HouseholdTree?
        public var set: [(path: [String], value: HouseholdTree)]
        public var unset: [[String]]
        public var params: [String: ParamValue]
        public var asOf: CivilDate?
        /// A procedure case: the steps' due dates and statuses are checked instead of a decision.
        public var timeline: TimelineCase?
        public var expect: Expectations
        /// The document's words that decide the case (checked against the rule file's text).
        public var quotes: [(text: String, span: SourceSpan)] = []
        /// Readings of the rule file the case rests on (`readings:` ids).
        public var readings: [(id: String, span: SourceSpan)] = []
        /// Written by `:save-test` / `test --boundaries`: an officer has not yet said what decides it.
        public var unconfirmed = false
        /// What decides the case: the text (a quote), a reading, or nobody yet.
        public var basis: Basis { unconfirmed ? .unconfirmed : (!quotes.isEmpty ? .text : (!readings.isEmpty ? .reading : .none)) }
        public enum Basis: Sendable { case text, reading, unconfirmed, none }
    }

    public struct Expectations: Sendable {
        public var monitored: Bool??
        public var category: String??
        public var risks: [String]?
        public var risksInclude: [String]?
        public var risksExclude: [String]?
        public var excludedBy: [String]?
        public var measures: [String]?
        public var measuresInclude: [String]?
        public var measuresExclude: [String]?
        public var alerts: [String]?
        public var alertsInclude: [String]?
        public var alertsExclude: [String]?
        public var watch: Bool??
        /// Measure → expected amount (nil: the measure is given with no amount).
        public var amounts: [(String, Int64?)] = []
        public var undetermined: [String]?
        public var errors: Bool?
        /// Decision ids (e.g. `risk_eliminable`) → expected value as text (`true`, `null`, `3`).
        public var decisions: [(String, String)] = []
        /// `risks.因病`, `exclusions.X`, `categories.Y`, `assistance.Z`: rules that must hold.
        public var fired: [String] = []
        public var notFired: [String] = []
        /// Timeline step id → expected due date and status (`on_time`, `late`, `overdue`, …).
        public var steps: [(step: String, due: CivilDate?, status: String?)] = []
        /// Recurring duty id → its next due date for this household (nil: the duty does not apply).
        public var duties: [(duty: String, due: CivilDate?)] = []
        public var span: SourceSpan?
    }

    public var path: String
    public var rules: String
    public var asOf: CivilDate
    public var examples: String?
    /// Departments' lists for the cases (`lists: {vehicles: vehicles.csv}`, relative to the test file);
    /// a list the rules read that is not named here has no rows.
    public var lists: [(name: String, path: String)] = []
    public var cases: [Case]
}
