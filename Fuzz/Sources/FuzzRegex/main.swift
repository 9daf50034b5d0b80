import Foundation
import WatchlineEngine

/// Any bytes as a pattern and a text (split at the first newline): compiling ends in a program
/// or a refusal, matching ends in an answer — no crash, no hang (the matcher is linear, so
/// libFuzzer's -timeout catches any backtracking) — and wrapping the pattern in a group, or
/// prefixing `(?s:.*)`, never changes the answer.
public func fuzzRegex(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let input = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (pattern, text): (String, String)
    if let nl = input.firstIndex(of: "\n") {
        (pattern, text) = (String(input[..<nl]), String(input[input.index(after: nl)...]))
    } else {
        (pattern, text) = (input, "")
    }
    guard let program = try? RegexProgram(pattern) else { return 0 }
    let answer = program.matches(text)
    if let grouped = try? RegexProgram("(?:" + pattern + ")"), grouped.matches(text) != answer {
        fatalError("(?:\(pattern)) disagrees with \(pattern) on \(text.debugDescription)")
    }
    if let prefixed = try? RegexProgram("(?s:.*)(?:" + pattern + ")"), prefixed.matches(text) != answer {
        fatalError("(?s:.*)(?:\(pattern)) disagrees with \(pattern) on \(text.debugDescription)")
    }
    return 0
}

// SwiftPM links an executable target's entry point as `<Target>_main`; libFuzzer's own `main`
// would never be called, so the entry point hands over to libFuzzer's driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("FuzzRegex_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var c = argc, v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in
        guard let data else { return 0 }
        return fuzzRegex(data, size)
    }
}
