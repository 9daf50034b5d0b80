import WatchlineSyntax
import WatchlineLanguage
/// A chunk of households as typed columns: for each field a kernel reads, one column of plain
/// values and a validity bitmap (bit h set: household h's value is known and of the field's
/// type). Numbers are scaled decimals (`Fixed`, as the predicate nodes compare them) or a date's
/// day number; bools are bit-packed; enum values are their ordinals. Storage is allocated once
/// for `capacity` households and reused chunk after chunk.
package final class ColumnChunk {
    package let capacity: Int
    /// Words of 64 households.
    package let words: Int
    package private(set) var count = 0
    let numbers: [UnsafeMutablePointer<Int64>]
    let numberValid: [UnsafeMutablePointer<UInt64>]
    let bools: [UnsafeMutablePointer<UInt64>]
    let boolValid: [UnsafeMutablePointer<UInt64>]
    let enums: [UnsafeMutablePointer<Int16>]
    let enumValid: [UnsafeMutablePointer<UInt64>]
    let plan: BatchPlan
    /// Every bitmap above, cleared together before a chunk is gathered.
    private let bitmaps: [UnsafeMutablePointer<UInt64>]

    package init(plan: BatchPlan, capacity: Int) {
        self.plan = plan
        self.capacity = capacity
        let words = (capacity + 63) / 64
        self.words = words
        func masks(_ n: Int) -> [UnsafeMutablePointer<UInt64>] {
            (0..<n).map { _ in let p = UnsafeMutablePointer<UInt64>.allocate(capacity: max(words, 1)); p.initialize(repeating: 0, count: max(words, 1)); return p }
        }
        numbers = plan.numberSlots.map { _ in let p = UnsafeMutablePointer<Int64>.allocate(capacity: max(capacity, 1)); p.initialize(repeating: 0, count: max(capacity, 1)); return p }
        numberValid = masks(plan.numberSlots.count)
        bools = masks(plan.boolSlots.count)
        boolValid = masks(plan.boolSlots.count)
        enums = plan.enumSlots.map { _ in let p = UnsafeMutablePointer<Int16>.allocate(capacity: max(capacity, 1)); p.initialize(repeating: 0, count: max(capacity, 1)); return p }
        enumValid = masks(plan.enumSlots.count)
        bitmaps = numberValid + bools + boolValid + enumValid
    }

    deinit {
        for p in numbers { p.deallocate() }
        for p in enums { p.deallocate() }
        for p in bitmaps { p.deallocate() }
    }

    /// Fills the columns from `count` records (the first `count` of `records`).
    package func gather(_ records: UnsafeBufferPointer<HouseholdRecord>, count n: Int) {
        precondition(n <= capacity)
        count = n
        for p in bitmaps { p.update(repeating: 0, count: words) }
        let numberSlots = plan.numberSlots, boolSlots = plan.boolSlots, enumSlots = plan.enumSlots
        for h in 0..<n {
            let w = h >> 6, bit = UInt64(1) << UInt64(h & 63)
            records[h].house.withUnsafeBufferPointer { house in
                for (k, slot) in numberSlots.enumerated() {
                    // As the scalar node reads it (`numberOf`): noNumber is not a number.
                    let x = slot < house.count ? numberOf(house[slot]) : noNumber
                    numbers[k][h] = x
                    if x != noNumber { numberValid[k][w] |= bit }
                }
                for (k, slot) in boolSlots.enumerated() where slot < house.count {
                    if case .bool(let b) = house[slot] {
                        boolValid[k][w] |= bit
                        if b { bools[k][w] |= bit }
                    }
                }
                for (k, slot) in enumSlots.enumerated() where slot < house.count {
                    if case .enumValue(let ref) = house[slot] {
                        enums[k][h] = ref.ordinal
                        enumValid[k][w] |= bit
                    }
                }
            }
        }
    }
}
