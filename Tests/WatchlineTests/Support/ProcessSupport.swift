import Foundation

/// Runs a program (looked up on PATH) and returns its exit status and output (stdout + stderr).
func runProgram(_ name: String, _ args: [String], timeout: TimeInterval = 120) -> (status: Int32, output: String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [name] + args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    p.standardInput = FileHandle.nullDevice
    do { try p.run() } catch { return nil }
    nonisolated(unsafe) let running = p
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if running.isRunning { running.terminate() } }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Every file under a folder of the repository whose name ends with `suffix`, sorted.
func repoFiles(under folder: String, suffix: String) -> [String] {
    let root = Repo.path(folder)
    guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
    return e.compactMap { $0 as? String }.filter { $0.hasSuffix(suffix) }.sorted().map { root + "/" + $0 }
}
