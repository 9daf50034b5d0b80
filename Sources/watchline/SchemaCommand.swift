import ArgumentParser
import WatchlineEngine

struct SchemaCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "schema",
        abstract: helpText(.helpSchemaAbstract),
        discussion: discussionText(.helpSchemaDiscussion)) }

    func run() throws { writeOut(RuleFileSchema.json()) }
}
