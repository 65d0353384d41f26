import ArgumentParser
import Foundation
import PostmortemREPL
import PostmortemTranscripts

/// `postmortem train FILE`: a transcript as an exercise.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A transcript as an exercise: answer each question, then compare with the recorded answer and its coaching.",
        discussion: "Works at a terminal and piped. At a question: /hint, /skip, /quit. See transcripts/README.md."
    )

    @Argument(help: "A transcript file (Markdown).") var file: String

    func run() throws {
        let text: String
        do { text = try Transcript.readText(path: file) } catch { throw CLIError.usage("\(error)") }
        let transcript: Transcript
        do { transcript = try Transcript(path: file, text: text) } catch { throw CLIError.usage("\(error)") }
        let environment = ProcessInfo.processInfo.environment
        let color = environment["NO_COLOR"] == nil && isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        let out = Terminal(color: color) { text in standardOutputWriter()(text) }
        Trainer(transcript: transcript, reader: makeLineReader(output: standardOutputWriter()), out: out).run()
    }
}
