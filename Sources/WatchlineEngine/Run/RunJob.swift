import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// The exit status of the commands that run records (cli.md): `run`, `diff`, `report`, `compare`.
package enum RunStatus {
    /// Every record was read and decided.
    package static let allDecided: Int32 = 0
    /// The rule files are wrong, a records file cannot be read, or the output cannot be written.
    package static let failed: Int32 = 1
    /// The run finished, but some records carry errors (each still has its output line).
    package static let someRecordsHaveErrors: Int32 = 2

    /// 0, or 2 when any record carries errors.
    package static func forRecords(withErrors n: Int) -> Int32 { n > 0 ? someRecordsHaveErrors : allDecided }
}

/// `watchline run` as a function of its options: the command parses flags and calls this, so
/// what it does — every write checked, the exit status — is tested without a subprocess.
package struct RunJob {
    package var rules: String
    package var records: String
    package var members: String?
    package var asOf: CivilDate
    package var format: OutcomeWriter.Format = .jsonl
    /// `--format xlsx`: the results as an Excel workbook (`RunWorkbook`), written at the end.
    package var workbook = false
    /// `--sheet`, `--members-sheet`, `--header-row` for an office's workbook.
    package var fileOptions = RecordFileOptions()
    /// `--reveal-ids`: members' ID numbers in traces as they are.
    package var revealIDs = false
    /// `--history FILE`: record the run and every household's decision in this SQLite file.
    package var history: String?
    package var explain = false
    package var excel = false
    /// `--output FILE` (nil: standard output).
    package var output: String?
    /// `--summary FILE`.
    package var summary: String?
    package var quiet = false
    package var rulesRoot: RulesRoot?
    /// Departments' lists given with `--list-file` (数据比对).
    package var lists: ListStore?
    /// Where the results go without `--output` (nil: file descriptor 1).
    package var standardOutput: OutputSink?
    /// Messages for standard error (diagnostics, warnings, the summary).
    package var standardError: (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    package var progress: ProgressLine?

    package init(rules: String, records: String, asOf: CivilDate) {
        self.rules = rules; self.records = records; self.asOf = asOf
    }

    /// Runs; returns the exit status (`RunStatus`).
    package func run() -> Int32 {
        let sources = SourceStore()
        let (loaded, diagnostics) = Engine.loadForDeciding(rules: rules, asOf: asOf, sources: sources, rulesRoot: rulesRoot, lists: lists)
        if !diagnostics.isEmpty { standardError(DiagnosticRenderer(sources: sources).render(diagnostics)) }
        guard let compiled = loaded else { return RunStatus.failed }
        let source: RecordSource
        do { source = try RecordFiles.open(path: records, members: members, schema: compiled.schema, options: fileOptions.reading(compiled)) }
        catch let e as ReadError { standardError("error: " + e.message + "\n"); return RunStatus.failed }
        catch { standardError("error: \(error)\n"); return RunStatus.failed }
        for w in source.warnings { standardError("warning: " + w + "\n") }
        for w in compiled.missingInputWarnings(source, membersGiven: members != nil) { standardError("warning: " + w + "\n") }
        let warned = source.warnings.count
        let sink: OutputSink
        do { sink = try output.map { try OutputSink(path: $0) } ?? standardOutput ?? OutputSink(fileDescriptor: 1) }
        catch let e as ReadError { standardError("error: " + e.message + "\n"); return RunStatus.failed }
        catch { standardError("error: \(error)\n"); return RunStatus.failed }
        var writer = OutcomeWriter(ruleset: compiled, format: format, excelBOM: excel)
        writer.revealIDs = revealIDs
        let runner = ParallelRunner(ruleset: compiled)
        runner.explain = explain
        let summaryBuilder = SummaryBuilder(ruleset: compiled)
        let book = workbook ? RunWorkbook(ruleset: compiled) : nil
        let recorder = history == nil ? nil : HistoryRecorder(ruleset: compiled)
        var header: [UInt8] = []
        writer.header(to: &header)
        if book == nil { sink.write(header) }
        runner.run(source, writer: writer, progress: progress, observeReadsFrame: summaryBuilder.readsFrame,
                   observe: { outcome, record, frame in
                       summaryBuilder.add(outcome, record: record, frame: frame)
                       book?.add(outcome, record: record)
                       recorder?.add(outcome, record: record)
                   },
                   write: { bytes in if book == nil { sink.write(bytes) } })
        if let book {
            do { sink.write(Array(try book.data())) }
            catch let e as ReadError { standardError("error: " + e.message + "\n"); return RunStatus.failed }
            catch { standardError("error: \(error)\n"); return RunStatus.failed }
        }
        // Warnings found while reading (clerk forms read, member rows of no household).
        for w in source.warnings.dropFirst(warned) { standardError("warning: " + w + "\n") }
        do { try sink.finish() } catch let e as ReadError {
            // The results did not all get out: no summary claims they did.
            standardError("error: " + e.message + "\n")
            return RunStatus.failed
        } catch { standardError("error: \(error)\n"); return RunStatus.failed }
        let result = summaryBuilder.finish()
        if !quiet { standardError(SummaryText.render(result)) }
        if let summary {
            do {
                let s = try OutputSink(path: summary)
                s.write(SummaryText.json(result))
                try s.finish()
            } catch let e as ReadError { standardError("error: " + e.message + "\n"); return RunStatus.failed }
            catch { standardError("error: \(error)\n"); return RunStatus.failed }
        }
        if let recorder, let history {
            do {
                let saved = try recorder.save(to: try HistoryDatabase(path: history), summary: result, records: records, members: members)
                if !quiet {
                    switch saved {
                    case .recorded(let id): standardError(MessageCatalogue.format(.historyRecorded, [String(id), history]) + "\n")
                    case .unchanged(let id): standardError(MessageCatalogue.format(.historyUnchanged, [String(id), history]) + "\n")
                    }
                }
            } catch { standardError("error: \(history): \(error)\n"); return RunStatus.failed }
        }
        return RunStatus.forRecords(withErrors: result.failed)
    }
}
