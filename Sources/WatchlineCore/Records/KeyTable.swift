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

/// Remembers household ids seen in a run (as 64-bit hashes, so memory stays small) to report a
/// duplicate with the line it first appeared on.
struct SeenIDs {
    private var lines: [UInt64: Int32] = [:]
    mutating func firstLine(of id: String, line: Int) -> Int? {
        var h: UInt64 = 0xcbf29ce484222325
        for c in id.utf8 { h = (h ^ UInt64(c)) &* 0x100000001b3 }
        if let first = lines[h] { return Int(first) }
        lines[h] = Int32(truncatingIfNeeded: line)
        return nil
    }
}
