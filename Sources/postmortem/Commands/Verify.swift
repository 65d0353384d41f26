import ArgumentParser
import Foundation
import PostmortemCore
import PostmortemStore

/// `postmortem verify [ID]`: check journals and the published files; exit 1 naming the first bad line.
struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Check journals (hash chain, sequence, format) and published files.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The post-mortem's id (default: every post-mortem).") var id: String?

    func run() throws {
        let app = try App(global)
        if let id, !FileManager.default.fileExists(atPath: try app.journal(id).path) {
            throw CLIError.usage("There is no post-mortem '\(id)' in \(app.workspace.path).")
        }
        let ids = try id.map { [$0] } ?? app.workspace.ids()
        var failed = false
        for id in ids {
            let (problems, signOffs) = app.verify(id, last: id == ids.last)
            if problems.isEmpty { app.out.line("\(id): ok" + signOffs) } else {
                failed = true
                problems.forEach { app.out.line("\(id): \($0)") }
            }
        }
        if failed { throw ExitCode(1) }
    }
}
