#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Completion and history helpers: pure, shared by the plain and the libedit readers.

public enum Completion {
    /// The last word of `textBeforeCursor`: everything after its last space or tab.
    public static func lastWord(of textBeforeCursor: String) -> Substring {
        if let i = textBeforeCursor.lastIndex(where: { $0 == " " || $0 == "\t" }) {
            return textBeforeCursor[textBeforeCursor.index(after: i)...]
        }
        return textBeforeCursor[...]
    }

    /// The longest common prefix of `words`, by characters ("" for none).
    public static func commonPrefix<S: Collection>(_ words: S) -> String where S.Element == String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            var n = 0
            for (a, b) in zip(prefix, word) {
                guard a == b else { break }
                n += 1
            }
            prefix.removeLast(prefix.count - n)
            if prefix.isEmpty { break }
        }
        return String(prefix)
    }

    /// What Tab does with the candidates for `textBeforeCursor`.
    public struct Edit: Equatable, Sendable {
        /// How many characters (Unicode scalars) before the cursor to delete first.
        public var deleteCount: Int
        /// What to insert at the cursor after that.
        public var insert: String
        /// The distinct candidates to list below the prompt (empty if unambiguous).
        public var listing: [String]
    }

    /// Plans the edit: extends the last word to the candidates' common prefix
    /// (replacing it if the candidates do not start with it, as long as that
    /// does not shorten it) and lists the candidates when there is more than
    /// one. Nil when there is no candidate.
    public static func edit(textBeforeCursor: String, candidates: [String]) -> Edit? {
        var seen = Set<String>()
        let distinct = candidates.filter { !$0.isEmpty && seen.insert($0).inserted }
        guard !distinct.isEmpty else { return nil }
        let word = String(lastWord(of: textBeforeCursor))
        let common = commonPrefix(distinct)
        var edit = Edit(deleteCount: 0, insert: "", listing: distinct.count > 1 ? distinct : [])
        if common.hasPrefix(word) {
            edit.insert = String(common.dropFirst(word.count))
        } else if common.count >= word.count {
            // e.g. other letter case: replace the word, but never shorten what was typed
            edit.deleteCount = word.unicodeScalars.count
            edit.insert = common
        }
        return edit
    }

    /// Lays `words` out in columns that fit `width` terminal columns, as `ls` does
    /// (down the columns first). `displayWidth` measures a word.
    public static func columns(_ words: [String], width: Int, displayWidth: (String) -> Int = { $0.count }) -> String {
        guard !words.isEmpty else { return "" }
        let gap = 2
        let widest = words.map(displayWidth).max() ?? 0
        let perRow = max(1, (max(width, 1) + gap) / (widest + gap))
        let rows = (words.count + perRow - 1) / perRow
        var out = ""
        for r in 0..<rows {
            var line = ""
            var c = 0
            while r + c * rows < words.count {
                let word = words[r + c * rows]
                let last = r + (c + 1) * rows >= words.count
                line += word
                if !last { line += String(repeating: " ", count: widest + gap - displayWidth(word)) }
                c += 1
            }
            out += line + "\n"
        }
        return out
    }
}

public enum HistoryLocation {
    /// `$XDG_STATE_HOME/postmortem/history`, with `~/.local/state` when
    /// XDG_STATE_HOME is unset, empty or relative (the XDG spec ignores
    /// relative paths). Nil when there is no home either.
    public static func path(environment: [String: String], home: String? = nil) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return join(state, "postmortem/history")
        }
        guard let home = nonEmpty(environment["HOME"]) ?? nonEmpty(home) else { return nil }
        return join(home, ".local/state/postmortem/history")
    }

    /// Creates the folder that holds `path`, and any missing parents, with mode 0700.
    @discardableResult
    public static func createParentDirectory(of path: String) -> Bool {
        var components = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty else { return false }
        components.removeLast()
        var current = path.hasPrefix("/") ? "" : "."
        for component in components {
            current += "/" + component
            if mkdir(current, 0o700) != 0 && errno != EEXIST { return false }
        }
        return true
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    private static func join(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }
}
