import Foundation
import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// `watchline report` (issue 21, item 1): the Lieshan examples' report, read back in a real
/// browser (Debian's headless chromium, which .ci/run installs): the totals on the rendered page
/// equal the run's summary (`run --summary`), the screenshot is not blank, the page asks for
/// nothing over the network and logs no console error.
@Suite struct HTMLReportTests {
    static let chromium: String? = ["chromium", "chromium-browser", "google-chrome"].first { runProgram("sh", ["-c", "command -v \($0)"])?.status == 0 }

    /// The report and the summary of the same run, as the command makes them.
    static func make(_ rules: String = "Rules/anhui/lieshan-2022.yaml", records: String = "Examples/lieshan-2022/households.jsonl",
                     asOf: String = "2022-06-30", whatIf: [String: ParamValue] = [:]) throws -> (html: String, summary: RunSummary) {
        let date = CivilDate(iso: asOf)!
        let r = Engine.load(rules: Repo.path(rules), asOf: date, sources: SourceStore()).compiled!
        let source = try RecordFiles.open(path: Repo.path(records), members: nil, schema: r.schema)
        let summary = SummaryBuilder(ruleset: r), data = ReportData(ruleset: r)
        ParallelRunner(ruleset: r).run(source, writer: OutcomeWriter(ruleset: r, format: .jsonl),
                                       observe: { o, record, _ in summary.add(o, record: record, frame: nil); data.add(o, record: record) },
                                       write: { _ in })
        var impact: ImpactReport?
        if !whatIf.isEmpty {
            let new = Engine.load(rules: Repo.path(rules), asOf: date, overrides: whatIf, sources: SourceStore()).compiled!
            impact = try ImpactDiff.compare(old: r, new: new, source: try RecordFiles.open(path: Repo.path(records), members: nil, schema: r.schema), by: .village)
        }
        let s = summary.finish()
        return (try HTMLReport.render(.init(ruleset: r, recordsPath: records, summary: s, data: data, impact: impact)), s)
    }

    static func totals(_ html: String, attribute: String = "data-total") -> [String: Int] {
        var out: [String: Int] = [:]
        let rx = try! NSRegularExpression(pattern: attribute + "=\"([a-z_]+)\">([0-9]+)<")
        for m in rx.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            out[String(html[Range(m.range(at: 1), in: html)!])] = Int(html[Range(m.range(at: 2), in: html)!])
        }
        return out
    }

    @Test func thePageIsSelfContainedChineseAndHoldsEverySection() throws {
        let (html, s) = try Self.make(whatIf: ["监测范围": .number(7500_000000, isInt: true)])
        for section in ["一、总体情况", "二、监测对象构成", "按监测类型", "按风险类型", "按帮扶措施", "三、按乡镇、村统计", "四、监测对象名单",
                        "五、总体核查", "网格户数", "六、参数取值", "监测范围", "七、政策调整测算", "资金测算", "变化的农户", "<svg", "<rect", "@page { size: A4"] {
            #expect(html.contains(section), "missing \(section)")
        }
        #expect(Self.totals(html)["households"] == s.households)
        #expect(Self.totals(html, attribute: "data-whatif")["changed"] ?? 0 > 0)
        // Nothing fetched: no script, no stylesheet or font link, no remote URL outside the SVG namespace.
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        #expect(html.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "").range(of: "https?://", options: .regularExpression) == nil)
        // Members' ID numbers are masked: no 18-character number in full.
        #expect(html.range(of: "[0-9]{17}[0-9X]", options: .regularExpression) == nil)
        #expect(html.contains("****"))
    }

    @Test(.enabled(if: HTMLReportTests.chromium != nil || { print("HTMLReportTests: skipped — chromium is not installed (.ci/run installs it: apt-get install chromium)"); return false }()))
    func inARealBrowserTheTotalsEqualTheRunSummary() throws {
        let browser = try #require(Self.chromium)
        let (html, summary) = try Self.make()
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("watchline-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("report.html").path
        try html.write(toFile: page, atomically: true, encoding: .utf8)
        // No DNS at all (nothing can leave the machine), none of the browser's own background traffic.
        let common = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                      "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions",
                      "--disable-features=Translate,OptimizationHints,MediaRouter", "--disable-client-side-phishing-detection",
                      "--metrics-recording-only", "--no-pings", "--host-resolver-rules=MAP * ~NOTFOUND",
                      "--enable-logging=stderr", "--v=0", "--user-data-dir=" + dir.appendingPathComponent("profile").path]
        let netLog = dir.appendingPathComponent("net.json").path
        let dump = try #require(runProgram(browser, common + ["--log-net-log=" + netLog, "--dump-dom", "file://" + page]))
        #expect(dump.status == 0, "\(dump.output.suffix(2000))")

        // The rendered page's totals are the run's (the keys of `run --summary`'s JSON).
        let shown = Self.totals(dump.output)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SummaryText.json(summary).utf8)) as? [String: Any])
        for key in ["households", "monitored", "undetermined", "errors", "watched", "alerted"] {
            #expect(shown[key] != nil && shown[key] == json[key] as? Int, "\(key): page \(shown[key] ?? -1), summary \(json[key] ?? "-")")
        }
        #expect(shown["households"] == (try String(contentsOfFile: Repo.path("Examples/lieshan-2022/households.jsonl"), encoding: .utf8)).split(separator: "\n").count)

        // No console message, and the page requested nothing but itself.
        #expect(!dump.output.contains("CONSOLE"), "\(dump.output.components(separatedBy: "\n").filter { $0.contains("CONSOLE") })")
        let log = (try? String(contentsOfFile: netLog, encoding: .utf8)) ?? ""
        let browserOwn = ["google.com", "googleapis.com", "gvt1.com", "gstatic.com"]
        let rx = try NSRegularExpression(pattern: "\"url\":\"([a-z]+://[^\"/]*)")
        let requested = Set(rx.matches(in: log, range: NSRange(log.startIndex..., in: log)).map { String(log[Range($0.range(at: 1), in: log)!]) })
        let fromPage = requested.filter { url in !url.hasPrefix("file://") && !browserOwn.contains { url.hasSuffix("." + $0) || url.hasSuffix("/" + $0) } }
        #expect(fromPage.isEmpty, "the page requested \(fromPage.sorted())")

        // A4 width at 150 dpi, the first page's height: the screenshot shows something.
        let png = dir.appendingPathComponent("report.png").path
        let shot = try #require(runProgram(browser, common + ["--hide-scrollbars", "--window-size=1240,1754", "--screenshot=" + png, "file://" + page]))
        #expect(shot.status == 0 && FileManager.default.fileExists(atPath: png), "\(shot.output.suffix(2000))")
        let stats = try #require(runProgram("python3", [Repo.path("scripts/png-stats.py"), png]))
        let n = stats.output.split(whereSeparator: \.isWhitespace).compactMap { Double($0) }
        #expect(n.count == 4 && n[0] == 1240 && n[2] > 20 && n[3] > 1, "png: \(stats.output)")
    }
}
