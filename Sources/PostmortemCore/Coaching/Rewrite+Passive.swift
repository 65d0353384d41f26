/// Rewrites "<person> <did X to Y> ..." with the change as the subject, keeping the rest of the sentence:
/// "Firmware 4.2 bricked 900 devices after Tomasz pushed it to the full fleet" →
/// “Firmware 4.2 bricked 900 devices after it was pushed to the full fleet; <...> was not in place.”
extension Rewrite {
    /// Words that end the object noun phrase: prepositions, conjunctions and adverbials that belong to the verb.
    static let objectEnders: Set<String> = ["to", "on", "at", "in", "into", "onto", "from", "against", "across", "for", "with", "without",
        "despite", "before", "after", "while", "during", "through", "by", "over", "under", "as", "until", "when", "because", "so", "which",
        "and", "but", "instead", "rather", "that", "who", "then", "again", "live", "twice", "once", "anyway", "early", "late", "directly",
        "immediately", "manually", "straight", "all", "together"]
    static let particles: Set<String> = ["back", "out", "up", "down", "off", "over", "in", "through"]

    /// The sentence with the act in the passive, or nil when the verb does not take an object ("insisted on debugging").
    static func passiveSentence(_ s: Sentence, _ a: Agent, verbAt j0: Int) -> String? {
        var j = j0
        var participle = English.participle(ofPast: s.w[j])
        // "decided to restart the primary", "chose to skip the canary": the act is the second verb
        if ["decided", "chose", "opted", "tried", "attempted", "elected"].contains(s.w[j]), s.word(j + 1) == "to", let b = s.word(j + 2), s.isWord(j + 2) {
            j += 2
            participle = English.participle(ofBase: b)
        } else if s.w[j] == "went", s.has("ahead and", at: j + 1), let v = s.word(j + 3) {
            j += 3
            participle = English.participle(ofPast: v)
        }
        var objStart = j + 1
        var particle = ""
        if let p = s.word(objStart), particles.contains(p), s.isWord(objStart + 1), !objectEnders.contains(s.w[objStart + 1]) || p == "back" {
            particle = " " + p; objStart += 1
        }
        var objEnd = objStart
        // ("disabled the index-age check last spring": a time phrase ends the object, "the last node" does not)
        while objEnd < s.count, s.isWord(objEnd), !objectEnders.contains(s.w[objEnd]), s.toks[objEnd].kind != .number, !isAdverb(s.w[objEnd]),
              !(["last", "yesterday", "earlier"].contains(s.w[objEnd]) && objEnd > objStart && !AgentFinder.determiners.contains(s.w[objEnd - 1])) { objEnd += 1 }
        guard objEnd > objStart, !s.w[objStart].hasSuffix("ing"), !["to", "on", "for", "about"].contains(s.w[objStart]) else { return nil }
        let object = s.text(objStart, objEnd - 1)
        let head = s.w[objEnd - 1]
        let plural = ["them", "him", "her", "these", "those", "both"].contains(s.w[objStart]) || LanguageChecker.isPluralNoun(head)
        let pronounSubject = ["them": "they", "him": "they", "her": "they", "it": "it"]
        let subject = pronounSubject[object] ?? (s.isSentenceStart(objStart) ? object : object.lowercasedFirst)
        // ("It was the contractor who disabled the check that left us blind" → "The check was disabled, which left us blind")
        let cleft = a.start <= s.firstWordIndex + 3 && s.has("it was", at: s.firstWordIndex) && (s.word(a.end + 1) == "who" || s.word(a.end) == "who")
        let prefix = a.start > 0 && !cleft ? s.text(0, a.start - 1) : ""
        var rest = objEnd < s.count ? neutralPronouns(s.text(objEnd, s.endIndexBeforeFinalPunct)) : ""
        if cleft, let r = rest.range(of: " that ") ?? (rest.hasPrefix("that ") ? rest.range(of: "that ") : nil) { rest.replaceSubrange(r, with: ", which ") }
        if !rest.isEmpty, !rest.hasPrefix(","), !rest.hasPrefix(";") { rest = " " + rest }
        let clause = "\(subject) \(plural ? "were" : "was") \(participle)\(particle)\(rest)"
        let sentence = prefix.isEmpty ? clause.capitalizedFirst : prefix + " " + clause
        return sentence.trimmedSentence
    }

    /// "exactly", "quickly": an adverb ends the object ("the failover command exactly as written").
    static func isAdverb(_ w: String) -> Bool {
        w.count > 4 && w.hasSuffix("ly") && !["family", "assembly", "supply", "reply", "anomaly", "butterfly", "monopoly", "rally", "jelly", "belly", "bully", "ally", "italy"].contains(w)
    }

    /// "while she debugged it" → "while the engineer debugged it": the rewrite names no one.
    static func neutralPronouns(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: false).map { w -> String in
            switch w {
            case "she", "he": return "the engineer"
            case "She", "He": return "The engineer"
            case "his", "her": return "their"
            case "him": return "them"
            default: return String(w)
            }
        }.joined(separator: " ")
    }
}

extension English {
    /// `restart` → `restarted`, `stop` → `stopped`, `run` → `run`.
    static func participle(ofBase b: String) -> String {
        if let p = irregularParticiple[b] { return p }
        if b.hasSuffix("e") { return b + "d" }
        if b.hasSuffix("y"), let p = b.dropLast().last, !"aeiou".contains(p) { return String(b.dropLast()) + "ied" }
        let g = gerund(b)
        return String(g.dropLast(3)) + "ed"
    }
}
