/// Blame by accountability: "responsibility lies with X", "X is accountable for", "X's decision to skip ... is what let",
/// a habit ("keeps shipping ... without telling anyone") and going one's own way ("went off on her own").
extension LanguageChecker {
    static let accountabilityNouns: Set<String> = ["responsibility", "blame", "fault", "accountability", "culpability"]
    static let restVerbs: Set<String> = ["lies", "lay", "lie", "rests", "rested", "rest", "falls", "fell", "sits", "sat", "belongs", "belonged"]
    /// The harm itself as what rests with someone: "the delay in the morning sits with ops control", "the real failure here belongs to ...".
    static let restingHarms: Set<String> = ["delay", "delays", "failure", "failures", "fault", "outage", "loss", "lapse", "breach", "miss"]
    static let goingAlone: [String] = ["went off on her own", "went off on his own", "went off on their own", "went rogue", "gone rogue",
        // ("Rowe (comms) did the swap mid-shift on his own say-so and knocked dispatch out")
        "on his own say-so", "on her own say-so", "on their own say-so", "on his own authority", "on her own authority", "off his own bat", "off her own bat",
        "going rogue", "went off script", "went off-script", "took matters into her own hands", "took matters into his own hands",
        "took matters into their own hands", "took it upon herself", "took it upon himself", "took it upon themselves"]
    static let procedureNouns: Set<String> = ["runbook", "playbook", "procedure", "process", "checklist", "plan", "instructions", "policy", "guidance"]

    func accountabilityBlame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        guard !s.containsAny(["blameless"]) else { return [] }
        // "Hold the release engineering team accountable for any future outages": in any section, an action or a lesson
        // ("The Trustee Board held the Head of Dealing accountable for the loss": the verdict already given)
        for i in 0..<s.count where ["hold", "holding", "held", "holds"].contains(s.w[i]) && !s.negated(before: i, within: 2) {
            guard let r = s.span(i + 2, i + 8).first(where: { ["accountable", "responsible", "liable"].contains(s.w[$0]) }) else { continue }
            var q = i + 1
            while q < r, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard (q..<r).contains(where: { finder.agent(s, at: $0).map { $0.isBlameable } ?? false }) else { continue }
            return [RawFinding(check: "blame", at: i, excerpt: s.text(i, r),
                               message: "\"\(s.text(i, r))\" makes the fix punishment; a review asks what made the failure possible and changes that.",
                               better: "Name the safeguard instead: " + Rewrite.quote("Deployments from <team> go through a canary stage that halts on an error-rate rise (owner: <team lead>, due <date>)"))]
        }
        guard role != .actionItem else { return [] }
        func person(from i: Int) -> Agent? {
            var q = i
            while q < s.count, s.isWord(q), AgentFinder.determiners.contains(s.w[q]) || ["squarely", "entirely", "solely", "fully", "wholly"].contains(s.w[q]) { q += 1 }
            // the person may sit a few words into the noun phrase: "the colocation vendor's technician"
            for k in s.span(q, q + 4) where s.isWord(k) {
                if let a = finder.agent(s, at: k), a.isBlameable, a.strength != .they { return a }
                if Lex.clauseBreakers.contains(s.w[k]) { break }
            }
            return nil
        }
        func person(in from: Int, _ to: Int) -> Agent? {
            var k = max(0, from)
            while k < to {
                if let a = finder.agent(s, at: k) {
                    if a.isBlameable, a.strength != .they, a.end < to { return a }
                    k = a.end + 1
                } else { k += 1 }
            }
            return nil
        }
        func clauseStart(_ i: Int) -> Int {
            var k = i - 1
            while k >= 0 {
                if s.isPunct(k), [".", ";", "!", "?", ",", "—", "(", ")", ":"].contains(s.w[k]) { return k + 1 }
                if ["because", "which", "but", "so", "since", "although", "while", "and", "who"].contains(s.w[k]) { return k + 1 }
                k -= 1
            }
            return 0
        }
        // ("Holding the security office accountable", not "Holding The security office")
        func who(_ a: Agent) -> String { a.start == a.end && ["he", "she", "they", "we"].contains(s.w[a.start]) ? s.w[a.start].asObject : AgentFinder.determiners.contains(s.w[a.start]) ? s.text(a.start, a.end).lowercasedFirst : s.text(a.start, a.end) }
        func finding(_ at: Int, _ st: Int, _ end: Int, _ msg: String, _ better: String) -> RawFinding {
            RawFinding(check: "blame", at: at, excerpt: s.text(st, min(end, s.count - 1)), message: msg, better: better)
        }
        // ownership is not blame ("Responsibility for the runbook lies with the SRE team"): only about a failure, or in a section that states causes
        let aboutFailure = s.w.contains { LanguageChecker.negativeOutcome.contains($0) || ["delay", "delays", "slowdown", "breach", "leak", "damage", "loss", "expire", "expired", "expiry", "expiries", "lapse", "lapsed", "letting", "read-only", "breaks", "fails", "goes"].contains($0) }
            || [.rootCause, .whys, .contributingFactors, .summary, .impact, .timeline].contains(role)
            // ("Gunnar is accountable for the draw-engine config and needs to make sure this doesn't happen again": the failure named as a repeat)
            || ["happen again", "happens again", "recur", "recurs", "repeat itself"].contains(where: { s.find($0) != nil })
        let describe = "Describe what happened and what allowed it, e.g. “The change was approved without a second reviewer; the repository did not require one for this path.”"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            // (before the negation test: "with no information to passengers" is part of the decision)
            // ("The decision to leave T27 holding for 47 minutes ... sits squarely with the duty controller": a call placed on its maker after the event)
            if LanguageChecker.restVerbs.contains(x), ["squarely", "firmly", "solely", "entirely", "wholly"].contains(s.word(i + 1) ?? "") || ["lay", "rested", "sat", "fell"].contains(x), case let with = ["squarely", "firmly", "solely", "entirely", "wholly"].contains(s.word(i + 1) ?? "") ? i + 2 : i + 1, ["with", "on", "upon"].contains(s.word(with) ?? ""),
               let st = (max(0, i - 16)..<i).first(where: { ["decision", "call", "choice"].contains(s.w[$0]) && s.word($0 + 1) == "to" }), !s.span(0, st).contains(where: { ["no", "not", "nobody"].contains(s.w[$0]) }),
               let a = person(from: with + 1) {
                return [finding(a.start, st, a.end, "Placing the decision on \(who(a)) is blame; say what they knew then, what the procedure asked for, and what would have changed the call.", describe)]
            }
            if s.negated(before: i, within: 4) { continue }
            // "Responsibility for this outage lies with Oluwaseun", "the blame rests squarely on the DBA"
            // ("lies squarely with the integration team", "Accountability for the delay in restoring the feed rests with the hosting provider")
            let with = ["squarely", "firmly", "solely", "entirely", "wholly", "fully", "clearly", "ultimately", "primarily"].contains(s.word(i + 1) ?? "") ? i + 2 : i + 1
            // ("The fault lay with an engineer from our RNG supplier who had not completed ...": "fault" and "blame" name the failure themselves)
            if aboutFailure || i > 0 && ["fault", "blame"].contains(s.w[i - 1]), LanguageChecker.restVerbs.contains(x), s.w.contains(where: { LanguageChecker.negativeOutcome.contains($0) || ["delay", "delays", "breach", "loss", "damage", "disruption", "interruption", "fault", "blame"].contains($0) }), ["with", "on", "upon", "to"].contains(s.word(with) ?? ""), s.word(with) != "to" || ["belongs", "belonged"].contains(x),
               let st = (max(0, i - 8)..<i).first(where: { LanguageChecker.accountabilityNouns.contains(s.w[$0]) || LanguageChecker.restingHarms.contains(s.w[$0]) && !s.span($0 + 1, i).contains(where: { ["of", "for"].contains(s.w[$0]) && s.span($0 + 1, i).contains(where: { s.isWord($0) }) && s.w[$0] == "for" }) }),
               let a = person(from: with + 1) {
                return [finding(a.start, st, a.end, "Assigning responsibility for the outage to \(who(a)) is blame; a review asks what made the failure possible.", describe)]
            }
            // "Accountability here ultimately rests with the estates manager, who owns the BMS contract", "accountability for this finding
            // rests with that post": accountability, blame or fault put on a person or their post, with or without the harm named
            if LanguageChecker.restVerbs.contains(x), ["with", "on", "upon"].contains(s.word(with) ?? ""),
               let st = (max(0, i - 8)..<i).first(where: { ["accountability", "blame", "fault", "culpability"].contains(s.w[$0]) }),
               !s.span(max(0, st - 2), i).contains(where: { ["no", "none", "nobody"].contains(s.w[$0]) }),
               // (not "Accountability for the runbook rests with the platform team": ownership of a thing)
               s.word(st + 1) != "for" || s.span(st + 2, st + 5).contains(where: { ["finding", "findings", "failure", "failures", "outage", "incident", "delay", "loss", "breach", "error", "errors", "this", "that", "it", "event", "lapse", "harm", "accident",
                   "shortfall", "shortfalls", "defect", "defects", "damage", "gap", "gaps", "failings", "omission", "omissions", "problem", "problems", "spill", "leak", "overrun"].contains(s.w[$0]) }) {
                if let a = person(from: with + 1) {
                    return [finding(a.start, st, a.end, "Placing accountability on \(who(a)) is blame; a review asks what made the failure possible.", describe)]
                }
                if let p = s.span(with + 1, with + 4).first(where: { ["post", "post-holder", "postholder", "role"].contains(s.w[$0]) }), ["that", "the", "this", "its"].contains(s.word(p - 1) ?? "") {
                    return [finding(p, st, p, "Placing accountability on \(s.text(p - 1, p)) is blame; a review asks what made the failure possible.", describe)]
                }
            }
            // "The card authorisation outage on 3 May was the responsibility of our processor's change manager, who approved ...",
            // "Accountability for the failure of the nightly export has been assigned to the signalling maintenance supervisor"
            if aboutFailure, x == "responsibility", s.word(i + 1) == "of", i > 1, s.w[i - 1] == "the", ["was", "is", "were", "are", "remains"].contains(s.w[i - 2]),
               let a = person(from: i + 2) {
                return [finding(a.start, i - 1, a.end, "Making the outage the responsibility of \(who(a)) is blame; a review asks what made the failure possible.", describe)]
            }
            if aboutFailure, ["assigned", "attributed", "allocated", "apportioned"].contains(x), s.word(i + 1) == "to",
               let st = (max(0, i - 12)..<i).first(where: { LanguageChecker.accountabilityNouns.contains(s.w[$0]) }), let a = person(from: i + 2) {
                return [finding(a.start, st, a.end, "Assigning the failure to \(who(a)) is blame; a review asks what made the failure possible.", describe)]
            }
            // "the Insured's network engineer, in removing a live line card during trading hours, was the proximate cause of the loss"
            if x == "cause", i > 2, ["proximate", "direct", "root", "main", "primary", "sole", "immediate", "real"].contains(s.w[i - 1]) || s.w[i - 1] == "the",
               let be = s.span(max(0, i - 3), i).first(where: { ["was", "is"].contains(s.w[$0]) }), s.span(be + 1, i).allSatisfy({ s.isWord($0) }),
               let a = person(in: clauseStart(be) == be ? 0 : clauseStart(be), be) ?? person(in: 0, be), a.strength == .strong,
               // (not "The on-call engineer noticed that the disk was the main cause": the person has a verb of their own)
               !s.span(a.end + 1, be).contains(where: { ["that", "which", "who", "whether", "if"].contains(s.w[$0]) || English.isPast(s.w[$0]) || $0 == a.end + 1 && s.w[$0] == "of" }) {
                return [finding(a.start, a.start, i, "\"\(who(a)) ... \(s.text(be, i))\" makes a person the cause; describe what they did and what allowed it.", describe)]
            }
            // "Wei Ling on the platform team is accountable for the firewall rule", "should be held accountable"
            // ("The lesson for the storage team is that they own scratch and they are accountable when it goes read-only": "they" is the team)
            let team = i > 1 && s.w[i - 2] == "they" ? person(in: 0, i - 2) : nil
            // ("is considered accountable for the failure to validate ...": the verdict reported)
            // ("is fully accountable for this outage": the degree before the verdict)
            let be = i > 1 && ["considered", "deemed", "found", "regarded", "judged", "seen", "fully", "solely", "entirely", "wholly", "directly", "personally", "ultimately", "squarely", "primarily"].contains(s.w[i - 1]) ? i - 2 : i - 1
            // ("The release engineer who approved the caching change is responsible for the stale warnings": responsible for a harm)
            let forHarm = x == "responsible" && s.word(i + 1) == "for" && s.span(i + 2, i + 7).contains(where: { LanguageChecker.negativeOutcome.contains(s.w[$0])
                || ["maladministration", "stale", "delay", "delays", "breach", "damage", "mess", "mistake", "disruption", "double-sold", "incident", "accident", "outage", "spill", "leak", "overflow", "shortage"].contains(s.w[$0]) })
                && !s.span(i + 2, i + 5).contains(where: { ["response", "recovery", "fix", "fixing", "restoring", "investigation", "review", "handling", "monitoring", "communications"].contains(s.w[$0]) })
            // ("The Project Director accepted the design without adequate challenge and must be held accountable": the person before "and")
            // ("The release engineer who approved the change is responsible for ...": the person before the relative clause)
            let andBefore = clauseStart(i) > 0 && ["and", "who"].contains(s.w[clauseStart(i) - 1]) ? person(in: 0, s.w[clauseStart(i) - 1] == "who" ? i : clauseStart(i) - 1) : nil
            if aboutFailure || forHarm, ["accountable", "culpable"].contains(x) || x == "responsible" && (forHarm || ["happen again", "happens again", "recur", "repeat itself"].contains(where: { s.find($0) != nil })), be >= 0, ["is", "was", "are", "were", "be", "been", "held"].contains(s.w[be]),
               let a = person(in: clauseStart(i), i) ?? team ?? andBefore {
                let st = a.end < clauseStart(i) ? i - 2 : a.start
                let forward = [.lessons, .actionItem, .couldBeBetter].contains(role)
                    ? "Say what the system will do, not who answers for it: “<The service> alerts <the owning team> at <a threshold> before it fails, and the runbook covers the fix.”" : describe
                return [finding(st, st, i, "Holding \(who(a)) accountable for the failure is blame; describe what allowed it.", forward)]
            }
            // "Release engineering's decision to skip the staging soak is what let the broken wheel reach PyPI"
            // ("Decision of the duty manager to wait for a second sample ... was making the notice late": the same choice, told with "of")
            let ofWhom = ["decision", "choice"].contains(x) && s.word(i + 1) == "of" ? s.span(i + 2, i + 6).lazy.compactMap({ self.finder.agent(s, at: $0) }).first.flatMap { a in
                a.start == i + 2 && a.strength == .strong && s.word(a.end + 1) == "to" ? a.end + 1 : nil } : nil
            // (a good call is no fault: "The master's decision to hold the vessel alongside allowed passengers to remain aboard in the warm")
            let creditedChoice = role == .wentWell || s.span(i + 2, s.count).contains { k in ["allowed", "enabled", "let"].contains(s.w[k])
                && s.span(k + 1, k + 6).contains { ["remain", "stay", "continue", "keep", "recover", "resume", "avoid", "shelter", "board", "finish", "complete"].contains(s.w[$0]) } }
            if ["decision", "choice"].contains(x), i > 0, !creditedChoice, s.toks[i - 1].isPossessive, s.word(i + 1) == "to",
               finder.possessivePerson(s, at: i - 1) || Lex.departments.contains(s.toks[i - 1].base) || Lex.roles.contains(s.toks[i - 1].base) || AgentFinder.needsModifier.contains(s.toks[i - 1].base) {
                // ... or the decision is what the cause "came down to": "This came down to the payments team's decision to bypass staging"
                let causeBefore = ["came down to", "comes down to", "caused by", "due to", "because of", "root cause was", "cause was", "result of", "boiled down to"].contains { p in
                    (0..<i).contains { s.has(p, at: $0) } }
                if causeBefore || (s.span(i + 2, s.count)).contains(where: { ["let", "allowed", "enabled", "meant"].contains(s.w[$0]) || isCausal(s, $0) || s.has("is what", at: $0) }) {
                    var st = i - 1
                    while st > 0, s.isWord(st - 1), s.toks[st - 1].isCapitalized || Lex.roles.contains(s.w[st - 1]) || Lex.departments.contains(s.w[st - 1]) { st -= 1 }
                    return [finding(st, st, i + 2, "\"\(s.text(st, i))\" makes a person's or team's choice the cause; describe the step that was skipped and what allowed it to be skipped.",
                                    "Describe the gap, not the decision: “The staging soak was skipped; the release workflow did not require it before publishing.”")]
                }
            }
            if let to = ofWhom, !creditedChoice, s.span(to + 1, s.count).contains(where: { ["let", "allowed", "enabled", "meant"].contains(s.w[$0]) || isCausal(s, $0) || s.has("is what", at: $0) }) {
                return [finding(i, i, to, "\"\(s.text(i, to - 1))\" makes a person's choice the cause; describe the step that was skipped and what allowed it to be skipped.",
                                "Describe the gap, not the decision: “The notice waited for a second sample; the procedure did not say which result triggers it.”")]
            }
            // "The mobile team keeps shipping breaking API changes without telling anyone"
            if ["keeps", "keep", "kept"].contains(x), let n = s.word(i + 1), s.isWord(i + 1), n.hasSuffix("ing"),
               let a = person(in: clauseStart(i), i), a.end >= i - 2,
               let w = s.span((i + 2), i + 14).first(where: { s.w[$0] == "without" }), let g = s.word(w + 1), g.hasSuffix("ing") {
                return [finding(a.start, a.start, w + 1, "\"\(s.text(a.start, i + 1)) ... \(s.text(w, w + 1))\" describes a person or team as a habitual offender; describe what the process lets happen.",
                                "Describe the process gap: “Breaking API changes can ship without a notice to consumers; nothing in the release process requires one.”")]
            }
        }
        // "Instead of following the runbook, Siobhan went off on her own and restarted the primary"
        for p in LanguageChecker.goingAlone {
            guard let i = s.find(p), !s.negated(before: i, within: 3), let a = person(in: clauseStart(i), i) else { continue }
            let end = i + p.split(separator: " ").count - 1
            return [finding(a.start, a.start, end, "\"\(s.text(i, end))\" judges \(who(a))'s choice; describe what they did and what made it look like the right move.",
                            "Describe the action and its context: “The on-call engineer restarted the primary; the runbook step for this alert did not match what the dashboards showed.”")]
        }
        // "Rather than freezing bookings straight away, the supplier's helpdesk agent kept the system open ..., allowing 9 more double bookings":
        // the road not taken set against the person's choice, and the harm it let through
        if let i = s.find("rather than") ?? s.find("instead of"), i <= s.firstWordIndex + 1, s.word(i + 2)?.hasSuffix("ing") == true,
           let c = s.span(i + 3, i + 12).first(where: { s.w[$0] == "," }), let a = person(from: c + 1), let v = s.word(a.end + 1), English.isPast(v),
           s.span(a.end + 2, s.count).contains(where: { ["allowing", "letting", "causing", "resulting"].contains(s.w[$0]) || s.w[$0] == "which" && ["caused", "allowed", "let", "led"].contains(s.word($0 + 1) ?? "") }),
           !hasSystemReason(s, after: a.end) {
            return [finding(a.start, i, a.end + 1, "\"\(s.text(i, i + 2)) ..., \(s.text(a.start, a.end + 1))\" sets the person's choice against the road not taken; describe what they saw and what made their choice look right.",
                            "Describe the choice and its context: “Intake stayed open for 40 minutes after the first duplicate order; the runbook had no step for pausing it.”")]
        }
        if let i = s.find("instead of"), let n = s.word(i + 2), ["following", "using", "checking", "consulting", "reading"].contains(n),
           s.span((i + 3), i + 7).contains(where: { LanguageChecker.procedureNouns.contains(s.w[$0]) }),
           let c = (s.span(i + 3, s.count)).first(where: { s.isPunct($0) && s.w[$0] == "," }), let a = person(from: c + 1), a.strength == .strong,
           !hasSystemReason(s, after: a.end) {
            return [finding(a.start, i, a.end, "\"\(s.text(i, a.end))\" frames the response as a person departing from the procedure; describe what they did and why it made sense at the time.",
                            "Describe the action and its context: “The on-call engineer restarted the primary; the runbook step for this alert did not match what the dashboards showed.”")]
        }
        return []
    }
}
