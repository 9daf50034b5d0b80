import Testing
@testable import WatchlineCore

/// Duplicate household ids: each reported with the line it first appeared on, and no false alarm
/// among many distinct ids of the shape real exports use.
@Suite struct SeenIDsTests {
    @Test func distinctIDsAreNeverTakenForDuplicates() {
        var seen = SeenIDs()
        var false_ = 0
        for i in 0..<300_000 {
            let id = "3406040\(String(i + 1_000_000).dropFirst())"
            if seen.firstLine(of: id, line: i + 1) != nil { false_ += 1 }
            seen.noteProgress(bytesRead: (i + 1) * 90, totalBytes: 300_000 * 90)
        }
        #expect(false_ == 0)
    }

    @Test func aRepeatedIDGivesItsFirstLine() {
        var seen = SeenIDs()
        for i in 0..<5000 { _ = seen.firstLine(of: "H\(i)", line: i + 2) }
        #expect(seen.firstLine(of: "H1234", line: 9000) == 1236)
        #expect(seen.firstLine(of: "H5000", line: 9001) == nil)
        #expect(MessageCatalogue.duplicateID("H1", firstLine: 3).contains("line 3"))
        #expect(MessageCatalogue.duplicateID("H1", firstLine: 0).contains("earlier"))
    }
}
