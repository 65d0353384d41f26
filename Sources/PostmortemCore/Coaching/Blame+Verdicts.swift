/// Blame: a verdict on a person put in the words of a form, a chat or a second language: "The responsible of the change is
/// Marco R.", "the party responsible for the loss", "referred to line manager for performance discussion", "took 13 min to
/// even ack", "chose profit over safety".
extension LanguageChecker {
    func verdictBlame(_ s: Sentence) -> [RawFinding] {
        func finding(_ i: Int, _ j: Int, _ why: String) -> [RawFinding] {
            let excerpt = s.text(i, min(j, s.count - 1))
            return [RawFinding(check: "blame", at: i, excerpt: excerpt, message: "\"\(excerpt)\" \(why); a review asks what made the failure possible.",
                               better: "Describe what happened and what allowed it, e.g. " + Rewrite.quote("The checklist step was skipped; the change tool did not require it before the change went live"))]
        }
        func strongAgent(_ range: [Int]) -> Agent? {
            range.lazy.compactMap { self.finder.agent(s, at: $0) }.first { $0.isBlameable && $0.strength == .strong }
        }
        let harm: Set<String> = LanguageChecker.negativeOutcome.union(["maladministration", "delay", "delays", "breach", "damage", "mess", "disruption", "excursion", "losses"])
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            // "The responsible of the change is the SCADA specialist Marco R.", "The responsible for the deploy did not follow the checklist":
            // "responsible" as a noun, as a second-language writer uses it
            if x == "responsible", i > 0, ["the", "a"].contains(s.w[i - 1]), ["of", "for"].contains(s.word(i + 1) ?? ""),
               let v = s.span(i + 2, i + 8).first(where: { k in ["is", "was", "did", "didn't", "failed", "has", "forgot", "ignored", "skipped"].contains(s.w[k]) }),
               s.span(i + 2, v).allSatisfy({ s.isWord($0) }) {
                if ["is", "was"].contains(s.w[v]), let a = strongAgent(Array(s.span(v + 1, v + 5))) { return finding(i - 1, a.end, "names a person as the one responsible") }
                if ["did", "didn't", "failed", "has", "forgot", "ignored", "skipped"].contains(s.w[v]), s.w[v] != "has" || ["not", "never"].contains(s.word(v + 1) ?? "") {
                    return finding(i - 1, v + 1, "puts the failure on the person responsible for the change")
                }
            }
            // "the duty control engineer, whose acceptance of a flat trace during a flood rise was the decisive failure": the person's act as the failure
            if x == "whose", i > 1, s.w[i - 1] == ",", let a = strongAgent(Array(s.span(max(0, i - 5), i - 1))), a.end == i - 2, let n = s.word(i + 1), Lex.actionNouns.contains(n) || ["acceptance", "handling", "judgement", "judgment", "failure", "omission", "oversight", "inaction", "reluctance", "refusal", "delay", "error", "misreading"].contains(n),
               let be = s.span(i + 2, i + 14).first(where: { ["was", "is"].contains(s.w[$0]) }), s.span(i + 2, be).allSatisfy({ s.isWord($0) || s.toks[$0].kind == .number }),
               s.span(be + 1, be + 5).contains(where: { ["failure", "cause", "error", "mistake", "trigger", "reason"].contains(s.w[$0]) }) {
                return finding(a.start, be + 3, "makes a person's act the failure")
            }
            // "he's the one who set that PC to auto-update when he built it in 2021": a person singled out for the change
            if ["he's", "she's", "he", "she"].contains(x), let o = s.span(i + 1, i + 4).first(where: { s.has("the one who", at: $0) || s.has("the one that", at: $0) || s.has("the guy who", at: $0) || s.has("the person who", at: $0) }),
               s.span(i + 1, o).allSatisfy({ ["is", "was", "'s"].contains(s.w[$0]) }), let v = s.word(o + 3), Lex.changeVerbs.contains(v) || Lex.failingVerbs.contains(v) || ["set", "built", "wrote", "approved", "signed", "left"].contains(v),
               !s.containsAny(LanguageChecker.recoveryWords) { return finding(i, o + 3, "singles a person out as the one who made the change") }
            // "The causes of the crisis lie primarily at the feet of the state", "South Yorkshire Police sought to deflect responsibility onto Liverpool fans"
            if s.has("at the feet of", at: i) || s.has("at the door of", at: i) || s.has("at the doorstep of", at: i), s.span(max(0, i - 4), i).contains(where: { ["lie", "lies", "lay", "laid", "rests", "rest", "placed", "squarely"].contains(s.w[$0]) }) {
                return finding(i, min(s.count - 1, i + 4), "lays the failure on someone")
            }
            // (not "Shift responsibility for cert renewal to the platform team": ownership moved on purpose)
            if ["deflect", "deflected", "deflecting"].contains(x) && ["responsibility", "blame"].contains(s.word(i + 1) ?? "")
                || ["deflect", "deflected", "deflecting", "shift", "shifted", "shifting"].contains(x) && (s.word(i + 1) == "blame" || s.has("the blame", at: i + 1)) {
                return finding(max(0, i - 3), i + 1, "moves the blame between people")
            }
            // "MDEQ bears primary responsibility for the water contamination in Flint": a body or person made to carry the harm
            // (not "We bear full responsibility for this outage": the writer's own organisation owning it)
            if ["bears", "bear", "bore", "borne"].contains(x), let r = s.span(i + 1, i + 4).first(where: { s.w[$0] == "responsibility" }), s.span(i + 1, r).allSatisfy({ s.isWord($0) }),
               s.word(r + 1) == "for", s.span(r + 2, r + 8).contains(where: { harm.contains(s.w[$0]) || ["contamination", "deaths", "death", "crisis", "disaster", "tragedy", "failures", "accident", "collapse", "fire", "explosion", "injuries"].contains(s.w[$0]) }),
               i > 0, !s.span(0, i).contains(where: { ["we", "i", "our", "us", "my"].contains(s.w[$0]) }), s.span(0, i).contains(where: { s.isWord($0) }) {
                return finding(s.firstWordIndex, r + 1, "makes someone carry the harm")
            }
            // "..., he is the reason for all the delays": the person named as the cause itself
            if ["is", "was"].contains(x), s.word(i + 1) == "the", case let n = ["main", "real", "root", "only", "sole", "whole", "direct", "actual"].contains(s.word(i + 2) ?? "") ? i + 3 : i + 2,
               ["reason", "cause"].contains(s.word(n) ?? ""), ["for", "of", "behind"].contains(s.word(n + 1) ?? "") || n + 1 >= s.count || s.isPunct(n + 1)
                   // ("the vendor's field engineer is the reason we lost the first 40 minutes": the harm told as a clause)
                   || s.word(n) == "reason" && ["we", "why", "that", "the", "our", "it", "this", "customers", "users"].contains(s.word(n + 1) ?? "") && s.span(n + 2, s.count).contains(where: { English.isPast(s.w[$0]) || LanguageChecker.negativeOutcome.contains(s.w[$0]) }),
               let a = s.span(max(0, i - 6), i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.strength == .strong && $0.end == i - 1 }) {
                return finding(a.start, n, "names a person as the cause")
            }
            // "The historian vendor's field technician ... is in our view the party responsible for the loss": a verdict, in a loss adjuster's words
            if ["party", "person", "individual", "one"].contains(x), i > 0, s.w[i - 1] == "the", s.word(i + 1) == "responsible", s.word(i + 2) == "for",
               s.span(i + 3, i + 8).contains(where: { harm.contains(s.w[$0]) }), strongAgent(Array(0..<(i - 1))) != nil { return finding(i - 1, i + 2, "names a person as the party responsible") }
            // "referred to line manager for performance discussion", "has since had a conversation with her line manager",
            // "this is being dealt with internally": the person dealt with, not the system changed
            if s.has("performance discussion", at: i) || s.has("performance conversation", at: i) || s.has("performance improvement plan", at: i) { return finding(i, i + 1, "deals with a person's performance") }
            if s.has("conversation with", at: i), ["his", "her", "their"].contains(s.word(i + 2) ?? ""), s.span(i + 3, i + 5).contains(where: { ["manager", "supervisor", "boss"].contains(s.w[$0]) }) { return finding(i, i + 4, "deals with the person") }
            if s.has("dealt with internally", at: i) || s.has("handled internally", at: i), strongAgent(Array(0..<i)) != nil { return finding(i, i + 2, "deals with the person") }
            // "... and he is no longer with the Society": the one who failed is gone
            if s.has("no longer with", at: i), i > 1, ["he", "she"].contains(s.w[i - 2]) || s.w[i - 1] == "he's" || s.w[i - 1] == "she's",
               s.span(0, i).contains(where: { ["failed", "forgot", "did", "didn't", "ignored", "skipped", "missed"].contains(s.w[$0]) }) { return finding(i, i + 2, "tells what became of the person") }
            // "This employee no longer works at Sky Mavis", "the engineer involved is no longer employed by the company": the one who failed is gone
            if s.has("no longer works", at: i) || s.has("no longer employed", at: i) || s.has("no longer working for", at: i),
               strongAgent(Array(max(0, i - 5)..<i)) != nil || i > 0 && ["he", "she"].contains(s.w[i - 1]) { return finding(i, i + 2, "tells what became of the person") }
            // "whoever it was owes the support team a very long apology", "who approved this without a second reviewer??": the hunt for the one
            if x == "whoever", s.span(i + 1, i + 10).contains(where: { ["owes", "owe", "apology", "apologise", "apologize", "explain", "answer", "fired", "sacked", "disciplined"].contains(s.w[$0]) }) { return finding(i, i + 2, "hunts for the person") }
            if x == "who", i == s.firstWordIndex || s.isPunct(i - 1), let v = s.word(i + 1), English.isPast(v) && (Lex.changeVerbs.contains(v) || ["approved", "signed", "ok'd", "okayed", "allowed", "let", "authorised", "authorized"].contains(v)),
               ["this", "that", "it", "these"].contains(s.word(i + 2) ?? ""), s.span(i + 3, s.count).contains(where: { s.w[$0] == "?" }) { return finding(i, i + 2, "hunts for the person") }
            // "it's the Leeds store manager again, he unplugged the ESL base station": the usual suspect named
            if ["it's", "it"].contains(x), case let p = x == "it" ? i + 2 : i + 1, x == "it's" || ["is", "was"].contains(s.word(i + 1) ?? ""),
               let a = s.span(p, p + 5).compactMap({ finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.strength == .strong && s.word($0.end + 1) == "again" }) { return finding(i, a.end + 1, "names the usual suspect") }
            // "The offenders owe JayBonci a case of wine each": people named as offenders
            if ["offender", "offenders", "wrongdoer", "wrongdoers"].contains(x), i > 0, ["the", "our", "two", "both"].contains(s.w[i - 1]) { return finding(i - 1, i, "calls people offenders") }
            // "A senior nurse ... made no attempt to look for a second", "made no effort to escalate": a person's effort judged absent
            if x == "made", ["no", "little"].contains(s.word(i + 1) ?? ""), ["attempt", "effort", "attempts", "efforts"].contains(s.word(i + 2) ?? ""), s.word(i + 3) == "to",
               strongAgent(Array(max(0, i - 24)..<i)) != nil { return finding(i, i + 3, "judges a person's effort") }
            // "a train operator ran a red light", "the driver passed a signal at danger": the verdict of a signal violation
            if ["ran", "jumped", "passed"].contains(x), s.has("a red", at: i + 1) || s.has("the red", at: i + 1) || s.has("a signal at danger", at: i + 1) || s.has("the signal at danger", at: i + 1),
               strongAgent(Array(max(0, i - 4)..<i)) != nil { return finding(i, i + 3, "puts the violation on a person") }
            // "this train operator was fired", "the two controllers have been suspended": the person sanctioned
            if ["fired", "sacked", "dismissed", "suspended", "disciplined", "reprimanded", "demoted"].contains(x), i >= 2, ["was", "were", "been"].contains(s.w[i - 1]),
               s.word(i + 1) != "as", let a = strongAgent(Array(max(0, i - 6)..<(i - 1))), s.span(a.end + 1, i).allSatisfy({ LanguageChecker.auxWords.contains(s.w[$0]) }) { return finding(a.start, i, "tells how the person was sanctioned") }
            // "they should be fired, publicly, and immediately", "Whose head must roll?": a call for a sanction
            if ["fired", "sacked", "disciplined"].contains(x), i >= 2, s.w[i - 1] == "be", ["should", "must", "will", "needs", "need", "to"].contains(s.w[i - 2]) { return finding(i - 2, i, "calls for a person to be sanctioned") }
            if x == "head" || x == "heads", ["must", "will", "should", "to", "need", "needs"].contains(s.word(i + 1) ?? ""), s.span(i + 2, i + 4).contains(where: { s.w[$0] == "roll" }) { return finding(i, i + 2, "calls for a person to be sanctioned") }
            // "the incident will have an impact on the bonuses of the SMRT maintenance team": pay docked for it
            if ["bonus", "bonuses"].contains(x), s.span(max(0, i - 5), i).contains(where: { ["impact", "cut", "docked", "withheld", "reduced", "affect", "affected"].contains(s.w[$0]) }),
               strongAgent(Array(s.span(i + 1, i + 6))) != nil || i > 0 && s.toks[i - 1].isPossessive { return finding(i, i, "docks people's pay for it") }
            // "whoever was on call took 13 min to even ack, that's why it dragged": a person's pace, judged
            if x == "to", s.word(i + 1) == "even", let v = s.word(i + 2), s.isWord(i + 2), !["the", "a", "an"].contains(v),
               let t = s.span(max(0, i - 6), i).first(where: { ["took", "needed", "bothered"].contains(s.w[$0]) }),
               s.span(max(0, t - 6), t).contains(where: { ["whoever", "someone", "somebody"].contains(s.w[$0]) }) || strongAgent(Array(max(0, t - 6)..<t)) != nil {
                return finding(t, i + 2, "judges how fast a person responded")
            }
            // "Management chose profit over our members' safety", "put profit before safety": a motive read into people's choice
            if x == "profit" || x == "profits", i > 0, ["chose", "choose", "chooses", "put", "puts", "placed", "prioritised", "prioritized"].contains(s.w[i - 1]),
               ["over", "before", "ahead"].contains(s.word(i + 1) ?? ""), strongAgent(Array(max(0, i - 5)..<i)) != nil { return finding(i - 1, i + 1, "reads a motive into people's choice") }
            // "kept riders out there knowingly", "knowingly left the valve open": a person acting against what they knew
            if x == "knowingly", strongAgent(Array(0..<i)) != nil, !s.negated(before: i, within: 3) { return finding(i, i, "says a person acted against what they knew") }
            // "Dev approved his own PR at 08:50 and merged it straight to prod": a review done by its author
            if ["approved", "reviewed", "signed"].contains(x), ["his", "her", "their"].contains(s.word(i + 1 + (x == "signed" && s.word(i + 1) == "off" ? 1 : 0)) ?? ""),
               case let o = i + 2 + (x == "signed" && s.word(i + 1) == "off" ? 1 : 0), s.word(o) == "own",
               s.span(o + 1, o + 3).contains(where: { ["pr", "prs", "change", "changes", "pull", "mr", "merge", "code", "commit", "request", "work", "ticket", "release", "deploy"].contains(s.w[$0]) }),
               i > 0, s.span(max(0, i - 4), i).contains(where: { s.isWord($0) && (s.toks[$0].isCapitalized || finder.agent(s, at: $0) != nil) && !["to", "this", "it", "because"].contains(s.w[$0]) }) {
                return finding(max(0, i - 1), o + 1, "puts a self-approved change on its author")
            }
            // "the breakfast presenter just sat there for a minute": a person's stillness judged
            if ["sat", "stood"].contains(x), s.word(i + 1) == "there", let a = strongAgent(Array(max(0, i - 6)..<i)),
               s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && ["just", "simply", "only", "basically", "literally"].contains(s.w[$0]) }) {
                return finding(a.start, i + 1, "judges what a person did not do")
            }
            // "I am severely, severely disappointed in the actions of the team at the water treatment plant": a verdict on people's conduct
            if ["disappointed", "dismayed", "appalled"].contains(x), ["in", "with", "by"].contains(s.word(i + 1) ?? ""),
               let a = (i + 2..<min(s.count, i + 9)).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.strength == .strong }) {
                return finding(i, a.end, "judges people's conduct")
            }
            // "Through an administrative error by our Direct Debit suppliers, Allpay, ...": the error put on whoever made it
            if ["error", "errors", "mistake", "mistakes", "failure", "failures", "negligence"].contains(x), s.word(i + 1) == "by",
               let a = (i + 2..<min(s.count, i + 6)).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.strength == .strong }),
               s.span(i + 2, a.start).allSatisfy({ s.isWord($0) && (AgentFinder.determiners.contains(s.w[$0]) || !English.isPast(s.w[$0])) }) {
                return finding(i, a.end, "puts the error on a person or supplier")
            }
            // "Then we can focus on finding out precisely what went wrong and who is responsible": the search for someone to blame
            if x == "who", ["is", "was", "are", "were"].contains(s.word(i + 1) ?? ""), ["responsible", "accountable", "culpable", "liable"].contains(s.word(i + 2) ?? "") || s.has("to blame", at: i + 2) || s.has("at fault", at: i + 2),
               s.span(max(0, i - 10), i).contains(where: { ["find", "finding", "identify", "identifying", "establish", "establishing", "determine", "determining", "out"].contains(s.w[$0]) }),
               !s.span(max(0, i - 8), i).contains(where: { ["speculate", "speculating", "not", "rather", "instead", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
                return finding(i, i + 2, "sets out to find a culprit")
            }
            // "QA let this through.", "the reviewers let it slip": a safeguard's people judged for what passed them
            if x == "let", ["this", "it", "that", "these"].contains(s.word(i + 1) ?? ""), ["through", "slip", "pass", "past"].contains(s.word(i + 2) ?? ""),
               let a = strongAgent(Array(max(0, i - 4)..<i)), a.end == i - 1 || s.span(a.end + 1, i).allSatisfy({ LanguageChecker.auxWords.contains(s.w[$0]) }) { return finding(a.start, i + 2, "puts what passed on the people who checked it") }
            // "the controller who initiated the failover ... bears primary responsibility for the mispricing"
            if ["bears", "bear", "bore"].contains(x), let r = s.span(i + 1, i + 4).first(where: { ["responsibility", "blame", "liability", "culpability"].contains(s.w[$0]) }),
               s.span(i + 1, r).allSatisfy({ ["primary", "full", "sole", "ultimate", "the", "main", "principal", "direct", "some", "most"].contains(s.w[$0]) }),
               strongAgent(Array(0..<i)) != nil { return finding(i, r, "puts the failure on a person") }
            // "It was the estates manager who decided to run the test at 2am when we have the fewest staff on": a cleft that singles out who made the call
            if x == "it", i == s.firstWordIndex, ["was", "is"].contains(s.word(i + 1) ?? ""), let a = s.span(i + 2, i + 5).compactMap({ self.finder.agent(s, at: $0) }).filter({ $0.isBlameable && $0.strength != .they }).max(by: { $0.end < $1.end }),
               case let w = s.w[a.end] == "who" ? a.end : a.end + 1, s.word(w) == "who", let v = s.word(w + 1), ["decided", "chose", "elected", "opted", "approved", "authorised", "authorized", "insisted", "ordered", "signed"].contains(v),
               !s.containsAny(LanguageChecker.recoveryWords) { return finding(i, w + 1, "singles out the person who made the call") }
            // "the IT guy from the vendor side is the one who did the key rotation without informing us"
            if s.has("the one who", at: i), i > 0, ["is", "was", "'s"].contains(s.w[i - 1]), let v = s.word(i + 3), English.isPast(v) || Lex.changeVerbs.contains(v),
               strongAgent(Array(max(0, i - 10)..<(i - 1))) != nil, s.span(i + 4, s.count).contains(where: { ["without", "why", "caused", "broke", "because"].contains(s.w[$0]) }) { return finding(i, i + 3, "singles out the person who did it") }
            // "@j.baptiste pushed the retention change on a Friday afternoon and went home": the act, then the person walking away
            if s.has("went home", at: i) || s.has("left for the day", at: i) || s.has("logged off", at: i), i > 0, s.w[i - 1] == "and",
               let a = strongAgent(Array(0..<min(i, 4))), let v = s.span(a.end + 1, i).first(where: { Lex.changeVerbs.contains(s.w[$0]) }), v == a.end + 1 { return finding(a.start, i + 1, "judges a person for leaving after a change") }
            // "change implementer (Crypto Ops L2) deviated from approved procedure": a departure from the procedure, put on the person
            if ["deviated", "departed", "strayed"].contains(x), s.word(i + 1) == "from", let a = strongAgent(Array(max(0, i - 8)..<i)),
               s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && LanguageChecker.auxWords.contains(s.w[$0]) || ["(", ")"].contains(s.w[$0]) || s.toks[$0].isCapitalized || s.toks[$0].hasDigit }) {
                return finding(a.start, i + 1, "puts the departure from procedure on a person")
            }
        }
        return []
    }
}
