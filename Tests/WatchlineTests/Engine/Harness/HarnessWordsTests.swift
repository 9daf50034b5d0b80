import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The test runner's own mismatch words (a step, a duty, a decision or a reading the rule file does
/// not have, a quote not in the text, a step's status) are the catalogue's, so a failing case reads
/// in Chinese under zh — and a decision expected as `null` is compared as written, not as shown.
@Suite struct HarnessWordsTests {
    static let cases = """
    watchline: 1
    tests:
      rules: \(Repo.path("Rules/anhui/lieshan-2022.yaml"))
      as_of: 2022-06-30
    cases:
      - name: 步骤与状态
        clause: "二、(三)"
        reading: 自然日
        timeline: { procedure: monitoring_identification, events: { applied: 2022-05-01 } }
        expect:
          steps:
            household_chek: { status: overdue }
            review: { status: pending }
      - name: 解读与原文
        clause: "二、(一)"
        quote: 监测范围为七千元
        reading: 收支平衡
        household: { id: T-1, status: general, monitoring: none, income: { net_per_capita: 50000, net_per_capita_prev: 50000, stable: true }, expenses: { medical_out_of_pocket: 0, rigid_total: 0 }, losses: { agricultural: 0 }, guarantees: { housing: B, housing_relocated: false, water_safe: true, dropout_children: 0, basic_needs_met: true }, members: [{ id: m1, relation: head, age: 45, labor: full, hukou: rural, employment: stable, medical_insured: true, disability_grade: 0, urban_dibao: false }] }
        expect:
          monitored: false
          risk_eliminabel: "null"
          risk_eliminable: "null"
    """

    static func runTests(_ environment: [String: String]) throws -> Command.Result {
        let file = temporaryFile("words.test.yaml", cases)
        return Command.watchline(["test", file], in: Repo.root, environment: environment)
    }

    @Test func chineseWords() throws {
        let r = try Self.runTests(["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"])
        #expect(r.status == 1)
        #expect(r.all.contains("中没有步骤“household_chek”"), "\(r.all)")
        #expect(r.all.contains("已超期未完成"), "\(r.all)")
        #expect(r.all.contains("未到期"), "\(r.all)")
        #expect(r.all.contains("声明的解读"), "\(r.all)")
        #expect(r.all.contains("“监测范围为七千元”不在原文中"), "\(r.all)")
        #expect(r.all.contains("名为“risk_eliminabel”的判定或预期项"), "\(r.all)")
        // A decision expected as null that has none passes: it is not listed as a mismatch.
        #expect(!r.all.contains("risk_eliminable（") && !r.all.contains("risk_eliminable:"), "\(r.all)")
        #expect(ChineseOutputTests.englishSentences(r.all).isEmpty, "\(ChineseOutputTests.englishSentences(r.all))")
    }

    /// `--junit FILE`: a well-formed report, both cases failed, each mismatch in the same words as
    /// the terminal's, in the reader's language.
    @Test(arguments: [true, false])
    func junitReportInTheReadersWords(_ chinese: Bool) throws {
        let file = temporaryFile("words.test.yaml", Self.cases)
        let xml = (file as NSString).deletingLastPathComponent + "/report.xml"
        let env = chinese ? ["LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8"] : [:]
        let r = Command.watchline(["test", file, "--junit", xml], in: Repo.root, environment: env)
        #expect(r.status == 1)
        let data = try Data(contentsOf: URL(fileURLWithPath: xml))
        #expect(XMLParser(data: data).parse(), "not well-formed")
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("tests=\"2\" failures=\"2\""), "\(text)")
        if chinese {
            #expect(text.contains("办理步骤（steps.review.status）：应为 未到期，实际为 已超期未完成"), "\(text)")
            #expect(ChineseOutputTests.englishSentences(text).isEmpty, "\(ChineseOutputTests.englishSentences(text))")
        } else {
            #expect(text.contains("steps.review.status: expected pending, got overdue"), "\(text)")
        }
    }

    /// `check` of a test file finds what it can without running a case: a quote not in the text and
    /// a reading the rule file does not declare, each at its own line (not "ok").
    @Test func checkFindsTheBadQuoteAndReadingAtTheirLines() throws {
        let file = temporaryFile("words.test.yaml", Self.cases)
        let r = Command.watchline(["check", file], in: Repo.root)
        #expect(r.status == 1, "\(r.all)")
        #expect(r.stderr.contains("\(file):16:12: error: quote '监测范围为七千元' is not in"), "\(r.all)")
        #expect(r.stderr.contains("\(file):17:14: error: reading '收支平衡' is not one lieshan-2022 declares under readings:; did you mean '收支'?"), "\(r.all)")
        #expect(!r.stdout.contains("ok"), "\(r.stdout)")
    }

    @Test func englishWordsStayTheIDs() throws {
        let r = try Self.runTests([:])
        #expect(r.status == 1)
        #expect(r.all.contains("no step 'household_chek' in monitoring_identification"), "\(r.all)")
        #expect(r.all.contains("overdue") && r.all.contains("pending"), "\(r.all)")
        #expect(r.all.contains("no decision or expectation 'risk_eliminabel'"), "\(r.all)")
    }
}
