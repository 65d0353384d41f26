/// Word-level helpers for the external projection: tokenising, name replacement,
/// and recognising addresses and host names.
enum Redactor {
    /// Splits text into alternating word and non-word tokens, so joining them gives the text back.
    /// A word keeps `@`, `.`, `-` and `_` inside it so addresses and host names stay whole.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inWord = false
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let inner = (c == "@" || c == "." || c == "-" || c == "_") && inWord
                && i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)
            let isWordChar = c.isLetter || c.isNumber || c == "'" && inWord || inner
            if isWordChar != inWord, !current.isEmpty { tokens.append(current); current = "" }
            inWord = isWordChar
            current.append(c)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    /// Replaces each name (one or more words, case-insensitive) with its role.
    static func replaceNames(in words: inout [String], roles: [(name: String, role: String)]) {
        for (name, role) in roles {
            let parts = tokens(name).filter { $0.first?.isLetter ?? false || $0.first?.isNumber ?? false }.map { $0.lowercased() }
            guard !parts.isEmpty else { continue }
            var i = 0
            while i < words.count {
                if let end = match(parts, in: words, at: i) {
                    let possessive = words[end - 1].lowercased().hasSuffix("'s") && !(parts.last?.hasSuffix("'s") ?? false)
                    words.replaceSubrange(i..<end, with: [role + (possessive ? "'s" : "")])
                }
                i += 1
            }
        }
    }

    /// The index after the last token matched, when `parts` (words) start at `start`.
    private static func match(_ parts: [String], in tokens: [String], at start: Int) -> Int? {
        var i = start
        for (n, part) in parts.enumerated() {
            guard i < tokens.count else { return nil }
            var word = tokens[i].lowercased()
            if n == parts.count - 1, word.hasSuffix("'s"), word != part { word.removeLast(2) }
            guard word == part else { return nil }
            i += 1
            if n < parts.count - 1 {
                guard i < tokens.count, tokens[i].allSatisfy({ $0 == " " }) else { return nil }
                i += 1
            }
        }
        return i
    }

    static func containsWord(_ text: String, _ word: String) -> Bool {
        let parts = tokens(word).filter { $0.first?.isLetter ?? false || $0.first?.isNumber ?? false }.map { $0.lowercased() }
        guard !parts.isEmpty else { return false }
        let t = tokens(text)
        return t.indices.contains { match(parts, in: t, at: $0) != nil }
    }

    static func isEmail(_ token: String) -> Bool {
        let parts = token.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
    }

    static func isInternalHost(_ token: String, suffixes: [String]) -> Bool {
        let lower = token.lowercased()
        guard lower.contains("."), !isEmail(token) else { return false }
        return suffixes.contains { lower.hasSuffix($0.lowercased()) && lower.count > $0.count }
    }
}
