import WatchlineSyntax
import WatchlineLanguage
/// Everything an evaluator reads for one household, behind one pointer. Evaluators are closures
/// `(Env) -> Value`; going through a raw pointer avoids class-property exclusivity checks and
/// reference counting on the per-household path.
public struct FrameState {
    public var house: UnsafeMutablePointer<Value>
    public var members: UnsafeMutablePointer<Value>
    /// -1 when the record gives no member list.
    public var memberCount: Int
    public var memberStride: Int
    /// The unknown that stands for a missing member list.
    public var membersUnknown: Value
    public var locals: UnsafeMutablePointer<Value>
    public var definitionValues: UnsafeMutablePointer<Value>
    public var definitionGeneration: UnsafeMutablePointer<UInt32>
    public var generation: UInt32
    public var risks: UnsafeMutablePointer<Value>
    public var riskIDs: UnsafeMutablePointer<Value>   // the ids as string values, for `risks` as a list
    public var riskCount: Int
    public var category: Value
    /// Set in explain mode: field reads are recorded here.
    public var trace: TraceRecorder?
    /// `trace != nil`, as a plain flag: evaluators test it on every read, and loading the
    /// optional reference itself would retain and release it each time.
    public var tracing = false
}

public typealias Env = UnsafeMutablePointer<FrameState>
public typealias Evaluator = (Env) -> Value

/// Records what an evaluation read, for `explain` (kept out of the normal path: one nil check per read).
public final class TraceRecorder {
    public struct Read: Sendable { public var path: String; public var value: Value }
    public var reads: [Read] = []
    public init() {}
    func record(_ path: String, _ v: Value) {
        if !reads.contains(where: { $0.path == path }) { reads.append(Read(path: path, value: v)) }
    }
}

/// Owns the storage a `FrameState` points into. One per thread.
public final class Frame {
    public let state: Env
    let localCapacity: Int
    public let householdFieldCount: Int
    public let memberFieldCount: Int
    private var memberCapacity: Int

    public init(householdFields: Int, memberFields: Int, locals: Int, definitions: Int, riskIDs: [String]) {
        householdFieldCount = householdFields
        memberFieldCount = memberFields
        localCapacity = max(locals, 1)
        memberCapacity = 16
        state = .allocate(capacity: 1)
        let house = UnsafeMutablePointer<Value>.allocate(capacity: max(householdFields, 1))
        house.initialize(repeating: .unknown(FieldMask()), count: max(householdFields, 1))
        let members = UnsafeMutablePointer<Value>.allocate(capacity: max(memberFields, 1) * 16)
        members.initialize(repeating: .null, count: max(memberFields, 1) * 16)
        let localsPtr = UnsafeMutablePointer<Value>.allocate(capacity: localCapacity)
        localsPtr.initialize(repeating: .null, count: localCapacity)
        let defs = UnsafeMutablePointer<Value>.allocate(capacity: max(definitions, 1))
        defs.initialize(repeating: .null, count: max(definitions, 1))
        let gens = UnsafeMutablePointer<UInt32>.allocate(capacity: max(definitions, 1))
        gens.initialize(repeating: 0, count: max(definitions, 1))
        let risks = UnsafeMutablePointer<Value>.allocate(capacity: max(riskIDs.count, 1))
        risks.initialize(repeating: .bool(false), count: max(riskIDs.count, 1))
        let ids = UnsafeMutablePointer<Value>.allocate(capacity: max(riskIDs.count, 1))
        ids.initialize(repeating: .null, count: max(riskIDs.count, 1))
        for (i, id) in riskIDs.enumerated() { ids[i] = .string(id) }
        state.initialize(to: FrameState(
            house: house, members: members, memberCount: -1, memberStride: max(memberFields, 1),
            membersUnknown: .unknown(FieldMask(field: householdFields + memberFields)),
            locals: localsPtr, definitionValues: defs, definitionGeneration: gens, generation: 1,
            risks: risks, riskIDs: ids, riskCount: riskIDs.count, category: .null, trace: nil))
        self.definitionCount = max(definitions, 1)
        self.riskSlots = max(riskIDs.count, 1)
    }
    private let definitionCount: Int
    private let riskSlots: Int

    deinit {
        let s = state.pointee
        s.house.deinitialize(count: max(householdFieldCount, 1)); s.house.deallocate()
        s.members.deinitialize(count: s.memberStride * memberCapacity); s.members.deallocate()
        s.locals.deinitialize(count: localCapacity); s.locals.deallocate()
        s.definitionValues.deinitialize(count: definitionCount); s.definitionValues.deallocate()
        s.definitionGeneration.deallocate()
        s.risks.deinitialize(count: riskSlots); s.risks.deallocate()
        s.riskIDs.deinitialize(count: riskSlots); s.riskIDs.deallocate()
        state.deinitialize(count: 1); state.deallocate()
    }

    /// Starts a new household: clears cached definitions (by bumping the generation).
    @inline(__always) public func beginHousehold() {
        state.pointee.generation &+= 1
        if state.pointee.generation == 0 {
            state.pointee.definitionGeneration.update(repeating: 0, count: definitionCount)
            state.pointee.generation = 1
        }
        state.pointee.category = .null
    }

    /// Copies a record's values in (the reader may also decode straight into `state`).
    public func load(_ record: HouseholdRecord) {
        beginHousehold()
        let n = min(record.house.count, householdFieldCount)
        record.house.withUnsafeBufferPointer { src in
            for i in 0..<n { state.pointee.house[i] = src[i] }
        }
        ensureMemberCapacity(record.memberCount)
        let stride = state.pointee.memberStride
        record.members.withUnsafeBufferPointer { src in
            for i in 0..<min(src.count, stride * max(record.memberCount, 0)) { state.pointee.members[i] = src[i] }
        }
        state.pointee.memberCount = record.memberCount
    }

    /// Runs `body` with the frame reading the record's own storage: nothing is copied, so no
    /// reference counts change per field. The record outlives the call; evaluators only read.
    @inline(__always)
    public func withRecord<R>(_ record: HouseholdRecord, _ body: () -> R) -> R {
        beginHousehold()
        let ownHouse = state.pointee.house, ownMembers = state.pointee.members, ownStride = state.pointee.memberStride
        defer {
            state.pointee.house = ownHouse; state.pointee.members = ownMembers
            state.pointee.memberStride = ownStride; state.pointee.memberCount = -1
        }
        guard record.house.count >= householdFieldCount,
              record.members.count >= memberFieldCount * max(record.memberCount, 0) else {
            load(record)   // a short record (never from the readers): copy, padding with unknowns
            return body()
        }
        return record.house.withUnsafeBufferPointer { h in
            record.members.withUnsafeBufferPointer { m in
                state.pointee.house = h.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? ownHouse
                state.pointee.members = m.count > 0 ? UnsafeMutablePointer(mutating: m.baseAddress!) : ownMembers
                state.pointee.memberStride = max(memberFieldCount, 1)
                state.pointee.memberCount = record.memberCount
                return body()
            }
        }
    }

    func ensureMemberCapacity(_ count: Int) {
        guard count > memberCapacity else { return }
        let stride = state.pointee.memberStride
        var newCap = memberCapacity
        while newCap < count { newCap *= 2 }
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: stride * newCap)
        fresh.initialize(repeating: .null, count: stride * newCap)
        state.pointee.members.deinitialize(count: stride * memberCapacity)
        state.pointee.members.deallocate()
        state.pointee.members = fresh
        memberCapacity = newCap
    }
}
