/// Better phrasings for counterfactuals: what actually happened, in place of the world that did not.
extension Rewrite {
    static func forCounterfactual(_ s: Sentence, from i: Int) -> String {
        // "If only we had had a canary" → "There was no canary"
        if let h = s.w.firstIndex(where: { $0 == "had" }), h >= i - 1 {
            var j = h + 1
            if s.word(j) == "had" { j += 1 }
            if ["the", "our", "this", "that"].contains(s.word(j) ?? ""), let b = s.span(j + 1, j + 6).first(where: { s.w[$0] == "been" }) {
                let np = s.text(j, b - 1)
                let rest = cleanRest(s, from: b + 1)
                return "Describe what actually happened: " + quote("\(np.capitalizedFirst) was not \(rest.isEmpty ? "in place" : rest); <what happened as a result>")
            }
            if ["a", "an", "any", "the", "more", "better", "some"].contains(s.word(j) ?? "") {
                let np = cleanRest(s, from: j + (["a", "an", "any", "the", "some"].contains(s.w[j]) ? 1 : 0))
                if !np.isEmpty { return "Describe what actually happened: " + quote("There was no \(np.lowercasedFirst), so <what happened as a result>") }
            }
            if let n = s.word(j), ["we", "they", "the", "someone", "i"].contains(n) {
                return "Describe what actually happened, not what might have: " + quote("<What was in place> did not <catch/prevent> it, so <what happened>")
            }
            if j < s.count, s.w[j].hasSuffix("ed") {
                let rest = cleanRest(s, from: j + 1)
                if !rest.isEmpty { return "Describe what actually happened: " + quote("\(rest.capitalizedFirst) was not \(s.w[j]); <what made that likely>") }
            }
        }
        // "Appointing an incident manager could have helped" → "No incident manager was appointed; <what that meant>"
        let f = s.firstWordIndex
        if English.opensWithAct(s), let m = s.span(f + 1, s.count).first(where: { ["could", "would", "might", "may"].contains(s.w[$0]) }), m > f + 1, m <= f + 8,
           s.span(f + 1, m).allSatisfy({ s.isWord($0) }) {
            let obj = s.text(f + 1, m - 1)
            let words = obj.split(separator: " ").map(String.init)
            let np = ["a", "an", "the", "some", "any"].contains(words[0].lowercased()) ? words.dropFirst().joined(separator: " ") : obj
            // ("Having a second reviewer might have caught it" → "There was no second reviewer")
            if s.w[f] == "having" { return "Describe what actually happened: " + quote("There \(English.be(for: np)) no \(np), so <what that meant during the incident, with times>") }
            let pp = English.participle(ofBase: English.baseOfGerund(s.w[f]))
            return "Describe what actually happened: " + quote("No \(np) \(English.be(for: np)) \(pp), so <what that meant during the incident, with times>")
        }
        return "Describe what actually happened and what the system allowed, e.g. “The change reached all hosts at once: the pipeline has no canary stage.”"
    }
}
