import WatchlineSyntax
import WatchlineLanguage
/// Everything an evaluator reads for one household, behind one pointer. Evaluators are closures
/// `(Env) -> Value`; going through a raw pointer avoids class-property exclusivity checks and
/// reference counting on the per-household path. Only a `Frame` makes one and points it at storage:
/// the household's values are read-only (`UnsafePointer`) — the frame's own copy or, while
/// `Frame.withRecord` runs, the record's — so nothing an evaluator does can write into a record.
/// The scratch an evaluation fills (locals, definitions, risks) is the frame's own.
@usableFromInline
package struct FrameState {
    @usableFromInline package var house: UnsafePointer<Value>
    @usableFromInline package var members: UnsafePointer<Value>
    /// -1 when the record gives no member list.
    @usableFromInline package var memberCount: Int
    @usableFromInline package var memberStride: Int
    /// The unknown that stands for a missing member list.
    package var membersUnknown: Value
    package var locals: UnsafeMutablePointer<Value>
    @usableFromInline package var definitionValues: UnsafeMutablePointer<Value>
    @usableFromInline package var definitionGeneration: UnsafeMutablePointer<UInt32>
    @usableFromInline package var generation: UInt32
    package var risks: UnsafeMutablePointer<Value>
    package var riskIDs: UnsafeMutablePointer<Value>   // the ids as string values, for `risks` as a list
    package var riskCount: Int
    @usableFromInline package var category: Value
    /// Set in explain mode: field reads are recorded here.
    package var trace: TraceRecorder?
    /// `trace != nil`, as a plain flag: evaluators test it on every read, and loading the
    /// optional reference itself would retain and release it each time.
    package var tracing = false
}

@usableFromInline package typealias Env = UnsafeMutablePointer<FrameState>
package typealias Evaluator = (Env) -> Value

/// Records what an evaluation read, for `explain` (kept out of the normal path: one nil check per read).
package final class TraceRecorder {
    package struct Read: Sendable { package var path: String; package var value: Value }
    package var reads: [Read] = []
    package init() {}
    func record(_ path: String, _ v: Value) {
        if !reads.contains(where: { $0.path == path }) { reads.append(Read(path: path, value: v)) }
    }
}

/// Owns the storage a `FrameState` points into. One per thread.
public final class Frame {
    @usableFromInline package let state: Env
    let localCapacity: Int
    public let householdFieldCount: Int
    public let memberFieldCount: Int
    /// The frame's own copy of a household (`load`); the state points here unless `withRecord`
    /// is running.
    private let ownHouse: UnsafeMutablePointer<Value>
    private var ownMembers: UnsafeMutablePointer<Value>
    private var memberCapacity: Int
    private let definitionCount: Int
    private let riskSlots: Int

    package init(householdFields: Int, memberFields: Int, locals: Int, definitions: Int, riskIDs: [String]) {
        householdFieldCount = householdFields
        memberFieldCount = memberFields
        localCapacity = max(locals, 1)
        memberCapacity = 16
        definitionCount = max(definitions, 1)
        riskSlots = max(riskIDs.count, 1)
        state = .allocate(capacity: 1)
        ownHouse = .allocate(capacity: max(householdFields, 1))
        ownHouse.initialize(repeating: .unknown(FieldMask()), count: max(householdFields, 1))
        ownMembers = .allocate(capacity: max(memberFields, 1) * 16)
        ownMembers.initialize(repeating: .null, count: max(memberFields, 1) * 16)
        let localsPtr = UnsafeMutablePointer<Value>.allocate(capacity: localCapacity)
        localsPtr.initialize(repeating: .null, count: localCapacity)
        let defs = UnsafeMutablePointer<Value>.allocate(capacity: definitionCount)
        defs.initialize(repeating: .null, count: definitionCount)
        let gens = UnsafeMutablePointer<UInt32>.allocate(capacity: definitionCount)
        gens.initialize(repeating: 0, count: definitionCount)
        let risks = UnsafeMutablePointer<Value>.allocate(capacity: riskSlots)
        risks.initialize(repeating: .bool(false), count: riskSlots)
        let ids = UnsafeMutablePointer<Value>.allocate(capacity: riskSlots)
        ids.initialize(repeating: .null, count: riskSlots)
        for (i, id) in riskIDs.enumerated() { ids[i] = .string(id) }
        state.initialize(to: FrameState(
            house: UnsafePointer(ownHouse), members: UnsafePointer(ownMembers), memberCount: -1, memberStride: max(memberFields, 1),
            membersUnknown: .unknown(FieldMask(field: householdFields + memberFields)),
            locals: localsPtr, definitionValues: defs, definitionGeneration: gens, generation: 1,
            risks: risks, riskIDs: ids, riskCount: riskIDs.count, category: .null, trace: nil))
    }

    deinit {
        let s = state.pointee
        ownHouse.deinitialize(count: max(householdFieldCount, 1)); ownHouse.deallocate()
        ownMembers.deinitialize(count: max(memberFieldCount, 1) * memberCapacity); ownMembers.deallocate()
        s.locals.deinitialize(count: localCapacity); s.locals.deallocate()
        s.definitionValues.deinitialize(count: definitionCount); s.definitionValues.deallocate()
        s.definitionGeneration.deallocate()
        s.risks.deinitialize(count: riskSlots); s.risks.deallocate()
        s.riskIDs.deinitialize(count: riskSlots); s.riskIDs.deallocate()
        state.deinitialize(count: 1); state.deallocate()
    }

    /// Starts a new household: clears cached definitions (by bumping the generation).
    @inlinable @inline(__always) package func beginHousehold() {
        state.pointee.generation &+= 1
        if state.pointee.generation == 0 { resetGenerations() }
        state.pointee.category = .null
    }

    /// Once in 2³² households: the generation wrapped, so every cached definition is stale.
    @usableFromInline func resetGenerations() {
        state.pointee.definitionGeneration.update(repeating: 0, count: definitionCount)
        state.pointee.generation = 1
    }

    /// Copies a record's values into the frame's own storage (padding a short record with
    /// unknowns) and points the frame at them. The record is only read.
    public func load(_ record: HouseholdRecord) {
        beginHousehold()
        let n = min(record.house.count, householdFieldCount)
        record.house.withUnsafeBufferPointer { src in
            for i in 0..<n { ownHouse[i] = src[i] }
        }
        for i in n..<householdFieldCount { ownHouse[i] = .unknown(FieldMask(field: i)) }
        ensureMemberCapacity(record.memberCount)
        let stride = max(memberFieldCount, 1)
        let m = stride * max(record.memberCount, 0)
        let given = record.members.withUnsafeBufferPointer { src in
            let k = min(src.count, m)
            for i in 0..<k { ownMembers[i] = src[i] }
            return k
        }
        for i in given..<m { ownMembers[i] = .unknown(FieldMask(field: householdFieldCount + i % stride)) }
        state.pointee.house = UnsafePointer(ownHouse)
        state.pointee.members = UnsafePointer(ownMembers)
        state.pointee.memberStride = stride
        state.pointee.memberCount = record.memberCount
    }

    /// Runs `body` with the frame reading the record's own storage: nothing is copied, so no
    /// reference counts change per field. The pointers are read-only and valid only inside
    /// `body`; afterwards the frame points at its own storage again.
    @inlinable @inline(__always)
    package func withRecord<R>(_ record: HouseholdRecord, _ body: () -> R) -> R {
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
                state.pointee.house = h.baseAddress ?? ownHouse
                state.pointee.members = m.count > 0 ? m.baseAddress! : ownMembers
                state.pointee.memberStride = max(memberFieldCount, 1)
                state.pointee.memberCount = record.memberCount
                return body()
            }
        }
    }

    private func ensureMemberCapacity(_ count: Int) {
        guard count > memberCapacity else { return }
        let stride = max(memberFieldCount, 1)
        var newCap = memberCapacity
        while newCap < count { newCap *= 2 }
        let fresh = UnsafeMutablePointer<Value>.allocate(capacity: stride * newCap)
        fresh.initialize(repeating: .null, count: stride * newCap)
        ownMembers.deinitialize(count: stride * memberCapacity)
        ownMembers.deallocate()
        ownMembers = fresh
        memberCapacity = newCap
    }
}

/// Where `decide` puts an explained household's trace: one entry per rule evaluated, with what it
/// read. Pass one to ask for a trace; without one, nothing is recorded.
package final class TraceSink {
    package var entries: [TraceEntry] = []
    package init() {}
}
