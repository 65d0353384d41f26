/// Shell-like words: spaces separate, '...' and "..." quote, \ escapes outside single quotes.
public enum ShellWords {
    public struct Unterminated: Error, CustomStringConvertible {
        public var description: String { "an unterminated quote in the command line" }
    }

    public static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Character?
        var escape = false
        for c in text {
            if escape { word.append(c); escape = false; inWord = true; continue }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escape = true } else { word.append(c) }
                continue
            }
            switch c {
            case " ", "\t":
                if inWord { words.append(word); word = ""; inWord = false }
            case "'", "\"": quote = c; inWord = true
            case "\\": escape = true
            default: word.append(c); inWord = true
            }
        }
        if quote != nil || escape { throw Unterminated() }
        if inWord { words.append(word) }
        return words
    }

    public static func isAssignment(_ word: String) -> Bool {
        guard let eq = word.firstIndex(of: "="), eq != word.startIndex else { return false }
        return word[..<eq].allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    /// Quotes a word for a `$` line when it needs it.
    public static func quote(_ word: String) -> String {
        let safe = !word.isEmpty && word.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./=:,@%+".contains($0)) }
        return safe ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
