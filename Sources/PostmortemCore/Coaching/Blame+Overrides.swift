/// Blame by a safeguard set aside: a person overrode, disabled or waved through the check that would have stopped the change.
extension LanguageChecker {
    static let overrideVerbs: Set<String> = ["overrode", "overridden", "disabled", "waived", "silenced", "suppressed", "muted", "switched", "turned", "greenlit", "force-merged", "force-pushed"]
    /// What a check looked like when it was set aside: "the red compatibility check", "the failing gate".
    static let raisedStates: Set<String> = ["red", "failing", "failed", "blocking", "open", "firing", "amber", "outstanding", "unresolved"]

    /// "the firmware QA lead overrode the red Android 14 compatibility check so the release could make the 9 June launch date":
    /// in a cause or a detection story, a person setting a safeguard aside is the link a review should ask about.
    /// (A responder who "disabled the flapping alert per the runbook" or "overrode the rate limit to drain the backlog" is the response.)
    func overriddenSafeguardBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.strength == .strong, [.rootCause, .contributingFactors, .detection, .couldBeBetter, .summary, .whys, .other].contains(role) else { return nil }
        var j = a.end + 1
        while let x = s.word(j), s.isWord(j), ["had", "has", "then", "simply", "just", "manually", "quietly", "also"].contains(x) { j += 1 }
        // "she put vision sys in bypass + went on break": a safeguard put into bypass, whatever it is called
        if let p = s.word(j), ["put", "placed", "set", "switched", "left"].contains(p),
           let b = s.span(j + 2, min(clauseEnd(s, from: j + 1), j + 8)).first(where: { ["bypass", "override"].contains(s.w[$0]) && ["in", "into", "on", "to"].contains(s.w[$0 - 1]) }),
           !isPlannedWork(s, from: j + 1), !isRemedyAct(s, from: j + 1), !hasSystemReason(s, after: j),
           !s.span(b + 1, s.count).contains(where: { ["per", "runbook", "approved", "authorised", "authorized", "permit", "procedure", "until", "while"].contains(s.w[$0]) }) {
            let thing = s.text(j + 1, b - 2)
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, b),
                              message: "This says \(nameInProse(s, a)) set a safeguard aside; say what the bypass was for, why using it looked reasonable, and why nothing noticed it stayed on.",
                              better: "Describe the safeguard, not the person: " + Rewrite.quote("\(thing.isEmpty ? "The check" : thing.capitalizedFirst) was in bypass from <time>; a bypass needed no second sign-off and nothing alarmed while it stayed on"))
        }
        // ("the shift technician, he override the hold": the base form of a second-language writer)
        guard let v = s.word(j).map({ $0 == "override" && s.w[a.end] != "to" ? "overrode" : $0 }), LanguageChecker.overrideVerbs.contains(v) else { return nil }
        var o = j + 1
        if ["switched", "turned"].contains(v) { guard s.word(o) == "off" else { return nil }; o += 1 }
        let end = clauseEnd(s, from: o)
        let isGuard: (Int) -> Bool = { LanguageChecker.safeguardNouns.contains(s.w[$0]) || ["gate", "gates", "warning", "warnings", "alarm", "alarms", "lock", "interlock", "hold", "block", "inhibit", "lockout", "barrier"].contains(s.w[$0]) }
        guard var n = s.span(o, min(end, o + 7)).first(where: isGuard) else { return nil }
        // the head of the noun phrase: "the failing schema validation", "the canary check"
        while n + 1 < s.count, s.isWord(n + 1), isGuard(n + 1) { n += 1 }
        // a check already known to be broken, set aside by the book, or as the remedy
        if s.span(o, n).contains(where: { ["flaky", "flapping", "noisy", "broken", "false", "spurious", "stale", "duplicate"].contains(s.w[$0]) }) { return nil }
        if isPlannedWork(s, from: o) || isRemedyAct(s, from: o) || hasSystemReason(s, after: j) { return nil }
        // a reason, a sanction or a remedy anywhere after it: "to clear the backlog", "because the vendor confirmed ...", "while the storage
        // team expanded the volume", "on the attending physician's verbal order, which the ward protocol permits", "to ship the security patch"
        // (but "... and then stopped monitoring the display" is a duty dropped, and "... and allowed operations to continue" the person's own act)
        let reasonOrRemedy: Set<String> = ["drain", "unblock", "restore", "recover", "runbook", "approved", "agreed", "authorised", "authorized",
            "clear", "flush", "process", "processed", "cleared", "drained", "flushed", "ship", "patch", "fix", "hotfix", "mitigate", "because", "since", "as", "per", "while", "during", "once", "after", "confirmed", "permits", "permitted",
            "allows", "allowed", "approval", "sign-off", "exception", "order", "protocol", "policy", "procedure", "right", "correct"]
        if s.span(n + 1, s.count).contains(where: { k in
            if ["allowed", "allows"].contains(s.w[k]), s.w[k - 1] == "and" { return false }
            // ("... and move it to etch without MES approval": the approval it went without)
            if ["approval", "approved", "sign-off", "authorised", "authorized", "agreed"].contains(s.w[k]), s.span(k - 3, k).contains(where: { ["without", "no", "not"].contains(s.w[$0]) }) { return false }
            // ("... and closed the change as successful": a verdict the person recorded, not a reason)
            if s.w[k] == "as", ["successful", "complete", "completed", "done", "resolved", "fixed", "ok", "passed", "closed"].contains(s.word(k + 1) ?? "") { return false }
            return LanguageChecker.recoveryWords.contains(s.w[k]) && !(s.w[k] == "stopped" && (s.word(k + 1)?.hasSuffix("ing") ?? false)) || reasonOrRemedy.contains(s.w[k]) || s.has("false positive", at: k)
        }) { return nil }
        // muting or disabling an alert says nothing on its own; it must have been raised, or the act left standing with its cost
        if ["muted", "silenced", "suppressed", "disabled", "switched", "turned"].contains(v), !["check", "checks", "gate", "gates", "interlock", "lock", "validation", "guard", "guardrail", "guardrails", "protection", "safeguard", "safeguards", "test", "tests"].contains(s.w[n]),
           !s.span(o, n).contains(where: { LanguageChecker.raisedStates.contains(s.w[$0]) }) { return nil }
        let who = nameInProse(s, a)
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                          message: "This says \(who) set a safeguard aside; say what the \(s.w[n]) showed then, why going past it looked reasonable, and why one person could.",
                          better: "Describe the gate, not the person: " + Rewrite.quote("The \(s.w[n]) was \(English.participle(ofPast: v == "switched" || v == "turned" ? "disabled" : v)) while it showed <state>; an override needed no second approver, and <the pressure at the time> made it look reasonable"))
    }

    /// "who elected to restart the feed consumer from the start of day rather than from the last committed offset": a choice told
    /// against the option the writer thinks was right. Returns the index of "rather"/"instead", if any.
    func choseOverOption(_ s: Sentence, from j: Int) -> Int? {
        guard let c = s.span(j, j + 3).first(where: { ["elected", "chose", "decided", "opted", "preferred"].contains(s.w[$0]) }), s.word(c + 1) == "to",
              let v = s.word(c + 2), !["fail", "roll", "revert", "restore", "page", "escalate", "wait", "pause", "stop", "halt", "drain", "isolate"].contains(v) else { return nil }
        let end = s.span(c + 2, s.count).first(where: { s.isPunct($0) && [".", ";", "!", "?"].contains(s.w[$0]) }) ?? s.count
        return s.span(c + 3, min(end, c + 20)).first(where: { s.has("rather than", at: $0) || s.has("instead of", at: $0) })
    }

    /// "The Duty Systems Controller elected to restart the feed consumer from the start of day rather than from the last committed
    /// offset": in a cause, a person's choice set against the right option.
    func choseOverOptionBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.strength == .strong, [.rootCause, .contributingFactors, .whys].contains(role) else { return nil }
        var j = a.end + 1
        if s.word(j) == ",", s.word(j + 1) == "who" { j += 2 }
        guard let r = choseOverOption(s, from: j) else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, r + 1),
                          message: "This sets \(nameInProse(s, a).possessive) choice against the option that would have worked; say what made the choice look right then and what would have shown the difference.",
                          better: "Describe the options as they looked: " + Rewrite.quote("The tool offered <the option taken> as the default and showed nothing about <what it would do>; <the other option> needed <what it needed>"))
    }
}

/// Blame by a named failing: "the supplier's failure to advise the Council", "the failure of the supplier's service desk to escalate".
extension LanguageChecker {
    static let failingNouns: Set<String> = ["failure", "failures", "refusal", "neglect", "reluctance", "unwillingness"]

    /// "Remedial action was delayed by the failure of the supplier's service desk to escalate the call": a person's or a team's failing,
    /// named as a noun, is the same verdict as "the service desk failed to escalate".
    /// (Not a thing's failure, "the failure of the primary disk to spin up", nor a failing with its reason after it.)
    func failureOfPersonBlame(_ s: Sentence) -> [RawFinding] {
        for i in s.span(0, s.count) where LanguageChecker.failingNouns.contains(s.w[i]) {
            var who: Agent? = nil
            if i > 0, s.toks[i - 1].isPossessive, finder.possessivePerson(s, at: i - 1) {
                who = Agent(start: i - 1, end: i - 1, strength: .strong)
            } else if i > 0, s.toks[i - 1].isPossessive, let r = s.span(max(0, i - 4), i).first(where: { s.toks[$0].isPossessive }), Lex.roles.contains(s.toks[r].base) {
                who = Agent(start: r, end: i - 1, strength: .strong)
            } else if s.word(i + 1) == "of", let a = s.span(i + 2, i + 7).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.strength == .strong && $0.isBlameable }),
                      s.span(i + 2, a.start).allSatisfy({ s.isWord($0) && !["to", "and", "by", "with"].contains(s.w[$0]) }) {
                who = a
            } else if s.word(i + 1) == "by", let a = s.span(i + 2, i + 6).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.strength == .strong && $0.isBlameable })
                        ?? (s.word(i + 2) == "the" && i + 3 < s.count && s.toks[i + 3].isAllCaps && (2...5).contains(s.toks[i + 3].text.count) && !Lex.nonPeople.contains(s.w[i + 3]) && s.word(i + 4) == "to" ? Agent(start: i + 2, end: i + 3, strength: .strong) : nil),
                      s.span(i + 2, a.start).allSatisfy({ s.isWord($0) && !["to", "and", "with"].contains(s.w[$0]) }) {
                // ("there was the failure by the FDO to inform other emergency services": the failing named with "by")
                who = a
            } else if i > 0, ["his", "her"].contains(s.w[i - 1]), s.span(i + 2, s.count).contains(where: { ["meant", "caused", "led", "resulted", "allowed", "left"].contains(s.w[$0]) && s.word($0 + 1) != "by" }) {
                // "His failure to press the right button meant a train came off the rails": the person, by pronoun, and the harm it caused
                who = Agent(start: i - 1, end: i - 1, strength: .strong)
            }
            // ("The failure to use interpretation services to effectively communicate with Mr Singh by both the custodial and the healthcare teams":
            // the failing first, the people after it with "by")
            if who == nil, s.word(i + 1) == "to", let b = s.span(i + 3, min(s.count, i + 16)).first(where: { s.w[$0] == "by" }),
               let a = s.span(b + 1, b + 8).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && ($0.strength == .strong || $0.strength == .weak) }),
               s.span(b + 1, a.start).allSatisfy({ s.isWord($0) && !s.toks[$0].isCapitalized }), !s.span(i + 2, b).contains(where: { s.isPunct($0) && [",", ";"].contains(s.w[$0]) }) {
                return [RawFinding(check: "blame", at: i, excerpt: s.text(i, a.end),
                                   message: "\"\(s.text(i, a.end))\" names people's failing as the cause; say what they were asked to do, what they had, and what would have made the step hard to miss.",
                                   better: "Describe the step and what did not carry it: " + Rewrite.quote("<The step> did not happen; nothing in <the process, booking system or checklist> prompted or tracked it"))]
            }
            // ("the supplier's service desk": the possessive's head is the team)
            guard var a = who else { continue }
            var t = a.end < i ? i + 1 : a.end + 1
            if a.end > i, s.word(t) != "to", let e = s.span(t, t + 3).first(where: { s.w[$0] == "to" }),
               s.span(t, e).allSatisfy({ s.isWord($0) && (Lex.roles.contains(s.w[$0]) || AgentFinder.needsModifier.contains(s.w[$0])) }) {
                a = Agent(start: a.start, end: e - 1, strength: a.strength); t = e
            }
            guard s.word(t) == "to", let v = s.word(t + 1), s.isWord(t + 1), !["access", "reach", "connect", "log", "login", "load", "start", "boot"].contains(v) else { continue }
            if hasSystemReason(s, after: t + 1) || s.span(t + 1, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) }) { continue }
            return [RawFinding(check: "blame", at: i, excerpt: s.text(min(a.start, i), t + 1),
                               message: "\"\(s.text(min(a.start, i), t + 1))\" names a person's failing as the cause; say what they were asked to do, what they saw, and what would have made the step hard to miss.",
                               better: "Describe the step and what did not carry it: " + Rewrite.quote("<The request> reached <the desk> at <time>; nothing in <the contract, queue or runbook> required or tracked <the step>, so it happened at <time>"))]
        }
        return []
    }
}
