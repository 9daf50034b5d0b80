import Foundation
import WatchlineEngine

/// A small line editor for the REPL (no GPL readline): raw terminal mode, cursor movement that
/// counts Chinese characters as two cells, history kept in a file across sessions, and tab
/// completion of the word before the cursor.
final class LineEditor {
    let historyPath: String
    let complete: (String) -> [String]
    private var history: [String] = []
    private let maxHistory = 1000

    init(historyPath: String, complete: @escaping (String) -> [String]) {
        self.historyPath = historyPath
        self.complete = complete
        if let text = try? String(contentsOfFile: historyPath, encoding: .utf8) {
            history = text.split(separator: "\n").map(String.init).suffix(maxHistory).map { $0 }
        }
    }

    /// One line, or nil at end of input (Ctrl-D on an empty line).
    func readLine(prompt: String) -> String? {
        var original = termios()
        tcgetattr(STDIN_FILENO, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSAFLUSH, &original) }

        var line: [Character] = []
        var cursor = 0
        var historyIndex = history.count
        func width(_ cs: ArraySlice<Character>) -> Int { cs.reduce(0) { $0 + cellWidth($1) } }
        func redraw() {
            var out = "\r\u{1B}[K" + prompt + String(line)
            let back = width(line[cursor...])
            if back > 0 { out += "\u{1B}[\(back)D" }
            write(out)
        }
        write(prompt)
        var pending: [UInt8] = []
        while true {
            var byte: UInt8 = 0
            guard read(STDIN_FILENO, &byte, 1) == 1 else { return line.isEmpty ? nil : String(line) }
            switch byte {
            case 0x0A, 0x0D:
                write("\n")
                let text = String(line)
                remember(text)
                return text
            case 0x04:
                if line.isEmpty { write("\n"); return nil }
            case 0x7F, 0x08:
                if cursor > 0 { line.remove(at: cursor - 1); cursor -= 1; redraw() }
            case 0x01: cursor = 0; redraw()
            case 0x05: cursor = line.count; redraw()
            case 0x03: line = []; cursor = 0; write("^C\n" + prompt)
            case 0x09:
                let start = line[..<cursor].lastIndex(where: { $0 == " " || $0 == "(" || $0 == "," || $0 == "!" }).map { $0 + 1 } ?? 0
                let word = String(line[start..<cursor])
                let options = complete(word)
                if options.count == 1 {
                    line.replaceSubrange(start..<cursor, with: Array(options[0]))
                    cursor = start + options[0].count
                    redraw()
                } else if options.count > 1 {
                    let common = options.dropFirst().reduce(options[0]) { $0.commonPrefix(with: $1) }
                    if common.count > word.count {
                        line.replaceSubrange(start..<cursor, with: Array(common)); cursor = start + common.count
                    } else {
                        write("\n" + options.prefix(40).joined(separator: "  ") + "\n")
                    }
                    redraw()
                }
            case 0x1B:
                var seq: [UInt8] = [0, 0]
                guard read(STDIN_FILENO, &seq, 2) == 2, seq[0] == 0x5B else { continue }
                switch seq[1] {
                case 0x41 where historyIndex > 0:   // up
                    historyIndex -= 1; line = Array(history[historyIndex]); cursor = line.count; redraw()
                case 0x42:                           // down
                    if historyIndex < history.count - 1 { historyIndex += 1; line = Array(history[historyIndex]) }
                    else { historyIndex = history.count; line = [] }
                    cursor = line.count; redraw()
                case 0x43 where cursor < line.count: cursor += 1; redraw()
                case 0x44 where cursor > 0: cursor -= 1; redraw()
                case 0x48: cursor = 0; redraw()
                case 0x46: cursor = line.count; redraw()
                default: break
                }
            default:
                // UTF-8: collect the bytes of one character, then insert it.
                pending.append(byte)
                if let s = String(bytes: pending, encoding: .utf8), let ch = s.first {
                    pending = []
                    line.insert(ch, at: cursor); cursor += 1; redraw()
                } else if pending.count >= 4 {
                    pending = []
                }
            }
        }
    }

    private func remember(_ text: String) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty, history.last != text else { return }
        history.append(text)
        if history.count > maxHistory { history.removeFirst(history.count - maxHistory) }
        try? (history.joined(separator: "\n") + "\n").write(toFile: historyPath, atomically: true, encoding: .utf8)
    }

    private func write(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }

    /// Terminal cells: East Asian wide characters take two.
    private func cellWidth(_ c: Character) -> Int { Engine.cellWidth(of: c) }
}
