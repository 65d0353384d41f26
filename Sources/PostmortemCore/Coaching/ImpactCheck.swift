extension LanguageChecker {
    // MARK: impact

    static let impactWords: Set<String> = Lex.impactNouns.union(["down", "unavailable", "outage", "degraded", "unable", "couldn't",
        "could", "errors", "slow", "failing", "inaccessible", "offline", "disrupted", "interrupted", "elevated", "increased", "spiked", "impacted", "affected"])

    func unquantified(_ s: Sentence, role: TextRole, textHasNumber: Bool) -> [RawFinding] {
        if s.hasNumber { return [] }
        if s.isQuestion { return [] }
        // "Services impacted: checkout, search" — a list, not a quantity
        if let c = s.toks.firstIndex(where: { $0.text == ":" }), c > 0 {
            let label = Set(s.w[0..<c])
            if !label.isDisjoint(with: ["service", "services", "component", "components", "system", "systems", "region", "regions", "severity", "status", "product", "products", "features", "feature", "tags", "loss"]) { return [] }
        }
        // vague quantity next to an impact noun: "many users", "some customers", "for a while"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if Lex.vagueQuantifiers.contains(x) {
                if x == "while", !(i > 0 && s.w[i - 1] == "a") { continue }
                if x == "most" && s.word(i + 1) == "of" && false { continue }
                let near = s.w[(i + 1)..<min(s.count, i + 5)]
                if x == "while" || near.contains(where: { Lex.impactNouns.contains($0) || ["time", "period", "minutes", "hours", "duration"].contains($0) }) {
                    if x == "significant" || x == "large" || x == "small" || x == "substantial" || x == "considerable" {
                        guard near.contains(where: { ["number", "portion", "share", "fraction", "percentage", "part", "amount", "impact"].contains($0) }) || near.first.map({ Lex.impactNouns.contains($0) }) == true else { continue }
                    }
                    return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, min(i + 2, s.count - 1)),
                                       message: "\"\(s.text(i, min(i + 1, s.count - 1)))\" is not a number; say how many, for how long, or what share.",
                                       better: Rewrite.forImpact(s))]
                }
            }
            if ["went", "go", "increased", "rose", "spiked", "jumped", "climbed", "dropped", "degraded", "grew", "fell"].contains(x), i > 0,
               ["errors", "latency", "error", "traffic", "failures", "timeouts", "revenue", "conversions", "requests"].contains(s.w[i - 1]) || (i > 1 && s.w[i - 1] == "rate" && s.w[i - 2] == "error") {
                if role == .timeline { continue }
                return [RawFinding(check: "unquantified-impact", at: i - 1, excerpt: s.text(i - 1, min(i + 1, s.count - 1)),
                                   message: "Say by how much: from what to what, for how long.",
                                   better: Rewrite.forImpact(s))]
            }
        }
        guard role == .impact, !textHasNumber else { return [] }
        guard let i = s.w.firstIndex(where: { LanguageChecker.impactWords.contains($0) }) else { return [] }
        if s.containsAny(["no", "none", "zero", "nothing", "not"]) && s.containsAny(["lost", "loss", "data", "leaked", "exposed", "affected", "impacted", "impact"]) && !s.containsAny(["users", "customers"]) { return [] }
        return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.fullText,
                           message: "The impact has no numbers; give users affected, duration and error rate.",
                           better: Rewrite.forImpact(s))]
    }
}
