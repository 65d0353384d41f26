/// Blame carried by a gerund tied to the harm ("an hour lost to Raj insisting it was the network") and by remedies that
/// restrict or summon one person ("Tomasz should not hold production credentials", "Li Wei to explain why he pushed").
extension LanguageChecker {
    /// Links that make what follows the cause: "due to Deepak restarting", "lost to Raj insisting".
    static let gerundCauseLinks: [String] = ["due to", "because of", "thanks to", "owing to", "lost to", "wasted on", "result of", "down to"]

    /// "Most of the second hour was lost to Raj insisting it was a network problem", "due to the DBA restoring the wrong snapshot".
    func gerundCauseBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable || a.strength == .outsider, a.strength != .they, !a.isWeak || a.strength == .initial else { return nil }
        var k = a.start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) { k -= 1 }
        guard k >= 1, let link = LanguageChecker.gerundCauseLinks.first(where: { s.has($0, at: k - 1) }) else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) { j += 1 }
        guard let g = s.word(j), s.isWord(j), g.hasSuffix("ing"), let past = English.past(ofGerund: g) ?? gerundOfInsistence(g) else { return nil }
        // the act was the remedy ("the error rate dropped thanks to Maria rolling back the change") or planned work
        if ["reverted", "fixed", "mitigated", "resolved", "restored", "rolled", "failed", "moved", "switched"].contains(past) && (past != "restored" || !s.span(j + 1, j + 5).contains { s.w[$0] == "wrong" }) { return nil }
        if link == "thanks to", !s.span(j + 1, s.count).contains(where: { Lex.badModifiers.contains(s.w[$0]) }), !s.w[0..<k].contains(where: { LanguageChecker.negativeOutcome.contains($0) }) { return nil }
        if plannedAnywhere(s) || hasSystemReason(s, after: j) { return nil }
        let who = agentText(s, a)
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(k - 1, j),
                          message: "\"\(s.text(k - 1, j))\" makes what \(AgentFinder.determiners.contains(s.w[a.start]) ? who.lowercasedFirst : who) did the cause; describe the step and what made it look right at the time.",
                          better: "Describe the step and its context: " + Rewrite.quote("<The step> took <how long>; <what the dashboards or the runbook showed at the time> pointed to it, and nothing set a point at which to change course"))
    }

    /// "insisting", "refusing", "deciding": verbs of will whose past the change lists do not hold.
    private func gerundOfInsistence(_ g: String) -> String? {
        ["insisting": "insisted", "refusing": "refused", "deciding": "decided", "choosing": "chose", "arguing": "argued", "debating": "debated",
         "waiting": "waited", "hesitating": "hesitated", "delaying": "delayed", "ignoring": "ignored", "debugging": "debugged"][g]
    }

    /// Verbs that summon a person to account: "Li Wei to explain to the VP why he pushed ...".
    static let summonVerbs: Set<String> = ["explain", "justify", "apologise", "apologize", "account", "defend"]

    /// Lessons and actions that restrict or summon one person or team instead of changing the system:
    /// "Tomasz should not hold production credentials", "Ops needs to stop pushing network changes on Fridays",
    /// "Jonas to be held accountable", "Li Wei to explain to the VP why he pushed the change".
    func restrictionBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, !a.isWeak || a.strength == .initial || s.toks[a.start].isCapitalized else { return nil }
        guard [.lessons, .actionItem, .couldBeBetter, .other, .summary].contains(role) else { return nil }
        let j = a.end + 1
        guard let v = s.word(j), s.isWord(j) else { return nil }
        let who = s.text(a.start, a.end)
        // "Li Wei to explain why he pushed ...", "Jonas to be held accountable": an action that opens with the person
        // (not "asked Tomasz to explain the timeline to customers")
        let opensWithPerson = !s.span(s.firstWordIndex, a.start).contains { s.isWord($0) }
        if v == "to", opensWithPerson, let n = s.word(j + 1), LanguageChecker.summonVerbs.contains(n) || n == "be" && s.has("held accountable", at: j + 2) {
            let end = n == "be" ? j + 3 : j + 1
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                              message: "\"\(s.text(a.start, end))\" calls a person to account; a review asks what let the change through, and the action changes that.",
                              better: "Make the action a change to the system: " + Rewrite.quote("Block <the change type> during a freeze window in the deploy tool, with an override that needs a second approver (owner: <team>, due <date>)"))
        }
        // "Ops needs to stop pushing network changes on Friday afternoons"
        if ["needs", "need", "has", "have", "must", "should"].contains(v), ["stop", "quit"].contains(s.word(j + (v == "must" || v == "should" ? 1 : 2)) ?? ""),
           v == "must" || v == "should" || s.word(j + 1) == "to" {
            let stop = j + (v == "must" || v == "should" ? 1 : 2)
            guard let g = s.word(stop + 1), g.hasSuffix("ing") else { return nil }
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, stop + 1),
                              message: "\"\(s.text(a.start, stop + 1))\" puts the fix on \(who)'s behaviour; say what the process or tooling will prevent.",
                              better: "Make it a safeguard, not a personal rule: " + Rewrite.quote("The deploy tool blocks <the risky change> in <the window> unless <the owning team> approves it"))
        }
        // "the ops team needs to be much more careful", "engineers need to double-check their work": care asked of people, not a safeguard
        if ["needs", "need", "must", "has", "have", "should"].contains(v) {
            var c = j + 1
            if ["needs", "need", "has", "have"].contains(v) { guard s.word(c) == "to" else { return nil }; c += 1 }
            let rest = s.w[s.span(c, c + 5)].joined(separator: " ")
            if let care = ["be more careful", "be much more careful", "be extra careful", "be careful", "double-check", "double check", "triple-check", "triple check",
                           "pay more attention", "pay attention", "be more vigilant", "be vigilant", "be more aware", "take more care", "check their work", "be more thorough",
                           "be extra careful", "be cautious", "be more cautious", "take care"].first(where: { rest.hasPrefix($0) }) {
                let end = min(c + care.split(separator: " ").count - 1, s.count - 1)
                return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                                  message: "\"\(s.text(a.start, end))\" asks people for more care instead of changing the system; add a safeguard that does not depend on it.",
                                  better: Rewrite.forCare(s, a))
            }
        }
        // "Tomasz should not hold production credentials on release night" (a named person; "should not have to" is the system's job)
        guard s.toks[a.start].isCapitalized, !Lex.departments.contains(s.w[a.start]), !Lex.roles.contains(s.w[a.start]), a.strength == .strong else { return nil }
        var n = j + 1
        if ["should", "must"].contains(v), s.word(j + 1) == "not" { n = j + 2 }
        else if !["shouldn't", "mustn't"].contains(v) { return nil }
        guard let act = s.word(n), s.isWord(n), !["have", "need", "be"].contains(act) || act == "be" && ["allowed", "trusted", "given", "able"].contains(s.word(n + 1) ?? "") else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                          message: "\"\(s.text(a.start, n))\" restricts one person instead of the system; say what access or check everyone will have.",
                          better: "Make it a safeguard, not a personal rule: " + Rewrite.quote("Production credentials are issued per change through <the access tool> and expire after it; nobody holds standing access on release night"))
    }
}
