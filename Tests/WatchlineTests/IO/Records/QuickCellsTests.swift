import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// The CSV decoder's quick path (numbers, 1/0 flags, enum values taken as they are) must give
/// exactly what the full reading gives, and leave to it everything else: empty cells, values
/// out of bounds, clerk forms (full-width digits, thousands separators), errors.
@Suite struct QuickCellsTests {
    @Test func theQuickPathAgreesWithTheFullReading() throws {
        let r = RowsDecodedApartTests.reference()
        let decoding = FieldDecoding(schema: r.schema)
        let rows = CSVRowDecoder(schema: r.schema, decoding: decoding, place: RecordPlace(path: "x.csv", sheet: nil),
                                 columns: r.schema.households.indices.map { $0 }, columnNames: r.schema.households.map(\.path))
        let cells = ["", "0", "-0", "+5", "007", "5", "-3", "1e3", "1.", ".5", "0.5", "1.25", "1.2345678", "1.234567",
                     "9223372036854775807", "-9223372036854775808", "9223372036854775808", "99999999999999999999",
                     " 1", "1 ", "１", "1,000", "9,000.50", "1_000", "Y", "y", "N", "n", "1", "0", "2", "是", "true",
                     "A", "B", "D", "a", "E", "general", "edge", "monitored", "x", "--1", "1-", "0x10", "NaN", "∞"]
        var quick = 0
        for (slot, plan) in decoding.households.enumerated() {
            let kind = CSVRowDecoder.QuickKind(plan)
            for cell in cells {
                var text = cell
                text.withUTF8 { b in
                    var error: String?
                    let full = decoding.decode(.text(b), plan, name: { "f" }, error: &error)
                    guard let v = rows.quick(b, kind) else { return }
                    quick += 1
                    #expect(error == nil, "slot \(slot) '\(cell)': the quick path took what the full reading refuses")
                    #expect(String(describing: v) == String(describing: full), "slot \(slot) '\(cell)'")
                }
            }
        }
        // It does take the common cells (else it is not a quick path at all).
        #expect(quick > 60)
        #expect(decoding.notes.warnings { String($0) }.count > 0)   // the full reading noted the clerk forms the quick path left to it
    }
}
