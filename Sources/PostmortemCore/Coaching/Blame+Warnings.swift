/// Blame by a warning put down: a person who silenced an alert they had seen, did not react to it, or noticed a problem and
/// told nobody; and a person whose act is said to have held up the response.
extension LanguageChecker {
    static let warningNouns: Set<String> = ["alert", "alerts", "alarm", "alarms", "warning", "warnings", "page", "pages", "notification",
        "notifications", "pager", "siren", "heartbeat", "alerting", "monitor", "monitors", "check", "checks", "channel"]
    /// What a warning was dismissed as: "muted it as a probable false positive", "flagged the alerts as noise".
    static let dismissals: Set<String> = ["noise", "noisy", "false", "spurious", "flapping", "flaky", "benign", "harmless", "routine", "usual", "known", "expected", "test", "bogus"]
    static let delayVerbs: Set<String> = ["held", "delayed", "slowed", "stalled", "postponed", "prolonged", "blocked", "hampered", "hindered"]

    /// "but Rui muted it as a probable false positive", "saw it and just silenced it", "acknowledged it without investigating, so ...",
    /// "had flagged importer alerts as noise months ago and turned them off".
    func warningBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.isBlameable, a.strength != .they || s.containsAny(["just", "simply"]) else { return nil }
        let who = agentText(s, a)
        let aboutWarning = s.w.contains { LanguageChecker.warningNouns.contains($0) } || s.w.contains { ["it", "them"].contains($0) } && [.detection, .response, .timeline].contains(role)
        let end = aboutWarning ? min(s.count, a.end + 18) : a.end + 1
        // the act itself, or one coordinated after it: "saw it and just silenced it"
        for v in s.span(a.end + 1, end) where s.isWord(v) {
            if ["because", "since", "which", "who", "when", "after", "once", "until", "if"].contains(s.w[v]) || s.isPunct(v) && [".", ";", "?", "!"].contains(s.w[v]) { break }
            guard let objEnd = silencing(s, at: v) else { continue }
            let prev = s.word(v - 1) ?? ""
            guard v == a.end + 1 || ["and", "then", "just", "simply", "promptly", "quickly", "immediately", "had", "has", "have", "also", "eventually"].contains(prev) || prev == s.w[a.end] else { continue }
            // (housekeeping: "silenced the duplicate pages from the replica", "muted the alert once the failover finished")
            // ("chose to wait and see whether it cleared on its own": the recovery hoped for, not had)
            let hoped = ["chose", "decided", "elected", "opted"].contains(s.w[v])
            if !hoped, s.span(v + 1, s.count).contains(where: { ["duplicate", "duplicates", "duplicated", "once", "after", "while", "during"].contains(s.w[$0]) && !s.has("after being", at: $0) })
                || s.w.contains(where: { LanguageChecker.recoveryWords.contains($0) }) && !(hoped && s.span(v, s.count).contains(where: { ["whether", "if"].contains(s.w[$0]) })) { return nil }
            let just = s.span(a.end + 1, v).contains { ["just", "simply"].contains(s.w[$0]) }
            let dismissed = s.span(a.end + 1, s.count).contains { s.w[$0] == "as" && s.span($0 + 1, $0 + 4).contains(where: { LanguageChecker.dismissals.contains(s.w[$0]) }) }
            let unexamined = s.span(v + 1, s.count).contains { s.w[$0] == "without" && ["investigating", "looking", "checking", "reading", "opening", "escalating", "telling", "verifying"].contains(s.word($0 + 1) ?? "") }
            let contrast = s.span(0, a.start).contains { s.w[$0] == "but" }
            let consequence = s.span(objEnd + 1, s.count).contains { m in LanguageChecker.consequenceMarkers.contains { s.has($0, at: m) } }
            // "saw the first error alert at 09:16 and chose to wait and see": the wait chosen over the warning
            // (only an open-ended wait: not "chose to wait for the canary to complete, per the runbook", "decided not to escalate, since the policy ...")
            let choseToWait = ["chose", "decided", "elected", "opted"].contains(s.w[v]) && s.span(0, v).contains(where: { ["saw", "seen", "noticed", "acknowledged", "acked", "received", "got"].contains(s.w[$0]) })
                && !s.span(objEnd + 1, s.count).contains(where: { ["because", "since", "as", "per", "runbook", "policy", "protocol", "procedure", "until", "for", "before", "recommends", "advises", "threshold"].contains(s.w[$0]) })
                && (objEnd + 1 >= s.endIndexBeforeFinalPunct || s.span(objEnd + 1, s.count).contains(where: { ["whether", "if", "see", "out"].contains(s.w[$0]) }))
            if hoped, !choseToWait { continue }
            guard just || dismissed || unexamined || contrast || consequence || choseToWait else { continue }
            let said = v <= a.end + 3 ? s.text(a.start, objEnd) : "\(who) ... \(s.text(v, objEnd))"
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, objEnd),
                              message: "\"\(said)\" puts the missed warning on a person; say what made it look like noise and what would have kept it loud.",
                              better: "Describe the warning and what let it be put down: " + Rewrite.quote("The \(warningName(s)) fired at <time> and was silenced without a second look: it fired <how often> without impact, and silencing it needed no check or escalation"))
        }
        return notToldBlame(a, in: s, who: who)
    }

    /// Where a silencing act ends, if the word at `v` starts one: "muted it", "turned them off", "acknowledged it without investigating".
    private func silencing(_ s: Sentence, at v: Int) -> Int? {
        let x = s.w[v]
        if ["silenced", "muted", "snoozed", "suppressed", "dismissed", "acked", "acknowledged", "disabled", "ignored", "cleared"].contains(x) {
            return s.span(v + 1, v + 5).first(where: { ["it", "them"].contains(s.w[$0]) || LanguageChecker.warningNouns.contains(s.w[$0]) }) ?? (x == "acknowledged" || x == "acked" ? nil : v)
        }
        // "chose to wait and see", "decided not to escalate", "elected to leave it until the morning"
        if ["chose", "decided", "elected", "opted"].contains(x) {
            let n = s.word(v + 1) == "not" ? v + 2 : v + 1
            guard s.word(n) == "to", let g = s.word(n + 1) else { return nil }
            if s.word(v + 1) == "not" { return ["escalate", "page", "call", "wake", "tell", "raise", "act", "investigate", "report"].contains(g) ? n + 1 : nil }
            return ["wait", "ignore", "leave", "hold", "sit", "watch", "monitor", "defer", "snooze", "mute", "silence", "dismiss"].contains(g) ? n + 1 : nil
        }
        // "turned them off", "switched the importer alerts off"
        if ["turned", "switched", "shut"].contains(x), let off = s.span(v + 1, v + 6).first(where: { ["off", "down"].contains(s.w[$0]) }),
           s.span(v + 1, off).contains(where: { ["it", "them"].contains(s.w[$0]) || LanguageChecker.warningNouns.contains(s.w[$0]) }) || s.span(off + 1, off + 4).contains(where: { LanguageChecker.warningNouns.contains(s.w[$0]) }) {
            return off
        }
        return nil
    }

    private func warningName(_ s: Sentence) -> String {
        s.w.first { LanguageChecker.warningNouns.contains($0) && !["it", "channel"].contains($0) }.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 } ?? "alert"
    }

    /// "The IT team was not reacting to the Zabbix alarm", "had noticed the odd times ... but didn't tell anyone":
    /// a warning seen and not passed on.
    private func notToldBlame(_ a: Agent, in s: Sentence, who: String) -> RawFinding? {
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are", "had", "has"].contains(s.w[j]) { j += 1 }
        // "was not reacting to the alarm", "did not respond to the page"
        let negEnd: Int? = {
            if ["was", "were", "did"].contains(s.word(j) ?? ""), ["not", "never"].contains(s.word(j + 1) ?? "") { return j + 2 }
            if ["wasn't", "weren't", "didn't", "never"].contains(s.word(j) ?? "") { return j + 1 }
            return nil
        }()
        if let n = negEnd, let v = s.word(n), ["reacting", "responding", "react", "respond", "acting", "act"].contains(v), s.word(n + 1) == "to" || s.word(n + 1) == "on",
           s.span(n + 2, n + 6).contains(where: { LanguageChecker.warningNouns.contains(s.w[$0]) }), !personFreeReason(s, after: n) {
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n + 1),
                              message: "\"\(s.text(a.start, n + 1))\" puts the delay on people; give the times and what the \(warningName(s)) needed to reach someone who could act.",
                              better: "Give the times and what routing missed: " + Rewrite.quote("The \(warningName(s)) fired at <time> and was first acted on at <time>; it went only to <a channel or device> that nobody was watching, with no escalation"))
        }
        // "had noticed the odd times on Sunday evening but didn't tell anyone"
        guard let seen = s.span(j, j + 3).first(where: { ["noticed", "saw", "spotted", "seen", "knew", "observed", "discovered"].contains(s.w[$0]) }),
              let but = s.span(seen + 1, seen + 16).first(where: { s.w[$0] == "but" }) else { return nil }
        var n = but + 1
        if ["did", "had"].contains(s.word(n) ?? ""), ["not", "never"].contains(s.word(n + 1) ?? "") { n += 2 }
        else if ["didn't", "never", "hadn't"].contains(s.word(n) ?? "") { n += 1 } else { return nil }
        guard let v = s.word(n), ["tell", "told", "report", "reported", "escalate", "escalated", "raise", "raised", "mention", "mentioned", "flag", "flagged", "share", "shared", "pass", "passed", "page", "paged", "notify", "notified", "alert", "alerted"].contains(v),
              !personFreeReason(s, after: n) else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                          message: "\"\(s.text(a.start, n))\" judges what people did not pass on; say what they saw and what route there was to report it.",
                          better: "Describe the missing route: " + Rewrite.quote("The problem was visible to <who> at <time>; there was no agreed channel or threshold for reporting it, and it reached <the owning team> at <time>"))
    }

    /// "because the page went to an old number": a reason that is not about people (a reason about them keeps the blame:
    /// "because they were in the weekly meeting").
    private func personFreeReason(_ s: Sentence, after i: Int) -> Bool {
        guard let c = s.span(i + 1, s.count).first(where: { ["because", "since", "as"].contains(s.w[$0]) }) else { return false }
        let subj = s.word(c + 1) ?? ""
        return !["they", "he", "she", "we", "i", "nobody", "everyone", "no-one"].contains(subj) && finder.agent(s, at: c + 1)?.isBlameable != true
    }

    /// "rolled the schema change to production on a Saturday afternoon with nobody from the gateway side online",
    /// "did the cluster move alone": a change made with nobody there to catch it, told as the person's choice.
    func unwatchedChangeBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, let j = actVerb(after: a, in: s) else { return nil }
        let v = English.past(ofParticiple: s.w[j]) ?? s.w[j]
        guard Lex.changeVerbs.contains(v) || ["rolled", "shipped", "merged", "migrated", "moved", "cut"].contains(v), !LanguageChecker.remedyActs.contains(v) || v == "rolled" && s.word(j + 1) != "back", v != "rebooted",
              !isRemedyAct(s, from: j + 1), !isPlannedWork(s, from: j + 1) else { return nil }
        let end = clauseEnd(s, from: j + 1)
        guard let m = s.span(j + 1, max(j + 1, end)).first(where: { k in
            ["with nobody", "with no one", "with no-one", "without anyone", "without anybody", "and nobody", "and no one"].contains { s.has($0, at: k) }
                || ["alone", "unsupervised", "single-handedly"].contains(s.w[k]) }),
              // ("escalated straight away rather than debugging alone": the course not taken)
              !s.span(j + 1, m).contains(where: { ["rather", "instead", "than"].contains(s.w[$0]) }) else { return nil }
        let e = ["alone", "unsupervised", "single-handedly"].contains(s.w[m]) ? m : m + 1
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, e),
                          message: "\"\(agentText(s, a)) \(s.w[j]) ... \(s.text(m, e))\" makes the timing a person's fault; say what let a change go out with nobody able to catch it.",
                          better: "Describe the gap, not the choice: " + Rewrite.quote("The change went to production at <time> with no one from <the affected team> available; nothing in the change process requires them to be on hand"))
    }

    /// "Restoring the remaining services took until 11:47 because the Estates administrator did not respond", "The queues got worse
    /// because volunteers told visitors to re-download their tickets": a delay or a worsening explained by what a person did.
    func delayPutOnPerson(_ s: Sentence) -> [RawFinding] {
        // "... after the Head of Capital Markets declined to halt locking", "The signal backlog happened after the supervisor switched ..."
        guard let c = s.w.firstIndex(where: { ["because", "since", "after"].contains($0) }), c > 1 else { return [] }
        let before = s.span(0, c)
        // ("the delay to pausing sales was because marketing wanted to keep them open": the delay named as a noun)
        let worse = before.contains(where: { ["worse", "longer", "delayed", "slower", "prolonged", "extended", "stalled", "dragged"].contains(s.w[$0]) || s.w[$0] == "delay" && c - $0 <= 8 && s.span($0 + 1, c).contains(where: { ["was", "is"].contains(s.w[$0]) }) })
            || before.contains(where: { s.w[$0] == "took" && s.span($0 + 1, $0 + 5).contains(where: { ["until", "longer", "another", "extra", "over"].contains(s.w[$0]) }) })
        // ("The backlog began draining after ...", "The outage started shortly after Ana began the planned maintenance, as scheduled":
        // a timeline, not a cause)
        let trigger = c >= 2 && ["happened", "began", "started", "occurred"].contains(["shortly", "right", "just", "soon", "only"].contains(s.w[c - 1]) ? s.w[c - 2] : s.w[c - 1])
        let began = s.w[c] == "after" && trigger
            && before.contains(where: { ["backlog", "backlogs", "outage", "incident", "errors", "failures", "corruption", "problem", "problems", "loss"].contains(s.w[$0]) })
            && !s.containsAny(["planned", "scheduled", "specified", "agreed", "documented", "intended", "expected", "requires", "required", "procedure"]) && s.find("as planned") == nil
        guard worse || began else { return [] }
        var q = c + 1
        while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
        // the person may sit a few words into the noun phrase: "the Estates systems administrator", "front-of-house volunteers"
        // (the longest reading: "the Estates administrator", not "the Estates")
        guard let a = s.span(c + 1, c + 6).compactMap({ self.finder.agent(s, at: $0) }).filter({ $0.strength == .strong || $0.strength == .weak }).max(by: { $0.end < $1.end }),
              s.span(c + 1, a.start).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }), !s.toks[a.end].isPossessive else { return [] }
        var j = a.end + 1
        // "did not respond", "never answered", "couldn't reach": an omission
        let negated = ["did", "didn't", "never", "could", "couldn't", "would", "wouldn't"].contains(s.word(j) ?? "")
            && (s.w[j].hasSuffix("n't") || s.w[j] == "never" || ["not", "never"].contains(s.word(j + 1) ?? ""))
        while !negated, j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are"].contains(s.w[j]) || ["had", "has", "already", "still"].contains(s.w[j]) { j += 1 }
        guard let v = s.word(j), s.isWord(j), !["was", "were", "is", "are", "had", "has", "been", "got"].contains(v) else { return [] }
        // ("because the vendor did not have a spare controller": what was on hand, not an act)
        if negated, s.span(j + 1, j + 3).contains(where: { ["have", "own", "hold", "exist", "need", "know"].contains(s.w[$0]) }) { return [] }
        guard negated || English.isPast(v) || English.past(ofBase: v) == nil && v.hasSuffix("ed"), !LanguageChecker.remedyActs.contains(v) || negated, v != "needed" else { return [] }
        // ("the delay was because the DBA wanted the backup to finish first", "... because she needed to confirm the schema": caution given as the reason)
        if ["wanted", "preferred", "waited", "needed", "insisted"].contains(v), s.span(j + 1, s.count).contains(where: { ["backup", "backups", "safe", "safely", "verify", "confirm", "check", "data", "consistent", "integrity", "eyes", "second", "review", "finish", "finished", "complete", "completed"].contains(s.w[$0]) }) { return [] }
        // after "after", a delay is only put on a person by what they held back: "after the Head of Capital Markets declined to halt locking"
        if s.w[c] == "after", worse, !(negated || ["declined", "refused", "hesitated", "insisted", "vetoed", "rejected", "ignored", "dismissed", "overrode", "overruled", "blocked"].contains(v)) { return [] }
        // ("..., because the generator needed 8 minutes to sync": the delay explained by the system after all)
        if s.w[c] == "after", s.span(j + 1, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) }) { return [] }
        if began, Lex.changeVerbs.contains(v) == false || isPlannedWork(s, from: j + 1) { return [] }
        let end = negated ? min(j + 2, s.count - 1) : j
        return [RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                           message: "This explains the \(worse ? "delay" : "problem") by what \(AgentFinder.lowerInProse(s.w[a.start]) || !s.toks[a.start].isCapitalized ? agentText(s, a).lowercasedFirst : agentText(s, a)) did; say what they were working with and what would have made the faster path the obvious one.",
                           better: worse ? "Describe the step and what shaped it: " + Rewrite.quote("<The step> took until <time>: <what the person was asked, shown or waiting on>, and nothing <escalated, automated or documented> the faster path")
                            : "Describe the change and what let it do harm: " + Rewrite.quote("<The change> at <time> <what it did>; nothing in <the tool or process> stopped or flagged it"))]
    }

    /// "Part of the delay in fixing it was down to our claims operations manager, who asked ...", "the failure originated with the
    /// hotel's front-office manager": the delay or the failure traced to a person.
    func tracedToPersonBlame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        // ("Ownership of the outage follow-ups sits with the SRE manager": who owns the work, not who caused it)
        if [.actionItem, .lessons].contains(role) || s.containsAny(["ownership", "owner", "owns", "follow-ups", "follow-up", "actions"]) { return [] }
        for i in s.span(1, s.count) where s.w[i] == "with" && ["originated", "originates", "lies", "lay", "rests", "rested", "sits", "sat"].contains(s.w[i - 1])
            || s.w[i] == "to" && s.w[i - 1] == "down" && i >= 2 && ["was", "is", "were", "largely", "mostly", "partly", "entirely", "all"].contains(s.w[i - 2])
            // "The incident is attributable to the engineer who ...", "this traces back to the data provider team"
            || s.w[i] == "to" && ["attributable", "attributed"].contains(s.w[i - 1])
            || s.w[i] == "to" && s.w[i - 1] == "back" && i >= 2 && ["traces", "traced", "trace", "goes", "went", "leads", "led", "comes", "came"].contains(s.w[i - 2]) {
            // ("Part of the fast recovery was down to the freelancer we hired in 2022": credit, not a cause)
            if s.span(0, i).contains(where: { ["recovery", "fast", "quick", "quickly", "success", "save", "rescue", "win", "wins", "credit", "thanks"].contains(s.w[$0]) }) { continue }
            // ("No blame rests with the on-call engineer": the verdict denied)
            if s.span(0, i).contains(where: { ["no", "none", "nobody", "neither"].contains(s.w[$0]) }) { continue }
            let subjects = ["delay", "delays", "failure", "incident", "outage", "problem", "fault", "slowness", "loss", "breach", "blame", "responsibility", "cause", "issue", "bug", "error", "errors", "trouble", "mess", "omission", "gap", "lapse"]
            guard s.span(0, i - 1).contains(where: { subjects.contains(s.w[$0]) || ["this", "it", "that", "part", "much", "most"].contains(s.w[$0]) }) else { continue }
            // ("..., and that gap is down to them": the people just named, picked up by a pronoun that ends the clause)
            if s.w[i] == "to", let p = s.word(i + 1), ["them", "him", "her"].contains(p), i + 2 >= s.count || s.isPunct(i + 2),
               s.span(max(0, i - 5), i).contains(where: { ["that", "this", "which"].contains(s.w[$0]) }) {
                return [RawFinding(check: "blame", at: i + 1, excerpt: s.text(i - 1, i + 1),
                                   message: "\"\(s.text(i - 1, i + 1))\" traces it to people; say what they were working with and what made the gap possible.",
                                   better: "Describe the gap and what allowed it: " + Rewrite.quote("<The step> had not happened since <when>; nothing scheduled it, tracked it or raised an alarm when it lapsed"))]
            }
            var q = i + 1
            while q < s.count, s.isWord(q), AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard let a = s.span(i + 1, i + 6).compactMap({ finder.agent(s, at: $0) }).filter({ $0.strength == .strong }).max(by: { $0.end < $1.end }),
                  s.span(i + 1, a.start).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }) else { continue }
            // ("was down to a misconfigured load balancer rule that the on-call could not see": the person named inside a thing)
            if a.start > q, !s.span(q, a.start).allSatisfy({ s.toks[$0].isPossessive || Lex.roles.contains(s.w[$0]) || s.w[$0].contains("-") || !s.toks[$0].isCapitalized && !Lex.nonPeople.contains(s.w[$0]) }) { continue }
            if s.span(q, a.start).contains(where: { ["rule", "config", "configuration", "bug", "change", "script", "job", "system", "tool", "process"].contains(s.w[$0]) }) { continue }
            // the person ends the phrase ("the vendor's support line" is a thing), and no rule sanctioned what they did
            // ("the freelancer we hired for the migration": a clause about the person still ends at them)
            if !s.span(a.start, a.end + 1).contains(where: { s.w[$0] == "who" }), let n = s.word(a.end + 1), s.isWord(a.end + 1), !["who", "whom", "and", "when", "not", "being", "having", "failing", "refusing", "insisting", "deciding", "asking", "holding", "sitting", "we", "that"].contains(n) { continue }
            if s.containsAny(["runbook", "requires", "required", "policy", "procedure", "planned", "scheduled", "agreed", "per"]) { continue }
            // ("attributed to the on-call engineer not having VPN access, which the onboarding checklist omits": a state, with its reason)
            if s.word(a.end + 1) == "not", ["having", "being"].contains(s.word(a.end + 2) ?? "") || hasSystemReason(s, after: a.end) { continue }
            return [RawFinding(check: "blame", at: a.start, excerpt: s.text(i - 1, a.end),
                               message: "\"\(s.text(i - 1, a.end))\" traces it to a person; say what they were working with and what made that call look right at the time.",
                               better: "Describe the decision and what shaped it: " + Rewrite.quote("<The decision> at <time> followed <what the process asked or the dashboard showed>; nothing <escalated, automated or documented> the other path"))]
        }
        return []
    }

    /// "Nobody from the evening shift picked up the supervisor's call", "no one on the DBA team answered the page": a named group's
    /// silence, told as the cause.
    func nobodyFromGroupBlame(_ s: Sentence) -> [RawFinding] {
        for k in s.span(0, s.count) where ["nobody", "no-one", "noone"].contains(s.w[k]) || s.w[k] == "no" && s.word(k + 1) == "one" {
            let n = s.w[k] == "no" ? k + 1 : k
            guard !LanguageChecker.hypothetical(s, before: k), let g = finder.groupTail(s, after: n), let v = s.word(g + 1), s.isWord(g + 1) else { continue }
            let silent: Set<String> = ["picked", "answered", "responded", "replied", "acknowledged", "acked", "joined", "showed", "looked", "checked",
                "noticed", "read", "watched", "called", "escalated", "reacted", "followed", "returned", "came", "saw"]
            guard silent.contains(v), !s.span(g + 2, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) }) || !personFreeReason(s, after: g + 1) else { continue }
            // ("...; their support line opens at 08:00", "the logs confirm the alarm never reached their console": the reason given)
            if s.span(g + 2, s.count).contains(where: { s.isPunct($0) && [";", ":"].contains(s.w[$0]) }) || ["never reached", "not paged", "wasn't paged", "weren't paged", "were not paged", "was not paged", "opens at", "off shift", "confirm"].contains(where: { s.find($0) != nil }) { continue }
            return [RawFinding(check: "blame", at: k, excerpt: s.text(k, g + 1),
                               message: "\"\(s.text(k, g + 1))\" puts the gap on a group of people; say what reached them and what would have made the call impossible to miss.",
                               better: "Describe the route and where it stopped: " + Rewrite.quote("The call at <time> went to <number or channel>, which nobody was assigned to answer; it reached <who acted> at <time>"))]
        }
        // "None of the crew on board stopped the task, although it was deemed to be dangerous": a group's silence, as the cause
        if let k = s.span(0, s.count).first(where: { s.w[$0] == "none" && s.word($0 + 1) == "of" }), !LanguageChecker.hypothetical(s, before: k),
           let r = s.span(k + 2, k + 5).first(where: { Lex.roles.contains(s.w[$0]) && ["the", "our", "their", "his", "her"].contains(s.w[$0 - 1]) || Lex.roles.contains(s.w[$0]) && $0 == k + 2 }) {
            var g = r
            for tail in ["on board", "on shift", "on duty", "on site", "on call", "present", "involved", "on the bridge", "on the call"] where s.has(tail, at: g + 1) { g += tail.split(separator: " ").count; break }
            if let v = s.word(g + 1), ["stopped", "intervened", "questioned", "challenged", "objected", "raised", "halted", "paused", "spoke", "reported", "escalated", "checked", "noticed", "acted"].contains(v),
               !s.span(g + 2, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) }) {
                return [RawFinding(check: "blame", at: k, excerpt: s.text(k, g + 1),
                                   message: "\"\(s.text(k, g + 1))\" puts the gap on a group of people; say what made stopping the job hard and what would have made it expected.",
                                   better: "Describe the system around the crew: " + Rewrite.quote("Nothing in <the permit or the procedure> gave <the crew> a point to stop the task, and <the pressure at the time> made carrying on look normal"))]
            }
        }
        return []
    }

    /// "told the first eleven callers to wait 24 hours before escalating, which held up the technical investigation":
    /// a person's act said to have held up the response.
    func heldUpBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable, a.strength != .they else { return nil }
        for m in s.span(a.end + 2, s.count) where s.w[m] == "which" && s.isPunct(m - 1) {
            guard let v = s.word(m + 1), LanguageChecker.delayVerbs.contains(v), v != "held" || s.word(m + 2) == "up",
                  s.span(m + 2, m + 7).contains(where: { ["investigation", "rollback", "recovery", "fix", "response", "escalation", "restore", "failover", "diagnosis", "mitigation", "triage"].contains(s.w[$0]) }) else { continue }
            if isRemedyAct(s, from: a.end + 1) { return nil }
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, m + (v == "held" ? 2 : 1)),
                              message: "This makes \(agentText(s, a).lowercasedFirst)'s step what held up the response; say what the step was based on and what would have shortcut it.",
                              better: "Describe the step and the gap: " + Rewrite.quote("<The step> was the documented first response, and it held up <the investigation> until <time>; nothing escalated repeated reports sooner"))
        }
        return nil
    }
}
