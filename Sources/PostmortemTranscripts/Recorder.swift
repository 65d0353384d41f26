import Foundation
import PostmortemCore

/// `postmortem --record FILE COMMAND...`: runs COMMAND as a child of this program, in a fresh
/// temporary workspace with a fixed clock and piped stdin (so the run is the one `replay` will
/// repeat), passes what the user types to it line by line, shows its output, and writes the
/// session into FILE. An existing FILE gets the session appended, after its earlier sessions
/// have been run again to rebuild the workspace they left.
public struct Recorder {
    public var executable: String
    public var file: String
    /// The command's arguments, after `postmortem`.
    public var arguments: [String]
    public var environment: [String: String]
    /// Where the status messages go (standard error).
    public var note: (String) -> Void

    public init(executable: String = currentExecutablePath(), file: String, arguments: [String],
                environment: [String: String] = ProcessInfo.processInfo.environment, note: @escaping (String) -> Void) {
        self.executable = executable; self.file = file; self.arguments = arguments
        self.environment = environment; self.note = note
    }

    /// Records; returns the command's exit status.
    public func record(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO) throws -> Int32 {
        var existing: Transcript?
        // Before anything is typed: a session that cannot be saved is not worth recording.
        try Transcript.checkWritable(path: file)
        if FileManager.default.fileExists(atPath: file) {
            let text = try Transcript.readText(path: file)
            guard Transcript.isTranscript(text) else {
                throw TranscriptError(file, line: 0, "exists and is not a transcript (no ```yaml \(TranscriptSyntax.headerTag) block); pick a new file name")
            }
            existing = try Transcript(path: file, text: text)
        }
        let header = existing?.header ?? TranscriptHeader(now: defaultNow(), user: defaultUser())
        var overrides: [(String, String)] = []
        if existing != nil {
            if let user = environment["POSTMORTEM_USER"], !user.isEmpty, user != header.user { overrides.append(("POSTMORTEM_USER", user)) }
            if let now = environment["POSTMORTEM_NOW"], !now.isEmpty, now != header.now { overrides.append(("POSTMORTEM_NOW", now)) }
        }
        let space = try HermeticWorkspace(header: header)
        if let existing, !existing.sessions.isEmpty {
            note("Running the \(existing.sessions.count) earlier session\(existing.sessions.count == 1 ? "" : "s") of \(file) again first...\n")
            var differs = false
            for session in existing.sessions {
                let result = try space.run(executable: executable, arguments: session.arguments, environment: session.environment, input: session.inputs)
                let lines = OutputMatch.mark(outputLines(result.output), inputs: session.inputs).lines
                if !OutputMatch.matches(Replayer.plain(session.lines, status: session.exitStatus), Replayer.plain(lines, status: result.status)) {
                    differs = true
                }
            }
            if differs { note("(note: the earlier sessions no longer replay as written; `postmortem replay \(file)` shows how)\n") }
        }
        let who = overrides.first { $0.0 == "POSTMORTEM_USER" }?.1 ?? header.user
        let when = overrides.first { $0.0 == "POSTMORTEM_NOW" }?.1 ?? header.now
        let terminal = isatty(input) == 1
        note("Recording `postmortem \(arguments.map(ShellWords.quote).joined(separator: " "))` into \(file): a fresh workspace, "
             + "the clock at \(when), acting as \(who). "
             + (terminal ? "Type your answers; Ctrl-D on an empty line ends the input.\n" : "\n"))

        let (raw, inputs, status) = try runLive(space: space, overrides: overrides, input: input, output: output, terminal: terminal)
        let (lines, _) = OutputMatch.mark(outputLines(space.normalize(raw)), inputs: inputs)
        let command = (overrides.map { "\($0.0)=\(ShellWords.quote($0.1))" } + ["postmortem"] + arguments.map(ShellWords.quote)).joined(separator: " ")
        let block = Self.block(command: command, lines: Replayer.marked(lines, status: status))
        if let existing {
            var text = existing.lines.joined(separator: "\n") + "\n"
            if existing.lines.last?.trimmingSpaces.isEmpty == false { text += "\n" }
            try Transcript.write(text + block, to: file)
        } else {
            try Transcript.write(Self.newFile(header: header, command: command, block: block), to: file)
        }
        note("Recorded into \(file). Check it with `postmortem replay \(file)`.\n")
        return status
    }

    /// Runs the child, passing the typed lines through; returns its output, the lines passed and its status.
    func runLive(space: HermeticWorkspace, overrides: [(String, String)], input: Int32, output: Int32, terminal: Bool) throws -> (String, [String], Int32) {
        signal(SIGPIPE, SIG_IGN)
        // Ctrl-C at the terminal: the line discipline drops the line being typed; nobody dies.
        if terminal { signal(SIGINT, SIG_IGN) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = space.environment(overrides: overrides)
        process.currentDirectoryURL = URL(fileURLWithPath: space.cwd)
        let stdinPipe = Pipe(), outPipe = Pipe()
        process.standardInput = stdinPipe
        process.standardOutput = outPipe
        process.standardError = outPipe
        try process.run()

        let shared = RecorderState()
        let toChild = stdinPipe.fileHandleForWriting.fileDescriptor
        let thread = Thread {
            var buffer: [UInt8] = []
            var chunk = [UInt8](repeating: 0, count: 4096)
            func send(_ lineBytes: [UInt8]) {
                var bytes = lineBytes
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                let line = String(decoding: bytes, as: UTF8.self)
                shared.typed(line, expectEcho: terminal)
                Self.writeAll(toChild, Array((line + "\n").utf8))
            }
            while true {
                let n = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                buffer += chunk[0..<n]
                while let nl = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    send(Array(buffer[..<nl]))
                    buffer.removeSubrange(...nl)
                }
            }
            if !buffer.isEmpty { send(buffer) }
            try? stdinPipe.fileHandleForWriting.close()
        }
        thread.start()

        var all: [UInt8] = []
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        let fromChild = outPipe.fileHandleForReading.fileDescriptor
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fromChild, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            all += chunk[0..<n]
            pending += chunk[0..<n]
            // At a terminal the typed line is already on the screen: do not show the child's echo of it.
            while true {
                guard let echo = shared.nextEcho() else {
                    Self.writeAll(output, pending); pending = []; break
                }
                if pending.starts(with: echo) { pending.removeFirst(echo.count); shared.dropEcho(); continue }
                if echo.starts(with: pending) { break }
                shared.dropEcho()
            }
        }
        Self.writeAll(output, pending)
        process.waitUntilExit()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return (String(decoding: all, as: UTF8.self), shared.lines, status)
    }

    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { return }
        }
    }

    func defaultNow() -> String {
        if let now = environment["POSTMORTEM_NOW"], !now.isEmpty { return now }
        let seconds = Int64(Date().timeIntervalSince1970)
        return Timestamp(secondsSinceEpoch: seconds - seconds % 60).rfc3339
    }

    func defaultUser() -> String {
        if let i = arguments.firstIndex(of: "--as"), i + 1 < arguments.count { return arguments[i + 1] }
        if let user = environment["POSTMORTEM_USER"], !user.isEmpty { return user }
        if let user = environment["USER"], !user.isEmpty { return user }
        return "Trainer"
    }

    /// A ```console block; the fence is longer than any backtick run that starts a line inside.
    static func block(command: String, lines: [String]) -> String {
        let fence = String(repeating: "`", count: TranscriptSyntax.fenceLength(for: lines))
        return ([fence + TranscriptSyntax.sessionInfo, "$ " + command] + lines + [fence]).joined(separator: "\n") + "\n"
    }

    static func newFile(header: TranscriptHeader, command: String, block: String) -> String {
        """
        # Recorded session: \(command)

        Recorded with `postmortem --record`. `postmortem replay FILE` checks that the program still \
        behaves as shown; `postmortem train FILE` turns it into an exercise. The format is described \
        in transcripts/README.md.

        ```yaml \(TranscriptSyntax.headerTag)
        now: \(yamlScalar(header.now))
        user: \(yamlScalar(header.user))
        ```

        \(block)
        """
    }

    static func yamlScalar(_ s: String) -> String {
        let plain = !s.isEmpty && s.first!.isLetter || s.first?.isNumber == true
        let risky = s.contains(": ") || s.contains(" #") || s.hasSuffix(":") || s.contains("\"") || s.contains("'")
        if plain && !risky { return s }
        return "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// The lines typed so far, and the echoes still to hide from the screen.
final class RecorderState: @unchecked Sendable {
    private let lock = NSLock()
    private var typedLines: [String] = []
    private var echoes: [[UInt8]] = []

    func typed(_ line: String, expectEcho: Bool) {
        lock.lock(); defer { lock.unlock() }
        typedLines.append(line)
        if expectEcho { echoes.append(Array((line + "\n").utf8)) }
    }
    func nextEcho() -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return echoes.first }
    func dropEcho() { lock.lock(); defer { lock.unlock() }; if !echoes.isEmpty { echoes.removeFirst() } }
    var lines: [String] { lock.lock(); defer { lock.unlock() }; return typedLines }
}
