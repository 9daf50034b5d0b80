import WatchlineSyntax

extension StepStatus.Status {
    /// The status as an officer reads it: its id in English (the JSON key's value), the
    /// catalogue's words under zh (已超期未完成 for overdue).
    package var word: String {
        let id: MessageID = switch self {
        case .onTime: .stepOnTime
        case .late: .stepLate
        case .overdue: .stepOverdue
        case .pending: .stepPending
        case .tooShort: .stepTooShort
        case .outOfOrder: .stepOutOfOrder
        case .ready: .stepReady
        }
        return MessageCatalogue.format(id, [])
    }

    /// A status id written in a test file, in words when it names one (a wrong id stays as written).
    package static func word(ofID raw: String) -> String { Self(rawValue: raw)?.word ?? raw }
}
