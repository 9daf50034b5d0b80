import WatchlineSyntax

/// Values that could not be read in fields no rule reads: such a value is left out and its
/// household still decided. Each is a warning, the first few per field; past those, one count
/// per field at the end, so a whole column of bad dates does not bury the other warnings.
struct UnreadValues {
    static let shownPerField = 5
    private var counts: [Int: Int] = [:]

    /// `message` is the value's error with its place (`households.csv:17:5: …`).
    mutating func note(field: Int, _ message: String, into warnings: inout [String]) {
        let n = counts[field, default: 0] + 1
        counts[field] = n
        if n <= Self.shownPerField { warnings.append(MessageCatalogue.format(.recordUnusedValue, [message])) }
    }

    /// The counts past the ones shown, by field (`name` gives a field's name for the message).
    func summary(_ name: (Int) -> String) -> [String] {
        counts.sorted { $0.key < $1.key }.compactMap { field, n in
            n > Self.shownPerField ? MessageCatalogue.format(.recordUnusedMore, [String(n - Self.shownPerField), name(field)]) : nil
        }
    }
}

/// A reader that knows where its records are, for errors added after it (a repeated id).
protocol PlacedRecordSource: RecordSource {
    var place: RecordPlace { get }
}
