import Foundation

/// Blame by defiance: a person who refused, did nothing, or went ahead against a warning or a rule; and a customer's act
/// made the cause.
extension LanguageChecker {
    /// Warnings and rules a person can be said to have gone against: "even though the canary was red", "against policy".
    static let defianceLeads: [String] = ["against policy", "against the policy", "against our policy", "against advice", "against the advice",
        "against the runbook", "against the process", "against procedure", "against the procedure", "against the rules", "against guidance",
        "in violation of", "in breach of", "contrary to", "inconsistent with", "in contravention of", "not in accordance with", "not in line with", "despite", "even though", "although the canary", "after being told not to",
        "after being asked not to", "after being told to", "after being asked to", "despite being told", "despite being asked", "against instructions", "against the instruction", "against the instructions", "deviated from", "departed from", "instead of actually", "instead of looking", "instead of checking",
        "instead of investigating", "on red", "with failing tests", "with the build red", "while the build was red", "ignoring the",
        "over the objections", "against our objection", "against our written objection", "against our objections", "against the objection", "against the objections", "against our formal objection", "over our objection", "over our objections", "outside the approved", "outside the change window", "outside the maintenance window", "outside of the approved", "during the freeze", "during the change freeze", "during a change freeze", "without approval", "without sign-off",
        "bypassing the", "circumventing the", "skipping the", "without checking with", "without consulting", "without asking", "without telling",
        "through the warning", "through the warnings", "past the warning", "past the warnings", "anyway", "regardless", "even after the warning", "even after the alert",
        "even after the banner", "even after the alarm", "even after being", "even after we", "even after the page", "even after the canary",
        // ("entered and remained in the house, even after determining the home had an explosive level of natural gas")
        // ("pushed the lift through knowing the crane had only just come out of service": pressing on in spite of what was known)
        "through knowing", "ahead knowing", "on knowing", "knowing full well", "fully knowing", "well knowing",
        "even after determining", "even after learning", "even after confirming", "even after seeing", "even after noticing", "even after finding", "even after hearing"]
    /// Going around a gate in so many words: enough even when the agent is only "they".
    static let bypassLeads: Set<String> = ["bypassing the", "circumventing the", "against policy", "without approval", "without sign-off", "in violation of"]
    /// Acts a person can refuse or withhold: "would not grant us access", "refused to join the bridge".
    static let withheldActs: Set<String> = ["grant", "give", "join", "approve", "sign", "respond", "answer", "reply", "escalate", "share",
        "allow", "let", "help", "release", "provide", "open", "pick", "call", "acknowledge", "accept", "roll", "revert", "restart", "stop", "wait", "engage", "attend", "run", "apply", "deploy"]
    /// Acts that are the remedy: going ahead with them against a warning is the response, not the cause.
    static let remedyActs: Set<String> = ["rolled", "reverted", "restarted", "paged", "escalated", "failed", "restored", "declared", "stopped", "paused", "drained", "scaled"]

    /// "The network team refused to join the bridge", "the contractor would not grant us access", "the NOC acknowledged it and then
    /// did nothing", "The release manager pushed ahead with the deploy even though the canary was red".
    func defianceBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable || a.strength == .outsider else { return nil }
        var j = LanguageChecker.pastAside(s, from: a.end + 1)
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are", "been", "be", "had", "has", "have"].contains(s.w[j]) || s.w[j] == "flatly"
                || ["had", "has", "have"].contains(s.w[j]) && s.word(j + 1).map({ $0.hasSuffix("ed") || ["also", "already", "just"].contains($0) }) == true { j += 1 }
        // "kept closing caregiver tickets as 'user device issue'": a habit reads as its verb
        // (a gerund this reader cannot put in the past, "kept re-confirming", still reads as carrying on)
        let keptOn = ["kept", "keeps"].contains(s.word(j) ?? "") && s.word(j + 1).map({ $0.hasSuffix("ing") && $0.count > 5 }) == true
        if keptOn || ["continued", "carried"].contains(s.word(j) ?? ""), let f = keptOnAfterWarning(a, s, verbAt: keptOn ? j + 1 : j, AgentFinder.lowerInProse(s.w[a.start]) || !s.toks[a.start].isCapitalized ? agentText(s, a).lowercasedFirst : agentText(s, a)) { return f }
        if ["kept", "keeps"].contains(s.word(j) ?? ""), let g = s.word(j + 1), English.past(ofGerund: g) != nil { j += 1 }
        // "chose to hold the first status update until ...": the choice reads as the act
        // ("elected to continue selling vehicle-deck space after the capacity alarm, a decision inconsistent with company procedure": any act chosen)
        var chosen = false
        if ["chose", "decided", "opted", "elected"].contains(s.word(j) ?? ""), s.word(j + 1) == "to", s.isWord(j + 2) { j += 2; chosen = true }
        guard let w0 = s.word(j), s.isWord(j) else { return nil }
        var w = English.past(ofGerund: w0) ?? (w0 == "hold" ? "held" : w0 == "delay" ? "delayed" : chosen ? English.past(ofBase: w0) ?? (w0.hasSuffix("e") ? w0 + "d" : w0 + "ed") : w0)
        // (a chosen act read as going ahead, whatever its verb: "chose to resync the clock during peak arrivals against our published guidance")
        if chosen, !Lex.changeVerbs.contains(w), !["held", "delayed", "waited"].contains(w), !LanguageChecker.remedyActs.contains(w) { w = "proceeded" }
        let v = LanguageChecker.headVerb(w)
        let who = agentText(s, a)
        let whoLower = AgentFinder.lowerInProse(s.w[a.start]) || !s.toks[a.start].isCapitalized || a.strength == .they ? who.lowercasedFirst : who
        // ("They pushed the vault upgrade straight to mainnet, bypassing the multisig": "they" only with the gate named)
        if a.strength == .they {
            guard let f = wentAhead(a, s, verbAt: j, v, whoLower), s.span(j + 1, s.count).contains(where: { k in LanguageChecker.bypassLeads.contains { s.has($0, at: k) } }) else { return nil }
            return f
        }
        return refusal(a, s, verbAt: j, v, whoLower) ?? inaction(a, s, verbAt: j, v, whoLower) ?? remedyPutOff(a, s, verbAt: j, v, whoLower) ?? waitedToReport(a, s, verbAt: j, v)
            ?? slownessStressed(a, s, verbAt: j, v, whoLower) ?? ownConvenience(a, s, verbAt: j, v, whoLower) ?? wentAhead(a, s, verbAt: j, v, whoLower)
    }

    /// "refused to join", "declined to approve", "would not grant", "wouldn't pick up".
    private func refusal(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // a refusal: "refused to join", "declined to approve", "would not grant", "wouldn't pick up"
        var act: Int? = nil
        // ("He declined to speculate about what would have happened otherwise": a spokesman's reticence, not a refusal to act)
        if ["refused", "declined", "refuses", "declines"].contains(v), s.word(j + 1) == "to", s.isWord(j + 2),
           !["comment", "speculate", "elaborate", "name", "disclose", "specify", "say", "identify", "discuss", "be"].contains(s.w[j + 2]) { act = j + 2 }
        if v == "wouldn't" || v == "would" && s.word(j + 1) == "not" {
            let n = v == "would" ? j + 2 : j + 1
            if let x = s.word(n), LanguageChecker.withheldActs.contains(x) { act = n }
        }
        // "duty manager didn't want to wake them on a Friday": a hesitation to call for help
        if ["didn't", "did"].contains(v), let w = s.span(j + 1, j + 3).first(where: { s.w[$0] == "want" }), v == "didn't" || s.word(j + 1) == "not", s.word(w + 1) == "to",
           let x = s.word(w + 2), ["wake", "disturb", "bother", "call", "page", "escalate", "interrupt", "ring", "involve", "pull", "roll", "revert", "restart", "halt", "stop", "pause", "raise"].contains(x),
           // ("didn't want to roll back before confirming the schema was compatible, so she checked ...": caution with its reason)
           !s.span(w + 3, s.count).contains(where: { ["before", "until", "without", "so", "because", "since", "while", "unless"].contains(s.w[$0]) || LanguageChecker.recoveryWords.contains(s.w[$0]) }) { act = w + 2 }
        // ("Priya would not approve the change without a rollback plan" is the gate working; "..., which prevented data loss" a good call)
        // ("Lost ~20 min because the vendor's engineer wouldn't join the bridge without a P1 ticket": the refusal given as what cost the time,
        // unless a rule is named as the reason)
        // (a person, not a vendor's desk or team following its own process)
        let costed = a.start > 1 && !s.span(a.start, a.end + 1).contains(where: { ["desk", "team", "support", "service", "services", "department"].contains(s.w[$0]) }) && s.span(max(0, a.start - 3), a.start).contains(where: { s.w[$0] == "because" }) && s.span(0, a.start).contains(where: { ["lost", "cost", "wasted", "added", "delayed"].contains(s.w[$0]) })
            && !s.span(j + 1, s.count).contains(where: { ["policy", "requires", "required", "require", "runbook", "contract", "procedure", "rules", "regulator", "mandates", "mandated", "mandate", "sla", "compliance", "legal", "law", "terms", "process", "standard", "says"].contains(s.w[$0]) })
        if act != nil, !costed, s.span(j + 1, s.count).contains(where: { ["without", "unless"].contains(s.w[$0]) || LanguageChecker.recoveryWords.contains(s.w[$0]) }) { act = nil }
        if let n = act {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                              message: "\"\(s.text(a.start, n))\" makes \(whoLower.possessive) refusal the cause; say what the agreed path was and why it did not work in an incident.",
                              better: "Describe the missing path, not the refusal: " + Rewrite.quote("Recovery waited <how long> for <the access or help>; there was no agreed way to get it during an incident"))
        }
        return nil
    }

    /// "acknowledged it and then did nothing", "went back to sleep", "went silent".
    private func inaction(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // doing nothing: "acknowledged it and then did nothing", "took no action until the airline called"
        // ("had been seeing complaints come in from about 16:30 (there were 60-odd by then) but sat on them": past an aside)
        let sentenceEnd = s.span(j + 1, s.count).first(where: { s.isPunct($0) && [".", ";", "!", "?"].contains(s.w[$0]) }) ?? s.count
        let coordinated = s.span(j + 1, min(sentenceEnd, j + 26)).filter({ ["and", "but"].contains(s.w[$0]) }).map { s.word($0 + 1) == "then" ? $0 + 2 : $0 + 1 }
            .first(where: { doingNothing(s, from: $0) != nil })
        if let n = doingNothing(s, from: j) ?? coordinated.flatMap({ doingNothing(s, from: $0) }) {
            // ("but sat on them until 17:00 because the triage rota only escalates at the top of the hour": the reason is given)
            if doingNothing(s, from: j) == nil, hasSystemReason(s, after: n) { return nil }
            let said = n - a.start > 10 ? "\(agentText(s, a)) ... \(s.text(coordinated ?? j, n))" : s.text(a.start, n)
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                              message: "\"\(said)\" judges what \(whoLower) did not do; give the times and what would have prompted action.",
                              better: "Give the times and the missing prompt: " + Rewrite.quote("The alert was acknowledged at <time> and no action followed until <time>; nothing re-paged or escalated an acknowledged alert that stayed open"))
        }
        return nil
    }

    /// "The depot supervisor waited until the morning shift to report the discrepancy": a report held back by a person.
    func waitedToReport(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String) -> RawFinding? {
        // (only a wait for a shift, a day or a time of day, with no reason: "waited for the second probe failure to escalate" is the rule)
        guard ["waited", "held", "sat"].contains(v), let u = s.span(j + 1, j + 3).first(where: { ["until", "till"].contains(s.w[$0]) }),
              let t = s.span(u + 1, u + 9).first(where: { s.w[$0] == "to" }),
              s.span(u + 1, t).contains(where: { ["morning", "shift", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "tomorrow", "handover", "hand-over", "day", "next", "office", "business"].contains(s.w[$0]) }),
              !s.span(t + 2, s.count).contains(where: { ["so", "since", "because", "as", "which", "once", "after"].contains(s.w[$0]) }),
              let x = s.word(t + 1), ["report", "escalate", "tell", "inform", "notify", "page", "call", "raise", "flag", "mention", "alert", "declare", "open"].contains(x),
              // ("waited until the canary finished to page the database team, as the runbook says": the wait was the step)
              !s.span(u, s.count).contains(where: { ["runbook", "policy", "procedure", "required", "requires", "per", "planned", "agreed"].contains(s.w[$0]) || LanguageChecker.recoveryWords.contains(s.w[$0]) }) else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, t + 1),
                          message: "\"\(s.text(a.start, t + 1))\" makes a person's wait the problem; say what the process asked for and what made waiting look right at the time.",
                          better: "Describe the path, not the wait: " + Rewrite.quote("Discrepancies found on the night shift had no reporting path until <the morning handover>; the first report reached <who> at <time>"))
    }

    /// "held off revoking the token for 20 minutes while trying to work out who had merged what".
    private func remedyPutOff(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // a remedy put off: "held off revoking the token for 20 minutes while trying to work out who had merged what"
        if ["held", "holds"].contains(v), s.word(j + 1) == "off", let g = s.word(s.word(j + 2) == "on" ? j + 3 : j + 2), g.hasSuffix("ing") || ["the", "a"].contains(g) && s.span(j + 3, j + 5).contains(where: { ["rollback", "revert", "failover", "revocation", "restart", "page", "escalation"].contains(s.w[$0]) }),
           !hasSystemReason(s, after: j), !s.containsAny(["until", "because", "since"]) || s.containsAny(["while", "trying"]) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j + 1),
                              message: "\"\(s.text(a.start, j + 1))\" makes a person's hesitation the cause of the delay; say what they were waiting for and what would have made the step safe to take at once.",
                              better: "Say what the step waited on: " + Rewrite.quote("<The remedy> waited <how long> for <what was unknown>; the runbook did not say it was safe to do first"))
        }
        // "held up the carousel pull ~15 min waiting for sign-off, which let another ~3k boxes take the image"; also as an object
        // relative: "The pull, which the duty manager held up ~15 min ..., let another ~3k boxes ..." (with what the hold cost)
        if v == "held", s.word(j + 1) == "up", let f = s.span(j + 2, j + 10).first(where: { ["for", "until", "~", "about", "around", "nearly", "almost"].contains(s.w[$0]) || s.toks[$0].hasDigit }),
           s.span(f, f + 4).contains(where: { ["hours", "hour", "minutes", "min", "mins", "days", "day", "h", "m"].contains(s.w[$0]) || s.toks[$0].hasDigit }),
           s.span(f, s.count).contains(where: { k in s.w[k] == "another" && (s.word(k + 1).map { $0.first?.isNumber == true || $0 == "~" } ?? false) }),
           !s.span(f, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) || ["avoided", "protected", "prevented", "safely"].contains(s.w[$0]) }) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j + 1),
                              message: "\"\(s.text(a.start, j + 1))\" makes a person's hold the cause of the harm that followed; say what the step waited on and what would have let it go sooner.",
                              better: "Say what the step waited on: " + Rewrite.quote("<The step> waited <how long> for <the sign-off>; there was no pre-approved path for an incident like this"))
        }
        // "held the customer notification for two hours so legal could review the wording": the warning to customers held back
        if ["held", "delayed", "sat"].contains(v), let o = s.span(j + 1, j + 6).first(where: { ["notification", "notifications", "announcement", "update", "comms", "email", "statement", "rollback", "revert", "failover", "fix", "post", "message"].contains(s.w[$0]) }),
           s.span(j + 1, o).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }), s.word(o + 1) == "for" || s.word(o + 1) == "until",
           s.span(o + 2, s.count).contains(where: { ["hours", "hour", "minutes", "days", "day", "mins"].contains(s.w[$0]) || s.toks[$0].hasDigit }),
           // ("held the failover for five minutes to let replication catch up, which avoided data loss": the hold that protected something)
           ["in that time", "meanwhile", "by which time", "by then", "in the meantime"].contains(where: { s.find($0) != nil })
            || s.span(o + 2, s.count).contains(where: { LanguageChecker.negativeOutcome.contains(s.w[$0]) || ["heard", "complained", "learned", "found"].contains(s.w[$0]) || s.w[$0] == "left" && s.span($0 + 1, $0 + 4).contains(where: { s.w[$0] == "without" }) }),
           !s.span(o + 2, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) || ["avoided", "protected", "prevented"].contains(s.w[$0]) }) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, o),
                              message: "\"\(s.text(a.start, o))\" makes a person's hold the cause of the delay; say what the step waited on and what would have let it go sooner.",
                              better: "Say what the step waited on: " + Rewrite.quote("<The step> waited <how long> for <the review or approval>; there was no pre-approved path for an incident like this"))
        }
        return nil
    }

    /// "took nearly an hour to respond", "took ages to acknowledge" (a measured "took 4 minutes" is a fact).
    private func slownessStressed(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // slowness stressed: "took nearly an hour to respond", "took ages to acknowledge", "took too long to escalate"
        // ("took nearly a full day to even reply to our ticket")
        let respondsAt: (Int) -> Bool = { k in s.w[k] == "to" && (s.word(k + 1).map { LanguageChecker.slowResponseVerbs.contains($0) } == true
            || ["even", "actually", "so"].contains(s.word(k + 1) ?? "") && s.word(k + 2).map { LanguageChecker.slowResponseVerbs.contains($0) } == true) }
        if v == "took", let t = s.span(j + 1, j + 8).first(where: respondsAt),
           s.span(j + 1, t + 2).contains(where: { ["nearly", "almost", "over", "ages", "forever", "long", "too", "more", "full", "whole", "entire", "even"].contains(s.w[$0]) }), !s.span(j + 1, t).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number }),
           // ("took a full day to reply because their support desk is staffed only on weekdays": the reason is the system)
           !hasSystemReason(s, after: t), !s.span(t + 2, s.count).contains(where: { ["because", "since", "as", "sla", "contract", "contracted", "contractual", "within"].contains(s.w[$0]) }) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, t + 1),
                              message: "\"\(s.text(a.start, t + 1))\" stresses a person's slowness; give the times and what made the response slow.",
                              better: "Give the times and the reason: " + Rewrite.quote("The page fired at <time> and was acknowledged at <time>; <what delayed it: routing, a second page, no escalation>"))
        }
        // the delay measured, then put on people's attention: "took 40 minutes to notice the lag because nobody on the shift was watching"
        if v == "took", let t = s.span(j + 1, j + 7).first(where: { s.w[$0] == "to" && s.word($0 + 1).map { LanguageChecker.slowResponseVerbs.contains($0) } == true }),
           let c = s.span(t + 2, s.count).first(where: { ["because", "since", "as"].contains(s.w[$0]) }),
           ["nobody", "no-one", "noone"].contains(s.word(c + 1) ?? "") || s.has("no one", at: c + 1) || ["they", "he", "she"].contains(s.word(c + 1) ?? "") && s.span(c + 2, c + 4).contains(where: { ["not", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }),
           // (people's attention, not a page that never came: "because nobody was paged" is about the system)
           s.span(c + 1, min(s.count, c + 8)).contains(where: { ["watching", "looking", "monitoring", "checking", "noticed", "paying", "reading", "watched", "looked", "checked"].contains(s.w[$0]) }) {
            let what = Rewrite.cleanRest(s, from: t + 2).split(separator: " ").prefix(while: { !["because", "since", "as"].contains($0.lowercased()) }).joined(separator: " ")
            let d0 = ["us", "me", "them", "him", "her"].contains(s.word(j + 1) ?? "") ? j + 2 : j + 1
            let took = s.text(d0, t - 1)
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, t + 1),
                              message: "This puts the \(took) on people's attention; say what would have drawn it (an alert, a page, a routed signal).",
                              better: "Say what detection depended on: " + Rewrite.quote("\(what.isEmpty ? "The problem" : what.capitalizedFirst) went unnoticed for \(took): no alert fired on it, and seeing it depended on someone watching"))
        }
        return nil
    }

    /// "disabled the canary stage the week before to speed up their own deploys".
    private func ownConvenience(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // "Tomasz approved his own PR at 23:50 to squeeze it into the release": a review bypassed by the author
        if ["approved", "merged", "reviewed", "signed"].contains(v), s.word(j + 2) == "own", ["his", "her", "their"].contains(s.word(j + 1) ?? "") {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(j + 3, s.count - 1)),
                              message: "\"\(s.text(a.start, min(j + 3, s.count - 1)))\" puts the bypassed review on a person; say why the tool let an author approve their own change.",
                              better: "Describe the gap in the review tool: " + Rewrite.quote("The change was approved by its author: branch protection allows self-approval after 22:00"))
        }
        // "The help desk closed the first four student reports as 'user error'": reports dismissed by a person
        if ["closed", "dismissed", "marked", "tagged", "resolved", "triaged", "wrote"].contains(v), let as_ = s.span(j + 1, j + 16).first(where: { s.w[$0] == "as" }),
           s.span(j + 1, as_).contains(where: { ["tickets", "reports", "report", "ticket", "complaints", "alerts", "alert", "it", "them", "pages", "bugs"].contains(s.w[$0]) }),
           // (a quoted verdict, "as 'user error'", is left out of the words; "as" then ends the clause)
           as_ + 1 > s.endIndexBeforeFinalPunct || s.isPunct(as_ + 1)
            || s.span(as_ + 1, as_ + 4).contains(where: { s.toks[$0].quoted || ["user", "noise", "spam", "duplicate", "duplicates", "flaky", "invalid", "known", "expected", "not", "won't", "wontfix", "false"].contains(s.w[$0].trimmingCharacters(in: CharacterSet(charactersIn: "'\"‘’“”"))) }) {
            let e = as_ + 1 <= s.endIndexBeforeFinalPunct && !s.isPunct(as_ + 1) ? as_ + 1 : as_ - 1
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, e),
                              message: "\"\(s.text(a.start, e))\" says people dismissed the reports; say what made them look like noise and what would have escalated them.",
                              better: "Describe why the reports looked routine: " + Rewrite.quote("<N> reports were closed as <category> between <time> and <time>; nothing grouped similar reports or escalated a spike"))
        }
        // "logged the 02:37 call as a single broken handset, which sent it to the desktop support queue and cost us another 12 minutes":
        // a report filed under the wrong heading, with what that cost
        if ["logged", "classified", "categorised", "categorized", "filed", "triaged", "closed", "marked", "tagged", "routed", "treated"].contains(v),
           let as_ = s.span(j + 1, j + 9).first(where: { s.w[$0] == "as" }),
           s.span(as_ + 1, s.count).contains(where: { ["which", "and", "so"].contains(s.w[$0]) && s.span($0 + 1, $0 + 9).contains(where: { isCausal(s, $0) }) }),
           !s.span(as_ + 1, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) }) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, as_),
                              message: "\"\(s.text(a.start, as_)) ...\" puts the cost of a misfiled report on a person; say what made it look like that and what would have routed it right.",
                              better: "Describe why the report looked routine: " + Rewrite.quote("The call at <time> matched <the category>, so it went to <the queue>; nothing in the call script flagged it for a second look"))
        }
        // a personal motive: "disabled the canary stage the week before to speed up their own deploys"
        if ["disabled", "bypassed", "skipped", "silenced", "muted", "overrode", "removed", "turned", "suppressed", "paused"].contains(v), let o = s.span(j + 1, s.count).first(where: { s.w[$0] == "own" && ["their", "his", "her"].contains(s.w[$0 - 1]) }),
           s.span(j + 1, o).contains(where: { ["to", "for"].contains(s.w[$0]) }) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, o),
                              message: "This gives \(whoLower.possessive) own convenience as the reason for the change; say what the change did and what let one person make it.",
                              better: "Describe the change and the gap: " + Rewrite.quote("<The safeguard> was disabled on <date> and nothing flagged it; disabling it needed no review"))
        }
        return nil
    }

    /// "shipped the release ... against policy", "pushed ahead ... even though the canary was red".
    private func wentAhead(_ a: Agent, _ s: Sentence, verbAt j: Int, _ v: String, _ whoLower: String) -> RawFinding? {
        // going ahead against a warning or a rule: "shipped the release ... against policy", "pushed ahead ... even though the canary was red"
        let goesAhead = Lex.changeVerbs.contains(v) || ["pushed", "went", "proceeded", "pressed", "carried", "continued", "forged", "overrode", "promoted", "launched", "kept", "let", "promised", "committed", "agreed", "announced", "cut", "scrapped", "axed", "reduced"].contains(v)
        guard goesAhead, !LanguageChecker.remedyActs.contains(v), !hasSystemReason(s, after: j) else { return nil }
        // ("deployed the fix even though the dashboards still showed errors" is the response)
        if s.span(j + 1, j + 4).contains(where: { ["fix", "hotfix", "patch", "rollback", "revert", "mitigation", "workaround"].contains(s.w[$0]) }) { return nil }
        let end = clauseEnd(s, from: j + 1)
        guard let m = s.span(j + 1, max(j + 1, min(s.count, end + 8))).first(where: { k in LanguageChecker.defianceLeads.contains { s.has($0, at: k) } || againstRule(s, at: k) }) else { return nil }
        // ("ran the maintenance as planned in CHG-4411 despite the noise" is sanctioned work; "outside the approved window" is not)
        if isPlannedWork(s, from: j + 1), !s.span(j + 1, m + 3).contains(where: { ["outside", "without", "against", "violation", "breach", "freeze"].contains(s.w[$0]) }) { return nil }
        // ("despite the failover, latency stayed high" is about the system; the warning must follow the person's act in the same sentence)
        if s.span(j + 1, m).contains(where: { s.isPunct($0) && [".", ";"].contains(s.w[$0]) }) { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(m + 1, s.count - 1)),
                          message: "This says \(whoLower) went ahead against a warning or a rule; say what the warning looked like then, why going ahead seemed reasonable, and what did not stop it.",
                          better: "Describe the gate, not the person: " + Rewrite.quote("The change went ahead while <the warning> showed <state>; nothing in the pipeline blocked it, and <why it looked safe at the time>"))
    }

    /// "I broke email for the whole family for a weekend": self-blame is still blame; say what the step did and what let it.
    func selfBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.strength == .i else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), ["just", "basically", "then", "also", "completely", "totally", "single-handedly", "managed"].contains(s.w[j]) || s.w[j] == "to" && s.word(j - 1) == "managed" { j += 1 }
        guard let v = s.word(j), s.isWord(j) else { return nil }
        // ("I underestimated the issue", "I forged ahead into the unknown", "I just dismissed the email", "I tried to force a deployment")
        let misjudged = ["underestimated", "misjudged", "misread", "misinterpreted", "misunderstood", "dismissed", "overlooked", "rushed", "botched", "panicked"].contains(v)
            || ["forged", "pushed", "ploughed", "plowed", "barrelled", "barreled", "pressed"].contains(v) && ["ahead", "on"].contains(s.word(j + 1) ?? "")
                && !s.span(j + 2, j + 6).contains(where: { ["failover", "rollback", "fix", "restore", "recovery", "mitigation", "revert"].contains(s.w[$0]) })
            || v == "tried" && s.has("to force", at: j + 1)
        // "I deleted all the orders in the DB", "I dropped the production table": data destroyed by the writer's own hand
        // ("I deleted the corrupted rows" removes a bad thing)
        let objectSpan = s.span(j + 1, clauseEnd(s, from: j + 1))
        let destroyedData = ["deleted", "dropped", "truncated", "overwrote", "erased", "purged", "wiped"].contains(v)
            && objectSpan.contains(where: { ["production", "prod", "all", "data", "database", "db", "orders", "everything", "customer", "customers", "users"].contains(s.w[$0]) })
            && !objectSpan.contains(where: { ["corrupt", "corrupted", "stale", "bad", "broken", "duplicate", "duplicated", "orphaned", "test", "temporary", "leaked", "old", "wrong", "cached"].contains(s.w[$0]) })
            && !s.w.contains(where: { LanguageChecker.recoveryWords.contains($0) })
        // "I pushed the broken feed template at 16:40 and it broke RSS": the writer's change, then the harm it did
        let thenHarm = Lex.changeVerbs.contains(v) && s.span(j + 1, s.count).contains(where: { m in
            s.w[m] == "and" && ["it", "this", "that"].contains(s.word(m + 1) ?? "") && (isCausal(s, m + 2) || ["broke", "took", "crashed", "corrupted", "deleted"].contains(s.word(m + 2) ?? ""))
                // "..., and that is what corrupted the grade columns"
                || s.w[m] == "and" && (s.has("that is what", at: m + 1) || s.has("that's what", at: m + 1) || s.has("this is what", at: m + 1)) && isCausal(s, m + (s.word(m + 2) == "is" ? 4 : 3))
                || s.w[m] == "which" && m > 0 && s.isPunct(m - 1) && isCausal(s, m + 1) })
        let broke = misjudged || destroyedData || thenHarm || ["broke", "crashed", "nuked", "wiped", "destroyed", "trashed", "bricked", "killed", "caused", "borked", "hosed"].contains(v)
            || ["took", "brought", "knocked"].contains(v) && s.span(j + 1, j + 6).contains(where: { ["down", "offline", "out"].contains(s.w[$0]) })
        guard broke, !(v == "killed" && s.span(j + 1, j + 4).contains(where: { ["process", "processes", "pod", "pods", "job", "jobs", "query", "queries", "session", "sessions"].contains(s.w[$0]) })) else { return nil }
        // a step taken as the remedy: "I took the server offline for 6 hours to restore the world from backup", "so I killed everything,
        // deleted the container ...", "I took down the API, created a new follower database, and then failed over to it"
        if !misjudged, j > 0, ["so", "then"].contains(s.w[j - 1]) || a.start > 0 && ["so", "then"].contains(s.w[a.start - 1])
            || s.span(j + 1, s.count).contains(where: { k in ["to restore", "to recover", "to repair", "to fix", "to migrate", "to upgrade", "to rebuild", "to replace", "to install",
                "to patch", "to apply", "for maintenance", "failed over", "created a new", "restored"].contains { s.has($0, at: k) } }) { return nil }
        let e = ["ahead", "on", "to"].contains(s.word(j + 1) ?? "") && misjudged ? j + (v == "tried" ? 2 : 1) : j
        // ("The broken feed template was pushed at 16:40 and it broke RSS ...": the step as the subject, when the sentence allows it)
        let step = destroyedData || thenHarm ? Rewrite.passiveSentence(s, a, verbAt: j) : nil
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, e),
                          message: "\"\(s.text(a.start, e))\" blames yourself; self-blame is still blame. Describe the step, what it did, and what let it have that effect.",
                          better: "Describe the step and the gap, not yourself: " + Rewrite.quote((step ?? "<The step> at <time> <what it did>") + "; nothing in <the tool or process> warned that it would"))
    }

    /// Ways to say an outsider acted without telling anyone: "without warning us", "without notice".
    static let unannounced: Set<String> = ["warning", "notifying", "telling", "informing", "notice", "coordinating", "asking", "checking", "consulting", "testing"]

    /// "Ultimately the outage happened because the customer kept hammering our API", "the client rotated their certificate without
    /// notifying us": a customer's act made the cause. ("A customer pushed a valid configuration change that triggered the bug" names the trigger.)
    func outsiderBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.strength == .outsider else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are", "been", "be", "had", "has", "have", "did"].contains(s.w[j]) { j += 1 }
        if let k = s.word(j), ["kept", "keeps"].contains(k), let g = s.word(j + 1), English.past(ofGerund: g) != nil || g.hasSuffix("ing") { j += 1 }
        guard let w = s.word(j), s.isWord(j) else { return nil }
        let v = English.past(ofGerund: w) ?? w
        // "kept re-listing the same tickets during the incident, which created another 60 duplicate listings": a habit with its cost
        let keptWithCost = ["kept", "keeps"].contains(s.word(a.end + 1) ?? "")
            // ("The clients kept retrying, which doubled the load": what the system did with it, not a cost put on the response)
            && s.span(j + 1, s.count).contains(where: { s.w[$0] == "which" && s.isPunct($0 - 1) && ["created", "cost", "added", "made"].contains(s.word($0 + 1) ?? "") && isCausal(s, $0 + 1) })
        guard keptWithCost || Lex.changeVerbs.contains(v) || Lex.failingVerbs.contains(v) || ["hammered", "hammering", "flooded", "flooding", "blocked", "spammed", "overloaded", "sent", "scraped", "scraping"].contains(v) else { return nil }
        let end = clauseEnd(s, from: j + 1)
        let silent = s.span(j + 1, end).first(where: { s.w[$0] == "without" && s.word($0 + 1).map { LanguageChecker.unannounced.contains($0) } == true })
        // "misconfigured their webhook and flooded our ingest queue, delaying deliveries for every other tenant": the harm told with the act
        let harmed = ["misconfigured", "mis-configured", "hammered", "flooded", "overloaded", "spammed"].contains(v)
            && s.span(j + 1, s.count).contains(where: { ["flooded", "overloaded", "delaying", "causing", "crashing", "exhausting", "saturating", "starving", "breaking", "knocking", "taking", "overwhelming", "overwhelmed"].contains(s.w[$0]) })
        // "kept re-confirming holds in the venue portal after being asked to pause": going on after being asked to stop
        let askedToStop = s.span(j + 1, s.count).contains(where: { k in ["after being asked to", "after being told to", "despite being asked", "despite being told", "after we asked them to"].contains { s.has($0, at: k) } })
        guard causalMarkerBefore(s, a.start) || silent != nil || harmed || keptWithCost || askedToStop else { return nil }
        let who = agentText(s, a).lowercasedFirst
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, silent.map { $0 + 1 } ?? j),
                          message: "This makes what \(who) did the cause; a customer using the system is the trigger. Say what let their use have that effect.",
                          better: "Make the system's limit the cause: " + Rewrite.quote("<The customer's traffic or change> reached <the component>, which had no <rate limit, validation or notice requirement> for it, so <what failed>"))
    }

    /// "bulk-updated", "force-pushed", "hand-edited": the change verb at the end of a compound.
    static func headVerb(_ v: String) -> String {
        guard v.contains("-"), let last = v.split(separator: "-").last.map(String.init), Lex.changeVerbs.contains(last) || Lex.failingVerbs.contains(last) else { return v }
        return last
    }

    /// "took nearly an hour to respond to the page": a person's slowness stressed, not measured.
    static let slowResponseVerbs: Set<String> = ["respond", "acknowledge", "answer", "join", "escalate", "react", "notice", "reply", "pick", "show"]

    /// "does nothing", "doesn't do anything", "had evidently not done so": the index of the last word, if any.
    private func nothingDone(_ s: Sentence, from j: Int) -> Int? {
        var k = j
        if s.has("does nothing", at: k) { return k + 1 }
        if let w = s.word(k), ["had", "has", "did", "does", "hadn't", "hasn't", "didn't", "doesn't"].contains(w) { k += 1 }
        while let w = s.word(k), ["evidently", "apparently", "clearly", "obviously", "simply", "then", "still", "again"].contains(w) { k += 1 }
        let negated = ["hadn't", "hasn't", "didn't", "doesn't"].contains(s.word(j) ?? "")
        if !negated { guard let w = s.word(k), w == "not" || w == "never" else { return nil }; k += 1 }
        guard let v = s.word(k), ["do", "done", "did"].contains(v), let o = s.word(k + 1), ["so", "anything"].contains(o) else { return nil }
        // ("did not do so because the replica was lagging": the reason given)
        if s.span(k + 2, s.count).contains(where: { ["because", "since", "as", "until", "pending"].contains(s.w[$0]) }) { return nil }
        return k + 1
    }

    /// "did nothing", "took no action", "didn't do anything", "sat on it": the index of the last word, if any.
    private func doingNothing(_ s: Sentence, from j: Int) -> Int? {
        // (a person at the sentence's end has no act after them: "... was the Head of Operations")
        guard j < s.count else { return nil }
        // (the "did" of "did nothing" may already have been read past as an auxiliary)
        let j = j > 0 && ["did", "does"].contains(s.w[j - 1]) && ["nothing", "not"].contains(s.word(j) ?? "") ? j - 1 : j
        // ("Craig did nothing wrong": cleared, not faulted)
        if s.has("did nothing", at: j) || s.has("does nothing", at: j), ["wrong", "improper", "unusual", "incorrect", "different", "unsafe"].contains(s.word(j + 2) ?? "") { return nil }
        // ("doesn't do anything about it", "had been asked to monitor the display and had evidently not done so")
        if let n = nothingDone(s, from: j) { return n }
        if s.has("did nothing", at: j) || s.has("took no action", at: j) || s.has("did not do anything", at: j) { return j + (s.w[j + 1] == "nothing" ? 1 : s.w[j] == "took" ? 2 : 3) }
        if s.has("didn't do anything", at: j) { return j + 2 }
        // ("a former systems librarian who built no checks into it at all", "made no attempt to", "gave no warning"): nothing done, told as an act
        if ["built", "added", "wrote", "put", "made", "gave", "raised", "performed", "carried", "ran"].contains(s.w[j]), s.word(j + 1) == "no",
           let n = s.word(j + 2), ["checks", "check", "tests", "test", "validation", "safeguards", "safeguard", "attempt", "effort", "warning", "alarm", "alert", "alerts", "handover", "record", "review", "checking"].contains(n),
           !(s.w[j] == "made" && ["difference"].contains(n)) { return j + 2 }
        // ("RCMP leadership had done very little to systematically evaluate its critical incident response")
        if let p = ["had done very little", "has done very little", "did very little", "had done little", "has done little", "did little to"].first(where: { s.has($0, at: j) }) { return j + p.split(separator: " ").count - 1 }
        // "acknowledged it, and went back to sleep", "went silent for half an hour", "didn't show up until it was over"
        if s.has("went back to sleep", at: j) || s.has("went back to bed", at: j) { return j + 3 }
        // "acked it and went back to their game", "but went back to the storage migration": back to other work (after an acknowledgement)
        if s.has("went back to", at: j), s.span(0, j).contains(where: { ["acked", "acknowledged", "ack'd", "saw", "noticed", "read", "accepted"].contains(s.w[$0]) }),
           s.span(j + 3, j + 5).contains(where: { ["his", "her", "their"].contains(s.w[$0]) }) && s.span(j + 4, j + 6).contains(where: { ["game", "games", "lunch", "dinner", "movie", "film", "show", "break", "weekend", "evening", "party"].contains(s.w[$0]) })
            || s.span(j + 3, s.count).contains(where: { k in ["so nobody", "so no one", "and nobody", "and no one", "so the"].contains { s.has($0, at: k) } }),
           !s.span(j + 3, s.count).contains(where: { ["since", "because", "fix", "runbook", "failover", "rollback"].contains(s.w[$0]) }) { return j + 2 }
        if s.has("went silent", at: j) || s.has("went dark", at: j) || s.has("went missing", at: j) || s.has("went quiet", at: j) { return j + 1 }
        if s.has("didn't show up", at: j) || s.has("did not show up", at: j) || s.has("never showed up", at: j) { return j + (s.w[j] == "did" ? 3 : 2) }
        if s.has("sat on", at: j), let n = s.word(j + 2), ["it", "the", "this", "that", "our", "a", "an", "his", "her", "their", "those", "these", "them"].contains(n) { return j + 2 }
        return nil
    }
}
