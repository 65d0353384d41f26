import Foundation

/// Runs the built `postmortem` binary in a throwaway workspace, as a user at a pipe would.
struct PostmortemProcess {
    let root: URL
    var workspace: URL { root.appendingPathComponent("ws") }
    var now = "2026-11-20T09:00:00Z"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("pm-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ws"), withIntermediateDirectories: true)
    }

    static var binary: URL {
        // Tests run from the package's build folder: .build/<triple>/debug/<bundle>; the binary sits beside it.
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        url.appendPathComponent(".build/debug/postmortem")
        return url
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    @discardableResult
    func run(_ arguments: [String], as user: String = "Ana", input: String = "", environment extra: [String: String] = [:]) throws -> Result {
        var env = ["POSTMORTEM_DIR": workspace.path, "POSTMORTEM_USER": user, "POSTMORTEM_NOW": now, "NO_COLOR": "1",
                   "HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config-\(user)").path,
                   "XDG_STATE_HOME": root.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin"]
        env.merge(extra) { $1 }
        let result = try runProcess(Self.binary, arguments, environment: env, input: input)
        return Result(status: result.code, stdout: result.out, stderr: result.err)
    }

    /// The revision `status` shows (12 hex digits): what a reviewer names when approving from the command line.
    func revision(_ id: String) throws -> String {
        let status = try run(["status", id]).stdout
        guard let match = status.firstMatch(of: /revision ([0-9a-f]{12})/) else { throw Failure(message: "no revision in: \(status)") }
        return String(match.1)
    }

    /// `postmortem approve ID --revision REV` as `user`, for the revision current now.
    @discardableResult
    func approve(_ id: String, as user: String, environment: [String: String] = [:]) throws -> Result {
        try run(["approve", id, "--revision", try revision(id)], as: user, environment: environment)
    }

    func file(_ relative: String) -> String? { try? String(contentsOf: workspace.appendingPathComponent(relative), encoding: .utf8) }
    func write(_ relative: String, _ text: String) throws {
        let url = workspace.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// A `minimal` post-mortem answered through the interview, owned by Ana, reviewed by Ben and Chen.
    func draft(id: String = "db", severity: String = "P2", extraTimeline: String = "") throws {
        let answers = """
        Checkout database outage
        2026-11-19
        \(severity)
        Ana

        Ben, Chen
        04:10 Connection pool exhausted #started
        04:18 Error-rate alert fired [source: PagerDuty] #detected
        \(extraTimeline)04:52 Error rate back to baseline #resolved

        The pool limit was not validated against peak traffic.

        Alerting fired within 8 minutes

        Capacity data was missing from the config review

        Alert when pool usage > 80% for 5 minutes | Ben | P1 | 2026-11-27


        """
        let result = try run(["new", "--id", id, "--template", "minimal"], input: answers)
        guard result.status == 0 else { throw Failure(message: result.stdout + result.stderr) }
    }

    struct Failure: Error, CustomStringConvertible { var message: String; var description: String { message } }
}
