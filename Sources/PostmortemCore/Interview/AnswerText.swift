/// Small text rules shared by `AnswerParser` and `editableLines`.
enum AnswerText {
    /// Whether the text holds a control character: C0 other than tab, DEL, or C1 (which covers
    /// the escape that starts a terminal sequence). A newline counts: one line holds none.
    static func hasControlCharacter<S: StringProtocol>(_ text: S) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x09) || (0x7F...0x9F).contains(v)
        }
    }

    /// Without one leading bullet: `- `, `* `, `+ `, `• `, `1. `, `1) `, `✅ `, `⚠️ `, `❌ `.
    static func stripBullet(_ line: String) -> String {
        bulletLength(line).map { TemplateText.trim(line.dropFirst($0)) } ?? line
    }

    static let bullets: Set<Character> = ["-", "*", "+", "•", "✅", "⚠️", "⚠", "❌"]

    /// The length of the leading bullet and the blank after it, if the line starts with one.
    static func bulletLength(_ line: String) -> Int? {
        let chars = Array(line)
        var i = 0
        if let first = chars.first, bullets.contains(first) {
            i = 1
        } else {
            while i < chars.count, i < 3, chars[i].isASCII, chars[i].isNumber { i += 1 }
            guard i > 0, i < chars.count, chars[i] == "." || chars[i] == ")" else { return nil }
            i += 1
        }
        guard i < chars.count, chars[i] == " " || chars[i] == "\t" else { return nil }
        while i < chars.count, chars[i] == " " || chars[i] == "\t" { i += 1 }
        return i
    }

    /// The text after `word` followed by `:` (any case, blanks allowed before the colon), trimmed; or nil.
    static func dropPrefix(_ line: String, _ word: String) -> String? {
        guard line.lowercased().hasPrefix(word) else { return nil }
        let rest = line.dropFirst(word.count).drop { $0 == " " }
        guard rest.first == ":" else { return nil }
        return TemplateText.trim(rest.dropFirst())
    }

    /// One because: without a bullet, a `Why 1:`/`Why #1:`/`Why:` label, an arrow (`→`, `->`, `=>`, `└─`)
    /// and a `Because:`/`Because` lead, each removed at most once, in that order.
    static func stripWhyPrefixes(_ line: String) -> String {
        var s = stripBullet(line)
        // Why N:
        if s.lowercased().hasPrefix("why") {
            var rest = s.dropFirst(3).drop { $0 == " " }
            if rest.first == "#" { rest = rest.dropFirst() }
            rest = rest.drop { $0.isASCII && $0.isNumber }.drop { $0 == " " }
            if rest.first == ":" { s = TemplateText.trim(rest.dropFirst()) }
        }
        for arrow in ["→", "->", "=>", "└─", "└"] where s.hasPrefix(arrow) {
            s = TemplateText.trim(s.dropFirst(arrow.count))
            break
        }
        if s.lowercased().hasPrefix("because") {
            let rest = s.dropFirst(7)
            if rest.isEmpty { return "" }
            if rest.first == ":" { s = TemplateText.trim(rest.dropFirst()) }
            else if rest.first == " " || rest.first == "\t" { s = TemplateText.trim(rest.drop { $0 == " " || $0 == "\t" }.drop { $0 == ":" }) }
        }
        return s
    }

    /// `(text before, tag)` when the text ends with a `#word` token (letters only).
    static func trailingTag(_ text: String) -> (String, String)? {
        guard let hash = text.lastIndex(of: "#") else { return nil }
        let tag = text[text.index(after: hash)...]
        guard !tag.isEmpty, tag.allSatisfy({ $0.isLetter }) else { return nil }
        let before = text[..<hash]
        guard before.isEmpty || before.last == " " || before.last == "\t" else { return nil }
        return (TemplateText.trim(before), String(tag))
    }

    /// `(text before, source)` when the text ends with `[source: X]`, `(source: X)` or `source: X`.
    static func trailingSource(_ text: String) -> (String, String)? {
        for (open, close) in [("[", "]"), ("(", ")")] where text.hasSuffix(close) {
            if let start = lastRange(of: open + "source", in: text) {
                let inner = text[start.upperBound..<text.index(before: text.endIndex)].drop { $0 == " " }
                if inner.first == ":" {
                    return (TemplateText.trim(text[..<start.lowerBound]), TemplateText.trim(inner.dropFirst()))
                }
            }
        }
        guard let start = lastRange(of: "source", in: text) else { return nil }
        guard start.lowerBound == text.startIndex || text[text.index(before: start.lowerBound)] == " " else { return nil }
        let inner = text[start.upperBound...].drop { $0 == " " }
        guard inner.first == ":" else { return nil }
        return (TemplateText.trim(text[..<start.lowerBound]), TemplateText.trim(inner.dropFirst()))
    }

    /// The last occurrence of the lowercase `needle` in `haystack`, ignoring case (no Foundation in the core).
    static func lastRange(of needle: String, in haystack: String) -> Range<String.Index>? {
        var index = haystack.endIndex
        while index > haystack.startIndex {
            index = haystack.index(before: index)
            if haystack[index...].prefix(needle.count).lowercased() == needle {
                return index..<haystack.index(index, offsetBy: needle.count)
            }
        }
        return nil
    }

    /// Offsets from UTC in minutes of unambiguous zone abbreviations people type after a time.
    static let zoneOffsets: [String: Int] = [
        "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
        "AKST": -540, "AKDT": -480, "HST": -600, "WET": 0, "WEST": 60, "BST": 60, "CET": 60, "CEST": 120,
        "EET": 120, "EEST": 180, "MSK": 180, "JST": 540, "KST": 540, "AEST": 600, "AEDT": 660, "NZST": 720, "NZDT": 780,
    ]
}
