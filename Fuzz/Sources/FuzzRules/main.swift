import Foundation
import WatchlineEngine

/// Any bytes as a rule file: loading, checking and compiling must end in a ruleset or
/// diagnostics — never a crash, a hang or unbounded memory.
public func fuzzRules(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let path = dir.appendingPathComponent("rules.yaml").path
    // Rule files name their schema and calendar relative to themselves: give them the real ones.
    let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path
    let text2 = text.replacingOccurrences(of: "../schema/", with: repo + "/Rules/schema/")
        .replacingOccurrences(of: "../calendars/", with: repo + "/Rules/calendars/")
    try? text2.write(toFile: path, atomically: false, encoding: .utf8)
    let loaded = Engine.load(rules: path, asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore())
    if let r = loaded.compiled {
        _ = Engine.evaluate("1 + 1", with: r, record: nil)
    }
    return 0
}

// SwiftPM links an executable target's entry point as `<Target>_main`; libFuzzer's own `main`
// would never be called, so the entry point hands over to libFuzzer's driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("FuzzRules_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var c = argc, v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in
        guard let data else { return 0 }
        return fuzzRules(data, size)
    }
}
