import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// The run loop: a ruleset over a record stream, one outcome per record, in input order. Records
/// are read a chunk at a time into a fixed pool of chunks (memory does not grow with the input);
/// each chunk is then decided — duplicate ids checked, households decided, outcomes written and
/// observed — in input order.
///
/// `run(_:writer:progress:observe:write:)` (the commands) overlaps the two: the calling thread
/// reads the next chunk while a worker decides the previous one. `run(_:progress:each:)` does the
/// same steps on the calling thread, one chunk after the other (tests, the fuzzer).
public final class ParallelRunner: @unchecked Sendable {
    package let ruleset: CompiledRuleset
    package var explain = false
    package var chunkSize = 4096
    package var poolSize = 3

    public init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    final class Chunk: @unchecked Sendable {
        var records: [HouseholdRecord]
        var reads: [RecordRead] = []
        var count = 0
        var bytes: [UInt8] = []
        /// Where the reader was when the chunk was filled (sizes the duplicate-id table).
        var progress: (done: Int, total: Int?) = (0, nil)
        init(template: HouseholdRecord, size: Int) {
            records = Array(repeating: template, count: size)
            reads.reserveCapacity(size)
            bytes.reserveCapacity(size * 128)
        }

        /// Reads up to `size` records; false when the input ended.
        func fill(from reader: RecordSource, size: Int) -> Bool {
            count = 0
            reads.removeAll(keepingCapacity: true)
            while count < size, let read = reader.next(into: &records[count]) {
                reads.append(read)
                count += 1
            }
            progress = reader.progress
            return count == size
        }
    }

    /// The deciding side: one frame, the duplicate-id check, the writer. Used by one thread at a
    /// time (the worker, or the caller of the synchronous `run`), in input order.
    final class Deciding: @unchecked Sendable {
        let ruleset: CompiledRuleset
        let explain: Bool
        let writer: OutcomeWriter?
        let frame: Frame
        /// Duplicate ids are checked here, on the deciding thread, in input order: the reading
        /// thread is the busier one.
        let ids: DuplicateIDCheck
        let idSlot: Int?
        /// The chunk's rules answered column by column first (not when explaining: an
        /// explanation records what every rule read, so each runs its full evaluator).
        let batch: BatchEvaluator?
        init(ruleset: CompiledRuleset, explain: Bool, writer: OutcomeWriter?, ids: DuplicateIDCheck, chunkSize: Int) {
            self.ruleset = ruleset; self.explain = explain; self.writer = writer; self.ids = ids
            frame = ruleset.makeFrame()
            batch = explain ? nil : ruleset.makeBatchEvaluator(capacity: chunkSize)
            idSlot = ruleset.schema.idField   // observers read the record itself for town, village or grid
        }

        /// Checks ids, decides, writes (into `c.bytes`) and hands every outcome to `observe`, in order.
        func decide(_ c: Chunk, observe: (Outcome, HouseholdRecord, Frame) -> Void) {
            c.bytes.removeAll(keepingCapacity: true)
            ids.check(&c.reads, c.records, count: c.count, progress: c.progress)
            let ruleset = self.ruleset, frame = self.frame, writer = self.writer, explain = self.explain, idSlot = self.idSlot
            let answers = batch.map { b in c.records.withUnsafeBufferPointer { b.answer($0, count: c.count) } }
            for i in 0..<c.count {
                var o = Outcome(line: c.reads[i].line, id: c.records[i].string(idSlot), decision: nil, errors: c.reads[i].errors)
                // The frame reads the chunk's record in place while it is decided and observed.
                frame.withRecord(c.records[i]) {
                    if o.errors.isEmpty {
                        if explain {
                            let trace = TraceSink()
                            o.decision = ruleset.decide(frame, trace: trace)
                            o.trace = trace.entries
                        } else {
                            o.decision = batch?.decision(i) ?? ruleset.decide(frame, batch: answers, household: i)
                        }
                    }
                    writer?.write(o, to: &c.bytes)
                    observe(o, c.records[i], frame)
                }
            }
        }
    }

    /// What the worker thread uses; handed over whole because the chunks it touches are owned by
    /// one thread at a time (the pool and its semaphore make that so).
    final class Pool: @unchecked Sendable {
        var chunks: [Chunk]
        let lock = NSLock()
        let free = DispatchSemaphore(value: 0)
        init(_ chunks: [Chunk]) { self.chunks = chunks }
        func take() -> Chunk {
            while true {
                lock.lock()
                if let c = chunks.popLast() { lock.unlock(); return c }
                lock.unlock()
                free.wait()
            }
        }
        func give(_ c: Chunk) { lock.lock(); chunks.append(c); lock.unlock(); free.signal() }
    }

    /// Streams `source`, writing each chunk's output through `write` in order. `observe` sees
    /// every outcome (for the summary), on the worker thread, in order.
    package func run(_ source: RecordSource, writer: OutcomeWriter, progress: ProgressLine? = nil,
                    observe: ((Outcome, HouseholdRecord, Frame) -> Void)? = nil, write: @escaping ([UInt8]) -> Void) {
        let (reader, ids) = IDCheckedSource.uncheckedReader(source, schema: ruleset.schema)
        let deciding = Deciding(ruleset: ruleset, explain: explain, writer: writer, ids: ids, chunkSize: chunkSize)
        let template = ruleset.schema.emptyRecord()
        let pool = Pool((0..<poolSize).map { _ in Chunk(template: template, size: chunkSize) })
        let worker = DispatchQueue(label: "watchline.decide")
        // Called on the worker only, one chunk at a time.
        final class Handlers: @unchecked Sendable {
            let observe: (Outcome, HouseholdRecord, Frame) -> Void, write: ([UInt8]) -> Void
            init(_ o: @escaping (Outcome, HouseholdRecord, Frame) -> Void, _ w: @escaping ([UInt8]) -> Void) { observe = o; write = w }
        }
        let handlers = Handlers(observe ?? { _, _, _ in }, write)
        var total = 0
        var more = true
        while more {
            let c = pool.take()
            more = c.fill(from: reader, size: chunkSize)
            total += c.count
            progress?.update(households: total, done: c.progress.done, total: c.progress.total)
            worker.async {
                deciding.decide(c, observe: handlers.observe)
                handlers.write(c.bytes)
                pool.give(c)
            }
        }
        worker.sync {}
        progress?.clear()
    }

    /// The same loop on the calling thread: each chunk is read, then decided, before the next is
    /// read. `each` sees every outcome in input order, with the record and the frame it was decided in.
    public func run(_ source: RecordSource, progress: ProgressLine? = nil, each: (Outcome, HouseholdRecord, Frame) -> Void) {
        let (reader, ids) = IDCheckedSource.uncheckedReader(source, schema: ruleset.schema)
        let deciding = Deciding(ruleset: ruleset, explain: explain, writer: nil, ids: ids, chunkSize: chunkSize)
        let c = Chunk(template: ruleset.schema.emptyRecord(), size: chunkSize)
        var total = 0
        var more = true
        while more {
            more = c.fill(from: reader, size: chunkSize)
            total += c.count
            progress?.update(households: total, done: c.progress.done, total: c.progress.total)
            deciding.decide(c, observe: each)
        }
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
