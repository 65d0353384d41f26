/// Blame: a change someone made, framed as the cause ("because John deployed ...", "..., which took down the API",
/// "ran the wrong command", "without testing"), unless the work was routine or planned.
extension LanguageChecker {
    func changeBlame(after a: Agent, in s: Sentence, verbAt j: Int, verb v: String) -> RawFinding? {
        let who = agentText(s, a)
        let whoLower = AgentFinder.lowerInProse(s.w[a.start]) || !s.toks[a.start].isCapitalized ? who.lowercasedFirst : who
        // ("file-gen job slow bc AB kicked off a full reindex": a person's initials, their act given as the reason)
        let weakOK = !a.isWeak || a.start == a.end && s.toks[a.start].isAllCaps && (2...3).contains(s.w[a.start].count) && causalMarkerBefore(s, a.start)
        func blame(_ excerptEnd: Int, _ better: String, _ msg: String? = nil) -> RawFinding {
            RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(excerptEnd, s.count - 1)),
                       message: msg ?? "This names \(whoLower.asObject) as the cause; describe what the system allowed instead.",
                       better: better)
        }
        // ("The DBA only has done the failover without informing the payments team": a light verb with the work as its object)
        if Lex.changeVerbs.contains(v) || v == "introduced" || ["did", "done", "performed"].contains(v) && AgentFinder.determiners.contains(s.word(j + 1) ?? "") {
            if v == "ran" || v == "runs", s.word(j + 1) == "out" { return nil }
            let clauseEnd = self.clauseEnd(s, from: j + 1)
            // "... without testing"
            // ("The handover template had no field for open changes, so the 06:00 shift started without knowing ...": what the gap left them
            // not knowing, told as its consequence)
            let gapBefore = s.span(max(0, a.start - 3), a.start).contains(where: { s.w[$0] == "so" }) && s.span(0, a.start).contains(where: { ["no", "lacked", "lacks", "missing", "without"].contains(s.w[$0]) })
            // ("Ambler flashed v3.2 onto the CA controller without checking the O2 setpoint table": skipping a person's check says a person is meant)
            let skippedHumanCheck = s.span(j + 1, min(clauseEnd, j + 14)).contains(where: { s.w[$0] == "without" && ["checking", "testing", "telling", "asking", "verifying", "reading", "informing", "notifying", "letting", "consulting", "waiting"].contains(s.word($0 + 1) ?? "") })
            if !gapBefore, !LanguageChecker.actPraised(s), weakOK || a.isWeak && (LanguageChecker.humanVerbs.contains(English.base(v)) || skippedHumanCheck) {
                // ("restarted the pods without waiting for approval, which restored service" is the remedy)
                for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 14)) where s.w[m] == "without" && !s.span(j + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }) {
                    // ("signed off without ever opening the app")
                    // ("approved the change without a load test, as the change policy classes config-only changes as standard": the process said so)
                    // ("..., which is against the agreed procedure": the rule gone against, not one that allowed it)
                    if skipsSafeguard(s, withoutAt: m), !hasSystemReason(s, after: m), !s.span(m, s.count).contains(where: { k in ["policy", "procedure", "runbook", "standard", "exempt", "exempts", "approved"].contains(s.w[k])
                        && !s.span(k - 5, k).contains(where: { ["against", "contrary", "breach", "violation", "outside", "despite"].contains(s.w[$0]) }) }) {
                        return blame(m + 1, Rewrite.forWithout(s, a, verbAt: j, withoutAt: m),
                                     "This names \(whoLower.asObject) as the cause; say what the process did not require.")
                    }
                }
                // "pushed the update on a night shift with no engineer on site": the change made with the cover or safeguard it needed missing
                if let m = s.span(j + 1, min(clauseEnd, j + 14)).first(where: { s.w[$0] == "with" && ["no", "nobody", "no-one"].contains(s.word($0 + 1) ?? "") }),
                   s.span(m + 1, m + 5).contains(where: { Lex.roles.contains(s.w[$0]) || LanguageChecker.safeguardNouns.contains(s.w[$0]) || ["nobody", "no-one", "backup", "backups", "rollback", "cover", "supervision", "sign-off", "plan"].contains(s.w[$0]) }),
                   !s.span(j + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }), !hasSystemReason(s, after: m), !isPlannedWork(s, from: j + 1),
                   // ("Marco rolled back the release at 10:02 with nobody else online": the remedy, done alone)
                   !isRemedyAct(s, from: j + 1), !LanguageChecker.removalVerbs.contains(v) {
                    return blame(m + 2, Rewrite.forWithout(s, a, verbAt: j, withoutAt: m + 1),
                                 "This names \(whoLower.asObject) as the cause; say what the process did not require before the change.")
                }
            }
            // "dropped the term_id index during the summer schema cleanup and nobody told us": the change made unannounced
            if weakOK, !isRemedyAct(s, from: j + 1), !isPlannedWork(s, from: j + 1), let m = s.span(j + 1, s.count).first(where: { unannouncedAfter(s, at: $0) }), !hasSystemReason(s, after: m) {
                return blame(m, Rewrite.forCommission(s, a, verbAt: j), "This names \(whoLower.asObject) as the cause; say what the process did not require (an announcement, a review) before the change.")
            }
            // "the DBA deleted the production volume": a destructive act on production, unless it was the plan
            if ["deleted", "dropped", "wiped", "truncated", "destroyed", "nuked", "erased"].contains(v), s.span(j + 1, j + 4).contains(where: { ["production", "prod", "live"].contains(s.w[$0]) }),
               !isPlannedWork(s, from: j + 1), !s.span(j + 1, s.count).contains(where: { ["stale", "old", "unused", "orphaned", "expired", "test", "temporary"].contains(s.w[$0]) }) {
                return blame(min(j + 3, s.endIndexBeforeFinalPunct), Rewrite.forCommission(s, a, verbAt: j), "This names \(whoLower.asObject) as the one who destroyed production data; describe what let a destructive command reach production.")
            }
            // ("the franchisees' own installers, who left the fallback flag switched off": a safeguard left in the state that let the harm in)
            if v == "left", a.strength == .strong, ["the", "a", "an", "its", "their", "his", "her", "our"].contains(s.word(j + 1) ?? ""),
               let st = s.span(j + 2, min(clauseEnd, j + 8)).first(where: { k in ["off", "disabled", "unset", "unlocked", "unplugged", "bypassed", "inhibited", "isolated", "muted", "silenced", "overridden"].contains(s.w[k])
                   || s.w[k] == "in" && ["manual", "bypass", "override", "test", "maintenance"].contains(s.word(k + 1) ?? "") }),
               s.span(j + 2, st).allSatisfy({ s.isWord($0) && !["and", "to", "for", "at", "with"].contains(s.w[$0]) }),
               !s.span(st, s.count).contains(where: { ["planned", "agreed", "intended", "intentionally", "deliberately", "safe", "safely", "per", "instructed", "required", "until", "runbook", "procedure", "says", "said"].contains(s.w[$0]) }),
               !s.span(j + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }) {
                return blame(st, Rewrite.forCommission(s, a, verbAt: j), "This names \(whoLower.asObject) as the one who left the safeguard off; say what would have shown it was off and what should have put it back.")
            }
            // "ran the wrong command", "deployed a bad config"
            // ("pointed the backup traffic at the wrong server": the object may run to a few words)
            for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 6)) where Lex.badModifiers.contains(s.w[m]) {
                if a.strength == .initial, s.w[m] != "wrong" { continue }
                // ("purged the bad config from FRA", "reverted the faulty commit": removing the bad thing is the remedy)
                if LanguageChecker.removalVerbs.contains(v), s.w[m] != "wrong" { continue }
                // ("QC stopped all 96 wrong results before any was signed out": catching the bad thing is the safeguard working)
                if ["stopped", "caught", "blocked", "rejected", "quarantined", "intercepted", "flagged", "held", "halted", "detected", "spotted"].contains(v) { continue }
                if s.w[m] == "wrong" || m + 1 < s.count && s.isWord(m + 1) {
                    return blame(min(m + 1, s.count - 1), Rewrite.forBadObject(s, a, verbAt: j, clauseEnd: clauseEnd),
                                 "This names \(whoLower.asObject) as the one who got it wrong; describe what let the change through.")
                }
            }
            // ("Junior producer sends the obituary alert instead of the council-vote alert": one thing picked for another, with nothing that asked for it)
            if a.strength == .strong, !LanguageChecker.removalVerbs.contains(v), !isPlannedWork(s, from: j + 1), !isRemedyAct(s, from: j + 1),
               let io = s.span(j + 2, min(clauseEnd, j + 9)).first(where: { s.w[$0] == "instead" && s.word($0 + 1) == "of" && ["the", "a", "an"].contains(s.word($0 + 2) ?? "") }),
               s.span(j + 1, io).allSatisfy({ s.isWord($0) }), ["the", "a", "an"].contains(s.w[j + 1]),
               !s.span(io, s.count).contains(where: { ["because", "since", "as", "per", "planned", "agreed", "safer", "safely", "avoid", "protect", "precaution", "advised", "instructed"].contains(s.w[$0]) }),
               !s.span(j + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }) {
                return blame(io + 3, Rewrite.forBadObject(s, a, verbAt: j, clauseEnd: clauseEnd),
                             "This names \(whoLower.asObject) as the one who picked the wrong thing; describe what made the two easy to confuse.")
            }
            // "followed the runbook wrong", "by mistake"
            let intercepted = ["stopped", "caught", "blocked", "rejected", "quarantined", "intercepted", "flagged", "held", "halted", "detected", "spotted"].contains(v)
            for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 10)) where !intercepted {
                let x = s.w[m]
                if x == "wrong", ["nothing", "anything"].contains(s.word(m - 1) ?? "") { break }   // "did nothing wrong"
                if Lex.trailingBlameAdverbs.contains(x) || (x == "by" && ["mistake", "accident"].contains(s.word(m + 1) ?? "")) || x == "prematurely" {
                    return blame(m, Rewrite.forTrailing(s, a, verbAt: j, advAt: m),
                                 "This says \(whoLower) did it wrong; describe what made the wrong action easy.")
                }
            }
            if v == "introduced", let n = s.word(j + 1), let n2 = ["a", "an", "the"].contains(n) ? s.word(j + 2) : n,
               ["bug", "regression", "error", "defect", "breaking", "vulnerability", "typo", "mistake"].contains(n2), weakOK {
                return blame(j + 2, Rewrite.forCommission(s, a, verbAt: j))
            }
            // a person's choice framed as the cause: "John picked replica-2, which was 40 minutes behind"
            if Lex.choiceVerbs.contains(v), a.strength == .strong || a.strength == .weak && ["picked", "chose", "selected"].contains(v),
               let f = badChoice(s, verbAt: j) {
                return blame(f, Rewrite.forChoice(s, verbAt: j), "This makes \(whoLower.possessive) choice the cause; say why the wrong option looked right and what would have flagged it.")
            }
            // ("nothing picked up on nights because Kowalczyk had muted the dashboard chime": a hand's act on an alarm says a person is meant)
            let handOnAlarm = a.strength == .weak && ["muted", "silenced", "snoozed", "dismissed", "unplugged", "overrode", "bypassed"].contains(v)
            if a.strength != .strong, !(a.isWeak && weakOK), !handOnAlarm { return nil }
            // "because John deployed ..."
            // ("Because developers used a developer install, they didn't encounter this error" explains why nobody saw it)
            let explainsNotSeeing = (s.span(j + 1, s.count)).contains { m in s.negated(before: m, within: 2) && ["encounter", "see", "notice", "hit", "catch", "detect", "reproduce", "observe", "experience", "spot"].contains(s.w[m]) }
            if causalMarkerBefore(s, a.start), !explainsNotSeeing {
                // ("had a script and a FAQ by Monday opening because the comms officer wrote them on Sunday afternoon": what helped, credited)
                // ("We opened the school on Wednesday because the fire department told us it was 100% safe": advice received, not an act that did harm)
                // (not "because our support agent told them to clear their local cache": an instruction given)
                let advised = ["told", "advised", "assured", "informed", "confirmed", "said"].contains(v) && ["us", "me", "them", "him", "her", "staff", "everyone"].contains(s.word(j + 1) ?? "") && s.word(j + 2) != "to"
                if !advised, !["restarted", "rolled", "reverted", "scaled", "started", "added", "promoted", "wrote", "prepared", "drafted", "organised", "organized", "arranged"].contains(v) || s.containsAny(LanguageChecker.negativeOutcome) {
                    return blame(j, Rewrite.forCommission(s, a, verbAt: j), "The cause is given as what \(whoLower) did; describe the change and what allowed it.")
                }
            }
            // "John pushed a config change, which took down the API" — unless the work was routine or planned and its effect
            // unintended: "An engineer ran a routine maintenance command ..., which unintentionally took down ..."
            if isPlannedWork(s, from: j + 1) { return nil }
            var m = j + 1
            while m < min(s.count, j + 22) {
                let x = s.w[m]
                if [".", ";", "!", "?"].contains(x) { break }
                if ["which", "that", "causing", "and", "this", "it", "thereby"].contains(x) || x == "," {
                    if s.span(m + 1, m + 4).contains(where: { LanguageChecker.unintendedAdverbs.contains(s.w[$0]) }) { m += 1; continue }
                    // "..., which led to identification of the cause": a good result is not harm
                    if s.span(m + 1, m + 8).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) }) { m += 1; continue }
                    // ("cleared the temporary files and doubled the disk size": more room made, the remedy, not harm)
                    for q in s.span(m + 1, m + 4) where isCausal(s, q) && !(["doubled", "tripled", "increased", "raised", "bumped"].contains(s.w[q])
                        && s.span(q + 1, q + 5).contains(where: { ["size", "capacity", "limit", "limits", "quota", "disk", "memory", "pool", "timeout", "replicas", "instances", "headroom", "space", "volume"].contains(s.w[$0]) })) {
                        return blame(q, Rewrite.forCommission(s, a, verbAt: j), "This names \(whoLower.asObject) as the cause; describe the change and what allowed it.")
                    }
                    if ["causing"].contains(x), isCausal(s, m) {
                        return blame(m, Rewrite.forCommission(s, a, verbAt: j))
                    }
                }
                if isCausal(s, m), x == "causing" || x == "breaking" {
                    return blame(m, Rewrite.forCommission(s, a, verbAt: j))
                }
                m += 1
            }
        }
        return nil
    }

    /// "..., and that was the right decision": the act praised, so whatever it went ahead without is no fault.
    static func actPraised(_ s: Sentence) -> Bool {
        ["the right decision", "the right call", "the right thing", "the correct decision", "the correct call", "rightly", "good call", "good judgement", "good judgment"].contains(where: { s.find($0) != nil })
    }

    static let removalVerbs: Set<String> = ["purged", "removed", "reverted", "rolled", "disabled", "deleted", "pulled", "yanked", "unpublished",
        "revoked", "quarantined", "blocked", "killed", "withdrew", "dropped", "backed", "replaced", "fixed", "cleared", "flushed", "evicted", "drained"]

    /// Was the act a remedy ("started a PR to fix Codedeploy ..., so it was not merged")? Then what went wrong after it is not its harm.
    /// "without testing", "without a review", "without the usual long-form QC pass", "without to inform the network colleagues":
    /// the step a person's act went ahead without.
    func skipsSafeguard(_ s: Sentence, withoutAt m: Int) -> Bool {
        guard s.w[m] == "without" else { return false }
        let o = ["ever", "even", "actually", "properly", "first", "really", "once"].contains(s.word(m + 1) ?? "") ? m + 2 : m + 1
        guard let n = s.word(o), s.isWord(o) else { return false }
        // ("sent into the chamber by the section planner without the control room being told": the people who should have known, left out)
        if ["the", "a", "an", "our", "their", "its"].contains(n) || Lex.roles.contains(n), let b = s.span(o + 1, o + 6).first(where: { ["being", "knowing"].contains(s.w[$0]) }),
           s.span(o, b).allSatisfy({ s.isWord($0) }), s.w[b] == "knowing" || ["told", "informed", "notified", "consulted", "warned", "asked", "briefed", "involved", "aware"].contains(s.word(b + 1) ?? "") { return true }
        // ("without the dry-run flag", "without the approval step", "without the usual long-form QC pass": the safeguard named with "the")
        if ["the", "our", "its", "their"].contains(n) {
            return s.span(o + 1, o + 5).contains(where: { LanguageChecker.safeguardNouns.contains(s.w[$0]) || ["flag", "step", "sign-off", "dry-run", "lock", "backup", "qc", "qa", "pass", "window", "ticket"].contains(s.w[$0]) })
        }
        // ("without to inform the network colleagues": the infinitive a non-native writer puts after "without")
        if n == "to", let v = s.word(o + 1), English.past(ofBase: v) != nil || ["inform", "tell", "ask", "check", "test", "wait", "notify", "warn", "investigate", "look", "verify", "review", "read", "escalate", "confirm", "pass", "go", "run", "use", "follow"].contains(v) { return true }
        // ("operators used it without prompting", "without being asked": unprompted is praise, not a step skipped)
        if ["prompting", "being"].contains(n) { return false }
        // ("approved by the CAB without anyone there asking for a replication check": nobody doing the check)
        // ("without anyone from the milk bank testing the release screen": who they are, then the check)
        if ["anyone", "anybody", "someone", "somebody"].contains(n), let g = s.span(o + 1, o + 8).first(where: { s.w[$0].hasSuffix("ing") || s.isPunct($0) }), s.isWord(g),
           ["asking", "checking", "reviewing", "looking", "questioning", "testing", "verifying", "confirming", "challenging", "signing", "approving", "scanning", "trying", "inspecting", "running", "opening"].contains(s.w[g]) { return true }
        return Lex.withoutObjects.contains(n) || n.hasSuffix("ing")
    }

    func isRemedyAct(_ s: Sentence, from i: Int) -> Bool {
        // ("Kim rolled back the deploy, which made the error rate drop": the act itself undoes the change)
        if i > 0, ["reverted", "restored", "recovered"].contains(s.w[i - 1]) || s.w[i - 1] == "rolled" && s.word(i) == "back" || s.w[i - 1] == "failed" && s.word(i) == "over" { return true }
        return s.span(i, min(s.count, i + 7)).contains { ["fix", "fixes", "hotfix", "patch", "workaround", "rollback", "revert", "mitigation", "mitigate", "remediate", "remediation"].contains(s.w[$0]) }
    }

    /// Did the person leave their job, not leave something undone? "The colleague who knew about the renewal job left the company in April".
    func isLeavingJob(_ s: Sentence, from i: Int) -> Bool {
        guard i > 0, s.w[i - 1] == "left" else { return false }
        var m = i
        if let d = s.word(m), ["the", "our", "their", "his", "her", "that"].contains(d) { m += 1 }
        return ["company", "organisation", "organization", "business", "firm", "team", "job", "role", "trust", "council", "agency", "practice", "group", "department", "post", "position"].contains(s.word(m) ?? "")
            || m == i && ["in", "last", "earlier", "shortly", "before", "months", "weeks", "years"].contains(s.word(m) ?? "")
    }

    /// Is the object of the verb routine or planned work ("a routine maintenance command", "as planned in CHG-4411")?
    func isPlannedWork(_ s: Sentence, from i: Int) -> Bool {
        var m = i
        while m < min(s.count, i + 14) {
            if s.isPunct(m), [".", ";", "!", "?"].contains(s.w[m]) { break }
            if ["which", "causing", "because", "but"].contains(s.w[m]) { break }
            if Lex.plannedWords.contains(s.w[m]), !s.negated(before: m, within: 2) { return true }
            if s.has("as planned", at: m) || s.has("as scheduled", at: m) || s.has("as instructed", at: m) || s.has("as documented", at: m)
                || s.has("as written", at: m) || s.has("as described", at: m) || s.has("as the runbook", at: m)
                || s.has("per the runbook", at: m) || s.has("according to the runbook", at: m) || s.has("following the runbook", at: m) { return true }
            m += 1
        }
        return false
    }

    /// "picked replica-2, which was 40 minutes behind", "chose the stale snapshot": the index of the bad state, if any.
    func badChoice(_ s: Sentence, verbAt j: Int) -> Int? {
        var m = j + 1
        while m < min(s.count, j + 12) {
            if s.isPunct(m), [".", ";", "!", "?"].contains(s.w[m]) { return nil }
            let x = s.w[m]
            if Lex.badStates.contains(x), x != "behind" || m > j + 2, !s.negated(before: m, within: 2) {
                // "which was 40 minutes behind", "the stale replica", "an outdated snapshot"
                return m
            }
            if ["because", "but", "so", "and"].contains(x) { return nil }
            m += 1
        }
        return nil
    }

    /// "... and nobody told us", "..., but never told anyone", "and told no one": the change went unannounced.
    func unannouncedAfter(_ s: Sentence, at m: Int) -> Bool {
        guard ["and", "but"].contains(s.w[m]) else { return false }
        let tell: Set<String> = ["told", "warned", "informed", "notified", "tell", "warn", "inform", "notify", "mention", "mentioned", "flagged", "flag", "announced", "announce"]
        var k = m + 1
        if s.word(k) == "then" { k += 1 }
        if ["nobody", "no-one"].contains(s.word(k) ?? "") || s.has("no one", at: k) {
            let v = k + (s.word(k) == "no" ? 2 : 1)
            return s.word(v).map { tell.contains($0) && s.word(v + 1).map({ ["us", "anyone", "anybody", "the", "our", "them"].contains($0) }) == true } == true || s.has("was told", at: v) || s.has("was informed", at: v) || s.has("was warned", at: v)
        }
        if ["never", "didn't"].contains(s.word(k) ?? "") || s.has("did not", at: k) {
            let v = k + (s.word(k) == "did" ? 2 : 1)
            return s.word(v).map { tell.contains($0) } == true && s.word(v + 1).map({ ["us", "anyone", "anybody", "the", "our", "ops", "support"].contains($0) }) == true
        }
        return s.word(k) == "told" && ["nobody", "no-one"].contains(s.word(k + 1) ?? "") || s.has("told no one", at: k)
    }
}
