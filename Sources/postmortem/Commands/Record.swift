import Foundation
import PostmortemTranscripts

/// `postmortem --record FILE COMMAND...`, handled before ArgumentParser sees the arguments
/// (COMMAND is any postmortem command line, with or without the leading `postmortem`).
enum Record {
    static let usage = "usage: postmortem --record FILE COMMAND... (e.g. postmortem --record transcripts/my-session.md new --template minimal)"

    /// Handles the arguments when they start with `--record`; returns nil otherwise.
    static func run(_ arguments: [String]) -> Int32? {
        guard let first = arguments.first, first == "--record" || first.hasPrefix("--record=") else { return nil }
        var rest = Array(arguments.dropFirst())
        let file: String
        if first.hasPrefix("--record=") { file = String(first.dropFirst("--record=".count)) } else {
            guard !rest.isEmpty else { return usageError() }
            file = rest.removeFirst()
        }
        if rest.first == "postmortem" { rest.removeFirst() }
        guard !file.isEmpty, !rest.isEmpty else { return usageError() }
        if rest.first == "--record" || rest.first == "train" || rest.first == "replay" {
            FileHandle.standardError.write(Data("postmortem: --record records a session of the REPL or a command, not `\(rest[0])`.\n".utf8))
            return 2
        }
        let recorder = Recorder(file: file, arguments: rest) { FileHandle.standardError.write(Data($0.utf8)) }
        do { return try recorder.record() } catch {
            FileHandle.standardError.write(Data("postmortem: \(error)\n".utf8))
            return 2
        }
    }

    static func usageError() -> Int32 {
        FileHandle.standardError.write(Data("postmortem: \(usage)\n".utf8))
        return 2
    }
}
