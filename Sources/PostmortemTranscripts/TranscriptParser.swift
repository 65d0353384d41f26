// Reading a transcript file: its fenced blocks, header, sessions, segments and hints.
import Foundation
import PostmortemCore
import Yams

extension Transcript {
    /// Whether the text has a header block, i.e. is a transcript at all (a README is not).
    public static func isTranscript(_ text: String) -> Bool {
        fences(in: splitLines(text)).contains { $0.info.split(separator: " ").contains { $0 == Substring(TranscriptSyntax.headerTag) } }
    }

    public init(path: String, text: String) throws {
        self.path = path
        lines = Self.splitLines(text)
        var header: TranscriptHeader?
        var sessions: [Session] = []
        var hints: [String] = []
        var pendingHint: [String]?
        var title: String?
        var introduction: [String] = []
        var seenSession = false

        func flushHint() {
            if let h = pendingHint { hints.append(h.joined(separator: "\n")) }
            pendingHint = nil
        }

        let blocks = Self.fences(in: lines)
        var blockIndex = 0
        var i = 0
        while i < lines.count {
            if blockIndex < blocks.count, blocks[blockIndex].open == i {
                flushHint()
                let block = blocks[blockIndex]
                blockIndex += 1
                let words = block.info.split(separator: " ").map(String.init)
                if words.contains(TranscriptSyntax.headerTag) {
                    guard header == nil else { throw TranscriptError(path, line: i + 1, "a second header block; a transcript has one") }
                    header = try Self.parseHeader(Array(lines[block.content]), path: path, line: i + 2)
                } else if words.first == TranscriptSyntax.sessionInfo {
                    try Self.parseSessionBlock(block, lines: lines, hints: hints, into: &sessions, path: path)
                    hints = []
                    seenSession = true
                } else if !seenSession {
                    introduction += lines[block.open...min(block.close, lines.count - 1)]
                }
                i = block.close + 1
                continue
            }
            let line = lines[i]
            if line.hasPrefix(TranscriptSyntax.hintPrefix) {
                flushHint()
                pendingHint = [String(line.dropFirst(TranscriptSyntax.hintPrefix.count)).trimmingSpaces]
            } else if pendingHint != nil, line.hasPrefix(">") {
                pendingHint!.append(String(line.dropFirst(line.hasPrefix("> ") ? 2 : 1)))
            } else {
                flushHint()
                if title == nil, line.hasPrefix("# ") {
                    title = String(line.dropFirst(2)).trimmingSpaces
                } else if !seenSession {
                    introduction.append(line)
                }
            }
            i += 1
        }
        guard let header else {
            throw TranscriptError(path, line: 0, "no header block (```yaml \(TranscriptSyntax.headerTag)) with now: and user:")
        }
        self.header = header
        self.sessions = sessions
        self.title = title
        self.introduction = Self.trimBlankEdges(introduction)
    }

    static func trimBlankEdges(_ lines: [String]) -> [String] {
        var l = lines[...]
        while let f = l.first, f.trimmingSpaces.isEmpty { l = l.dropFirst() }
        while let f = l.last, f.trimmingSpaces.isEmpty { l = l.dropLast() }
        return Array(l)
    }

    static func splitLines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    struct Fence {
        var open: Int
        /// The closing fence line (== lines.count when the block runs to the end).
        var close: Int
        var info: String
        var marker: String
        var content: Range<Int> { (open + 1)..<close }
    }

    /// Fenced code blocks, CommonMark style: ``` or ~~~ (three or more), closed by at least as many.
    static func fences(in lines: [String]) -> [Fence] {
        var result: [Fence] = []
        var i = 0
        while i < lines.count {
            if let (marker, info) = openingFence(lines[i]) {
                var j = i + 1
                while j < lines.count, !isClosing(lines[j], marker) { j += 1 }
                result.append(Fence(open: i, close: j, info: info, marker: marker))
                i = j + 1
            } else {
                i += 1
            }
        }
        return result
    }

    static func openingFence(_ line: String) -> (String, String)? {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3 else { return nil }
        let rest = line.dropFirst(indent)
        guard let c = rest.first, c == "`" || c == "~" else { return nil }
        let marker = rest.prefix { $0 == c }
        guard marker.count >= 3 else { return nil }
        let info = String(rest.dropFirst(marker.count)).trimmingSpaces
        if c == "`", info.contains("`") { return nil }
        return (String(marker), info)
    }

    static func isClosing(_ line: String, _ marker: String) -> Bool {
        let indent = line.prefix { $0 == " " }.count
        guard indent <= 3, let c = marker.first else { return false }
        let rest = line.dropFirst(indent)
        let run = rest.prefix { $0 == c }
        return run.count >= marker.count && rest.dropFirst(run.count).trimmingSpaces.isEmpty
    }

    static func parseHeader(_ lines: [String], path: String, line: Int) throws -> TranscriptHeader {
        let yaml = lines.map { $0 + "\n" }.joined()
        let loaded: Any?
        do { loaded = try Yams.load(yaml: yaml) } catch {
            throw TranscriptError(path, line: line, "the header is not YAML: \(error)")
        }
        guard let map = loaded as? [String: Any] else { throw TranscriptError(path, line: line, "the header must be YAML keys: now:, user:, files:") }
        func string(_ value: Any?) -> String? {
            switch value {
            case let s as String: s
            case let d as Date: Self.rfc3339(d)
            case nil: nil
            case let v?: "\(v)"
            }
        }
        guard let now = string(map["now"]), !now.isEmpty else {
            throw TranscriptError(path, line: line, "the header needs now: (a fixed clock, e.g. now: 2026-11-20T09:00:00Z)")
        }
        guard let user = string(map["user"]), !user.isEmpty else {
            throw TranscriptError(path, line: line, "the header needs user: (who is acting, e.g. user: Ana Lima)")
        }
        var files: [String: String] = [:]
        if let f = map["files"] {
            guard let dict = f as? [String: Any] else { throw TranscriptError(path, line: line, "files: maps a path in the workspace to its content") }
            for (name, content) in dict {
                guard !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else {
                    throw TranscriptError(path, line: line, "files: \(name) must be a path inside the workspace")
                }
                files[name] = string(content) ?? ""
            }
        }
        var exercise: [String] = []
        switch map["exercise"] {
        case nil: break
        case let list as [Any]: exercise = list.compactMap(string)
        case let one?: exercise = (string(one) ?? "").split(separator: ",").map { String($0).trimmingSpaces }
        }
        let known: Set<String> = ["now", "user", "files", "exercise"]
        if let unknown = map.keys.sorted().first(where: { !known.contains($0) }) {
            throw TranscriptError(path, line: line, "unknown header key \(unknown): (known: now, user, files, exercise)")
        }
        return TranscriptHeader(now: now, user: user, files: files, exercise: exercise)
    }

    static func parseSessionBlock(_ block: Fence, lines: [String], hints: [String], into sessions: inout [Session], path: String) throws {
        var current: Session?
        var segmentStart = block.content.lowerBound
        var segmentLines = 0
        var isFirstSegment = true

        func closeSegment(at end: Int) {
            guard current != nil else { return }
            current!.segments.append(Segment(fenceLine: block.open, range: segmentStart..<end,
                                             hints: isFirstSegment ? hints : [], lineCount: segmentLines))
            isFirstSegment = false
        }
        // A block that does not start with a `$` line continues the previous session.
        if let first = block.content.first, first < lines.count, Self.commandLine(lines[first]) == nil {
            guard let last = sessions.popLast() else {
                throw TranscriptError(path, line: first + 1, "a console block must start with `$ postmortem ...` (or continue an earlier session)")
            }
            current = last
            if current!.exitStatus != 0 {
                throw TranscriptError(path, line: first + 1, "this block continues a session that already ended with [exit \(current!.exitStatus)]")
            }
        }
        for i in block.content {
            let line = lines[i]
            if let command = Self.commandLine(line) {
                closeSegment(at: i)
                if let done = current { sessions.append(done) }
                let (env, args) = try Self.parseCommand(command, path: path, line: i + 1)
                current = Session(environment: env, arguments: args, commandLine: command, lines: [], exitStatus: 0, segments: [], sourceLine: i + 1)
                segmentStart = i + 1
                segmentLines = 0
                continue
            }
            guard current != nil else { continue }
            if current!.exitStatus != 0 {
                throw TranscriptError(path, line: i + 1, "nothing may follow [exit \(current!.exitStatus)] but the next `$ postmortem` line")
            }
            if let status = TranscriptSyntax.exitStatus(of: line) {
                current!.exitStatus = status
                continue
            }
            current!.lines.append(TranscriptSyntax.sessionLine(line))
            segmentLines += 1
        }
        closeSegment(at: block.close)
        if let done = current { sessions.append(done) }
    }

    /// The text after `$ ` when the line starts a command: `$ [NAME=value ...] postmortem ...`.
    static func commandLine(_ line: String) -> String? {
        guard line.hasPrefix("$ ") else { return nil }
        let command = String(line.dropFirst(2))
        guard let words = try? ShellWords.split(command),
              let program = words.first(where: { !ShellWords.isAssignment($0) }), program == "postmortem" else { return nil }
        return command
    }

    static func parseCommand(_ command: String, path: String, line: Int) throws -> ([(String, String)], [String]) {
        let words: [String]
        do { words = try ShellWords.split(command) } catch { throw TranscriptError(path, line: line, "\(error)") }
        var env: [(String, String)] = []
        var rest = words[...]
        while let w = rest.first, ShellWords.isAssignment(w) {
            let eq = w.firstIndex(of: "=")!
            env.append((String(w[..<eq]), String(w[w.index(after: eq)...])))
            rest = rest.dropFirst()
        }
        return (env, Array(rest.dropFirst()))  // drop "postmortem"
    }

    static func rfc3339(_ date: Date) -> String {
        let t = Int64(date.timeIntervalSince1970)
        return PostmortemCore.Timestamp(secondsSinceEpoch: t).rfc3339
    }
}
