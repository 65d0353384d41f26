import ArgumentParser
import Foundation
import PostmortemREPL
import PostmortemTranscripts

/// `postmortem replay FILE...`: transcripts as checks.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run transcripts as checks: a diff and exit 1 on any difference.",
        discussion: """
        Each transcript runs in its own temporary workspace with its fixed clock and no terminal. \
        A folder stands for the transcripts (*.md) in it. \
        After a deliberate change, POSTMORTEM_UPDATE_TRANSCRIPTS=1 rewrites the expected output in place \
        (prose, header and hints are kept). See transcripts/README.md.
        """
    )

    @Argument(help: "Transcript files (Markdown), or folders of them.") var files: [String]

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let update = ["1", "yes", "true"].contains(environment["POSTMORTEM_UPDATE_TRANSCRIPTS"]?.lowercased() ?? "")
        var paths: [String] = []
        for file in files {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: file)) ?? []
                paths += names.filter { $0.hasSuffix(".md") }.sorted().map { file + "/" + $0 }
            } else {
                paths.append(file)
            }
        }
        // A file that cannot be read is bad input, not a failed check: say so and exit 2.
        let unreadable = paths.compactMap { path -> String? in
            do { _ = try Transcript.readText(path: path); return nil } catch { return "\(error)" }
        }
        if !unreadable.isEmpty { throw CLIError.usage(unreadable.joined(separator: "\npostmortem: ")) }
        let replayer = Replayer(update: update, write: standardOutputWriter())
        if !replayer.replay(paths: paths) { throw ExitCode(1) }
    }
}
