#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What one `readLine(prompt:)` produced.
public enum LineInput: Sendable, Equatable {
    /// A line, without its newline (and without a CR before it).
    case line(String)
    /// Ctrl-C: the line being typed was discarded.
    case interrupted
    /// Ctrl-D on an empty line, end of the input, or the terminal went away.
    case endOfInput
}

/// Where the REPL's input lines come from: libedit on a terminal, plain lines
/// from a pipe or file, or a script in tests.
public protocol LineReader: AnyObject {
    /// Shows `prompt` and returns what was typed, without the newline.
    func readLine(prompt: String) -> LineInput
    /// Remembers an accepted line for Up-arrow recall (no-op where there is no history).
    func addHistory(_ line: String)
    /// Tab completion: given the text before the cursor, the candidate words that complete the last word.
    var completer: (@Sendable (String) -> [String])? { get set }
}

/// Prompt text conventions shared by every reader.
public enum PromptText {
    /// Wrap zero-width text in a prompt (ANSI colour sequences) between two of
    /// these, e.g. `"\u{1}\u{1B}[1m\u{1}review\u{1}\u{1B}[0m\u{1}> "`, so that
    /// libedit does not count it in the prompt's width. A marker must not be
    /// the last character of the prompt. Non-terminal readers drop the markers.
    public static let ignoreMarker: Character = "\u{1}"

    /// The prompt without ``ignoreMarker`` characters (the text between markers is kept).
    public static func strippingMarkers(_ prompt: String) -> String {
        prompt.contains(ignoreMarker) ? String(prompt.filter { $0 != ignoreMarker }) : prompt
    }
}

/// Writes to standard output, first flushing C stdio (which `print` uses) so
/// that the order of output is kept.
public func standardOutputWriter() -> (String) -> Void {
    { text in
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buf in
                write(1, buf.baseAddress! + offset, buf.count - offset)
            }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }
}

// MARK: - Scripted

/// A reader for tests: returns the given inputs in order, then `.endOfInput`
/// forever. Records each prompt shown and writes the same echo transcript as
/// ``PlainLineReader`` (prompt, then the line and a newline; `^C` for an
/// interruption; just a newline at the end of input).
public final class ScriptedLineReader: LineReader {
    public private(set) var prompts: [String] = []
    public private(set) var history: [String] = []
    public var completer: (@Sendable (String) -> [String])?
    /// The inputs not yet read.
    public private(set) var remaining: [LineInput]
    private let output: (String) -> Void

    public init(_ inputs: [LineInput], output: @escaping (String) -> Void = { _ in }) {
        self.remaining = inputs
        self.output = output
    }

    /// Convenience: every string is a `.line`.
    public convenience init(lines: [String], output: @escaping (String) -> Void = { _ in }) {
        self.init(lines.map(LineInput.line), output: output)
    }

    public func readLine(prompt: String) -> LineInput {
        let shown = PromptText.strippingMarkers(prompt)
        prompts.append(shown)
        let input = remaining.isEmpty ? LineInput.endOfInput : remaining.removeFirst()
        switch input {
        case .line(let text): output(shown + text + "\n")
        case .interrupted: output(shown + "^C\n")
        case .endOfInput: output(shown + "\n")
        }
        return input
    }

    public func addHistory(_ line: String) {
        history.append(line)
    }
}

// MARK: - Plain

/// The reader used whenever stdin is not a terminal: prints the prompt, reads
/// one line from the input descriptor, and echoes it, so that piped output
/// reads as a transcript. CRLF and LF both end a line, a last line without a
/// newline is returned, invalid UTF-8 is replaced by U+FFFD. No history.
public final class PlainLineReader: LineReader {
    public var completer: (@Sendable (String) -> [String])?
    private let input: Int32
    private let output: (String) -> Void
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEOF = false

    /// - Parameters:
    ///   - input: the file descriptor to read from (not closed by the reader).
    ///   - output: receives the prompt and the echo.
    public init(input: Int32 = 0, output: @escaping (String) -> Void = standardOutputWriter()) {
        self.input = input
        self.output = output
    }

    public func readLine(prompt: String) -> LineInput {
        output(PromptText.strippingMarkers(prompt))
        guard var bytes = nextLine() else {
            output("\n")
            return .endOfInput
        }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        let line = String(decoding: bytes, as: UTF8.self)
        output(line + "\n")
        return .line(line)
    }

    public func addHistory(_ line: String) {}

    /// The bytes of the next line without its "\n", or nil at end of input.
    private func nextLine() -> [UInt8]? {
        var searchFrom = start
        while true {
            if let nl = buffer[searchFrom...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<nl])
                start = nl + 1
                compact()
                return line
            }
            searchFrom = buffer.count
            if atEOF || !fill() {
                atEOF = true
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                compact()
                return line
            }
        }
    }

    /// Reads more bytes; false at end of input or on an error.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return true
            }
            if n < 0 && errno == EINTR { continue }
            return false
        }
    }

    private func compact() {
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
        } else if start > 65536 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
