/// A finding before it is placed: the token it points at, in its sentence.
struct RawFinding {
    var check: String
    var at: Int          // token index in the sentence
    var excerpt: String
    var message: String
    var better: String
}

struct LanguageChecker {
    var finder: AgentFinder

    static let auxWords: Set<String> = ["did", "do", "does", "had", "has", "have", "was", "were", "is", "are", "been", "be", "also", "then",
        "just", "simply", "still", "already", "later", "subsequently", "quickly", "apparently", "again", "reportedly", "initially",
        "eventually", "first", "immediately", "manually", "should", "could", "would", "might", "must", "may", "will", "can", "ought", "to",
        "should've", "could've", "would've", "being", "even", "ever", "unfortunately", "allegedly", "clearly", "obviously", "always",
        "repeatedly", "once", "totally", "completely", "probably", "only", "not", "never"]
    static let hindsightVerbs: Set<String> = ["known", "seen", "noticed", "realized", "realised", "anticipated", "foreseen", "expected",
        "spotted", "recognized", "recognised", "predicted", "understood", "suspected", "guessed", "figured", "knew", "been"]
    static let humanVerbs: Set<String> = ["test", "check", "verify", "follow", "read", "review", "notice", "ask", "escalate", "communicate",
        "wait", "double-check", "look", "validate", "monitor", "watch", "tell", "inform", "confirm", "consult", "respond", "acknowledge",
        "answer", "back", "update", "document", "run", "renew", "page", "coordinate", "announce", "check-in", "pay", "care", "bother"]
    static let blameAdjectives: Set<String> = ["careless", "negligent", "sloppy", "lazy", "reckless", "inattentive", "incompetent", "irresponsible", "distracted", "asleep", "complacent", "unprofessional"]
    static let negativeOutcome: Set<String> = ["outage", "outages", "incident", "error", "errors", "failed", "failure", "failures", "down", "broke",
        "broken", "crashed", "crash", "lost", "loss", "corrupted", "corruption", "degraded", "degradation", "unavailable", "impact", "downtime",
        "deleted", "disruption", "timeouts", "500s", "5xx", "interruption", "broke", "breaking", "regression", "bug", "problem", "issue", "locked"]

    // MARK: blame

    func blame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        var out: [RawFinding] = []
        var k = 0
        while k < s.count {
            if let a = finder.agent(s, at: k) {
                if let f = verbPhrase(after: a, in: s, role: role) { out.append(f) }
                k = a.end + 1
                continue
            }
            k += 1
        }
        out += possessiveBlame(s)
        out += passiveBlame(s)
        // one blame finding per agent is plenty
        var seen = Set<Int>()
        return out.filter { f in
            if f.check != "blame" { return true }
            return seen.insert(f.at).inserted
        }
    }

    func agentText(_ s: Sentence, _ a: Agent) -> String {
        let t = s.text(a.start, a.end)
        return AgentFinder.determiners.contains(s.w[a.start]) ? t : t.capitalizedFirst
    }

    /// Reads what a person is said to have done.
    func verbPhrase(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        var j = a.end + 1
        var neg = false, inability = false, copulaNeg = false, passiveAux = false
        var blameAdv: Int? = nil
        var aux: [String] = []
        while j < s.count, s.isWord(j) {
            let x = s.w[j]
            if Lex.blameAdverbs.contains(x) { blameAdv = j; j += 1; continue }
            if x == "not" || x == "never" || x.hasSuffix("n't") || x == "cannot" {
                neg = true
                if ["couldn't", "can't", "cannot", "wouldn't", "won't"].contains(x) || aux.last.map({ ["could", "can", "would", "will"].contains($0) }) == true { inability = true }
                if ["wasn't", "weren't", "isn't", "aren't"].contains(x) || aux.last.map({ ["was", "were", "is", "are"].contains($0) }) == true { copulaNeg = true }
                aux.append(x); j += 1; continue
            }
            if x == "unable" { inability = true; j += 1; continue }
            if ["have", "has", "had", "do", "does", "be"].contains(x), neg || ["did", "does", "do", "to", "will", "would", "could", "can"].contains(aux.last ?? ""),
               !(s.word(j + 1).map { $0.hasSuffix("ed") || $0.hasSuffix("en") || LanguageChecker.hindsightVerbs.contains($0) || $0 == "to" } ?? false) || x == "do" || x == "does" {
                break // the main verb: "did not have a way"
            }
            if LanguageChecker.auxWords.contains(x) {
                if ["was", "were", "is", "are", "been", "being"].contains(x) { passiveAux = true }
                aux.append(x); j += 1; continue
            }
            break
        }
        guard j < s.count, s.isWord(j) else { return nil }
        let v = s.w[j]
        let who = agentText(s, a)
        let whoLower = AgentFinder.determiners.contains(s.w[a.start]) ? who.lowercasedFirst : who
        let blameable = a.isBlameable && !(a.strength == .they && s.isQuestion)
        let strongish = a.strength == .strong || a.strength == .they
        func blame(_ excerptEnd: Int, _ better: String, _ msg: String? = nil) -> RawFinding {
            RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(excerptEnd, s.count - 1)),
                       message: msg ?? "This names \(whoLower) as the cause; describe what the system allowed instead.",
                       better: better)
        }
        let hasShould = aux.contains("should") || aux.contains("should've") || aux.contains("ought") || aux.contains("shouldn't")
        let hasHave = aux.contains("have") || aux.contains("should've") || aux.contains("could've") || aux.contains("would've")
        // copula: "was careless", "was at fault", "is to blame", "was responsible for the outage"
        if passiveAux || copulaNeg {
            if blameable, LanguageChecker.blameAdjectives.contains(v) && !neg {
                return blame(j, Rewrite.forCare(s, a), "Calling \(whoLower) \(v) judges a person; say what made the action easy to get wrong.")
            }
            if blameable, !neg, (v == "at" && s.word(j + 1) == "fault") || (v == "to" && s.word(j + 1) == "blame") {
                return blame(j + 1, Rewrite.forFault(s), "Saying who is at fault blames a person; say what allowed the failure.")
            }
            if blameable, !neg, v == "responsible", s.word(j + 1) == "for", (j + 2..<min(s.count, j + 5)).contains(where: { LanguageChecker.negativeOutcome.contains(s.w[$0]) || Lex.outcomeNouns.contains(s.w[$0]) && s.w[$0] != "it" && s.w[$0] != "this" }) {
                return blame(j + 3, Rewrite.forFault(s), "Holding \(whoLower) responsible for the failure blames a person; say what allowed it.")
            }
            if blameable, copulaNeg, ["careful", "paying", "watching", "attentive", "thorough", "diligent", "monitoring"].contains(v) {
                return blame(j, Rewrite.forOmission(s, a, verb: v == "watching" || v == "monitoring" ? "watch" : "check", restFrom: j + 1), "This says \(whoLower) wasn't careful enough; describe the gap in the system instead.")
            }
            if !hasShould { return nil }
        }
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
                if blameable {
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
            if blameable, (v == "be" && ["more", "careful", "extra"].contains(s.word(j + 1) ?? "")) || (v == "pay" && s.w[(j + 1)...].prefix(3).contains("attention")) || (v == "know" && s.word(j + 1) == "better") || (v == "take" && s.word(j + 1) == "more") {
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
        let weakOK = a.strength != .weak
        // omission: "didn't test", "never checked", "failed to renew"
        var omitVerb: String? = nil, omitAt = j
        if neg, !inability, !copulaNeg { omitVerb = v }
        if !neg, v == "failed" || v == "neglected" || v == "forgot" || v == "omitted", s.word(j + 1) == "to", s.isWord(j + 2) { omitVerb = s.w[j + 2]; omitAt = j + 2 }
        if let ov = omitVerb {
            if Lex.omissionExempt.contains(ov) || ["make", "take", "go", "work", "respond"].contains(ov) && v != "forgot" { return nil }
            if a.strength == .weak, !LanguageChecker.humanVerbs.contains(ov) { return nil }
            if hasSystemReason(s, after: omitAt) { return nil }
            if Lex.neutralVerbs.contains(ov) && !LanguageChecker.humanVerbs.contains(ov) { return nil }
            return blame(omitAt + 1 < s.count ? omitAt + 1 : omitAt, Rewrite.forOmission(s, a, verb: English.base(ov), restFrom: omitAt + 1),
                         v == "forgot" ? "\"\(who) forgot...\" blames a person; say what would have made the step impossible to miss." : "This blames \(whoLower) for a step that did not happen; describe what the system did not require or catch.")
        }
        if neg { return nil }
        // failing verbs: forgot, ignored, skipped, misconfigured, broke, caused...
        if Lex.failingVerbs.contains(v) || (v == "messed" || v == "screwed") && s.word(j + 1) == "up" || (v == "dropped" && s.has("the ball", at: j + 1)) {
            if a.strength == .weak, ["caused", "causes", "broke", "breaks", "missed", "misses", "skipped", "skips", "bypassed", "blew"].contains(v) { return nil }
            if ["missed", "misses"].contains(v), let n = s.word(j + 1), ["window", "deadline", "sla", "slo", "target"].contains(n) { return nil }
            if v == "broke" || v == "breaks", s.word(j + 1) == "down" || s.word(j + 1) == "out" { return nil }
            if hasSystemReason(s, after: j), ["missed", "misses", "overlooked", "skipped", "ignored"].contains(v) { return nil }
            return blame(min(j + 3, s.endIndexBeforeFinalPunct), Rewrite.forFailing(s, a, verbAt: j),
                         "\"\(s.text(a.start, j))\" makes a person the cause; describe what allowed it to happen.")
        }
        // accidentally / mistakenly + verb
        if let adv = blameAdv, adv < j || adv == j - 1 {
            return blame(j, Rewrite.forCommission(s, a, verbAt: j), "\"\(s.w[adv])\" + \(whoLower) puts the cause on a person; describe what made the action possible.")
        }
        if v == "made" || v == "makes" {
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
                let adjectival = s.isWord(m + 1) && (s.w[m + 1].hasSuffix("ed") || x == "wrong") && s.isWord(m + 2) || x == "wrong" && s.isWord(m + 1)
                if !adjectival, Lex.trailingBlameAdverbs.contains(x) || (x == "by" && ["mistake", "accident"].contains(s.word(m + 1) ?? "")) || x == "prematurely" {
                    return blame(m, Rewrite.forTrailing(s, a, verbAt: j, advAt: m),
                                 "This says \(whoLower) did it wrong; describe what made the wrong action easy.")
                }
            }
        }
        // a change someone made, framed as the cause
        if Lex.changeVerbs.contains(v) || v == "introduced" {
            if v == "ran" || v == "runs", s.word(j + 1) == "out" { return nil }
            let clauseEnd = self.clauseEnd(s, from: j + 1)
            // "... without testing"
            if weakOK || a.strength == .weak && LanguageChecker.humanVerbs.contains(English.base(v)) {
                for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 14)) where s.w[m] == "without" {
                    if let n = s.word(m + 1), Lex.withoutObjects.contains(n) || n.hasSuffix("ing") && Lex.withoutObjects.contains(String(n.dropLast(3))) || n.hasSuffix("ing") {
                        return blame(m + 1, Rewrite.forWithout(s, a, verbAt: j, withoutAt: m),
                                     "This names \(whoLower) as the cause; say what the process did not require.")
                    }
                }
            }
            // "ran the wrong command", "deployed a bad config"
            for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 5)) where Lex.badModifiers.contains(s.w[m]) {
                if s.w[m] == "wrong" || m + 1 < s.count && s.isWord(m + 1) {
                    return blame(min(m + 1, s.count - 1), Rewrite.forBadObject(s, a, verbAt: j, clauseEnd: clauseEnd),
                                 "This names \(whoLower) as the one who got it wrong; describe what let the change through.")
                }
            }
            // "followed the runbook wrong", "by mistake"
            for m in (j + 1)..<max(j + 1, min(clauseEnd, j + 10)) {
                let x = s.w[m]
                if Lex.trailingBlameAdverbs.contains(x) || (x == "by" && ["mistake", "accident"].contains(s.word(m + 1) ?? "")) || x == "prematurely" {
                    return blame(m, Rewrite.forTrailing(s, a, verbAt: j, advAt: m),
                                 "This says \(whoLower) did it wrong; describe what made the wrong action easy.")
                }
            }
            if v == "introduced", let n = s.word(j + 1), let n2 = ["a", "an", "the"].contains(n) ? s.word(j + 2) : n,
               ["bug", "regression", "error", "defect", "breaking", "vulnerability", "typo", "mistake"].contains(n2), weakOK {
                return blame(j + 2, Rewrite.forCommission(s, a, verbAt: j))
            }
            if a.strength != .strong { return nil }
            // "because John deployed ..."
            if causalMarkerBefore(s, a.start), s.containsAny(LanguageChecker.negativeOutcome) || true {
                if !["restarted", "rolled", "reverted", "scaled", "started", "added", "promoted"].contains(v) || s.containsAny(LanguageChecker.negativeOutcome) {
                    return blame(j, Rewrite.forCommission(s, a, verbAt: j), "The cause is given as what \(whoLower) did; describe the change and what allowed it.")
                }
            }
            // "John pushed a config change, which took down the API"
            var m = j + 1
            while m < min(s.count, j + 18) {
                let x = s.w[m]
                if [".", ";", "!", "?"].contains(x) { break }
                if ["which", "that", "causing", "and", "this", "it", "thereby"].contains(x) || x == "," {
                    for q in (m + 1)..<min(s.count, m + 4) where isCausal(s, q) {
                        return blame(q, Rewrite.forCommission(s, a, verbAt: j), "This names \(whoLower) as the cause; describe the change and what allowed it.")
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
        case "caused", "causing", "causes", "broke", "breaking", "crashed", "corrupted", "overloaded", "exhausted", "saturated", "wiped": return true
        case "took", "taking", "brought", "bringing", "knocked", "knocking": return ["down", "out", "offline"].contains(n) || s.has("the site down", at: i + 1) || (i + 3 < s.count && ["down", "offline", "out"].contains(s.w[min(i + 3, s.count - 1)]))
        case "led", "leading": return n == "to"
        case "resulted", "resulting": return n == "in"
        case "triggered", "triggering", "started", "starting":
            return (i + 1..<min(s.count, i + 4)).contains { ["outage", "incident", "errors", "failure", "failures", "crash", "downtime", "regression", "problem"].contains(s.w[$0]) }
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
        return false
    }

    /// "... because the alert was routed to email": a reason that is not a person.
    func hasSystemReason(_ s: Sentence, after i: Int) -> Bool {
        var m = i + 1
        while m < s.count {
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
        for k in 0..<s.count where finder.possessivePerson(s, at: k) || (s.w[k] == "their" && s.isWord(k + 1)) {
            var m = k + 1
            while m < min(s.count, k + 4), ["own", "careless", "bad", "earlier", "last", "recent", "late", "hasty", "sloppy", "untested", "unreviewed", "simple", "small", "big", "manual", "human"].contains(s.w[m]) { m += 1 }
            guard m < s.count else { continue }
            let noun = s.w[m]
            if s.negated(before: k, within: 3) { continue }
            var st = k
            while st > 0, s.isWord(st - 1), AgentFinder.determiners.contains(s.w[st - 1]) || Lex.roles.contains(s.w[st - 1]) { st -= 1 }
            if Lex.blameNouns.contains(noun), noun != "error" && noun != "errors" || s.w[k] != "their" {
                if noun == "typo" && s.w[k] == "their" { continue }
                out.append(RawFinding(check: "blame", at: st, excerpt: s.text(st, m),
                                      message: "\"\(s.text(k, m))\" puts the failure on a person; describe what allowed it.",
                                      better: Rewrite.forMistake(s)))
            } else if s.w[k] != "their", Lex.actionNouns.contains(noun) {
                let end = min(s.count, m + 8)
                for q in (m + 1)..<max(m + 1, end) where isCausal(s, q) {
                    out.append(RawFinding(check: "blame", at: st, excerpt: s.text(st, q),
                                          message: "\"\(s.text(k, m))\" makes a person's action the cause; describe the change and what allowed it.",
                                          better: Rewrite.replacingPossessive(s, at: k)))
                    break
                }
            }
        }
        return out
    }

    func passiveBlame(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        for b in 0..<s.count {
            let x = s.w[b]
            var agentAt: Int? = nil
            if x == "by", b > 0 { agentAt = b + 1 }
            else if (x == "to" && b > 0 && s.w[b - 1] == "due") || (x == "of" && b > 0 && s.w[b - 1] == "because") { agentAt = b + 1 }
            guard var q = agentAt else { continue }
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard q < s.count else { continue }
            let isPoss = finder.possessivePerson(s, at: q)
            var agent = finder.agent(s, at: q)
            if let a = agent, a.strength != .strong { agent = nil }
            if let a = agent, s.isWord(a.end + 1), s.toks[a.end + 1].isPossessive { agent = nil }
            guard agent != nil || isPoss else { continue }
            let who = s.text(b + 1, agent?.end ?? q)
            if x == "by" {
                var p = b - 1
                while p > 0, ["accidentally", "inadvertently", "mistakenly", "directly", "ultimately", "likely", "probably", "partly", "originally"].contains(s.w[p]) { p -= 1 }
                let before = s.w[p]
                var hit = ["caused", "introduced", "broken", "made", "error", "errors", "mistake", "mistakes", "oversight", "negligence", "misconfigured", "deleted", "dropped"].contains(before)
                if before == "made" { hit = (0..<p).contains { Lex.blameNouns.contains(s.w[$0]) } || (p + 1..<s.count).contains { isCausal(s, $0) } }
                if ["deleted", "dropped"].contains(before) { hit = s.containsAny(["accidentally", "mistakenly", "inadvertently"]) }
                if ["triggered", "started", "initiated"].contains(before) {
                    let pre = Set(s.w[0..<p])
                    hit = !pre.isDisjoint(with: ["outage", "incident", "errors", "failure", "problem", "issue", "regression", "downtime", "crash"])
                        && pre.isDisjoint(with: ["rollback", "failover", "mitigation", "fix", "restart", "page", "recovery", "alert", "investigation", "response", "drill"])
                }
                guard hit else { continue }
                out.append(RawFinding(check: "blame", at: b + 1, excerpt: s.text(p, agent?.end ?? q),
                                      message: "\"\(s.text(p, agent?.end ?? q))\" names a person as the cause; describe the change and what allowed it.",
                                      better: Rewrite.replacingByAgent(s, byAt: b)))
            } else {
                // "due to John's change", "due to the engineer deploying..."
                if let a = agent, let n = s.word(a.end + 1), ["being", "having", "not"].contains(n) { continue }
                if let a = agent, let n = s.word(a.end + 1), Lex.neutralVerbs.contains(n) { continue }
                out.append(RawFinding(check: "blame", at: b + 1, excerpt: s.text(b - 1, min(s.count - 1, (agent?.end ?? q) + 1)),
                                      message: "The cause is given as \(who.lowercasedFirst); describe the change and what allowed it.",
                                      better: Rewrite.replacingByAgent(s, byAt: b)))
            }
        }
        return out
    }

    // MARK: loaded words

    static let attentionNouns: Set<String> = ["alert", "alerts", "alarm", "alarms", "warning", "warnings", "page", "pages", "notification",
        "notifications", "email", "emails", "message", "messages", "ticket", "tickets", "runbook", "procedure", "checklist", "process", "policy",
        "guidance", "advice", "feedback", "signs", "symptoms", "comment", "comments", "instructions", "errors", "reports", "report"]

    func loaded(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        let exempt = s.containsAny(["blameless", "avoid", "avoiding", "instead", "rather"]) 
        func add(_ i: Int, _ j: Int, _ word: String, _ replacement: String?) {
            if s.negated(before: i, within: 3) { return }
            if i > 0, s.w[i - 1] == "nobody's" || s.w[i - 1] == "no-one's" || s.w[i - 1] == "anyone's" { return }
            out.append(RawFinding(check: "loaded-word", at: i, excerpt: s.text(i, j),
                                  message: "\"\(s.text(i, j))\" is loaded language that judges people; describe what happened neutrally.",
                                  better: Rewrite.replacingWords(s, i, j, with: replacement, word: word)))
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            switch x {
            case "careless", "carelessly", "carelessness", "sloppy", "sloppily", "sloppiness", "negligent", "negligence", "negligently",
                 "incompetent", "incompetence", "lazy", "laziness", "stupid", "dumb", "idiotic", "reckless", "recklessly", "inexcusable",
                 "irresponsible", "inattentive", "unprofessional":
                add(i, i, x, nil)
            case "botched", "botch", "bungled":
                add(i, i, x, "failed")
            case "fat-fingered", "fat-finger", "fatfingered", "fat-fingering":
                add(i, i, x, "mistyped")
            case "blunder", "blunders", "screwup", "screw-up", "goof":
                add(i, i, x, "action")
            case "messed", "screwed":
                if s.word(i + 1) == "up" { add(i, i + 1, x, "broke") }
            case "dropped":
                if s.has("the ball", at: i + 1) { add(i, i + 2, x, "did not complete the step") }
            case "fault":
                if i > 0, s.w[i - 1] == "at" { add(i - 1, i, x, "involved") }
                else if i > 0, s.toks[i - 1].isPossessive || ["my", "our", "his", "her", "their", "whose", "your"].contains(s.w[i - 1]) {
                    add(i - 1, i, x, "a contributing factor")
                } else if s.word(i + 1) == "of", s.isWord(i + 2), !["tolerance", "injection"].contains(s.w[i + 2]) {
                    let t = i + 2 < s.count ? s.w[i + 2] : ""
                    if ["the", "a", "an", "one", "our", "his", "her", "their"].contains(t) || finder.agent(s, at: i + 2) != nil { add(i, i + 1, x, "a contributing factor") }
                }
            case "blame", "blamed", "blaming":
                if exempt { continue }
                if i > 0, ["no", "without", "not"].contains(s.w[i - 1]) { continue }
                add(i, i, x, "focus on what allowed")
            case "mistake", "mistakes":
                if exempt { continue }
                let p = i > 0 ? s.w[i - 1] : ""
                let pp = i > 1 ? s.w[i - 2] : ""
                let n = s.word(i + 1) ?? ""
                var hit = ["made", "human", "his", "her", "their", "my", "rookie", "honest", "careless", "stupid", "silly", "by", "operator"].contains(p)
                    || ["made", "makes"].contains(pp) && ["a", "an", "the", "another"].contains(p)
                    || (i > 0 && s.toks[i - 1].isPossessive)
                    || n == "by" || (n == "was" || n == "were") && s.word(i + 2) == "made"
                    || (pp == "was" || pp == "is" || pp == "it's") && p == "a" && i == s.endIndexBeforeFinalPunct
                if p == "by" { hit = true; add(i - 1, i, x, "unintentionally"); continue }
                if hit { add(i, i, x, "action") }
            case "forgot", "forgotten":
                if i > 0, ["not", "never", "be"].contains(s.w[i - 1]) && x == "forgotten" { continue }
                add(i, i, x, x == "forgot" ? "did not" : "not done")
            case "ignored", "ignoring":
                let p = i > 0 ? s.w[i - 1] : ""
                var hit = ["we", "i", "they", "you"].contains(p)
                if ["was", "were", "been", "being", "got", "are", "is", "get"].contains(p) {
                    var q = i - 2
                    while q >= 0, s.isWord(q), !LanguageChecker.attentionNouns.contains(s.w[q]), i - q < 6 { q -= 1 }
                    hit = q >= 0 && LanguageChecker.attentionNouns.contains(s.w[q])
                    if s.word(i + 1) == "by" { hit = hit && !(s.isWord(i + 2) && finder.agent(s, at: i + 2) == nil && finder.agent(s, at: i + 3) == nil) }
                }
                if LanguageChecker.attentionNouns.contains(s.word(i + 1) ?? "") || (s.word(i + 1) == "the" && LanguageChecker.attentionNouns.contains(s.word(i + 2) ?? "")) {
                    if ["we", "i", "they", "you", "team", "everyone", "people"].contains(p) { hit = true }
                }
                if hit { add(i, i, x, "did not act on") }
            case "oversight":
                let p = i > 0 ? s.w[i - 1] : ""
                if s.word(i + 1) == "by" || s.has("on the part of", at: i + 1) || ["his", "her", "their", "my", "human"].contains(p) || (i > 0 && s.toks[i - 1].isPossessive) {
                    add(i, i, x, "gap")
                }
            default: break
            }
        }
        return out
    }

    // MARK: counterfactual and hindsight

    func counterfactual(_ s: Sentence) -> [RawFinding] {
        guard !s.isQuestion else { return [] }
        var out: [RawFinding] = []
        let modal = s.containsAny(["would", "could", "might", "wouldn't", "couldn't", "would've", "could've", "we'd", "it'd"])
        func add(_ i: Int, _ j: Int, _ msg: String) {
            out.append(RawFinding(check: "counterfactual", at: i, excerpt: s.text(i, j), message: msg, better: Rewrite.forCounterfactual(s, from: i)))
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "if", s.word(i + 1) == "only" { add(i, i + 1, "\"If only...\" is a counterfactual; describe what actually happened."); break }
            if x == "if" {
                let window = s.w[(i + 1)..<min(s.count, i + 8)]
                if (window.contains("had") || window.contains("hadn't") || window.contains(where: { $0.hasSuffix("'d") })) && modal && s.contains("have") || window.contains("had") && s.containsAny(["would've", "could've"]) {
                    add(i, min(i + 4, s.count - 1), "\"If ... had ...\" is a counterfactual; describe what actually happened and what made it possible.")
                    break
                }
                if window.first == "we" || window.first == "they", window.dropFirst().first == "had", modal { add(i, i + 3, "\"If we had...\" is a counterfactual; describe what actually happened."); break }
            }
            if x == "had" || x == "hadn't", let n = s.word(i + 1) {
                let inverted = ["we", "they", "i", "he", "she", "you", "someone", "anyone"].contains(n)
                    || (s.isSentenceStart(i) || s.isPunct(i - 1) && s.w[i - 1] == ",") && (["the", "our", "a", "an", "this", "there", "it", "any"].contains(n) || s.toks[i + 1].isCapitalized)
                if inverted, modal || s.contains("have") {
                    if i > 0, s.isWord(i - 1), ["we", "they", "i", "he", "she", "you", "it", "that", "which", "who"].contains(s.w[i - 1]) { continue }
                    add(i, min(i + 3, s.count - 1), "\"Had we...\" is a counterfactual; describe what actually happened.")
                    break
                }
            }
            if x == "would" || x == "wouldn't" || x == "could" || x == "might" {
                var j = i + 1
                if s.word(j) == "not" || s.word(j) == "never" || s.word(j) == "easily" || s.word(j) == "probably" || s.word(j) == "likely" || s.word(j) == "all" { j += 1 }
                guard s.word(j) == "have" else { continue }
                let v = s.word(j + 1) ?? ""
                let v2 = s.word(j + 2) ?? ""
                if ["prevented", "avoided", "caught", "stopped", "detected", "saved", "spared", "mitigated", "averted", "helped", "happened", "occurred"].contains(v)
                    || v == "been" && ["avoided", "prevented", "caught", "detected", "stopped", "averted", "fine", "spared", "limited", "contained"].contains(v2) {
                    if (x == "could" || x == "might"), !["avoided", "prevented", "averted"].contains(v2), !["prevented", "avoided", "averted"].contains(v) { continue }
                    add(i, min(j + 2, s.count - 1), "\"\(s.text(i, min(j + 2, s.count - 1)))\" is a counterfactual; describe what actually happened and what allowed it.")
                    break
                }
            }
            if x == "wish", i > 0, ["we", "i", "they"].contains(s.w[i - 1]) { add(i - 1, i, "\"We wish...\" is a counterfactual; describe what actually happened."); break }
        }
        return out
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
                if i > 0, ["less", "non", "non-"].contains(s.w[i - 1]) { continue }
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: it was not obvious at the time; say what information was available then.", Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            if x == "easily" || x == "clearly", let n = s.word(i + 1), ["avoided", "prevented", "caught", "spotted", "avoidable", "preventable", "should"].contains(n) || n == "have" && ["avoided", "prevented", "caught", "spotted", "been"].contains(s.word(i + 2) ?? "") {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            if ["seen", "see", "saw", "seeing"].contains(x), let n = s.word(i + 1), ["this", "it", "that"].contains(n), s.word(i + 2) == "coming" {
                add(i, i + 2, "\"Seen this coming\" is hindsight; say what information was available before the incident.", Rewrite.forHindsight(s, from: i + 3)); break
            }
            if x == "anyone" || x == "anybody", let m = s.word(i + 1), ["could", "would", "should"].contains(m), s.word(i + 2) == "have",
               let v = s.word(i + 3), LanguageChecker.hindsightVerbs.contains(v) || ["caught", "prevented", "avoided", "predicted"].contains(v) {
                add(i, i + 3, "\"\(s.text(i, i + 3))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 4)); break
            }
            if x == "bound", s.has("bound to happen", at: i) { add(i, i + 2, "\"Bound to happen\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            if x == "matter", s.has("matter of time", at: i) { add(i, i + 2, "\"A matter of time\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            if x == "any", let n = s.word(i + 1), let m = ["competent", "reasonable", "experienced", "good", "careful", "decent"].contains(n) ? s.word(i + 2) : n,
               ["engineer", "developer", "person", "one", "operator", "admin", "sre"].contains(m), s.containsAny(["would", "could", "should"]) {
                add(i, i + 2, "\"Any engineer would have...\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 3))
                break
            }
            if x == "warning", s.has("warning signs were", at: i) { add(i, i + 3, "\"The warning signs were there\" is hindsight; say which signals existed and why they did not stand out.", Rewrite.forHindsight(s, from: i + 4)); break }
        }
        return out
    }

    // MARK: surface cause

    static let strongSurface: [String] = ["human error", "operator error", "user error", "pilot error", "manual error", "engineer error",
        "engineering error", "human mistake", "operator mistake", "people error", "personnel error", "human failure", "operator failure",
        "human factor", "human factors", "administrator error", "admin error", "developer error", "configuration error by", "user mistake"]
    static let depthMarkers: Set<String> = ["because", "since", "lack", "lacks", "lacked", "lacking", "missing", "absence", "absent", "without",
        "allowed", "allows", "permitted", "permits", "permit", "allow", "gap", "gaps", "unvalidated", "no", "nothing", "doesn't", "didn't",
        "did", "does", "don't", "wasn't", "weren't", "isn't", "insufficient", "inadequate", "unclear", "undocumented", "ambiguous", "not",
        "never", "safeguard", "safeguards", "guardrail", "guardrails", "validation", "review", "process", "checks", "confirmation", "design", "which", "that", "so", "due"]

    func surfaceCause(_ s: Sentence, role: TextRole, whole: Bool) -> [RawFinding] {
        var out: [RawFinding] = []
        let text = s.w.joined(separator: " ")
        let rootContext = role == .rootCause || role == .whys || role == .contributingFactors || text.contains("root cause") || s.has("caused by", at: 0) || s.containsAny(["caused", "due", "because"])
        for p in LanguageChecker.strongSurface {
            guard let i = s.find(p) else { continue }
            if s.negated(before: i, within: 4) { continue }
            if i > 0, ["at", "beyond", "than", "of", "past", "blame", "blaming", "call", "calling", "label", "labelling", "labeling"].contains(s.w[i - 1]) && !(s.w[i - 1] == "of" && rootContext && !s.containsAny(["stop", "beyond", "never"])) { continue }
            if s.containsAny(["never", "beyond", "instead", "rather", "stop", "stopping", "avoid"]) && role != .rootCause { continue }
            guard rootContext || role == .summary || role == .other || role == .couldBeBetter || role == .lessons || role == .detection || role == .response else { continue }
            let end = i + p.split(separator: " ").count - 1
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                  message: "\"\(s.text(i, end))\" is where the analysis starts, not where it ends; ask why the error was possible and why nothing caught it.",
                                  better: Rewrite.forSurface(s, at: i)))
            return out
        }
        guard role == .rootCause || (role == .whys && whole) else { return out }
        let deep = s.w.contains { LanguageChecker.depthMarkers.contains($0) } || s.w.contains { $0.hasSuffix("n't") }
        if deep { return out }
        for (i, x) in s.w.enumerated() {
            if ["typo", "typos", "mistyped", "misspelled", "misspelling", "fat-finger", "fat-fingered", "mistake", "mistakes", "misconfiguration", "misconfigured"].contains(x) {
                if ["mistake", "mistakes"].contains(x), ["in", "within", "inside"].contains(s.word(i + 1) ?? "") { continue }
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, i),
                                      message: "A \(x) is the surface cause; ask why it was possible and why nothing caught it.",
                                      better: Rewrite.forSurface(s, at: i)))
                return out
            }
        }
        // "the bug caused it", "a software bug"
        let content = s.w.filter { $0.count > 2 && !["the", "and", "was", "root", "cause", "caused", "this", "that", "incident", "outage", "our"].contains($0) }
        if s.containsAny(["bug", "bugs"]), content.count <= 3 {
            let i = s.w.firstIndex { $0 == "bug" || $0 == "bugs" } ?? 0
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.fullText,
                                  message: "\"A bug\" is a single, surface cause; ask what allowed the bug to reach production and have impact.",
                                  better: "Say what allowed the bug to have impact, e.g. “A null check was missing in <component>; no test covers empty responses and the change shipped without a canary.”"))
            return out
        }
        // a person's action given as the root cause
        var k = 0
        while k < s.count {
            if let a = finder.agent(s, at: k), a.strength == .strong || a.strength == .they {
                var j = a.end + 1
                while j < s.count, s.isWord(j), LanguageChecker.auxWords.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) { j += 1 }
                if j < s.count, s.isWord(j), Lex.changeVerbs.contains(s.w[j]) || Lex.failingVerbs.contains(s.w[j]) {
                    out.append(RawFinding(check: "surface-cause", at: a.start, excerpt: s.text(a.start, j),
                                          message: "The root cause is given as a person's action; ask what allowed that action to have impact.",
                                          better: Rewrite.forCommission(s, a, verbAt: j)))
                    return out
                }
                k = a.end + 1; continue
            }
            k += 1
        }
        return out
    }

    // MARK: impact

    static let impactWords: Set<String> = Lex.impactNouns.union(["down", "unavailable", "outage", "degraded", "unable", "couldn't",
        "could", "errors", "slow", "failing", "inaccessible", "offline", "disrupted", "interrupted", "elevated", "increased", "spiked", "impacted", "affected"])

    func unquantified(_ s: Sentence, role: TextRole, textHasNumber: Bool) -> [RawFinding] {
        if s.hasNumber { return [] }
        if s.isQuestion { return [] }
        // "Services impacted: checkout, search" — a list, not a quantity
        if let c = s.toks.firstIndex(where: { $0.text == ":" }), c > 0 {
            let label = Set(s.w[0..<c])
            if !label.isDisjoint(with: ["service", "services", "component", "components", "system", "systems", "region", "regions", "severity", "status", "product", "products", "features", "feature", "tags", "loss"]) { return [] }
        }
        // vague quantity next to an impact noun: "many users", "some customers", "for a while"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if Lex.vagueQuantifiers.contains(x) {
                if x == "while", !(i > 0 && s.w[i - 1] == "a") { continue }
                if x == "most" && s.word(i + 1) == "of" && false { continue }
                let near = s.w[(i + 1)..<min(s.count, i + 5)]
                if x == "while" || near.contains(where: { Lex.impactNouns.contains($0) || ["time", "period", "minutes", "hours", "duration"].contains($0) }) {
                    if x == "significant" || x == "large" || x == "small" || x == "substantial" || x == "considerable" {
                        guard near.contains(where: { ["number", "portion", "share", "fraction", "percentage", "part", "amount", "impact"].contains($0) }) || near.first.map({ Lex.impactNouns.contains($0) }) == true else { continue }
                    }
                    return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, min(i + 2, s.count - 1)),
                                       message: "\"\(s.text(i, min(i + 1, s.count - 1)))\" is not a number; say how many, for how long, or what share.",
                                       better: Rewrite.forImpact(s))]
                }
            }
            if ["went", "go", "increased", "rose", "spiked", "jumped", "climbed", "dropped", "degraded", "grew", "fell"].contains(x), i > 0,
               ["errors", "latency", "error", "traffic", "failures", "timeouts", "revenue", "conversions", "requests"].contains(s.w[i - 1]) || (i > 1 && s.w[i - 1] == "rate" && s.w[i - 2] == "error") {
                if role == .timeline { continue }
                return [RawFinding(check: "unquantified-impact", at: i - 1, excerpt: s.text(i - 1, min(i + 1, s.count - 1)),
                                   message: "Say by how much: from what to what, for how long.",
                                   better: Rewrite.forImpact(s))]
            }
        }
        guard role == .impact, !textHasNumber else { return [] }
        guard let i = s.w.firstIndex(where: { LanguageChecker.impactWords.contains($0) }) else { return [] }
        if s.containsAny(["no", "none", "zero", "nothing", "not"]) && s.containsAny(["lost", "loss", "data", "leaked", "exposed", "affected", "impacted", "impact"]) && !s.containsAny(["users", "customers"]) { return [] }
        return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.fullText,
                           message: "The impact has no numbers; give users affected, duration and error rate.",
                           better: Rewrite.forImpact(s))]
    }
}
