import ArgumentParser
import PostmortemCore

/// `postmortem submit ID`: draft → review.
struct Submit: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Send a draft to its review committee.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws { try App(global).perform(.submit, on: id, done: "Submitted for review.") }
}

/// `postmortem approve ID`: sign off the current revision.
struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Sign off the current revision as a reviewer (signed when you have a key).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Option(help: "The revision you read: `postmortem status ID` and the top of `render` show it (6+ hex digits).") var revision: String

    func run() throws { try App(global).approve(id, revision: revision) }
}

/// `postmortem request-changes ID --reason TEXT`: review → draft.
struct RequestChanges: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "request-changes", abstract: "Send a post-mortem back to its owner, with a reason.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Option(help: "What should change.") var reason: String

    func run() throws { try App(global).perform(.requestChanges(reason: reason), on: id, done: "Changes requested; back to draft.") }
}

/// `postmortem publish ID [--external]`.
struct Publish: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Publish internally (every sign-off on the current revision), or externally (checklist complete).")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String
    @Flag(help: "Publish externally: writes postmortem.external.md.") var external = false

    func run() throws { try App(global).publish(id, external: external) }
}

/// `postmortem close ID`: follow-up → closed.
struct Close: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Close a post-mortem whose action items are all done or won't-do.")
    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id.") var id: String

    func run() throws { try App(global).perform(.close, on: id, done: "Closed.") }
}
