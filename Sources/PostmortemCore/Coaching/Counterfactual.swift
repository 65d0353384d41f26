extension LanguageChecker {
    // MARK: counterfactual (hindsight is in Hindsight.swift)

    func counterfactual(_ s: Sentence) -> [RawFinding] {
        guard !s.isQuestion else { return [] }
        // ("there is no apparent reason why the Safety Car should have been deployed": the other course weighed and found unwarranted)
        if ["no reason why", "no apparent reason why", "no obvious reason why", "no evident reason why", "no reason to think", "no reason to believe"].contains(where: { s.find($0) != nil }) { return [] }
        // ("It is not possible to determine if the outcome ... would have been different": the other world named as unknowable, not claimed)
        if ["not possible to determine", "not possible to say", "impossible to determine", "impossible to say", "cannot determine", "can't determine", "unable to determine", "cannot say whether", "cannot know whether"].contains(where: { s.find($0) != nil }) { return [] }
        // a near miss weighed, not a wish: "If it had, it would have rendered 30k crates unbuildable"
        let harmIfSo: Set<String> = ["rendered", "broken", "caused", "affected", "lost", "corrupted", "deleted", "impacted", "leaked", "constituted", "posed"]
        // (but "fewer than 2,000 customers would have lost supply", "would have affected a single region" wish for a smaller outcome)
        // ("we would have lost perhaps 2,000 litres rather than 41,000": the smaller loss set against the real one)
        let smaller = s.containsAny(["fewer", "less", "only", "single", "smaller", "just"]) || s.find("rather than") != nil && s.span(0, s.count).contains(where: { s.toks[$0].kind == .number })
        // ("If we'd kept the old booking flow one more month, nobody would have lost their delivery": "we'd" before a participle is "we had")
        // ("Had the alarm been escalated at 10:05, ... no customer would have lost supply": the premise inverted, no "if" needed)
        // (not "Had the second disk failed, it would have caused a full outage": a near miss, the harm that did not come)
        let fullPremise = s.w[s.firstWordIndex] == "had" && s.span(s.firstWordIndex + 1, s.firstWordIndex + 6).contains(where: { s.w[$0] == "been" || s.w[$0].hasSuffix("ed") && s.w[$0].count > 4 })
                && s.span(0, s.count).contains(where: { ["would", "could"].contains(s.w[$0]) && (s.word($0 + 1) == "not" || s.word($0 + 1) == "never" || ["no", "nobody", "none"].contains(s.word($0 - 2) ?? "") || ["no", "nobody", "none"].contains(s.word($0 - 1) ?? "")) })
            || s.span(0, s.count).contains(where: { (s.w[$0] == "had" && s.span(max(0, $0 - 3), $0).contains(where: { s.w[$0] == "if" })
                || ["we'd", "i'd", "they'd", "he'd", "she'd", "we’d", "they’d"].contains(s.w[$0]) && s.span(max(0, $0 - 2), $0).contains(where: { s.w[$0] == "if" }))
            && (s.span($0 + 1, $0 + 3).first(where: { !["just", "only", "simply", "also", "actually", "even", "already"].contains(s.w[$0]) }).map { s.w[$0].hasSuffix("ed") || English.irregularParticiples.contains(s.w[$0]) } ?? false) })
        // ("..., which would have caused kubernetes to mark the pods unhealthy, which would have been immediately detectable": the chain ends in a better world)
        let better: Set<String> = ["detectable", "detected", "caught", "noticed", "prevented", "avoided", "spotted", "alerted", "stopped", "saved"]
        let endsBetter = s.span(0, s.count).contains(where: { k in ["would", "could"].contains(s.w[k]) && s.word(k + 1) == "have"
            && (better.contains(s.word(k + 2) ?? "") || s.word(k + 2) == "been" && s.span(k + 3, k + 5).contains(where: { better.contains(s.w[$0]) })) })
        if !smaller, !fullPremise, !endsBetter, (s.span(0, s.count)).contains(where: { ["would", "could", "might"].contains(s.w[$0]) && s.word($0 + 1) == "have" && (s.word($0 + 2).map { harmIfSo.contains($0) } ?? false) }) { return [] }
        // an option weighed at the time, with its cost: "We chose not to restart the validators, because restarting on v1.18.3
        // would have reproduced the panic"
        if let r = (s.span(0, s.count)).first(where: { ["because", "since"].contains(s.w[$0]) }),
           (s.span(0, r)).contains(where: { ["chose", "decided", "opted", "held", "waited", "elected", "declined"].contains(s.w[$0]) }),
           (s.span(r + 1, s.count)).contains(where: { ["would", "could", "might"].contains(s.w[$0]) && s.word($0 + 1) == "have" }) { return [] }
        // ("So if one had to guess, this strain could have developed a niche ...": a guess about what happened, hedged, not another world)
        if ["had to guess", "have to guess", "had to bet", "were to guess"].contains(where: { s.find($0) != nil }), s.w.filter({ $0 == "if" }).count == 1 { return [] }
        // ("it's important to reflect on what we could have done better": the review's own question, not another world)
        if ["what we could have done", "what i could have done", "what could have been done", "what we might have done"].contains(where: { s.find($0) != nil }),
           s.containsAny(["reflect", "reflecting", "ask", "asking", "consider", "considering", "learn", "learning", "discuss", "review", "understand", "explore"]) { return [] }
        // "later than we would have liked": a preference, not another world
        if s.find("would have liked") != nil || s.find("would've liked") != nil || s.find("would have hoped") != nil || s.find("would have wanted") != nil { return [] }
        if s.span(0, s.count).contains(where: { ($0 > 0 && ["than", "as"].contains(s.w[$0 - 1]) || s.w[$0].hasSuffix("'d") || s.w[$0].hasSuffix("’d")) && s.word($0 + 1) == "have" && ["liked", "hoped", "wanted", "expected"].contains(s.word($0 + 2) ?? "") }) { return [] }
        var out: [RawFinding] = []
        let modal = s.containsAny(["would", "could", "might", "wouldn't", "couldn't", "would've", "could've", "we'd", "it'd"])
        func add(_ i: Int, _ j: Int, _ msg: String) {
            out.append(RawFinding(check: "counterfactual", at: i, excerpt: s.text(i, j), message: msg, better: Rewrite.forCounterfactual(s, from: i)))
        }
        // "If the alert went to correct team, the outage would take maybe 30 minutes, not 9 hours": the other world told in the simple
        // past, set against what happened
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let w = s.span(f + 2, s.count).first(where: { ["would", "could"].contains(s.w[$0]) && s.word($0 + 1) != "have" }),
           s.span(f + 1, w).contains(where: { English.isPast(s.w[$0]) }),
           let c = s.span(w + 2, s.count).first(where: { s.has("instead of", at: $0) || s.has("rather than", at: $0) || s.w[$0] == "not" && s.isPunct($0 - 1) }),
           s.span(c + 1, c + 4).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || ["minutes", "hours", "days", "seconds", "weeks"].contains(s.w[$0]) }),
           // ("If the disk filled, the job would stop within 5 minutes rather than 2 hours, because of the new guard": the design now)
           !s.containsAny(["now", "new", "because", "since", "today", "currently"]) {
            add(f, min(f + 4, s.count - 1), "\"\(s.text(f, min(f + 4, s.count - 1)))\" imagines a world that did not happen, set against what did; describe what actually happened and what made it possible.")
            return out
        }
        // "If the provider had sent us an email about the change, the creators would receive the money on the correct day", "If the donor
        // operator validated the number correctly, we would never have this problem in the first place": the other world in other tenses
        // ("If the light vehicle had been parked 6 metres further forward, we would be writing a fatality report today": the past perfect
        // leaves no doubt, whatever day the other world is told on)
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let w = s.span(f + 3, s.count).first(where: { ["would", "could", "wouldn't", "couldn't"].contains(s.w[$0]) }),
           case let pastPerfect = s.span(f + 1, w).contains(where: { s.w[$0] == "had" && (s.word($0 + 1).map { $0.hasSuffix("ed") || English.irregularParticiples.contains($0) } ?? false) }),
           pastPerfect
            || s.span(f + 1, w).contains(where: { English.isPast(s.w[$0]) }) && (s.find("in the first place") != nil || s.word(w + 1) == "never")
            // ("If renewal was done on Tuesday and not on Friday night, we would find problem before weekend", "If support desk checked the
            // certificate at 03:15, recovery could be 3 hours earlier": the road not taken, set against the one taken or pinned to a past moment)
            || s.span(f + 1, w).contains(where: { English.isPast(s.w[$0]) || ["was", "were"].contains(s.w[$0]) }) && (s.span(f + 1, w).contains(where: { s.has("and not", at: $0) || s.w[$0] == "not" && s.isPunct($0 - 1) || s.has("instead of", at: $0) || s.has("rather than", at: $0)
                    || s.toks[$0].hasDigit && s.toks[$0].text.contains(":") })
                || s.span(w + 1, s.count).contains(where: { ["earlier", "sooner", "before"].contains(s.w[$0]) && s.span($0 - 3, $0).contains(where: { s.toks[$0].hasDigit || Lex.numberWords.contains(s.w[$0]) }) })),
           !s.containsAny(pastPerfect ? ["now", "new", "currently", "whenever", "next", "future"] : ["now", "new", "today", "currently", "whenever", "next", "future"]) {
            add(f, min(f + 4, s.count - 1), "\"\(s.text(f, min(f + 4, s.count - 1)))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "If the recipe was checked against the production order, these 4,260 metres would be good fabric today": a step imagined done,
        // and today's harm undone (not "If a recipe was entered wrongly, the new check would now reject it": the design now)
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let b = s.span(f + 2, f + 6).first(where: { ["was", "were"].contains(s.w[$0]) }),
           s.word(b + 1).map({ $0.hasSuffix("ed") || English.irregularParticiples.contains($0) }) == true,
           let w = s.span(b + 2, s.count).first(where: { s.w[$0] == "would" && s.word($0 + 1) != "have" }), s.span(b + 2, w).contains(where: { s.isPunct($0) && s.w[$0] == "," }),
           s.span(w + 1, s.count).contains(where: { ["today", "still"].contains(s.w[$0]) }), !s.containsAny(["now", "new", "will", "reject", "block", "catch", "stop", "whenever", "future"]) {
            add(f, b + 1, "\"\(s.text(f, b + 1))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "If we would have keep the old booking engine one more week, nothing of this happen": the past conditional of a second-language writer
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let w = s.span(f + 2, f + 5).first(where: { s.w[$0] == "would" && s.word($0 + 1) == "have" }),
           s.span(f + 1, w).allSatisfy({ s.isWord($0) }), ["we", "i", "they", "the", "our", "he", "she", "it"].contains(s.word(f + 1) ?? ""), let n = s.word(w + 2), s.isWord(w + 2), !["to", "any", "a", "an"].contains(n) {
            add(f, w + 2, "\"\(s.text(f, w + 2))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "If the interlock was there, the 14,400 bottles would not be in quarantine now": a safeguard imagined in place, the present undone
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let b = s.span(f + 2, f + 7).first(where: { ["was", "were"].contains(s.w[$0]) }),
           s.has("there", at: b + 1) || s.has("in place", at: b + 1) || ["fitted", "installed", "enabled", "working", "available", "present", "configured"].contains(s.word(b + 1) ?? ""),
           let w = s.span(b + 2, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }), s.span(b + 2, w).contains(where: { s.isPunct($0) && s.w[$0] == "," }),
           // ("If automatic changeover was working, pump 3 start in seconds and no customer would notice anything": the harm undone by a negative subject)
           s.w[w] == "wouldn't" || ["not", "never"].contains(s.word(w + 1) ?? "") || s.span(b + 2, w).contains(where: { ["no", "nobody", "no-one", "none", "nothing"].contains(s.w[$0]) }),
           !s.containsAny(["will", "future", "next", "new", "whenever"]) {
            add(f, b + 1, "\"\(s.text(f, b + 1))\" imagines a safeguard that was not there; say what was missing and add it as an action.")
            return out
        }
        // "If we would make the deploy in December like was planned first, the vessels would have the new list already": a second-language past
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), ["we", "they", "i", "he", "she", "you"].contains(s.word(f + 1) ?? ""), s.word(f + 2) == "would",
           let v = s.word(f + 3), s.isWord(f + 3), !["like", "want", "prefer", "need", "have", "be", "please", "kindly", "rather"].contains(v),
           let c = s.span(f + 4, s.count).first(where: { s.isPunct($0) && s.w[$0] == "," }), let w = s.span(c + 1, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }),
           s.span(c + 1, s.count).contains(where: { ["already", "nothing", "never", "not", "nobody", "none"].contains(s.w[$0]) }) || s.w[w] == "wouldn't" {
            add(f, f + 3, "\"\(s.text(f, f + 3))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // ("If the integrator was doing the update on Tuesday like normal, we don't have any problem": a second-language past, the problem undone in the present)
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let c = s.span(f + 2, s.count).first(where: { s.w[$0] == "," }),
           s.span(f + 1, c).contains(where: { ["was", "were", "did", "had"].contains(s.w[$0]) || English.isPast(s.w[$0]) }),
           let n = s.span(c + 1, c + 5).first(where: { ["don't", "doesn't", "didn't"].contains(s.w[$0]) && s.word($0 + 1) == "have" }), ["any", "no", "a", "the"].contains(s.word(n + 2) ?? ""),
           ["problem", "problems", "issue", "issues", "incident", "outage", "trouble"].contains(s.word(n + 3) ?? ""),
           !s.containsAny(["will", "when", "whenever", "next", "future", "now", "new"]) {
            add(f, c - 1, "\"\(s.text(f, c - 1))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "If we stay on version 4.1 one more month, this incident will not happen": the other world in the present, this incident undone
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), let t = s.span(f + 2, s.count).first(where: { ["this", "the"].contains(s.w[$0]) && ["incident", "outage", "problem", "failure"].contains(s.word($0 + 1) ?? "") }),
           ["will", "would", "won't", "wouldn't"].contains(s.word(t + 2) ?? ""), s.span(t + 2, t + 6).contains(where: { ["happen", "occur", "happened", "occurred"].contains(s.w[$0]) }) {
            add(f, min(f + 4, s.count - 1), "\"\(s.text(f, min(f + 4, s.count - 1)))\" imagines a world where this incident did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "if line 3 stopped at 1st reject alarm not 3rd — whole batch saved": the other world in shift notes, with no modal at all
        if s.w[s.firstWordIndex] == "if", let d = s.span(s.firstWordIndex + 2, s.count).first(where: { ["—", "–", "-", "=", "→", ">"].contains(s.w[$0]) || s.w[$0] == "," }),
           s.span(s.firstWordIndex + 1, d).contains(where: { English.isPast(s.w[$0]) }),
           // ("If key pulled at 06:40 → no over-temp, no scrap": the harm undone, listed)
           s.span(d + 1, min(s.count, d + 6)).contains(where: { ["saved", "avoided", "prevented", "spared", "averted", "unaffected", "intact"].contains(s.w[$0]) || s.w[$0] == "no" && $0 == d + 1 }),
           !s.containsAny(["will", "would", "could", "now", "next", "future", "whenever", "when", "then"]) {
            add(s.firstWordIndex, min(s.firstWordIndex + 3, s.count - 1), "\"\(s.text(s.firstWordIndex, min(s.firstWordIndex + 3, s.count - 1)))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // ("a lack of or inadequate barriers which could otherwise have prevented the serious incident": the missing safeguard, imagined working)
        if let o = s.span(1, s.count).first(where: { s.w[$0] == "otherwise" && ["could", "would", "might", "may"].contains(s.w[$0 - 1]) && s.word($0 + 1) == "have" }),
           ["prevented", "avoided", "caught", "stopped", "detected", "mitigated", "limited", "reduced"].contains(s.word(o + 2) ?? "") {
            add(o - 1, o + 2, "\"\(s.text(o - 1, o + 2))\" imagines a safeguard that was not there catching the problem; say what was missing and add it as an action.")
            return out
        }
        // "If we make the canary release before, the players would not lose their progress", "If we stay on the old Slurm version one
        // month more, the reservations would not be lost": a second-language past conditional, the harm undone and the moment pinned
        if let f = s.span(0, s.count).first(where: { s.w[$0] == "if" }), ["we", "they", "i", "he", "she", "the", "our", "you", "someone"].contains(s.word(f + 1) ?? ""),
           let w = s.span(f + 3, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }),
           s.w[w] == "wouldn't" || ["not", "never"].contains(s.word(w + 1) ?? ""),
           s.span(w + 1, w + 4).contains(where: { ["lose", "lost", "happen", "occur", "fail", "crash", "break", "miss", "suffer", "see", "notice", "go", "stop"].contains(s.w[$0]) }),
           s.span(f + 1, w).contains(where: { ["before", "earlier", "sooner"].contains(s.w[$0]) || s.w[$0] == "more" && ["day", "week", "month", "hour", "days", "weeks", "months", "hours", "year"].contains(s.word($0 - 1) ?? "") || s.has("in time", at: $0) }),
           !s.span(f + 1, w).contains(where: { ["had", "will", "now", "new", "next", "future"].contains(s.w[$0]) }) {
            add(f, min(f + 4, s.count - 1), "\"\(s.text(f, min(f + 4, s.count - 1)))\" imagines a world that did not happen; describe what actually happened and what made it possible.")
            return out
        }
        // "A unit test that used the addempty endpoint may have highlighted this issue before deployment", "a prometheus exporter on ZFS could
        // have alerted on slack about disk space usage ... maybe even before incident": a safeguard that did not exist, imagined catching it
        if let i = s.span(0, s.count).first(where: { ["may", "might", "could"].contains(s.w[$0]) && s.word($0 + 1) == "have" }), !s.containsAny(["if", "whether"]),
           let v = s.span(i + 2, i + 4).first(where: { ["highlighted", "caught", "detected", "flagged", "spotted", "revealed", "surfaced", "alerted", "warned", "prevented", "stopped"].contains(s.w[$0]) }),
           s.span(i + 2, v).allSatisfy({ ["definitely", "easily", "probably", "possibly", "also", "certainly"].contains(s.w[$0]) }),
           s.span(v + 1, s.count).contains(where: { ["before", "earlier", "sooner", "better", "faster"].contains(s.w[$0]) }),
           !s.span(0, i).contains(where: { ["we", "i", "they", "it", "this", "that"].contains(s.w[$0]) && $0 == i - 1 }) {
            add(i, v, "\"\(s.text(i, v))\" imagines a safeguard that did not exist catching the problem; say what was missing and add it as an action.")
            return out
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "if", s.word(i + 1) == "only" { add(i, i + 1, "\"If only...\" is a counterfactual; describe what actually happened."); break }
            if x == "if" {
                let window = s.w[s.span(i + 1, i + 8)]
                // ("if the contract test had existed, we wouldn't be in this room": the other world's present)
                if (window.contains("had") || window.contains("hadn't") || window.contains(where: { $0.hasSuffix("'d") })) && modal && s.contains("have") || window.contains("had") && s.containsAny(["would've", "could've"])
                    || window.contains("had") && s.span(i + 2, s.count).contains(where: { ["wouldn't", "couldn't"].contains(s.w[$0]) || s.w[$0] == "would" && ["not", "never"].contains(s.word($0 + 1) ?? "") })
                        && s.span(i + 1, i + 8).contains(where: { s.w[$0] == "had" && (s.word($0 + 1).map { $0.hasSuffix("ed") || English.irregularParticiples.contains($0) } ?? false) }) {
                    add(i, min(i + 4, s.count - 1), "\"If ... had ...\" is a counterfactual; describe what actually happened and what made it possible.")
                    break
                }
                if window.first == "we" || window.first == "they", window.dropFirst().first == "had", modal { add(i, i + 3, "\"If we had...\" is a counterfactual; describe what actually happened."); break }
                // "if we'd just waited till Monday to deploy none of this happens": "we'd" before a participle is "we had"
                if let d = s.span(i + 1, i + 3).first(where: { s.w[$0].hasSuffix("'d") && s.w[$0].count > 2 }),
                   let p = s.span(d + 1, d + 3).first(where: { !["just", "only", "simply", "also", "actually", "even", "already", "not", "never"].contains(s.w[$0]) }),
                   !["liked", "like", "needed", "wanted", "preferred"].contains(s.w[p]), s.w[p].hasSuffix("ed") && s.w[p].count > 4 || English.irregularParticiples.contains(s.w[p]) && !["had", "been"].contains(s.w[p]),
                   // ("Kai asked Ana if she'd deployed the patch": a question reported, not another world)
                   !s.span(max(0, i - 4), i).contains(where: { ["asked", "ask", "asking", "wondered", "checked", "know", "knew", "confirm", "confirmed", "see"].contains(s.w[$0]) }) {
                    add(i, p, "\"\(s.text(i, p))\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
                }
                // "if the import had stayed at 02:00 none of this happens": the other world, told in the present
                if let h = s.span(i + 1, i + 8).first(where: { s.w[$0] == "had" }), let p = s.word(h + 1), p.hasSuffix("ed") || English.irregularParticiples.contains(p),
                   ["none of this happens", "none of this would", "this never happens", "it never happens", "we wouldn't be", "we would not be", "none of it happens"].contains(where: { s.find($0) != nil }) {
                    add(i, h + 1, "\"\(s.text(i, h + 1))\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
                }
                // "If we read the release note carefully, this double charge would not happen": the same, in the active voice
                // (not "If we keep a canary, this would not happen again": a plan for next time)
                if ["we", "they", "i", "you", "someone", "somebody", "ops"].contains(s.word(i + 1) ?? ""), let c = s.span(i + 2, i + 12).first(where: { s.w[$0] == "," }),
                   let wn = s.span(c + 1, c + 8).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }), s.w[wn] == "wouldn't" || ["not", "never"].contains(s.word(wn + 1) ?? ""),
                   s.span(wn + 1, wn + 4).contains(where: { ["happen", "occur", "be"].contains(s.w[$0]) }), s.span(c + 1, wn).contains(where: { ["this", "it", "the", "that"].contains(s.w[$0]) }),
                   !s.containsAny(["again", "future", "next", "anymore", "any"]) {
                    add(i, c - 1, "\"\(s.text(i, c - 1))\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
                }
                // "If the configuration was checked before the rollout, the service interruption would not happen"
                if let b = s.span(i + 1, i + 8).first(where: { ["was", "were"].contains(s.w[$0]) }), let p = s.word(b + 1), p.hasSuffix("ed") || English.irregularParticiples.contains(p),
                   let wn = s.span(b + 2, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }),
                   // ("we would not lose the contact with satellite": a non-native past counterfactual, any verb)
                   s.span(wn + 1, wn + 4).contains(where: { ["happen", "occur", "have", "be"].contains(s.w[$0]) }) || s.span(b + 2, wn).contains(where: { s.w[$0] == "by" }) && s.span(0, i).isEmpty,
                   s.w[wn] == "wouldn't" || s.span(wn + 1, wn + 3).contains(where: { ["not", "never"].contains(s.w[$0]) }) {
                    add(i, b + 1, "\"If ... was \(p) ..., it would not ...\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
                }
            }
            if x == "had" || x == "hadn't", let n = s.word(i + 1) {
                // ("Had ops had a remote ARB alarm the 2nd restart never happens": a role as the inverted subject, then its own "had")
                let roleFirst = s.isSentenceStart(i) && (Lex.roles.contains(n) || Lex.departments.contains(n)) && s.span(i + 2, i + 4).contains(where: { ["had", "been", "known", "seen"].contains(s.w[$0]) })
                let inverted = ["we", "they", "i", "he", "she", "you", "someone", "anyone"].contains(n) || roleFirst
                    || (s.isSentenceStart(i) || s.isPunct(i - 1) && s.w[i - 1] == ",") && (["the", "our", "a", "an", "this", "there", "it", "any"].contains(n) || s.toks[i + 1].isCapitalized)
                // "Had CI included one 90-min file, v5.12 never ships": an inverted premise needs no modal after it
                // ("Had a call with the vendor, who confirmed ..." has no participle: a plain past)
                let premise = s.isSentenceStart(i) && s.span(i + 2, i + 6).contains(where: { k in (s.w[k].hasSuffix("ed") && s.w[k].count > 3 || English.irregularParticiples.contains(s.w[k]))
                    && s.span(k + 1, s.count).contains(where: { s.isPunct($0) && s.w[$0] == "," }) })
                // ("Had pump P5 been available, supply pressure would ... have been maintained": any subject, when a participle and a comma follow)
                if inverted || premise && modal, modal || s.contains("have") || premise || roleFirst {
                    if i > 0, s.isWord(i - 1), ["we", "they", "i", "he", "she", "you", "it", "that", "which", "who"].contains(s.w[i - 1]) { continue }
                    add(i, min(i + 3, s.count - 1), "\"\(s.text(i, min(i + 2, s.count - 1)))...\" is a counterfactual; describe what actually happened.")
                    break
                }
            }
            // "Could've avoided the whole thing if we'd just pinned the version"
            if ["could've", "would've", "might've"].contains(x), let v = s.word(i + 1), ["prevented", "avoided", "caught", "stopped", "averted", "saved", "spared"].contains(v) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is a counterfactual; describe what actually happened and what allowed it."); break
            }
            // "more time than I would have if I took the time to check": the other world, elided
            if ["would", "could"].contains(x), s.word(i + 1) == "have", s.word(i + 2) == "if" {
                add(i, i + 2, "\"\(s.text(i, i + 2)) ...\" imagines a world that did not happen; describe what actually happened and what made it take as long as it did."); break
            }
            // "The migration could have been handled much better": a verdict from afterwards, not an account
            if x == "could", s.has("have been", at: i + 1), let v = s.word(i + 3), ["handled", "done", "managed", "run", "executed", "planned", "communicated"].contains(v),
               let b = s.span(i + 4, i + 7).first(where: { ["better", "differently", "smoother", "more"].contains(s.w[$0]) }), s.span(i + 4, b).allSatisfy({ s.isWord($0) }) {
                add(i, b, "\"\(s.text(i, b))\" judges from afterwards; describe what happened, what was known at each step, and what made it hard."); break
            }
            // "a second administrator could have caught this issue sooner", "could have been merged immediately": the faster world
            if x == "could" || x == "would", s.word(i + 1) == "have", let e = s.span(i + 2, i + 10).first(where: { k in ["sooner", "earlier", "immediately", "faster", "quicker", "in time", "right away", "straight away", "at once", "instantly",
                   "before it went", "before it shipped", "before it reached", "before customers", "before users", "before it was released", "in advance", "beforehand", "ahead of time"].contains { s.has($0, at: k) } }),
               !s.negated(before: i, within: 3),
               !s.span(i + 2, e).contains(where: { s.isPunct($0) }), !s.span(0, i).contains(where: { ["if", "unless", "whether"].contains(s.w[$0]) }),
               // ("could have started immediately, but the runbook required an approval" says what happened instead)
               !s.span(e, s.count).contains(where: { ["but", "however", "yet"].contains(s.w[$0]) }) {
                add(i, e, "\"\(s.text(i, e))\" imagines a faster world; describe what actually happened and what made it take as long as it did."); break
            }
            if x == "would" || x == "wouldn't" || x == "could" || x == "might" || x == "may" {
                if i > 0, s.w[i - 1] == "what", s.span(max(0, i - 6), i).contains(where: { ["speculate", "speculating", "speculation"].contains(s.w[$0]) }) { continue }
                var j = i + 1
                if s.word(j) == "not" || s.word(j) == "never" || s.word(j) == "easily" || s.word(j) == "probably" || s.word(j) == "likely" || s.word(j) == "all" { j += 1 }
                // ("would almost certainly have contained the failure")
                if s.word(j) == "almost" || s.word(j) == "very" || s.word(j) == "most" { j += 1 }
                if ["certainly", "surely", "definitely", "undoubtedly", "likely"].contains(s.word(j) ?? "") { j += 1 }
                guard s.word(j) == "have" else { continue }
                let v = s.word(j + 1) ?? ""
                let v2 = s.word(j + 2) ?? ""
                if ["prevented", "avoided", "caught", "stopped", "detected", "saved", "spared", "mitigated", "averted", "helped", "happened", "occurred", "contained"].contains(v)
                    || v == "been" && ["avoided", "prevented", "caught", "detected", "stopped", "averted", "fine", "spared", "limited", "contained", "blocked", "rejected", "flagged", "halted", "noticed", "spotted"].contains(v2) {
                    // "could have been stopped" is a counterfactual when a premise sets up the other world: "With a canary stage, ..."
                    // ... or an act that was not taken is the subject: "Appointing an incident manager could have helped"
                    let premise = ["with", "without", "if", "had", "given"].contains(s.w[s.firstWordIndex])
                        || English.opensWithAct(s) && !s.span(s.firstWordIndex, i).contains(where: { s.isPunct($0) })
                    // ("a backlog task that may have prevented it from happening": the task was not done; "the retry may have prevented loss" is a guess)
                    if x == "may", !premise, !s.has("from happening", at: j + 3) && !s.has("from occurring", at: j + 3) && !s.span(j + 2, s.count).contains(where: { s.has("from happening", at: $0) || s.has("from occurring", at: $0) }) { continue }
                    // ("I do not think it could have been avoided entirely", "could not have been prevented": a claim it was unavoidable)
                    if x == "could" || x == "might" || x == "may", s.negated(before: i, within: 4) || s.word(i + 1) == "not" || s.word(i + 1) == "never" { continue }
                    if (x == "could" || x == "might"), !premise, !["avoided", "prevented", "averted"].contains(v2), !["prevented", "avoided", "averted"].contains(v) { continue }
                    add(i, min(j + 2, s.count - 1), "\"\(s.text(i, min(j + 2, s.count - 1)))\" is a counterfactual; describe what actually happened and what allowed it.")
                    break
                }
            }
            // "Detection could have been faster if the symptom was identified earlier"
            // ("This whole thing could have been solved in 1-2 hours instead of 6-8": the faster world, compared)
            if x == "could" || x == "would", s.has("have been", at: i + 1), let c = s.word(i + 3),
               ["faster", "quicker", "shorter", "sooner", "earlier", "smaller", "avoided", "prevented", "easier", "better", "solved", "resolved", "fixed", "handled", "restored", "mitigated", "contained"].contains(c),
               s.span(i + 4, i + 10).contains(where: { s.w[$0] == "if" || s.has("instead of", at: $0) || s.has("rather than", at: $0) }) {
                add(i, i + 3, "\"\(s.text(i, i + 3)) ...\" imagines a world that did not happen; describe what actually happened and what made it slow."); break
            }
            // "prevented what would have otherwise been a quick recovery"
            if x == "would", s.has("have otherwise", at: i + 1) || s.has("otherwise have", at: i + 1) {
                add(i, i + 2, "\"\(s.text(i, i + 2))\" imagines the outcome that did not happen; describe what actually happened."); break
            }
            // "mitigations that could have reduced the impact": an imagined smaller outcome
            if x == "could" || x == "would", s.word(i + 1) == "have", let v = s.word(i + 2), ["reduced", "shortened", "limited", "minimized", "minimised", "lessened", "halved"].contains(v),
               s.span(i + 3, i + 6).contains(where: { ["impact", "outage", "downtime", "damage", "duration", "disruption", "blast", "recovery", "incident", "delay"].contains(s.w[$0]) }) {
                add(i, i + 2, "\"\(s.text(i, i + 2))\" imagines a smaller outcome that did not happen; describe what actually happened and what made it take as long as it did."); break
            }
            // "Our warning monitoring did not detect a problem when it should have", "as fast as we could have": the better world, elided
            if ["should", "could"].contains(x), s.word(i + 1) == "have", i + 2 > s.endIndexBeforeFinalPunct || s.isPunct(i + 2) && s.w[i + 2] != "-",
               let neg = s.span(max(0, i - 8), i).last(where: { ["not", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't")
                   || s.w[$0] == "as" && ["fast", "quickly", "soon", "early", "well", "much"].contains(s.word($0 + 1) ?? "") && s.word($0 + 2) == "as" }),
               // (the shortfall in the same clause: not "did not need manual steps and worked as it should have")
               !s.span(neg + 1, i).contains(where: { ["and", "but"].contains(s.w[$0]) || s.isPunct($0) }) {
                add(i, i + 1, "\"... \(s.text(i, i + 1))\" measures what happened against a world that did not; describe what happened and what made it that way."); break
            }
            // (not "I wish that we could give you a detailed explanation ...": a wish about now, not another past)
            if x == "wish", i > 0, ["we", "i", "they"].contains(s.w[i - 1]), s.word(i + 1) != "to",
               !(s.span(i + 1, i + 5).contains(where: { ["could", "can"].contains(s.w[$0]) }) && !s.span(i + 1, i + 7).contains(where: { ["have", "had"].contains(s.w[$0]) })) { add(i - 1, i, "\"We wish...\" is a counterfactual; describe what actually happened."); break }
            // "One more reviewer on that PR and this never ships": an imagined extra safeguard, then the outcome
            // "Were the feature flag still in place, rollback takes seconds": the subjunctive turned round
            if i == s.firstWordIndex, x == "were", let n = s.word(i + 1), ["the", "a", "an", "we", "our", "it", "there", "they"].contains(n), s.toks.contains(where: { $0.text == "," }) {
                add(i, min(i + 3, s.count - 1), "\"Were ...\" imagines a world that did not happen; describe what actually happened and what allowed it."); break
            }
            if i == s.firstWordIndex, let e = presentOtherWorld(s) {
                add(i, e, "\"\(s.text(i, e))\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
            }
            if i == s.firstWordIndex, let e = imaginedExtra(s, at: i) {
                add(i, e, "\"\(s.text(i, e)) and ...\" imagines a world that did not happen; describe what actually happened and what allowed it.")
                break
            }
            if let e = unrealPast(s, at: i) {
                add(i, e, "\"\(s.text(i, e))\" describes a world that did not happen; describe what actually happened and what allowed it.")
                break
            }
        }
        return out
    }

    /// "One more reviewer on that PR and ...", "Two extra minutes of canary soak and ...", "A single alert on disk usage and ...".
    func imaginedExtra(_ s: Sentence, at i: Int) -> Int? {
        let amount: Set<String> = ["one", "two", "three", "a", "an", "another", "just", "five", "ten", "few", "single", "bit"]
        guard amount.contains(s.w[i]) || s.toks[i].kind == .number else { return nil }
        // ("1/ Quick update on Friday: ...": a thread's post number)
        if s.toks[i].kind == .number, s.toks[i].text.hasSuffix("/") || s.word(i + 1) == "/" { return nil }
        // ("One look at a zone-count diff before hitting push and this is a non-event": one look, one glance, one check)
        let more = s.span(i, i + 4).first(where: { ["more", "extra", "additional", "another", "single", "proper", "simple", "quick", "look", "glance"].contains(s.w[$0]) })
            ?? (s.contains("never") || s.containsAny(["non-event", "nonevent"]) ? i : nil)
        guard let more else { return nil }
        guard let and = s.span(more + 1, more + 10).first(where: { s.w[$0] == "and" }) else { return nil }
        // the clause after "and" is a result in the present or future: "this never ships", "the spike shows up"
        let tail = s.w[s.span(and + 1, s.count)]
        guard tail.contains(where: { $0 == "never" || $0 == "would" || $0 == "wouldn't" || $0 == "we'd" || $0 == "non-event" || $0.hasSuffix("s") && !$0.hasSuffix("ss") && $0.count > 3 }) else { return nil }
        guard !s.toks[s.span(i + 1, s.count)].contains(where: { $0.isWord && ["was", "were", "had", "did"].contains($0.lower) }) else { return nil }
        return and - 1
    }

    static let contrastWords: Set<String> = ["but", "however", "yet", "instead", "although", "though", "whereas"]

    /// The other world told in the present: "With a simple count comparison between the recorder and the bucket, we catch this the
    /// first day and not the fourth", "Retention at 3d instead of 30d and we never get near full disk".
    func presentOtherWorld(_ s: Sentence) -> Int? {
        let f = s.firstWordIndex
        // "With <a setting>, <we or it> <present verb> ... rather than / and not <what happened>"
        if s.w[f] == "with", let c = s.span(f + 1, f + 16).first(where: { s.isPunct($0) && s.w[$0] == "," }),
           ["we", "it", "the", "this", "they"].contains(s.word(c + 1) ?? ""),
           s.span(c + 1, s.count).contains(where: { k in ["rather than", "and not", "not the", "instead of"].contains { s.has($0, at: k) } }),
           !s.span(c + 1, s.count).contains(where: { ["was", "were", "had", "did", "will", "now"].contains(s.w[$0]) }) { return c - 1 }
        // "With the epoch check in the import, none from these passes would be missed": the check imagined back into the incident
        // (not "With the new check in place, a repeat would page the on-call": the world from now on)
        if s.w[f] == "with", let c = s.span(f + 1, f + 16).first(where: { s.isPunct($0) && s.w[$0] == "," }),
           let w = s.span(c + 1, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }), s.word(w + 1) != "have",
           s.span(c + 1, s.count).contains(where: { ["none", "these", "those"].contains(s.w[$0]) || s.has("this incident", at: $0) || s.has("this outage", at: $0) }),
           !s.containsAny(["new", "now", "future", "next", "repeat", "again", "forward", "will", "if", "place", "current", "currently", "still", "today"]) { return w }
        // "<X> instead of <Y> and we never <reach it>"
        if let i = s.find("instead of"), let a = s.span(i + 2, s.count).first(where: { s.w[$0] == "and" }),
           ["we", "it", "this", "they"].contains(s.word(a + 1) ?? ""), ["never", "wouldn't", "don't", "do"].contains(s.word(a + 2) ?? ""),
           !s.span(f, i).contains(where: { ["was", "were", "had", "did", "is", "are"].contains(s.w[$0]) }) { return a + 2 }
        return nil
    }

    /// "The change should have gone through staging", "A look at the audit log would have shown it right away":
    /// a modal perfect about what did not happen. Returns the end of the phrase. A contrast that says what did happen
    /// ("The audit tool should have stopped the command, but a bug prevented it") describes the design, not a wish.
    func unrealPast(_ s: Sentence, at i: Int) -> Int? {
        let x = s.w[i]
        // ("I could have easily waited for Monday": the writer's other choice, imagined; not "it could have been worse")
        // ("without paging available we could've noticed it way later": a premise with "without", not a denial)
        // ("We probably could have been better prepared": an adverb between)
        let ourCould = ["could", "could've"].contains(x) && i > 0 && (["i", "we"].contains(s.w[i - 1])
            || i > 1 && ["probably", "definitely", "certainly", "surely", "clearly", "possibly", "likely", "also", "easily", "really"].contains(s.w[i - 1]) && ["i", "we"].contains(s.w[i - 2]))
        guard ["should", "shouldn't", "should've", "ought", "would", "wouldn't", "would've"].contains(x) || ourCould || x.hasSuffix("'d") && x.count > 2 && (s.word(i + 1) == "have" || ["all", "probably", "likely", "easily", "definitely", "certainly", "surely", "just"].contains(s.word(i + 1) ?? "") && s.word(i + 2) == "have") else { return nil }
        // ("we thought it would have reported to us when this many failures were happening, but ... it did not": what was expected then)
        if x.hasPrefix("would"), s.span(max(0, i - 4), i).contains(where: { ["thought", "expected", "assumed", "believed", "hoped", "figured"].contains(s.w[$0]) }),
           !s.span(0, i).contains(where: { ["if", "had"].contains(s.w[$0]) }) { return nil }
        // ("He declined to speculate about what would have happened otherwise": the other world set aside, not imagined)
        if i > 0, s.w[i - 1] == "what" || i > 1 && s.w[i - 2] == "what", s.span(max(0, i - 6), i).contains(where: { ["speculate", "speculating", "speculation", "declined", "refused"].contains(s.w[$0]) }) { return nil }
        var j = i + 1
        if x == "ought" { guard s.word(j) == "to" else { return nil }; j += 1 }
        let fillers: Set<String> = ["not", "never", "probably", "likely", "all", "easily", "certainly", "definitely", "also", "surely", "at", "least", "simply", "just"]
        while let m = s.word(j), fillers.contains(m) { j += 1 }
        // ("would in all probability have been maintained", "would most likely have held")
        for hedge in ["in all probability", "in all likelihood", "most likely", "very likely", "almost certainly", "most probably"] where s.has(hedge, at: j) { j += hedge.split(separator: " ").count; break }
        if !x.hasSuffix("'ve") { guard s.word(j) == "have" else { return nil }; j += 1 }
        // ("we could, and should have, done much better here": the modal pair set off by commas)
        if s.word(j) == ",", i >= 3, s.w[i - 1] == "and", s.w[i - 2] == ",", ["could", "would", "might"].contains(s.w[i - 3]) { j += 1 }
        // "... ahead of time like I should have.": the participle left out, the verdict kept
        if x == "should" || x == "should've", j >= s.endIndexBeforeFinalPunct + 1, i >= 2, ["i", "we"].contains(s.w[i - 1]), ["like", "as"].contains(s.w[i - 2]) { return min(j - 1, s.count - 1) }
        // "would have never happened"
        while let m = s.word(j), fillers.contains(m) { j += 1 }
        // ("we could have definitely done a better job", "we could have been more conservative": the writer's better self, imagined)
        let betterSelf = s.span(j + 1, j + 5).contains(where: { ["better", "more", "sooner", "earlier", "faster", "quicker", "differently", "less"].contains(s.w[$0]) })
        if ourCould, let v = s.word(j), ["been", "lost", "broken", "caused", "deleted", "corrupted", "gone", "affected", "taken", "done"].contains(v) && !(["done", "been"].contains(v) && betterSelf)
            || s.negated(before: i, within: 3) && !s.span(max(0, i - 4), i).contains(where: { s.w[$0] == "without" }) { return nil }
        // ("With a manual fallback in place, patients would not have had to return to their GP": the other world, set up by "with")
        let premise = s.w[s.firstWordIndex] == "with" && s.span(s.firstWordIndex + 1, i).contains(where: { s.w[$0] == "," }) && s.negated(before: j, within: 3)
        guard let v = s.word(j), s.isWord(j), v != "to", v != "had" || s.word(j + 1) != "to" || premise else { return nil }
        // ("we ran what should have been an innocent diagnostics tool": what the thing was taken to be)
        if i > 0, s.w[i - 1] == "what", v == "been", ["a", "an", "the"].contains(s.word(j + 1) ?? "") { return nil }
        // ("The ... endpoint should not have allowed a user to update a record", "high availability systems in place that should have stopped
        // an outage like this": what a part was built to do, with no person in the clause)
        if x.hasPrefix("should"), ["allowed", "accepted", "permitted", "stopped", "prevented", "caught", "blocked", "rejected", "handled", "absorbed", "protected"].contains(v),
           i > 0, s.isWord(i - 1), finder.agent(s, at: i - 1) == nil && !["we", "i", "you", "they", "he", "she", "someone", "somebody", "anyone", "that", "which", "who"].contains(s.w[i - 1]) || ["that", "which"].contains(s.w[i - 1]) && s.span(max(0, i - 5), i - 1).contains(where: { s.has("in place", at: $0) || ["systems", "system", "checks", "controls", "safeguards", "guards", "failover", "alerts", "monitoring"].contains(s.w[$0]) })
            // ("The configured limits for this customer should have protected the cluster": the setting's job)
            || s.span(max(0, i - 6), i).contains(where: { ["limits", "limit", "quotas", "quota", "controls", "checks", "safeguards", "protections", "settings", "rules", "throttles", "guards"].contains(s.w[$0]) }) { return nil }
        // a participle: "gone", "shown", "caught", "been", "had"
        guard v.hasSuffix("ed") || v.hasSuffix("en") || v.hasSuffix("wn") || English.irregularParticiples.contains(v) else { return nil }
        // "a rollback would have required a schema downgrade": the cost of an option weighed at the time, not a wish
        // ("A single dry-run ... and we'd have had 12 hours instead of 30 minutes": "had" as the other world's gain, unless "had to")
        if x.hasPrefix("would") || x.hasSuffix("'d"), !premise, ["required", "needed", "meant", "cost", "involved", "entailed", "risked"].contains(v) || v == "had" && (s.word(j + 1) == "to" || !s.span(0, i).contains(where: { ["one", "single", "a", "with", "just"].contains(s.w[$0]) })) { return nil }
        // ("During this period, users would have seen an Internal Server Error page": what they most likely saw, not another world)
        if x.hasPrefix("would"), ["seen", "experienced", "received", "noticed", "encountered", "got", "gotten", "hit"].contains(v),
           s.span(max(0, i - 4), i).contains(where: { Coach.populationNouns.contains(s.w[$0]) || ["you", "they"].contains(s.w[$0]) }),
           !s.containsAny(["if", "unless", "without", "had", "otherwise", "but"]) { return nil }
        // ("Any attempts to access the application would have resulted in errors", "any failed form submissions would have been
        // immediately apparent to users": what happened to whatever came in, told generally, not another world)
        if x.hasPrefix("would"), let an = s.span(max(0, i - 9), i).first(where: { s.w[$0] == "any" }), an == s.firstWordIndex || s.isPunct(an - 1),
           !["known", "seen", "noticed", "spotted", "caught", "realised", "realized", "thought", "done"].contains(v),
           !s.span(an + 1, i).contains(where: { Lex.roles.contains(s.w[$0]) || ["developer", "engineer", "person", "one", "reviewer"].contains(s.w[$0]) }),
           !s.containsAny(["if", "unless", "without", "had", "otherwise", "but"]) { return nil }
        // ("Normally we would have received alerts as soon as ...": what the usual path does; "slower than a standard response would
        // have been": a comparison with the usual, not another world)
        if x.hasPrefix("would"), s.span(max(0, i - 6), i).contains(where: { ["normally", "usually", "ordinarily", "typically", "than", "circumstances"].contains(s.w[$0]) }),
           !s.containsAny(["if", "unless", "had"]) { return nil }
        // ("restore services as quickly as we would have wished": a wish measured against, not another world)
        if x.hasPrefix("would"), ["wished", "liked", "hoped", "wanted", "preferred"].contains(v), s.span(max(0, i - 6), i).contains(where: { s.w[$0] == "as" }) { return nil }
        // ("Any decent developer would have known ...": an imagined better person, reported as hindsight)
        if x.hasPrefix("would"), v.hasPrefix("know"), s.span(max(0, i - 5), i).contains(where: { s.w[$0] == "any" }) { return nil }
        // ("the system accepted a number no human would have believed": what the thing was like, said through nobody)
        // ("No sane person would have run that command" is the verdict itself: the exemption holds only inside a noun phrase)
        if x.hasPrefix("would"), i >= 2, ["human", "person", "reviewer", "operator", "one"].contains(s.w[i - 1]), s.w[i - 2] == "no", i - 2 > s.firstWordIndex, s.isWord(i - 3) { return nil }
        if x.hasPrefix("should") || x == "ought" {
            // ("this task should not have taken more than 50 milliseconds", "was taking ~150ms when it should have been <10ms",
            // "The changeover unit should have switched to the backup path within two seconds": a measured expectation, the spec)
            if ["taken", "been", "lasted", "needed", "required", "used", "switched", "completed", "finished", "responded", "failed", "reached"].contains(v),
               s.span(j + 1, j + 7).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || Lex.numberWords.contains(s.w[$0]) && ["seconds", "second", "minutes", "minute", "milliseconds", "ms", "hours"].contains(s.word($0 + 1) ?? "") }),
               !s.span(max(0, i - 6), i).contains(where: { ["we", "i", "you", "they", "he", "she", "someone"].contains(s.w[$0]) || finder.agent(s, at: $0)?.isBlameable == true }),
               !s.containsAny(["if", "unless", "had", "properly", "better"]) { return nil }
            // "things happened that should not have happened", "the drive misconfiguration shouldn't have been possible": what the
            // design promised, with no person in the clause
            // (but "The migration should not have been run during peak hours", "... processes should not have been ignored": an act
            // judged, passive)
            let judgedAct = v == "been" && ["run", "used", "deployed", "merged", "approved", "ignored", "skipped", "pushed", "released", "shipped", "applied", "executed",
                "scheduled", "started", "done", "made", "bypassed", "overridden", "disabled", "rushed", "signed", "authorised", "authorized"].contains(s.word(j + 1) ?? "")
            if x == "shouldn't" || s.word(i + 1) == "not" || s.word(i + 1) == "never", !judgedAct, ["happened", "occurred", "been", "disrupted", "affected", "impacted", "caused", "broken", "failed", "crashed", "resulted", "mattered"].contains(v),
               !s.span(max(0, i - 8), i).contains(where: { ["we", "i", "they", "he", "she", "you", "someone", "somebody", "anyone"].contains(s.w[$0]) || Lex.roles.contains(s.w[$0]) || Lex.firstNames.contains(s.w[$0]) }) { return nil }
            // ("The user shouldn't have had the permission to begin with": what the access design should have allowed)
            if x == "shouldn't" || s.word(i + 1) == "not", v == "had", s.span(j + 1, j + 5).contains(where: { ["permission", "permissions", "access", "rights", "privileges", "ability", "role"].contains(s.w[$0]) }) { return nil }
            // ("Seven children should have received the hepatitis B vaccine": who the plan was for, counted; the harm is that they did not)
            if ["received", "got", "gotten"].contains(v) || v == "been" && ["given", "offered", "sent", "vaccinated", "paid"].contains(s.word(j + 1) ?? ""),
               s.span(max(0, i - 4), i).contains(where: { (Coach.populationNouns.contains(s.w[$0]) && !Lex.roles.contains(s.w[$0])) || ["children", "patients", "pupils", "residents", "babies", "infants", "households", "families", "claimants", "recipients"].contains(s.w[$0]) }),
               !s.span(max(0, i - 4), i).contains(where: { ["we", "i", "you", "they"].contains(s.w[$0]) }) { return nil }
            // "should have known/seen" is hindsight, reported as such
            if LanguageChecker.hindsightVerbs.contains(v), v != "been" || ["obvious", "clear", "apparent", "evident", "known", "foreseen", "anticipated", "expected", "aware"].contains(s.word(j + 1) ?? "") { return nil }
            if (s.span(j + 1, s.count)).contains(where: { s.isWord($0) && LanguageChecker.contrastWords.contains(s.w[$0]) }) { return nil }
            // ("the controllers that should have restored themselves were unable to do so": what a part was built to do)
            if i > 1, ["that", "which"].contains(s.w[i - 1]), finder.agent(s, at: i - 2) == nil, LanguageChecker.isPluralNoun(s.w[i - 2]) || Lex.nonPeople.contains(s.w[i - 2]) { return nil }
            // "should have been automatically corrected as the backlog was processed": what the system is expected to have done
            if s.containsAny(["automatically", "now"]) { return nil }
            // "If the sending server was configured to time out in less than 30 hours, the sender should have received a rejection": what
            // a system's settings imply for a third party, not a wish about what we did
            if ["received", "got", "seen", "gotten"].contains(v), s.span(s.firstWordIndex, i).contains(where: { s.w[$0] == "if" }),
               !s.span(max(0, i - 4), i).contains(where: { ["we", "i", "you"].contains(s.w[$0]) }) { return nil }
            // "This shouldn't have resulted in any data loss, since Varnish logs all requests": an expectation with its reason
            if x == "shouldn't" || s.word(i + 1) == "not", ["resulted", "caused", "led", "affected", "lost"].contains(v),
               s.span(j + 1, s.count).contains(where: { ["since", "because", "as"].contains(s.w[$0]) }) { return nil }
        }
        // "Any of these issues individually wouldn't have caused such long downtime, but the three of them together caused ...":
        // the factors weighed against each other, not a wish
        if x.hasPrefix("would"), s.negated(before: j, within: 3) || x == "wouldn't",
           s.span(max(0, i - 6), i).contains(where: { ["individually", "alone", "itself", "themselves", "separately"].contains(s.w[$0]) }) || s.span(j + 1, s.count).contains(where: { ["together", "combined", "combination", "jointly"].contains(s.w[$0]) }) { return nil }
        return min(j, s.count - 1)
    }
}
