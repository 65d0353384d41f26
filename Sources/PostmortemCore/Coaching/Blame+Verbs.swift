/// Blame: what a person is said to have done, read from the words after the agent.
extension LanguageChecker {
    /// Reads what a person is said to have done: the verb after the agent, then a verb coordinated with it
    /// ("disabled the health check and never turned it back on").
    func verbPhrase(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        var start = a.end + 1
        // a cleft puts the person in focus: "It was Dana who pushed the bad config"
        if s.word(start) == "who" || s.word(start) == "that" && ["team", "teams", "group", "department", "crew", "squad"].contains(s.w[a.end]),
           a.start >= 2, ["was", "is"].contains(s.w[a.start - 1]), s.w[a.start - 2] == "it" { start += 1 }
        // a relative clause about the person carries their act: "waited on Finance, who did not pick up their phones"
        start = LanguageChecker.pastAside(s, from: start)
        // ("school administrators and school district police tacitly condoned ...": people named together share the verb)
        if ["and", "or"].contains(s.word(start) ?? ""), let b = s.span(start + 1, start + 5).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.start <= start + 4 }),
           s.span(start + 1, b.start).allSatisfy({ s.isWord($0) }) { start = b.end + 1 }
        if let f = verbPhrase(after: a, in: s, role: role, from: start) { return f }
        guard a.isBlameable else { return nil }
        var m = start
        while m < min(s.count, start + 16) {
            if s.isPunct(m), [".", ";", "!", "?", "(", "—"].contains(s.w[m]) { break }
            // "acknowledged the 00:09 page but did not open a laptop until 00:24": the omission after "but"
            if s.w[m] == "but", let n = s.word(m + 1), ["did", "didn't", "never"].contains(n), n != "did" || s.word(m + 2) == "not",
               s.span(m + 1, s.count).contains(where: { s.w[$0] == "until" }) {
                return verbPhrase(after: a, in: s, role: role, from: m + 1)
            }
            // "acknowledged the alarm but did not escalate it to the duty manager": a duty left undone after the contrast
            if s.w[m] == "but", let n = s.word(m + 1), ["did", "didn't", "never"].contains(n), n != "did" || s.word(m + 2) == "not",
               let v = s.word(n == "did" ? m + 3 : m + 2), LanguageChecker.humanVerbs.contains(v), !["look", "see", "act"].contains(v) || s.span(m + 1, s.count).contains(where: { ["contrary", "against", "required", "despite"].contains(s.w[$0]) }) {
                return verbPhrase(after: a, in: s, role: role, from: m + 1)
            }
            // "responded, but misdiagnosed the problem": the failing act after the contrast
            if s.w[m] == "but", let n = s.word(m + 1), Lex.failingVerbs.contains(n), !["caused", "causes", "broke", "breaks"].contains(n) {
                return verbPhrase(after: a, in: s, role: role, from: m + 1)
            }
            if ["because", "since", "which", "who", "but", "so", "although", "while", "when", "after", "before", "until"].contains(s.w[m]) { break }
            // ("network tech starts swap of old switch, doesnt tell dispatch": the omission joined by a comma in a log line)
            if s.w[m] == "," && ["didn't", "never", "doesn't"].contains(s.word(m + 1) ?? "") && s.word(m + 2).map({ LanguageChecker.humanVerbs.contains($0) }) == true {
                return verbPhrase(after: a, in: s, role: role, from: m + 1)
            }
            if s.w[m] == "and", let n = s.word(m + 1), s.isWord(m + 1) {
                var q = m + 1
                if n == "then" || n == "just" { q += 1 }
                let x = s.word(q) ?? ""
                // "acknowledged the queue alert and then left it unattended for over an hour": taken up, then dropped
                if x == "left", let st = s.span(q + 2, q + 6).first(where: { ["unattended", "unanswered", "unacknowledged", "unactioned", "unresolved", "open", "running", "unmonitored"].contains(s.w[$0]) }),
                   s.span(q + 1, st).allSatisfy({ s.isWord($0) }), !s.span(st, s.count).contains(where: { ["until", "runbook", "per", "planned", "intended", "deliberately", "intentionally", "agreed", "safe", "safely"].contains(s.w[$0]) }) {
                    return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, st),
                                      message: "This says \(agentText(s, a).lowercasedFirst) took it up and then left it \(s.w[st]); say what would have re-raised it and why nothing did.",
                                      better: "Describe what the process did: " + Rewrite.quote("The alert was acknowledged at <time> and stayed \(s.w[st]) until <time>; nothing re-paged or escalated an acknowledged alert that stayed open"))
                }
                if ["never", "not", "failed", "forgot", "neglected", "did", "kept"].contains(x) || x.hasSuffix("n't") || Lex.failingVerbs.contains(x) || Lex.blameAdverbs.contains(x)
                    || ["was", "were"].contains(x) && s.word(q + 1).map({ LanguageChecker.blameAdjectives.contains($0) }) == true
                    || x == "made" && s.span(q + 1, q + 6).contains(where: { s.w[$0] == "worse" })
                    // "had been given production credentials and ran it without supervision"
                    || (Lex.changeVerbs.contains(x) || a.strength == .strong && English.isPast(x) || LanguageChecker.leftPost(s, at: q)) && s.span(q + 1, clauseEnd(s, from: q + 1)).contains(where: { s.w[$0] == "without" }) {
                    return verbPhrase(after: a, in: s, role: role, from: q)
                }
            }
            m += 1
        }
        return nil
    }

    /// Where the person's act begins after a relative clause or a participle aside:
    /// "Finance, who did not pick up" → "did"; "The supplier's engineer, having been informed of the warning on 10 November, took no action" → "took".
    static func pastAside(_ s: Sentence, from start: Int) -> Int {
        guard s.word(start) == "," else { return start }
        if s.word(start + 1) == "who" { return start + 2 }
        // ("a reviewer who, it appears, did not read the diff": a hedge set off between the person and their verb)
        if let c = s.span(start + 2, start + 6).first(where: { s.w[$0] == "," }), case let hedge = s.text(start + 1, c - 1).lowercased(),
           ["it appears", "it seems", "it would seem", "it would appear", "apparently", "by all accounts", "we understand", "we think", "we believe", "reportedly", "it transpires"].contains(hedge) { return c + 1 }
        if ["having", "despite", "though", "although", "being"].contains(s.word(start + 1) ?? ""),
           let c = s.span(start + 2, start + 20).first(where: { s.w[$0] == "," }), s.span(start + 2, c).allSatisfy({ s.isWord($0) || s.toks[$0].kind == .number || ["'", "-", "/"].contains(s.w[$0]) }) { return c + 1 }
        return start
    }

    func verbPhrase(after a: Agent, in s: Sentence, role: TextRole, from start: Int) -> RawFinding? {
        var j = start
        // ("Neither crew had looked around sufficiently": the negation carried by "neither")
        // (the subject's, not an object's: "the demarcation here left neither team watching archive capacity")
        let neither = s.w[a.start] == "neither" ? a.start : s.word(a.start - 1) == "neither" ? a.start - 1 : nil
        var neg = neither.map { n in n == s.firstWordIndex || !s.isWord(n - 1) || ["and", "but", "so", "yet"].contains(s.w[n - 1]) } ?? false, inability = false, copulaNeg = false, passiveAux = false
        var blameAdv: Int? = nil
        var aux: [String] = []
        while j < s.count, s.isWord(j) {
            let x = s.w[j]
            if Lex.blameAdverbs.contains(x) { blameAdv = j; j += 1; continue }
            if x == "of", s.word(j + 1) == "course" { j += 2; continue }   // "we should of course have had a backup"
            if ["basically", "essentially", "literally", "just", "simply"].contains(x) { j += 1; continue }   // "basically ghosted us"
            // ("school administrators ... tacitly condoned this behavior": a manner adverb before a past-tense act)
            if x.hasSuffix("ly"), x.count > 5, !["apply", "reply", "supply", "family", "likely", "rally", "bully", "daily", "early", "only", "anomaly", "assembly", "italy"].contains(x),
               let n = s.word(j + 1), s.isWord(j + 1), Lex.failingVerbs.contains(n) || Lex.changeVerbs.contains(n) { j += 1; continue }
            // ("checked the batch file mid-shift and not only at the end": a contrast that adds, not an omission)
            if x == "not", ["only", "merely", "solely"].contains(s.word(j + 1) ?? "") { return nil }
            if x == "not" || x == "never" || x.hasSuffix("n't") || x == "cannot" {
                neg = true
                if ["couldn't", "can't", "cannot", "wouldn't", "won't"].contains(x) || aux.last.map({ ["could", "can", "would", "will"].contains($0) }) == true { inability = true }
                if ["wasn't", "weren't", "isn't", "aren't"].contains(x) || aux.last.map({ ["was", "were", "is", "are"].contains($0) }) == true { copulaNeg = true }
                aux.append(x); j += 1; continue
            }
            if x == "unable" { inability = true; j += 1; continue }
            // ("had not yet been trained on the new upload screen": "yet" inside the negated verb group, which is still a passive)
            if x == "yet", neg { j += 1; continue }
            // ("The emergency management team appeared to lack the command, crisis and leadership skills": the verdict softened, still on them)
            if ["appeared", "seemed", "appears", "seems"].contains(x), s.word(j + 1) == "to", s.isWord(j + 2) { aux.append("did"); j += 2; continue }
            // ("senior managers could and should have acted": two modals joined)
            if x == "and", ["could", "would", "might", "can"].contains(aux.last ?? ""), ["should", "must", "ought"].contains(s.word(j + 1) ?? "") { j += 1; continue }
            if ["have", "has", "had", "do", "does", "be"].contains(x), neg || ["did", "does", "do", "to", "will", "would", "could", "can"].contains(aux.last ?? ""),
               !(s.word(j + 1).map { $0.hasSuffix("ed") || $0.hasSuffix("en") || LanguageChecker.hindsightVerbs.contains($0) || $0 == "to" } ?? false) || x == "do" || x == "does" {
                break // the main verb: "did not have a way"
            }
            if LanguageChecker.auxWords.contains(x) {
                // ("he was starting the wrong pump first": the past progressive is the act itself, not a state or a passive)
                let progressiveAct = ["was", "were"].contains(x) && s.word(j + 1).flatMap({ English.past(ofGerund: $0) }).map({ Lex.changeVerbs.contains($0) }) == true
                if ["was", "were", "is", "are", "been", "being"].contains(x), !progressiveAct { passiveAux = true }
                aux.append(x); j += 1; continue
            }
            break
        }
        guard j < s.count, s.isWord(j) else { return nil }
        // a habit reads as its verb: "kept restarting the wrong pods" is "restarted the wrong pods", again and again
        if ["kept", "keeps", "keep"].contains(s.w[j]), let g = s.word(j + 1), s.isWord(j + 1), English.past(ofGerund: g) != nil { j += 1 }
        var v = LanguageChecker.headVerb(English.past(ofGerund: s.w[j]) ?? s.w[j])
        // the past written as a base form after a cause ("because DBA team run the retention job on production")
        // ("the shift technician, he override the hold on lot 7734": the same, after the person picked up by a pronoun)
        let resumed = ["he", "she"].contains(s.w[a.end]) && s.word(a.end - 1) == ","
        // ("The night supervisor sign the acceptance at 03:10 without to run the full test": the same, with a step it went ahead without)
        let baseWithout = a.strength == .strong && !["they", "we", "i", "you"].contains(s.w[a.end]) && !LanguageChecker.isPluralNoun(s.w[a.end]) && s.span(j + 2, min(s.count, j + 10)).contains(where: { s.w[$0] == "without" })
        if aux.isEmpty, !neg, causalMarkerBefore(s, a.start) || resumed || baseWithout, let p = English.past(ofBase: v) ?? LanguageChecker.pastOfFailingBase[v], ["the", "a", "an", "our", "their", "it"].contains(s.word(j + 1) ?? "") { v = p }
        let who = agentText(s, a)
        let whoLower = AgentFinder.lowerInProse(s.w[a.start]) || !s.toks[a.start].isCapitalized ? who.lowercasedFirst : who
        let blameable = a.isBlameable && !(a.strength == .they && s.isQuestion)
        func blame(_ excerptEnd: Int, _ better: String, _ msg: String? = nil) -> RawFinding {
            RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(excerptEnd, s.count - 1)),
                       message: msg ?? "This names \(whoLower.asObject) as the cause; describe what the system allowed instead.",
                       better: better)
        }
        let hasShould = aux.contains("should") || aux.contains("should've") || aux.contains("ought") || aux.contains("shouldn't")
        let hasHave = aux.contains("have") || aux.contains("should've") || aux.contains("could've") || aux.contains("would've")
        // copula: "was careless", "was at fault", "is to blame", "was responsible for the outage"
        if passiveAux || copulaNeg {
            // (not "rather than assume he was asleep": a belief about a patient, not a verdict on the person)
            if a.start > 0, ["assume", "assumed", "assuming", "thought", "think", "thinking", "believed", "presumed", "presume", "whether"].contains(s.w[a.start - 1]) { return nil }
            if blameable, ["sleeping", "asleep"].contains(v), !neg {
                return blame(j, "Give the times and what would have caught it: " + Rewrite.quote("The page was acknowledged at <time> and no action followed until <time>; nothing re-paged or escalated an acknowledged page that stayed open"),
                             "Saying \(whoLower) was \(v) judges a person; give the times and what would have caught the gap.")
            }
            if blameable, LanguageChecker.blameAdjectives.contains(v) && !neg {
                return blame(j, Rewrite.forCare(s, a), "Calling \(whoLower) \(v) judges a person; say what made the action easy to get wrong.")
            }
            if blameable, !neg, (v == "at" && s.word(j + 1) == "fault") || (v == "to" && s.word(j + 1) == "blame") {
                return blame(j + 1, Rewrite.forFault(s), "Saying who is at fault blames a person; say what allowed the failure.")
            }
            if blameable, !neg, v == "responsible", s.word(j + 1) == "for", s.span(j + 2, j + 5).contains(where: { LanguageChecker.negativeOutcome.contains(s.w[$0]) || Lex.outcomeNouns.contains(s.w[$0]) && s.w[$0] != "it" && s.w[$0] != "this" }) {
                return blame(j + 3, Rewrite.forFault(s), "Holding \(whoLower) responsible for the failure blames a person; say what allowed it.")
            }
            if blameable, copulaNeg, ["careful", "paying", "watching", "attentive", "thorough", "diligent", "monitoring", "conscientious", "vigilant", "cautious", "alert"].contains(v) {
                return blame(j, Rewrite.forOmission(s, a, verb: v == "watching" || v == "monitoring" ? "watch" : "check", restFrom: j + 1), "This says \(whoLower) wasn't careful enough; describe the gap in the system instead.")
            }
            // "All three EGT Apprentices were not wearing their protective gloves": what they were not doing, told in progress
            // (only where causes are stated: in a summary or a finding of fact it is what was found)
            if blameable, copulaNeg, [.rootCause, .contributingFactors, .whys].contains(role), let base = ["wearing": "wear", "using": "use", "following": "follow", "checking": "check", "observing": "observe"][s.w[j]],
               s.span(j + 1, j + 4).contains(where: { ["the", "their", "his", "her", "a", "an", "any"].contains(s.w[$0]) }) {
                return blame(j, Rewrite.forOmission(s, a, verb: base, restFrom: j + 1), "\"\(s.text(a.start, j))\" puts the gap on \(whoLower.asObject); describe what made it hard, optional or unchecked.")
            }
            if !hasShould { return nil }
        }
        // "We should have a monitoring bot that runs all our tests": possession, a plan, not a counterfactual
        // ... and "Bartosz should not have to remember the flag" says the system should carry it
        if hasShould, hasHave, ["a", "an", "the", "more", "some", "no", "any", "better", "our", "its", "their", "enough", "clear", "proper", "automated", "to"].contains(v) || aux.last == "to" && aux.contains("have") { return nil }
        // "we should have this live for all three vendors by the end of Q3": a target, not a regret
        if hasShould, hasHave, ["this", "it", "them", "these", "that", "everything", "all"].contains(v),
           s.span(j + 1, j + 5).contains(where: { ["live", "ready", "done", "finished", "shipped", "deployed", "running", "working", "completed", "fixed", "place", "rolled"].contains(s.w[$0]) }),
           s.span(j + 1, s.count).contains(where: { ["by", "before", "within", "next", "until"].contains(s.w[$0]) }) { return nil }
        // should have / ought to have
        if hasShould {
            var vv = v, vj = j
            if v == "been", j + 1 < s.count, s.isWord(j + 1) { vv = s.w[j + 1]; vj = j + 1 }
            if hasHave {
                if LanguageChecker.hindsightVerbs.contains(v) && v != "been" || ["obvious", "clear", "aware"].contains(vv) {
                    if blameable {
                        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, vj),
                                          message: "\"\(who) should have \(v)\" blames a person with hindsight; say what information was available at the time.",
                                          better: Rewrite.forHindsight(s, from: vj + 1))
                    }
                    return nil // hindsight check reports it
                }
                if blameable, a.strength != .initial || LanguageChecker.humanVerbs.contains(English.base(vv)) {
                    return blame(vj, Rewrite.forOmission(s, a, verb: English.base(vv), restFrom: vj + 1),
                                 "\"\(who) should have...\" blames a person for what they did not do; describe what the system did not do.")
                }
                if a.strength == .we || a.strength == .i {
                    return RawFinding(check: "counterfactual", at: a.start, excerpt: s.text(a.start, vj),
                                      message: "\"We should have...\" is a counterfactual; describe what actually happened and why it made sense then.",
                                      better: Rewrite.forCounterfactual(s, from: vj))
                }
                return nil
            }
            // "should be more careful", "should pay more attention", "should know better"
            if blameable, (v == "be" && ["more", "careful", "extra"].contains(s.word(j + 1) ?? "")) || (v == "pay" && s.w[s.span(j + 1, s.count)].prefix(3).contains("attention")) || (v == "know" && s.word(j + 1) == "better") || (v == "take" && s.word(j + 1) == "more") {
                return blame(j + 2, Rewrite.forCare(s, a), "Asking \(whoLower) to be more careful puts the fix on a person; add a safeguard instead.")
            }
            return nil
        }
        // "could have prevented"
        if aux.contains("could") || aux.contains("could've"), hasHave, ["prevented", "avoided", "caught", "stopped"].contains(v) {
            if blameable { return blame(j, Rewrite.forCounterfactual(s, from: j)) }
            return nil
        }
        guard blameable else { return nil }
        // omission: "didn't test", "never checked", "failed to renew"
        var omitVerb: String? = nil, omitAt = j
        // ("a casework officer who noticed that the plan ... did not match the registered extent": the "not" is the plan's, inside what they noticed)
        let reported = s.span(a.start, j).contains(where: { w in s.w[w] == "who" && s.span(w + 1, j).contains(where: { ["that", "whether", "if"].contains(s.w[$0])
            && ["noticed", "saw", "found", "said", "told", "reported", "realised", "realized", "knew", "thought", "believed", "confirmed", "checked", "verified", "spotted", "discovered", "observed"].contains(s.word($0 - 1) ?? "") }) })
        // ("Airline reps not happy, we'll be taking a hit on the SLA": a feeling, not a step left undone)
        if neg, ["happy", "pleased", "satisfied", "impressed", "amused", "thrilled", "keen", "chuffed", "best"].contains(v) { return nil }
        // ("identified ... by the incoming technician, and not by the automated monitoring system": a contrast of agents, not a step undone)
        if neg, ["by", "in", "at", "on", "from", "through", "via", "with", "for", "the", "a", "an", "only", "just"].contains(v) { return nil }
        if neg, !inability, !copulaNeg, !reported { omitVerb = v }
        // ("the ward mailbox, which night staff do not routinely open": the habit a thing is described by, not a lapse)
        if neg, a.start > 0, ["which", "that"].contains(s.w[a.start - 1]),
           s.span(a.end + 1, j + 1).contains(where: { ["routinely", "usually", "normally", "generally", "typically", "regularly", "often"].contains(s.w[$0]) }) { return nil }
        // ("they do not make any check before sending them": the check is the step left undone)
        if neg, ["make", "do", "perform", "carry", "run"].contains(v), let c = s.span(j + 1, j + 4).first(where: { ["check", "checks", "checking", "verification", "inspection"].contains(s.w[$0]) }),
           s.span(j + 1, c).allSatisfy({ ["any", "a", "the", "their", "proper", "final", "out"].contains(s.w[$0]) }) { omitVerb = "check"; omitAt = c }
        // "the user didn't think to scroll down", "never bothered to check": the omitted step is the second verb
        if neg, ["think", "bother", "remember", "stop"].contains(v), s.word(j + 1) == "to", let w = s.word(j + 2), s.isWord(j + 2) { omitVerb = w; omitAt = j + 2 }
        var framed = false  // "failed to", "neglected to": the failure is the writer's framing
        // "failed in her duty to ensure a tested fallback": a duty named and found wanting
        if !neg, v == "failed", s.word(j + 1) == "in", ["his", "her", "their", "its", "the"].contains(s.word(j + 2) ?? ""),
           ["duty", "duties", "responsibility", "responsibilities", "obligation", "obligations", "role"].contains(s.word(j + 3) ?? "") {
            return blame(j + 3, Rewrite.forFault(s), "Saying \(whoLower) failed in a duty blames a person; say what the duty depended on and what was missing.")
        }
        if !neg, v == "failed" || v == "neglected" || v == "forgot" || v == "omitted", s.word(j + 1) == "to", s.isWord(j + 2) { omitVerb = s.w[j + 2]; omitAt = j + 2; framed = true }
        if let ov = omitVerb {
            // ("What the engineer did not realize at the time was ...", "the on-call did not notice the alert": a named person or role
            // faulted for what they did not perceive; "we did not notice" stays the team's plain account)
            let perceived = a.strength == .strong && ["notice", "realize", "realise", "recognize", "recognise", "spot", "see"].contains(ov)
            let exempt = framed ? LanguageChecker.framedOmissionExempt.contains(ov) : Lex.omissionExempt.contains(ov) && !perceived
            // ("did not make the clock adjustment it was contractually obliged to make": a duty named, whatever its verb)
            // ("did not make the cleaning of the disk since the installation, although it is in their plan": the duty on their own schedule)
            let duty = ["obliged to", "obligated to", "required to", "supposed to", "meant to", "contractually", "like he said", "like she said", "as agreed", "as promised", "in their plan", "in their schedule", "in their contract", "in their job description"].contains(where: { s.find($0) != nil })
            // ("failed to take action to prevent the disk reaching capacity": a duty to act, whatever its verb)
            // ("did not take into account the fact that risks can change very rapidly": what they were expected to weigh)
            let actionTaken = ov == "take" && (s.span(omitAt + 1, omitAt + 4).contains(where: { ["action", "actions", "steps", "measures"].contains(s.w[$0]) })
                || s.has("into account", at: omitAt + 1) || s.has("into consideration", at: omitAt + 1))
            if exempt && !(duty && ["make", "take"].contains(ov)) || ["make", "take", "go", "work", "respond"].contains(ov) && v != "forgot" && !duty && !actionTaken
                // ("a doctor did not respond to 'bleeps' for a patient review": a person's silence, unlike a server's)
                && !(ov == "respond" && a.strength == .strong && s.word(omitAt + 1) == "to") { return nil }
            if a.isWeak, !LanguageChecker.humanVerbs.contains(English.base(ov)), !actionTaken { return nil }
            // ("failed to move the data within the prescribed period, as the user agreement requires": the rule asked for the act they failed)
            let asRequired = framed && s.span(omitAt + 1, s.count).contains(where: { s.w[$0] == "as" && s.span($0 + 1, $0 + 6).contains(where: { ["requires", "required", "prescribes", "prescribed", "demands", "mandates", "specifies"].contains(s.w[$0]) }) })
            if hasSystemReason(s, after: omitAt, ruleIsReason: false), !asRequired { return nil }
            // ("Because the fire was extinguished, the researchers did not call 911": the reason told first)
            if ["because", "since", "as"].contains(s.w[s.firstWordIndex]), let c = s.span(s.firstWordIndex + 2, a.start).last(where: { s.w[$0] == "," }), c == a.start - 1 || s.span(c + 1, a.start).allSatisfy({ AgentFinder.determiners.contains(s.w[$0]) }),
               !s.span(s.firstWordIndex, c).contains(where: { ["forgot", "ignored", "didn't", "never", "not", "busy", "tired", "lazy"].contains(s.w[$0]) }) { return nil }
            // ("had not confirmed rotor brake pressure", "never verified the backup": the past of a human check, left undone)
            if Lex.neutralVerbs.contains(ov) && !LanguageChecker.humanVerbs.contains(English.base(ov)) && !duty { return nil }
            return blame(omitAt + 1 < s.count ? omitAt + 1 : omitAt, Rewrite.forOmission(s, a, verb: English.base(ov), restFrom: omitAt + 1),
                         v == "forgot" ? "\"\(who) forgot...\" blames a person; say what would have made the step impossible to miss."
                            : perceived ? "This faults \(whoLower) for what they did not see; say what the signal looked like then and why it did not stand out."
                            : "This blames \(whoLower) for a step that did not happen; describe what the system did not require or catch.")
        }
        if neg { return nil }
        // failing verbs: forgot, ignored, skipped, misconfigured, broke, caused...
        if Lex.failingVerbs.contains(v) || (v == "messed" || v == "screwed") && s.word(j + 1) == "up" || (v == "dropped" && s.has("the ball", at: j + 1))
            || v == "slept" && s.word(j + 1) == "through" {
            // ("DK skipped the post-update check": initials that skip a person's check are a person)
            let initialsSkippedCheck = s.toks[a.start].isAllCaps && a.start == a.end && ["skipped", "skips", "missed", "misses", "bypassed"].contains(v)
                && s.span(j + 1, j + 6).contains(where: { ["check", "checks", "inspection", "walkround", "walk-round", "walkthrough", "handover", "test", "sign-off", "verification", "step", "callback", "briefing"].contains(s.w[$0]) })
            if a.strength == .weak, !initialsSkippedCheck, ["caused", "causes", "broke", "breaks", "missed", "misses", "skipped", "skips", "bypassed", "blew"].contains(v) { return nil }
            if a.strength == .initial, !LanguageChecker.humanFailingVerbs.contains(v),
               !(["broke", "breaks"].contains(v) && ["the", "our", "a", "prod", "production", "staging"].contains(s.word(j + 1) ?? "")) { return nil }
            if ["missed", "misses"].contains(v), let n = s.word(j + 1), ["window", "deadline", "sla", "slo", "target"].contains(n) { return nil }
            if ["nothing", "none"].contains(s.word(j + 1) ?? "") { return nil }
            if v == "broke" || v == "breaks", s.word(j + 1) == "down" || s.word(j + 1) == "out" { return nil }
            if hasSystemReason(s, after: j), ["missed", "misses", "overlooked", "skipped", "ignored"].contains(v) { return nil }
            return blame(min(j + 3, s.endIndexBeforeFinalPunct), Rewrite.forFailing(s, a, verbAt: j),
                         "\"\(s.text(a.start, j))\" makes a person the cause; describe what allowed it to happen.")
        }
        // accidentally / mistakenly + verb
        // ("some contractors accidentally damaged our fiber": an outside crew cutting a line is the trigger, a fibre cut)
        let lineStrike = ["damaged", "cut", "severed", "struck", "hit", "dug"].contains(v) && s.span(j + 1, j + 5).contains(where: { ["fiber", "fibre", "cable", "cables", "line", "lines", "duct", "conduit", "pipe", "feed", "main"].contains(s.w[$0]) })
            && s.span(a.start, a.end + 1).contains(where: { ["contractor", "contractors", "crew", "crews", "builders", "workers", "excavator", "digger", "construction"].contains(s.w[$0]) })
        // ("When the captain accidentally discovered the fire": found by chance, not done by mistake)
        // ("a youth member accidentally fell backward into an unused campfire ring": a fall, not an act on the system)
        let foundByChance = ["discovered", "found", "noticed", "spotted", "stumbled", "came", "uncovered", "learned", "learnt", "saw", "heard", "fell", "tripped", "fainted", "collapsed"].contains(v)
        if let adv = blameAdv, adv < j || adv == j - 1, !lineStrike, !foundByChance || s.w[adv] != "accidentally" && s.w[adv] != "inadvertently" {
            return blame(j, Rewrite.forCommission(s, a, verbAt: j), "\"\(s.w[adv])\" + \(whoLower) puts the cause on a person; describe what made the action possible.")
        }
        // "Doppler's security team rotated a RabbitMQ password, mistakenly identifying the credential as unused": the slip told after the act
        if Lex.changeVerbs.contains(v), !lineStrike, let c = s.span(j + 1, j + 12).first(where: { s.isPunct($0) && s.w[$0] == "," }),
           ["mistakenly", "wrongly", "incorrectly", "erroneously", "accidentally", "inadvertently", "carelessly"].contains(s.word(c + 1) ?? ""), s.word(c + 2).map({ $0.hasSuffix("ing") }) == true {
            return blame(c + 2, Rewrite.forCommission(s, a, verbAt: j), "\"\(s.w[c + 1])\" puts the cause on \(whoLower); describe what made the action look right and what would have caught it.")
        }
        // "decided to hotfix in prod and made it about 3x worse"
        if v == "made" || v == "makes", s.span(j + 1, j + 6).contains(where: { s.w[$0] == "worse" }), ["it", "things", "matters", "everything", "the"].contains(s.word(j + 1) ?? "") {
            return blame(j + 1, "Describe the step and what it did: " + Rewrite.quote("The hotfix applied in production at <time> raised the error rate from <x> to <y>; the runbook did not say when to roll back instead"),
                         "\"\(s.text(a.start, j)) ... worse\" makes a person the cause of the harm; describe the step, its effect, and what made it look right.")
        }
        // ("operator did mistake when typing": the same verdict in other Englishes)
        if Lex.blameNouns.contains(v), ["did", "does"].contains(aux.last ?? "") {
            return blame(j, Rewrite.forMistake(s), "Saying \(whoLower) made a mistake stops at human error; describe the action and what made it possible.")
        }
        if v == "made" || v == "makes" || v == "did" || v == "does" {
            var m = j + 1
            while m < min(s.count, j + 4), ["a", "an", "the", "another", "simple", "careless", "critical", "small", "big", "human", "costly", "silly", "bad", "serious", "an"].contains(s.w[m]) { m += 1 }
            if m < s.count, Lex.blameNouns.contains(s.w[m]) {
                return blame(m, Rewrite.forMistake(s), "Saying \(whoLower) made a mistake stops at human error; describe the action and what made it possible.")
            }
        }
        // "followed the runbook wrong", "configured it incorrectly", "by mistake"
        if !Lex.neutralVerbs.contains(v) || v == "rolled" {
            let ce = clauseEnd(s, from: j + 1)
            for m in (j + 1)..<max(j + 1, min(ce, j + 10)) {
                let x = s.w[m]
                // ("uploaded into a package repository that was incorrectly set to automatically update production": the adverb is the relative clause's)
                if s.span(j + 1, m).contains(where: { ["that", "which", "where", "whose"].contains(s.w[$0]) }) { break }
                let adjectival = s.isWord(m + 1) && (s.w[m + 1].hasSuffix("ed") || x == "wrong") && s.isWord(m + 2) || x == "wrong" && s.isWord(m + 1)
                // ("they figured out what was wrong": a question answered, not a verdict on the act)
                if x == "wrong", s.span(j + 1, m).contains(where: { s.w[$0] == "what" }) { continue }
                // ("Dale did nothing wrong": cleared, not faulted)
                if x == "wrong", ["nothing", "anything"].contains(s.word(m - 1) ?? "") { break }
                if !adjectival, Lex.trailingBlameAdverbs.contains(x) || (x == "by" && ["mistake", "accident"].contains(s.word(m + 1) ?? "")) || x == "prematurely" {
                    return blame(m, Rewrite.forTrailing(s, a, verbAt: j, advAt: m),
                                 "This says \(whoLower) did it wrong; describe what made the wrong action easy.")
                }
            }
        }
        // "acknowledged it without looking", "closed the ticket without reading it": an act judged by the step it skipped
        // ("let this map through review without ever looking at the dock layer": what they let pass, and the look they never took)
        // ("Kowalczyk went home without putting it back": leaving one's post says a person is meant)
        if a.strength == .strong || LanguageChecker.leftPost(s, at: j), !Lex.changeVerbs.contains(v), English.isPast(v) || v == "let" && aux.isEmpty, !s.span(j + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }), !LanguageChecker.actPraised(s),
           let w = s.span(j + 1, min(clauseEnd(s, from: j + 1), j + (v == "let" ? 16 : 10))).first(where: { s.w[$0] == "without" }),
           case let gi = ["ever", "even", "first", "properly", "really", "actually", "once"].contains(s.word(w + 1) ?? "") ? w + 2 : w + 1,
           let g = s.word(gi), Lex.withoutObjects.contains(g) && g.hasSuffix("ing") || ["complaint", "question", "questioning", "objection", "pushback", "protest"].contains(g),
           // ("operators used it without prompting": unprompted is praise)
           !["prompting", "prompt", "being"].contains(g) {
            return blame(w + 1, Rewrite.forSkippedStep(s, verbAt: j, withoutAt: w), "This judges \(whoLower) by the step they skipped; say what the step depended on and what would have prompted it.")
        }
        // ("he went home with the phone in silent": leaving the post unreachable)
        if a.isBlameable, a.strength != .they, LanguageChecker.leftPost(s, at: j), let w = s.span(j + 2, j + 5).first(where: { s.w[$0] == "with" }),
           let p = s.span(w + 1, w + 4).first(where: { ["phone", "pager", "radio", "mobile", "handset", "bleep", "bleeper"].contains(s.w[$0]) }),
           let o = s.span(p + 1, p + 5).first(where: { ["silent", "off", "mute", "muted", "silenced", "dead"].contains(s.w[$0]) }) {
            return blame(o, "Describe how the call-out works, not the person: " + Rewrite.quote("The call-out relied on one phone; nothing escalated when <time> passed without an answer"),
                         "This says \(whoLower) went off duty out of reach; say how the call-out was meant to reach them and what would have escalated when it did not.")
        }
        // "appeared to lack the command, crisis and leadership skills to cope": people judged short of ability
        if ["lack", "lacked", "lacks"].contains(v), let m = s.span(j + 1, j + 9).first(where: { ["skills", "skill", "competence", "competency", "ability", "judgement", "judgment", "experience", "knowledge", "capability", "capacity", "aptitude", "know-how"].contains(s.w[$0]) }),
           s.span(j + 1, m).allSatisfy({ s.isWord($0) || s.w[$0] == "," }) {
            return blame(m, "Describe what they were given to work with: " + Rewrite.quote("The team had <what training, exercises or support> for an event of this size; <what was missing> had not been planned for"),
                         "\"\(s.text(a.start, m))\" judges \(whoLower.asObject) as lacking; say what preparation, support or tools the role had.")
        }
        // "Senior officials at the top of UEFA allowed this to happen": the harm put on whoever let it through
        if a.strength == .strong, ["allowed", "let", "permitted"].contains(v), ["this", "it", "that", "the"].contains(s.word(j + 1) ?? ""),
           let h = s.span(j + 2, j + 6).first(where: { s.w[$0] == "happen" || s.w[$0] == "occur" }), s.span(j + 2, h).allSatisfy({ s.isWord($0) }) {
            return blame(h, "Describe what made it possible: " + Rewrite.quote("<The known weakness> had been reported <when>; nothing in <the governance or process> required it to be fixed before <the event>"),
                         "\"\(s.text(a.start, h))\" puts the incident on \(whoLower.asObject); say what let it happen and why the warnings did not change it.")
        }
        // "signed off UAT with the rename scenario still marked 'not run'": approved while the check it needed stood open
        if a.strength == .strong, ["signed", "approved", "accepted", "passed", "released", "shipped", "merged", "closed", "cleared"].contains(v), !s.containsAny(LanguageChecker.recoveryWords),
           let w = s.span(j + 1, min(s.count, j + 8)).first(where: { s.w[$0] == "with" }), let st = s.span(w + 1, w + 8).first(where: { s.w[$0] == "still" }),
           // ("closed the incident with two actions still open, as agreed": follow-up work left open on purpose)
           !s.span(w + 1, st).contains(where: { ["action", "actions", "item", "items", "follow-up", "follow-ups", "ticket", "tickets", "task", "tasks"].contains(s.w[$0]) }),
           !s.containsAny(["agreed", "planned", "deliberately", "intentionally", "accepted", "waiver", "exception"]) || v == "accepted",
           s.span(st + 1, st + 5).contains(where: { ["open", "failing", "failed", "outstanding", "pending", "unresolved", "red", "marked", "incomplete", "untested", "unreviewed", "blocked"].contains(s.w[$0]) }) {
            return blame(st, "Describe the gate, not the sign-off: " + Rewrite.quote("Sign-off was possible with a scenario still open; the sign-off step did not require every scenario to have run"),
                         "\"\(s.text(a.start, j)) ... still\" faults \(whoLower.asObject) for signing off with work open; say why the sign-off step allowed it.")
        }
        // a change someone made, framed as the cause (Blame+Changes.swift)
        return changeBlame(after: a, in: s, verbAt: j, verb: v)
    }

    /// Failing acts written in the base form by a second-language writer: "he override the hold", "because DBA ignore the alarm".
    static let pastOfFailingBase: [String: String] = ["override": "overrode", "ignore": "ignored", "skip": "skipped", "forget": "forgot", "bypass": "bypassed",
        "disable": "disabled", "delete": "deleted", "misconfigure": "misconfigured", "overlook": "overlooked", "disregard": "disregarded"]
    static let framedOmissionExempt: Set<String> = ["have", "has", "receive", "get", "need", "exist", "happen", "matter", "affect", "occur",
        "be", "find", "want", "mean", "intend", "expect", "load", "start", "complete", "connect", "reach", "converge", "finish"]
    /// Failing verbs that only a person does: enough even when the person is only a capitalised word opening the sentence.
    static let humanFailingVerbs: Set<String> = ["forgot", "forget", "forgets", "ignored", "ignores", "neglected", "neglects", "overlooked",
        "overlooks", "misconfigured", "misconfigures", "mis-configured", "misread", "misunderstood", "misjudged", "mishandled", "mistyped",
        "mis-typed", "fat-fingered", "fatfingered", "botched", "disregarded", "disregards", "messed", "screwed", "under-sized", "undersized",
        "miscalculated", "underprovisioned", "under-provisioned", "dismissed"]
    static let unintendedAdverbs: Set<String> = ["unintentionally", "unexpectedly", "inadvertently", "unknowingly", "unexpectedly"]
}
