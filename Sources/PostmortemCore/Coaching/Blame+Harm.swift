/// Blame carried by tying a person's act to the harm, whatever the verb: "Firmware 4.2 bricked 900 devices after Tomasz
/// pushed it to the full fleet", "The outage began when Lena ran the migration", "the DBA restored the wrong snapshot,
/// which added another 40 minutes to the outage", "the problem she had introduced".
extension LanguageChecker {
    /// Acts a person does on a system, beyond `Lex.changeVerbs`, that become blame when tied to the harm.
    static let actVerbs: Set<String> = ["kept", "insisted", "refused", "told", "instructed", "restored", "decided", "chose", "opted",
        "declined", "overrode", "bypassed", "skipped", "ignored", "approved", "signed", "waved", "forced", "failed", "tried", "attempted",
        "went", "held", "delayed", "postponed", "waited", "handled", "opened", "typed", "sent", "shared", "posted", "let", "allowed", "treated",
        "took"]
    /// Verbs that, after a weak agent (an unknown capitalised word), are still only a person's: "after Tomasz pushed it".
    static let humanActVerbs: Set<String> = ["pushed", "ran", "deployed", "merged", "typed", "entered", "approved", "applied", "edited",
        "changed", "committed", "shipped", "released", "clicked", "uploaded", "copied", "pasted", "wrote", "disabled", "silenced",
        "snoozed", "muted", "executed", "submitted", "modified", "overrode", "insisted", "decided", "chose", "opted", "kept", "refused",
        "told", "restored", "signed", "forced"]
    /// Verbs of harm in the clause the act is tied to: "bricked 900 devices after ...".
    static let harmVerbs: Set<String> = ["bricked", "broke", "crashed", "failed", "stalled", "hung", "froze", "errored", "rejected",
        "declined", "corrupted", "spiked", "delayed", "prolonged", "lengthened", "extended", "tipped", "overloaded", "wiped", "bounced",
        "lost", "leaked", "exposed", "broken", "dropped", "double-charged", "duplicated", "stuck", "slowed", "degraded", "halted", "longer", "slow"]
    /// Words that say the clause is about recovery, not harm: "Service recovered after Maria rolled back".
    static let recoveryWords: Set<String> = ["stopped", "recovered", "resolved", "returned", "mitigated", "restored", "cleared", "fixed",
        "healthy", "normal", "baseline", "succeeded", "worked", "drained", "ended", "subsided", "eased", "improved", "disappeared", "vanished",
        "fell", "normalised", "normalized", "resumed", "stabilised", "stabilized", "contained", "identification", "identified", "diagnosis",
        "diagnosed", "found", "resolution", "discovery", "discovered", "caught", "prevented", "avoided", "saved", "limited", "succeeding", "recovering", "working"]
    static let temporalLinks: Set<String> = ["after", "when", "once", "because", "since", "as"]
    /// Longest first: "which is when" must win over "which".
    static let resultLinks: [String] = ["and that is why", "and that's why", "which is when", "which is what", "which is why", "that is why",
        "this is why", "and then", "leading to", "and this", "causing", "thereby", "which", "so"] + harmParticiples
    /// Links that are harm themselves when what follows is the incident or its time: ", dragging the outage out by another hour".
    static let harmParticiples: [String] = ["dragging", "prolonging", "extending", "delaying", "worsening", "lengthening", "adding", "costing"]

    /// "harm after/when/because <person> <act>" or "<person> <act> ..., which <harm>".
    func harmLinkedBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, !s.containsAny(["blameless"]) else { return nil }
        guard let j = actVerb(after: a, in: s) else { return nil }
        let v = s.w[j]
        if a.isWeak, !LanguageChecker.humanActVerbs.contains(v) { return nil }
        // the act itself was the remedy: "The error rate dropped after Maria rolled back the change"
        let remedyAct = ["reverted", "fixed", "mitigated", "resolved"].contains(v) || s.has("back", at: j + 1) && ["rolled", "switched", "failed", "moved"].contains(v)
        if plannedAnywhere(s) || hasSystemReason(s, after: j) { return nil }
        if s.span(a.start, j + 12).contains(where: { LanguageChecker.unintendedAdverbs.contains(s.w[$0]) }) { return nil }
        let who = agentText(s, a)
        func finding(_ end: Int) -> RawFinding {
            RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(end, s.count - 1)),
                       message: "This ties the harm to what \(AgentFinder.determiners.contains(s.w[a.start]) ? who.lowercasedFirst : who) did; describe the change and what let it have that effect.",
                       better: Rewrite.forCommission(s, a, verbAt: j))
        }
        // the link before the person: "after Tomasz pushed", "began when Lena ran", "because Priya kept"
        var k = a.start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) { k -= 1 }
        if k >= 0, LanguageChecker.temporalLinks.contains(s.w[k]), k > 0, !remedyAct {
            let main = Array(s.w[0..<k])
            let causal = ["because", "since"].contains(s.w[k])
            // ("the incident commander went ahead ...": a role named after the incident is not harm)
            let harmInMain = main.indices.contains { i in (LanguageChecker.negativeOutcome.contains(main[i]) || LanguageChecker.harmVerbs.contains(main[i]))
                && !(i + 1 < main.count && ["commander", "manager", "channel", "response", "responder", "review", "bridge", "room", "lead", "coordinator"].contains(main[i + 1])) }
            let recoveryInMain = main.contains { LanguageChecker.recoveryWords.contains($0) }
            if !recoveryInMain, harmInMain || causal && s.w[s.span(j, s.count)].contains(where: { LanguageChecker.negativeOutcome.contains($0) }) {
                return finding(j)
            }
        }
        // the link after the act: ", which added 40 minutes to the outage", ", which is when the errors started"
        let end = s.endIndexBeforeFinalPunct
        var m = j + 1
        while m <= end {
            if s.isPunct(m), [";", "."].contains(s.w[m]) { break }
            if let link = LanguageChecker.resultLinks.first(where: { s.has($0, at: m) }) {
                let tailStart = m + link.split(separator: " ").count
                var tailEnd = tailStart
                while tailEnd <= end, !(s.isPunct(tailEnd) && [";", "."].contains(s.w[tailEnd])), s.w[tailEnd] != "but" { tailEnd += 1 }
                let tail = tailStart < tailEnd ? Array(s.w[tailStart..<tailEnd]) : []
                let timeOrIncident = tail.contains { LanguageChecker.negativeOutcome.contains($0) || ["minutes", "hours", "minute", "hour", "recovery", "rollback", "fix", "mitigation", "resolution", "restore"].contains($0) }
                let harmful = LanguageChecker.harmParticiples.contains(link) && timeOrIncident
                    || tail.contains { LanguageChecker.harmVerbs.contains($0) && $0 != "failed" } || (tailStart..<tailEnd).contains { isCausal(s, $0) }
                    || tail.contains { LanguageChecker.negativeOutcome.contains($0) } && tail.contains { ["added", "extended", "started", "began", "meant", "made", "caused", "led", "left", "cost", "kept"].contains($0) }
                if harmful, !remedyAct, !tail.contains(where: { LanguageChecker.recoveryWords.contains($0) }) { return finding(j) }
                m = tailEnd
                continue
            }
            m += 1
        }
        return nil
    }

    /// The person's act: the verb after the agent, past auxiliaries, adverbs and "decided to", "went ahead and", "insisted on".
    func actVerb(after a: Agent, in s: Sentence) -> Int? {
        var j = a.end + 1
        if s.word(j) == ",", s.word(j + 1) == "who" { j += 2 }
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) || ["had", "has", "then", "just", "personally", "quickly", "still"].contains(s.w[j]) {
            if ["was", "were", "is", "are", "been", "be"].contains(s.w[j]) { return nil }
            j += 1
        }
        guard j < s.count, s.isWord(j) else { return nil }
        let v = LanguageChecker.headVerb(s.w[j])
        if s.negated(before: j, within: 2) { return nil }
        guard Lex.changeVerbs.contains(v) || LanguageChecker.actVerbs.contains(v) else { return nil }
        // ("decided to restart ...": the rewrite reads the second verb; the finding points at the decision)
        if v == "went", s.word(j + 1) != "ahead" { return nil }
        return j
    }

    /// "routine", "planned", "as documented", "per the runbook" anywhere: the act was the expected one.
    func plannedAnywhere(_ s: Sentence) -> Bool {
        (s.span(0, s.count)).contains { m in
            Lex.plannedWords.contains(s.w[m]) && !s.negated(before: m, within: 2) && !(s.w[m] == "approved" && m > 0 && finder.agent(s, at: m - 1) != nil)
                || ["as planned", "as scheduled", "as instructed", "as documented", "as written", "as described", "per the runbook", "according to the runbook",
                    "following the runbook", "as the runbook", "the runbook's", "per the playbook"].contains { s.has($0, at: m) }
        }
    }

    /// "It is up to the user to be vigilant", "it's on the engineer to remember": the safeguard put on a person.
    func upToPersonBlame(_ s: Sentence) -> [RawFinding] {
        for i in 0..<s.count where s.has("up to", at: i) && i > 0 && ["is", "was", "it's", "remains"].contains(s.w[i - 1]) {
            var q = i + 2
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard q < s.count, let a = finder.agent(s, at: q), a.isBlameable || ["user", "users", "customer", "customers"].contains(s.w[q]) || Lex.roles.contains(s.w[q]) else {
                guard q < s.count, ["user", "users", "customer", "customers", "reader", "recipient", "recipients"].contains(s.w[q]), s.word(q + 1) == "to" else { continue }
                return [upTo(s, i, q)]
            }
            guard s.word(a.end + 1) == "to" else { continue }
            return [upTo(s, i, a.end)]
        }
        return []
    }

    private func upTo(_ s: Sentence, _ i: Int, _ end: Int) -> RawFinding {
        RawFinding(check: "blame", at: i, excerpt: s.text(i, end),
                   message: "Making safety \"up to\" a person puts the fix on them; say what the system does so one lapse cannot cause harm.",
                   better: "Name the safeguard instead: " + Rewrite.quote("Links in inbound email are rewritten and checked against <the allow-list>; sign-in requires a phishing-resistant second factor"))
    }

    /// "the problem she had introduced", "the bug Maria shipped on Friday": a harm named as a person's work.
    func authoredHarmBlame(_ s: Sentence) -> [RawFinding] {
        let harmNouns: Set<String> = ["problem", "bug", "regression", "outage", "issue", "error", "errors", "incident", "breakage", "mess", "damage", "fault"]
        for i in 0..<s.count where harmNouns.contains(s.w[i]) {
            var q = i + 1
            if ["that", "which"].contains(s.word(q) ?? "") { q += 1 }
            guard q < s.count, let a = finder.agent(s, at: q), a.isBlameable, a.strength == .strong, a.strength != .they else { continue }
            var v = a.end + 1
            while v < s.count, ["had", "has", "just", "herself", "himself", "themselves", "originally", "earlier"].contains(s.w[v]) { v += 1 }
            guard let verb = s.word(v), ["introduced", "caused", "created", "made", "shipped", "pushed", "deployed", "started", "broke"].contains(verb) else { continue }
            return [RawFinding(check: "blame", at: q, excerpt: s.text(i, v),
                               message: "\"\(s.text(i, v))\" names a person as the author of the failure; describe the change and what let it through.",
                               better: "Describe the change, not its author: " + Rewrite.quote("The \(s.w[i]) came from <the change> deployed <when>; <the check that would have caught it> was not in place"))]
        }
        return []
    }

    /// "the SRE on call, Mateus, restarted ...": the name in apposition belongs to the agent.
    func withAppositive(_ a: Agent, in s: Sentence) -> Agent {
        // "Mrs. Keller from bioinformatics group changed ...", "Ana from the platform team deployed ...": the person's team belongs to them
        if a.strength == .strong || a.strength == .weak, ["from", "of", "on", "in", "at"].contains(s.word(a.end + 1) ?? ""),
           let g = s.span(a.end + 2, a.end + 6).first(where: { ["team", "group", "department", "dept", "desk", "squad", "unit", "office", "crew", "side", "shift", "operations", "ops", "room", "centre", "center", "floor"].contains(s.w[$0]) }),
           s.span(a.end + 2, g).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }), g + 1 < s.count, s.isWord(g + 1) {
            var out = a
            out.end = g
            return out
        }
        // "the installer contracted by our Manchester dealer flashed them": who hired the person, then their act
        if a.strength == .strong || a.strength == .weak, let p = s.word(a.end + 1), ["contracted", "hired", "employed", "engaged", "sent", "assigned", "appointed", "subcontracted"].contains(p),
           s.word(a.end + 2) == "by", let v = s.span(a.end + 3, a.end + 9).first(where: { Lex.changeVerbs.contains(s.w[$0]) && English.isPast(s.w[$0]) }),
           s.span(a.end + 3, v).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }) {
            var out = a
            out.end = v - 1
            return out
        }
        // "The clerk responsible for the fee schedule ignored ...", "the analyst in charge of reconciliation did not perform it": the duty
        // names the person, and the act follows it
        if a.strength == .strong || a.strength == .weak, let d = s.word(a.end + 1),
           d == "responsible" && s.word(a.end + 2) == "for" || d == "in" && s.word(a.end + 2) == "charge" && s.word(a.end + 3) == "of" || ["tasked", "charged", "entrusted"].contains(d) && s.word(a.end + 2) == "with",
           case let from = a.end + (d == "in" ? 4 : 3),
           let v = s.span(from + 1, from + 8).first(where: { k in !AgentFinder.determiners.contains(s.w[k - 1]) && (English.isPast(s.w[k]) && !s.toks[k].isCapitalized || Lex.failingVerbs.contains(s.w[k])
               || ["did", "didn't", "never", "failed", "was", "wasn't", "had", "hadn't", "should", "should've", "knowingly"].contains(s.w[k])) }),
           s.span(from, v).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) && !["is", "are", "was", "were"].contains(s.w[$0]) }) {
            var out = a
            out.end = v - 1
            return out
        }
        // "The responsible of the sector, M. Fabre, did not verify ...": the name is itself the apposition, and the verb follows it
        // (not "Ana stopped line, called QA, didn't try to fix it herself": a list of acts, each with its own verb)
        if a.strength == .strong, a.start > 1, s.w[a.start - 1] == ",", s.word(a.end + 1) == ",", let v = s.word(a.end + 2),
           s.toks[a.start].isCapitalized, !s.toks[a.start].isAllCaps || s.toks[a.start].text.count == 1, !s.span(s.firstWordIndex, a.start - 1).contains(where: { English.isPast(s.w[$0]) || Lex.changeVerbs.contains(s.w[$0]) }),
           ["did", "didn't", "failed", "never", "hadn't", "forgot", "ignored", "neglected", "omitted", "skipped"].contains(v) {
            var out = a
            out.end = a.end + 1
            return out
        }
        // "Skipper on the Sea Merlin last month didn't report his console fault": where the person works, then a failing verb
        if a.strength == .strong || a.strength == .weak, let p = s.word(a.end + 1), ["on", "aboard", "at"].contains(p),
           let v = s.span(a.end + 3, a.end + 9).first(where: { ["didn't", "did", "failed", "never", "hadn't", "wasn't", "forgot", "ignored", "neglected", "omitted"].contains(s.w[$0]) }),
           s.span(a.end + 2, v).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) && !English.isPast(s.w[$0]) && !["is", "are", "was", "were", "who", "that", "and", "or"].contains(s.w[$0]) }),
           v != a.end + 3 || s.w[v] != "did" {
            var out = a
            out.end = v - 1
            return out
        }
        // "the shift technician, he override the hold on lot 7734": the person picked up again by a pronoun before the verb
        if a.strength == .strong, s.word(a.end + 1) == ",", let p = s.word(a.end + 2), ["he", "she"].contains(p), s.isWord(a.end + 3) {
            var out = a
            out.end = a.end + 2
            return out
        }
        // an aside between the person and the verb: "Kevin, instead of rolling back, decided ...", "the contractors (not naming names) pushed"
        let asideOpeners: Set<String> = ["instead", "despite", "against", "without", "after", "before", "as", "once", "in", "on", "at", "rather",
            "unfortunately", "however", "apparently", "again", "also", "of", "not", "who", "having", "being"]
        if let open = s.word(a.end + 1), open == "," || open == "(", let first = s.word(a.end + 2), asideOpeners.contains(first) || open == "(" {
            let close = open == "," ? "," : ")"
            // ("Henrik, who was eager to close the ticket before his holiday, bypassed ...": the main verb follows the clause;
            // "waited on Finance, who did not pick up" keeps the clause as the act)
            let reach = first == "who" ? 16 : 10
            if let c = s.span(a.end + 3, a.end + reach).first(where: { s.w[$0] == close }), c + 1 < s.count, s.isWord(c + 1),
               open == "(" || first != "who" || English.isPast(s.w[c + 1]) || Lex.blameAdverbs.contains(s.w[c + 1]) || ["then", "never", "still"].contains(s.w[c + 1]),
               !s.span(a.end + 2, c).contains(where: { s.isPunct($0) && [".", ";"].contains(s.w[$0]) }) {
                var out = a
                out.end = c
                return out
            }
        }
        // "the night nurse, Staff Nurse Hale, failed to ...": a title and a name, all capitalised, in apposition
        if a.strength == .strong || a.strength == .weak, s.word(a.end + 1) == ",", let c = s.span(a.end + 3, a.end + 6).first(where: { s.w[$0] == "," }),
           s.span(a.end + 2, c).allSatisfy({ s.isWord($0) && s.toks[$0].isCapitalized && !s.toks[$0].isAllCaps }), c + 1 < s.count, s.isWord(c + 1), English.isPast(s.w[c + 1]) || Lex.failingVerbs.contains(s.w[c + 1]) {
            var out = a
            out.end = c
            return out
        }
        guard s.word(a.end + 1) == ",", a.end + 2 < s.count, let n = finder.agent(s, at: a.end + 2), n.strength != .we, n.strength != .they,
              s.word(n.end + 1) == "," else { return a }
        var out = a
        out.end = n.end + 1
        if out.strength != .strong { out.strength = n.strength == .strong ? .strong : out.strength }
        return out
    }

    static let responseVerbs: Set<String> = ["escalated", "responded", "arrived", "joined", "acknowledged", "acked", "reacted", "answered",
        "replied", "reported", "paged", "called", "noticed", "showed", "logged", "picked", "got"]

    /// "Support escalated late", "the on-call responded too slowly": a judgement of a person's timing instead of the time it took.
    /// "Oluwaseun needs to run changes past the network team": a lesson that puts the fix on one person.
    func personalRemedyBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, !a.isWeak || a.strength == .initial else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), ["then", "only", "also", "eventually", "finally"].contains(s.w[j]) { j += 1 }
        guard let v = s.word(j), s.isWord(j) else { return nil }
        if LanguageChecker.responseVerbs.contains(v), !hasSystemReason(s, after: j) {
            var m = j + 1
            if ["up", "in", "on", "to", "the", "page", "call", "channel", "incident", "bridge", "alert"].contains(s.word(m) ?? "") { m += 1 }
            if ["page", "call", "channel", "incident", "bridge", "alert", "up", "in"].contains(s.word(m) ?? "") { m += 1 }
            if let x = s.word(m), x == "late" || x == "slowly" || x == "too" && ["late", "slowly"].contains(s.word(m + 1) ?? "") {
                let end = x == "too" ? m + 1 : m
                return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                                  message: "\"\(s.text(a.start, end))\" judges a person's timing; give the times and what made the step slow.",
                                  better: "Give the times and what shaped them: " + Rewrite.quote("The page fired at <time> and was escalated at <time>; the runbook gives no escalation threshold for <this alert>"))
            }
        }
        // "QA signed off on a build that had never been tested against ...": approval of something unchecked, the approver as the gap
        // ("13:05 – Jono signs off the rollout without checking ...": a timeline's present tense)
        if ["approved", "signed", "okayed", "accepted", "merged", "greenlit", "rubber-stamped", "approves", "signs", "okays", "accepts", "merges"].contains(v),
           !["signed", "signs"].contains(v) || ["off", "for"].contains(s.word(j + 1) ?? "") {
            let end = min(s.count, j + 16)
            if let u = (j + 1..<end).first(where: { k in ["untested", "unreviewed", "unverified", "unvalidated"].contains(s.w[k])
                    || s.w[k] == "without" && (s.word(k + 1).map { $0.hasSuffix("ing") || Lex.withoutObjects.contains($0) } ?? false)
                    || ["tested", "reviewed", "verified", "validated", "checked", "run", "exercised", "tried", "staged"].contains(s.w[k]) && (max(j + 1, k - 3)..<k).contains(where: { ["never", "not"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) }),
               !hasSystemReason(s, after: u) {
                return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, u),
                                  message: "\"\(s.text(a.start, j))\" ... \(s.w[u]) makes the approver the gap; say what the release process required before approval and what it did not check.",
                                  better: "Describe the gate, not the approver: " + Rewrite.quote("The build was approved without a test run against <what>; the release checklist does not require one and CI does not run it"))
            }
        }
        // "Ops held up the rollback", "delayed the failover": a person as what stood between the incident and its remedy
        let remedies: Set<String> = ["rollback", "roll-back", "fix", "failover", "recovery", "mitigation", "investigation", "restore", "revert", "hotfix", "escalation"]
        if ["held", "delayed", "blocked", "stalled", "postponed", "slowed"].contains(v), let o = s.span(j + 1, j + 5).first(where: { remedies.contains(s.w[$0]) }),
           v != "held" || s.word(j + 1) == "up" {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, o),
                              message: "\"\(s.text(a.start, o))\" makes people the obstacle to recovery; say what they were weighing and what the process said.",
                              better: "Describe the trade-off and the gap: " + Rewrite.quote("The \(s.w[o]) waited <how long> while <what was being established>; the runbook gives no point at which to \(s.w[o] == "investigation" ? "escalate" : "roll back") without it"))
        }
        // "The networking team was slow to respond"
        if ["was", "were"].contains(v), s.word(j + 1) == "slow" || s.word(j + 1) == "late", ["to", "in"].contains(s.word(j + 2) ?? "") {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j + 2),
                              message: "\"\(s.text(a.start, j + 2))\" judges people's speed; give the times and what shaped them.",
                              better: "Give the times and what shaped them: " + Rewrite.quote("The networking team was paged at <time> and joined at <time>; the page went to a shared inbox, not the on-call rotation"))
        }
        // "@aronasorman looked over it without being thorough": a verdict on care
        if let w = s.span(j + 1, j + 8).first(where: { s.w[$0] == "without" && s.word($0 + 1) == "being" }),
           let adj = s.word(w + 2), ["thorough", "careful", "diligent", "attentive", "cautious", "rigorous"].contains(adj) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, w + 2),
                              message: "\"\(s.text(w, w + 2))\" judges a person's care; say what the review asked for and what it did not check.",
                              better: "Describe what the review covered: " + Rewrite.quote("The review covered <what>; nothing in it checked <what was missed>, and no test covers it"))
        }
        // "Support sat on the customer reports for most of the morning": a verdict on how long someone held something
        if v == "sat", s.word(j + 1) == "on", s.isWord(j + 2) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j + 1),
                              message: "\"\(s.text(a.start, j + 1))\" judges a person's delay; give the times and what the process asked of them.",
                              better: "Give the times and what shaped them: " + Rewrite.quote("The first customer report arrived at <time> and reached engineering at <time>; the support runbook gives no threshold for escalating repeated reports"))
        }
        // "The platform team eventually owned up to their change": a confession is a verdict
        if v == "owned" && s.word(j + 1) == "up" || ["confessed", "admitted"].contains(v) && ["to", "that"].contains(s.word(j + 1) ?? "") {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j + 1),
                              message: "\"\(s.text(a.start, j + 1))\" frames sharing information as a confession; say when the change was identified and how.",
                              better: "Say how the change was identified: " + Rewrite.quote("At <time> the change was identified as the trigger from <the deploy log or the team's report>, and it was rolled back"))
        }
        // a named person, not a role: lessons and reviews that say what one person must do next time
        guard role != .actionItem, role != .timeline, s.toks[a.start].isCapitalized, !Lex.roles.contains(s.w[a.start]), !Lex.departments.contains(s.w[a.start]),
              AgentFinder.determiners.contains(s.w[a.start]) == false else { return nil }
        let must = (v == "needs" || v == "has") && s.word(j + 1) == "to" ? j + 2 : v == "must" ? j + 1 : nil
        guard let vb = must, let act = s.word(vb), s.isWord(vb), !["be"].contains(act) || s.word(vb + 1) == "more" else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, vb),
                          message: "\"\(s.text(a.start, vb))\" puts the lesson on one person; say what the process or tooling will require of everyone.",
                          better: "Make it a safeguard, not a personal rule: " + Rewrite.quote("Changes to <the system> require a review from <the owning team> before they can be applied; the tool enforces it"))
    }
}
