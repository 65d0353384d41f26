import Foundation

/// A fresh temporary folder in which a transcript's sessions run one after another:
/// `work/` is the current directory, `work/postmortems/` the workspace (seeded with the
/// header's files), `home/` is HOME, XDG_CONFIG_HOME and XDG_STATE_HOME live under it.
public final class HermeticWorkspace {
    public let root: String
    public var cwd: String { root + "/work" }
    public var workspace: String { cwd + "/postmortems" }
    public var home: String { root + "/home" }
    public let header: TranscriptHeader
    private var inputCount = 0

    public init(header: TranscriptHeader) throws {
        let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        var template = Array((base + "/postmortem-transcript.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else {
            throw TranscriptError(base, line: 0, "cannot make a temporary folder: \(String(cString: strerror(errno)))")
        }
        root = String(cString: made)
        self.header = header
        let fm = FileManager.default
        for dir in [workspace, home + "/.config", home + "/.local/state"] {
            try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        }
        for (name, content) in header.files.sorted(by: { $0.key < $1.key }) {
            let path = workspace + "/" + name
            try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try content.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// The child's whole environment: nothing is inherited but PATH.
    public func environment(overrides: [(String, String)]) -> [String: String] {
        var env: [String: String] = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": home + "/.config",
            "XDG_STATE_HOME": home + "/.local/state",
            "POSTMORTEM_DIR": workspace,
            "POSTMORTEM_NOW": header.now,
            "POSTMORTEM_USER": header.user,
            "NO_COLOR": "1",
            "TERM": "dumb",
            "LANG": "C.UTF-8",
            "TZ": "UTC",
        ]
        for (k, v) in overrides { env[k] = v }
        return env
    }

    public struct Result: Sendable {
        /// stdout and stderr as they interleaved, with the temporary paths replaced.
        public var output: String
        public var status: Int32
        public var timedOut: Bool
    }

    /// Runs `executable` with `arguments` and the typed lines on stdin (no terminal).
    public func run(executable: String, arguments: [String], environment overrides: [(String, String)],
                    input: [String], timeout: TimeInterval = 60) throws -> Result {
        inputCount += 1
        let inputFile = root + "/input-\(inputCount)"
        let text = input.map { $0 + "\n" }.joined()
        try text.write(toFile: inputFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment(overrides: overrides)
        process.currentDirectoryURL = URL(fileURLWithPath: cwd)
        process.standardInput = FileHandle(forReadingAtPath: inputFile)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let timer = TimeoutFlag()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [weak process] in
            guard let process, process.isRunning else { return }
            timer.set()
            process.terminate()
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let output = normalize(String(decoding: data, as: UTF8.self))
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(output: output, status: status, timedOut: timer.isSet)
    }

    /// Replaces the temporary paths with `$WORKSPACE`, `$HOME` and `$TMP`.
    public func normalize(_ text: String) -> String {
        var text = text
        var roots = [root]
        if let real = realpath(root, nil) { roots.append(String(cString: real)); free(real) }
        for r in Set(roots) {
            text = text.replacingOccurrences(of: r + "/work/postmortems", with: "$WORKSPACE")
                .replacingOccurrences(of: r + "/home", with: "$HOME")
                .replacingOccurrences(of: r + "/work", with: ".")
                .replacingOccurrences(of: r, with: "$TMP")
        }
        return text
    }
}

final class TimeoutFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.lock(); value = true; lock.unlock() }
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
}

/// The output as lines (a last line without a newline counts as a line).
func outputLines(_ output: String) -> [String] {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    return lines
}

/// The path of the running program, to run it again as a child.
public func currentExecutablePath() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    return CommandLine.arguments[0]
}
