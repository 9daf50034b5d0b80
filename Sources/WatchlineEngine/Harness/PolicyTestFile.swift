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
package struct PolicyTestFile: Sendable {
    package struct Case: Sendable {
        package var name: String
        package var clause: String?
        package var span: SourceSpan
        package var from: String?
        package var household: HouseholdTree?
        package var set: [(path: [String], value: HouseholdTree)]
        package var unset: [[String]]
        package var params: [String: ParamValue]
        package var asOf: CivilDate?
        /// A procedure case: the steps' due dates and statuses are checked instead of a decision.
        package var timeline: TimelineCase?
        package var expect: Expectations
        /// The document's words that decide the case (checked against the rule file's text).
        package var quotes: [(text: String, span: SourceSpan)] = []
        /// Readings of the rule file the case rests on (`readings:` ids).
        package var readings: [(id: String, span: SourceSpan)] = []
        /// Written by `:save-test` / `test --boundaries`: an officer has not yet said what decides it.
        package var unconfirmed = false
        /// What decides the case: the text (a quote), a reading, or nobody yet.
        package var basis: Basis { unconfirmed ? .unconfirmed : (!quotes.isEmpty ? .text : (!readings.isEmpty ? .reading : .none)) }
        package enum Basis: Sendable { case text, reading, unconfirmed, none }
    }

    package struct Expectations: Sendable {
        package var monitored: Bool??
        package var category: String??
        package var risks: [String]?
        package var risksInclude: [String]?
        package var risksExclude: [String]?
        package var excludedBy: [String]?
        package var measures: [String]?
        package var measuresInclude: [String]?
        package var measuresExclude: [String]?
        package var alerts: [String]?
        package var alertsInclude: [String]?
        package var alertsExclude: [String]?
        package var watch: Bool??
        /// Measure → expected amount (nil: the measure is given with no amount).
        package var amounts: [(String, Int64?)] = []
        package var undetermined: [String]?
        package var errors: Bool?
        /// Decision ids (e.g. `risk_eliminable`) → expected value as text (`true`, `null`, `3`).
        package var decisions: [(String, String)] = []
        /// `risks.因病`, `exclusions.X`, `categories.Y`, `assistance.Z`: rules that must hold.
        package var fired: [String] = []
        package var notFired: [String] = []
        /// Timeline step id → expected due date and status (`on_time`, `late`, `overdue`, …).
        package var steps: [(step: String, due: CivilDate?, status: String?)] = []
        /// Recurring duty id → its next due date for this household (nil: the duty does not apply).
        package var duties: [(duty: String, due: CivilDate?)] = []
        package var span: SourceSpan?
    }

    package var path: String
    package var rules: String
    package var asOf: CivilDate
    package var examples: String?
    /// Departments' lists for the cases (`lists: {vehicles: vehicles.csv}`, relative to the test file);
    /// a list the rules read that is not named here has no rows.
    package var lists: [(name: String, path: String)] = []
    package var cases: [Case]
}
