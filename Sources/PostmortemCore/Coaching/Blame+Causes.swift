/// Blame: clauses, causal verbs, possessives ("John's change broke") and passives ("caused by John").
extension LanguageChecker {
    func clauseEnd(_ s: Sentence, from i: Int) -> Int {
        var j = i
        while j < s.count {
            if s.isPunct(j), [".", ";", "!", "?", ",", "—", "(", ")"].contains(s.w[j]) { return j }
            if ["because", "which", "but", "so", "since", "although", "while", "and"].contains(s.w[j]) { return j }
            j += 1
        }
        return s.count
    }

    func isCausal(_ s: Sentence, _ i: Int) -> Bool {
        guard let x = s.word(i) else { return false }
        let n = s.word(i + 1) ?? ""
        switch x {
        case "caused", "causing", "causes", "broke", "breaking", "crashed", "corrupted", "overloaded", "exhausted", "saturated", "wiped",
             "doubled", "tripled", "flooded", "overwhelmed", "hammered", "locked", "truncated", "overcharged", "double-charged", "overbilled",
             "erased", "destroyed", "clobbered": return true
        // "..., made the lobby crash worse", "which made the refunds confusing"
        case "made", "making": return s.span(i + 1, i + 6).contains { ["worse", "harder", "confusing", "impossible", "messier", "late", "later", "slower", "longer"].contains(s.w[$0]) } && !s.containsAny(["design", "trading"])
        // "which cost us another hour", "cost us 12 minutes" (not "cost us nothing", "cost one extra deploy but closed the hole")
        case "cost", "costing": return s.span(i + 1, i + 5).contains { ["minutes", "minute", "hour", "hours", "day", "days", "mins", "revenue", "money"].contains(s.w[$0]) || s.isPunct($0) && ["$", "€", "£"].contains(s.w[$0]) }
            && !s.span(i + 1, i + 4).contains { ["nothing", "little"].contains(s.w[$0]) } && !s.span(i + 1, s.count).contains { s.w[$0] == "but" }
        // "added roughly ten minutes to the outage"
        case "added", "adding": return s.span(i + 1, i + 5).contains { ["minutes", "minute", "hours", "hour", "mins", "min", "delay", "time"].contains(s.w[$0]) }
            && s.span(i + 2, i + 9).contains { t in s.w[t] == "to" && s.span(t + 1, t + 3).contains { ["outage", "incident", "downtime", "recovery", "restore", "impact", "delay", "response"].contains(s.w[$0]) } }
            && !s.span(i + 1, s.count).contains { ["but", "because", "since"].contains(s.w[$0]) }
        // "which created another 60 duplicate listings"
        case "created", "creating": return s.span(i + 1, i + 5).contains { ["duplicate", "duplicates", "orphaned", "bogus", "phantom"].contains(s.w[$0]) }
        // "Procurement's insistence on the cheaper cache product is, frankly, why we had ...": the act named as the reason
        case "why": return s.span(max(0, i - 4), i).contains { ["is", "was", "are", "were"].contains(s.w[$0]) }
            && !s.span(i + 1, s.count).contains { ["rather", "instead", "only", "quickly", "fast"].contains(s.w[$0]) }
        // "... left two nodes unable to sign"
        // ("left no fallback window")
        // ("... left nobody to watch the standby screens")
        // ("left the operation with no margin", "left the ward with no cover")
        case "left", "leaving": return ["nobody", "no-one"].contains(n) && s.word(i + 2) == "to" || s.has("no one to", at: i + 1)
            || s.span(i + 1, i + 5).contains { w in s.w[w] == "with" && ["no", "zero", "little"].contains(s.word(w + 1) ?? "") && ["margin", "buffer", "slack", "cover", "room", "time", "fallback", "backup", "spare", "capacity", "headroom", "resilience", "redundancy", "contingency", "staff", "one"].contains(s.word(w + 2) ?? "") } || n == "no" && s.span(i + 2, i + 5).contains { ["fallback", "margin", "buffer", "window", "room", "option", "options", "backup", "slack", "way"].contains(s.w[$0]) } || s.span(i + 1, i + 6).contains { ["unable", "broken", "offline", "unavailable", "inconsistent", "corrupt", "corrupted", "stuck", "degraded", "unusable", "unreachable", "unbootable", "blind", "exposed", "unprotected",
            // ("The decision ... to defer the drill left staff unprepared on the day": people left without what they needed)
            "unprepared", "untrained", "uninformed", "unaware", "short-handed", "short-staffed", "understaffed", "undermanned", "stranded", "vulnerable"].contains(s.w[$0]) }
        // "and that's what let the overselling through": the act that opened the way for the harm
        // (not "which let devices reconnect in waves", "which let skiers through on visual checks": what a remedy allowed)
        case "let", "letting": return s.word(i - 1) == "what" && s.span(i + 1, i + 6).contains { ["through", "happen"].contains(s.w[$0]) }
        case "took", "taking", "brought", "bringing", "knocked", "knocking": return s.span(i + 1, i + 7).contains { ["down", "out", "offline"].contains(s.w[$0]) }
        case "led", "leading": return n == "to"
        // ("... removed any opportunity for enhanced monitoring during the change": a chance to catch it taken away)
        case "removed", "removing", "eliminated", "denied": return s.span(i + 1, i + 4).contains { ["opportunity", "chance", "possibility", "option", "margin"].contains(s.w[$0]) }
        // ("... put one man alone on a two-man job", "put the crew at risk")
        case "put", "putting": return s.span(i + 1, i + 5).contains { ["alone", "risk", "danger", "harm's"].contains(s.w[$0]) }
        // ("which is what forced the re-stow", "that choice is what turned a minor fault into a notice")
        case "forced", "turned", "tipped", "pushed": return s.word(i - 1) == "what" && ["is", "was", "that's"].contains(s.word(i - 2) ?? "")
        // ("which is where this all started", "which is how the duplicates got in there": the act named as where the harm began)
        case "where", "how": return i > 1 && s.w[i - 1] == "is" && s.w[i - 2] == "which" && s.span(i + 1, i + 6).contains { ["started", "began", "begun", "got", "came", "crept", "slipped", "went"].contains(s.w[$0]) }
        // "which is what set the stall off", "set off the alarm storm"
        // "... compounded the loss", "which delayed escalation by some ninety minutes": an act that made the harm worse or longer
        case "compounded", "worsened", "exacerbated", "aggravated", "prolonged": return !s.span(i + 1, i + 3).contains { ["only", "slightly", "nothing", "no"].contains(s.w[$0]) }
        case "delayed": return s.span(i + 1, i + 3).contains { ["escalation", "response", "recovery", "restoration", "detection", "diagnosis", "treatment", "evacuation", "repair", "repairs"].contains(s.w[$0]) }
        // "is what set this up", "set the conditions for the feed loss"
        case "set": return n == "off" || s.has("this up", at: i + 1) || s.has("it up", at: i + 1) || s.has("the conditions", at: i + 1) || s.has("the stage", at: i + 1) || s.span(i + 1, i + 5).contains { s.w[$0] == "off" } && !s.span(i + 1, i + 5).contains { ["alarm", "alarms", "alert", "alerts", "page", "pages"].contains(s.w[$0]) } || s.has("in motion", at: i + 1)
        case "resulted", "resulting": return n == "in"
        case "triggered", "triggering", "started", "starting":
            return s.span(i + 1, i + 4).contains { ["outage", "incident", "errors", "failure", "failures", "crash", "downtime", "regression", "problem"].contains(s.w[$0]) }
        default: return false
        }
    }

    func causalMarkerBefore(_ s: Sentence, _ start: Int) -> Bool {
        var k = start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) { k -= 1 }
        guard k >= 0 else { return false }
        if s.w[k] == "because" || s.w[k] == "since" && !(s.word(start).map { $0.first?.isNumber == true } ?? false) { return true }
        if k >= 1, s.w[k] == "to", s.w[k - 1] == "due" { return true }
        if k >= 1, s.w[k] == "of", ["because", "result"].contains(s.w[k - 1]) { return true }
        // "for the very simple reason that the ops team had taken a break"
        if s.w[k] == "reason", s.word(k + 1) == "that" { return true }
        // "Root cause: the dispatcher ...", "Contributing factor: ...": a label that makes what follows the cause
        if s.w[k] == ":", k >= 1, ["cause", "factor", "trigger", "causes", "factors"].contains(s.w[k - 1]) { return true }
        return false
    }

    /// "... because the alert was routed to email": a reason that is not a person.
    /// - Parameter ruleIsReason: whether "as required by ..." counts; after an omission ("failed to monitor the disk as
    ///   required by his role") the rule cited is the one not met, not a reason for the act.
    func hasSystemReason(_ s: Sentence, after i: Int, ruleIsReason: Bool = true) -> Bool {
        var m = i + 1
        while m < s.count {
            // ("did not restart the service, as required by the change freeze": after a comma, the rule asked for the omission)
            if !ruleIsReason, s.w[m] == "as", s.w[m - 1] != ",", s.span(m + 1, m + 5).contains(where: { ["required", "requires", "require", "requested", "instructed", "specified", "mandated", "asks", "says", "specifies", "demands", "prescribed"].contains(s.w[$0]) }) { m += 1; continue }
            // ("whether the box editor counts as 'checkout'": "as" after a verb of naming gives no reason)
            if s.w[m] == "as", m > 0, ["counts", "count", "counted", "known", "such", "same", "treated", "classed", "classified", "described", "listed", "marked", "labelled", "labeled", "well", "soon", "long", "far"].contains(s.w[m - 1]) { m += 1; continue }
            // ("closed the change as successful": the verdict recorded, not a reason)
            if s.w[m] == "as", ["successful", "complete", "completed", "done", "resolved", "fixed", "ok", "passed"].contains(s.word(m + 1) ?? "") { m += 1; continue }
            // ("did not answer the phone, and because of this the vessel sailed ...", "as a result ...": what followed, not a reason)
            if s.w[m] == "because", s.word(m + 1) == "of", ["this", "that", "which", "it"].contains(s.word(m + 2) ?? "") { m += 3; continue }
            if s.w[m] == "as", s.word(m + 1) == "a", ["result", "consequence"].contains(s.word(m + 2) ?? "") { m += 3; continue }
            if ["because", "since", "as"].contains(s.w[m]) || s.has("due to", at: m) {
                var q = m + (s.w[m] == "due" ? 2 : 1)
                while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
                if q < s.count, let a = finder.agent(s, at: q), a.isBlameable { return false }
                return q < s.count
            }
            m += 1
        }
        return false
    }

    func possessiveBlame(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        for k in 0..<s.count where finder.possessivePerson(s, at: k) || (["their", "my"].contains(s.w[k]) && s.isWord(k + 1)) {
            var m = k + 1
            // ("Anh's broken code path", "the DBA team's attitude"): a person's work called broken, or the person's character
            // ("The remote operator's wrong selection opens the paddles": the act itself called wrong; not "their incorrect balances")
            if s.w[k] != "my", let n = s.word(k + 1), ["broken", "buggy", "faulty", "sloppy", "careless", "reckless"].contains(n) || ["attitude", "competence", "incompetence", "laziness", "behaviour", "behavior"].contains(n)
                || s.w[k] != "their" && ["wrong", "incorrect", "mistaken", "erroneous"].contains(n) && s.isWord(k + 2), s.w[k] != "their" || n != "behaviour" && n != "behavior" {
                var st = k
                while st > 0, s.isWord(st - 1), AgentFinder.determiners.contains(s.w[st - 1]) || Lex.roles.contains(s.w[st - 1]) { st -= 1 }
                out.append(RawFinding(check: "blame", at: st, excerpt: s.text(st, k + 1),
                                      message: "\"\(s.text(k, k + 1))\" judges a person or their work; describe the defect and what let it through.",
                                      better: Rewrite.replacingPossessive(s, at: k)))
                continue
            }
            while m < min(s.count, k + 4), ["own", "careless", "bad", "earlier", "last", "recent", "late", "hasty", "sloppy", "untested", "unreviewed", "simple", "small", "big", "manual", "human"].contains(s.w[m]) { m += 1 }
            // other modifiers before the noun: "Yusuf's Friday deploy", "the contractor's unreviewed cron change"
            if m < s.count, !Lex.blameNouns.contains(s.w[m]), !Lex.actionNouns.contains(s.w[m]),
               let n = s.span(m + 1, m + 3).first(where: { Lex.actionNouns.contains(s.w[$0]) }),
               (m..<n).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) && !["was", "is", "had", "has", "of", "in", "on", "for", "to"].contains(s.w[$0]) }) { m = n }
            guard m < s.count else { continue }
            let noun = s.w[m]
            if s.negated(before: k, within: 3) { continue }
            // ("I would not want the Committee to take away that this was one person's mistake": the reading the writer rejects)
            if s.span(max(0, k - 14), k).contains(where: { s.has("not want", at: $0) || s.has("wouldn't want", at: $0) || s.has("not that", at: $0) || s.has("tempting to", at: $0) || s.has("rather than", at: $0) }) { continue }
            var st = k
            while st > 0, s.isWord(st - 1), AgentFinder.determiners.contains(s.w[st - 1]) || Lex.roles.contains(s.w[st - 1]) { st -= 1 }
            // ("called the telecoms provider's fault line": the line for reporting faults, not a verdict)
            if noun == "fault", ["line", "desk", "number", "report", "reports", "ticket", "code", "codes", "log", "centre", "center", "team", "reporting", "management", "handling"].contains(s.word(m + 1) ?? "") { continue }
            if Lex.blameNouns.contains(noun), s.w[k] != "my", noun != "error" && noun != "errors" || s.w[k] != "their" {
                if noun == "typo" && s.w[k] == "their" { continue }
                out.append(RawFinding(check: "blame", at: st, excerpt: s.text(st, m),
                                      message: "\"\(s.text(k, m))\" puts the failure on a person; describe what allowed it.",
                                      better: Rewrite.forMistake(s)))
            } else if s.w[k] != "their", Lex.actionNouns.contains(noun) {
                // ("My change to the retry logic in the claims-intake worker is what caused ...": a long object, up to the clause's end)
                // ("The shift dyer's decision to run all six batches before the first QC result came back compounded the loss": a decision's whole clause)
                let reach = ["decision", "decisions", "choice", "insistence"].contains(noun) ? 20 : 13
                let end = s.span(m + 1, min(s.count, m + reach)).first(where: { s.isPunct($0) }).map { max($0, min(s.count, m + 8)) } ?? min(s.count, m + reach)
                // a cleft puts the person's act in focus as the cause: "It was the contractor's unreviewed cron change that made ..."
                // "Kenji's decision to skip the staged rollout pushed the broken build to every user": a safeguard skipped by choice
                let skippedByChoice = noun == "decision" && s.word(m + 1) == "to" && ["skip", "bypass", "ignore", "disable", "override", "drop", "defer", "postpone", "remove"].contains(s.word(m + 2) ?? "")
                    && !s.w.contains(where: { LanguageChecker.recoveryWords.contains($0) })
                // ("The short version: it was Tom's dependency bump on Friday afternoon that broke colour rendering": a label, a time phrase)
                // ("It was the live-operations lead's insistence on shipping before the event that compressed ...": a decision's object runs longer)
                let thatAt = s.span(m + 1, m + (["decision", "decisions", "choice", "insistence"].contains(noun) ? 11 : 6)).first(where: { ["that", "which"].contains(s.w[$0]) && s.span(m + 1, $0).allSatisfy { s.isWord($0) } })
                let cleft = skippedByChoice || s.span(max(0, k - 3), k).contains(where: { s.has("it was", at: $0) }) && thatAt != nil
                    && (thatAt! + 1..<max(thatAt! + 1, end)).contains { ["made", "caused", "took", "broke", "sent", "triggered", "let", "started", "set", "compressed", "squeezed", "shortened", "forced", "rushed", "cut", "removed", "stretched"].contains(s.w[$0]) }
                // "The incident began when Kenji's change went out": the person's act tied to the harm by when/after
                var link = st - 1
                while link >= 0, s.isWord(link), AgentFinder.determiners.contains(s.w[link]) { link -= 1 }
                // ("The pool was capped at 40 because Jonas's refactor hard-coded the limit": "because" alone makes it the cause)
                let tiedToHarm = link > 0 && ["when", "after", "once", "because", "since"].contains(s.w[link])
                    && !s.w[0..<link].contains(where: { ["small", "smaller", "minimal", "limited", "contained", "quickly", "unaffected", "smoothly"].contains($0) })
                    && (s.w[link] == "because" && !["vendor's", "supplier's", "provider's", "partner's", "vendors'", "upstream's"].contains(s.w[k])
                        // ("The blast radius was small because Jonas's rollout used 1% canaries": credit, not cause of harm)
                        && !s.w[0..<link].contains(where: { ["small", "only", "quickly", "could", "minimal", "limited", "contained", "fast", "quick", "able", "safe", "unaffected", "well", "smoothly", "fine", "short"].contains($0) })
                        || s.w[0..<link].contains { LanguageChecker.negativeOutcome.contains($0) || LanguageChecker.harmVerbs.contains($0) || ["incident", "began", "started"].contains($0) })
                    && !s.w[0..<link].contains { LanguageChecker.recoveryWords.contains($0) }
                // ("Procurement's insistence on the cheaper cache product is, frankly, why we had ...": the reason named past an aside)
                let why = s.span(m + 1, min(s.count, m + 13)).first(where: { s.w[$0] == "why" && isCausal(s, $0) && !s.span(m + 1, $0).contains(where: { k in s.isPunct(k) && [".", ";"].contains(s.w[k]) }) })
                for q in (m + 1)..<max(m + 1, end) where isCausal(s, q) || cleft && q == m + 1 || tiedToHarm && q == m + 1 || why == q || why != nil && q == end - 1 {
                    out.append(RawFinding(check: "blame", at: st, excerpt: s.text(st, q),
                                          message: "\"\(s.text(k, m))\" makes a person's action the cause; describe the change and what allowed it.",
                                          better: Rewrite.replacingPossessive(s, at: k)))
                    break
                }
            }
        }
        return out
    }

    func passiveBlame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        var out: [RawFinding] = []
        for b in 0..<s.count {
            let x = s.w[b]
            var agentAt: Int? = nil
            if x == "by", b > 0 { agentAt = b + 1 }
            else if (x == "to" && b > 0 && s.w[b - 1] == "due") || (x == "of" && b > 0 && s.w[b - 1] == "because") { agentAt = b + 1 }
            // "resulted directly from the systems librarian's decision to ...", "The outage is caused from the DBA": the same, with "from"
            else if x == "from", let v = s.span(max(0, b - 2), b).last(where: { ["caused", "resulted", "stemmed", "stems", "arose", "originated"].contains(s.w[$0]) }),
                    s.span(v + 1, b).allSatisfy({ ["directly", "ultimately", "mainly", "primarily", "largely", "entirely"].contains(s.w[$0]) }) { agentAt = b + 1 }
            // "the forecast database ended up split-brained because of me": the writer, or one person, given as the cause
            // ("... and because of him the calls were not coming to agents": "him" and "me" are never a possessive)
            if let q = agentAt, x != "by", ["me", "him", "her"].contains(s.word(q) ?? ""), q == s.endIndexBeforeFinalPunct || s.isPunct(q + 1) || s.w[q] != "her" {
                out.append(RawFinding(check: "blame", at: b - 1, excerpt: s.text(b - 1, q),
                                      message: "\"\(s.text(b - 1, q))\" gives a person as the cause; describe the change and what allowed it.",
                                      better: "Describe the act and what allowed it: " + Rewrite.quote("<The step> ran without <the check that would have stopped it>; nothing in <the tool or runbook> asked for it")))
                continue
            }
            // "Thanks to Kenji's change to the CDN cache key, every download ...": a person's change credited with the harm
            // (not "thanks to Maria's patch, the service recovered", nor "thanks to Ana" on her own, which is praise)
            else if x == "to", b > 0, ["thanks", "owing"].contains(s.w[b - 1]), finder.possessivePerson(s, at: b + 1),
                    let n = s.word(b + 2), Lex.actionNouns.contains(n), !["action", "actions", "decision", "patch", "edit", "update", "hotfix"].contains(n) || [.rootCause, .contributingFactors].contains(role),
                    !s.span(0, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) && (s.w[$0] != "returned" || s.word($0 + 1) == "to") }),
                    [.impact, .rootCause, .contributingFactors, .couldBeBetter].contains(role)
                        || s.w.contains(where: { LanguageChecker.negativeOutcome.contains($0) && !["reach", "reached"].contains($0) || LanguageChecker.harmVerbs.contains($0) || ["wrong", "stale", "duplicate", "duplicated"].contains($0) }) { agentAt = b + 1 }
            guard var q = agentAt else { continue }
            // ("signed off by the then Engineering Manager": a title held at the time)
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) || q > agentAt! && ["then", "acting", "interim"].contains(s.w[q]) { q += 1 }
            guard q < s.count else { continue }
            let isPoss = finder.possessivePerson(s, at: q) || s.isWord(q) && !s.toks[q].isPossessive && finder.possessivePerson(s, at: q + 1)
            // ("by one of our developers": the determiner skipped was the start of the person)
            var agent = finder.agent(s, at: q) ?? (s.w[q] == "of" ? finder.agent(s, at: q - 1) : nil)
            // "by the network team pushing ...": a modifier before the role word
            if agent == nil, q + 1 < s.count, AgentFinder.needsModifier.contains(s.w[q + 1]) || Lex.roles.contains(s.w[q + 1]), let a = finder.agent(s, at: q + 1) { agent = a }
            // "made by newsroom platform engineer Nadia Okafor": modifiers, the role, then the name
            if agent.map({ $0.strength != .strong }) ?? true, let r = s.span(q + 1, q + 4).first(where: { Lex.roles.contains(s.w[$0]) }),
               // ("not escalated by the Control Centre duty technician": after "the", a unit's capitalised name may come first)
               s.span(q, r).allSatisfy({ s.isWord($0) && (!s.toks[$0].isCapitalized || s.toks[$0].isAllCaps || q > agentAt!) && !AgentFinder.determiners.contains(s.w[$0]) && !["with", "of", "for", "to", "in", "on", "at", "from", "about", "between"].contains(s.w[$0]) }),
               s.word(r + 1).map({ !["rotation", "rotations", "schedule", "schedules", "process", "channel", "queue", "tool", "tooling", "handbook", "runbook", "roster"].contains($0) }) ?? true,
               let a = finder.agent(s, at: r) ?? finder.agent(s, at: r + 1) {
                var e = max(a.end, r)
                while e + 1 < s.count, s.isWord(e + 1), s.toks[e + 1].isCapitalized, !s.toks[e + 1].isAllCaps { e += 1 }
                agent = Agent(start: r, end: e, strength: .strong)
            }
            // a capitalised word is a person when a human action follows: "caused by Marcus merging an unreviewed PR"
            // ... or when the frame is a skipped step: "made by Marcus from the edge team without waiting for the canary"
            let skippedStep = x == "by" && (s.span(b + 1, s.count)).contains { s.w[$0] == "without" && (s.word($0 + 1)?.hasSuffix("ing") ?? false) || skipsSafeguard(s, withoutAt: $0) }
            // ("caused by a customer who hammered our API": the cause put on the customer)
            let outsiderCause = agent?.strength == .outsider && x == "by" && b > 0 && ["caused", "triggered"].contains(s.w[b - 1])
            if let a = agent, a.strength != .strong, !outsiderCause, !(a.isWeak && (LanguageChecker.isHumanGerund(s.word(a.end + 1) ?? "") || skippedStep)) { agent = nil }
            if let a = agent, s.isWord(a.end + 1), s.toks[a.end + 1].isPossessive { agent = nil }
            // ("because of a human error": the surface-cause phrase, not a person)
            if let a = agent, ["human", "humans", "operator", "user", "people"].contains(s.w[a.end]), ["error", "errors", "mistake", "mistakes", "factor", "factors", "failure", "slip"].contains(s.word(a.end + 1) ?? "") { agent = nil }
            // ("published by the finance team": the department, then its team)
            if let a = agent, let n = s.word(a.end + 1), ["team", "teams", "group", "department", "squad", "desk", "office"].contains(n) { agent = Agent(start: a.start, end: a.end + 1, strength: a.strength) }
            guard agent != nil || isPoss else { continue }
            let who = s.text(b + 1, agent?.end ?? q)
            if x == "by" {
                var p = b - 1
                while p > 0, ["accidentally", "inadvertently", "mistakenly", "directly", "ultimately", "likely", "probably", "partly", "originally"].contains(s.w[p]) { p -= 1 }
                // ("A hot plate was mistakenly left on by a researcher": the verb's particle before "by")
                if p > 1, ["on", "off", "open", "out", "behind", "running", "unlocked"].contains(s.w[p]), s.w[p - 1].hasSuffix("ed") || English.irregularParticiples.contains(s.w[p - 1]) || s.w[p - 1] == "left" { p -= 1 }
                // ("it was closed without investigation by the billing analyst": the step it went without, between the verb and "by")
                var wentWithout = false
                if let w = s.span(max(0, p - 3), p + 1).last(where: { s.w[$0] == "without" }), w > 0, s.span(w + 1, p + 1).allSatisfy({ s.isWord($0) }),
                   skipsSafeguard(s, withoutAt: w) || s.span(w + 1, p + 1).contains(where: { ["investigation", "investigating", "escalation", "escalating", "comment", "action", "follow-up", "review", "approval", "testing"].contains(s.w[$0]) }),
                   s.w[w - 1].hasSuffix("ed") || English.irregularParticiples.contains(s.w[w - 1]) {
                    p = w - 1; wentWithout = true
                }
                // ("was pushed live by our payments contractor": the verb before "live")
                if ["live", "out", "through"].contains(s.w[p]), p > 0, Lex.changeVerbs.contains(s.w[p - 1]) || s.w[p - 1].hasSuffix("ed") { p -= 1 }
                // ("was rolled out by Ivan": the verb before its particle)
                if ["out", "up", "over", "through", "in", "off"].contains(s.w[p]), p > 0, Lex.changeVerbs.contains(s.w[p - 1]) || s.w[p - 1].hasSuffix("ed") { p -= 1 }
                // ("was run against production by Hannah": the verb before a short place phrase)
                if !s.w[p].hasSuffix("ed"), !English.irregularParticiples.contains(s.w[p]),
                   let prep = s.span(max(0, p - 3), p + 1).last(where: { ["against", "on", "in", "into", "to", "from", "at", "for"].contains(s.w[$0]) }), prep > 0,
                   s.span(prep + 1, p + 1).allSatisfy({ s.isWord($0) && !["by", "and", "or", "but"].contains(s.w[$0]) }),
                   s.w[prep - 1].hasSuffix("ed") || English.irregularParticiples.contains(s.w[prep - 1]) || Lex.changeVerbs.contains(s.w[prep - 1]),
                   // ("Dictionary update approved for release by the IT Systems Officer": a log entry drops the "was")
                   prep >= 2, ["was", "were", "been", "being", "is", "are", "got"].contains(s.w[prep - 2]) || s.w[prep - 1].hasSuffix("ed") && s.isWord(prep - 2) && !s.toks[prep - 2].isPossessive { p = prep - 1 }
                let before = s.w[p]
                // ("batch jobs owned by other teams": whose they are, not what anyone did)
                if ["owned", "maintained", "managed", "operated", "staffed", "shared", "accessed", "used"].contains(before), !s.span(p - 2, b).contains(where: { ["accidentally", "mistakenly", "wrongly", "inadvertently"].contains(s.w[$0]) }) { continue }
                let sanctioned = hasSystemReason(s, after: agent?.end ?? q) || s.span((agent?.end ?? q) + 1, s.count).contains(where: { k in ["procedure", "policy", "exception", "exempts", "exempt", "approved", "under", "confirmed", "runbook", "because", "since", "as"].contains(s.w[k])
                    // ("outside the approved change window, contrary to the change policy": the rule gone against, not a sanction)
                    && !s.span(k - 6, k).contains(where: { ["outside", "contrary", "against", "breach", "violation", "without"].contains(s.w[$0]) }) })
                var hit = ["caused", "introduced", "broken", "made", "error", "errors", "mistake", "mistakes", "oversight", "negligence", "misconfigured", "deleted", "dropped"].contains(before)
                // "caused by a configuration change made by Ahmed Karimi": the change framed as the cause, its author named
                // ("A certificate rotation performed by Amara left two nodes unable to sign", "the config change by Maria caused ...")
                if ["made", "pushed", "deployed", "applied", "merged", "introduced", "committed", "shipped", "rolled", "released", "run", "executed", "performed", "done", "carried", "initiated"].contains(before)
                    || ["change", "changes", "commit", "commits", "edit", "edits", "push", "deploy", "deployment", "update", "migration", "rotation", "upgrade", "patch", "script", "command", "decision", "decisions", "choice"].contains(before) && agent?.strength == .strong {
                    hit = (0..<p).contains { Lex.blameNouns.contains(s.w[$0]) } || (s.span(p + 1, s.count)).contains { isCausal(s, $0) }
                        || ["caused by", "due to", "because of", "result of", "root cause", "triggered by", "the cause"].contains { c in (0..<p).contains { s.has(c, at: $0) } }
                        // "The bug was introduced by one of our developers": the defect put on its author
                        || before == "introduced" && agent?.strength == .strong && (0..<p).contains { ["bug", "bugs", "defect", "defects", "regression", "vulnerability", "flaw", "problem", "issue", "breakage"].contains(s.w[$0]) }
                }
                if ["deleted", "dropped"].contains(before) { hit = s.containsAny(["accidentally", "mistakenly", "inadvertently"]) }
                // ("our production index was cleared accidentally by an engineer": the slip's adverb between the act and its author)
                // ("A hot plate was mistakenly left on by a researcher": the adverb before the act)
                if s.span(p + 1, b).contains(where: { ["accidentally", "inadvertently", "mistakenly"].contains(s.w[$0]) }) || p > 0 && ["accidentally", "inadvertently", "mistakenly", "wrongly", "carelessly"].contains(s.w[p - 1]), agent?.strength == .strong,
                   before.hasSuffix("ed") || English.irregularParticiples.contains(before) { hit = true }
                // "The crew pairings were corrupted by Marco when he reimported the seniority file": the damage put on a person
                if ["corrupted", "wrecked", "damaged", "clobbered", "mangled", "trashed", "nuked"].contains(before), agent?.strength == .strong { hit = true }
                // "1.4 TB of events were lost when the table was truncated by an engineer": a destructive act with its loss
                if ["truncated", "deleted", "dropped", "wiped", "overwritten", "removed", "destroyed"].contains(before), s.containsAny(["lost", "loss", "outage", "downtime", "gone", "missing", "corrupted"]) { hit = true }
                // "Recovery was delayed by 25 minutes by Elif": the delay put on a person
                // ("with the key held by the person in the chamber": held as kept, not held up)
                if (max(0, b - 6)..<b).contains(where: { ["delayed", "slowed", "prolonged", "extended", "stalled"].contains(s.w[$0]) || s.w[$0] == "held" && ["up", "back"].contains(s.word($0 + 1) ?? "") }), agent?.strength == .strong { hit = true }
                // "The warning was missed by the night operator", "left unattended by the night shift": an omission put on people
                if ["missed", "skipped", "bypassed", "dismissed", "disregarded", "neglected", "ignored", "overlooked"].contains(before)
                    || before.hasPrefix("un") && before.hasSuffix("ed") && (max(0, p - 2)..<p).contains(where: { ["left", "remained", "went", "stayed", "kept"].contains(s.w[$0]) }) {
                    // ("went undetected by humans for seven hours" says nobody was told, not who failed)
                    hit = !["humans", "people", "anyone", "anybody", "everyone", "us", "staff"].contains(s.w[q]) && !sanctioned
                }
                // "The second issue was not identified in testing by the service teams": an omission put on people
                if !hit, let a = agent, a.strength == .strong, (max(0, b - 6)..<b).contains(where: { ["not", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }),
                   (max(0, b - 5)..<b).contains(where: { s.w[$0].hasSuffix("ed") || English.irregularParticiples.contains(s.w[$0]) }) { hit = true }
                // "silenced by Rafael the week before and was never switched back on"
                if LanguageChecker.silencingVerbs.contains(before), ((agent?.end ?? q) + 1..<s.count).contains(where: { ["never", "not", "nobody", "no-one"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") || LanguageChecker.negativeOutcome.contains(s.w[$0]) }) { hit = true }
                // "The queue alert was acknowledged by the on-call analyst and then left unattended for over an hour": taken up, then dropped
                if !hit, agent?.strength == .strong, let c = s.span((agent?.end ?? q) + 1, (agent?.end ?? q) + 6).first(where: { ["and", "but"].contains(s.w[$0]) }) {
                    var m = c + 1
                    while let w = s.word(m), ["then", "was", "were", "subsequently", "later", "simply", "just"].contains(w) { m += 1 }
                    if let w = s.word(m), w == "left" && (s.word(m + 1).map { $0.hasPrefix("un") && $0.hasSuffix("ed") } ?? false)
                        || ["ignored", "forgotten", "abandoned", "dismissed", "overlooked", "disregarded"].contains(w)
                        || w == "not" && ["acted", "actioned", "followed", "escalated", "investigated", "looked"].contains(s.word(m + 1) ?? "") { hit = true }
                }
                if ["triggered", "started", "initiated"].contains(before) {
                    let pre = Set(s.w[0..<p])
                    hit = !pre.isDisjoint(with: ["outage", "incident", "errors", "failure", "problem", "issue", "regression", "downtime", "crash"])
                        && pre.isDisjoint(with: ["rollback", "failover", "mitigation", "fix", "restart", "page", "recovery", "alert", "investigation", "response", "drill"])
                }
                // "The archive volume was unmounted by the night-shift administrator while studies were still being written to it": an act
                // done while the thing was still in use
                if !hit, agent?.strength == .strong, Lex.changeVerbs.contains(English.past(ofParticiple: before) ?? before) || ["unmounted", "formatted", "restarted", "rebooted"].contains(before),
                   let w = s.span((agent?.end ?? q) + 1, s.count).first(where: { s.w[$0] == "while" }), s.span(w + 1, w + 6).contains(where: { s.w[$0] == "still" }),
                   !isPlannedWork(s, from: b + 1) { hit = true }
                // "The push was made by Marcus without waiting for the canary": a person's act framed by the step it skipped
                if !hit, before.hasSuffix("ed") || before.hasSuffix("en") || English.irregularParticiples.contains(before) || Lex.changeVerbs.contains(before) {
                    let rest = (agent?.end ?? q) + 1
                    hit = (s.span(rest, s.count)).contains { m in
                        skipsSafeguard(s, withoutAt: m)
                            || ((s.has("instead of", at: m) || s.has("rather than", at: m)) && (s.word(m + 2)?.hasSuffix("ing") ?? false))
                    }
                }
                // "NTP VM rebooted by Marco during his patch run at 16:54, no change ticket raised": a change outside change control
                if !hit, agent?.strength == .strong, Lex.changeVerbs.contains(English.past(ofParticiple: before) ?? before) || before.hasSuffix("ed"),
                   ["no change ticket", "no ticket", "no change request", "no approval", "without a change ticket", "without a ticket", "without a change request", "without telling", "without notice"].contains(where: { c in s.span((agent?.end ?? q) + 1, s.count).contains { s.has(c, at: $0) } }) { hit = true }
                // "The barcode service was restarted by the night technician in the middle of the sync window, which is what set the stall off":
                // a person's act with the harm it caused told straight after
                // ("the tools used by developers were not, which has led to a fatal problem": whose tools, not who did it)
                if !hit, agent?.strength == .strong, Lex.changeVerbs.contains(English.past(ofParticiple: before) ?? before) || before.hasSuffix("ed"),
                   !["used", "owned", "operated", "maintained", "managed", "relied", "shared", "accessed"].contains(before),
                   !isPlannedWork(s, from: b + 1), let w = s.span((agent?.end ?? q) + 1, s.count).first(where: { s.w[$0] == "which" && s.isPunct($0 - 1) }),
                   s.span(w + 1, w + 4).contains(where: { isCausal(s, $0) && s.w[$0] != "why" }) || s.has("is what", at: w + 1) && s.span(w + 3, w + 6).contains(where: { isCausal(s, $0) || ["caused", "started", "triggered", "broke"].contains(s.w[$0]) }),
                   // ("turned off by the on-call at 10:07, which is what caused the error rate to drop to zero": the remedy)
                   !s.span(w + 1, s.count).contains(where: { LanguageChecker.recoveryWords.contains(s.w[$0]) || ["drop", "dropped", "zero", "fell", "fall", "stop", "subside", "subsided"].contains(s.w[$0]) }) { hit = true }
                // "both emails were closed as 'no action' by Daniel in the support team": reports dismissed, put on a person
                if !hit, agent?.strength == .strong, let c = s.span(max(0, b - 8), b).first(where: { ["closed", "dismissed", "marked", "resolved", "tagged", "triaged"].contains(s.w[$0]) }),
                   s.word(c + 1) == "as", s.span(0, c).contains(where: { ["emails", "email", "tickets", "ticket", "reports", "report", "complaints", "complaint", "alerts", "alert", "calls", "messages", "bugs"].contains(s.w[$0]) }),
                   // (a verdict that dismissed them, not housekeeping: "closed as duplicates once the parent incident was opened")
                   s.span(0, c).contains(where: { s.w[$0] == "but" }) || s.span(c + 2, b).contains(where: { ["no", "user", "noise", "spam", "invalid", "wontfix", "won't", "expected", "not", "false"].contains(String(s.w[$0].filter { !"'\"‘’“”".contains($0) })) }) { hit = true; p = c }
                if !hit, wentWithout, agent?.strength == .strong, !sanctioned { hit = true }
                // "relay setting was left at test value by maintenance fitter Hallam": a thing left in the wrong state, put on a person
                if !hit, before == "left", agent?.strength == .strong, !sanctioned, s.span(p + 1, b).contains(where: { ["at", "in", "on", "open", "unlocked", "running", "behind", "off"].contains(s.w[$0]) }) { hit = true }
                // "migration signed off as complete by the project manager even though the holds count didn't match": approved against the evidence
                if !hit, agent?.strength == .strong, ["signed", "approved", "accepted", "passed", "cleared"].contains(s.w[max(0, p)]) || s.span(max(0, b - 6), b).contains(where: { ["signed", "approved"].contains(s.w[$0]) }),
                   let t = s.span((agent?.end ?? q) + 1, s.count).first(where: { s.has("even though", at: $0) || s.has("despite", at: $0) || s.has("although", at: $0) }),
                   s.span(t + 1, s.count).contains(where: { ["not", "never", "no"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") || ["failed", "failing", "mismatch", "red", "warnings", "errors"].contains(s.w[$0]) }) { hit = true }
                // "The replay was initiated by the Duty Systems Controller, who elected to restart ... rather than from the last committed offset"
                if !hit, agent?.strength == .strong, [.rootCause, .contributingFactors, .whys].contains(role), let e = agent?.end, s.word(e + 1) == ",", s.word(e + 2) == "who",
                   choseOverOption(s, from: e + 3) != nil { hit = true }
                // "the param change was made by the relief engineer from the mainland depot who isnt trained on our linkspan": the change
                // put on a person, with their lack of training as the reason
                if !hit, agent?.strength == .strong, Lex.changeVerbs.contains(English.past(ofParticiple: before) ?? before) || ["made", "done", "carried", "performed"].contains(before),
                   let w = s.span(agent?.start ?? q, min(s.count, (agent?.end ?? q) + 8)).first(where: { s.w[$0] == "who" }),
                   s.span(w + 1, w + 4).contains(where: { ["not", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }),
                   s.span(w + 2, w + 6).contains(where: { ["trained", "qualified", "familiar", "authorised", "authorized", "competent", "certified", "experienced", "inducted"].contains(s.w[$0]) }) { hit = true }
                // "The fraud rule was pushed live by our payments contractor ..., against the change freeze we had agreed": against a rule
                if !hit, agent?.strength == .strong, role != .response, !sanctioned, Lex.changeVerbs.contains(English.past(ofParticiple: before) ?? before), !isRemedyAct(s, from: 0),
                   s.span((agent?.end ?? q) + 1, s.count).contains(where: { k in againstRule(s, at: k) || ["outside the approved", "outside of the approved", "outside the change window", "outside the agreed", "against standing", "against instructions", "against the instructions"].contains(where: { s.has($0, at: k) })
                       || ["against the", "in breach of", "in violation of", "contrary to"].contains(where: { s.has($0, at: k) }) && s.span(k + 1, k + 6).contains(where: { ["freeze", "policy", "process", "procedure", "rules", "advice", "runbook", "agreement", "guidance"].contains(s.w[$0]) }) }) { hit = true }
                guard hit else { continue }
                out.append(RawFinding(check: "blame", at: b + 1, excerpt: s.text(p, agent?.end ?? q),
                                      message: "\"\(s.text(p, agent?.end ?? q))\" names a person as the cause; describe the change and what allowed it.",
                                      better: Rewrite.replacingByAgent(s, byAt: b, agentEnd: agent?.end ?? q)))
            } else {
                // "due to John's change", "due to the engineer deploying..."
                if let a = agent, let n = s.word(a.end + 1), ["being", "having", "not"].contains(n) { continue }
                if let a = agent, let n = s.word(a.end + 1), Lex.neutralVerbs.contains(n) { continue }
                // ("resulted from an operational error during vendor maintenance": after "from", only the person the phrase opens with)
                if x == "from", !isPoss, (agent.map { $0.start > q } ?? true) { continue }
                // ("due to the vendor's release process, which had no staging step": what they own, not what they did)
                if isPoss, s.span(q + 1, q + 4).prefix(while: { s.isWord($0) && !["of", "to", "in", "on", "for", "which", "that", "and"].contains(s.w[$0]) })
                    .contains(where: { ["process", "processes", "procedure", "procedures", "system", "systems", "tooling", "pipeline", "platform", "infrastructure", "policy", "policies",
                                        "template", "design", "architecture", "runbook", "schedule", "contract", "network", "api", "service", "workflow", "setup"].contains(s.w[$0]) }) { continue }
                // ("due to John's change": the person's act, named as written)
                let named = isPoss && s.isWord(q + 1) ? s.text(q, q + 1) : who.lowercasedFirst
                out.append(RawFinding(check: "blame", at: b + 1, excerpt: s.text(b - 1, min(s.count - 1, (agent?.end ?? q) + 1)),
                                      message: "The cause is given as \(named); describe the change and what allowed it.",
                                      better: isPoss && s.toks[q].isPossessive ? Rewrite.replacingPossessive(s, at: q) : Rewrite.replacingByAgent(s, byAt: b)))
            }
        }
        return out
    }

    /// "merging", "running", "deploying": the -ing form of a change or human verb.
    static func isHumanGerund(_ x: String) -> Bool {
        guard x.hasSuffix("ing"), x.count > 5 else { return false }
        let stem = String(x.dropLast(3))
        var bases = [stem, stem + "e"]
        if let l = stem.last, stem.dropLast().last == l { bases.append(String(stem.dropLast())) }
        return bases.contains { b in
            humanVerbs.contains(b) || Lex.changeVerbs.contains(b + "ed") || Lex.changeVerbs.contains(b + "d") || Lex.changeVerbs.contains(English.irregularPast.first { $0.value == b }?.key ?? "-")
        }
    }

    /// Training a named person as a remedy singles them out as the cause: "Ask Priya to retrain John on the runbook",
    /// "Jo will be reminded to check the dashboard".
    func trainingBlame(_ s: Sentence) -> [RawFinding] {
        func singlePerson(_ a: Agent) -> Bool {
            guard a.strength == .strong else { return false }
            if let n = s.word(a.end + 1), ["rotation", "team", "teams", "staff", "crew", "roster", "squad", "group", "members", "folks"].contains(n) { return false }
            let head = s.w[a.end]
            if Lex.departments.contains(head) { return false }
            if Lex.roles.contains(head) {
                // "the on-call engineer", not "engineers", "the team", "all on-call staff"
                if head.hasSuffix("s") || ["team", "squad", "folks", "staff", "support", "qa", "ops", "devops"].contains(head) { return false }
                return s.w[a.start] == "the" || s.w[a.start] == "that"
            }
            return true
        }
        func finding(_ at: Int, _ a: Agent, _ end: Int, topicFrom: Int) -> RawFinding {
            RawFinding(check: "blame", at: at, excerpt: s.text(at, end),
                       message: "Training or reminding \(agentText(s, a)) singles out a person as the cause; change the runbook, tool or process so anyone gets it right.",
                       better: Rewrite.forTraining(s, topicFrom: topicFrom))
        }
        for i in 0..<s.count where s.isWord(i) && Lex.trainingVerbs.contains(s.w[i]) {
            if s.negated(before: i, within: 2) { continue }
            // ("when the train manager of 1H07 telephoned": a noun before a title, not the verb)
            if i > 0, AgentFinder.determiners.contains(s.w[i - 1]) || s.toks[i - 1].isPossessive { continue }
            for q in s.span(i + 1, i + 3) {
                guard let a = finder.agent(s, at: q), singlePerson(a) else { continue }
                var t = a.end + 1
                if let n = s.word(t), ["on", "about", "in", "for", "to"].contains(n) { t += 1 }
                return [finding(i, a, a.end, topicFrom: t)]
            }
        }
        // passive: "John will be retrained", "the engineer was reminded"
        var k = 0
        while k < s.count {
            guard let a = finder.agent(s, at: k) else { k += 1; continue }
            var j = a.end + 1
            while j < min(s.count, a.end + 4), ["will", "was", "were", "has", "have", "been", "be", "is", "to", "needs", "should", "must", "being"].contains(s.w[j]) { j += 1 }
            if j > a.end + 1, j < s.count, singlePerson(a) {
                let v = s.w[j]
                let base = v.hasSuffix("ed") ? English.base(v) : v
                if Lex.trainingVerbs.contains(base) || v == "retrained" || v == "re-trained" {
                    var t = j + 1
                    if let n = s.word(t), ["on", "about", "in", "for", "to"].contains(n) { t += 1 }
                    return [finding(a.start, a, j, topicFrom: t)]
                }
            }
            k = a.end + 1
        }
        return []
    }
}

/// Blame framed as accountability or as a person going their own way: "Responsibility for this outage lies with Oluwaseun",
/// "Wei Ling is accountable for the rule", "Release engineering's decision to skip the soak is what let ...",
/// "The mobile team keeps shipping changes without telling anyone", "Instead of following the runbook, Siobhan went off on her own".
