/// Blame carried by how a sentence is framed rather than by its verb: a better course named after the act
/// ("instead of escalating"), a harmful result hung on the act ("..., dropping every in-flight request"),
/// a person's state as the reason ("because the SRE on shift was busy"), and "this one is on @ravi".
extension LanguageChecker {
    /// Gerunds that name the step a person is said to have skipped: "instead of escalating".
    static let dutyGerunds: Set<String> = ["escalating", "checking", "testing", "waiting", "following", "verifying", "reading", "asking",
        "paging", "reviewing", "confirming", "validating", "using", "rolling", "reverting", "calling", "looking", "investigating",
        "alerting", "telling", "notifying", "acting", "responding", "stopping", "raising", "staging", "canarying", "declaring",
        "consulting", "coordinating", "announcing", "filing", "opening", "running", "draining", "failing", "restoring", "backing"]
    /// Results that make the act the cause: "restarted all 40 pods at once, dropping every in-flight request".
    static let harmfulGerunds: Set<String> = ["dropping", "causing", "taking", "breaking", "deleting", "wiping", "knocking", "locking",
        "overloading", "crashing", "killing", "corrupting", "erasing", "destroying", "bringing", "triggering", "exhausting", "saturating",
        "truncating", "evicting", "flooding", "disconnecting", "logging", "blocking", "stalling", "losing", "exposing", "leaking"]
    /// A person's state given as the reason: "because the on-call engineer was busy".
    static let absentStates: Set<String> = ["busy", "away", "asleep", "late", "slow", "afk", "unresponsive", "unreachable", "absent",
        "distracted", "preoccupied", "out", "offline", "unavailable", "sleeping", "napping"]

    func framingBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable, a.strength != .we else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are"].contains(s.w[j]) { j += 1 }
        guard j < s.count, s.isWord(j) else { return nil }
        let v = s.w[j]
        func finding(_ e: Int, _ msg: String, _ better: String) -> RawFinding {
            RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(e, s.count - 1)), message: msg, better: better)
        }
        let who = agentText(s, a)
        // "sat on the hotfix for half an hour instead of escalating", "restarted the pod rather than draining the node"
        for m in (j + 1)..<min(s.count, j + 14) where s.isWord(m) {
            let alt = s.has("instead of", at: m) ? m + 2 : s.has("rather than", at: m) ? m + 2 : nil
            if let g = alt, let gw = s.word(g), LanguageChecker.dutyGerunds.contains(gw) {
                return finding(g, "\"\(who) ... \(s.text(m, g))\" judges a person's choice against a better course seen afterwards; describe what they knew and what the process asked of them.",
                               "Describe the situation, not the choice: " + Rewrite.quote("The runbook did not say when to \(LanguageChecker.infinitive(gw)); the responder <what they were doing, and why it seemed right at the time>") + ".")
            }
        }
        // "Priya restarted all 40 API pods at once, dropping every in-flight request"
        if Lex.changeVerbs.contains(v), !isPlannedWork(s, from: j + 1) {
            for m in (j + 1)..<s.count where s.isPunct(m) && s.w[m] == "," {
                guard let g = s.word(m + 1), LanguageChecker.harmfulGerunds.contains(g) else { continue }
                if ["taking", "bringing", "knocking", "logging"].contains(g), !(m + 2..<min(s.count, m + 7)).contains(where: { ["down", "offline", "out"].contains(s.w[$0]) }) { continue }
                let obj = Rewrite.cleanRest(s, from: j + 1)
                let cut = obj.split(separator: ",").first.map(String.init) ?? obj
                return finding(m + 1, "\"\(who) \(v) ..., \(g) ...\" makes a person's action the cause of the harm; describe the change and what let it have that effect.",
                               "Describe the change and what allowed it: " + Rewrite.quote("\(cut.capitalizedFirst) was \(English.participle(ofPast: v)) in one step, \(Rewrite.cleanRest(s, from: m + 1)); the tool <had no batch limit, confirmation or canary>") + ".")
            }
        }
        // "because the SRE on shift was busy with something else"
        if causalMarkerBefore(s, a.start), ["was", "were", "is", "are"].contains(v), let st = s.word(j + 1), LanguageChecker.absentStates.contains(st),
           !s.negated(before: j + 1, within: 2) {
            return finding(j + 1, "The reason is given as \(who.lowercasedFirst)'s state; say what in the rota, paging or tooling made the outcome depend on one person being free.",
                           "Describe the system around the person: " + Rewrite.quote("The page went to one person, with no secondary and no escalation after <N> minutes without acknowledgement") + ".")
        }
        return nil
    }

    /// "this one is on @ravi_k", "that's on the platform team": accountability placed on a person.
    func onPersonBlame(_ s: Sentence) -> [RawFinding] {
        for i in 1..<max(1, s.count) where s.w[i] == "on" {
            let p = s.w[i - 1]
            guard ["is", "was", "that's", "it's", "this's", "squarely", "entirely", "totally", "all"].contains(p) else { continue }
            var q = i + 1
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard q < s.count, let a = finder.agent(s, at: q), a.isBlameable, a.strength == .strong || a.strength == .they else { continue }
            // "the page was on the platform team's rota" is a place, not a verdict: the clause must end at the person
            let after = a.end + 1
            if after < s.count, s.isWord(after), !["and", "but", "for", "again", "this", "that"].contains(s.w[after]) { continue }
            return [RawFinding(check: "blame", at: i, excerpt: s.text(i - 1, a.end),
                               message: "\"\(s.text(i - 1, a.end))\" places the incident on a person; describe what allowed it.",
                               better: "Describe what allowed it: " + Rewrite.quote("The flag went to 100% in one step: the rollout tool has no staged percentages and no guard on error rate") + ".")]
        }
        return []
    }

    static func infinitive(_ gerund: String) -> String {
        guard gerund.hasSuffix("ing") else { return gerund }
        let stem = String(gerund.dropLast(3))
        if English.eStems.contains(stem) { return stem + "e" }
        if stem.count > 2, let l = stem.last, stem.dropLast().last == l, !"lsz".contains(l) { return String(stem.dropLast()) }
        return stem
    }
}
