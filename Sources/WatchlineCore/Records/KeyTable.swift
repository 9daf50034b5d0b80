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

    @inline(__always) static func hash(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for c in b { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        return h
    }

    func lookup(_ b: UnsafeBufferPointer<UInt8>) -> Entry? {
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
/// hash in an open-addressing table (no strings), with the line it was on while the table is at
/// most 4 Mi slots; past that the lines are dropped and a duplicate is reported as "earlier in the
/// file", so 10 million households cost 128 MiB at most. Two ids are confused only if all 64 bits
/// of their hashes agree: about once in 10¹² runs of a million households.
final class SeenIDs {
    private var slots: UnsafeMutablePointer<UInt64>
    private var lines: UnsafeMutablePointer<UInt32>?
    private var capacity = 1024
    private var count = 0
    private var mask = 1023
    static let maxSlotsWithLines = 1 << 22
    private var estimated = false

    init() {
        slots = .allocate(capacity: capacity); slots.initialize(repeating: 0, count: capacity)
        lines = .allocate(capacity: capacity); lines!.initialize(repeating: 0, count: capacity)
    }
    deinit { slots.deallocate(); lines?.deallocate() }

    /// Sizes the table for about `n` ids up front, so a large file needs no rehash (the old and
    /// new tables together would be the run's peak memory).
    func reserve(_ n: Int) {
        var cap = 1024
        while cap * 3 / 4 < n { cap <<= 1 }
        if cap > capacity { rehash(cap) }
    }

    /// After the first few thousand ids, sizes the table for the whole file from its byte size.
    func noteProgress(bytesRead: Int, totalBytes: Int?) {
        guard !estimated, count >= 4096 else { return }
        estimated = true
        if let total = totalBytes, bytesRead > 0 { reserve(Int(Double(total) / Double(bytesRead) * Double(count) * 1.05)) }
    }

    /// nil for a new id; for a repeated one, the line it first appeared on (0 when not kept).
    func firstLine(of id: String, line: Int) -> Int? {
        var h: UInt64 = 0xcbf29ce484222325
        var id = id
        id.withUTF8 { for c in $0 { h = (h ^ UInt64(c)) &* 0x100000001b3 } }
        h ^= h >> 29; h = h &* 0xbf58476d1ce4e5b9; h ^= h >> 32   // spread FNV's bits over the home bucket
        h = max(h, 1)   // 0 marks an empty slot
        if count + 1 > capacity * 3 / 4 { rehash(capacity * 2) }
        var i = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = slots[i]
            if s == 0 {
                slots[i] = h
                lines?[i] = UInt32(truncatingIfNeeded: line)
                count += 1
                return nil
            }
            if s == h { return lines.map { Int($0[i]) } ?? 0 }
            i = (i + 1) & mask
        }
    }

    private func rehash(_ newCapacity: Int) {
        let old = slots, oldLines = lines, oldCapacity = capacity
        slots = .allocate(capacity: newCapacity); slots.initialize(repeating: 0, count: newCapacity)
        if newCapacity <= Self.maxSlotsWithLines, oldLines != nil {
            lines = .allocate(capacity: newCapacity); lines!.initialize(repeating: 0, count: newCapacity)
        } else {
            lines = nil
        }
        capacity = newCapacity
        mask = newCapacity - 1
        for j in 0..<oldCapacity where old[j] != 0 {
            var i = Int(truncatingIfNeeded: old[j]) & mask
            while slots[i] != 0 { i = (i + 1) & mask }
            slots[i] = old[j]
            if let l = oldLines?[j] { lines?[i] = l }
        }
        old.deallocate(); oldLines?.deallocate()
    }
}

extension MessageCatalogue {
    /// The duplicate-id error, with the first line when it is known.
    static func duplicateID(_ id: String, firstLine: Int) -> String {
        firstLine > 0 ? format(.recordDuplicateID, [id, String(firstLine)]) : format(.recordDuplicateIDEarlier, [id])
    }
}
