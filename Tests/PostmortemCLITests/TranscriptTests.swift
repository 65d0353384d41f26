import Foundation
import PostmortemCore
@testable import PostmortemTranscripts
import Testing

/// The package's `transcripts/` folder.
private var transcriptsFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("transcripts")
}

private func libraryFiles() -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: transcriptsFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted().map { transcriptsFolder.appendingPathComponent($0) }
}

private let small = """
# A small transcript

Some prose for the trainer.

```yaml postmortem-transcript
now: 2026-11-20T09:00:00Z
user: Ana Lima
files:
  people.txt: |
    Ana Lima
    Sam Okafor
```

```console
$ postmortem new --id tls --template minimal
Started post-mortem tls (template minimal) in $WORKSPACE/tls.
[..]
title [1/10]> «Provider daemon stopped bidding»
✓ Saved title.
```

> **Hint:** A date is YYYY-MM-DD.
> Times are UTC.

```console
incident_date [2/10]> «2026-11-19»
...
```

```console
$ POSTMORTEM_USER=Sam postmortem review nope
postmortem: There is no post-mortem 'nope'[..]
[exit 2]
```
"""

@Suite struct TranscriptFormatTests {
    @Test func parsesHeaderSessionsInputsSegmentsAndHints() throws {
        let t = try Transcript(path: "small.md", text: small)
        #expect(t.title == "A small transcript")
        #expect(t.header == TranscriptHeader(now: "2026-11-20T09:00:00Z", user: "Ana Lima", files: ["people.txt": "Ana Lima\nSam Okafor\n"]))
        #expect(t.sessions.count == 2)
        let owner = t.sessions[0]
        #expect(owner.arguments == ["new", "--id", "tls", "--template", "minimal"])
        #expect(owner.inputs == ["Provider daemon stopped bidding", "2026-11-19"])
        #expect(owner.segments.count == 2)
        #expect(owner.segments[1].hints == ["A date is YYYY-MM-DD.\nTimes are UTC."])
        #expect(owner.lines[2] == .input(prompt: "title [1/10]> ", text: "Provider daemon stopped bidding"))
        let reviewer = t.sessions[1]
        #expect(reviewer.environment.map { "\($0.0)=\($0.1)" } == ["POSTMORTEM_USER=Sam"])
        #expect(reviewer.exitStatus == 2)
    }

    @Test func aFileWithoutHeaderIsNotATranscript() {
        #expect(!Transcript.isTranscript("# README\n\n```console\n$ postmortem new\n```\n"))
        #expect(Transcript.isTranscript(small))
    }

    @Test func elisionMatchesPartsOfLinesAndWholeLines() {
        #expect(OutputMatch.lineMatches("Started [..] in $WORKSPACE/[..].", "Started post-mortem x in $WORKSPACE/x."))
        #expect(!OutputMatch.lineMatches("Started [..] in /tmp", "Started post-mortem x in $WORKSPACE/x."))
        #expect(OutputMatch.lineMatches("trailing  ", "trailing"))
        #expect(OutputMatch.matches(["a", "...", "d"], ["a", "b", "c", "d"]))
        #expect(OutputMatch.matches(["a", "...", "b"], ["a", "b"]))
        #expect(!OutputMatch.matches(["a", "...", "d"], ["a", "b", "c"]))
    }

    @Test func marksTypedLinesAfterTheirPrompts() {
        let raw = ["Severity", "severity [3/10]> P1", "✓ Saved severity.", "owner [4/10]> Ana", "owner ...> ", "done"]
        let (lines, consumed) = OutputMatch.mark(raw, inputs: ["P1", "Ana", "", "never read"])
        #expect(consumed == 3)
        #expect(lines.map(\.marked) == ["Severity", "severity [3/10]> «P1»", "✓ Saved severity.", "owner [4/10]> «Ana»", "owner ...> «»", "done"])
    }

    @Test func printedGuillemetsBackslashesAndCommandLikeLinesRoundTrip() {
        let lines: [SessionLine] = [
            .output("# Post-mortem: The «edge» service failed »"),
            .output("«quoted»"),
            .output("a \\« b \\\\ c \\"),
            .output("$ postmortem new --id x"),
            .output("[exit 1]"),
            .output("\\$ not escaped twice"),
            .output("$WORKSPACE/q stays as is"),
            .input(prompt: "title [1/10]> ", text: "The «edge» service failed »"),
            .input(prompt: "title [1/10]> ", text: "ends with a backslash \\"),
            .input(prompt: "q> ", text: ""),
        ]
        for line in lines {
            #expect(TranscriptSyntax.sessionLine(line.marked) == line, "\(line.marked)")
        }
        #expect(SessionLine.output("The «edge» service").marked == "The \\«edge\\» service")
        #expect(SessionLine.output("[exit 1]").marked == "\\[exit 1]")
        #expect(SessionLine.output("$WORKSPACE/q").marked == "$WORKSPACE/q")
        // Hand-written input with guillemets inside still reads as before.
        #expect(TranscriptSyntax.sessionLine("title> «The «edge» service»") == .input(prompt: "title> ", text: "The «edge» service"))
        // An escaped command line or exit line in a block is output, not a new session.
        let text = small.replacingOccurrences(of: "✓ Saved title.", with: "\\$ postmortem status tls\n\\[exit 3]")
        let t = try? Transcript(path: "small.md", text: text)
        #expect(t?.sessions.count == 2)
        #expect(t?.sessions[0].exitStatus == 0)
        #expect(t?.sessions[0].lines.contains(.output("$ postmortem status tls")) == true)
    }

    @Test func anUpdateLengthensTheFencesAroundANewBacktickLine() throws {
        let t = try Transcript(path: "small.md", text: small)
        var lines = t.sessions[1].lines
        lines.insert(.output("```"), at: 0)
        lines.insert(.output("  ````swift"), at: 1)
        let rewritten = TranscriptRewriter.rewrite(t, replacements: [1: (lines: lines, status: 2)])
        #expect(rewritten.contains("`````console\n$ POSTMORTEM_USER=Sam postmortem review nope\n```\n  ````swift\n"))
        let again = try Transcript(path: "small.md", text: rewritten)
        #expect(again.sessions.count == 2)
        #expect(again.sessions[1].lines == lines)
        #expect(again.sessions[1].exitStatus == 2)
        #expect(again.sessions[0].lines == t.sessions[0].lines)
        #expect(TranscriptSyntax.fenceLength(for: ["   ```x", "    ``````"]) == 4)
    }

    @Test func trainingCoachesExactlyAsTheInterview() throws {
        let template = try TemplateCatalog().template("standard")
        let today = Day(iso: "2026-11-20")!
        let context = ParseContext(template: template, incidentDay: Day(iso: "2026-11-19"), today: today)
        let answers: [(String, [String])] = [
            ("summary", ["We should probably add more monitoring, human error by Bob."]),
            ("root_cause", ["Human error."]),
            ("timeline", ["10:00 Something happened #started", "10:30 We fixed it"]),
            ("action_items", ["Add more monitoring | Ana | P2"]),
            ("whys", ["Why did it fail? Because someone forgot."]),
            ("severity", ["P1"]),
        ]
        let blank = Postmortem(id: "x", templateName: "standard", createdBy: "Ana", createdAt: Timestamp(secondsSinceEpoch: 0))
        let coaching = FieldCoaching(blank, knownPeople: ["Ana Lima"])
        var flagged = 0
        for (id, lines) in answers {
            let field = try #require(template.field(id))
            let expected: [Finding]
            if case .success(let value) = AnswerParser(context: context).parse(lines, as: field) {
                expected = coaching.findings(for: id, value: value)
            } else {
                expected = coaching.findings(for: id, value: .text(lines.joined(separator: "\n")))
            }
            let trained = Trainer.coach(lines, field: field, fieldID: id, context: context, knownPeople: ["Ana Lima"])
            #expect(trained == expected, "\(id)")
            flagged += trained.count
        }
        #expect(flagged > 0)
    }

    @Test func updateKeepsElisionsThatStillMatch() {
        let expected = ["Started [..]", "a", "...", "z"]
        let actual = ["Started post-mortem q", "a", "b", "c", "z", "w"]
        #expect(OutputMatch.updated(expected: expected, actual: actual) == ["Started [..]", "a", "...", "z", "w"])
    }
}

@Suite(.serialized) struct TranscriptCommandTests {
    @Test func everyTranscriptInTheLibraryReplays() throws {
        let files = libraryFiles()
        #expect(files.count >= 12)
        let p = try PostmortemProcess()
        let result = try p.run(["replay"] + files.map(\.path))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("\(files.count) passed"))
    }

    @Test func aChangedTranscriptFailsWithADiffThatShowsTheChange() throws {
        let p = try PostmortemProcess()
        let original = try String(contentsOf: transcriptsFolder.appendingPathComponent("02-minimal-template.md"), encoding: .utf8)
        #expect(original.contains("✓ Saved severity."))
        let changed = original.replacingOccurrences(of: "✓ Saved severity.", with: "✓ Saved the severity, thank you.")
        try p.write("changed.md", changed)
        let result = try p.run(["replay", p.workspace.appendingPathComponent("changed.md").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("- ✓ Saved the severity, thank you."))
        #expect(result.stdout.contains("+ ✓ Saved severity."))
        #expect(result.stdout.contains("FAIL"))

        // After a deliberate change, the variable rewrites the expected output and keeps the prose.
        let update = try p.run(["replay", p.workspace.appendingPathComponent("changed.md").path], environment: ["POSTMORTEM_UPDATE_TRANSCRIPTS": "1"])
        #expect(update.status == 0, "\(update.stdout)")
        #expect(p.file("changed.md") == original)
    }

    @Test func aRecordedSessionReplays() throws {
        let p = try PostmortemProcess()
        let file = p.root.appendingPathComponent("recorded.md").path
        let answers = "Provider daemon stopped bidding: TLS certificate expired\n2026-11-19\nP1\nAna\n\nBen, Chen\n10:00 Certificate expired #started\n\n"
        let recorded = try p.run(["--record", file, "new", "--id", "tls", "--template", "minimal"], input: answers)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("title [1/10]> «Provider daemon stopped bidding: TLS certificate expired»"))
        #expect(text.contains("$ postmortem new --id tls --template minimal"))
        #expect(text.contains("user: Ana"))
        let replay = try p.run(["replay", file])
        #expect(replay.status == 0, "\(replay.stdout)")

        // A second recording into the same file appends a session in the same workspace.
        let second = try p.run(["--record", file, "status", "tls"], as: "Ben")
        #expect(second.status == 0, "\(second.stderr)")
        let both = try String(contentsOfFile: file, encoding: .utf8)
        #expect(both.contains("$ POSTMORTEM_USER=Ben postmortem status tls"))
        #expect(try p.run(["replay", file]).status == 0)
    }

    @Test func outputWithGuillemetsRecordsAndReplays() throws {
        let p = try PostmortemProcess()
        let file = p.root.appendingPathComponent("r.md").path
        let recorded = try p.run(["--record", file, "new", "--id", "q", "--template", "minimal"],
                                 input: "The «edge» service failed »\n2026-11-19\n/show\n")
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("title [1/10]> «The \\«edge\\» service failed \\»»"))
        #expect(text.contains("# Post-mortem: The \\«edge\\» service failed \\»\n"))
        let replay = try p.run(["replay", file])
        #expect(replay.status == 0, "\(replay.stdout)")
    }

    @Test func unreadableAndUnwritableFilesAreBadInput() throws {
        let p = try PostmortemProcess()
        let missing = p.root.appendingPathComponent("nonexistent.md").path
        for command in [["replay", missing], ["train", missing]] {
            let result = try p.run(command)
            #expect(result.status == 2, "\(command)")
            #expect(result.stderr == "postmortem: cannot read \(missing): No such file or directory\n", "\(command)")
            #expect(!result.stdout.contains("NSCocoaErrorDomain") && !result.stderr.contains("NSCocoaErrorDomain"))
        }
        let unwritable = p.root.appendingPathComponent("no-such-folder/r.md").path
        let record = try p.run(["--record", unwritable, "new", "--id", "q", "--template", "minimal"], input: "A title\n")
        #expect(record.status == 2)
        #expect(record.stderr == "postmortem: cannot write \(unwritable): No such file or directory\n")
        #expect(!FileManager.default.fileExists(atPath: p.workspace.appendingPathComponent("q").path))
    }

    @Test func trainShowsTheRecordedAnswersAndTheCoachingOnBoth() throws {
        let p = try PostmortemProcess()
        let file = transcriptsFolder.appendingPathComponent("13-exercise-critique-monitoring-action.md").path
        let answers = "/hint\nAdd more monitoring | Ana | P2\n\n"
        let result = try p.run(["train", file], input: answers)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Hint: "))
        #expect(result.stdout.contains("Your answer:\n  Add more monitoring | Ana | P2"))
        #expect(result.stdout.contains("Recorded answer:\n  Add Prometheus alert for certificate expiry"))
        #expect(result.stdout.contains("Coaching on your answer:\n  ! vague-action"))
        #expect(result.stdout.contains("Coaching on the recorded answer:\n  ✓ nothing to flag"))
        #expect(result.stdout.contains("── Summary"))
        // The exercise's workspace is temporary: no "Resume any time with `postmortem open`".
        #expect(!result.stdout.contains("Resume any time"))
        #expect(!result.stdout.contains("postmortem open"))
        #expect(result.stdout.contains("Exercise finished."))
        #expect(result.stdout.contains("What to review:"))
    }
}
