import Foundation

/// The debug `watchline` binary, run as a user runs it: in a folder, with arguments or a shell
/// command line, and what it reads on stdin.
enum Command {
    static let binary = Repo.path(".build/debug/watchline")

    struct Result { var status: Int32; var stdout: String; var stderr: String; var all: String { stdout + stderr } }

    /// `watchline ARGS` in `dir`.
    static func watchline(_ args: [String], in dir: String, stdin: String = "", environment: [String: String] = [:]) -> Result {
        run(binary, args, in: dir, stdin: stdin, environment: environment)
    }

    /// A command line as a shell reads it (globs, redirections, quotes), with `watchline` on PATH
    /// being the debug binary.
    static func shell(_ line: String, in dir: String, stdin: String = "") -> Result {
        let bin = dir + "/.watchline-bin"
        if !FileManager.default.fileExists(atPath: bin + "/watchline") {
            try? FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
            try? FileManager.default.createSymbolicLink(atPath: bin + "/watchline", withDestinationPath: binary)
        }
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return run("/bin/sh", ["-c", line], in: dir, stdin: stdin, environment: ["PATH": path])
    }

    static func run(_ executable: String, _ args: [String], in dir: String, stdin: String, environment: [String: String],
                    timeout: TimeInterval = 300) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        // English unless a test asks otherwise: the tests read exit statuses and IDs, not sentences.
        env["LANG"] = "C.UTF-8"; env["LC_ALL"] = "C.UTF-8"
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let input = Pipe(), out = Pipe(), err = Pipe()
        p.standardInput = input; p.standardOutput = out; p.standardError = err
        do { try p.run() } catch { return Result(status: -1, stdout: "", stderr: "cannot start \(executable): \(error)") }
        nonisolated(unsafe) let running = p
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { if running.isRunning { running.terminate() } }
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try? input.fileHandleForWriting.close()
        // Both pipes drained at once, so a command filling one cannot block on it.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A fresh temporary folder with copies of the repository's folders named.
    static func copyOfRepository(_ folders: [String]) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wl-cmd-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for f in folders { try FileManager.default.copyItem(atPath: Repo.path(f), toPath: dir + "/" + f) }
        return dir
    }

    /// The XML parts of an .xlsx workbook (sheets, shared strings), as one text, read with `unzip`.
    static func workbookXML(_ path: String) -> String? {
        guard let r = runProgram("unzip", ["-p", path, "xl/worksheets/*.xml", "xl/sharedStrings.xml"]), r.status == 0 || r.status == 11 else { return nil }
        return r.output
    }
}
