import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// The run loop: a ruleset over a record stream, one outcome per record, in input order. Records
/// are read a chunk at a time into a fixed pool of chunks (memory does not grow with the input).
///
/// `run(_:writer:progress:observe:write:)` (the commands) keeps every core busy: the calling
/// thread reads — for a reader that can decode apart (`SplittableRecordSource`, CSV without
/// members) it only splits rows — and one lane per core takes chunks in turn through
///   decode, hash ids (any order) → duplicate ids, the reader's notes (input order) →
///   decide and write (any order) → observe and output (input order).
/// The steps in input order go one chunk after another (`Turns`), so ids, warnings, observers
/// and output are exactly those of one thread reading the file. `run(_:progress:each:)` does the
/// same steps on the calling thread, one chunk after the other (tests, the fuzzer).
public final class ParallelRunner: @unchecked Sendable {
    package let ruleset: CompiledRuleset
    package var explain = false
    package var chunkSize = 1024
    /// Lanes deciding at once (`run` with a writer).
    package var lanes = ProcessInfo.processInfo.activeProcessorCount

    public init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    final class Chunk: @unchecked Sendable {
        var records: [HouseholdRecord]
        var reads: [RecordRead] = []
        var outcomes: [Outcome] = []
        /// The hashes its ids are checked by (computed by a lane, checked in order).
        var idHashes: [UInt64] = []
        var count = 0
        var bytes: [UInt8] = []
        /// The chunk's rows as split, when a lane decodes them.
        let rows = SplitRows()
        var split = false
        /// Where the reader was when the chunk was filled (sizes the duplicate-id table).
        var progress: (done: Int, total: Int?) = (0, nil)
        init(template: HouseholdRecord, size: Int) {
            records = Array(repeating: template, count: size)
            reads.reserveCapacity(size)
            outcomes.reserveCapacity(size)
            bytes.reserveCapacity(size * 128)
        }

        /// Reads up to `size` records, decoding them here; false when the input ended.
        func fill(from reader: RecordSource, size: Int) -> Bool {
            count = 0
            split = false
            reads.removeAll(keepingCapacity: true)
            while count < size, let read = reader.next(into: &records[count]) {
                reads.append(read)
                count += 1
            }
            progress = reader.progress
            return count == size
        }

        /// Splits up to `size` rows, for a lane to decode; false when the input ended.
        func split(from reader: SplittableRecordSource, size: Int) -> Bool {
            let more = reader.split(into: rows, max: size)
            count = rows.count
            split = true
            progress = reader.progress
            return more
        }
    }

    /// One lane's own state: a ruleset's evaluators, a frame, the batch evaluator, a row decoder.
    /// Used by one thread.
    final class Lane: @unchecked Sendable {
        let ruleset: CompiledRuleset
        let explain: Bool
        let writer: OutcomeWriter?
        let frame: Frame
        let idSlot: Int?
        /// The chunk's rules answered column by column first (not when explaining: an
        /// explanation records what every rule read, so each runs its full evaluator).
        let batch: BatchEvaluator?
        let decoder: (any RowDecoder)?
        init(ruleset: CompiledRuleset, explain: Bool, writer: OutcomeWriter?, chunkSize: Int, decoder: (any RowDecoder)?) {
            self.ruleset = ruleset; self.explain = explain; self.writer = writer; self.decoder = decoder
            frame = ruleset.makeFrame()
            batch = explain ? nil : ruleset.makeBatchEvaluator(capacity: chunkSize)
            idSlot = ruleset.schema.idField
        }

        /// Decodes a split chunk's rows into its records, and hashes their ids.
        func decode(_ c: Chunk) {
            if c.split, let decoder {
                c.records.withUnsafeMutableBufferPointer { decoder.decode(c.rows, into: $0, reads: &c.reads) }
            }
            DuplicateIDCheck.hashes(c.reads, c.records, count: c.count, idSlot: idSlot, into: &c.idHashes)
        }

        /// Decides every household of the chunk (after its ids were checked), writing its
        /// output into `c.bytes` and keeping its outcome for the observers.
        func decide(_ c: Chunk) {
            c.bytes.removeAll(keepingCapacity: true)
            c.outcomes.removeAll(keepingCapacity: true)
            let ruleset = self.ruleset, frame = self.frame, writer = self.writer, explain = self.explain, idSlot = self.idSlot
            c.records.withUnsafeBufferPointer { records in
                let answers = batch?.answer(records, count: c.count)
                for i in 0..<c.count {
                    var o = Outcome(line: c.reads[i].line, id: records[i].string(idSlot), decision: nil, errors: c.reads[i].errors)
                    if o.errors.isEmpty {
                        if explain {
                            let trace = TraceSink()
                            o.decision = frame.withRecord(records[i]) { ruleset.decide(frame, trace: trace) }
                            o.trace = trace.entries
                        } else {
                            o.decision = batch?.decision(i) ?? frame.withRecord(records[i]) { ruleset.decide(frame, batch: answers, household: i) }
                        }
                    }
                    writer?.write(o, to: &c.bytes)
                    c.outcomes.append(o)
                }
            }
        }
    }

    /// The steps taken in input order: the duplicate-id check, the reader's notes, the observers.
    final class InOrder: @unchecked Sendable {
        let ids: DuplicateIDCheck
        let apart: SplittableRecordSource?
        /// The observers read the household through a frame of their own (a lane's is deciding the next chunk).
        let frame: Frame
        let observe: (Outcome, HouseholdRecord, Frame) -> Void
        /// False when the observers do not read the frame: it is then not pointed at each household.
        let observeReadsFrame: Bool
        init(ids: DuplicateIDCheck, apart: SplittableRecordSource?, frame: Frame, observeReadsFrame: Bool = true,
             observe: @escaping (Outcome, HouseholdRecord, Frame) -> Void) {
            self.ids = ids; self.apart = apart; self.frame = frame; self.observe = observe; self.observeReadsFrame = observeReadsFrame
        }

        func check(_ c: Chunk, notes: DecodingNotes?) {
            if let notes { apart?.absorb(notes) }
            ids.check(&c.reads, c.records, hashes: c.idHashes, count: c.count, progress: c.progress)
        }

        func observe(_ c: Chunk) {
            let frame = self.frame, observe = self.observe, observeReadsFrame = self.observeReadsFrame
            // Each outcome is moved out for its observers (they are its last readers): handing
            // them a copy cost a 288-byte copy and a retain of each of its references.
            var o = Outcome(line: 0, id: nil, decision: nil, errors: [])
            c.records.withUnsafeBufferPointer { records in
                c.outcomes.withUnsafeMutableBufferPointer { outcomes in
                    for i in 0..<c.count {
                        swap(&o, &outcomes[i])
                        if observeReadsFrame { frame.withRecord(records[i]) { observe(o, records[i], frame) } } else { observe(o, records[i], frame) }
                    }
                }
            }
        }
    }

    /// Lets chunk k through only after chunk k − 1: the steps that go in input order.
    final class Turns: @unchecked Sendable {
        private let condition = NSCondition()
        private var next = 0
        func take<R>(_ k: Int, _ body: () -> R) -> R {
            condition.lock()
            while next != k { condition.wait() }
            condition.unlock()
            let r = body()
            condition.lock(); next += 1; condition.broadcast(); condition.unlock()
            return r
        }
    }

    /// Chunks handed from one thread to another, first in first out: the chunks waiting for a
    /// lane (closed when the input ended), and the free chunks waiting to be filled.
    final class Handoff<T>: @unchecked Sendable {
        private let condition = NSCondition()
        private var waiting: [T]
        private var closed = false
        init(_ items: [T] = []) { waiting = items }
        func put(_ item: T) { condition.lock(); waiting.append(item); condition.signal(); condition.unlock() }
        func close() { condition.lock(); closed = true; condition.broadcast(); condition.unlock() }
        /// The next item, waiting for one; nil once closed and empty.
        func take() -> T? {
            condition.lock(); defer { condition.unlock() }
            while waiting.isEmpty && !closed { condition.wait() }
            return waiting.isEmpty ? nil : waiting.removeFirst()
        }
    }

    /// The reader apart from its check, and whether its rows are decoded on the lanes.
    func open(_ source: RecordSource) -> (reader: RecordSource, ids: DuplicateIDCheck, apart: SplittableRecordSource?) {
        let (reader, ids) = IDCheckedSource.uncheckedReader(source, schema: ruleset.schema)
        let apart = (reader as? SplittableRecordSource).flatMap { $0.decodesApart ? $0 : nil }
        return (reader, ids, apart)
    }

    /// Reads the next chunk on the calling thread: split for a lane to decode, or decoded here.
    func fill(_ c: Chunk, reader: RecordSource, apart: SplittableRecordSource?) -> Bool {
        if let apart { return c.split(from: apart, size: chunkSize) }
        return c.fill(from: reader, size: chunkSize)
    }

    /// Streams `source`, writing each chunk's output through `write` in order. `observe` sees
    /// every outcome (for the summary), in order, one at a time. (Not an optional: a closure
    /// kept in an optional is called through thunks that copy the 288-byte outcome each time.)
    /// `observeReadsFrame` false: `observe` does not read the frame, which then does not hold the household.
    package func run(_ source: RecordSource, writer: OutcomeWriter, progress: ProgressLine? = nil, observeReadsFrame: Bool = true,
                    observe: @escaping (Outcome, HouseholdRecord, Frame) -> Void = { _, _, _ in }, write: @escaping ([UInt8]) -> Void) {
        let (reader, ids, apart) = open(source)
        let laneCount = max(1, lanes)
        let inOrder = InOrder(ids: ids, apart: apart, frame: ruleset.makeFrame(), observeReadsFrame: observeReadsFrame, observe: observe)
        let template = ruleset.schema.emptyRecord()
        let pool = Handoff((0..<(laneCount + 2)).map { _ in Chunk(template: template, size: chunkSize) })
        let inbox = Handoff<(Chunk, Int)>()
        let checked = Turns(), written = Turns()
        // Each lane its own evaluators: closures shared between cores would have their
        // reference counts bounced between caches on every call.
        let lanes = (0..<laneCount).map { k in
            Lane(ruleset: k == 0 ? ruleset : CompiledRuleset(ruleset.checked), explain: explain, writer: writer,
                 chunkSize: chunkSize, decoder: apart?.makeRowDecoder())
        }
        final class Output: @unchecked Sendable { let write: ([UInt8]) -> Void; init(_ w: @escaping ([UInt8]) -> Void) { write = w } }
        let output = Output(write)
        let done = DispatchGroup()
        for lane in lanes {
            DispatchQueue.global().async(group: done) {
                while let (c, k) = inbox.take() {
                    lane.decode(c)
                    checked.take(k) { inOrder.check(c, notes: c.split ? lane.decoder?.takeNotes() : nil) }
                    lane.decide(c)
                    written.take(k) { inOrder.observe(c); output.write(c.bytes) }
                    pool.put(c)
                }
            }
        }
        var total = 0, k = 0
        var more = true
        while more {
            let c = pool.take()!   // never closed: a chunk comes back after every output
            more = fill(c, reader: reader, apart: apart)
            total += c.count
            progress?.update(households: total, done: c.progress.done, total: c.progress.total)
            inbox.put((c, k))
            k += 1
        }
        inbox.close()
        done.wait()
        apart?.finishApart()
        progress?.clear()
    }

    /// The same steps on the calling thread: each chunk is read, then decided, before the next is
    /// read. `each` sees every outcome in input order, with the record and the frame it was decided in.
    public func run(_ source: RecordSource, progress: ProgressLine? = nil, each: (Outcome, HouseholdRecord, Frame) -> Void) {
        withoutActuallyEscaping(each) { each in runInline(source, progress: progress, each: each) }
    }

    private func runInline(_ source: RecordSource, progress: ProgressLine?, each: @escaping (Outcome, HouseholdRecord, Frame) -> Void) {
        let (reader, ids, apart) = open(source)
        let lane = Lane(ruleset: ruleset, explain: explain, writer: nil, chunkSize: chunkSize, decoder: apart?.makeRowDecoder())
        let inOrder = InOrder(ids: ids, apart: apart, frame: lane.frame, observe: each)
        let c = Chunk(template: ruleset.schema.emptyRecord(), size: chunkSize)
        var total = 0
        var more = true
        while more {
            more = fill(c, reader: reader, apart: apart)
            total += c.count
            progress?.update(households: total, done: c.progress.done, total: c.progress.total)
            lane.decode(c)
            inOrder.check(c, notes: c.split ? lane.decoder?.takeNotes() : nil)
            lane.decide(c)
            inOrder.observe(c)
        }
        apart?.finishApart()
        progress?.clear()
    }

    /// Households in memory as columns, a chunk of `size` at a time (with their records, for the
    /// rules the columns cannot answer): how `decideAll(_:columns:threads:)` takes them. None when
    /// no rule has a kernel.
    package func columns(_ records: [HouseholdRecord], size: Int = 4096) -> [ColumnChunk] {
        guard ruleset.batch.isUseful else { return [] }
        return records.withUnsafeBufferPointer { all in
            stride(from: 0, to: all.count, by: size).map { start in
                let c = ColumnChunk(plan: ruleset.batch, capacity: size)
                c.gather(UnsafeBufferPointer(rebasing: all[start..<min(all.count, start + size)]), count: min(size, all.count - start))
                return c
            }
        }
    }

    /// Decides households already in memory on every core, a chunk at a time as `run` does —
    /// from their columns (`columns(_:)`) where there are any, household by household otherwise;
    /// returns how many are monitored.
    package func decideAll(_ records: [HouseholdRecord], columns: [ColumnChunk], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        let size = columns.first?.capacity ?? 4096
        let chunks = (records.count + size - 1) / size
        let parts = max(1, min(threads, chunks))
        // Each thread writes only its own slot.
        final class Shared: @unchecked Sendable {
            let n: UnsafeMutableBufferPointer<Int>
            let records: [HouseholdRecord], columns: [ColumnChunk]
            init(_ p: Int, _ r: [HouseholdRecord], _ c: [ColumnChunk]) { n = .allocate(capacity: p); n.initialize(repeating: 0); records = r; columns = c }
            deinit { n.deallocate() }
        }
        let shared = Shared(parts, records, columns)
        let ruleset = self.ruleset
        DispatchQueue.concurrentPerform(iterations: parts) { p in
            // Each thread its own evaluators: closures shared between cores would have their
            // reference counts bounced between caches on every call.
            let ruleset = parts == 1 ? ruleset : CompiledRuleset(ruleset.checked)
            let frame = ruleset.makeFrame()
            let batch = shared.columns.isEmpty ? nil : ruleset.makeBatchEvaluator(capacity: size)
            var n = 0
            shared.records.withUnsafeBufferPointer { all in
                // Thread p takes chunks p, p + parts, …
                for c in stride(from: p, to: chunks, by: parts) {
                    let base = c * size
                    let answers = batch?.answer(shared.columns[c])
                    // A household the bitmaps decided has its result in place, as the C
                    // reference's results array; the others are decided rule by rule.
                    for i in 0..<min(size, all.count - base) {
                        let m = batch?.monitored(i) ?? frame.withRecord(all[base + i]) { ruleset.decide(frame, batch: answers, household: i).monitored == true }
                        if m { n += 1 }
                    }
                }
            }
            shared.n[p] = n
        }
        return shared.n.reduce(0, +)
    }
}
