extension LanguageChecker {
    // MARK: impact

    static let impactWords: Set<String> = Lex.impactNouns.union(["down", "unavailable", "outage", "degraded", "unable", "couldn't",
        "could", "errors", "slow", "failing", "inaccessible", "offline", "disrupted", "interrupted", "elevated", "increased", "spiked", "impacted", "affected"])

    /// Countable things an impact statement may leave uncounted, read in impact and summary text only.
    static let affectedThings: Set<String> = ["integrations", "integration", "regions", "region", "services", "partners", "devices", "apps",
        "webhooks", "deliveries", "notifications", "workloads", "shoppers", "subscribers", "members", "stores", "vendors", "endpoints",
        "clusters", "hosts", "servers", "instances", "databases", "repositories", "projects", "teams", "organizations", "organisations",
        "workspaces", "zones", "markets", "countries", "drivers", "riders", "patients", "players", "listeners", "viewers", "readers", "sellers", "buyers"]

    func unquantified(_ s: Sentence, role: TextRole, textHasNumber: Bool) -> [RawFinding] {
        if s.hasNumber { return [] }
        if s.isQuestion { return [] }
        // "Services impacted: checkout, search" — a list, not a quantity
        if let c = s.toks.firstIndex(where: { $0.text == ":" }), c > 0 {
            let label = Set(s.w[0..<c])
            if !label.isDisjoint(with: ["service", "services", "component", "components", "system", "systems", "region", "regions", "severity", "status", "product", "products", "features", "feature", "tags", "loss"]) { return [] }
        }
        // in impact and summary text, any countable thing affected: "most integrations", "several regions"
        let nouns = role == .impact || role == .summary ? Lex.impactNouns.union(LanguageChecker.affectedThings) : Lex.impactNouns
        // the vague phrase itself, for the excerpt: "a number of customers", "for a while", "a large portion"
        func phrase(_ i: Int) -> (Int, Int) {
            var st = i
            if st > 0, ["a", "an", "the"].contains(s.w[st - 1]) { st -= 1 }
            if s.w[i] == "while", st > 0, s.w[st - 1] == "for" { st -= 1 }
            if s.w[i] == "while" { return (st, i) }
            let hit = (i + 1..<min(s.count, i + 5)).first(where: { s.isWord($0) && (nouns.contains(s.w[$0]) || ["time", "period"].contains(s.w[$0])) })
            let e = hit ?? min(i + 1, s.count - 1)
            return (st, e)
        }
        // "a number of customers", "major impact"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "number", i > 0, s.w[i - 1] == "a", s.word(i + 1) == "of",
               (i + 2..<min(s.count, i + 6)).contains(where: { nouns.contains(s.w[$0]) }) {
                let (a, b) = phrase(i)
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                   message: "\"\(s.text(a, b))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
            if ["major", "huge", "massive", "widespread", "extensive", "serious", "severe", "big"].contains(x), role == .impact || role == .summary,
               let n = s.word(i + 1), ["impact", "disruption", "outage", "degradation", "portion", "part", "share", "number", "effect", "loss"].contains(n) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, i + 1),
                                   message: "\"\(s.text(i, i + 1))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
        }
        // vague quantity next to an impact noun: "many users", "some customers", "for a while"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if Lex.vagueQuantifiers.contains(x) {
                if x == "while", !(i > 0 && s.w[i - 1] == "a") { continue }
                if x == "most" && s.word(i + 1) == "of" && false { continue }
                let near = s.w[(i + 1)..<min(s.count, i + 5)]
                if x == "while" || near.contains(where: { nouns.contains($0) || ["time", "period", "minutes", "hours", "duration"].contains($0) }) {
                    if x == "significant" || x == "large" || x == "small" || x == "substantial" || x == "considerable" {
                        guard near.contains(where: { ["number", "portion", "share", "fraction", "percentage", "part", "amount", "impact"].contains($0) }) || near.first.map({ nouns.contains($0) }) == true else { continue }
                    }
                    let (a, b) = phrase(i)
                    return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                       message: "\"\(s.text(a, b))\" is not a number; say how many, for how long, or what share.",
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
