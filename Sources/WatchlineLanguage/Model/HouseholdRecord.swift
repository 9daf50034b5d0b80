import WatchlineSyntax
/// One household's decoded values: household slots in schema order, then members row by row.
public struct HouseholdRecord: Sendable {
    public var house: [Value]
    public var members: [Value]
    /// -1 when the record gives no member list (then `members` is unknown).
    public var memberCount: Int
    package init(house: [Value], members: [Value], memberCount: Int) {
        self.house = house; self.members = members; self.memberCount = memberCount
    }
}

extension Schema {
    /// A record with every field unknown (each unknown naming its own field).
    public func emptyRecord() -> HouseholdRecord {
        HouseholdRecord(house: households.indices.map { .unknown(FieldMask(field: $0)) }, members: [], memberCount: -1)
    }
}

extension HouseholdRecord {
    /// Resets to "nothing known", keeping storage.
    package mutating func reset(_ schema: Schema) {
        house.withUnsafeMutableBufferPointer { h in for i in h.indices { h[i] = .unknown(FieldMask(field: i)) } }
        members.removeAll(keepingCapacity: true)
        memberCount = -1
    }

    /// Records that the household's member list is given (possibly empty).
    package mutating func membersGiven() { if memberCount < 0 { memberCount = 0 } }

    /// Appends a member row with every field unknown; returns its first slot.
    package mutating func addMember(_ schema: Schema) -> Int {
        let base = members.count
        let h = schema.households.count
        for i in schema.members.indices { members.append(.unknown(FieldMask(field: h + i))) }
        memberCount = max(memberCount, 0) + 1
        return base
    }

    public func string(_ slot: Int?) -> String? {
        guard let slot, slot < house.count, case .string(let s) = house[slot] else { return nil }
        return s
    }
}

