import Foundation
import Testing

/// The run summary's "每个网格不超过 100 户" check (一、(一)) passes only where it checked something:
/// households that give no 网格 make it "not checked" (info), not "every group is within" (ok).
@Suite struct GroupCheckTests {
    static func summary(_ records: String) throws -> String {
        let dir = (temporaryFile("x", "") as NSString).deletingLastPathComponent
        let r = Command.watchline(["run", "Rules/anhui/lieshan-2022.yaml", "--records", records, "--as-of", "2022-06-30", "--output", dir + "/out.jsonl"], in: Repo.root)
        return r.stderr
    }

    @Test func withGridsItIsChecked() throws {
        let s = try Self.summary("Examples/lieshan-2022/households.jsonl")
        #expect(s.contains("[ok] 网格户数") && s.contains("every 网格 has at most 100 households (3 groups)"), "\(s)")
    }

    @Test func withoutGridsItIsNotClaimed() throws {
        let s = try Self.summary("Examples/lieshan-2022/bad-records.jsonl")
        #expect(s.contains("[info] 网格户数") && s.contains("no household gives its 网格: not checked"), "\(s)")
        #expect(!s.contains("(0 groups)"), "\(s)")
    }
}
