import Foundation
import PostmortemCore
import PostmortemREPL
import PostmortemStore

/// The thin frontend's one context: the workspace, the actor, the clock, the terminal.
/// Everything environment-dependent is resolved here, once, so commands stay a few lines.
struct App {
    var workspace: Workspace
    var actor: String
    var now: Timestamp
    var out: Terminal
    var environment: [String: String]

    init(_ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.environment = environment
        let dir = options.directory ?? environment["POSTMORTEM_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "postmortems"
        workspace = Workspace(path: dir)
        guard let actor = (options.actor ?? environment["POSTMORTEM_USER"] ?? App.gitUserName() ?? environment["USER"])?.trimmed, !actor.isEmpty else {
            throw CLIError.usage("Who is acting? Pass --as NAME or set POSTMORTEM_USER.")
        }
        self.actor = actor
        if let fixed = environment["POSTMORTEM_NOW"], !fixed.isEmpty {
            guard let t = Timestamp(rfc3339: fixed) else {
                throw CLIError.usage("POSTMORTEM_NOW must be RFC 3339, e.g. 2026-11-20T09:00:00Z (it is '\(fixed)').")
            }
            now = t
        } else {
            now = Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970))
        }
        let color = (environment["NO_COLOR"] ?? "").isEmpty && isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        out = Terminal(color: color) { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    }

    /// `git config user.name`, when git is there and set.
    static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let name = String(decoding: data, as: UTF8.self).trimmed
        return process.terminationStatus == 0 && !name.isEmpty ? name : nil
    }

    var clock: @Sendable () -> Timestamp {
        let fixed = environment["POSTMORTEM_NOW"] != nil ? now : nil
        return { fixed ?? Timestamp(secondsSinceEpoch: Int64(Date().timeIntervalSince1970)) }
    }

    func sessionEnvironment() -> SessionEnvironment {
        SessionEnvironment(actor: actor, clock: clock, workspaceID: workspaceID(), publicKeys: Keys.publicKeys(in: workspace),
                           knownPeople: knownPeople(), signer: Keys.signer(environment: environment),
                           internalHostSuffixes: internalHostSuffixes())
    }

    func context(_ template: Template) -> DecisionContext { sessionEnvironment().context(template) }

    /// The workspace's people list, `people.txt`: one name per line, `#` comments.
    func knownPeople() -> [String] { listFile("people.txt") }

    /// Internal host-name suffixes: the defaults plus `internal-hosts.txt` (e.g. `.corp.example.com`), one a line.
    func internalHostSuffixes() -> [String] {
        ExternalProjection.defaultInternalSuffixes + listFile("internal-hosts.txt").map { $0.hasPrefix(".") ? $0 : "." + $0 }
    }

    private func listFile(_ name: String) -> [String] {
        guard let text = try? String(contentsOfFile: workspace.path + "/" + name, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { String($0).trimmed }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// A random id for this workspace, made once; signed statements name it.
    /// Two first runs at once agree on it (O_EXCL: the loser reads the winner's); a workspace
    /// that cannot hold it gets none, so nothing is signed with an id that changes every run.
    func workspaceID() -> String {
        let file = workspace.path + "/.workspace-id"
        func existing() -> String? { (try? String(contentsOfFile: file, encoding: .utf8)).map { $0.trimmed }.flatMap { $0.isEmpty ? nil : $0 } }
        if let id = existing() { return id }
        try? FileManager.default.createDirectory(atPath: workspace.path, withIntermediateDirectories: true)
        let id = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        let fd = Glibc.open(file, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd >= 0 {
            let bytes = Array((id + "\n").utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            fsync(fd)
            close(fd)
            if written == bytes.count { return id }
        }
        return existing() ?? ""
    }

    func makeReader() -> LineReader {
        makeLineReader { text in FileHandle.standardOutput.write(Data(text.utf8)) }
    }
}

/// A failure the user can act on, with the exit code it maps to.
enum CLIError: Error, CustomStringConvertible {
    /// Bad usage or input: exit 2.
    case usage(String)
    /// A refused transition or a failed check: exit 1.
    case refused(String)

    var description: String { switch self { case .usage(let m), .refused(let m): m } }
    var exitCode: Int32 { switch self { case .usage: 2 case .refused: 1 } }
}
