import Testing
@testable import WatchlineSyntax
@testable import WatchlineLanguage
@testable import WatchlineEvaluation
@testable import WatchlineIO
@testable import WatchlineEngine

/// ID numbers are normalised and checked (GB 11643, ISO 7064 MOD 11-2) before they are matched.
@Suite struct IDNumberTests {
    @Test func checkCharactersAreGB11643s() {
        #expect(IDNumber.checkCharacter(Array("11010519491231002".utf8)) == "X")
        #expect(IDNumber.checkCharacter(Array("37132119800101001".utf8)) == "6")
        #expect(IDNumber.checkCharacter(Array("64010219751102004".utf8)) == "6")
    }

    @Test func validNumbersInEveryFormReadAlike() {
        guard case .valid(let canonical, let key) = IDNumber.read("11010519491231002X") else { Issue.record("not valid"); return }
        #expect(canonical == "11010519491231002X")
        for form in ["11010519491231002x", " 11010519491231002X ", "１１０１０５１９４９１２３１００２Ｘ", "110105491231002", "'11010519491231002X"] {
            #expect(IDNumber.read(form) == .valid(canonical, key: key), "\(form)")
        }
        #expect(IDNumber.read("371321198001010016") != IDNumber.read("371321198503150027"))
    }

    @Test func aWrongCheckCharacterOrBirthDateIsInvalid() {
        #expect(IDNumber.read("371321198001010017") == .invalid("371321198001010017", reason: .checkCharacter))
        // 1980-02-30 does not exist (the check character is right for the digits).
        let digits = "37132119800230001"
        let n = digits + String(IDNumber.checkCharacter(Array(digits.utf8)))
        #expect(IDNumber.read(n) == .invalid(n, reason: .birthDate))
    }

    @Test func somethingNotShapedLikeAnIDNumberIsNoID() {
        for s in ["m1", "371321LY000011", "", "12345", "3713211980010100161", "37132119800101001 6"] {
            #expect(IDNumber.read(s) == .noID, "\(s)")
        }
    }
}

@Suite struct IDNumberFastPathTests {
    /// The allocation-free path agrees with the full reading on every form it takes.
    @Test func theFastPathAgreesWithTheFullReading() {
        for s in ["11010519491231002X", "371321198001010016", "371321198001010017", "371321198002300015", "37132119800229001X",
                  "371321198402290018", "11010519491231002x", "m1", "110105491231002"] {
            let full: UInt64? = { if case .valid(_, let k) = IDNumber.read(s) { return k }; return nil }()
            if let fast = IDNumber.fastKey(s) { #expect(fast == full, "\(s)") }
            else if s.utf8.count == 18, s.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 || $0 == 88 }) { #expect(full == nil, "\(s)") }
        }
    }
}
