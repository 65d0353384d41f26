/// Vague action items, and the structure of the action list.
struct ActionChecker {
    static let frequencyWords: Set<String> = ["regularly", "periodically", "frequently", "routinely"]

    /// "improved our upgrade testing procedure to include nodes in segregated datacenters": the vague verb's object says what was
    /// added, in at least three words of its own and with no "more" or "better" in them.
    static func namesAddition(_ s: Sentence, after k: Int) -> Bool {
        guard let t = s.span(k + 2, min(s.count, k + 10)).first(where: { s.w[$0] == "to" && ["include", "cover", "add", "run", "support", "test"].contains(s.word($0 + 1) ?? "") }) else { return false }
        let words = s.span(t + 2, s.count).filter { s.isWord($0) }.map { s.w[$0] }.prefix(while: { !["to", "so", "in", "which"].contains($0) || $0 == "in" })
        let content = words.filter { !["the", "a", "an", "our", "all", "and", "of", "in", "on", "for"].contains($0) }
        return content.count >= 3 && !words.contains(where: { comparatives.contains($0) || ["more", "less"].contains($0) || Lex.genericObjects.contains($0) })
    }

    /// "Address defect in build pipeline allowing releases to be stuck activating": the defect to fix, described by what it lets happen.
    static func describesDefect(_ s: Sentence, after k: Int, verb: String) -> Bool {
        guard ["address", "fix", "resolve", "correct", "remediate"].contains(verb),
              let d = s.span(k + 1, k + 4).first(where: { ["defect", "bug", "race", "leak", "regression", "flaw", "vulnerability"].contains(s.w[$0]) }),
              let c = s.span(d + 1, d + 7).first(where: { ["allowing", "causing", "letting", "where", "whereby"].contains(s.w[$0]) || ["that", "which"].contains(s.w[$0]) && ["allows", "lets", "causes", "allowed", "let", "caused", "makes", "made"].contains(s.word($0 + 1) ?? "") })
        else { return false }
        // what it lets happen must be named: at least three words of its own
        return s.span(c + 1, s.count).filter { s.isWord($0) && !["to", "be", "the", "a", "an", "future", "us"].contains(s.w[$0]) }.count >= 3
    }

    /// A few words naming a topic, then only a date or an owner: no verb anywhere, nothing measurable.
    static func isTopicOnly(_ s: Sentence, from k: Int) -> Bool {
        let stop = s.span(k, s.count).first(where: { s.isPunct($0) && s.w[$0] != "-" && s.w[$0] != "/" || ["by", "owner", "due", "eta", "before", "until"].contains(s.w[$0]) }) ?? s.count
        let words = s.span(k, stop).filter { s.isWord($0) }
        guard (2...6).contains(words.count), s.toks[k].isCapitalized || k == s.firstWordIndex else { return false }
        // only the shape of a tracker line: the topic, then its owner or its date ("— by end of Q3", ". Owner: Ngozi")
        let markers: Set<String> = ["by", "owner", "due", "eta", "until", "before"]
        guard markers.contains(s.word(stop) ?? "") || s.isPunct(stop) && s.span(stop + 1, stop + 3).contains(where: { markers.contains(s.w[$0]) }) else { return false }
        let knownVerb: (String) -> Bool = { w in Lex.vagueVerbs.contains(w) || Lex.concreteVerbs.contains(w) || studyVerbs.contains(w) || Coach.imperativeVerbs.contains(w)
            || Lex.changeVerbs.contains(w) || w.hasSuffix("ed") || English.past(ofGerund: w) != nil || English.past(ofBase: w) != nil || w.hasSuffix("ize") || w.hasSuffix("ise")
            || ["to", "will", "should", "must", "is", "are", "was", "were", "be", "we", "i", "no", "done"].contains(w) }
        guard !s.w.contains(where: knownVerb) else { return false }
        return specificity(s, from: k, countingDates: false, countingTickets: false, countingNames: false).score == 0
    }

    /// "Ensure that the cog-publish script cannot be started if head points at latest": a guard with its condition is a change.
    static func statesGuard(_ s: Sentence, from i: Int) -> Bool {
        guard let g = s.span(i, s.count).first(where: { ["cannot", "can't", "refuses", "refuse", "rejects", "reject", "blocks", "block", "aborts", "abort", "fails", "fail"].contains(s.w[$0])
            || s.has("can not", at: $0) || s.has("is not allowed", at: $0) }) else { return false }
        // ("Make sure the system does not fail when load increases" wishes; a tool or step refusing to run is a guard)
        if g > 0, ["not", "never", "won't", "doesn't", "don't"].contains(s.w[g - 1]) || s.word(g + 1) == "go" { return false }
        let guarded: Set<String> = ["script", "deploy", "deployment", "pipeline", "job", "merge", "ci", "tool", "command", "release", "migration", "cron", "build", "rollout", "cli", "workflow", "hook"]
        guard s.span(i, g).contains(where: { guarded.contains(s.w[$0]) || s.toks[$0].code || s.w[$0].contains("-") && s.w[$0].count > 4 }) else { return false }
        return s.span(g + 1, s.count).contains { ["if", "when", "unless", "before", "while", "without"].contains(s.w[$0]) }
    }

    /// "we must monitor that the real transaction with the spine is succeeding": the condition to watch, named as a state anyone can test.
    static func statesCondition(_ s: Sentence, verbAt k: Int) -> Bool {
        guard ["monitor", "check", "verify", "alert", "watch", "test"].contains(s.w[k]), ["that", "whether", "when"].contains(s.word(k + 1) ?? ""),
              let b = s.span(k + 3, k + 12).first(where: { ["is", "are"].contains(s.w[$0]) }), s.span(k + 2, b).allSatisfy({ s.isWord($0) }) else { return false }
        return ["succeeding", "failing", "completing", "completed", "reachable", "unreachable", "responding", "stale", "healthy", "unhealthy", "consistent", "inconsistent",
                "intact", "current", "fresh", "lagging", "behind", "expired", "expiring", "empty", "full", "missing"].contains(s.word(b + 1) ?? "")
    }

    /// "Make sure user pods are in a separate pool": where a thing will run, which anyone can check.
    static func statesPlacement(_ s: Sentence, from i: Int) -> Bool {
        guard let b = s.span(i, i + 6).first(where: { ["is", "are", "run", "runs", "live", "lives", "sit", "sits"].contains(s.w[$0]) }) else { return false }
        return s.span(b + 1, b + 5).contains(where: { ["separate", "dedicated", "isolated", "different", "own"].contains(s.w[$0]) })
            && s.span(b + 1, b + 7).contains(where: { ["pool", "pools", "cluster", "clusters", "node", "nodes", "host", "hosts", "namespace", "account", "accounts", "region", "zone",
                                                     "network", "subnet", "vlan", "queue", "database", "disk", "volume"].contains(s.w[$0]) })
    }

    static func vague(_ s: Sentence, rawHadCode: Bool) -> RawFinding? {
        let st = actionStart(s)
        guard st < s.count else { return nil }
        // "We should probably add..." → skip the subject and hedges but remember them
        var hedge = false
        var k = st
        // "IT Services are additionally working to ...", "The software engineering team implemented ...": a team as the subject, in prose
        // ("The company reminded all rigs personnel to secure loose objects": a body's past act, read as its verb)
        if let aux = s.span(st + 1, st + 5).first(where: { ["are", "is", "will", "would", "have", "has", "were", "was"].contains(s.w[$0]) || s.w[$0].hasSuffix("ed") && $0 > st + 1 && (["team", "teams", "services", "engineering", "operations", "ops", "sre", "department", "it", "support"].contains(s.w[$0 - 1]) || ActionChecker.bodies.contains(s.w[$0 - 1])) }),
           // ("our support team will continue to monitor ...": the team's name may be a verb)
           s.span(st, aux).allSatisfy({ s.isWord($0) && (!Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && !ActionChecker.studyVerbs.contains(s.w[$0]) || $0 == aux - 2 && ["team", "teams"].contains(s.w[aux - 1])) && s.w[$0] != "to" }),
           s.toks[st].isCapitalized || st > 0 && s.w[st - 1] == "that" || ["our", "the"].contains(s.w[st]) && aux <= st + 3, ["team", "teams", "services", "engineering", "operations", "ops", "sre", "department", "it", "support", "we", "i"].contains(s.w[aux - 1])
            || s.w[aux] == "reminded" && ActionChecker.bodies.contains(s.w[aux - 1])
            // ("Lift operations personnel are requested to review ...", "The contractor has also been instructed to conduct ...": people told what to do)
            || ["are", "is", "have", "has", "were", "was"].contains(s.w[aux]) && (Lex.roles.contains(s.w[aux - 1]) || ["personnel", "operators", "contractors", "employees", "workers", "users", "members", "owners", "licensees", "providers"].contains(s.w[aux - 1]))
                && s.span(aux + 1, aux + 5).contains(where: { ["asked", "requested", "urged", "encouraged", "instructed", "reminded", "advised", "expected", "required"].contains(s.w[$0]) }) { k = aux }
        // "The Operator will strengthen its controls ...", "Drivers should be reminded ...", "The organisation should review ...":
        // a body named as the subject of a promise
        // (a body or people, not a thing: "The storage locking mechanism will be reviewed", "Cloud Platform 3.0 will contain ...")
        // ("The Company commits to enhancing its incident communication procedures": a body's pledge reads the same way)
        // ("researchers should carefully inspect all glassware ...": people named by their role, in lower case after a purpose clause)
        // ("The company needs to train staff properly on the sorter": the need stated as the promise)
        // ("In addition, the hospital will strengthen ...": the body after a connective, in lower case)
        else if let aux = s.span(st + 1, st + 5).first(where: { ["will", "should", "must", "shall", "commits", "pledges", "undertakes"].contains(s.w[$0]) || s.w[$0] == "needs" && s.word($0 + 1) == "to" }),
           s.toks[st].isCapitalized || aux == st + 1 && st > s.firstWordIndex || st > s.firstWordIndex && aux == st + 2 && AgentFinder.determiners.contains(s.w[st]), aux > st,
           // ("The observatory should consider improvements to ...": any one-noun subject after its article)
           Lex.roles.contains(s.w[aux - 1]) || ActionChecker.bodies.contains(s.w[aux - 1]) || aux == st + 2 && ["the", "our"].contains(s.w[st]),
           s.span(st, aux).allSatisfy({ s.isWord($0) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && !ActionChecker.studyVerbs.contains(s.w[$0]) && !["to", "we", "i", "this", "that", "it"].contains(s.w[$0]) }) { k = aux }
        // "The insured has undertaken to enhance its monitoring arrangements", "The Operator further undertakes to review its procedures":
        // a pledge by whoever the subject is reads as the verb pledged
        if k == st, let p = s.span(st + 1, st + 6).first(where: { ["undertaken", "undertakes", "undertook", "committed", "commits", "pledged", "pledges", "agreed", "agrees"].contains(s.w[$0]) && s.word($0 + 1) == "to" }),
           s.toks[st].isCapitalized, s.span(st, p).allSatisfy({ s.isWord($0) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && !["to", "that", "if"].contains(s.w[$0]) }) { k = p + 1 }
        // "Lessons learned will be shared with relevant officers", "Horizontal deployment of this lesson to other plants will be considered",
        // "All vendors to be sensitised regarding change management": a passive promise reads as its participle's verb
        var passiveVerb: String? = nil
        if k == st, let be = s.span(st + 1, st + 12).first(where: { s.w[$0] == "be" && $0 > 0 && ["will", "to", "shall", "should", "must", "can"].contains(s.w[$0 - 1]) || s.w[$0] == "being" && $0 > 0 && ["are", "is", "also"].contains(s.w[$0 - 1]) }),
           // ("Chain of command must be clearly communicated and documented": the manner adverb before the participle)
           case let pv = (s.word(be + 1)?.hasSuffix("ly") == true && s.word(be + 1) != "early") ? be + 2 : be + 1, let p = s.word(pv), let base = ActionChecker.passivePromiseVerbs[p],
           // ("IT team to be trained properly on calendar": "IT" is a department, not "it")
           // ("Lessons from this incident will be shared ...": "this" inside the subject, not the subject)
           s.span(st, be - 1).allSatisfy({ s.isWord($0) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && (!["we", "i", "it", "this", "that"].contains(s.w[$0]) || s.toks[$0].text == "IT"
               || $0 > st && s.w[$0] == "this" && ["from", "of", "in"].contains(s.w[$0 - 1])) }) { k = pv; passiveVerb = base }
        // "@tunde to investigate ...", "Priya: add ...": an owner named first
        if k + 1 < s.count, s.w[k + 1] == "to", s.w[k].hasPrefix("@") || Lex.firstNames.contains(s.w[k]) || Lex.roles.contains(s.w[k])
            || s.toks[k].isCapitalized && !Lex.vagueVerbs.contains(s.w[k]) && !Lex.concreteVerbs.contains(s.w[k]) { k += 2 }
        // "All watches to enhance vigilance ...", "the Insured to improve its monitoring", "The operator is to ensure that ...": a subject of a few words, then its order
        else if k == st, let t = s.span(k + 1, k + 5).first(where: { s.w[$0] == "to" }), let v = s.word(t + 1),
                Lex.vagueVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ActionChecker.studyVerbs.contains(v) || ["update", "document"].contains(v),
                s.span(k, t).allSatisfy({ s.isWord($0) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && !Coach.imperativeVerbs.contains(s.w[$0]) && (!English.isPast(s.w[$0]) || s.toks[$0].isCapitalized)
                    && (!["we", "i", "it", "this", "that", "need", "needs", "want", "wants", "going", "plan", "plans", "intend", "have", "has", "how", "ways", "way", "steps", "efforts", "effort", "time"].contains(s.w[$0]) || s.toks[$0].text == "IT") || s.w[$0] == "is" && $0 == t - 1 }) { k = t + 1 }
        // "We are extremely sorry for any distress caused and are reviewing our processes ...": the promise after the apology
        if s.span(k, k + 5).contains(where: { ["sorry", "apologise", "apologize", "apologies", "regret"].contains(s.w[$0]) }),
           let a = s.span(k + 3, s.count).first(where: { s.w[$0] == "and" && ["are", "will", "have", "we", "we'll", "we're", "we've"].contains(s.word($0 + 1) ?? "") }) { k = a + 1 }
        while k < s.count, ActionChecker.leadWords.contains(s.w[k]) {
            // "we are continuing to", "we have taken steps to", "we are committed to": ongoing effort with no finish line
            if Lex.hedges.contains(s.w[k]) || ActionChecker.ongoingWords.contains(s.w[k]) { hedge = true }
            // "we will be making changes in the future to ...": changes not yet named
            if s.w[k] == "making", s.word(k + 1) == "changes" {
                hedge = true; k += 2
                if s.has("in the future", at: k) { k += 3 }
                continue
            }
            k += 1
        }
        // ("We go to revise all the configurations of the gateways": "we're going to" in a second language)
        if k + 2 < s.count, k > st, s.w[k] == "go", s.w[k + 1] == "to", ["we", "i"].contains(s.w[k - 1]) { k += 2 }
        // "We remain fully committed to working in close partnership with you to strengthen our processes": the manner, then the promise's verb
        if k > st, ["working", "work"].contains(s.w[k - 1]), ["in", "with", "alongside", "together", "closely", "hard"].contains(s.w[k]),
           let t = s.span(k + 1, k + 9).first(where: { s.w[$0] == "to" && s.isWord($0 + 1) }), s.span(k, t).allSatisfy({ s.isWord($0) }) { hedge = true; k = t + 1 }
        // "We have taken steps to improve our service", "efforts to improve monitoring"
        // ("Take periodic pg_dump backups ...": "take" with a real object is the action itself)
        while k < s.count, ["steps", "efforts", "effort", "measures", "ways", "action", "actions"].contains(s.w[k]) || s.w[k] == "to" && k > st
                || ["taken", "take", "taking"].contains(s.w[k]) && ["steps", "efforts", "measures", "action", "actions", "care", "ownership"].contains(s.word(k + 1) ?? "") { hedge = true; k += 1 }
        // "We'll be carefully reviewing this incident": the manner adverb before the verb
        if k + 1 < s.count, s.w[k].hasSuffix("ly"), s.w[k].count > 4, s.isWord(k + 1), s.w[k + 1].hasSuffix("ing") || Lex.vagueVerbs.contains(s.w[k + 1]) || Lex.concreteVerbs.contains(s.w[k + 1]) { k += 1 }
        guard k < s.count else { return nil }
        // "We are doing an internal audit of our alerting": the study named as a noun after a light verb reads as its verb
        // ("UK Border Force will complete a full investigation into the cause", "engage external experts to do a system-wide inspection")
        if ["engage", "hire", "appoint", "commission", "bring"].contains(s.w[k]), let d = s.span(k + 1, k + 6).first(where: { s.w[$0] == "to" && ["do", "conduct", "perform", "carry", "undertake", "review", "investigate", "assess", "audit", "inspect"].contains(s.word($0 + 1) ?? "") }),
           s.span(k + 1, d).allSatisfy({ s.isWord($0) }) { k = d + 1 }
        if ["doing", "conducting", "performing", "running", "do", "conduct", "perform", "carry", "carrying", "undertake", "undertaking", "complete", "completing", "commission", "commissioning", "launch", "launching", "initiate", "initiating", "hold", "holding"].contains(s.w[k]),
           let n = s.span(k + 1, k + 5).first(where: { (ActionChecker.nominalVerbs[s.w[$0]] != nil || s.w[$0] == "audit") && (["of", "into", "on"].contains(s.word($0 + 1) ?? "") || $0 + 1 >= s.count || s.isPunct($0 + 1)) }),
           s.span(k + 1, n).allSatisfy({ s.isWord($0) && (["a", "an", "the", "some", "internal", "full", "thorough", "detailed", "deep", "further", "out", "complete", "comprehensive", "post", "blameless",
               "independent", "system-wide", "formal", "external", "rigorous", "wide-ranging", "post-incident", "root-cause", "careful", "proper", "in-depth"].contains(s.w[$0])) }) { k = n }
        // "Documenting and communicating ...", "Implementing monitoring ...": a gerund heading reads as its verb
        // "Investigation into BGP session interdependencies", "Implementation of automated validation": a heading written as a noun
        var nominal = (s.w[k] == "audit" && k > st ? "audit" : ActionChecker.nominalVerbs[s.w[k]]).flatMap { v in ["of", "into", "on", "for", "around"].contains(s.word(k + 1) ?? "") ? v : nil }
        // "Monitoring improvements for e-filing - owner: platform team", "Monitoring improvements (TBD)": a heading that names the area to improve, not the change
        if nominal == nil, k == st, let m = s.span(k + 1, k + 3).first(where: { ["improvements", "improvement", "enhancements", "enhancement"].contains(s.w[$0]) }),
           s.span(k, m).allSatisfy({ s.isWord($0) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) && ActionChecker.verb(ofGerund: s.w[$0]) == nil || s.w[$0] == "monitoring" || s.w[$0] == "alerting" || s.w[$0] == "logging" }),
           m + 1 >= s.count || s.isPunct(m + 1) || ["for", "to", "in", "on", "around"].contains(s.w[m + 1]) { nominal = "improve"; k = m }
        // "We revised our backup fail-over procedures": an action reported as done reads as its verb
        let pastAsBase = s.w[k].hasSuffix("ed") && k > st ? [English.base(s.w[k]), English.base(s.w[k]) + "e"].first(where: { Lex.vagueVerbs.union(Lex.concreteVerbs).union(ActionChecker.studyVerbs).contains($0) }) : nil
        // ("That the Flood Warning Consultative Committee reviews flood classification levels": a recommendation's verb in the third person)
        let thirdPersonBase = s.w[k].hasSuffix("s") && !s.w[k].hasSuffix("ss") && s.w[k].count > 4 ? [String(s.w[k].dropLast()), String(s.w[k].dropLast(2))].first(where: { Lex.vagueVerbs.union(Lex.concreteVerbs).union(ActionChecker.studyVerbs).contains($0) }) : nil
        // ("Share lessons learned with all relevant staff": passing the lessons on names no change)
        let sharedLessons = ["share", "disseminate", "circulate", "cascade"].contains(s.w[k]) && s.span(k + 1, k + 4).contains(where: { ["lessons", "learnings", "learning", "findings", "outcomes", "learnt", "learned"].contains(s.w[$0]) }) ? "communicate" : nil
        let verb = passiveVerb ?? nominal ?? sharedLessons ?? ActionChecker.verb(ofGerund: s.w[k]) ?? pastAsBase ?? thirdPersonBase ?? s.w[k]
        // "Adding alerting to this metric would allow us to ...": a gerund subject of a statement, not an order
        // (but "Creating an end-to-end test suite ... could help improve our confidence" is a hope, not a plan)
        if verb != s.w[k], k == st, s.span(k + 1, s.count).contains(where: { ["would", "will", "could", "can", "allows", "allowed", "helps", "helped", "is", "was", "means", "meant"].contains(s.w[$0]) }),
           !s.span(k + 1, s.count).contains(where: { ["could", "might", "may"].contains(s.w[$0]) && s.word($0 + 1) == "help" }) { return nil }
        // padded so that a phrase matches whole words only ("a retry to the uploader" has no "try to")
        let lowerText = " " + s.w[s.span(st, s.count)].joined(separator: " ") + " "
        // "Improve cert hygiene. Owner: Platform — due: Q3": the owner and date labels say who and when, not what
        let labels = s.span(k + 1, s.count).first(where: { ["owner", "owners", "due", "assignee", "eta", "dri"].contains(s.w[$0]) && s.word($0 + 1) == ":" })
        var (score, _) = specificity(s, from: k + 1, upTo: labels)
        if rawHadCode { score += 1 }
        // a trailing hedge: "write better docs, probably", "update the runbook soon", "at some point"
        if ["probably", "maybe", "perhaps", "hopefully", "soon", "eventually", "sometime", "somewhere", "someday"].contains(s.w[s.endIndexBeforeFinalPunct])
            || ["at some point", "when possible", "if possible", "when time permits", "if time permits", "when we can", "if we can"].contains(where: { s.find($0) != nil }) { hedge = true }
        // a stated finish line: "verified by a contract test", "done when the dashboard shows ..."
        if ActionChecker.finishLines.contains(where: { s.find($0) != nil }) { score += 2 }
        let rest = (s.span(k + 1, s.count)).filter { s.isWord($0) }.map { s.w[$0] }
        let contentAfter = rest.filter { !["the", "a", "an", "our", "more", "better", "to", "of", "for", "and", "in", "on", "it", "this", "that", "all", "any", "some", "again", "from", "happening", "properly", "correctly"].contains($0) }
        let objectGeneric = !contentAfter.isEmpty && contentAfter.allSatisfy { Lex.genericObjects.contains($0) || Lex.vagueQuantifiers.contains($0) || ["prevent", "recurrence", "future", "happening", "again", "similar", "incidents", "such", "going", "forward", "where", "possible", "needed", "as", "if", "around", "related", "overall", "general", "team", "engineers", "everyone", "people", "sure", "careful", "aware", "attention"].contains($0) }
        var reason: String? = nil
        var phrase = ""
        // "best security practices", "best engineering practices": practices nobody has named
        if let b = s.span(k, s.count).first(where: { s.w[$0] == "best" && (s.word($0 + 1) == "practices" || s.word($0 + 2) == "practices") }), score < 2 {
            reason = "best practices"; phrase = s.text(b, s.word(b + 1) == "practices" ? b + 1 : b + 2)
        }
        // "An alert should be set up to monitor 500's over a certain threshold and time period": the threshold left unnamed, whatever else is counted
        if reason == nil, let c = ["a certain threshold", "some threshold", "an appropriate threshold", "a suitable threshold", "a certain level"].lazy.compactMap({ s.find($0) }).first {
            reason = "no threshold"; phrase = s.text(c, min(s.count - 1, c + 2))
        }
        // "assured Members that if the same problem occurred again the effect would be minimal", "I can confidently assure the public that
        // ...": a reassurance stands in for the change
        // ("The Director of Environment and Transport gave assurance that all recent flooding incidents would be investigated")
        if reason == nil, score < 2, let a = s.span(0, s.count).first(where: { ["assure", "assured", "assures", "assuring", "reassure", "reassured", "assurance", "assurances"].contains(s.w[$0]) }),
           s.span(a + 1, a + 6).contains(where: { s.w[$0] == "that" }) {
            reason = "reassurance"; phrase = s.text(a, a)
        }
        // "Adjust resource alerts to page the on-call earlier": sooner than what?
        if reason == nil, !rawHadCode, ["earlier", "sooner", "faster", "quicker"].contains(s.w[s.endIndexBeforeFinalPunct]), specificity(s, from: k + 1, upTo: labels, countingDates: false, countingNames: false).score < 2 {
            reason = "comparative"; phrase = s.text(s.endIndexBeforeFinalPunct, s.endIndexBeforeFinalPunct)
        }
        for p in vagueMultiword where reason == nil && lowerText.contains(" \(p) ") {
            // "Pin the Dart dependencies to specific versions to ensure that ...": a purpose after a concrete change
            // ("This time I am using the `nofail` option to make sure ...", "has been patched in order to ensure ...": any concrete
            // verb or code before the purpose names the change)
            // ("Document how folks can get access, so others can look into issues too": what others can then do, not the action)
            let unsized = ["something more", "something better", "somewhere more", "somewhere better"].contains(p)
            if let at = s.find(p), at > k + 1, ["can", "could", "may"].contains(s.w[at - 1]) { continue }
            // ("our automation will ask for a double-check and a confirmation": the check as a thing the tool asks for)
            if ActionChecker.carePhrases.contains(p), let at = s.find(p), at > 0, ["a", "an"].contains(s.w[at - 1]) { continue }
            if namesAddition(s, after: k) { continue }
            if ["ensure that", "ensure this", "make sure", "make certain that"].contains(p), let at = s.find(p), statesGuard(s, from: at + 2) { continue }
            // ("Make sure user pods are in a separate pool, so they do not create pressure on the core pods": a placement, checkable)
            if ["ensure that", "make sure"].contains(p), let at = s.find(p), statesPlacement(s, from: at + 2) { continue }
            // ("are implementing a fix to prevent this from happening again": a generic fix is no change named)
            // ("fix was applied to avoid the same issue": nothing but a generic change and its auxiliaries before the purpose)
            let genericBefore = s.find(p).map { at in s.span(k + 1, at).filter { s.isWord($0) }.allSatisfy { ["a", "an", "the", "fix", "fixes", "changes", "change", "measures", "improvements", "to", "steps", "some", "further", "additional",
                "was", "were", "is", "are", "be", "been", "will", "has", "have", "applied", "deployed", "made", "implemented", "put", "in", "place", "taken", "rolled", "out", "countermeasures", "also"].contains(s.w[$0])
                    || s.w[$0].hasSuffix("ied") && s.isWord($0) } } ?? false
            let purpose = purposePhrases.contains(p)
                || p.hasPrefix("ensure ") && !["ensure that", "ensure this"].contains(p)
            // ("This will prevent similar issues when ...": the effect of a change told before; "It is unclear what we can do to avoid such
            // problems": an open question, not a promise)
            if purpose, ["this", "that", "it", "these", "which"].contains(s.w[s.firstWordIndex]) && ["will", "should", "would", "prevents", "avoids"].contains(s.word(s.firstWordIndex + 1) ?? "")
                || s.containsAny(["unclear", "uncertain"]) || s.find("difficult to say") != nil || s.find("hard to say") != nil || s.find("not sure") != nil { continue }
            if !genericBefore, !unsized, let at = s.find(p), at > k + 1, ["to", "so", "that"].contains(s.w[at - 1]) || s.has("in order to", at: max(0, at - 3)),
               Lex.concreteVerbs.contains(verb) || rawHadCode || s.span(k, at).contains(where: { Lex.concreteVerbs.contains(s.w[$0]) || Lex.concreteVerbs.contains(English.past(ofGerund: s.w[$0]).map(English.base) ?? "") || ["patched", "added", "installed", "switched", "replaced", "upgraded", "enabled", "using"].contains(s.w[$0]) }) { continue }
            // "look into adding alerts for Kafka" promises a study, not a change: only a date or a number gives it a finish line
            // care is never a finish line: "Everyone to be more careful when running migrations on a Friday"
            let needed = ActionChecker.carePhrases.contains(p) ? 99 : unsized ? 3 : p.hasPrefix("fix") || p.hasPrefix("update") ? 1 : ["look into", "look at", "think about", "figure out"].contains(p) ? 3 : 2
            // (a date never makes a non-act concrete; nor does naming the system "something more robust" is for)
            // (what follows "to avoid similar ..." is the problem, not the change: only the words before it can make the change concrete)
            let dateless = ActionChecker.nonActs.contains(p) || unsized ? specificity(s, from: k + 1, upTo: labels, countingDates: false, countingNames: !unsized).score + (rawHadCode ? 1 : 0)
                : purpose ? specificity(s, from: k + 1, upTo: s.find(p).map { $0 - 1 }, countingNames: false).score + (rawHadCode ? 1 : 0) : score
            if dateless < needed { reason = p; phrase = p; break }
        }
        // "Make the retry wrapper reuse the key": a causative make names the change
        let causativeMake = verb == "make" && s.span((k + 2), k + 6).contains { ActionChecker.causativeVerbs.contains(s.w[$0]) && s.isWord($0 - 1) && !["more", "less", "sure"].contains(s.w[k + 1]) }
            // "Make `--dry-run` the default in `bulk-delete.sh`": a setting made the default names the change
            // ("Make a setpoint diff (PLC vs. config backup) a blocking step in the firmware runbook": a check made a gate)
            || verb == "make" && s.span(k + 1, k + 14).contains { ["default", "mandatory", "required", "read-only", "opt-in", "opt-out", "blocking", "prerequisite", "gating"].contains(s.w[$0]) }
        if reason == nil {
            if ActionChecker.studyVerbs.contains(verb) && score < 3 { reason = verb; phrase = s.w[k] }
            else if Lex.vagueVerbs.contains(verb) && specificity(s, from: k + 1, upTo: labels, countingTickets: false).score + (rawHadCode ? 1 : 0) < 2 && !causativeMake && !namesAddition(s, after: k)
                        && !ActionChecker.describesDefect(s, after: k, verb: verb)
                        && !(["ensure", "make"].contains(verb) && (statesGuard(s, from: k + 1) || statesPlacement(s, from: k + 1))) && !statesCondition(s, verbAt: k) { reason = verb; phrase = s.w[k] }
            else if Lex.vagueNounStarts.contains(verb) && score < 2 && !namesAddition(s, after: k) { reason = verb; phrase = verb }
            else if hedge && score < 2 { reason = "hedge"; phrase = s.text(st, k) }
            else if Lex.concreteVerbs.contains(verb) && score == 0 && (contentAfter.count <= 1 || objectGeneric) { reason = "no object"; phrase = s.text(k, min(k + 2, s.count - 1)) }
            // "Scale up before next tax day", "Increase the pool size": more, with no amount and no target
            else if ["scale", "increase", "raise", "bump", "boost", "expand", "grow"].contains(verb), !rawHadCode,
                    !s.span(k + 1, s.count).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || Lex.numberWords.contains(s.w[$0]) || ["to", "by", "until", "so", "match", "double", "twice", "triple"].contains(s.w[$0]) }) {
                reason = "comparative"; phrase = s.text(k, min(k + 1, s.endIndexBeforeFinalPunct))
            }
            // "Fix the retry logic.", "Update the failover runbook soon.": a thing named, but nothing says what done looks like
            else if ["fix", "update", "document", "clean"].contains(verb), score == 0, !rawHadCode, contentAfter.count <= 3 { reason = "no finish line"; phrase = s.text(k, s.endIndexBeforeFinalPunct) }
            // "Fix the caching issue in the feed service": an issue named by its area is still not a change
            // ("Fix frame-rate handling.": an area that ends the item, with nothing said about what is wrong in it)
            else if ["fix", "resolve", "address", "solve"].contains(verb), !rawHadCode,
                    let h = s.span(k + 1, k + 7).first(where: { ["issue", "issues", "problem", "problems", "bug", "bugs"].contains(s.w[$0])
                        || $0 == s.endIndexBeforeFinalPunct && $0 <= k + 4 && ["handling", "logic", "behaviour", "behavior", "processing", "parsing", "support", "code"].contains(s.w[$0]) }),
                    specificity(s, from: k + 1, upTo: labels, countingNames: false).score == 0 || h == s.endIndexBeforeFinalPunct && !s.span(k + 1, h).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number }),
                    s.span(k + 1, h).allSatisfy({ s.isWord($0) && !s.toks[$0].quoted && !s.toks[$0].code }),
                    // ("... by adding a fencing token check", "... and add a regression test": the method is named)
                    !s.span(h + 1, s.count).contains(where: { s.w[$0] == "by" && (s.word($0 + 1)?.hasSuffix("ing") ?? false) || s.has("so that", at: $0) || s.has("and add", at: $0) }) { reason = "no finish line"; phrase = s.text(k, h) }
            // "Update the disaster-recovery documentation for the broadcast centre": which section, saying what?
            // (the document itself, "the runbook for the meter head-end", says which, not what changes in it)
            else if ["update", "improve", "revise", "review", "document", "refresh", "revamp", "rework", "overhaul", "write"].contains(verb), !rawHadCode,
                    let d = s.span(k + 1, k + 6).first(where: { ["documentation", "docs", "doc", "runbook", "runbooks", "wiki", "playbook", "playbooks", "readme", "procedures", "checklist", "guide", "guides", "sop", "sops", "handbook", "manual"].contains(s.w[$0]) }),
                    score < 2 || !["write", "document"].contains(verb) && specificity(s, from: d + 1, countingNames: false).score < 2,
                    // ("Document cert renewal procedure in runbook" names what goes into it)
                    !s.span(k + 1, d).contains(where: { ["in", "into", "on"].contains(s.w[$0]) }),
                    !s.span(k + 1, s.count).contains(where: { ["section", "step", "steps", "page", "chapter", "with", "to", "covering", "so", "describing", "explaining", "listing"].contains(s.w[$0]) }) {
                reason = "no finish line"; phrase = s.text(k, d)
            }
            else if !Lex.concreteVerbs.contains(verb) && !Lex.vagueVerbs.contains(verb) && score == 0 && contentAfter.count <= 1 && objectGeneric { reason = "no object"; phrase = s.text(k, s.count - 1) }
        }
        // "Update the DNS stack to include stricter error handling", "Better dashboards for the warehouse robots - Q3": a comparative
        // says more, not how much; only a number or a named check gives it a finish line (a date says when, not what)
        // (a named system says which, not how much: "Set up better Grafana dashboards")
        if reason == nil, !rawHadCode, let m = comparative(s, after: k), specificity(s, from: k + 1, countingDates: false, countingNames: frequencyWords.contains(s.w[m])).score < (frequencyWords.contains(s.w[m]) ? 1 : 2),
           !ActionChecker.finishLines.contains(where: { s.find($0) != nil }) {
            let frequency = frequencyWords.contains(s.w[m])
            let expand = ["expand", "extend", "broaden", "widen", "increase", "grow"].contains(s.w[m]) && m == k
            reason = frequency ? "frequency" : "comparative"
            phrase = frequency || s.w[m].hasSuffix("ly") || s.w[m] == "early" ? s.toks[m].text : expand ? s.text(m, s.span(m + 1, m + 5).first(where: { s.isPunct($0) }).map { $0 - 1 } ?? min(m + 3, s.endIndexBeforeFinalPunct))
                : s.text(m, min(m + (s.w[m] == "much" ? 3 : s.w[m] == "more" ? 2 : 1), s.endIndexBeforeFinalPunct))
        }
        // "Implement a disaster recovery plan for the database", "implement configuration drift detection": a kind of thing, not what it will do
        if reason == nil, !rawHadCode, score == 0, ActionChecker.creationVerbs.contains(verb), let h = ActionChecker.abstractObject(s, after: nominal == nil ? k : k + 1) {
            reason = "no finish line"; phrase = s.text(k, h)
        }
        // "Tariff migration tooling — by end of Q3.", "Courier app offline mode. Owner: Ngozi.": a topic with a date or an owner, and no act
        if reason == nil, !rawHadCode, isTopicOnly(s, from: k) { reason = "topic"; phrase = s.text(k, min(s.count - 1, k + 3)) }
        // "Can we search the audit logs without an admin?": a question is not yet a commitment
        // ("Systematically cull nodes older than 5 days?" is a proposal with a question mark, not a question)
        if reason == nil, s.isQuestion, ActionChecker.questionWords.contains(s.w[st]), !s.toks[s.endIndexBeforeFinalPunct].quoted {
            reason = "question"; phrase = s.text(st, min(s.count - 1, st + 3))
        }
        // "Add alerting for the sorting-hub queue": an alert with no signal, threshold or destination is not yet a change
        // ("TODO: alerting for disk" names the alert with no verb at all)
        let alertNouns: Set<String> = ["alerting", "alerts", "alert", "alarms", "alarm", "monitoring", "dashboards", "dashboard", "observability", "metrics", "paging"]
        if reason == nil, !rawHadCode, ["add", "set", "create", "configure", "introduce", "implement", "enable", "improve", "build", "spin", "stand", "deploy", "establish", "develop"].contains(verb)
            || alertNouns.contains(verb) && (s.word(k + 1).map { ["for", "on", "of", "around", "."].contains($0) } ?? true),
           let m = alertNouns.contains(verb) ? k : s.span(k + 1, s.word(k + 1) == "up" ? k + 6 : k + 4).first(where: { ["alerting", "alerts", "alert", "alarms", "alarm", "monitoring", "dashboards", "dashboard", "observability", "metrics", "paging"].contains(s.w[$0]) }),
           !(s.span(0, s.count)).contains(where: { s.toks[$0].kind == .number || s.toks[$0].hasDigit || s.toks[$0].quoted || s.toks[$0].text.dropFirst().contains(where: \.isUppercase) && s.toks[$0].text.contains(where: \.isLowercase)
               || ["when", "if", "case", "whenever", "no", "stops", "missing", "expiring", "expiry", "expiration", "expires", "before", "above", "below", "exceeds", "exceed", "over", "under", "threshold", "than", "%", "pages", "routed", "rota", "rotation",
                   // ("a new monitoring check that checks the topology of replication is intact": the condition it watches, named)
                   "intact", "mismatch", "mismatches", "diverges", "diverged", "inconsistent", "unreachable", "stale", "failing"].contains(s.w[$0]) }),
           !ActionChecker.finishLines.contains(where: { s.find($0) != nil }) {
            reason = "no threshold"; phrase = s.text(k, m)
        }
        // "Conduct a lessons-learned workshop with the infrastructure department": a meeting, with nothing it must decide or produce
        if reason == nil, !rawHadCode, ["conduct", "hold", "run", "organise", "organize", "schedule", "arrange", "have", "host", "book", "set"].contains(verb),
           let m = s.span(k + 1, k + 6).first(where: { ["workshop", "workshops", "meeting", "meetings", "retro", "retrospective", "discussion", "debrief", "walkthrough", "huddle", "offsite"].contains(s.w[$0]) }),
           s.span(k + 1, m).allSatisfy({ s.isWord($0) }), !(s.isWord(m + 1) && !["with", "on", "for", "about", "between", "across", "among", "and"].contains(s.w[m + 1])),
           !s.span(m + 1, s.count).contains(where: { ["to", "decide", "agree", "produce", "produces", "producing", "output", "outputs", "deliverable", "write", "publish", "choose", "pick", "assign", "sign", "record", "confirm", "document", "that", "which"].contains(s.w[$0]) || s.toks[$0].hasDigit || s.toks[$0].kind == .number }) {
            reason = "meeting"; phrase = s.text(k, m)
        }
        // "Team to get some training on the CDS submission API": training with no course, date or check that it took
        if reason == nil, !rawHadCode, ["get", "receive", "attend", "undergo", "do"].contains(verb),
           let m = s.span(k + 1, k + 4).first(where: { ["training", "retraining", "re-training", "refresher"].contains(s.w[$0]) }),
           s.span(k + 1, m).allSatisfy({ ["some", "more", "additional", "further", "extra", "a", "proper", "better", "basic"].contains(s.w[$0]) }),
           !(s.isWord(m + 1) && !["on", "in", "for", "about", "with"].contains(s.w[m + 1])), !s.containsAny(["model", "models", "data", "dataset", "gpu", "ml"]),
           !s.span(m + 1, s.count).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || s.toks[$0].quoted }) {
            reason = "train"; phrase = s.text(k, m)
        }
        // "Properly use safety equipment", "Fully implement and adhere to Safety Management System requirements": an exhortation to do it right
        if reason == nil, score < 2, let a = [k - 1, k].first(where: { $0 >= st && ["properly", "correctly", "fully", "strictly", "always", "consistently", "diligently", "rigorously"].contains(s.word($0) ?? "")
               && ["use", "follow", "adhere", "comply", "implement", "wear", "observe", "apply", "complete", "enforce"].contains(s.word($0 + 1) ?? "") }),
           !s.toks.contains(where: { $0.hasDigit || $0.kind == .number }) {
            reason = "exhortation"; phrase = s.text(a, a + 1)
        }
        guard let r = reason else { return nil }
        let msg: String
        switch r {
        case "no object": msg = "This action has no concrete object or finish line; say exactly what will exist when it is done."
        case "no finish line": msg = "\"\(phrase)\" names the thing but not what done looks like; say what changes and how we will check it."
        case "question": msg = "This action is a question; write the decision or the investigation's deliverable, with an owner and a date."
        case "no threshold": msg = "\"\(phrase)\" names no signal, threshold or destination; say what fires, when, and who it pages."
        case "topic": msg = "This names a topic, not an action; say what will be built or changed and how we will know it is done."
        case "hedge": msg = "\"\(phrase)\" hedges; an action item says what will be done, by whom and when."
        case "frequency": msg = "\"\(phrase)\" is not an interval; say how often (every 90 days, weekly) and what checks that it happened."
        case "meeting": msg = "\"\(phrase)\" is a meeting, not a change; say what it must decide or produce, and by when."
        case "train": msg = "\"\(phrase)\" puts the fix on people learning more; name the change to the tool or process, or the course, the date and how we check it helped."
        case "comparative": msg = "\"\(phrase)\" says more, not how much; name the check or threshold and how we will know it is done."
        case "exhortation": msg = "\"\(phrase)\" asks people to do it right; name the check, guard or change that makes the right way the easy one, and how we will know."
        case "reassurance": msg = "\"\(phrase)\" reassures instead of naming the change; say what was changed, who owns it and how we will know it works."
        default: msg = "\"\(phrase)\" is vague; name the concrete change and how we will know it is done."
        }
        return RawFinding(check: "vague-action", at: k, excerpt: s.text(st, min(s.count - 1, k + 4)), message: msg, better: better(for: s, from: k))
    }

    /// Where the action itself begins, past a bullet, an "Action:" or owner label, a heading label and a time lead:
    /// "- Owner: Kenji - make ...", "**Client-side monitoring**: Set up ...", "Going forward, we will ...".
    /// "EXAMS-816", "DISP-2291", "AI-3": capital letters, a hyphen, digits.
    static func isTrackerID(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count >= 2 && parts.last!.allSatisfy(\.isNumber)
            && parts.dropLast().allSatisfy { $0.first?.isLetter == true && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }

    static func actionStart(_ s: Sentence) -> Int {
        // skip a leading bullet, number, checkbox, "Action:" label
        var st = s.firstWordIndex
        // ("[00:24:50] Nikos Andreou: we need to ...": a chat line's time and speaker)
        if let said = s.afterChatPrefix { st = s.count - said.count + said.firstWordIndex }
        // ("Action for everyone - we need to ...", "Actions for ops: ...": whom the action is for, as its label)
        if ["action", "actions", "ai"].contains(s.word(st) ?? ""), s.word(st + 1) == "for", let c = s.span(st + 2, st + 6).first(where: { [":", "-", "—", "–"].contains(s.w[$0]) }),
           s.span(st + 2, c).allSatisfy({ s.isWord($0) }), c + 1 < s.count { st = c + 1 }
        // "(Already planned) Spin up a chain monitoring system ...": a status note in brackets before the action
        // ("[Backlog] Monitoring improvements for e-filing": a board column in square brackets, the same)
        if s.word(st) == "(", let c = s.span(st + 1, st + 6).first(where: { s.w[$0] == ")" }), c + 1 < s.count { st = c + 1 }
        if st > 0, ["[", "("].contains(s.w[st - 1]), let c = s.span(st + 1, st + 4).first(where: { s.w[$0] == "]" || s.w[$0] == ")" }), c + 1 < s.count, s.isWord(c + 1),
           s.span(st, c).allSatisfy({ s.isWord($0) && !s.toks[$0].hasDigit && s.toks[$0].kind == .word && !English.isPast(s.w[$0]) && !Lex.vagueVerbs.contains(s.w[$0]) && !Lex.concreteVerbs.contains(s.w[$0]) }) { st = c + 1 }
        while st < s.count, s.isPunct(st) || ["action", "todo", "ai", "x"].contains(s.w[st]) && s.isPunct(st + 1) || (s.toks[st].kind == .number && st + 1 < s.count && s.isPunct(st + 1)) { st += 1 }
        // "MEDIUM Develop rules on ...", "P2 Add ...": a priority before the action
        if st + 1 < s.count, ["HIGH", "MEDIUM", "LOW", "CRITICAL", "P0", "P1", "P2", "P3", "P4"].contains(s.toks[st].text), s.isWord(st + 1) { st += 1 }
        // "EXAMS-816 Investigate connection pool usage", "[ROY-554] Investigate ...": a tracker id before the action
        if st + 1 < s.count, isTrackerID(s.toks[st].text), !s.isPunct(st + 1) || ["]", ")", "["].contains(s.w[st + 1]) {
            st += 1
            while st < s.count, s.isPunct(st) { st += 1 }
            // ("FARE-2291 [Automation] Action item created ...": a bot's tag after the id)
            if st > 0, s.w[st - 1] == "[", let c = s.span(st + 1, st + 3).first(where: { s.w[$0] == "]" }), c + 1 < s.count, s.span(st, c).allSatisfy({ s.isWord($0) }) { st = c + 1 }
        }
        // "CAST-1187 | P2 | Improve CDN monitoring | owner: TBD": a tracker row's id and priority cells before the action
        while st + 1 < s.count, s.w[st + 1] == "|", s.toks[st].hasDigit || ["todo", "open", "new"].contains(s.w[st]) { st += 2 }
        // "On the technical front, our engineering team is ...": the topic before the action
        if s.has("on the", at: st), let f = s.span(st + 2, st + 5).first(where: { s.w[$0] == "front" }), s.word(f + 1) == "," { st = f + 2 }
        // "Additionally, we are implementing ...", "Also, add ...": a connective before the action
        if st + 1 < s.count, ["additionally", "also", "furthermore", "further", "finally", "moreover", "lastly", "secondly", "thirdly"].contains(s.w[st]), s.w[st + 1] == "," { st += 2 }
        if s.has("in addition", at: st), s.word(st + 2) == "," { st += 3 }
        // ("And we'll revisit the whole maintenance approach with the vendor": a spoken "and" before the promise)
        if st + 1 < s.count, ["and", "plus", "so"].contains(s.w[st]), s.isWord(st + 1), ["we'll", "we", "i'll", "i", "they'll", "they"].contains(s.w[st + 1]) { st += 1 }
        // "Owner: Kenji - make ...", "Kenji: make ...", "@kenji — make ...": an owner label before the action
        if st + 1 < s.count, ["owner", "assignee", "assigned", "who"].contains(s.w[st]), s.isPunct(st + 1) { st += 2 }
        if st + 1 < s.count, s.isWord(st), s.toks[st].isCapitalized || s.w[st].hasPrefix("@"), s.isPunct(st + 1), [":", "-", "—", "–"].contains(s.w[st + 1]),
           st + 2 < s.count, s.isWord(st + 2) { st += 2 }
        // "**Client-side error monitoring**: Set up ...": a heading label before the action
        // ("Still open: strengthen ...", "Recommendation 4: The organisation should ...": a status or a number is a label too)
        if let c = s.span(st, st + 7).first(where: { s.w[$0] == ":" }), c > st, c + 1 < s.count,
           !(st..<c).contains(where: { Lex.vagueVerbs.contains(s.w[$0]) || Lex.concreteVerbs.contains(s.w[$0]) })
            || c - st == 2 && ["still", "now", "status", "recommendation", "action", "item", "finding"].contains(s.w[st])
            // ("Action item created from post-incident review: Improve ...": the tracker's own words for where the item came from)
            || ["action", "actions", "ai", "recommendation", "follow-up", "todo"].contains(s.w[st]) && s.span(st + 1, c).allSatisfy({ s.isWord($0) }) { st = c + 1 }
        // "As an immediate action item we reviewed ...": the label told in words
        if s.has("as an", at: st) || s.has("as a", at: st), let m = s.span(st + 2, st + 6).first(where: { ["action", "step", "measure", "follow-up"].contains(s.w[$0]) }) {
            st = s.word(m + 1) == "item" ? m + 2 : m + 1
            while st < s.count, s.isPunct(st) { st += 1 }
        }
        // "In the future we intend to ...", "Going forward, ...", "This weekend we will be analyzing ...": a time lead before the action
        for lead in ["in the future", "in future", "going forward", "moving forward", "from now on", "next time", "in the long term", "longer term", "long term",
                     "in the short term", "short term", "short-term", "longer-term", "long-term", "in the longer term",
                     "this weekend", "this week", "next week", "over the coming days", "over the coming weeks", "in the coming days", "in the coming weeks", "since then"] where s.has(lead, at: st) {
            st += lead.split(separator: " ").count
            while st < s.count, s.isPunct(st) { st += 1 }
            break
        }
        // "To ensure higher redundancy during the next window, we plan to install a third edge router": the action follows the purpose
        if s.has("in order to", at: st), let c = s.span(st + 3, st + 16).first(where: { s.isPunct($0) && s.w[$0] == "," }), c + 1 < s.count { st = c + 1 }
        else if st < s.count, s.w[st] == "to", let c = s.span(st + 1, st + 14).first(where: { s.isPunct($0) && s.w[$0] == "," }), c + 1 < s.count { st = c + 1 }
        // ("To mitigate this we will continue to invest in ...": the same purpose with no comma, up to the promise's subject)
        else if st < s.count, s.w[st] == "to", let w = s.span(st + 2, st + 10).first(where: { ["we", "i"].contains(s.w[$0]) && ["will", "are", "shall", "plan", "intend", "have", "must", "need"].contains(s.word($0 + 1) ?? "") }),
                s.span(st + 1, w).allSatisfy({ s.isWord($0) }) { st = w }
        // "While we failed to live up to that goal during this incident, we are working ... to improve ...": the concession, then the promise
        if st < s.count, ["while", "although", "though", "whilst"].contains(s.w[st]), let c = s.span(st + 2, st + 24).first(where: { s.w[$0] == "," }),
           ["we", "we're", "we'll", "we've"].contains(s.word(c + 1) ?? "") { st = c + 1 }
        // "He explained that the ICT Team would now be focusing on ...", "The Director assured Members that ...": a promise reported
        let reporting: Set<String> = ["explained", "said", "stated", "confirmed", "advised", "noted", "reported", "added", "announced", "told", "informed", "assured"]
        if st < s.count, let t = s.span(st + 1, st + 8).first(where: { t in s.w[t] == "that" && s.span(st, t).contains(where: { reporting.contains(s.w[$0]) }) }),
           s.span(t + 1, t + 8).contains(where: { ["would", "will", "shall"].contains(s.w[$0]) }), t + 1 < s.count { st = t + 1 }
        // ("SMRT said it would engage external experts ...": the same with no "that")
        else if st < s.count, let r = s.span(st + 1, st + 8).first(where: { reporting.contains(s.w[$0]) }), ["it", "they", "we"].contains(s.word(r + 1) ?? ""),
                ["would", "will", "shall", "was", "were"].contains(s.word(r + 2) ?? "") { st = r + 2 }
        // "There's no question that we will look at that capability", "now that we know, our teams will do everything they can": the promise inside
        else if st < s.count, !["we", "we'll", "i", "i'll"].contains(s.w[st]), let w = s.span(st + 2, s.count).first(where: { k in s.w[k - 1] == "that"
                    && (["we'll", "i'll"].contains(s.w[k]) || ["we", "i"].contains(s.w[k]) && ["will", "need", "must"].contains(s.word(k + 1) ?? "") || s.w[k] == "we" && s.word(k + 1) == "have" && s.word(k + 2) == "to"
                        || s.w[k] == "we're" && s.has("going to", at: k + 1)) }) { st = w }
        // "We are sorry for the confusion and will strive to provide ...", "This was caused by ... and we will be making changes ...":
        // the promise after an apology or an account
        // ("... is a good one and we should be more rigorous in its application": a need after an account)
        if st < s.count, s.w[st] != "we'll", !(["we", "i"].contains(s.w[st]) && ["will", "should", "must", "need", "shall", "plan", "intend"].contains(s.word(st + 1) ?? "")), let a = s.span(st + 1, s.count).first(where: { k in s.w[k] == "and" && (s.span(k + 1, k + 3).contains(where: { ["will", "we'll"].contains(s.w[$0]) })
                || s.word(k + 1) == "we" && ["should", "must", "need"].contains(s.word(k + 2) ?? "")) }) {
            st = a + 1
        }
        // "We recommended that the Hospice should review ...", "I have asked that the partnership review ...": the recommendation inside the report
        if let r = s.span(st, st + 5).first(where: { ["recommended", "recommends", "asked", "requested", "urged", "advised"].contains(s.w[$0]) }), s.word(r + 1) == "that",
           s.span(st, r).allSatisfy({ s.isWord($0) }), let v = recommendationVerb(s, from: r + 1) { return v }
        if let v = recommendationVerb(s, from: st) { st = v }
        return st
    }

    /// Where the verb of an inquiry's recommendation starts, past its addressee: "That FESA investigate the use of ...", "The State
    /// consider the development of ...", "Australian, state and territory governments should refine ...", "RailCorp should progressively
    /// implement ...", "That, in order to expand ..., Government expand simulator capabilities". Nil when the sentence opens otherwise.
    static func recommendationVerb(_ s: Sentence, from st: Int) -> Int? {
        var p = st
        // ("Recommendation 9 TFS should review ...": the number without its colon; "Subject to funding, that the Committee investigates ...")
        if s.word(p) == "recommendation", p + 1 < s.count, s.toks[p + 1].kind == .number { p += 2; while p < s.count, s.isPunct(p) { p += 1 } }
        if s.has("subject to", at: p), let c = s.span(p + 2, p + 8).first(where: { s.w[$0] == "," }) { p = c + 1 }
        // ("The report recommended reviewing policies around ...": the recommendation reported, then its verb)
        if let r = s.span(p, p + 5).first(where: { ["recommended", "recommends", "recommend", "proposed", "proposes", "suggested", "suggests"].contains(s.w[$0]) }),
           s.span(p, r).allSatisfy({ s.isWord($0) }), let g = s.word(r + 1), ActionChecker.verb(ofGerund: g) != nil { return r + 1 }
        let that = s.word(p) == "that"
        if that { p += 1 }
        if that, s.word(p) == ",", let c = s.span(p + 1, p + 20).first(where: { s.w[$0] == "," }) { p = c + 1 }
        guard p < s.count, s.isWord(p), s.toks[p].isCapitalized || that || ActionChecker.bodies.contains(s.w[p]) else { return nil }
        let linkers: Set<String> = ["of", "and", "the", "for", "in", "with", "consultation", "its", "their", "all", "state", "territory", "local", "emergency", "management", "relevant"]
        let isVerb: (String) -> Bool = { w in
            let base = w.hasSuffix("s") && !w.hasSuffix("ss") ? String(w.dropLast()) : w
            return [w, base].contains(where: { Lex.vagueVerbs.contains($0) || Lex.concreteVerbs.contains($0) || ActionChecker.studyVerbs.contains($0) || Coach.imperativeVerbs.contains($0) || ["seek", "support", "expand", "refine", "amend", "standardise", "standardize", "progress", "pursue", "adopt", "continue"].contains($0) })
        }
        // (an order opens with its verb: "Review the deploy process", "Move the sync scheduler ...")
        if !that, isVerb(s.w[p]) { return nil }
        var named = false
        var q = p
        while q < min(s.count, p + 16) {
            let w = s.w[q]
            if s.isWord(q), ["should", "must", "shall", "will", "be"].contains(w) {
                guard q > p, named else { return nil }
                if w == "be" { return nil }   // "The Emergency Plan ... be amended": the passive is read elsewhere
                var v = q + 1
                while let x = s.word(v), ["also", "further", "progressively", "urgently", "immediately", "jointly", "now", "continue", "to"].contains(x) { v += 1 }
                return s.word(v).map(isVerb) == true ? v : nil
            }
            if s.isWord(q), q > p, !s.toks[q].isCapitalized, isVerb(w), !linkers.contains(w) {
                // the subjunctive of a recommendation: "That FESA investigate", "The State consider"
                return named && (that || s.toks[p].isCapitalized) ? q : nil
            }
            if s.isPunct(q) { guard [",", "(", ")", "-", "/", "—"].contains(w) else { return nil } }
            // (a name, not a word capitalised only because it opens the sentence: "More tests around the migration tooling")
            else if s.toks[q].isAllCaps && s.toks[q].text.count > 1 || s.toks[q].isCapitalized && (q > p || that) { named = true }
            else if ActionChecker.bodies.contains(w) || ActionChecker.bodies.contains(String(w.dropLast())) || ["governments", "government", "authorities", "agencies", "services", "councils", "operators"].contains(w) { named = true }
            else if !linkers.contains(w) { return nil }
            q += 1
        }
        return nil
    }

    /// A SMART rewrite that keeps the writer's topic.
    static func better(for s: Sentence, from k: Int) -> String {
        let text = s.w[s.span(k, s.count)].joined(separator: " ")
        // the writer's topic, kept verbatim (dropping inner words garbles it: "second approver for engineers database failover procedure");
        // used only when it reads as a noun phrase, else the template keeps its placeholder
        let leading: Set<String> = ["more", "better", "sure", "properly", "further", "into", "at", "on", "again", "some", "to", "with", "about", "for", "of", "up"]
        var b = k + 1
        if ["look", "follow", "clean", "set", "double"].contains(s.w[k]), s.isWord(b), ["into", "at", "up", "on"].contains(s.w[b]) { b += 1 }
        while b < s.count, s.isWord(b), leading.contains(s.w[b]) { b += 1 }
        // "the root cause of the latency spike" → "the latency spike"
        if s.has("the root cause of", at: b) { b += 4 } else if s.has("the cause of", at: b) { b += 3 }
        var e = b
        while e < s.count, s.isWord(e), !["when", "before", "while", "so", "because", "and", "to", "if", "that", "which", "in", "by", "across"].contains(s.w[e]) || (s.w[e] == "in" && e == b) { e += 1 }
        let words = b < e ? s.toks[b..<e].map(\.text) : []
        let lower = words.map { $0.lowercased() }
        let badInside: Set<String> = ["be", "is", "are", "more", "less", "happening", "again", "sure", "this", "it", "that", "we", "they", "everyone", "engineers", "people", "team", "careful", "aware", "vigilant"]
        let adjectival = lower.first.map { w in ["ful", "ive", "ous", "able", "ible", "ant", "ent", "ing"].contains { w.hasSuffix($0) } && !["the", "our"].contains(w) } ?? true
        let topic = words.count <= 8 && !adjectival && lower.allSatisfy({ !badInside.contains($0) }) ? words.joined(separator: " ") : ""
        func q(_ x: String) -> String { "“" + x + "”" }
        // "Make the canary run a synthetic checkout against ...": a causative make is a concrete change already; say how it is checked
        if s.w[k] == "make", let d = s.word(k + 1), ["the", "our", "every", "each", "all"].contains(d) {
            let causative: Set<String> = ["run", "use", "fail", "alert", "page", "retry", "reject", "block", "check", "stop", "wait", "exit", "send", "call", "skip", "include", "require", "read", "write", "fall", "log", "emit", "refuse", "verify", "validate", "test"]
            if let v = s.span(k + 3, k + 6).first(where: { causative.contains(s.w[$0]) && s.isWord($0 - 1) }) {
                let np = s.text(k + 1, v - 1)
                let what = Rewrite.cleanRest(s, from: v)
                return "Say how we will know it is done: " + q("Configure \(np.lowercasedFirst) to \(what), done when <a test or dashboard shows it happening>") + "."
            }
        }
        // word stems, not substrings: "checkout" is no check, "docker" no doc, "latest" no test
        let ws = s.w[s.span(k, s.count)]
        func says(_ stems: String...) -> Bool { stems.contains { st in st.contains(" ") ? " \(text) ".contains(" \(st) ") : ws.contains { $0.hasPrefix(st) } } }
        func saysWord(_ words: String...) -> Bool { ws.contains { words.contains($0) } }
        if says("monitor", "alert", "observab", "visibility", "detect") {
            return "Name the signal, threshold and target: " + q("Add alert for error rate >5% sustained for >2 minutes on /api/sync endpoint, paging the on-call rotation") + " (with your own metric and service)."
        }
        if says("test") || ws.contains(where: { $0.hasSuffix("-test") || $0.hasSuffix("tests") }) {
            return "Name the test and what it proves: " + q("Add integration test for \(topic.isEmpty ? "deployment validation" : topic) that runs in CI and blocks the merge on failure") + "."
        }
        if saysWord("doc", "docs", "documentation", "document", "documents", "readme") || says("runbook", "wiki", "playbook") {
            // a section named after the topic, not after the document itself ("the docs" section)
            let bare = topic.split(separator: " ").filter { !["the", "a", "an", "our"].contains($0.lowercased()) }.joined(separator: " ")
            let section = bare.isEmpty || ["docs", "doc", "documentation", "runbook", "runbooks", "wiki", "playbook", "playbooks"].contains(bare.lowercased()) ? "Rollback" : bare
            return "Name the document, the section and its content: " + q("Update the <service> runbook with a “\(section)” section: steps, commands and how to verify") + "."
        }
        if says("careful", "training", "remind", "aware", "educat", "attention") || saysWord("train", "trained") {
            // "Be more careful when editing production configuration" → a safeguard before that step
            if let w = (s.span(k, s.count)).first(where: { ["when", "before", "while"].contains(s.w[$0]) }), let g = s.word(w + 1), g.hasSuffix("ing") {
                let step = Rewrite.cleanRest(s, from: w + 1)
                return "Replace reliance on care with a safeguard: " + q("Require a confirmation prompt and a second approver in the tool before \(step.lowercasedFirst)") + "."
            }
            return "Replace reliance on care with a safeguard: " + q(topic.isEmpty ? "Add a confirmation prompt and a second approver to <the tool or step where the slip happened>" : "Build a checklist and a confirmation step into \(topic), so the safe path does not depend on memory") + "."
        }
        if says("bug", "fix") {
            return "Name the defect, the place and the ticket: " + q("Patch \(topic.isEmpty ? "the memory leak" : topic) in <component> (TICKET-123) and add a regression test") + "."
        }
        if says("investigat", "look into", "look at", "explor", "research", "understand", "analy") {
            return "Make the outcome concrete: " + q("Find the cause of \(topic.isEmpty ? "<the symptom>" : topic), record it in TICKET-123 and file one action per finding by <YYYY-MM-DD>") + "."
        }
        if says("review", "audit", "assess", "evaluat") || saysWord("check", "checks", "checking", "recheck", "double-check") {
            return "Say what is reviewed against what, and the output: " + q("Audit \(topic.isEmpty ? "<the config>" : topic) against <checklist>, filing a ticket per gap, by <YYYY-MM-DD>") + "."
        }
        // "Make the system more resilient to network partitions" → keep the goal, ask for the mechanism
        if s.w[k] == "make", let m = (s.span(k + 1, s.count)).first(where: { ["more", "less"].contains(s.w[$0]) }), m > k + 1 {
            let np = s.text(k + 1, m - 1)
            let goal = Rewrite.cleanRest(s, from: m)
            if !goal.isEmpty {
                return "Name the mechanism and how to check it: " + q("Add <the specific mechanism> so that \(np.lowercasedFirst) is \(goal), done when <a test, drill or alert proves it>") + "."
            }
        }
        return "Say what will exist when it is done and how to check it: " + q(topic.isEmpty ? "<Add/Automate/Enforce> <the specific change> in <system>, done when <measurable check: threshold, alert, test, runbook section>" : "<Add/Automate/Enforce> <the specific change> for \(topic), done when <measurable check: threshold, alert, test, runbook section>") + "."
    }
}
