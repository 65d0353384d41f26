import PostmortemCore

/// Comparing a session's expected lines with what the program printed.
public enum OutputMatch {
    /// Whether `actual` matches `pattern`, where `[..]` in the pattern stands for any text.
    /// Trailing spaces are ignored on both sides.
    public static func lineMatches(_ pattern: String, _ actual: String) -> Bool {
        let pattern = pattern.trimmingTrailingSpaces, actual = actual.trimmingTrailingSpaces
        guard pattern.contains(TranscriptSyntax.elideText) else { return pattern == actual }
        let pieces = pattern.components(separatedBy: TranscriptSyntax.elideText)
        var rest = Substring(actual)
        guard rest.hasPrefix(pieces[0]) else { return false }
        rest = rest.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let r = rest.range(of: piece) else { return false }
            rest = rest[r.upperBound...]
        }
        let last = pieces.last!
        return rest.count >= last.count && rest.hasSuffix(last)
    }

    /// Whether the actual lines match the expected ones; a line `...` matches any number of lines.
    public static func matches(_ patterns: [String], _ actual: [String]) -> Bool {
        let n = patterns.count, m = actual.count
        // ok[i][j]: patterns[i...] matches actual[j...]
        var ok = Array(repeating: Array(repeating: false, count: m + 1), count: n + 1)
        ok[n][m] = true
        for i in stride(from: n - 1, through: 0, by: -1) {
            let isEllipsis = patterns[i].trimmingSpaces == TranscriptSyntax.elideLines
            for j in stride(from: m, through: 0, by: -1) {
                if isEllipsis {
                    ok[i][j] = ok[i + 1][j] || (j < m && ok[i][j + 1])
                } else {
                    ok[i][j] = j < m && ok[i + 1][j + 1] && lineMatches(patterns[i], actual[j])
                }
            }
        }
        return ok[0][0]
    }

    /// Finds the typed lines in the program's output: each input was echoed after its prompt,
    /// in order, so the output reads `prompt` + `input` on one line. Prompts end with `> `;
    /// a line of that shape is preferred. Inputs that were never read stay out.
    /// - Returns: the lines, and how many inputs were found.
    public static func mark(_ raw: [String], inputs: [String]) -> (lines: [SessionLine], consumed: Int) {
        var result: [SessionLine] = []
        var cursor = 0
        var consumed = 0
        for input in inputs {
            guard let j = echo(of: input, in: raw, from: cursor) else { break }
            for k in cursor..<j { result.append(.output(raw[k].trimmingTrailingSpaces)) }
            result.append(.input(prompt: String(raw[j].dropLast(input.count)), text: input))
            cursor = j + 1
            consumed += 1
        }
        for k in cursor..<raw.count { result.append(.output(raw[k].trimmingTrailingSpaces)) }
        return (result, consumed)
    }

    static func echo(of input: String, in raw: [String], from start: Int) -> Int? {
        let prompted = (start..<raw.count).first { j in
            raw[j].hasSuffix(input) && raw[j].count > input.count && raw[j].dropLast(input.count).hasSuffix("> ")
        }
        if let prompted { return prompted }
        return (start..<raw.count).first { raw[$0].hasSuffix(input) && raw[$0].count > input.count }
    }

    /// The actual lines, with each line that an expected `[..]` line matches replaced by
    /// that expected line, so that a diff shows only real differences.
    public static func canonical(_ actual: [String], expected: [String]) -> [String] {
        let patterns = expected.filter { $0.contains(TranscriptSyntax.elideText) }
        guard !patterns.isEmpty else { return actual }
        let literal = Set(expected)
        return actual.map { line in
            if literal.contains(line) { return line }
            return patterns.first { lineMatches($0, line) } ?? line
        }
    }

    /// A unified diff of expected against actual (`-` expected, `+` actual).
    public static func diff(expected: [String], actual: [String], context: Int = 3) -> [String] {
        // Within each run of changes, the removed lines first, as diff(1) shows them.
        var out: [String] = [], removed: [String] = [], added: [String] = []
        func flush() { out += removed + added; removed = []; added = [] }
        for line in LineDiff.unified(from: expected, to: canonical(actual, expected: expected), context: context) {
            if line.hasPrefix("- ") { removed.append(line) } else if line.hasPrefix("+ ") { added.append(line) } else { flush(); out.append(line) }
        }
        flush()
        return out
    }

    /// What to write back after a deliberate change: the actual lines, keeping the
    /// expected `[..]` lines that still match and `...` where lines were elided before.
    public static func updated(expected: [String], actual: [String]) -> [String] {
        let changes = LineDiff.changes(from: expected, to: canonical(actual, expected: expected))
        var out: [String] = []
        var run: [LineDiff.Change] = []
        func flush() {
            let added = run.compactMap { if case .added(let s) = $0 { s } else { nil } }
            let hadEllipsis = run.contains { if case .removed(let s) = $0 { s.trimmingSpaces == TranscriptSyntax.elideLines } else { false } }
            if hadEllipsis, !added.isEmpty { out.append(TranscriptSyntax.elideLines) } else { out += added }
            run = []
        }
        for change in changes {
            if case .kept(let s) = change { flush(); out.append(s) } else { run.append(change) }
        }
        flush()
        return out
    }
}
