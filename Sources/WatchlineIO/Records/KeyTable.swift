import WatchlineSyntax
import WatchlineLanguage
import WatchlineEvaluation
/// Finds a schema entry by the raw bytes of a JSON key or CSV header, without building a
/// `String` per lookup: keys are hashed (FNV-1a) into a small open-addressing table.
struct KeyTable<Entry> {
    private var slots: [(hash: UInt64, key: [UInt8], entry: Entry)?]
    private let mask: Int

    init(_ entries: [(String, Entry)]) {
        var size = 8
        while size < entries.count * 3 { size <<= 1 }
        mask = size - 1
        slots = Array(repeating: nil, count: size)
        for (k, e) in entries {
            let bytes = Array(k.utf8)
            let h = bytes.withUnsafeBufferPointer(Self.hash)
            var i = Int(h & UInt64(mask))
            while let s = slots[i] {
                if s.key == bytes { break }
                i = (i + 1) & mask
            }
            slots[i] = (h, bytes, e)
        }
    }

    @inline(__always) package static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in b { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        return h
    }

    package func lookup(_ b: UnsafeBufferPointer<UInt8>) -> Entry? {
        let h = Self.hash(b)
        var i = Int(h & UInt64(mask))
        while let s = slots[i] {
            if s.hash == h, s.key.count == b.count, s.key.withUnsafeBufferPointer({ $0.elementsEqual(b) }) { return s.entry }
            i = (i + 1) & mask
        }
        return nil
    }
}

/// Remembers household ids seen in a run, to report a duplicate. Each id is kept as its 64-bit
/// hash in an open-addressing table (no strings) filled up to 85%, with the line it was on while
/// the table has at most 4 Mi slots; past that the lines are dropped and a duplicate is reported
/// as "earlier in the file". The table is sized once from the file's size, so 10 million
/// households cost about 95 MiB and no rehash doubles it. Two ids are confused only if all 64
/// bits of their hashes agree: about once in 10¹² runs of a million households.
package final class SeenIDs {
    private var slots: UnsafeMutablePointer<UInt64>
    private var lines: UnsafeMutablePointer<UInt32>?
    private var capacity: Int
    private var limit: Int
    private var count = 0
    static let maxSlotsWithLines = 1 << 22
    static let maxLoad = 0.85
    private var estimated = false

    package init() {
        capacity = 1024
        limit = Int(Double(capacity) * Self.maxLoad)
        slots = .allocate(capacity: capacity); slots.initialize(repeating: 0, count: capacity)
        lines = .allocate(capacity: capacity); lines!.initialize(repeating: 0, count: capacity)
    }
    deinit { slots.deallocate(); lines?.deallocate() }

    /// Sizes the table for about `n` ids.
    package func reserve(_ n: Int) {
        let cap = Int(Double(n) / Self.maxLoad) + 1
        if cap > capacity { rehash(cap) }
    }

    /// After the first few thousand ids, sizes the table for the whole file from its byte size.
    /// `pending`: ids read within `bytesRead` and not yet added (the chunk being checked) — left
    /// out, the estimate of a file read in chunks came out at half the file, and the table then
    /// grew twice, holding old and new slots at once (10 M households peaked at 209 MiB).
    package func noteProgress(bytesRead: Int, totalBytes: Int?, pending: Int = 0) {
        let known = count + pending
        guard !estimated, known >= 4096 else { return }
        estimated = true
        if let total = totalBytes, bytesRead > 0 { reserve(Int(Double(total) / Double(bytesRead) * Double(known) * 1.02)) }
    }

    /// The slot an id's probe starts at: the hash scaled onto the table (any size, no modulo).
    @inline(__always) private func home(_ h: UInt64) -> Int { Int(h.multipliedFullWidth(by: UInt64(capacity)).high) }

    /// nil for a new id; for a repeated one, the line it first appeared on (0 when not kept).
    package func firstLine(of id: String, line: Int) -> Int? { firstLine(hash: Self.hash(id), line: line) }

    /// The id's 64-bit hash (never 0). Hashing a chunk's ids first and probing after lets the
    /// processor overlap the probes' cache misses (the table is large and the probes random).
    package static func hash(_ id: String) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        var id = id
        id.withUTF8 { for c in $0 { h = (h ^ UInt64(c)) &* 0x100000001b3 } }
        h ^= h >> 29; h = h &* 0xbf58476d1ce4e5b9; h ^= h >> 32   // spread FNV's bits over the high half
        return max(h, 1)   // 0 marks an empty slot
    }

    package func firstLine(hash h: UInt64, line: Int) -> Int? {
        if count >= limit { rehash(capacity + capacity / 2) }
        var i = home(h)
        while true {
            let s = slots[i]
            if s == 0 {
                slots[i] = h
                lines?[i] = UInt32(truncatingIfNeeded: line)
                count += 1
                return nil
            }
            if s == h { return lines.map { Int($0[i]) } ?? 0 }
            i += 1
            if i == capacity { i = 0 }
        }
    }

    private func rehash(_ newCapacity: Int) {
        let old = slots, oldLines = lines, oldCapacity = capacity
        capacity = newCapacity
        limit = Int(Double(newCapacity) * Self.maxLoad)
        slots = .allocate(capacity: newCapacity); slots.initialize(repeating: 0, count: newCapacity)
        if newCapacity <= Self.maxSlotsWithLines, oldLines != nil {
            lines = .allocate(capacity: newCapacity); lines!.initialize(repeating: 0, count: newCapacity)
        } else {
            lines = nil
        }
        for j in 0..<oldCapacity where old[j] != 0 {
            var i = home(old[j])
            while slots[i] != 0 { i += 1; if i == capacity { i = 0 } }
            slots[i] = old[j]
            if let l = oldLines?[j] { lines?[i] = l }
        }
        old.deallocate(); oldLines?.deallocate()
    }
}

extension MessageCatalogue {
    /// The duplicate-id error, with the first line when it is known.
    package static func duplicateID(_ id: String, firstLine: Int) -> String {
        firstLine > 0 ? format(.recordDuplicateID, [id, String(firstLine)]) : format(.recordDuplicateIDEarlier, [id])
    }
}
