import ArgumentParser
import WatchlineEngine

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of the rule-file format (and of test, calendar and schema files), for editors.",
        discussion: """
        Every section and key, with its meaning in Chinese and English. Save it and point the YAML
        language server at it (docs/EDITORS.md):
          watchline schema > watchline.schema.json
        """)

    func run() throws { writeOut(RuleFileSchema.json()) }
}
