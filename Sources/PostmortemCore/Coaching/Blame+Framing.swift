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
        // "Instead of escalating, Wei Zhang spent forty minutes on his own fix"
        // ("..., but instead of re-checking the bunkering procedures ..., he opted to run the bunker operation from memory": the same, mid-sentence)
        if a.start > 2, let io = s.span(0, a.start - 2).first(where: { (s.has("instead of", at: $0) || s.has("rather than", at: $0)) && ($0 == s.firstWordIndex || s.span($0 + 3, a.start).contains(where: { s.w[$0] == "," }) && ["opted", "chose", "decided", "elected", "preferred", "went"].contains(s.word(a.end + 1) ?? "")) }),
           let gw = s.word(io + 2), LanguageChecker.dutyGerunds.contains(gw) || ["re-checking", "rechecking", "re-reading", "completing", "consulting"].contains(gw), !s.containsAny(["because", "since"]) {
            return finding(a.end, "\"\(s.text(io, io + 2)), \(who) ...\" judges a person's choice against a better course seen afterwards; describe what they knew and what the process asked of them.",
                           "Describe the situation, not the choice: " + Rewrite.quote("The runbook did not say when to \(LanguageChecker.infinitive(gw)); the responder <what they were doing, and why it seemed right at the time>"))
        }
        // "sat on the hotfix for half an hour instead of escalating", "restarted the pod rather than draining the node"
        // (not when the sentence gives the reason for the choice: "Because the heap dump showed ..., responders restarted ...";
        // but "took 25 minutes longer because Rui kept restarting it instead of following the runbook" makes the choice the cause)
        let reasonGiven = s.span(0, s.count).contains { ["because", "since", "given"].contains(s.w[$0]) && !($0 < a.start && causalMarkerBefore(s, a.start)) }
        for m in s.span(j + 1, j + 14) where s.isWord(m) && !reasonGiven {
            let alt = s.has("instead of", at: m) ? m + 2 : s.has("rather than", at: m) ? m + 2 : nil
            // ("Grant on the control desk trusted the trend instead of waiting for an alarm": acting early rather than waiting, a judgement that paid off)
            if let g = alt, let gw = s.word(g), LanguageChecker.dutyGerunds.contains(gw), !(gw == "waiting" && s.span(j, m).contains(where: { ["trusted", "acted", "called", "escalated", "paged", "declared", "intervened", "raised", "alerted", "evacuated", "stopped", "rang", "phoned", "moved", "responded"].contains(s.w[$0]) })) {
                // "instead of following the runbook": the guide that was not used, and what kept it out of reach
                let guide = ["following", "using", "consulting", "reading"].contains(gw) ? Rewrite.cleanRest(s, from: g + 1) : ""
                let better = guide.isEmpty ? "The runbook did not say when to \(LanguageChecker.infinitive(gw)); the responder <what they were doing, and why it seemed right at the time>"
                    : "\(guide.capitalizedFirst) was not used: <what the responder saw that made the other course look faster>, and nothing linked \(guide.lowercasedFirst) from <the alert or dashboard>"
                return finding(g, "\"\(who) ... \(s.text(m, g))\" judges a person's choice against a better course seen afterwards; describe what they knew and what the process asked of them.",
                               "Describe the situation, not the choice: " + Rewrite.quote(better))
            }
        }
        // "Priya restarted all 40 API pods at once, dropping every in-flight request"
        if Lex.changeVerbs.contains(v), !isPlannedWork(s, from: j + 1) {
            for m in s.span(j + 1, s.count) where s.isPunct(m) && s.w[m] == "," {
                guard let g = s.word(m + 1), LanguageChecker.harmfulGerunds.contains(g) else { continue }
                if ["taking", "bringing", "knocking", "logging"].contains(g), !s.span(m + 2, m + 7).contains(where: { ["down", "offline", "out"].contains(s.w[$0]) }) { continue }
                let obj = Rewrite.cleanRest(s, from: j + 1)
                let cut = obj.split(separator: ",").first.map(String.init) ?? obj
                return finding(m + 1, "\"\(who) \(v) ..., \(g) ...\" makes a person's action the cause of the harm; describe the change and what let it have that effect.",
                               "Describe the change and what allowed it: " + Rewrite.quote("\(cut.capitalizedFirst) was \(English.participle(ofPast: v)) in one step, \(Rewrite.cleanRest(s, from: m + 1)); the tool <had no batch limit, confirmation or canary>"))
            }
        }
        // "Kenji chose to bypass the deploy freeze", "decided to skip the canary"
        if ["chose", "decided", "opted", "elected", "preferred"].contains(v), s.word(j + 1) == "to", let w = s.word(j + 2),
           ["bypass", "skip", "ignore", "disable", "override", "circumvent", "force", "forgo", "forego", "skipped", "waive", "suppress", "silence", "defer", "postpone"].contains(w) {
            return finding(j + 2, "\"\(who) \(v) to \(w) ...\" makes a person's choice the cause; say what made that choice look reasonable and what allowed it.",
                           "Describe what made the choice possible and attractive: " + Rewrite.quote("The deploy freeze can be bypassed without a second approval, and the launch date put pressure on <the release>"))
        }
        // "The hosting company simply stopped answering our emails for three days": a reply withheld
        if ["stopped", "ceased", "quit"].contains(v), let g = s.word(j + 1), ["answering", "responding", "replying", "returning", "picking", "acknowledging"].contains(g),
           !s.span(j + 2, s.count).contains(where: { ["because", "since", "as", "after", "when", "once", "per"].contains(s.w[$0]) }) {
            return finding(j, "\"\(who) \(v) \(g) ...\" puts the silence on people; say what the contract or the escalation path asked of them and what would have raised it sooner.",
                           "Describe the route and where it stopped: " + Rewrite.quote("Our emails to <the provider> from <date> went unanswered for <how long>; nothing in the contract gave us a second escalation route"))
        }
        // "The contractor left the bucket publicly readable after the migration"
        // ("left both schedulers switched on": the state in two words)
        if v == "left", let st = s.span(j + 2, j + 9).first(where: { LanguageChecker.leftStates.contains(s.w[$0])
            || ["switched", "turned"].contains(s.w[$0]) && ["on", "off"].contains(s.word($0 + 1) ?? "") && s.span(j + 1, $0).allSatisfy { s.isWord($0) } }),
           // ("left the flag switched off until the fix was verified, as the runbook says": on purpose)
           !s.span(st, s.count).contains(where: { ["until", "runbook", "per", "planned", "intended", "deliberately", "intentionally", "agreed", "safe", "safely"].contains(s.w[$0]) }) {
            // "The bucket was left publicly readable after the migration; ...": the thing left, then how it was left
            let p = s.span(j + 1, st + 1).first(where: { ["at", "in", "on", "with", "as", "without"].contains(s.w[$0]) || $0 == st }) ?? st
            let obj = p > j + 1 ? s.text(j + 1, p - 1) : "it"
            return finding(st, "\"\(who) left ... \(s.w[st])\" makes a person the cause of the state; describe the state and what allowed it.",
                           "Describe the state and what allowed it: " + Rewrite.quote("\(obj.capitalizedFirst) was left \(Rewrite.cleanRest(s, from: p)); nothing checks <the setting> after <the change>"))
        }
        // "deleted the prod-eu namespace while cleaning up what he took to be a test cluster": a mistaken belief given as the cause
        if Lex.changeVerbs.contains(v), (s.span(j + 1, s.count)).contains(where: { k in ["took", "believed", "thought", "assumed", "mistook", "mistaking", "thinking", "believing", "assuming"].contains(s.w[k]) && k > j + 2 }),
           s.containsAny(["while", "thinking", "believing", "assuming", "mistaking", "mistook"]) {
            return finding(j, "\"\(who) \(v) ...\" while mistaken about the target makes a person the cause; describe what made the two look alike and what allowed the action.",
                           "Describe what made the mistake possible: " + Rewrite.quote("The prod-eu and test clusters have the same naming and no visual or permission difference; the cleanup tool does not confirm the target"))
        }
        // "Support agents kept closing the tickets as duplicates, so the pattern did not reach engineering"
        if ["kept", "continued"].contains(v), let g = s.word(j + 1), g.hasSuffix("ing") || g == "to",
           let m = (s.span(j + 2, s.count)).first(where: { k in LanguageChecker.consequenceMarkers.contains { s.has($0, at: k) } }),
           s.w[s.span(m + 1, s.count)].contains(where: { ["not", "never", "no", "nobody", "nothing"].contains($0) || $0.hasSuffix("n't") || LanguageChecker.negativeOutcome.contains($0) }) {
            return finding(j + 1, "\"\(who) \(v) \(g) ..., so ...\" makes people's actions the cause; say what the process showed them and what it asked of them.",
                           "Describe what the process showed them: " + Rewrite.quote("The ticket tool groups similar reports as duplicates and gives no count of them, so the pattern did not reach engineering until <when>"))
        }
        // "whoever was on mod duty just kept replying 'RNG, it happens'": reports answered again and again with a stock line
        // (the quoted line is not in the sentence's words, so the verb ends it)
        // (only when people were reporting a problem: "the support team kept replying 'next update at 15:00'" is the status rhythm)
        if ["kept", "continued"].contains(v), s.hadQuote, let g = s.word(j + 1), ["replying", "answering", "responding", "saying", "telling", "posting"].contains(g),
           s.span(0, a.start).contains(where: { ["reports", "reporting", "reported", "posting", "posted", "complaints", "complaining", "complained", "asking", "asked", "bug-reports", "tickets"].contains(s.w[$0]) }),
           j + 1 >= s.endIndexBeforeFinalPunct || j + 2 >= s.endIndexBeforeFinalPunct && ["people", "users", "players", "customers", "them", "everyone", "callers", "reporters", "with"].contains(s.word(j + 2) ?? "") {
            return finding(j + 1, "\"\(who) \(v) \(g) ...\" makes people's answers the cause; say what the reports looked like to them and what the process asked them to do with reports.",
                           "Describe what the process gave them: " + Rewrite.quote("Reports in #bug-reports had no triage step; the moderator guide's standard reply for odd results is <the reply>, and nothing counted repeated reports"))
        }
        // "The mobile team shipped build 7.4.1 with the staging key hard-coded, and every login from that build failed";
        // "acknowledged and then snoozed the alert for four hours, so it did not re-fire"
        if let f = coordinatedHarm(after: a, in: s, from: j) { return f }
        // "The shift leader was not reachable by phone for 25 minutes, which made the recovery longer": a person's absence with what it cost
        if ["was", "were"].contains(v), let st = s.word(j + 1) == "not" ? s.word(j + 2) : s.word(j + 1),
           LanguageChecker.absentStates.contains(st) && s.word(j + 1) != "not" || s.word(j + 1) == "not" && ["reachable", "available", "contactable", "responsive", "around", "answering", "online"].contains(st),
           let m = s.span(j + 2, s.count).first(where: { k in s.isPunct(k - 1) && ["which made", "which meant", "what made", "what meant", "which added", "which cost", "which delayed", "which extended", "which is why", "which slowed", "this is the reason", "that is the reason", "which is the reason", "this is why"].contains { s.has($0, at: k) } || s.has("so the", at: k) }),
           s.span(m, s.count).contains(where: { ["longer", "delayed", "slower", "worse", "later", "minutes", "hours", "stale", "down"].contains(s.w[$0]) || LanguageChecker.negativeOutcome.contains(s.w[$0]) }),
           // ("Because the rota had no secondary, the primary on-call was not reachable ...", "offline outside their contracted hours": the reason is given)
           !s.containsAny(["because", "since", "outside", "contracted", "scheduled", "planned", "rota", "secondary", "election", "failover"]) {
            return finding(j + 1, "This puts what it cost on \(nameInProse(s, a).asObject) being out of reach; say what in the rota, paging or escalation made the recovery wait for one person.",
                           "Describe the system around the person: " + Rewrite.quote("The page went to one person, with no secondary and no escalation after <N> minutes without acknowledgement, so recovery waited <how long>"))
        }
        // "Presenter on the overnight show had gone home early, so nobody was in studio 1 to hit the emergency button", "saw the warning ...
        // and went home without calling anyone": leaving, with what it left undone
        let leavings = ["gone home", "went home", "left early", "logged off", "gone to bed", "went to bed", "clocked off", "knocked off", "left for the day", "left the building", "left the office", "left the studio", "left the site"]
        if let b = s.span(j, min(s.count, j + 20)).first(where: { b in leavings.contains(where: { s.has($0, at: b) }) && (b == j || ["had", "has", "and", "then"].contains(s.w[b - 1])) }),
           let m = s.span(b + 2, s.count).first(where: { k in ["so nobody", "so no one", "so no-one", "and nobody", "and no one", "leaving nobody", "leaving no one", "without calling", "without telling", "without handing", "without paging", "without escalating", "without letting", "without waking", "without informing"].contains(where: { s.has($0, at: k) }) }),
           !s.span(0, s.count).contains(where: { ["end", "scheduled", "rota", "rostered", "planned", "because", "since", "after", "handover", "handed", "sick", "ill", "usual", "shift", "approval", "approved", "finish", "as", "per", "agreed"].contains(s.w[$0]) }) {
            return finding(m, "This puts what went undone on \(nameInProse(s, a).asObject) leaving; say what in the rota, handover or paging made the outcome depend on one person staying.",
                           "Describe the system around the people: " + Rewrite.quote("Nothing in the handover required <the warning> to be passed on, and nobody else was paged, so <what went undone> for <N> minutes"))
        }
        // "for the very simple reason that the ops team had taken a break for lunch": a person's absence as the reason
        if causalMarkerBefore(s, a.start), case let b = ["had", "was", "were"].contains(v) ? j + 1 : j,
           ["taken a break", "gone to lunch", "gone home", "left for the day", "stepped away", "stepped out", "gone to bed", "at lunch", "on lunch", "on a break", "on break"].contains(where: { s.has($0, at: b) }),
           !s.span(b + 1, b + 4).contains(where: { s.w[$0] == "from" }),
           s.span(0, a.start).contains(where: { ["took", "minutes", "hours", "late", "delay", "delayed", "nobody", "missed", "unnoticed", "not", "never", "until"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            return finding(j + 2, "The reason is given as \(nameInProse(s, a).asObject) being away; say what in the rota, paging or tooling made the outcome depend on someone being at their desk.",
                           "Describe the system around the people: " + Rewrite.quote("Alerts went to the team channel only, with nothing paging anyone during the lunch hour, so the first look came <N> minutes later"))
        }
        // "he was unreachable until 06:50 so failover was delayed": a person's state, then what it held up
        if ["was", "were"].contains(v), let st = s.word(j + 1), ["unreachable", "unavailable", "unresponsive", "asleep", "afk", "offline", "away", "busy"].contains(st),
           let m = s.span(j + 2, s.count).first(where: { k in ["so", "which", "delaying", "meaning", "therefore"].contains(s.w[k]) || s.has("as a result", at: k) }),
           s.span(m + 1, s.count).contains(where: { ["delayed", "delay", "late", "waited", "stalled", "held", "missed", "unanswered", "nobody", "nothing", "longer", "extended"].contains(s.w[$0]) }),
           !s.span(j + 2, m).contains(where: { ["because", "since", "as", "on", "leave", "holiday", "vacation", "sick", "rota", "rostered", "scheduled", "planned", "flight"].contains(s.w[$0]) }) {
            return finding(j + 1, "This puts the delay on \(nameInProse(s, a).asObject) being \(st); say what in the rota, paging or escalation made the outcome depend on one person answering.",
                           "Describe the system around the person: " + Rewrite.quote("The page went to one person with no secondary; nothing escalated after <N> minutes without acknowledgement, so <what waited> until <time>"))
        }
        // "because the SRE on shift was busy with something else"
        if causalMarkerBefore(s, a.start), ["was", "were", "is", "are"].contains(v), let st = s.word(j + 1), LanguageChecker.absentStates.contains(st),
           !s.negated(before: j + 1, within: 2) {
            return finding(j + 1, "The reason is given as \(who.lowercasedFirst)'s state; say what in the rota, paging or tooling made the outcome depend on one person being free.",
                           "Describe the system around the person: " + Rewrite.quote("The page went to one person, with no secondary and no escalation after <N> minutes without acknowledgement"))
        }
        return nil
    }

    static let leftStates: Set<String> = ["publicly", "public", "open", "exposed", "unprotected", "unencrypted", "world-readable", "unlocked",
        "unattended", "unpatched", "unmonitored", "unsupported", "unsupervised", "unobserved", "misconfigured", "half-finished", "half-done", "incomplete", "disabled", "enabled", "running", "behind", "default", "defaults",
        // ("left isolation valve V-112 half-closed after the works": a plant left in the wrong state)
        "half-closed", "half-open", "part-closed", "partially", "unsecured", "uncapped", "energised", "energized", "bypassed", "jumpered", "unlabelled", "unlabeled"]
    static let silencingVerbs: Set<String> = ["snoozed", "silenced", "muted", "suppressed", "dismissed", "disabled", "acked", "closed", "resolved", "deleted", "skipped", "bypassed"]

    /// A change followed by ", and <harm>" or a silencing act coordinated after a neutral one, then its harm.
    func coordinatedHarm(after a: Agent, in s: Sentence, from j: Int) -> RawFinding? {
        var v = j
        if !Lex.changeVerbs.contains(s.w[v]) {
            // "acknowledged and then snoozed the alert"
            guard s.word(v + 1) == "and", let n = s.word(s.word(v + 2) == "then" ? v + 3 : v + 2), LanguageChecker.silencingVerbs.contains(n) else { return nil }
            v = s.word(v + 2) == "then" ? v + 3 : v + 2
        }
        if isPlannedWork(s, from: v + 1) || isRemedyAct(s, from: v + 1) || isLeavingJob(s, from: v + 1) { return nil }
        for m in s.span(v + 1, s.count) {
            let isMarker = s.isPunct(m) && s.w[m] == "," && s.word(m + 1) == "and" || LanguageChecker.consequenceMarkers.contains { s.has($0, at: m) }
            guard isMarker else { continue }
            // ("moved two call-takers to radio so that units in the field could be given addresses": a purpose, not a consequence)
            if LanguageChecker.isPurpose(s, at: m) { return nil }
            // (a marker in a later clause with its own subject: "..., we run it in batches of 200 so the rate limit is not hit")
            if subjectSwitched(s, from: v, to: m) { return nil }
            // ("The consultant who wrote the original scheduler left in 2021, and nobody ...": the clause's verb is not the main act)
            if s.w[a.end] == "who", s.span(v + 2, m).contains(where: { English.isPast(s.w[$0]) && s.isWord($0 - 1) && !AgentFinder.determiners.contains(s.w[$0 - 1]) && !LanguageChecker.auxWords.contains(s.w[$0 - 1]) }) { return nil }
            let tail = s.w[s.span(m + 1, s.count)]
            let harmful = tail.contains { ["not", "never", "nobody", "nothing"].contains($0) || $0.hasSuffix("n't") || LanguageChecker.negativeOutcome.contains($0) }
            // ("..., and no loans were lost", "..., and at 06:34 the error rate was back under 0.5%": the harm denied, or the recovery)
            let first = s.span(m + 1, s.count).first { !s.isPunct($0) && s.w[$0] != "and" }.map { s.w[$0] }
            let recovered = s.span(m + 1, s.count).contains { s.w[$0] == "back" && ["to", "under", "below", "up", "within", "online", "in", "on", "at"].contains(s.word($0 + 1) ?? "") }
            if ["no", "none", "nothing", "zero", "nobody"].contains(first ?? "") || recovered { return nil }
            // ("..., and pharmacy moved to paper transcription under the Trust's downtime procedure": the fallback the procedure sets out)
            if s.span(m + 1, s.count).contains(where: { s.w[$0] == "under" || s.w[$0] == "per" }) && tail.contains(where: { ["procedure", "procedures", "runbook", "playbook", "plan", "protocol"].contains($0) }) { return nil }
            // ("..., and the recipe system was locked for machine J7 until verification": a hold put on as containment)
            if tail.contains("until"), tail.contains(where: { ["verification", "verified", "review", "reviewed", "checked", "confirmed", "cleared", "investigation", "inspection", "inspected", "released"].contains($0) }) { return nil }
            if !harmful || tail.contains(where: { LanguageChecker.remedyWords.contains($0) || ["opened", "declared", "paged", "escalated", "notified", "alerted"].contains($0) || ["fell", "zero", "dropped", "decreased", "subsided", "eased", "improved"].contains($0) }) { return nil }
            let verb = s.w[v]
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, v),
                              message: "\"\(agentText(s, a)) \(verb) ...\" makes a person's action the cause of the harm; describe the change and what let it have that effect.",
                              better: "Describe the change and what allowed it: " + Rewrite.quote("\(Rewrite.cleanRest(s, from: v + 1).split(separator: ",").first.map(String.init)?.capitalizedFirst ?? "The change") was \(English.participle(ofPast: verb)), and \(Rewrite.cleanRest(s, from: m + 2)); <what would have stopped it: a check, a review, a canary> was missing"))
        }
        return nil
    }

    /// "this one is on @ravi_k", "that's on the platform team": accountability placed on a person.
    func onPersonBlame(_ s: Sentence) -> [RawFinding] {
        for i in 1..<max(1, s.count) where s.w[i] == "on" {
            let p = s.w[i - 1]
            guard ["is", "was", "that's", "it's", "this's", "one's", "squarely", "entirely", "totally", "all"].contains(p) else { continue }
            var q = i + 1
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            // "this incident is entirely on them"
            // ("so yeah that's on him": the verdict at the end of a chat line)
            if q < s.count, ["them", "him", "her"].contains(s.w[q]), q == s.endIndexBeforeFinalPunct, s.w.contains(where: { ["incident", "outage", "this", "that", "one", "that's", "it's"].contains($0) }) {
                return [RawFinding(check: "blame", at: i, excerpt: s.text(i - 1, q),
                                   message: "\"\(s.text(i - 1, q))\" places the incident on people; describe what allowed it.",
                                   better: "Describe what allowed it: " + Rewrite.quote("The vendor's firmware update reached every lock at once: our rollout accepts vendor firmware without a staged canary"))]
            }
            // "That's on me; I ran the migration without checking": self-blame placed the same way
            if q < s.count, s.w[q] == "me", q + 1 >= s.count || s.isPunct(q + 1), ["that's", "this", "is", "all", "entirely", "squarely"].contains(p) || s.w[i - 2] == "that" || s.w[i - 2] == "this" {
                return [RawFinding(check: "blame", at: i, excerpt: s.text(i - 1, q),
                                   message: "\"\(s.text(i - 1, q))\" places the incident on yourself; self-blame is still blame. Describe what allowed it.",
                                   better: "Describe what allowed it: " + Rewrite.quote("The migration ran against <the database> because the tool did not show which database was connected"))]
            }
            // "tbh this is on whoever signed off the capacity plan": the verdict on someone not yet named
            if q < s.count, s.w[q] == "whoever", ["is", "that's", "it's", "squarely", "entirely", "all"].contains(p), s.span(max(0, i - 3), i).contains(where: { ["this", "that", "that's", "it", "it's"].contains(s.w[$0]) }) {
                return [RawFinding(check: "blame", at: i, excerpt: s.text(i - 1, q),
                                   message: "\"\(s.text(i - 1, q))\" places the incident on a person; describe what allowed it.",
                                   better: "Describe what allowed it: " + Rewrite.quote("The capacity plan was signed off without a load test of both finals at once; the sign-off checklist does not ask for one"))]
            }
            // ("neither was on shift that Saturday", "on call", "on leave": a state, not a verdict)
            if q < s.count, ["shift", "call", "duty", "leave", "holiday", "vacation", "pager", "site", "rota", "standby"].contains(s.w[q]) { continue }
            // ("that is on the CDN team": the role after its modifier)
            // ("this one is on the mine planning team": modifiers before the role)
            // ("Responsibility for the fix is on the mine planning team, who own the service": ownership of the work, not a verdict)
            if s.containsAny(["responsibility", "owner", "own", "owns", "fix", "follow-up", "follow-ups"]) { continue }
            let head = s.span(q, q + 4).first(where: { k in (Lex.roles.contains(s.w[k]) || ["group", "department", "desk"].contains(s.w[k])) && s.span(q, k).allSatisfy { s.isWord($0) && !s.toks[$0].isPossessive && !s.toks[$0].isCapitalized && !["of", "for", "in", "with"].contains(s.w[$0]) } })
            // ("tbh this is on dave for leaving auto updates on": a first name in lower case, after "this is on")
            let lowerName = q < s.count && Lex.firstNames.contains(s.w[q]) && s.span(max(0, i - 3), i).contains(where: { ["this", "that", "that's", "it", "it's"].contains(s.w[$0]) }) ? Agent(start: q, end: q, strength: .strong) : nil
            let named = finder.agent(s, at: q).flatMap { $0.strength == .outsider || $0.strength == .weak && head != nil ? nil : $0 } ?? lowerName
            guard q < s.count, let a = named ?? head.map({ Agent(start: q, end: $0, strength: .strong) }), a.isBlameable, a.strength == .strong || a.strength == .they else { continue }
            // "the page was on the platform team's rota" is a place, not a verdict: the clause must end at the person
            let after = a.end + 1
            // ("this is on the weekend tech tbh, he's meant to ...": a chat aside after the person)
            // ("this one is on the fitter who did the flash": the person picked out by what they did)
            if after < s.count, s.isWord(after), !["and", "but", "for", "again", "this", "that", "tbh", "imo", "honestly", "frankly", "really", "lol", "tbf"].contains(s.w[after]),
               !((s.w[after] == "who" || s.w[a.end] == "who") && s.span(max(0, i - 3), i).contains(where: { ["this", "that", "that's", "it", "it's", "one"].contains(s.w[$0]) })) { continue }
            return [RawFinding(check: "blame", at: i, excerpt: s.text(i - 1, a.end),
                               message: "\"\(s.text(i - 1, a.end))\" places the incident on a person; describe what allowed it.",
                               better: "Describe what allowed it: " + Rewrite.quote("The flag went to 100% in one step: the rollout tool has no staged percentages and no guard on error rate"))]
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
