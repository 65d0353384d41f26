import Foundation

/// Word-level helpers for the external projection: invisible characters, tokenising,
/// comparing words the way a reader sees them, and recognising internal host names.
enum Redactor {
    // MARK: Invisible characters

    /// Characters that show nothing but split a word for a matcher: zero-width spaces and joiners,
    /// bidi controls, the BOM, soft hyphens (every format character), variation selectors,
    /// the combining grapheme joiner and the Hangul fillers.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.generalCategory == .format { return true }
        switch scalar.value {
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0x180B...0x180D: return true
        default: return false
        }
    }

    /// The text without invisible characters.
    static func stripInvisible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isInvisible) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.filter { !isInvisible($0) })
        return String(scalars)
    }

    // MARK: Tokens

    /// Splits text into alternating word and non-word tokens, so joining them gives the text back.
    /// A word keeps `@`, `.`, `-`, `_` and apostrophes inside it (never at its end) so addresses,
    /// host names, handles and possessives stay whole.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var inWord = false
        let chars = Array(text)
        for (i, c) in chars.enumerated() {
            let inner = (c == "@" || c == "." || c == "-" || c == "_" || c == "'" || c == "\u{2019}") && inWord
                && i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)
            let isWordChar = c.isLetter || c.isNumber || inner
            if isWordChar != inWord, !current.isEmpty { tokens.append(current); current = "" }
            inWord = isWordChar
            current.append(c)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func isWord(_ token: String) -> Bool { token.first.map { $0.isLetter || $0.isNumber } ?? false }

    /// Spaces between two words of one name (not a line break).
    static func isSpace(_ token: String) -> Bool { !token.isEmpty && token.allSatisfy { $0.isWhitespace && !$0.isNewline } }

    // MARK: Comparing

    /// Letters from other alphabets that look like Latin ones, so "Ѕаm" (Cyrillic) reads as "Sam".
    private static let lookalikes: [Character: Character] = {
        let pairs = "аaеeоoрpсcуyхxіiјjѕsһhԁdԛqԝwАAВBЕEКKМMНHОOРPСCТTХXІIЈJЅSοoαaνvρpιiκkτtΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX"
        var map: [Character: Character] = [:]
        var it = Array(pairs).makeIterator()
        while let from = it.next(), let to = it.next() { map[from] = to }
        return map
    }()

    /// The form two words are compared in: lowercase, without accents, full-width letters narrowed,
    /// look-alike letters from other alphabets read as Latin, curly apostrophes straightened.
    static func fold(_ word: String) -> String {
        let mapped = String(word.map { lookalikes[$0] ?? ($0 == "\u{2019}" ? "'" : $0) })
        return mapped.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// The folded word without a possessive `'s` (or a bare trailing apostrophe).
    static func stem(_ word: String) -> (stem: String, possessive: Bool) {
        let f = fold(word)
        if f.count > 2, f.hasSuffix("'s") { return (String(f.dropLast(2)), true) }
        return (f, false)
    }

    /// Starts with a capital letter ("Mark", "MARK"), as a name does; "mark" does not.
    static func isCapitalised(_ word: String) -> Bool { word.first?.isUppercase ?? false }

    /// Starts with a capital letter and is not all capitals ("John", not "JOHN" or "J").
    static func isTitleCase(_ word: String) -> Bool {
        guard let first = word.first, first.isUppercase, word.count > 1 else { return false }
        return word.dropFirst().contains { $0.isLowercase }
    }

    /// Initials: "S", "J.S", "J.-P" — a capital letter, optionally more joined by dots or hyphens.
    static func isInitials(_ token: String) -> Bool {
        let parts = token.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "-" })
        return !parts.isEmpty && parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase && $0.first!.isLetter }
    }

    /// A word mixing Latin letters with Greek or Cyrillic ones: the usual way to hide a name from a matcher.
    static func mixesAlphabets(_ word: String) -> Bool {
        var latin = false, other = false
        for s in word.unicodeScalars where s.properties.isAlphabetic {
            switch s.value {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF: latin = true
            case 0x370...0x3FF, 0x400...0x52F, 0x1F00...0x1FFF: other = true
            default: break
            }
        }
        return latin && other
    }

    // MARK: Addresses and hosts

    static func isEmail(_ token: String) -> Bool {
        let parts = token.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
    }

    /// A host name ending in one of the internal suffixes (`db-7.corp`), or a whole internal name from the
    /// workspace list (`db-replica-2` from `.db-replica-2`; plain words such as `.corp` never match on their own).
    static func isInternalHost(_ token: String, suffixes: [String]) -> Bool {
        let lower = fold(token)
        guard !isEmail(token) else { return false }
        return suffixes.contains { suffix in
            let s = fold(suffix)
            guard s.count > 1 else { return false }
            if lower.contains("."), lower.hasSuffix(s), lower.count > s.count { return true }
            let whole = s.hasPrefix(".") ? String(s.dropFirst()) : s
            return whole == lower && whole.contains { $0 == "." || $0 == "-" || $0.isNumber }
        }
    }
}
