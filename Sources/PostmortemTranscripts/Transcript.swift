import Foundation
import PostmortemCore

/// A recorded session file (see `transcripts/README.md`): Markdown prose, one header block
/// (```` ```yaml postmortem-transcript ````), and `console` blocks holding the sessions.
///
/// The source lines are kept, so that the expected output can be rewritten in place
/// without touching prose, hints or the header.
public struct Transcript: Sendable {
    public var path: String
    /// The file's lines, without their newlines.
    public var lines: [String]
    public var header: TranscriptHeader
    public var sessions: [Session]
    /// The `# ` heading and the prose before the first session: the exercise's introduction.
    public var title: String?
    public var introduction: [String]

    /// One `postmortem ...` command with its typed input and expected output.
    public struct Session: Sendable {
        /// `NAME=value` assignments written before `postmortem` on the `$` line.
        public var environment: [(String, String)]
        /// The arguments after `postmortem`.
        public var arguments: [String]
        /// The `$` line as written, without the `$ `.
        public var commandLine: String
        /// Expected output and typed input, in order (without the `[exit N]` line).
        public var lines: [SessionLine]
        public var exitStatus: Int32
        /// Where its lines are in the file: one segment per `console` block it spans.
        public var segments: [Segment]
        /// 1-based line of the `$` line, for messages.
        public var sourceLine: Int

        /// The typed lines, in order.
        public var inputs: [String] { lines.compactMap { if case .input(_, let text) = $0 { text } else { nil } } }
    }

    /// The part of a `console` block that belongs to one session.
    public struct Segment: Sendable {
        /// Index of the block's opening fence line.
        public var fenceLine: Int
        /// The block's content lines that hold this session's lines (after the `$` line if any).
        public var range: Range<Int>
        /// Hints written (`> **Hint:** ...`) after the previous `console` block and before this one.
        public var hints: [String]
        /// How many of the session's lines are in this segment.
        public var lineCount: Int
    }
}

public struct TranscriptHeader: Sendable, Equatable {
    /// RFC 3339; every session's clock unless it sets POSTMORTEM_NOW.
    public var now: String
    /// Who is acting unless a session sets POSTMORTEM_USER or passes --as.
    public var user: String
    /// Files written into the empty workspace before the first session, by path relative to it.
    public var files: [String: String]
    /// For `train`: the field ids the trainee answers (empty: every field asked).
    public var exercise: [String]

    public init(now: String, user: String, files: [String: String] = [:], exercise: [String] = []) {
        self.now = now; self.user = user; self.files = files; self.exercise = exercise
    }
}

/// One line of a session as the terminal showed it.
public enum SessionLine: Sendable, Equatable {
    /// A line the program printed. May hold `[..]` (any text), or be `...` (any lines).
    case output(String)
    /// A prompt and what was typed after it: written `prompt«typed»`.
    case input(prompt: String, text: String)

    /// As the terminal showed it: the prompt and the typed text run together.
    public var plain: String {
        switch self {
        case .output(let s): s
        case .input(let p, let t): p + t
        }
    }

    /// As written in a transcript.
    public var marked: String {
        switch self {
        case .output(let s): s
        case .input(let p, let t): p + TranscriptSyntax.inputOpen + t + TranscriptSyntax.inputClose
        }
    }
}

public enum TranscriptSyntax {
    public static let headerTag = "postmortem-transcript"
    public static let sessionInfo = "console"
    public static let inputOpen = "«"
    public static let inputClose = "»"
    public static let elideText = "[..]"
    public static let elideLines = "..."
    public static let hintPrefix = "> **Hint:**"

    /// `[exit 1]`: how a session's non-zero exit status is shown, as its last line.
    public static func exitLine(_ status: Int32) -> String { "[exit \(status)]" }

    static func exitStatus(of line: String) -> Int32? {
        guard line.hasPrefix("[exit "), line.hasSuffix("]") else { return nil }
        return Int32(line.dropFirst(6).dropLast())
    }

    /// Parses one content line of a session block.
    public static func sessionLine(_ line: String) -> SessionLine {
        if line.hasSuffix(inputClose), let open = line.range(of: inputOpen) {
            let text = line[open.upperBound...].dropLast(inputClose.count)
            return .input(prompt: String(line[..<open.lowerBound]), text: String(text))
        }
        return .output(line)
    }
}

public struct TranscriptError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var line: Int
    public var message: String
    public init(_ path: String, line: Int, _ message: String) { self.path = path; self.line = line; self.message = message }
    public var description: String { line > 0 ? "\(path):\(line): \(message)" : "\(path): \(message)" }
}

extension StringProtocol {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
