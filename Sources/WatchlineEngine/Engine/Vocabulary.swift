import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

// The names a client of the engine uses from the stages below it. `watchline` (the CLI),
// `Perf/` and `Fuzz/` import WatchlineEngine only; these are the values they hold and pass back.

// Files, positions, diagnostics and messages
public typealias SourceStore = WatchlineSyntax.SourceStore
public typealias Diagnostic = WatchlineSyntax.Diagnostic
public typealias DiagnosticRenderer = WatchlineSyntax.DiagnosticRenderer
public typealias MessageCatalogue = WatchlineSyntax.MessageCatalogue
public typealias MessageID = WatchlineSyntax.MessageID
public typealias FixIt = WatchlineSyntax.FixIt
public typealias FixItEditor = WatchlineSyntax.FixItEditor
public typealias ReadError = WatchlineSyntax.ReadError
public typealias RecordFileOptions = WatchlineSyntax.RecordFileOptions
public typealias RegexProgram = WatchlineLanguage.RegexProgram
// The rule language
public typealias CivilDate = WatchlineLanguage.CivilDate
public typealias ParamValue = WatchlineLanguage.ParamValue
public typealias ParamWhatIf = WatchlineLanguage.ParamWhatIf
public typealias RulesRoot = WatchlineLanguage.RulesRoot
public typealias ListStore = WatchlineLanguage.ListStore
public typealias HouseholdRecord = WatchlineLanguage.HouseholdRecord
public typealias RuleFileSchema = WatchlineLanguage.RuleFileSchema
// Evaluation
public typealias CompiledRuleset = WatchlineEvaluation.CompiledRuleset
public typealias TimelineResult = WatchlineEvaluation.TimelineResult
// Records in, outcomes out
public typealias RecordFiles = WatchlineIO.RecordFiles
public typealias RecordSource = WatchlineIO.RecordSource
public typealias Outcome = WatchlineIO.Outcome
public typealias OutcomeWriter = WatchlineIO.OutcomeWriter
public typealias OutputSink = WatchlineIO.OutputSink
public typealias ProgressLine = WatchlineIO.ProgressLine
public typealias SummaryText = WatchlineIO.SummaryText
public typealias RunSummary = WatchlineIO.RunSummary
public typealias ValueText = WatchlineIO.ValueText
