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

    /// As written in a transcript: `«`, `»` and `\` escaped where they would mislead (see
    /// `TranscriptSyntax.escape`), so that the line parses back to this very value.
    public var marked: String {
        switch self {
        case .output(let s): TranscriptSyntax.escapeOutputLine(s)
        case .input(let p, let t):
            TranscriptSyntax.escape(p, beforeMarker: true) + TranscriptSyntax.inputOpen
                + TranscriptSyntax.escape(t, beforeMarker: true) + TranscriptSyntax.inputClose
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

    /// Parses one content line of a session block. A line is typed input when it has an
    /// unescaped `«` and ends with an unescaped `»`: the prompt is what comes before the first
    /// such `«`, the typed text what lies between it and the final `»` (escapes undone in both).
    public static func sessionLine(_ line: String) -> SessionLine {
        let chars = Array(line)
        var open: Int?
        var escaped = false
        var lastClose: Int?
        for (i, c) in chars.enumerated() {
            if escaped { escaped = false; continue }
            if c == "\\", i + 1 < chars.count, escapable.contains(chars[i + 1]) { escaped = true; continue }
            if c == openChar, open == nil { open = i }
            if c == closeChar { lastClose = i }
        }
        if let open, let close = lastClose, close == chars.count - 1, close > open {
            return .input(prompt: unescape(String(chars[..<open])), text: unescape(String(chars[(open + 1)..<close])))
        }
        if let first = chars.first, first == "\\", chars.count > 1, lineStartEscapable.contains(chars[1]) {
            return .output(unescape(String(chars.dropFirst())))
        }
        return .output(unescape(line))
    }

    // MARK: Escapes

    static let openChar: Character = "«"
    static let closeChar: Character = "»"
    /// The characters a backslash escapes anywhere in a session line.
    static let escapable: Set<Character> = ["«", "»", "\\"]
    /// At the start of an output line, a backslash also escapes `$` and `[`, so that printed text
    /// reading like `$ postmortem ...` or `[exit 1]` is not taken for a command or an exit status.
    static let lineStartEscapable: Set<Character> = ["$", "["]

    /// Escapes text for a session line: `\«`, `\»`, and `\\` for a backslash that comes before
    /// one of the three (any other backslash stands for itself, so most text is written as is).
    /// `beforeMarker`: the text is followed by `«` or `»` (a prompt, a typed text), so a final
    /// backslash is escaped too.
    public static func escape(_ text: String, beforeMarker: Bool = false) -> String {
        let chars = Array(text)
        var out = ""
        for (i, c) in chars.enumerated() {
            if c == openChar || c == closeChar {
                out.append("\\")
            } else if c == "\\", i + 1 < chars.count, escapable.contains(chars[i + 1]) {
                out.append("\\")
            } else if c == "\\", i + 1 == chars.count, beforeMarker {
                out.append("\\")
            }
            out.append(c)
        }
        return out
    }

    /// An output line as written: escaped, and marked with a leading backslash when it would
    /// otherwise read as a `$ postmortem` line or an `[exit N]` line.
    public static func escapeOutputLine(_ line: String) -> String {
        let escaped = escape(line)
        let misleading = Transcript.commandLine(line) != nil || exitStatus(of: line) != nil
            || (line.hasPrefix("\\") && lineStartEscapable.contains(line.dropFirst().first ?? " "))
        if misleading {
            return "\\" + escaped
        }
        return escaped
    }

    /// Undoes `escape`: `\«`, `\»` and `\\` stand for the character after the backslash.
    public static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 1 < chars.count, escapable.contains(chars[i + 1]) {
                out.append(chars[i + 1])
                i += 2
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
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

/// A transcript file that cannot be read or written: `cannot read PATH: No such file or directory`.
public struct TranscriptFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var writing: Bool
    public var reason: String
    public var description: String { "cannot \(writing ? "write" : "read") \(path): \(reason)" }

    /// The system's reason for the last failed call (errno).
    static func errno(_ path: String, writing: Bool) -> TranscriptFileError {
        TranscriptFileError(path: path, writing: writing, reason: String(cString: strerror(Foundation.errno)))
    }
}

extension Transcript {
    /// A file's text, or a `TranscriptFileError` that says why not in a few words.
    public static func readText(path: String) throws -> String {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw TranscriptFileError(path: path, writing: false, reason: String(cString: strerror(EISDIR)))
        }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw TranscriptFileError.errno(path, writing: false) }
        close(fd)
        guard let data = FileManager.default.contents(atPath: path) else { throw TranscriptFileError.errno(path, writing: false) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw TranscriptFileError(path: path, writing: false, reason: "not UTF-8 text")
        }
        return text
    }

    /// Throws a `TranscriptFileError` unless `path` can be written (created, or replaced in place).
    public static func checkWritable(path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        if FileManager.default.fileExists(atPath: path) {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            if isDirectory.boolValue { throw TranscriptFileError(path: path, writing: true, reason: String(cString: strerror(EISDIR))) }
            guard access(path, W_OK) == 0, access(dir.isEmpty ? "." : dir, W_OK) == 0 else { throw TranscriptFileError.errno(path, writing: true) }
            return
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard fd >= 0 else { throw TranscriptFileError.errno(path, writing: true) }
        close(fd)
        unlink(path)
    }

    /// Writes `text` into `path` (atomically), or throws a `TranscriptFileError`.
    static func write(_ text: String, to path: String) throws {
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = posix.map { String(cString: strerror(Int32($0.code))) } ?? error.localizedDescription
            throw TranscriptFileError(path: path, writing: true, reason: reason)
        }
    }
}
