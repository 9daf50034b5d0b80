import ArgumentParser
import WatchlineEngine

/// The commands' help is worded from the message catalogue when the parser builds it: each
/// `configuration` is computed and each `help:` is evaluated as the parser makes the command, both
/// after `Watchline.main` has read `--lang` (and LANG is read on first use), so `--help` speaks
/// the language asked.
func helpText(_ id: MessageID) -> String { MessageCatalogue.format(id, []) }

extension ArgumentHelp {
    /// An argument's, option's or flag's help from the catalogue. A value's name stays ASCII in
    /// both languages: the parser pads the option column by characters, and a Chinese name
    /// (two columns a character) would push the help out of line.
    static func message(_ id: MessageID, valueName: String? = nil) -> ArgumentHelp {
        ArgumentHelp(helpText(id), valueName: valueName)
    }
}
