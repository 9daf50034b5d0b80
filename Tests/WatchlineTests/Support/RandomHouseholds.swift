@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation

/// Random households of a ruleset's schema, for checking that two ways of deciding agree. Values
/// are drawn near the numbers the rules compare against (each threshold exactly, a cent either
/// side) as often as anywhere else, one value in ten is missing (an unknown), and member lists
/// are missing, empty or hold up to six members. Deterministic for a seed.
struct RandomHouseholds {
    let schema: Schema
    /// The scaled numbers the rules compare with (thresholds, parameters).
    let constants: [Int64]
    let asOf: CivilDate
    var rng: SplitMix64

    init(_ r: CompiledRuleset, seed: UInt64) {
        schema = r.schema
        asOf = r.asOf
        constants = Array(Set(r.fast.program.nodes.compactMap { $0.op == .numConstant ? $0.k : nil }))
        rng = SplitMix64(state: seed)
    }

    mutating func chance(_ percent: Int) -> Bool { rng.below(100) < percent }

    /// A scaled number (`Fixed`): a rule's constant, exactly or a cent off, or anything in range.
    mutating func number(_ f: Schema.Field, scaled: Bool) -> Int64 {
        let unit: Int64 = scaled ? Fixed.one : 1
        var x: Int64
        if !constants.isEmpty, chance(50) {
            let c = constants[rng.below(constants.count)]
            let step = scaled ? Fixed.one / 100 : Fixed.one
            x = c + Int64(rng.below(3) - 1) * step
            if !scaled { x /= Fixed.one }
        } else {
            let top = scaled ? 60_000 : 12
            x = Int64(rng.below(top + 1)) * unit + (scaled ? Int64(rng.below(100)) * Fixed.one / 100 : 0)
        }
        if let lo = f.min, x < lo { x = lo }
        if let hi = f.max, x > hi { x = hi }
        return x
    }

    mutating func value(_ f: Schema.Field, id: Int, slot: Int) -> Value {
        if slot == schema.idField { return .string("R\(id)") }
        if chance(10) { return .unknown(FieldMask(field: slot)) }
        switch f.type {
        case .string: return .string(["甲", "乙", "丙", "320102199001011234", ""][rng.below(5)])
        case .bool: return .bool(chance(50))
        case .int: return .int(number(f, scaled: false))
        case .money, .number: return .dec(number(f, scaled: true))
        case .date:
            // Around the as-of date: the timelines and "within N days" rules turn on it.
            return .date(CivilDate(days: asOf.days + Int32(rng.below(1500)) - 1000))
        case .enumeration(let e):
            return .enumValue(EnumRef(type: e, ordinal: Int16(rng.below(schema.enums[Int(e)].values.count))))
        case .enumList(let e):
            let n = schema.enums[Int(e)].values.count
            return .list(ListBox((0..<n).filter { _ in chance(25) }.map { .enumValue(EnumRef(type: e, ordinal: Int16($0))) }))
        }
    }

    mutating func next(id: Int) -> HouseholdRecord {
        var r = schema.emptyRecord()
        for (slot, f) in schema.households.enumerated() { r.house[slot] = value(f, id: id, slot: slot) }
        if !schema.members.isEmpty, !chance(10) {
            r.membersGiven()
            for _ in 0..<rng.below(7) {
                let base = r.addMember(schema)
                for (j, f) in schema.members.enumerated() { r.members[base + j] = value(f, id: id, slot: schema.households.count + j) }
            }
        }
        return r
    }
}
