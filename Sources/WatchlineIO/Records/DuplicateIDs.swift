import WatchlineSyntax
import WatchlineLanguage

/// The one duplicate-id check. The readers know nothing of it: they decode, and this says, in
/// input order, whether a record repeats an id an earlier record claimed (a line that could not
/// be parsed claims none: `RecordRead.claimsID`). The error goes on the later record and names
/// the line the id first appeared on.
///
/// Two ways in, one implementation: `check(_:_:progress:)` for a record at a time (the checking
/// source every reader opened by `RecordFiles.open` is wrapped in), and `check(_:_:count:progress:)`
/// for a chunk at a time (the run loop: its lanes hash the ids, then the probes go chunk by chunk,
/// so the table's cache misses overlap instead of stalling each household in turn).
package final class DuplicateIDCheck {
    let idSlot: Int?
    let seen = SeenIDs()
    private var hashes: [UInt64] = []
    /// Where the records are, for the error's place (nil: a source that does not say).
    let place: RecordPlace?

    package init(schema: Schema) { idSlot = schema.idField; place = nil }
    init(schema: Schema, place: RecordPlace?) { idSlot = schema.idField; self.place = place }

    /// The hash the record's id is checked by; 0 when it claims none (no id, or a line not parsed).
    @inline(__always) static func claimedHash(_ read: RecordRead, _ record: HouseholdRecord, idSlot: Int?) -> UInt64 {
        guard read.claimsID, let id = record.string(idSlot) else { return 0 }
        return SeenIDs.hash(id)
    }

    @inline(__always) func report(_ read: inout RecordRead, _ record: HouseholdRecord, firstLine: Int) {
        guard let idSlot, let id = record.string(idSlot) else { return }
        let message = MessageCatalogue.duplicateID(id, firstLine: firstLine)
        read.errors.append(place.map { RecordPlace.at($0.row(read.line), message) } ?? message)
    }

    /// One record, after the ones before it.
    package func check(_ read: inout RecordRead, _ record: HouseholdRecord, progress: (done: Int, total: Int?)) {
        let h = Self.claimedHash(read, record, idSlot: idSlot)
        guard h != 0 else { return }
        if let first = seen.firstLine(hash: h, line: read.line) { report(&read, record, firstLine: first) }
        seen.noteProgress(bytesRead: progress.done, totalBytes: progress.total)
    }

    /// The first `count` records of a chunk, after the chunks before it.
    package func check(_ reads: inout [RecordRead], _ records: [HouseholdRecord], count: Int, progress: (done: Int, total: Int?)) {
        var hashes = self.hashes
        self.hashes = []
        Self.hashes(reads, records, count: count, idSlot: idSlot, into: &hashes)
        check(&reads, records, hashes: hashes, count: count, progress: progress)
        self.hashes = hashes
    }

    /// The hashes a chunk's ids are checked by, 0 for a record that claims none. Any thread may
    /// compute them (the run loop's lanes do, each for its chunk); only `check` must go in order.
    package static func hashes(_ reads: [RecordRead], _ records: [HouseholdRecord], count: Int, idSlot: Int?, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        reads.withUnsafeBufferPointer { reads in
            records.withUnsafeBufferPointer { records in
                for i in 0..<count { out.append(claimedHash(reads[i], records[i], idSlot: idSlot)) }
            }
        }
    }

    /// The first `count` records of a chunk by their `hashes`, after the chunks before it.
    package func check(_ reads: inout [RecordRead], _ records: [HouseholdRecord], hashes: [UInt64], count: Int, progress: (done: Int, total: Int?)) {
        seen.noteProgress(bytesRead: progress.done, totalBytes: progress.total, pending: count)
        for i in 0..<count where hashes[i] != 0 {
            if let first = seen.firstLine(hash: hashes[i], line: reads[i].line) { report(&reads[i], records[i], firstLine: first) }
        }
    }
}

/// A record source with the duplicate-id check applied: what `RecordFiles.open` returns, so every
/// command that reads records (run, explain, diff, compare, the REPL, the test harness) gets the
/// check from `DuplicateIDCheck`. The run loop takes it apart (`ParallelRunner` checks a chunk at
/// a time, in input order, from its lanes) with `uncheckedReader`.
package final class IDCheckedSource: RecordSource {
    package let reader: RecordSource
    package let ids: DuplicateIDCheck

    package init(_ reader: RecordSource, schema: Schema) {
        self.reader = reader
        ids = DuplicateIDCheck(schema: schema, place: (reader as? PlacedRecordSource)?.place)
    }

    package func next(into record: inout HouseholdRecord) -> RecordRead? {
        guard var read = reader.next(into: &record) else { return nil }
        ids.check(&read, record, progress: reader.progress)
        return read
    }

    package var progress: (done: Int, total: Int?) { reader.progress }
    package var warnings: [String] { reader.warnings }

    /// The reader itself (for what only it can say, such as a CSV file's columns).
    package static func reader(of source: RecordSource) -> RecordSource { (source as? IDCheckedSource)?.reader ?? source }

    /// The reader without the check, and the check to apply to it: for a source opened by
    /// `RecordFiles.open`, its own (so records it already gave count); for any other, a new one.
    package static func uncheckedReader(_ source: RecordSource, schema: Schema) -> (reader: RecordSource, ids: DuplicateIDCheck) {
        if let checked = source as? IDCheckedSource { return (checked.reader, checked.ids) }
        return (source, DuplicateIDCheck(schema: schema, place: (source as? PlacedRecordSource)?.place))
    }
}
