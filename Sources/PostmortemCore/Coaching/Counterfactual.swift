extension LanguageChecker {
    // MARK: counterfactual and hindsight

    func counterfactual(_ s: Sentence) -> [RawFinding] {
        guard !s.isQuestion else { return [] }
        // a near miss weighed, not a wish: "If it had, it would have rendered 30k crates unbuildable"
        let harmIfSo: Set<String> = ["rendered", "broken", "caused", "affected", "lost", "corrupted", "deleted", "impacted", "leaked"]
        // (but "fewer than 2,000 customers would have lost supply", "would have affected a single region" wish for a smaller outcome)
        let smaller = s.containsAny(["fewer", "less", "only", "single", "smaller", "just"])
        if !smaller, (s.span(0, s.count)).contains(where: { ["would", "could", "might"].contains(s.w[$0]) && s.word($0 + 1) == "have" && (s.word($0 + 2).map { harmIfSo.contains($0) } ?? false) }) { return [] }
        // an option weighed at the time, with its cost: "We chose not to restart the validators, because restarting on v1.18.3
        // would have reproduced the panic"
        if let r = (s.span(0, s.count)).first(where: { ["because", "since"].contains(s.w[$0]) }),
           (s.span(0, r)).contains(where: { ["chose", "decided", "opted", "held", "waited", "elected", "declined"].contains(s.w[$0]) }),
           (s.span(r + 1, s.count)).contains(where: { ["would", "could", "might"].contains(s.w[$0]) && s.word($0 + 1) == "have" }) { return [] }
        // "later than we would have liked": a preference, not another world
        if s.find("would have liked") != nil || s.find("would've liked") != nil || s.find("would have hoped") != nil || s.find("would have wanted") != nil { return [] }
        var out: [RawFinding] = []
        let modal = s.containsAny(["would", "could", "might", "wouldn't", "couldn't", "would've", "could've", "we'd", "it'd"])
        func add(_ i: Int, _ j: Int, _ msg: String) {
            out.append(RawFinding(check: "counterfactual", at: i, excerpt: s.text(i, j), message: msg, better: Rewrite.forCounterfactual(s, from: i)))
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "if", s.word(i + 1) == "only" { add(i, i + 1, "\"If only...\" is a counterfactual; describe what actually happened."); break }
            if x == "if" {
                let window = s.w[s.span(i + 1, i + 8)]
                if (window.contains("had") || window.contains("hadn't") || window.contains(where: { $0.hasSuffix("'d") })) && modal && s.contains("have") || window.contains("had") && s.containsAny(["would've", "could've"]) {
                    add(i, min(i + 4, s.count - 1), "\"If ... had ...\" is a counterfactual; describe what actually happened and what made it possible.")
                    break
                }
                if window.first == "we" || window.first == "they", window.dropFirst().first == "had", modal { add(i, i + 3, "\"If we had...\" is a counterfactual; describe what actually happened."); break }
                // "If the configuration was checked before the rollout, the service interruption would not happen"
                if let b = s.span(i + 1, i + 8).first(where: { ["was", "were"].contains(s.w[$0]) }), let p = s.word(b + 1), p.hasSuffix("ed") || English.irregularParticiples.contains(p),
                   let wn = s.span(b + 2, s.count).first(where: { ["would", "wouldn't"].contains(s.w[$0]) }),
                   s.span(wn + 1, wn + 4).contains(where: { ["happen", "occur", "have", "be"].contains(s.w[$0]) }), s.word(wn + 1) == "not" || s.w[wn] == "wouldn't" || s.word(wn + 1) == "never" {
                    add(i, b + 1, "\"If ... was \(p) ..., it would not ...\" imagines a world that did not happen; describe what actually happened and what made it possible."); break
                }
            }
            if x == "had" || x == "hadn't", let n = s.word(i + 1) {
                let inverted = ["we", "they", "i", "he", "she", "you", "someone", "anyone"].contains(n)
                    || (s.isSentenceStart(i) || s.isPunct(i - 1) && s.w[i - 1] == ",") && (["the", "our", "a", "an", "this", "there", "it", "any"].contains(n) || s.toks[i + 1].isCapitalized)
                if inverted, modal || s.contains("have") {
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
            if x == "would" || x == "wouldn't" || x == "could" || x == "might" {
                var j = i + 1
                if s.word(j) == "not" || s.word(j) == "never" || s.word(j) == "easily" || s.word(j) == "probably" || s.word(j) == "likely" || s.word(j) == "all" { j += 1 }
                guard s.word(j) == "have" else { continue }
                let v = s.word(j + 1) ?? ""
                let v2 = s.word(j + 2) ?? ""
                if ["prevented", "avoided", "caught", "stopped", "detected", "saved", "spared", "mitigated", "averted", "helped", "happened", "occurred"].contains(v)
                    || v == "been" && ["avoided", "prevented", "caught", "detected", "stopped", "averted", "fine", "spared", "limited", "contained", "blocked", "rejected", "flagged", "halted", "noticed", "spotted"].contains(v2) {
                    // "could have been stopped" is a counterfactual when a premise sets up the other world: "With a canary stage, ..."
                    let premise = ["with", "without", "if", "had", "given"].contains(s.w[s.firstWordIndex])
                    // ("I do not think it could have been avoided entirely", "could not have been prevented": a claim it was unavoidable)
                    if x == "could" || x == "might", s.negated(before: i, within: 4) || s.word(i + 1) == "not" || s.word(i + 1) == "never" { continue }
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
            if x == "wish", i > 0, ["we", "i", "they"].contains(s.w[i - 1]) { add(i - 1, i, "\"We wish...\" is a counterfactual; describe what actually happened."); break }
            // "One more reviewer on that PR and this never ships": an imagined extra safeguard, then the outcome
            // "Were the feature flag still in place, rollback takes seconds": the subjunctive turned round
            if i == s.firstWordIndex, x == "were", let n = s.word(i + 1), ["the", "a", "an", "we", "our", "it", "there", "they"].contains(n), s.toks.contains(where: { $0.text == "," }) {
                add(i, min(i + 3, s.count - 1), "\"Were ...\" imagines a world that did not happen; describe what actually happened and what allowed it."); break
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

    static let hindsightIdioms: [String] = ["plain as day", "in plain sight", "staring us in the face", "stared us in the face", "writing was on the wall",
        "writing on the wall", "red flags", "red flag", "glaring", "benefit of hindsight", "predictably", "saw it coming", "see it coming",
        "everyone knew", "everybody knew", "we all knew", "all knew", "no surprise", "unsurprisingly", "inevitably", "was always going to", "were always going to", "was going to hurt", "was going to fail", "was going to break",
        "was going to happen", "were going to fail", "accident waiting to happen", "disaster waiting", "told the whole story", "tells the whole story", "no mystery", "crystal ball",
        "long predicted", "had predicted", "the inevitable", "all the signs", "saw this coming", "see this coming", "signs were there",
        "signs were all there", "signals were there", "there all along", "there for anyone to see", "for all to see", "20:20 hindsight", "20/20 hindsight",
        "could clearly see", "clearly see", "was going to run out", "were going to run out", "was going to run", "was clearly going to", "clearly saw", "anyone could see", "anyone could have seen", "could see it coming", "right there on the",
        "plain to see", "there to see", "easy to see", "mistakenly thought", "mistakenly believed", "mistakenly assumed", "wrongly assumed",
        "wrongly thought", "wrongly believed", "was never going to work", "were never going to work", "was never going to scale", "never stood a chance", "a harbinger", "the harbinger"]

    /// "One more reviewer on that PR and ...", "Two extra minutes of canary soak and ...", "A single alert on disk usage and ...".
    func imaginedExtra(_ s: Sentence, at i: Int) -> Int? {
        let amount: Set<String> = ["one", "two", "three", "a", "an", "another", "just", "five", "ten", "few", "single", "bit"]
        guard amount.contains(s.w[i]) || s.toks[i].kind == .number else { return nil }
        let more = s.span(i, i + 4).first(where: { ["more", "extra", "additional", "another", "single", "proper", "simple", "quick"].contains(s.w[$0]) })
            ?? (s.contains("never") ? i : nil)
        guard let more else { return nil }
        guard let and = s.span(more + 1, more + 10).first(where: { s.w[$0] == "and" }) else { return nil }
        // the clause after "and" is a result in the present or future: "this never ships", "the spike shows up"
        let tail = s.w[s.span(and + 1, s.count)]
        guard tail.contains(where: { $0 == "never" || $0 == "would" || $0 == "wouldn't" || $0 == "we'd" || $0.hasSuffix("s") && !$0.hasSuffix("ss") && $0.count > 3 }) else { return nil }
        guard !s.toks[s.span(i + 1, s.count)].contains(where: { $0.isWord && ["was", "were", "had", "did"].contains($0.lower) }) else { return nil }
        return and - 1
    }

    static let contrastWords: Set<String> = ["but", "however", "yet", "instead", "although", "though", "whereas"]

    /// "The change should have gone through staging", "A look at the audit log would have shown it right away":
    /// a modal perfect about what did not happen. Returns the end of the phrase. A contrast that says what did happen
    /// ("The audit tool should have stopped the command, but a bug prevented it") describes the design, not a wish.
    func unrealPast(_ s: Sentence, at i: Int) -> Int? {
        let x = s.w[i]
        guard ["should", "shouldn't", "should've", "ought", "would", "wouldn't", "would've"].contains(x) || x.hasSuffix("'d") && x.count > 2 && s.word(i + 1) == "have" else { return nil }
        var j = i + 1
        if x == "ought" { guard s.word(j) == "to" else { return nil }; j += 1 }
        while let m = s.word(j), ["not", "never", "probably", "likely", "all", "easily", "certainly", "definitely", "also", "surely", "at", "least"].contains(m) { j += 1 }
        if !x.hasSuffix("'ve") { guard s.word(j) == "have" else { return nil }; j += 1 }
        guard let v = s.word(j), s.isWord(j), v != "to", v != "had" || s.word(j + 1) != "to" else { return nil }
        // a participle: "gone", "shown", "caught", "been", "had"
        guard v.hasSuffix("ed") || v.hasSuffix("en") || v.hasSuffix("wn") || English.irregularParticiples.contains(v) else { return nil }
        // "a rollback would have required a schema downgrade": the cost of an option weighed at the time, not a wish
        if x.hasPrefix("would") || x.hasSuffix("'d"), ["required", "needed", "meant", "cost", "involved", "entailed", "risked", "had"].contains(v) { return nil }
        if x.hasPrefix("should") || x == "ought" {
            // "things happened that should not have happened", "the drive misconfiguration shouldn't have been possible": what the
            // design promised, with no person in the clause
            if x == "shouldn't" || s.word(i + 1) == "not" || s.word(i + 1) == "never", ["happened", "occurred", "been", "disrupted", "affected", "impacted", "caused", "broken", "failed", "crashed", "resulted", "mattered"].contains(v),
               !s.span(max(0, i - 8), i).contains(where: { ["we", "i", "they", "he", "she", "you", "someone", "somebody", "anyone"].contains(s.w[$0]) || Lex.roles.contains(s.w[$0]) || Lex.firstNames.contains(s.w[$0]) }) { return nil }
            // "should have known/seen" is hindsight, reported as such
            if LanguageChecker.hindsightVerbs.contains(v), v != "been" || ["obvious", "clear", "apparent", "evident", "known", "foreseen", "anticipated", "expected", "aware"].contains(s.word(j + 1) ?? "") { return nil }
            if (s.span(j + 1, s.count)).contains(where: { s.isWord($0) && LanguageChecker.contrastWords.contains(s.w[$0]) }) { return nil }
            // "should have been automatically corrected as the backlog was processed": what the system is expected to have done
            if s.containsAny(["automatically", "now"]) { return nil }
            // "This shouldn't have resulted in any data loss, since Varnish logs all requests": an expectation with its reason
            if x == "shouldn't" || s.word(i + 1) == "not", ["resulted", "caused", "led", "affected", "lost"].contains(v),
               s.span(j + 1, s.count).contains(where: { ["since", "because", "as"].contains(s.w[$0]) }) { return nil }
        }
        return min(j, s.count - 1)
    }

    func hindsight(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        func add(_ i: Int, _ j: Int, _ msg: String, _ better: String) {
            out.append(RawFinding(check: "hindsight", at: i, excerpt: s.text(i, j), message: msg, better: better))
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "should" || x == "should've" || x == "ought" || x == "shouldn't" {
                var j = i + 1
                if s.word(j) == "to" { j += 1 }
                if x != "should've", s.word(j) == "have" { j += 1 } else if x != "should've" { continue }
                let v = s.word(j) ?? ""
                if LanguageChecker.hindsightVerbs.contains(v), v != "been" || ["obvious", "clear", "apparent", "evident", "known", "foreseen", "anticipated", "expected", "aware"].contains(s.word(j + 1) ?? "") {
                    let e = v == "been" ? j + 1 : j
                    add(i, e, "\"\(s.text(i, e))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: e + 1))
                    break
                }
            }
            if x == "obvious" || x == "obviously" || x == "avoidable" || x == "preventable" || x == "no-brainer" {
                if s.negated(before: i, within: 3) { continue }
                // ("The most obvious issue is that ...": which issue stands out, ranked now)
                if x == "obvious", i > 0, ["most", "more", "less", "least"].contains(s.w[i - 1]) { continue }
                // ("Nothing on the core dashboards obviously pointed at routing" says the signal was not plain)
                if s.span(max(0, i - 7), i).contains(where: { ["nothing", "nobody", "none", "no-one"].contains(s.w[$0]) }) { continue }
                if i > 0, ["less", "non", "non-"].contains(s.w[i - 1]) { continue }
                // ("I took the obvious approach of keeping redundancy": the first option to hand, chosen at the time)
                if x == "obvious", i > 0, s.w[i - 1] == "the", ["approach", "choice", "solution", "option", "way", "route", "answer", "candidate", "first", "next", "place"].contains(s.word(i + 1) ?? ""),
                   s.span(0, i).contains(where: { ["took", "chose", "picked", "went", "tried", "started", "take", "choose", "try"].contains(s.w[$0]) }) { continue }
                // "It was obvious (in hindsight) that X": removing the word would leave "It was that X"
                let better: String
                if x == "obvious", i > 0, ["was", "is", "seemed", "seems", "looked", "became"].contains(s.w[i - 1]), let t = s.index(of: "that", from: i) {
                    better = Rewrite.forHindsight(s, from: t)
                } else {
                    better = Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>")
                }
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: it was not obvious at the time; say what information was available then.", better)
                break
            }
            if x == "easily" || x == "clearly", let n = s.word(i + 1), ["avoided", "prevented", "caught", "spotted", "avoidable", "preventable", "should"].contains(n) || n == "have" && ["avoided", "prevented", "caught", "spotted", "been"].contains(s.word(i + 2) ?? "") {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "it was clear that the retry storm would ...": certainty only available afterwards
            // ("it was clear that creating ten thousand rules would take hours, so I killed everything": what the responder saw and acted on)
            let actedOn = s.span(i + 1, s.count).contains(where: { s.w[$0] == "so" && ["i", "we"].contains(s.word($0 + 1) ?? "") })
            if x == "clear", i > 0, ["was", "became", "seemed", "is"].contains(s.w[i - 1]), s.word(i + 1) == "that", !s.negated(before: i, within: 3), !actedOn {
                add(i - 1, i + 1, "\"\(s.text(i - 1, i + 1))\" is hindsight: it was not clear at the time; say what information was available then.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "The lag graph clearly showed the problem, but responders were looking at ...": the signal judged with hindsight
            if x == "clearly", let n = s.word(i + 1), ["showed", "shows", "indicated", "pointed", "signalled", "signaled", "revealed", "displayed"].contains(n),
               (s.span(i + 2, s.count)).contains(where: { ["but", "yet", "although", "though", "still"].contains(s.w[$0]) }) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight: the signal is clear now, not necessarily then; say why it did not stand out at the time.",
                    "Say why the signal did not stand out then: “The lag graph showed <what>; it was not on the dashboard responders used, and no alert pointed to it.”")
                break
            }
            if x == "retrospect", i > 0, s.w[i - 1] == "in" {
                add(i - 1, i, "\"In retrospect\" frames the account with hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            if (x == "hindsight" && i > 0 && ["in", "with"].contains(s.w[i - 1])) || (x == "back" && i > 0 && s.w[i - 1] == "looking"),
               s.count > i + 4, !s.containsAny(["learned", "learnt"]) || s.containsAny(["clear", "clearly", "obvious", "obviously", "should", "inevitable", "predictable", "evident", "signs", "sign", "warning",
                              "warnings", "ignored", "missed", "overlooked", "plain", "flag", "flags", "glaring", "wrong", "mistake", "naive", "risky", "would", "could"]) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" frames the account with hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            if ["seen", "see", "saw", "seeing"].contains(x), let n = s.word(i + 1), ["this", "it", "that"].contains(n), s.word(i + 2) == "coming" {
                add(i, i + 2, "\"Seen this coming\" is hindsight; say what information was available before the incident.", Rewrite.forHindsight(s, from: i + 3)); break
            }
            if x == "anyone" || x == "anybody", let m = s.word(i + 1), ["could", "would", "should"].contains(m), s.word(i + 2) == "have",
               let v = s.word(i + 3), LanguageChecker.hindsightVerbs.contains(v) || ["caught", "prevented", "avoided", "predicted"].contains(v) {
                add(i, i + 3, "\"\(s.text(i, i + 3))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 4)); break
            }
            // idioms of certainty after the fact: "plain as day", "staring us in the face", "the writing was on the wall"
            // ("with no reserves was never going to work": the idiom carries its own negation)
            for p in LanguageChecker.hindsightIdioms where s.has(p, at: i) && (!s.negated(before: i, within: 3) || p.contains("never")) {
                let e = min(s.count - 1, i + p.split(separator: " ").count - 1)
                add(i, e, "\"\(s.text(i, e))\" is hindsight: it is plain now, not necessarily then; say what information was available at the time.", Rewrite.forHindsight(s, from: e + 1))
                return out
            }
            // "Anyone could see from the dashboard that ...", "everybody knew this server would fail one day"
            if ["anyone", "anybody", "everyone", "everybody"].contains(x) {
                var j = i + 1
                // "Anyone looking at the latency graph could see ..."
                if let m = s.span(i + 1, i + 12).first(where: { ["could", "would", "can"].contains(s.w[$0]) }), ["see", "tell", "have"].contains(s.word(m + 1) ?? "") { j = m }
                if ["could", "would", "should", "can", "was", "were"].contains(s.word(j) ?? "") { j += 1 }
                if s.word(j) == "have" { j += 1 }
                if let v = s.word(j), ["see", "tell", "spot", "notice", "predict", "know", "knew", "knows", "knowing", "seen", "told", "spotted", "noticed", "predicted", "known", "guess", "guessed", "aware"].contains(v),
                   !s.negated(before: i, within: 2) {
                    add(i, j, "\"\(s.text(i, j))\" is hindsight: it is easy to see afterwards; say what information was available at the time and why it did not stand out.", Rewrite.forHindsight(s, from: j + 1))
                    break
                }
            }
            if x == "all", i > 0, s.w[i - 1] == "we", let v = s.word(i + 1), ["knew", "know", "saw", "expected"].contains(v) {
                add(i - 1, i + 1, "\"\(s.text(i - 1, i + 1))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2)); break
            }
            // "It was clear from the first alert that the database was the problem"
            // "The single point of failure was clearly visible in the architecture diagram long before launch"
            if ["clearly", "plainly", "obviously"].contains(x), let n = s.word(i + 1), ["visible", "evident", "apparent", "there", "shown", "marked"].contains(n),
               (s.span(i + 2, s.count)).contains(where: { k in ["long before", "well before", "weeks before", "months before", "days before", "all along", "for weeks", "for months", "in advance", "ahead of"].contains { s.has($0, at: k) } }) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" ... before is hindsight: it stands out now that the outcome is known; say what the signal looked like at the time and why it did not stand out.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "As was evident from the beginning, the old firmware could not handle ...": certainty claimed from the start
            if ["clear", "evident", "apparent", "obvious", "plain"].contains(x), i > 1, s.w[i - 1] == "was", s.w[i - 2] == "as", !s.negated(before: i, within: 3) {
                add(i - 2, i, "\"\(s.text(i - 2, i))\" is hindsight: it was not evident at the time; say what information was available then.", Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            if x == "clear" || x == "evident" || x == "apparent" || x == "plain", i > 0, ["was", "became", "seemed", "is", "obviously"].contains(s.w[i - 1]), !s.negated(before: i, within: 3), !actedOn,
               s.span(i + 1, i + 9).contains(where: { s.w[$0] == "that" }), !s.containsAny(["later", "after", "once", "when", "by"]) || s.containsAny(["first", "start", "beginning", "outset"]) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" is hindsight: it was not clear at the time; say what information was available then.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            // "Memory reaches 97%, clearly a leak that ...": certainty written into the account of the moment
            if x == "clearly", i > 0, s.isPunct(i - 1) && s.w[i - 1] == "," || ["was", "were", "is", "are"].contains(s.w[i - 1]),
               let n = s.word(i + 1), ["a", "an", "the", "not", "going", "about", "wrong", "broken", "failing", "leaking", "overloaded", "the"].contains(n) {
                add(i, i, "\"Clearly\" is hindsight: it reads clearly now, not necessarily then; say what the responders could see at the time.", Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            // "Clearly the lag graph was telling us something was wrong well before the failover", "Clearly the cron host was going to be
            // forgotten": certainty about what was coming, or about a signal, written after the fact
            if ["clearly", "plainly"].contains(x), !s.negated(before: i, within: 2),
               let c = s.span(i + 1, s.count).first(where: { k in ["was going to", "were going to", "was bound to", "would", "telling us", "trying to tell", "all along",
                    "well before", "long before", "weeks before", "days before", "months before", "for weeks", "for months", "warning us",
                    "the right call", "the right thing", "the right move", "the right decision", "the wrong call"].contains { s.has($0, at: k) } }),
               !s.span(i + 1, c).contains(where: { s.isPunct($0) && [".", ";", ":"].contains(s.w[$0]) }) {
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: it reads clearly now that the outcome is known; say what the signal looked like at the time and why it did not stand out.",
                    Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed, and why it did not stand out>"))
                break
            }
            // "made this outcome entirely predictable", "the failure was inevitable"
            if ["predictable", "foreseeable", "inevitable", "foreseen"].contains(x), i > 0,
               ["was", "were", "is", "entirely", "totally", "completely", "quite", "fully", "wholly", "utterly", "perfectly", "very", "so", "all", "easily"].contains(s.w[i - 1]),
               !s.negated(before: i, within: 3), !(i > 1 && ["un", "not"].contains(s.w[i - 2])) {
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: the outcome is known now, not then; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            if x == "of", i == s.firstWordIndex, s.word(i + 1) == "course", s.count > i + 4 {
                add(i, i + 1, "\"Of course\" is hindsight: it was not a matter of course at the time; say what information was available then.", Rewrite.removingWord(s, i + 1, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            // "Didn't recognize diminishing returns early enough": judged against what is known now
            if x == "enough", i > 0, ["early", "soon", "quickly", "fast"].contains(s.w[i - 1]),
               let n = s.span(0, i).first(where: { ["didn't", "not", "never"].contains(s.w[$0]) }), let v = s.word(n + 1),
               ["recognize", "recognise", "notice", "realize", "realise", "react", "respond", "escalate", "act", "declare", "identify", "spot", "catch", "see", "communicate", "roll"].contains(v) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" judges with hindsight; say what was known at the time and what would have shown it sooner.", Rewrite.forHindsight(s, from: i + 1)); break
            }
            if x == "bound", s.has("bound to happen", at: i) { add(i, i + 2, "\"Bound to happen\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            if x == "matter", s.has("matter of time", at: i) { add(i, i + 2, "\"A matter of time\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            if x == "any", let n = s.word(i + 1), let m = ["competent", "reasonable", "experienced", "good", "careful", "decent"].contains(n) ? s.word(i + 2) : n,
               ["engineer", "developer", "person", "one", "operator", "admin", "sre"].contains(m),
               let after = s.word(["competent", "reasonable", "experienced", "good", "careful", "decent"].contains(n) ? i + 3 : i + 2), ["would", "could", "should", "with", "worth", "who", "looking"].contains(after),
               s.containsAny(["would", "could", "should"]) {
                add(i, i + 2, "\"Any engineer would have...\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 3))
                break
            }
            if x == "warning", s.has("warning signs were", at: i) { add(i, i + 3, "\"The warning signs were there\" is hindsight; say which signals existed and why they did not stand out.", "Say which signals existed and why they did not stand out: “Before the incident, <which dashboards, logs or alerts> showed <what>; they did not stand out because <noise, routing, no alert>.”"); break }
        }
        return out
    }
}
