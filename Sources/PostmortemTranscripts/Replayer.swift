import Foundation
import PostmortemCore

/// `postmortem replay`: runs each session of a transcript in a fresh temporary workspace
/// with the fixed clock and no terminal, and compares what it printed with the file.
public struct Replayer {
    public enum Outcome: Equatable, Sendable { case passed, failed, updated, skipped }

    /// The `postmortem` program to run (normally this very program).
    public var executable: String
    /// Rewrite the expected output in place instead of failing (POSTMORTEM_UPDATE_TRANSCRIPTS=1).
    public var update: Bool
    public var write: (String) -> Void
    public var timeout: TimeInterval = 60

    public init(executable: String = currentExecutablePath(), update: Bool = false, write: @escaping (String) -> Void) {
        self.executable = executable; self.update = update; self.write = write
    }

    /// What one session printed, in transcript form.
    public struct SessionRun: Sendable {
        public var lines: [SessionLine]
        public var status: Int32
        public var consumed: Int
        public var timedOut: Bool
    }

    /// Runs every session of `transcript` in one fresh workspace; `each` sees each run as it ends.
    public func run(_ transcript: Transcript, each: (Int, SessionRun) -> Void = { _, _ in }) throws -> [SessionRun] {
        let space = try HermeticWorkspace(header: transcript.header)
        var runs: [SessionRun] = []
        for (i, session) in transcript.sessions.enumerated() {
            let result = try space.run(executable: executable, arguments: session.arguments, environment: session.environment,
                                       input: session.inputs, timeout: timeout)
            let (lines, consumed) = OutputMatch.mark(outputLines(result.output), inputs: session.inputs)
            let run = SessionRun(lines: lines, status: result.status, consumed: consumed, timedOut: result.timedOut)
            each(i, run)
            runs.append(run)
        }
        return runs
    }

    static func plain(_ lines: [SessionLine], status: Int32) -> [String] {
        lines.map { $0.plain.trimmingTrailingSpaces } + (status == 0 ? [] : [TranscriptSyntax.exitLine(status)])
    }

    static func marked(_ lines: [SessionLine], status: Int32) -> [String] {
        lines.map(\.marked) + (status == 0 ? [] : [TranscriptSyntax.exitLine(status)])
    }

    /// Replays one file and reports: `ok`, or the sessions that differ with a diff each.
    public func replay(path: String) -> Outcome {
        let text: String
        do { text = try Transcript.readText(path: path) } catch {
            write("FAIL \(path): \(error)\n")
            return .failed
        }
        guard Transcript.isTranscript(text) else {
            write("skip \(path): no ```yaml \(TranscriptSyntax.headerTag) header, so not a transcript\n")
            return .skipped
        }
        let transcript: Transcript
        do { transcript = try Transcript(path: path, text: text) } catch {
            write("FAIL \(error)\n")
            return .failed
        }
        guard !transcript.sessions.isEmpty else {
            write("FAIL \(path): no session (a ```console block starting with `$ postmortem ...`)\n")
            return .failed
        }
        var failed = false
        var replacements: [Int: (lines: [SessionLine], status: Int32)] = [:]
        do {
            _ = try run(transcript) { i, run in
                let session = transcript.sessions[i]
                let expected = Self.plain(session.lines, status: session.exitStatus)
                let actual = Self.plain(run.lines, status: run.status)
                guard !OutputMatch.matches(expected, actual) || run.timedOut else { return }
                if update && !run.timedOut {
                    replacements[i] = (run.lines, run.status)
                    return
                }
                failed = true
                var report = "FAIL \(path):\(session.sourceLine): session \(i + 1) of \(transcript.sessions.count), $ \(session.commandLine)\n"
                if run.timedOut { report += "  (stopped after \(Int(timeout)) s: it was still running)\n" }
                if run.consumed < session.inputs.count {
                    report += "  (the program read \(run.consumed) of the \(session.inputs.count) typed lines)\n"
                }
                report += "--- expected (the transcript)\n+++ actual (this run)\n"
                let diff = OutputMatch.diff(expected: Self.marked(session.lines, status: session.exitStatus),
                                            actual: Self.marked(run.lines, status: run.status))
                report += diff.map { $0 + "\n" }.joined()
                write(report)
            }
        } catch {
            write("FAIL \(path): \(error)\n")
            return .failed
        }
        if failed { return .failed }
        if replacements.isEmpty {
            write("ok   \(path) (\(transcript.sessions.count) session\(transcript.sessions.count == 1 ? "" : "s"))\n")
            return .passed
        }
        do {
            let rewritten = TranscriptRewriter.rewrite(transcript, replacements: replacements)
            try Transcript.write(rewritten, to: path)
        } catch {
            write("FAIL \(path): \(error)\n")
            return .failed
        }
        write("upd  \(path): rewrote session\(replacements.count == 1 ? "" : "s") \(replacements.keys.sorted().map { String($0 + 1) }.joined(separator: ", "))\n")
        return .updated
    }

    /// Replays every file; prints a summary; true when none failed.
    public func replay(paths: [String]) -> Bool {
        var counts: [Outcome: Int] = [:]
        for path in paths { counts[replay(path: path), default: 0] += 1 }
        let parts = [(Outcome.passed, "passed"), (.updated, "updated"), (.failed, "failed"), (.skipped, "skipped")]
            .compactMap { outcome, word in counts[outcome].map { n in "\(n) \(word)" } }
        write("\(paths.count) transcript\(paths.count == 1 ? "" : "s"): \(parts.joined(separator: ", "))\n")
        return (counts[.failed] ?? 0) == 0
    }
}

/// Writes new expected output into a transcript's blocks, leaving everything else as it was.
public enum TranscriptRewriter {
    public static func rewrite(_ transcript: Transcript, replacements: [Int: (lines: [SessionLine], status: Int32)]) -> String {
        var edits: [(range: Range<Int>, lines: [String])] = []
        for (index, new) in replacements {
            let session = transcript.sessions[index]
            let expected = session.lines.map(\.marked)
            let updated = OutputMatch.updated(expected: expected, actual: new.lines.map(\.marked))
            let newLines = updated.map(TranscriptSyntax.sessionLine)
            let parts = split(newLines, like: session)
            for (k, segment) in session.segments.enumerated() {
                var text = parts[k].map(\.marked)
                if k == session.segments.count - 1, new.status != 0 { text.append(TranscriptSyntax.exitLine(new.status)) }
                edits.append((segment.range, text))
            }
        }
        // A new line that starts like the block's fence would close the block early: lengthen
        // both fences of such a block beyond the longest such run, as --record does.
        for block in Transcript.fences(in: transcript.lines) where block.close < transcript.lines.count {
            let own = edits.filter { block.content.contains($0.range.lowerBound) || block.content.upperBound == $0.range.lowerBound && $0.range.isEmpty }
            guard !own.isEmpty, let fenceChar = block.marker.first else { continue }
            var content: [String] = []
            for i in block.content where !own.contains(where: { $0.range.contains(i) }) { content.append(transcript.lines[i]) }
            content += own.flatMap(\.lines)
            let needed = TranscriptSyntax.fenceLength(for: content, fence: fenceChar)
            guard needed > block.marker.count else { continue }
            let marker = String(repeating: fenceChar, count: needed)
            let opening = transcript.lines[block.open]
            let indent = opening.prefix { $0 == " " }
            edits.append((block.open..<(block.open + 1), [indent + marker + opening.dropFirst(indent.count + block.marker.count)]))
            edits.append((block.close..<(block.close + 1), [String(transcript.lines[block.close].prefix { $0 == " " }) + marker]))
        }
        var lines = transcript.lines
        // From the bottom up; at one line, the replaced line before the lines inserted before it.
        for edit in edits.sorted(by: { ($0.range.lowerBound, $0.range.upperBound) > ($1.range.lowerBound, $1.range.upperBound) }) {
            lines.replaceSubrange(edit.range, with: edit.lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Splits a session's new lines among its blocks: a block that ended after the N-th typed
    /// line ends after the N-th typed line again, and after the feedback that follows it.
    static func split(_ lines: [SessionLine], like session: Transcript.Session) -> [[SessionLine]] {
        let segments = session.segments
        guard segments.count > 1 else { return [lines] }
        var parts: [[SessionLine]] = []
        var start = 0, oldLines = 0, oldInputs = 0
        var sessionLines = session.lines[...]
        for segment in segments.dropLast() {
            let own = sessionLines.prefix(segment.lineCount)
            sessionLines = sessionLines.dropFirst(segment.lineCount)
            oldLines += segment.lineCount
            oldInputs += own.filter { if case .input = $0 { true } else { false } }.count
            var end: Int
            if oldInputs == 0 {
                end = min(oldLines, lines.count)
            } else {
                var seen = 0
                end = lines.count
                for (i, line) in lines.enumerated() {
                    if case .input = line { seen += 1 }
                    if seen == oldInputs {
                        end = i + 1
                        while end < lines.count, case .output(let s) = lines[end], TranscriptSyntax.isFeedback(s) { end += 1 }
                        break
                    }
                }
            }
            end = max(end, start)
            parts.append(Array(lines[start..<end]))
            start = end
        }
        parts.append(Array(lines[start...]))
        return parts
    }
}

extension TranscriptSyntax {
    /// How long a fence of `fence` characters must be (three at least) for none of `lines`
    /// to close it: longer than any run of that character starting a line (after up to 3 spaces).
    public static func fenceLength(for lines: [String], fence: Character = "`") -> Int {
        let longest = lines.map { line -> Int in
            let indent = line.prefix { $0 == " " }.count
            return indent <= 3 ? line.dropFirst(indent).prefix { $0 == fence }.count : 0
        }.max() ?? 0
        return max(3, longest + 1)
    }

    /// A line the program prints in reaction to an answer (saved, refused, coaching and its notes),
    /// as opposed to what leads to the next question.
    public static func isFeedback(_ line: String) -> Bool {
        line.trimmingSpaces.isEmpty || line.hasPrefix("✓ ") || line.hasPrefix("! ") || line.hasPrefix("✗ ")
            || line.hasPrefix("  ") || line.hasPrefix("(")
    }
}
