import Foundation
import WatchlineEngine

/// Any bytes as a records file (JSON Lines and CSV): every record must come out as exactly one
/// outcome, decided or with its errors — never a crash.
public func fuzzRecords(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Data(bytes: data, count: size)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("watchline-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    for ext in ["jsonl", "csv", "json"] {
        let path = dir.appendingPathComponent("records.\(ext)").path
        try? bytes.write(to: URL(fileURLWithPath: path))
        guard let source = try? RecordFiles.open(path: path, members: nil, schema: Ruleset.shared.schema) else { continue }
        ParallelRunner(ruleset: Ruleset.shared).run(source) { _, _, _ in }
    }
    return 0
}

enum Ruleset {
    static let shared: CompiledRuleset = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().path
        return Engine.load(rules: repo + "/Rules/anhui/lieshan-2022.yaml", asOf: CivilDate(iso: "2022-06-30")!, sources: SourceStore()).compiled!
    }()
}

// SwiftPM links an executable target's entry point as `<Target>_main`; libFuzzer's own `main`
// would never be called, so the entry point hands over to libFuzzer's driver itself.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

@_cdecl("FuzzRecords_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var c = argc, v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in
        guard let data else { return 0 }
        return fuzzRecords(data, size)
    }
}
