import Foundation
import PostmortemCore
import PostmortemStore
import Testing

/// A temporary workspace for end-to-end tests of `.build/debug/postmortem`: journals are
/// written in-process through the store, then the binary runs as a subprocess with
/// POSTMORTEM_DIR, POSTMORTEM_NOW, POSTMORTEM_USER and NO_COLOR set.
final class FollowupWorkspace {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/postmortem-followup-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Appends events to post-mortem `id`'s journal, each by `actor` at `at` (RFC 3339).
    func record(_ id: String, _ events: [(actor: String, at: String, event: Event)]) throws {
        let journal = try Workspace(path: path).journal(for: id)
        var next = journal.exists ? try journal.read().nextSeq : 0
        for e in events {
            _ = try journal.append([(type: e.event.type, payload: e.event.payload)], actor: e.actor,
                                   at: Timestamp(rfc3339: e.at)!, expectedNextSeq: next)
            next += 1
        }
    }

    struct Result {
        var out: String
        var err: String
        var code: Int32
    }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static var binary: String { root + "/.build/debug/postmortem" }

    /// Runs the binary with `args`, the fixed clock `now`, acting as `user`, with `input` on stdin.
    func run(_ args: [String], now: String, user: String = "Ana", input: String = "") throws -> Result {
        try #require(FileManager.default.isExecutableFile(atPath: Self.binary), "build first: swift build (\(Self.binary))")
        var env = ProcessInfo.processInfo.environment
        env["POSTMORTEM_DIR"] = path
        env["POSTMORTEM_NOW"] = now
        env["POSTMORTEM_USER"] = user
        env["NO_COLOR"] = "1"
        env["XDG_STATE_HOME"] = path + "/.state"
        let result = try runProcess(URL(fileURLWithPath: Self.binary), args, environment: env, input: input)
        return Result(out: result.out, err: result.err, code: result.code)
    }
}

/// Runs a shell tool (bash, jq, python3) on `input`; returns its output and status.
func tool(_ args: [String], input: String) throws -> (out: String, err: String, code: Int32) {
    try runProcess(URL(fileURLWithPath: "/usr/bin/env"), args, input: input)
}

func answered(_ field: String, _ value: FieldValue) -> Event { .answered(field: field, value: value.json()) }
func day(_ s: String) -> Day { Day(iso: s)! }
func at(_ s: String) -> Timestamp { Timestamp(rfc3339: s)! }

extension FollowupWorkspace {
    /// `db`: published 2026-11-20 10:00 and in follow-up, three actions (Ana P1 due 11-27,
    /// Ben P2 due 12-04, Chen P3 due 12-19 with quotes and a comma in its text).
    /// `cdn`: a draft with one action, Ana P1 due 11-25.
    func seedTwo() throws {
        try installTemplate()
        try record("db", [
            ("Ana", "2026-11-19T10:00:00Z", .created(id: "db", template: "followup", title: "Checkout database outage")),
            ("Ana", "2026-11-19T10:00:00Z", answered("title", .text("Checkout database outage"))),
            ("Ana", "2026-11-19T10:01:00Z", answered("incident_date", .date(day("2026-11-19")))),
            ("Ana", "2026-11-19T10:02:00Z", answered("severity", .choice("P2"))),
            ("Ana", "2026-11-19T10:03:00Z", answered("owner", .people(["Ana"]))),
            ("Ana", "2026-11-19T10:04:00Z", answered("reviewers", .people(["Ben"]))),
            ("Ana", "2026-11-19T10:05:00Z", answered("tags", .list(["database", "capacity"]))),
            ("Ana", "2026-11-19T10:06:00Z", answered("timeline", .timeline([
                TimelineEntry(at: at("2026-11-19T04:10:00Z"), text: "Pool exhausted", milestone: .started),
                TimelineEntry(at: at("2026-11-19T04:18:00Z"), text: "Alert fired", milestone: .detected),
                TimelineEntry(at: at("2026-11-19T04:20:00Z"), text: "On-call acknowledged", milestone: .acknowledged),
                TimelineEntry(at: at("2026-11-19T04:40:00Z"), text: "Pool raised", milestone: .mitigated),
                TimelineEntry(at: at("2026-11-19T04:52:00Z"), text: "Errors gone", milestone: .resolved),
            ]))),
            ("Ana", "2026-11-19T10:07:00Z", answered("root_cause", .text("The pool size was not validated."))),
            ("Ana", "2026-11-19T10:08:00Z", answered("action_items", .actions([
                ActionItem(what: "Alert on pool usage > 80%", owner: "Ana", priority: .p1, due: day("2026-11-27")),
                ActionItem(what: "Load-test the pool", owner: "Ben", priority: .p2, due: day("2026-12-04")),
                ActionItem(what: "Document the \"ops\" runbook, it's short", owner: "Chen", priority: .p3, due: day("2026-12-19")),
            ]))),
            ("Ana", "2026-11-20T08:00:00Z", .submitted),
            ("Ben", "2026-11-20T09:00:00Z", .signedOff(revision: "r", signature: nil)),
            ("Ana", "2026-11-20T10:00:00Z", .published(revision: "r")),
            ("Ana", "2026-11-20T10:00:00Z", .followUpStarted(reviewDue: day("2026-12-04"))),
        ])
        try record("cdn", [
            ("Ana", "2026-11-24T08:00:00Z", .created(id: "cdn", template: "followup", title: "CDN certificate expired")),
            ("Ana", "2026-11-24T08:00:00Z", answered("title", .text("CDN certificate expired"))),
            ("Ana", "2026-11-24T08:01:00Z", answered("action_items", .actions([
                ActionItem(what: "Renew certificates automatically", owner: "Ana", priority: .p1, due: day("2026-11-25")),
            ]))),
        ])
    }
}

extension FollowupWorkspace {
    /// A small template written as a workspace override (`templates/followup.yaml`), so these
    /// tests do not depend on the bundled templates: the standard ids the follow-up needs.
    static let templateYAML = """
    name: followup
    title: Follow-up test template
    description: The fields the follow-up tests use.
    required_reviewers: {P0: 2, P1: 2}
    action_sla_days: {P0: 7, P1: 7, P2: 14, P3: 30}
    sections:
      - id: basics
        title: Basics
        guidance: The basics.
        fields:
          - id: title
            kind: text
            prompt: Title
            required: true
          - id: incident_date
            kind: date
            prompt: Incident date
            required: true
          - id: severity
            kind: choice
            prompt: Severity
            required: true
            options:
              - P0: Critical
              - P1: High
              - P2: Medium
              - P3: Low
          - id: owner
            kind: people
            prompt: Owner
            required: true
          - id: reviewers
            kind: people
            prompt: Reviewers
            required: true
          - id: tags
            kind: list
            prompt: Tags
      - id: story
        title: Story
        guidance: What happened.
        fields:
          - id: timeline
            kind: timeline
            prompt: Timeline
            required: true
          - id: root_cause
            kind: paragraph
            prompt: Root cause
            required: true
          - id: contributing_factors
            kind: checklist
            prompt: Contributing factors
            options:
              - inadequate_testing: 'Process: inadequate testing'
              - resource_exhaustion: 'Technical: resource exhaustion'
              - database_issue: 'Technical: database issue'
              - other: Other
      - id: actions
        title: Actions
        guidance: Follow-up actions.
        fields:
          - id: action_items
            kind: actions
            prompt: Actions
            required: true

    """

    func installTemplate() throws {
        try FileManager.default.createDirectory(atPath: path + "/templates", withIntermediateDirectories: true)
        try Self.templateYAML.write(toFile: path + "/templates/followup.yaml", atomically: true, encoding: .utf8)
    }
}
