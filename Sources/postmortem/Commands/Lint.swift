import ArgumentParser
import Foundation
import PostmortemCore

/// `postmortem lint [FILE|-]`: coach any post-mortem text, one finding a line.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Coach a post-mortem written anywhere: `LINE:COL: CHECK: message`, exit 1 if anything is found.",
        discussion: "Reads Markdown (with headings such as ## Impact, ## Root Cause, ## Action Items) or plain text.")

    @Argument(help: "A file, or - for standard input (default).") var file = "-"
    @Flag(help: "Also print why each finding matters and a better phrasing.") var explain = false
    @Option(help: "A file of people's names, one per line, to recognise in the text.") var people: String?

    func run() throws {
        let text: String
        if file == "-" {
            text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw CLIError.usage("Cannot read \(file). Give a path to a text or Markdown file, or - for standard input.")
            }
            text = String(decoding: data, as: UTF8.self)
        }
        let names = people.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }?
            .split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty } ?? []
        let findings = Coach(knownPeople: names).lint(document: text)
        var out = ""
        for f in findings {
            out += "\(f.line):\(f.column): \(f.check): \(f.message)\n"
            if explain { out += "    why: \(f.why)\n    better: \(f.better)\n" }
        }
        FileHandle.standardOutput.write(Data(out.utf8))
        if !findings.isEmpty { throw ExitCode(1) }
    }
}
