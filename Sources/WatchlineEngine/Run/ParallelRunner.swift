import Foundation
import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
import WatchlineIO

/// Runs a ruleset over a record stream with reading and evaluating overlapped: the calling
/// thread decodes chunks of records while a worker decides and serialises the previous chunk.
/// Output stays in input order; a fixed pool of chunks bounds memory whatever the input size.
public final class ParallelRunner: @unchecked Sendable {
    public let ruleset: CompiledRuleset
    public var explain = false
    public var chunkSize = 4096
    public var poolSize = 3

    public init(ruleset: CompiledRuleset) { self.ruleset = ruleset }

    final class Chunk: @unchecked Sendable {
        var records: [HouseholdRecord]
        var reads: [RecordRead] = []
        var count = 0
        var bytes: [UInt8] = []
        /// Input bytes read when the chunk was filled (sizes the duplicate-id table).
        var inputDone = 0
        var hashes: [UInt64] = []
        var duplicates: [(index: Int, first: Int)] = []
        init(template: HouseholdRecord, size: Int) {
            records = Array(repeating: template, count: size)
            reads.reserveCapacity(size)
            bytes.reserveCapacity(size * 128)
        }
    }

    /// What the worker thread uses; handed over whole because the chunks it touches are owned by
    /// one thread at a time (the pool and its semaphore make that so).
    final class WorkerState: @unchecked Sendable {
        let writer: OutcomeWriter
        let frame: Frame
        let observe: ((Outcome, HouseholdRecord, Frame) -> Void)?
        let write: ([UInt8]) -> Void
        var pool: [Chunk]
        /// Duplicate ids are checked here, on the deciding thread, in input order: the reading
        /// thread is the busier one.
        let seen = SeenIDs()
        let lock = NSLock()
        let free = DispatchSemaphore(value: 0)
        init(writer: OutcomeWriter, frame: Frame, observe: ((Outcome, HouseholdRecord, Frame) -> Void)?, write: @escaping ([UInt8]) -> Void, pool: [Chunk]) {
            self.writer = writer; self.frame = frame; self.observe = observe; self.write = write; self.pool = pool
        }
        func take() -> Chunk {
            while true {
                lock.lock()
                if let c = pool.popLast() { lock.unlock(); return c }
                lock.unlock()
                free.wait()
            }
        }
        func give(_ c: Chunk) { lock.lock(); pool.append(c); lock.unlock(); free.signal() }
    }

    /// Streams `source`, writing each chunk's output through `write` in order. `observe` sees
    /// every outcome (for the summary), on the worker thread, in order.
    public func run(_ source: RecordSource, writer: OutcomeWriter, progress: ProgressLine? = nil,
                    observe: ((Outcome, HouseholdRecord, Frame) -> Void)? = nil, write: @escaping ([UInt8]) -> Void) {
        let template = ruleset.schema.emptyRecord()
        let state = WorkerState(writer: writer, frame: ruleset.makeFrame(), observe: observe, write: write,
                                pool: (0..<poolSize).map { _ in Chunk(template: template, size: chunkSize) })
        let worker = DispatchQueue(label: "watchline.decide")
        let schema = ruleset.schema
        let idSlot = schema.idField   // observers read the record itself for town, village or grid
        let explain = self.explain
        let ruleset = self.ruleset
        var total = 0
        var done = false
        let totalBytes = source.progress.total
        source.checksDuplicateIDs = false
        defer { source.checksDuplicateIDs = true }
        while !done {
            let c = state.take()
            c.count = 0
            c.reads.removeAll(keepingCapacity: true)
            while c.count < chunkSize, let read = source.next(into: &c.records[c.count]) {
                c.reads.append(read)
                c.count += 1
            }
            done = c.count < chunkSize
            total += c.count
            c.inputDone = source.progress.done
            if let progress {
                let p = source.progress
                progress.update(households: total, done: p.done, total: p.total)
            }
            worker.async {
                c.bytes.removeAll(keepingCapacity: true)
                // Duplicate ids for the whole chunk first: hashes, then probes, so the table's
                // cache misses overlap instead of stalling each household in turn.
                c.duplicates.removeAll(keepingCapacity: true)
                c.hashes.removeAll(keepingCapacity: true)
                // A line that could not be parsed does not claim the id recovered from it.
                for i in 0..<c.count { c.hashes.append(c.reads[i].claimsID ? c.records[i].string(idSlot).map(SeenIDs.hash) ?? 0 : 0) }
                state.seen.noteProgress(bytesRead: c.inputDone, totalBytes: totalBytes)
                for i in 0..<c.count where c.hashes[i] != 0 {
                    if let first = state.seen.firstLine(hash: c.hashes[i], line: c.reads[i].line) { c.duplicates.append((i, first)) }
                }
                var nextDuplicate = 0
                for i in 0..<c.count {
                    var read = c.reads[i]
                    let id = c.records[i].string(idSlot)
                    if nextDuplicate < c.duplicates.count, c.duplicates[nextDuplicate].index == i, let id {
                        read.errors.append(MessageCatalogue.duplicateID(id, firstLine: c.duplicates[nextDuplicate].first))
                        nextDuplicate += 1
                    }
                    var o = Outcome(line: read.line, id: id, decision: nil, errors: read.errors)
                    // The frame reads the chunk's record in place while it is decided and observed.
                    state.frame.withRecord(c.records[i]) {
                        if read.errors.isEmpty {
                            if explain {
                                var trace: [TraceEntry] = []
                                o.decision = withUnsafeMutablePointer(to: &trace) { ruleset.decide(state.frame, trace: $0) }
                                o.trace = trace
                            } else {
                                o.decision = ruleset.decide(state.frame)
                            }
                        }
                        state.writer.write(o, to: &c.bytes)
                        state.observe?(o, c.records[i], state.frame)
                    }
                }
                state.write(c.bytes)
                state.give(c)
            }
        }
        worker.sync {}
        progress?.clear()
    }

    /// Decides households already in memory on every core; returns how many are monitored.
    public func decideAll(_ records: [HouseholdRecord], threads: Int = ProcessInfo.processInfo.activeProcessorCount) -> Int {
        let parts = max(1, threads)
        let per = (records.count + parts - 1) / parts
        // Each thread writes only its own slot.
        final class Counts: @unchecked Sendable {
            let n: UnsafeMutableBufferPointer<Int>
            let records: [HouseholdRecord]
            init(_ p: Int, _ r: [HouseholdRecord]) { n = .allocate(capacity: p); n.initialize(repeating: 0); records = r }
            deinit { n.deallocate() }
        }
        let counts = Counts(parts, records)
        let ruleset = self.ruleset
        do {
            DispatchQueue.concurrentPerform(iterations: parts) { p in
                let recs = counts.records
                // Each thread its own evaluators: closures shared between cores would have their
                // reference counts bounced between caches on every call.
                let ruleset = parts == 1 ? ruleset : CompiledRuleset(ruleset.checked)
                let frame = ruleset.makeFrame()
                var n = 0
                let lo = p * per, hi = min(recs.count, lo + per)
                if lo < hi {
                    for i in lo..<hi where frame.withRecord(recs[i], { ruleset.decide(frame).monitored == true }) { n += 1 }
                }
                counts.n[p] = n
            }
        }
        return counts.n.reduce(0, +)
    }
}
