import ArgumentParser
import WatchlineEngine

/// The commands' help is worded from the message catalogue when the parser builds it: each
/// `configuration` is computed and each `help:` is evaluated as the parser makes the command, both
/// after `Watchline.main` has read `--lang` (and LANG is read on first use), so `--help` speaks
/// the language asked.
///
/// The parser wraps help at spaces, counting characters; Chinese has no spaces and its characters
/// take two columns, so Chinese help is broken into lines here, by columns, where Chinese may be
/// broken. `width`: the columns the text has (the parser's help column is 80 − 26).
func helpText(_ id: MessageID, width: Int = 52, reserve: Int = 0) -> String {
    let text = MessageCatalogue.format(id, [])
    return MessageCatalogue.useChinese ? ChineseLines.wrap(text, width: width, reserve: reserve) : text
}

extension ArgumentHelp {
    /// An argument's, option's or flag's help from the catalogue. A value's name stays ASCII in
    /// both languages: the parser pads the option column by characters, and a Chinese name
    /// (two columns a character) would push the help out of line. `defaulted`: the option has a
    /// default value, which the parser adds after the text ("(default: village)"): the last line
    /// leaves room for it.
    static func message(_ id: MessageID, valueName: String? = nil, defaulted: Bool = false) -> ArgumentHelp {
        ArgumentHelp(helpText(id, reserve: defaulted ? 20 : 0), valueName: valueName)
    }
}

/// A command's discussion: as wide as the screen the parser assumes.
func discussionText(_ id: MessageID) -> String { helpText(id, width: 78) }

/// Line breaking for Chinese text: between any two Chinese characters, at a space, never inside
/// a run of ASCII (a flag, a file name), never before closing punctuation (，。、）”…) nor after
/// opening punctuation (（“). Lines the text breaks itself stay; example command lines are left whole.
enum ChineseLines {
    static let closing: Set<Character> = ["，", "。", "、", "；", "：", "）", "”", "」", "！", "？", "…", ")", ",", ".", ";", ":"]
    static let opening: Set<Character> = ["（", "“", "「", "("]

    static func columns(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || v == 0x201C || v == 0x201D || v == 0x2026
        return wide ? 2 : 1
    }
    static func columns(_ s: Substring) -> Int { s.reduce(0) { $0 + columns($1) } }

    /// `reserve`: columns the last line leaves free (for what the parser appends to it).
    static func wrap(_ text: String, width: Int, reserve: Int = 0) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { i, line in
            let room = i == lines.count - 1 ? reserve : 0
            let kept = line.trimmingCharacters(in: .whitespaces).hasPrefix("watchline ") || columns(line) + room <= width
            return kept ? String(line) : wrapLine(line, width: width, reserve: room)
        }.joined(separator: "\n")
    }

    typealias Unit = (text: String, spaced: Bool)

    /// Units no break goes inside: one Chinese character with the punctuation that holds to it, or
    /// a run of ASCII; `spaced`: a space stood before it.
    static func units(_ line: Substring) -> [Unit] {
        var units: [Unit] = []
        var space = false
        for c in line {
            if c == " " { space = true; continue }
            let wide = columns(c) == 2
            if var last = units.last, !space,
               closing.contains(c) || last.text.last.map(opening.contains) == true
                || (!wide && !(last.text.last.map { columns($0) == 2 } ?? true)) {
                last.text.append(c)
                units[units.count - 1] = last
            } else {
                units.append((String(c), space))
            }
            space = false
        }
        return units
    }

    static func text(_ units: ArraySlice<Unit>) -> String {
        units.enumerated().map { i, u in (i > 0 && u.spaced ? " " : "") + u.text }.joined()
    }

    /// Lines as full as `width` allows.
    static func fill(_ units: [Unit], width: Int) -> [ArraySlice<Unit>] {
        var lines: [ArraySlice<Unit>] = [], start = 0, used = 0
        for (i, u) in units.enumerated() {
            let w = columns(Substring(u.text)) + (u.spaced && i > start ? 1 : 0)
            if used + w > width && i > start {
                lines.append(units[start..<i])
                start = i; used = columns(Substring(u.text))
            } else { used += w }
        }
        if start < units.count { lines.append(units[start...]) }
        return lines
    }

    static func wrapLine(_ line: Substring, width: Int, reserve: Int = 0) -> String {
        var lines = fill(units(line), width: width)
        // The last line too full for what follows it: it is broken where it fits with room to
        // spare, after punctuation, else at a space, else between two characters.
        if reserve > 0, let last = lines.last, columns(Substring(text(last))) + reserve > width {
            let all = Array(last)
            let fits = (1..<all.count).filter { columns(Substring(text(all[..<$0]))) + reserve <= width }
            let comma = fits.last { closing.contains(all[$0 - 1].text.last!) }, space = fits.last { all[$0].spaced }
            if let k = comma ?? space ?? fits.last {
                lines.removeLast()
                lines += [all[..<k], all[k...]]
            }
        }
        return lines.map { text($0) }.joined(separator: "\n")
    }
}
