/// A word, number or punctuation mark with its place in the original text.
struct Tok: Sendable {
    enum Kind: Sendable { case word, number, punct }
    var text: String
    var lower: String
    var line: Int        // 0-based
    var col: Int         // 0-based, in Characters
    var kind: Kind
    var quoted = false   // inside "double quotes" (not the whole sentence)
    var code = false     // inside `backticks`
    /// The first token of a new segment (a line, bullet or cell that starts a new thought).
    var segmentStart = false

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool { text.first.map { $0.isUppercase } ?? false }
    var isAllCaps: Bool {
        var letters = 0
        for c in text where c.isLetter { letters += 1; if !c.isUppercase { return false } }
        return letters > 0
    }
    var hasDigit: Bool { text.contains { $0.isNumber } }
    /// `john's` → `john`; otherwise the lowercased text.
    var base: String {
        if lower.hasSuffix("'s") { return String(lower.dropLast(2)) }
        if lower.hasSuffix("s'") { return String(lower.dropLast(1)) }
        return lower
    }
    var isPossessive: Bool { kind == .word && (lower.hasSuffix("'s") || lower.hasSuffix("s'")) && lower.count > 2 }

    /// Chat spellings read as the words they stand for: "didnt" and "was'nt" as "didn't" and "wasn't", and the "of" of
    /// "would of got there" as "have". Only the lowered form changes; the text is quoted as written.
    static func chatSpelling(_ lower: String, after previous: Tok?) -> String {
        if let n = Tok.unmarkedNegations[lower] { return n }
        if lower.hasSuffix("'nt"), lower.count > 4 { return String(lower.dropLast(3)) + "n't" }
        if lower == "of", let p = previous?.lower, ["would", "could", "should", "might", "must"].contains(p) { return "have" }
        return lower
    }
    private static let unmarkedNegations: [String: String] = ["didnt": "didn't", "doesnt": "doesn't", "dont": "don't", "isnt": "isn't", "wasnt": "wasn't",
        "werent": "weren't", "arent": "aren't", "couldnt": "couldn't", "shouldnt": "shouldn't", "wouldnt": "wouldn't", "hasnt": "hasn't", "havent": "haven't",
        "hadnt": "hadn't", "cant": "can't", "wont": "won't",
        // ("thats on him": the contraction's apostrophe dropped the same way)
        // ("Callum, who didnae check it against the sailing timetable": Scots negation)
        "didnae": "didn't", "dinnae": "don't", "wasnae": "wasn't", "isnae": "isn't", "cannae": "can't", "couldnae": "couldn't", "wouldnae": "wouldn't",
        "shouldnae": "shouldn't", "hasnae": "hasn't", "havnae": "haven't", "havenae": "haven't", "willnae": "won't", "werenae": "weren't",
        "thats": "that's", "whats": "what's", "theres": "there's", "w/o": "without",
        // ("was frankly incompetant from start to finish": a grade misspelt is still a grade)
        "incompetant": "incompetent", "incompetance": "incompetence", "incompitent": "incompetent", "negligant": "negligent", "negligance": "negligence",
        "neglegent": "negligent", "irresponsable": "irresponsible", "unprofesional": "unprofessional", "unproffesional": "unprofessional",
        "carelesness": "carelessness", "carelesly": "carelessly", "sloppyness": "sloppiness", "thier": "their"]
}

/// A piece of text with where it came from: a line (or part of one) of the input.
struct Segment: Sendable {
    var text: String
    var line: Int      // 0-based
    var col: Int       // 0-based Character offset of `text` within its line
    var newThought: Bool = true
}

enum Tokenizer {
    static func isJoiner(_ c: Character) -> Bool {
        c == "'" || c == "’" || c == "-" || c == "." || c == "/" || c == "_" || c == ":" || c == "+" || c == "@" || c == "#" || c == "&" || c == "="
    }

    static func tokenize(_ segments: [Segment]) -> [Tok] {
        var out: [Tok] = []
        var inQuote = false
        var inCode = false
        var inSingle = false   // 'single quoted' text: "removed the 'human error' label"
        for seg in segments {
            let chars = Array(seg.text)
            var i = 0
            var first = true
            while i < chars.count {
                let c = chars[i]
                if c.isWhitespace { i += 1; continue }
                let start = i
                if c == "`" { inCode.toggle(); i += 1; continue }
                if c == "'" || c == "‘" || c == "’" {
                    let before: Character = i > 0 ? chars[i - 1] : " "
                    let after: Character = i + 1 < chars.count ? chars[i + 1] : " "
                    if inSingle, !before.isWhitespace { inSingle = false; i += 1; continue }
                    if !inSingle, before.isWhitespace || "([".contains(before), after.isLetter || after.isNumber { inSingle = true; i += 1; continue }
                }
                if c == "\"" || c == "“" || c == "”" || c == "«" || c == "»" {
                    if c == "“" || c == "«" { inQuote = true } else if c == "”" || c == "»" { inQuote = false } else { inQuote.toggle() }
                    i += 1; continue
                }
                // notes shorthand: "signed off line clearance w/o checking" reads "without"
                if c == "w" || c == "W", i + 2 < chars.count, chars[i + 1] == "/", chars[i + 2] == "o" || chars[i + 2] == "O",
                   i + 3 == chars.count || !chars[i + 3].isLetter, i == 0 || !chars[i - 1].isLetter {
                    var t = Tok(text: "without", lower: "without", line: seg.line, col: seg.col + start, kind: .word)
                    t.quoted = inQuote || inSingle; t.code = inCode; t.segmentStart = first && seg.newThought
                    out.append(t); first = false
                    i += 3; continue
                }
                if c.isLetter || c.isNumber || ((c == "@" || c == "#" || c == "$") && i + 1 < chars.count && (chars[i + 1].isLetter || chars[i + 1].isNumber)) {
                    i += 1
                    while i < chars.count {
                        let d = chars[i]
                        if d.isLetter || d.isNumber || d == "_" { i += 1; continue }
                        if isJoiner(d), i + 1 < chars.count, chars[i + 1].isLetter || chars[i + 1].isNumber { i += 1; continue }
                        // trailing possessive apostrophe: "engineers'"
                        if (d == "'" || d == "’"), chars[i - 1] == "s", !inSingle, i + 1 == chars.count || !(chars[i + 1].isLetter) { i += 1; break }
                        // the closing dot of initials: "J.S."
                        if d == ".", AgentFinder.isDottedInitials(String(chars[start..<i])) { i += 1; break }
                        break
                    }
                    var text = String(chars[start..<i])
                    text = text.replacingApostrophes()
                    var lower = Tok.chatSpelling(text.lowercased(), after: out.last)
                    // ("job slow bc AB kicked off a reindex": chat shorthand for "because", written lower case, unlike "BC")
                    if ["bc", "b/c", "cos", "cuz", "coz"].contains(text) { lower = "because" }
                    let isNum = lower.first.map { $0.isNumber } ?? false
                    // "shoulda seen it": read as "should have seen it"
                    if let modal = ["shoulda": "should", "coulda": "could", "woulda": "would", "musta": "must"][lower] {
                        var m = Tok(text: text, lower: modal, line: seg.line, col: seg.col + start, kind: .word)
                        m.quoted = inQuote || inSingle; m.code = inCode; m.segmentStart = first && seg.newThought
                        out.append(m); first = false
                        lower = "have"; text = ""   // (quoted once, by the first half)
                    }
                    var t = Tok(text: text, lower: lower, line: seg.line, col: seg.col + start, kind: isNum ? .number : .word)
                    t.quoted = inQuote || inSingle; t.code = inCode; t.segmentStart = first && seg.newThought
                    out.append(t); first = false
                    continue
                }
                i += 1
                var t = Tok(text: String(c), lower: String(c), line: seg.line, col: seg.col + start, kind: .punct)
                t.quoted = inQuote; t.code = inCode; t.segmentStart = first && seg.newThought
                out.append(t); first = false
            }
            // quotes and code spans do not run across a new thought
            if seg.newThought { inQuote = false; inCode = false }
            inSingle = false
        }
        return out
    }

    static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "approx", "dr", "mr", "mrs", "ms", "st", "no", "inc", "ltd", "fig", "min", "sec", "hrs", "est", "cf", "al"]

    /// Splits tokens into sentences: at . ! ? ; and at every new thought (line, bullet, cell).
    static func sentences(_ toks: [Tok]) -> [[Tok]] {
        var out: [[Tok]] = []
        var cur: [Tok] = []
        for (i, t) in toks.enumerated() {
            if t.segmentStart, !cur.isEmpty { out.append(cur); cur = [] }
            cur.append(t)
            if t.kind == .punct, t.text == "." || t.text == "!" || t.text == "?" || t.text == ";" || t.text == "…" {
                if t.text == ".", i > 0, abbreviations.contains(toks[i - 1].lower) || AgentFinder.isDottedInitials(toks[i - 1].text) || initialBeforeSurname(toks, dot: i) { continue }
                // ("Original Post, Jan. 17: Thurs. Jan. 16, OIT experienced ...": a month or a weekday cut short, before its date)
                if t.text == ".", i > 0, i + 1 < toks.count, ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(toks[i - 1].lower) && toks[i + 1].kind == .number
                    || ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].contains(toks[i - 1].lower) && (toks[i + 1].kind == .number || ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].contains(toks[i + 1].lower)) { continue }
                // ("a bit of downtime last Monday... 15 hours to be exact": a trailing-off, not a full stop, unless a new sentence starts)
                if t.text == ".", i + 1 < toks.count, toks[i + 1].text == "." && toks[i + 1].kind == .punct { continue }
                if t.text == "." || t.text == "…", i >= 2, toks[i - 1].text == "." || t.text == "…", i + 1 < toks.count, !toks[i + 1].segmentStart,
                   toks[i + 1].kind == .number || toks[i + 1].isWord && !toks[i + 1].isCapitalized { continue }
                out.append(cur); cur = []
            }
        }
        if !cur.isEmpty { out.append(cur) }
        return out.map(unquoteWholeSentence).map(unquoteStatedCause).filter { $0.contains { $0.isWord } }
    }

    /// "K. Wiśniewska skipped ...", "owner: R. Osei": a single capital and its dot, then a surname, do not end a sentence.
    /// ("... under Plan B. The team then ...", "in Zone C. Nobody ..." do: a label's letter, or a common word after it)
    static func initialBeforeSurname(_ toks: [Tok], dot i: Int) -> Bool {
        guard i >= 1, i + 2 < toks.count, toks[i - 1].isWord, toks[i - 1].text.count == 1, toks[i - 1].text != "I", toks[i - 1].isAllCaps,
              toks[i + 1].isWord, toks[i + 1].isCapitalized, !toks[i + 1].isAllCaps, toks[i + 1].text.count >= 3, !toks[i + 1].segmentStart else { return false }
        if i >= 2, toks[i - 2].isWord, ["plan", "option", "type", "class", "zone", "site", "building", "line", "step", "phase", "tier", "grade", "section", "appendix", "part",
            "annex", "figure", "table", "exhibit", "schedule", "group", "level", "stage", "version", "ward", "wing", "block", "gate", "terminal", "platform", "bay", "hall",
            "room", "floor", "lane", "route", "area", "sector", "unit", "model", "category", "priority", "severity", "sev", "pier", "track", "runway", "channel", "shift", "team", "vitamin", "hepatitis"].contains(toks[i - 2].lower) { return false }
        let next = toks[i + 1].lower
        if ["the", "a", "an", "we", "it", "this", "that", "these", "those", "there", "they", "he", "she", "i", "our", "at", "in", "on", "after", "before", "when", "then", "but",
            "and", "so", "however", "no", "nobody", "all", "some", "if", "as", "for", "from", "to", "by", "with", "while", "during", "once", "since", "also", "finally", "next", "later"].contains(next) { return false }
        return !Lex.nonPeople.contains(next)
    }

    /// A verdict in scare quotes after a cause is still the cause the writer gives: "occurred because of a “human coding error.”",
    /// "was due to ‘human error’". (Quoted elsewhere, "removed the 'human error' label", it stays a phrase mentioned.)
    static func unquoteStatedCause(_ s: [Tok]) -> [Tok] {
        var out = s
        var i = 0
        while i < s.count {
            guard s[i].quoted, s[i].isWord else { i += 1; continue }
            var e = i
            while e + 1 < s.count, s[e + 1].quoted { e += 1 }
            let words = s[i...e].filter(\.isWord).map(\.lower)
            let before = s[..<i].filter { $0.isWord && !["a", "an", "the", "simple", "pure", "plain"].contains($0.lower) }.suffix(2).map(\.lower)
            let marker = before.count == 2 && [["due", "to"], ["because", "of"], ["caused", "by"], ["blamed", "on"], ["attributed", "to"], ["down", "to"], ["result", "of"], ["owing", "to"]].contains(before)
            // ("the result of "cut and paste" errors": the verdict's noun just after the quote)
            let nounAfter = e + 1 < s.count && s[e + 1].isWord && ["error", "errors", "mistake", "mistakes"].contains(s[e + 1].lower)
            if marker, words.count <= 5, nounAfter || words.contains(where: { ["error", "errors", "mistake", "mistakes", "oversight", "slip", "blunder", "fault"].contains($0) }) {
                for k in i...e { out[k].quoted = false }
            }
            i = e + 1
        }
        return out
    }

    /// A sentence given entirely in quotes is read as the sentence itself.
    /// (... and one given in quotes with only who said it outside: "“We will look at that capability,” Blount said.")
    static func unquoteWholeSentence(_ s: [Tok]) -> [Tok] {
        let words = s.filter { $0.kind != .punct }
        let outside = words.filter { !$0.quoted }
        // (the speaker is one block before or after the quote: not "member desk says 'your feed is obviously broken', confirming on our side now")
        let oneBlock = words.prefix(outside.count).allSatisfy { !$0.quoted } || words.suffix(outside.count).allSatisfy { !$0.quoted }
        let attributed = oneBlock && outside.count <= 10 && words.count >= outside.count * 2 && outside.contains { ["said", "says", "added", "adds", "told", "explained", "wrote", "writes", "stated", "according", "noted", "commented", "continued", "admitted", "acknowledged"].contains($0.lower) }
        guard let f = words.first, let l = words.last, f.quoted && l.quoted || attributed else { return s }
        return s.map { var t = $0; t.quoted = false; return t }
    }
}

extension String {
    func replacingApostrophes() -> String {
        guard contains("’") else { return self }
        return String(map { $0 == "’" ? "'" : $0 })
    }
}
