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
        "answer", "back", "update", "document", "run", "renew", "page", "coordinate", "announce", "check-in", "pay", "care", "bother",
        "see", "realize", "realise", "spot", "recognize", "recognise", "turn", "remove", "restore", "rotate", "revert", "roll", "apply", "test-run", "act",
        "attend", "walk", "chase", "brief", "loop"]
    /// Things "they" can stand for: "pages were sent but they did not reach the administrators".
    static let thingPlurals: Set<String> = ["pages", "alerts", "alarms", "emails", "messages", "notifications", "requests", "packets", "jobs", "queries", "builds", "tests",
        "checks", "updates", "certificates", "certs", "servers", "nodes", "pods", "backups", "files", "disks", "logs", "metrics", "tickets", "reports", "patches", "changes",
        "commits", "releases", "deployments", "hosts", "instances", "containers", "replicas", "services", "scripts", "tasks", "batches", "orders", "payments", "texts", "sms"]
    static let blameAdjectives: Set<String> = ["careless", "negligent", "sloppy", "lazy", "reckless", "inattentive", "incompetent", "irresponsible", "distracted", "asleep", "complacent", "unprofessional", "sleeping", "dismissive", "uncooperative", "obstructive", "unhelpful", "indifferent"]
    static let negativeOutcome: Set<String> = ["outage", "outages", "incident", "error", "errors", "failed", "failure", "failures", "down", "broke",
        "overwritten", "exposed", "leaked", "truncated",
        "broken", "crashed", "crash", "lost", "loss", "corrupted", "corruption", "degraded", "degradation", "unavailable", "impact", "downtime",
        "deleted", "disruption", "timeouts", "500s", "5xx", "interruption", "broke", "breaking", "regression", "bug", "problem", "issue", "locked",
        "offline", "unnoticed", "undetected", "unseen", "unanswered", "filled", "doubled", "exhausted", "extended", "reach", "reached",
        "unhealthy", "buckled", "collapsed", "overwhelmed", "overloaded", "saturated", "stalled", "froze", "melted", "timed", "storm", "meltdown", "cascade", "invalidated", "disconnected", "evicted"]

    // MARK: blame

    func blame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        var out: [RawFinding] = []
        var k = 0
        while k < s.count {
            if let found = finder.agent(s, at: k) {
                let a = withAppositive(found, in: s)
                // "if they did not identify ...", "in case someone forgets": a hypothetical, not what happened
                if LanguageChecker.hypothetical(s, before: a.start) { k = a.end + 1; continue }
                // ("We have Fabric installed on the Android app": a tool had installed, the object of "have", not someone acting)
                if a.start > 0, ["have", "has", "had"].contains(s.w[a.start - 1]), a.start == a.end, s.toks[a.start].isCapitalized, let n = s.word(a.end + 1),
                   ["installed", "deployed", "configured", "enabled", "running", "set", "integrated"].contains(n) { k = a.end + 1; continue }
                // ("someone had uploaded malicious content on the service": an outsider's abuse, not a colleague's act)
                if LanguageChecker.outsiderAbuse(s, a) { k = a.end + 1; continue }
                // "The problem was not that an engineer made a mistake": the reading the writer rejects
                // ("It is tempting to write that the reviewer missed it, but ...": the same reading, named and set aside)
                if a.start >= 2, s.w[a.start - 1] == "that" || AgentFinder.determiners.contains(s.w[a.start - 1]) && a.start >= 3 && s.w[a.start - 2] == "that",
                   s.span(max(0, a.start - 6), a.start).contains(where: { s.has("was not that", at: $0) || s.has("is not that", at: $0) || s.has("wasn't that", at: $0) || s.has("isn't that", at: $0) || s.has("not because", at: $0)
                       || s.has("tempting to", at: $0) && s.span(0, s.count).contains(where: { ["but", "however"].contains(s.w[$0]) }) }) { k = a.end + 1; continue }
                // ("Although pages were correctly sent they did not reach the correct administrators": "they" are the pages)
                // ("38 creators told support they had missed a supplier deadline": "they" are the people the outage hit, telling what it cost them)
                if a.strength == .they, let t = s.span(0, a.start).last(where: { LanguageChecker.isPluralNoun(s.w[$0]) }), Coach.populationNouns.contains(s.w[t]),
                   s.span(t + 1, a.start).contains(where: { ["told", "said", "reported", "explained", "wrote", "complained", "mentioned", "say", "tell"].contains(s.w[$0]) }) { k = a.end + 1; continue }
                if a.strength == .they, let t = s.span(0, a.start).last(where: { LanguageChecker.isPluralNoun(s.w[$0]) }), LanguageChecker.thingPlurals.contains(s.w[t]),
                   !s.span(t + 1, a.start).contains(where: { LanguageChecker.isPluralNoun(s.w[$0]) || Lex.roles.contains(s.w[$0]) }) { k = a.end + 1; continue }
                // ("Put user pods in a separate pool, so they do not create pressure on the core pods": a purpose about things)
                if a.strength == .they, a.start > 0, s.w[a.start - 1] == "so" || s.w[a.start - 1] == "that" && s.word(a.start - 2) == "so" { k = a.end + 1; continue }
                // "our contract with the vendor does not restrict ...": the person is a preposition's object, not the verb's subject
                // (but "due to the DBA restoring ...", "thanks to the NOC sitting on ..." name the person's act as the cause)
                // ("went to a colleague who was on holiday that week and did not act on them": the relative clause carries their act)
                if LanguageChecker.objectOfPreposition(s, before: a.start), s.word(a.end + 1) != "who", !(s.word(a.end + 1) == "," && s.word(a.end + 2) == "who"),
                   !(s.span(a.start, a.end + 1).contains(where: { s.w[$0] == "who" }) && ["did", "didn't", "never", "failed"].contains(s.word(a.end + 1) ?? "")) {
                    if let f = gerundCauseBlame(after: a, in: s) { out.append(f) }
                    k = a.end + 1; continue
                }
                // "Yes, someone loaded the wrong file, but the real cause is that our order router takes any CSV": the act conceded, the
                // cause put in the system
                if s.span(a.end + 1, s.count).contains(where: { b in ["but", "however"].contains(s.w[b]) && s.span(b + 1, b + 4).contains(where: { ["real", "actual", "underlying", "deeper", "root", "true"].contains(s.w[$0]) })
                    && s.span(b + 2, b + 5).contains(where: { ["cause", "problem", "issue", "question", "failure", "gap"].contains(s.w[$0]) })
                    // (the "real cause" must be a thing: "but the real problem is that he never listens" is still about him)
                    && !s.span(b + 1, s.count).contains(where: { ["he", "she", "him", "her", "his", "they", "them"].contains(s.w[$0]) || finder.agent(s, at: $0)?.strength == .strong }) }) { k = a.end + 1; continue }
                if let f = agentBlame(a, in: s, role: role) { out.append(f) }
                k = a.end + 1
                continue
            }
            k += 1
        }
        // ("nobody's going to be in trouble for this; the forecaster used the tool we gave her, and the tool let her down": absolved in so many words)
        if ["nobody's going to be in trouble", "nobody is going to be in trouble", "no one is going to be in trouble", "no one's going to be in trouble", "nobody is to blame",
            "no one is to blame", "nobody's fault", "no one's fault", "not her fault", "not his fault", "not their fault"].contains(where: { s.find($0) != nil }) { return [] }
        out += possessiveBlame(s)
        out += passiveBlame(s, role: role)
        out += trainingBlame(s)
        out += accountabilityBlame(s, role: role)
        out += onPersonBlame(s)
        out += authoredHarmBlame(s)
        out += upToPersonBlame(s)
        out += sanctionBlame(s)
        out += verdictBlame(s)
        out += delayPutOnPerson(s)
        out += tracedToPersonBlame(s, role: role)
        out += failureOfPersonBlame(s)
        out += nobodyFromGroupBlame(s)
        if let f = whyDidBlame(s) { out.append(f) }
        // one blame finding per agent is plenty
        var seen = Set<Int>()
        return out.filter { f in
            if f.check != "blame" { return true }
            return seen.insert(f.at).inserted
        }
    }

    /// The sentence read again without an aside that splits a person from their verb:
    /// "the customer (Larkhill Group, 14 venues) kept re-confirming holds ..." reads as "the customer kept re-confirming holds ...".
    /// Returns the shorter sentence with its blame findings, whose positions are in it.
    func blameAcrossAside(_ s: Sentence, role: TextRole) -> (Sentence, [RawFinding])? {
        guard let open = s.toks.indices.first(where: { s.toks[$0].text == "(" && $0 > 0 }),
              let close = s.toks[open...].firstIndex(where: { $0.text == ")" }), close - open <= 10, close + 1 < s.count, s.isWord(close + 1),
              // only an aside that names or counts ("(Larkhill Group, 14 venues)"), never one that gives a reason ("(per the runbook)")
              !s.span(open + 1, close).contains(where: { ["as", "per", "which", "who", "because", "since", "designed", "expected", "planned", "approved", "runbook", "policy", "correctly", "rightly"].contains(s.w[$0]) }),
              case let bare = Sentence(Array(s.toks[..<open]) + Array(s.toks[(close + 1)...])),
              (0..<open).contains(where: { k in finder.agent(bare, at: k).map { $0.end == open - 1 } ?? false }) else { return nil }
        let found = blame(bare, role: role).filter { $0.check == "blame" }
        return found.isEmpty ? nil : (bare, found)
    }

    /// A timeline entry told in the present, read again in the past: "13:05 – Jono signs off the rollout without checking ..."
    /// reads as "Jono signed off ...", and "doesnt tell day shift" as "didn't tell day shift".
    func blameInPresent(_ s: Sentence, role: TextRole) -> (Sentence, [RawFinding])? {
        guard role == .timeline else { return nil }
        // (read past the entry's time, so that its first name opens the sentence: "13:05 – Jono signs off ...")
        var k = 0
        while k < s.count, !s.isWord(k) || s.toks[k].hasDigit || ["mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
            "utc", "am", "pm"].contains(s.w[k]) { k += 1 }
        guard k < s.count else { return nil }
        let s = k > 0 ? Sentence(Array(s.toks[k...])) : s
        var toks = s.toks, changed = false
        for i in s.span(1, s.count) where s.isWord(i) {
            // ("puts compressor A in maintenance mode and goes home without ...": the verbs the person's first act is joined to)
            guard (0..<i).contains(where: { k in finder.agent(s, at: k).map { $0.end == i - 1 && $0.isBlameable } ?? false }) || [",", "and", "then"].contains(s.w[i - 1]) && changed else { continue }
            if let p = English.past(ofPresent: s.w[i]) { toks[i].text = p; toks[i].lower = p; changed = true }
            else if ["doesn't", "does"].contains(s.w[i]) { toks[i].lower = s.w[i] == "does" ? "did" : "didn't"; toks[i].text = toks[i].lower; changed = true }
        }
        guard changed else { return nil }
        let past = Sentence(toks)
        let found = blame(past, role: role).filter { $0.check == "blame" }
        return found.isEmpty ? nil : (past, found)
    }

    /// A cause told in the present progressive, as second-language writers often do, read again in the past:
    /// "site dispatcher is ignoring the geofence warning popup, that is the reason ..." reads as "site dispatcher ignored ...".
    /// Only in the sections that state causes, where the present cannot be a report of work under way.
    func blameInSimplePast(_ s: Sentence, role: TextRole) -> (Sentence, [RawFinding])? {
        guard [.rootCause, .contributingFactors, .whys].contains(role),
              let i = s.span(1, s.count - 1).first(where: { ["is", "are"].contains(s.w[$0]) && English.past(ofGerund: s.w[$0 + 1]) != nil }),
              let past = English.past(ofGerund: s.w[i + 1]),
              (0..<i).contains(where: { k in finder.agent(s, at: k).map { $0.end == i - 1 && $0.isBlameable && ($0.strength == .strong || $0.strength == .weak) } ?? false }) else { return nil }
        var verb = s.toks[i + 1]
        verb.text = past
        verb.lower = past
        let simple = Sentence(Array(s.toks[..<i]) + [verb] + Array(s.toks[(i + 2)...]))
        let found = blame(simple, role: role).filter { $0.check == "blame" }
        return found.isEmpty ? nil : (simple, found)
    }

    /// What the sentence says the person did, read by each framing in turn; the first that finds blame wins.
    func agentBlame(_ a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        var a = a
        // "It was Dana who pushed the bracket refresh ...": the cleft's "who" belongs to the person, and the act follows it
        // ("It was Henrik's team that let the cert expire": "that" after a team does the same)
        if s.word(a.end + 1) == "who" || s.word(a.end + 1) == "that" && ["team", "teams", "group", "department", "crew", "squad"].contains(s.w[a.end]),
           a.start >= 2, ["was", "is"].contains(s.w[a.start - 1]), s.w[a.start - 2] == "it" { a.end += 1 }
        let readings: [() -> RawFinding?] = [
            { verbPhrase(after: a, in: s, role: role) }, { consequenceBlame(after: a, in: s) }, { framingBlame(after: a, in: s) },
            { harmLinkedBlame(after: a, in: s) }, { personalRemedyBlame(after: a, in: s, role: role) }, { gerundCauseBlame(after: a, in: s) },
            { restrictionBlame(after: a, in: s, role: role) }, { defianceBlame(after: a, in: s) }, { outsiderBlame(after: a, in: s) },
            { selfBlame(after: a, in: s) }, { beliefBlame(after: a, in: s, role: role) }, { warningBlame(after: a, in: s, role: role) },
            { heldUpBlame(after: a, in: s) }, { unwatchedChangeBlame(after: a, in: s) }, { overriddenSafeguardBlame(after: a, in: s, role: role) }, { choseOverOptionBlame(after: a, in: s, role: role) },
        ]
        for read in readings { if let f = read() { return f } }
        return nil
    }

    /// Is the person at `start` the object of a preposition ("with the vendor", "to the DBA"), not a causal link ("due to")?
    static func objectOfPreposition(_ s: Sentence, before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) || s.toks[k].isPossessive { k -= 1 }
        // ("tilt-tray sorter in BHS sent bags to wrong laterals": the place a machine sits in)
        guard k >= 0, s.isWord(k), ["with", "to", "for", "from", "about", "between", "among", "towards", "toward", "against", "than", "like"].contains(s.w[k])
            || s.w[k] == "in" && s.toks[start].isAllCaps && k > 0 && s.isWord(k - 1) && !AgentFinder.determiners.contains(s.w[k - 1]) && !Lex.roles.contains(s.w[k - 1]) && !["someone", "somebody", "nobody", "everyone"].contains(s.w[k - 1]) else { return false }
        if s.w[k] == "to", k > 0, ["due", "thanks", "owing", "down", "back", "traces", "traced", "lost", "directly", "up"].contains(s.w[k - 1]) { return false }
        return true
    }

    /// Is the person an unnamed outsider doing harm on purpose ("someone had uploaded malicious content", "a user sent spam
    /// through the form")? Abuse is a threat to design for, not a colleague's slip to be blameless about.
    static func outsiderAbuse(_ s: Sentence, _ a: Agent) -> Bool {
        ["someone", "somebody"].contains(s.w[a.start]) || ["user", "users", "customer", "attacker", "attackers", "actor"].contains(s.w[a.end])
            ? s.containsAny(["malicious", "malware", "phishing", "spam", "fraudulent", "abusive", "illegal", "attack", "exploit", "exploited"]) : false
    }

    /// Is the person at `start` the subject of an if-clause?
    static func hypothetical(_ s: Sentence, before start: Int) -> Bool {
        var k = start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) || ["ever"].contains(s.w[k]) { k -= 1 }
        guard k >= 0 else { return false }
        return ["if", "unless", "whether", "lest"].contains(s.w[k]) || s.has("in case", at: max(0, k - 1))
    }

    static let lapseVerbs: [String: String] = ["expire": "expired", "lapse": "lapsed", "fill": "filled up", "run": "ran out", "slip": "slipped",
        "rot": "went stale", "overflow": "overflowed", "drift": "drifted", "die": "stopped", "decay": "decayed", "exhaust": "ran out", "go": "went unattended",
        "age": "aged out", "accumulate": "accumulated", "grow": "grew unchecked", "lapsed": "lapsed", "expired": "expired"]
    static let consequenceMarkers: [String] = ["so", "which meant", "meaning", "as a result", "therefore", "and so", "which is why", "so that",
        "and that is how", "and that's how", "which is how", "that is how", "that's how", "and that is why", "and that's why",
        "which let", "which allowed", "which extended", "letting", "allowing", "leaving", "which made", "which caused", "which broke", "that's why", "that is why",
        "which is what", "and that is what", "that is what", "that's what", "and this is what", "and that was what", "which was what", "and this was the direct cause", "that's most of why", "that is most of why", "which is most of why", "what made", "what caused", "what meant"]
    /// A verdict that closes the story at the act: "that's the root of all this", "and that's the whole story".
    static let wholeCauseVerdicts: [String] = ["that's the root", "that is the root", "that was the root", "which is the root", "which was the root",
        "that's the whole story", "that is the whole story", "that's the whole reason", "that's the cause", "that is the cause", "that was the cause", "which was the cause", "end of story"]
    /// "so that units in the field could be given addresses": the act's purpose, not its consequence.
    static func isPurpose(_ s: Sentence, at m: Int) -> Bool {
        s.has("so that", at: m) && s.span(m + 2, min(s.count, m + 10)).contains(where: { ["could", "can", "would", "might"].contains(s.w[$0]) })
    }
    static let remedyWords: Set<String> = ["stopped", "recovered", "resolved", "returned", "mitigated", "restored", "cleared", "fixed", "healthy", "normal", "baseline", "succeeded", "worked", "drained"]

    /// "The SRE team let the certificate expire"; "Rahul disabled the alert last month, so nobody was paged":
    /// a person or team as the agent of an omission, or of a change followed by its harmful consequence.
    func consequenceBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) && !["was", "were", "is", "are", "be", "been"].contains(s.w[j]) { j += 1 }
        guard j < s.count, s.isWord(j) else { return nil }
        // ("Jess (Store Ops) to add supplier changes to the freeze policy ..., so no change lands within 14 days": a task given, and its purpose)
        if s.w[j] == "to" || s.span(a.end + 1, j).contains(where: { s.w[$0] == "to" }) { return nil }
        // "The dispatcher team has overridden the surge limits, so ...": the present perfect tells the same act
        if ["has", "have", "had"].contains(s.w[j]), let p = s.word(j + 1), let past = English.past(ofParticiple: p), Lex.changeVerbs.contains(past) { j += 1 }
        // "Emre was pushing the image over the stable one, and all the builds took the broken base image": the act told in progress
        let progressive = ["was", "were"].contains(s.w[j]) && s.word(j + 1).flatMap { English.past(ofGerund: $0) }.map { Lex.changeVerbs.contains($0) } == true
        if progressive { j += 1 }
        let v = progressive ? English.past(ofGerund: s.w[j]) ?? s.w[j] : English.past(ofParticiple: s.w[j]).flatMap { Lex.changeVerbs.contains($0) ? $0 : nil } ?? s.w[j]
        if v == "let" || v == "allowed" {
            for q in s.span(j + 1, j + 8) where s.isWord(q) {
                if s.isPunct(q) || Lex.clauseBreakers.contains(s.w[q]) && s.w[q] != "to" { break }
                guard let past = LanguageChecker.lapseVerbs[s.w[q]] else { continue }
                if s.w[q] == "run" && s.word(q + 1) != "out" || s.w[q] == "fill" && s.word(q + 1) != "up" { continue }
                var objStart = j + 1
                if s.word(objStart) == "the" || s.word(objStart) == "a" || s.word(objStart) == "an" { objStart += 1 }
                let obj = objStart <= q - 1 ? s.text(objStart, q - 1) : "it"
                let objText = obj.hasPrefix("it") ? "It" : "The " + obj
                return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, q),
                                  message: "\"\(agentText(s, a)) \(v) ... \(s.w[q])\" makes a person or team the agent of an omission; describe what in the system let it happen.",
                                  better: "Describe what the system did not do: " + Rewrite.quote("\(objText) \(past); nothing renewed or checked it automatically, and no alert fired before it had impact") + " Then ask why it depended on someone remembering.")
            }
            return nil
        }
        // ("opened the wrong valve, and that is what left your street without water": any act on the wrong thing)
        guard Lex.changeVerbs.contains(v) || English.isPast(v) && s.span(j + 1, j + 4).contains(where: { s.w[$0] == "wrong" }), !isPlannedWork(s, from: j + 1) else { return nil }
        if isRemedyAct(s, from: j + 1) || isLeavingJob(s, from: j + 1) { return nil }
        // ("97 volunteers turned up an hour early": arriving, not a change)
        if ["turned", "showed"].contains(v), s.word(j + 1) == "up" { return nil }
        // "the contractor's dev pushed the cache TTL change on release day; that's the root of all this": the act given as the whole cause
        if let m = s.span(j + 1, s.count).first(where: { k in LanguageChecker.wholeCauseVerdicts.contains { s.has($0, at: k) } }), !subjectSwitched(s, from: j, to: m) {
            let obj = Rewrite.cleanRest(s, from: j + 1).split(separator: " ").prefix(while: { !["on", "at", "during", "before", "after", "last", "yesterday"].contains($0.lowercased()) }).joined(separator: " ")
            guard !obj.isEmpty else { return nil }
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j),
                              message: "\"\(agentText(s, a)) \(v) ...\" is given as the whole cause; a person's action is where the review starts, not where it ends.",
                              better: "Describe the change and what let it through: " + Rewrite.quote("\(obj.capitalizedFirst) \(English.be(for: obj)) \(English.participle(ofPast: v)); <the check that would have stopped it> was not in place") + " Then ask why that was possible.")
        }
        for m in s.span(j + 1, s.count) {
            // "dropped the old index, and a few seconds later both secondaries became unhealthy", "sent the campaign early, and the
            // signup flow buckled": the harm told straight after the act
            let then = s.w[m] == "and" && m > j + 1 && s.isPunct(m - 1) ? s.span(m + 1, m + 6).first(where: { ["later", "afterwards", "after", "shortly", "immediately", "moments", "soon"].contains(s.w[$0]) }) : nil
            let newSubject = s.w[m] == "and" && m > j + 1 && s.isPunct(m - 1) && ["the", "our", "both", "all", "every", "production", "prod"].contains(s.word(m + 1) ?? "") ? m + 1 : nil
            // "... at once and turned a partial outage into a full registration storm": the act made it worse
            let into = ["turned", "turning"].contains(s.w[m]) ? s.span(m + 1, m + 9).first(where: { s.w[$0] == "into" }) : nil
            guard let mk = LanguageChecker.consequenceMarkers.first(where: { s.has($0, at: m) }) ?? (then ?? newSubject ?? into).map({ _ in "and" }) else { continue }
            // ("moved two call-takers to radio so that units in the field could be given addresses": a purpose, not a consequence)
            if LanguageChecker.isPurpose(s, at: m) { return nil }
            // (", what made the recovery longer" is a non-native "which"; "we don't know what caused it" is not a consequence)
            if mk.hasPrefix("what "), !s.isPunct(m - 1) { continue }
            // ("stopped the scheduler at 07:05 and after she made the refund script, we run it in batches so the rate limit is not hit":
            // the "so" belongs to another clause, with its own subject)
            if subjectSwitched(s, from: j, to: m) { return nil }
            let cStart = into.map { $0 + 1 } ?? then.map { $0 + 1 } ?? newSubject ?? (m + mk.split(separator: " ").count)
            guard cStart < s.count else { return nil }
            let cons = s.w[s.span(cStart, s.count)]
            // ("so the end-of-day feed was sent two times", "which made the billing run to fail")
            let harmful = cons.contains { ["nobody", "no-one", "nothing", "never", "not", "no", "twice", "wrong", "without", "wiped", "mess", "duplicate", "duplicated", "fail", "fails", "stale", "accessed", "exposed", "leaked", "stolen", "worse"].contains($0) || $0.hasSuffix("n't") || LanguageChecker.negativeOutcome.contains($0) }
                || cons.joined(separator: " ").contains("two times")
                // ("..., so the temperature went up to 14 degrees": a plant or a cold chain driven out of range)
                || cons.contains(where: { ["overheated", "thawed", "spoiled", "warmed", "excursion", "out-of-range"].contains($0) })
                || ["temperature", "temperatures", "pressure", "humidity", "level"].contains(where: { cons.contains($0) }) && (["rose", "risen", "climbed", "spiked", "exceeded"].contains(where: { cons.contains($0) }) || cons.joined(separator: " ").contains("went up") || cons.joined(separator: " ").contains("gone up"))
            // ("..., so the health checks no longer bounced", "... bounced as intended": relief, or the act doing its job)
            // ("..., and the Branch found no case in which a passenger was refused a seat": harm looked for and not found)
            // ("..., and the recipe system was locked for machine J7 until verification": a hold put on as containment)
            if cons.contains("until"), cons.contains(where: { ["verification", "verified", "review", "reviewed", "checked", "confirmed", "cleared", "investigation", "inspection", "inspected", "released"].contains($0) }) { return nil }
            if cons.joined(separator: " ").contains("no longer") || ["as intended", "as designed", "as expected", "as planned"].contains(where: { s.find($0) != nil })
                || ["found no", "no case", "no cases", "no instance", "no instances", "no evidence", "no reports", "no report"].contains(where: { p in s.span(cStart, s.count).contains { s.has(p, at: $0) } }) { return nil }
            // ("..., and the error rate dropped to 0 by 16:40": the remedy working)
            if cons.contains(where: { ["fell", "decreased", "subsided", "eased", "improved"].contains($0) }) || cons.contains("dropped") && cons.contains(where: { ["rate", "rates", "latency", "errors", "queue", "backlog"].contains($0) }) { return nil }
            // ("the forecaster used the tool we gave her, and the tool let her down": the tool failed the person, not the other way round)
            if s.span(cStart, s.count).contains(where: { s.w[$0] == "let" && ["her", "him", "them", "us", "me"].contains(s.word($0 + 1) ?? "") && s.word($0 + 2) == "down" }) { return nil }
            // ("..., and the on-call opened the incident at 06:24": the response starting, not harm)
            if !harmful || cons.contains(where: { LanguageChecker.remedyWords.contains($0) || ["opened", "declared", "paged", "escalated", "notified", "alerted"].contains($0) }) { return nil }
            var obj = Rewrite.cleanRest(s, from: j + 1)
            // a time phrase goes after the verb: "The alert was disabled last month", not "The alert last month was disabled"
            var when = ""
            let ow = obj.split(separator: " ").map(String.init)
            if let t = ow.indices.first(where: { $0 > 0 && ["last", "yesterday", "earlier", "previously", "recently", "ago", "on", "at", "during", "before", "after", "while"].contains(ow[$0].lowercased()) }) {
                when = " " + ow[t...].joined(separator: " "); obj = ow[..<t].joined(separator: " ")
            }
            let pp = English.participle(ofPast: v)
            let conseq = Rewrite.cleanRest(s, from: cStart)
            guard !obj.isEmpty, !conseq.isEmpty else { return nil }
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, j),
                              message: "\"\(agentText(s, a)) \(v) ..., so ...\" makes a person's action the cause of the harm; describe the change and what let it have that effect.",
                              better: "Describe the change, not the person: " + Rewrite.quote("\(obj.capitalizedFirst) \(English.be(for: obj)) \(pp)\(when)\(mk.hasPrefix("which ") ? ", " + mk : ", so") \(conseq)") + " Then say what let the change go unnoticed (no review, no alert on a disabled alert).")
        }
        return nil
    }

    /// Does the clause just before `m` have its own subject, "we" or "I"? ("..., we run it in batches of 200 so the rate limit is not hit")
    func subjectSwitched(_ s: Sentence, from j: Int, to m: Int) -> Bool {
        let c = s.span(j + 1, m).last(where: { s.isPunct($0) && s.w[$0] == "," }) ?? j
        return s.span(c + 1, m).contains(where: { ["we", "i"].contains(s.w[$0]) })
    }

    /// "Why did Kenji re-open the auction before the order book was rebuilt??", "Why did nobody on the SIS team check the script?":
    /// a question that puts a person or team on the spot instead of asking what made the act look right.
    func whyDidBlame(_ s: Sentence) -> RawFinding? {
        guard s.isQuestion, let w = s.word(s.firstWordIndex), w == "why", let d = s.word(s.firstWordIndex + 1),
              ["did", "didn't", "would", "wouldn't", "was", "wasn't", "were", "weren't", "has", "hasn't", "had", "hadn't"].contains(d) else { return nil }
        var k = s.firstWordIndex + 2
        // "Why did nobody on the SIS team check ...", "why did no one ..."
        if ["nobody", "no-one", "noone"].contains(s.word(k) ?? "") || s.word(k) == "no" && s.word(k + 1) == "one" {
            let e = s.word(k) == "no" ? k + 1 : k
            guard let g = finder.groupTail(s, after: e) else { return nil }
            k = g
        } else {
            guard let a = finder.agent(s, at: k), a.isBlameable, a.strength != .they else { return nil }
            k = a.end
        }
        guard let v = s.word(k + 1), s.isWord(k + 1), !["need", "have", "get", "receive", "know"].contains(v) else { return nil }
        let st = s.firstWordIndex
        return RawFinding(check: "blame", at: st, excerpt: s.text(st, k + 1),
                          message: "\"\(s.text(st, k + 1))\" puts a person on the spot; ask what made the action look right at the time and what would have caught it.",
                          better: "Ask about the system instead: " + Rewrite.quote("What made <the step> look safe at the time, and what would have flagged it before it ran?"))
    }

    /// In a root cause, "The engineer making the change thought `pull_request_target` ran the master copy": the cause put in a
    /// person's head. ("We assumed the replica was in sync" stays the team's account.)
    func beliefBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        if let f = actedOnBeliefBlame(after: a, in: s) { return f }
        if role != .wentWell, let f = misreadAsCause(after: a, in: s) { return f }
        guard a.strength == .strong, [.rootCause, .contributingFactors, .whys].contains(role) else { return nil }
        guard let v = s.word(a.end + 1), ["thought", "assumed", "believed", "figured", "presumed"].contains(v) else { return nil }
        let who = agentText(s, a)
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, a.end + 1),
                          message: "This puts the cause in what \(AgentFinder.determiners.contains(s.w[a.start]) ? who.lowercasedFirst : who) believed; say what made that belief reasonable and what would have shown otherwise.",
                          better: "Describe what the system made easy to believe: " + Rewrite.quote("<The feature> looks like it does <X>, and nothing in <the docs, review or tests> showed that it does <Y>"))
    }

    /// "nothing was escalated until 13:40 because Marek treated it as a routine backlog": how a person read the signal, given as the cause.
    func misreadAsCause(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, causalMarkerBefore(s, a.start) else { return nil }
        var j = a.end + 1
        // ("because Marek, the analyst on shift, treated it as ...": past the appositive)
        if s.word(j) == ",", let c = s.span(j + 1, j + 8).first(where: { s.w[$0] == "," }) { j = c + 1 }
        while let x = s.word(j), ["just", "simply", "initially", "first", "had", "wrongly", "mistakenly"].contains(x) { j += 1 }
        guard let v = s.word(j), ["treated", "dismissed", "wrote", "mistook", "took", "misread", "classed", "classified", "read", "written"].contains(v) else { return nil }
        // the reading: "treated it as", "took it for", "wrote it off as", "read the spike as"
        guard let o = s.span(j + 1, j + 6).first(where: { ["as", "for"].contains(s.w[$0]) }), v != "took" || s.w[o] == "for", v != "read" || s.w[o] == "as",
              s.span(j + 1, o).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }),
              // the signal downplayed ("a routine backlog", "normal holiday traffic", "noise"), not a reading that was right or that the runbook gave
              s.span(o + 1, o + 6).contains(where: { ["routine", "normal", "usual", "known", "noise", "noisy", "false", "flap", "flapping", "blip", "glitch", "expected", "benign", "harmless", "test", "spam", "duplicate", "minor", "transient", "nothing", "user", "reporter", "seasonal"].contains(s.w[$0]) }),
              !s.span(o, s.count).contains(where: { ["runbook", "policy", "procedure", "lists", "correctly", "rightly", "genuine", "real"].contains(s.w[$0]) }) else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, o),
                          message: "This makes how \(nameInProse(s, a)) read the signal the cause; say what it looked like at the time and what would have told it apart.",
                          better: "Say what the signal looked like: " + Rewrite.quote("<The alert> looked like <the routine case> on <the dashboard>; nothing in it showed <what was different>, and nothing escalated it after <N> minutes"))
    }

    /// "Lucía muted the channel because she assumed it was the usual flapping alarm": an act explained by what the person wrongly
    /// believed. Say what made it look that way.
    func actedOnBeliefBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        // (a step taken to fix something on a wrong guess is diagnosis; one that silenced or skipped a safeguard is the story)
        guard a.strength == .strong, let v = s.word(a.end + 1), ["muted", "silenced", "snoozed", "ignored", "dismissed", "skipped", "disabled",
            "suppressed", "overrode", "bypassed"].contains(v) else { return nil }
        // (the belief ends with its clause: "..., then opened the dashboard" is the next act)
        let end = s.span(a.end + 2, s.count).first(where: { s.isPunct($0) && s.w[$0] != "-" || ["and", "then", "but", "so"].contains(s.w[$0]) && $0 > a.end + 4 }) ?? s.count
        guard let c = s.span(a.end + 2, end).first(where: { ["because", "as", "since"].contains(s.w[$0]) }),
              ["he", "she", "they"].contains(s.word(c + 1) ?? "") || finder.agent(s, at: c + 1)?.strength == .strong,
              let bv = s.span(c + 2, min(end, c + 5)).first(where: { ["assumed", "thought", "believed", "figured", "presumed", "expected"].contains(s.w[$0]) }) else { return nil }
        var obj = s.text(a.end + 2, c - 1).trimmingCharacters(in: .whitespaces)
        if obj.hasSuffix(",") { obj.removeLast() }
        guard !obj.isEmpty, obj.split(separator: " ").count <= 8 else { return nil }
        var content = s.span(bv + 1, end).filter { s.isWord($0) || s.toks[$0].kind == .number }.map { s.toks[$0].text }
        if content.first == "that" { content.removeFirst() }
        // "it was the usual flapping alarm" → "it looked like the usual flapping alarm"
        // ("it was safe" → "it looked safe"; "the lint step to catch ..." after "expected" is not a clause, so it is left as it was)
        guard !(content.count > 1 && content[1] == "to") else { return nil }
        let looked = content.count > 2 && ["was", "were"].contains(content[1])
            ? [content[0], ["a", "an", "the", "just", "our", "this", "that", "another", "one"].contains(content[2].lowercased()) ? "looked like" : "looked"] + content[2...]
            : ["it", "seemed"] + (content.first == "it" ? [] : ["that"]) + content
        let prefix = a.start > 0 ? s.text(0, a.start - 1) + " " : ""
        let subject = prefix.isEmpty ? obj.capitalizedFirst : obj.lowercasedFirst
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, bv),
                          message: "This explains the act by what \(AgentFinder.determiners.contains(s.w[a.start]) ? agentText(s, a).lowercasedFirst : agentText(s, a)) wrongly believed; say what made it look that way at the time.",
                          better: "Say what the signal looked like, not what the person assumed: "
                            + Rewrite.quote("\(prefix)\(subject) \(English.be(for: obj)) \(English.participle(ofPast: v)) because \(looked.joined(separator: " ")); nothing in <the alert or dashboard> showed it was different"))
    }

    /// The person as a message names them mid-sentence: "the on-call", "Ana", "she" (a name keeps its capital, a pronoun loses it).
    func nameInProse(_ s: Sentence, _ a: Agent) -> String {
        let t = agentText(s, a)
        if a.start == a.end, ["he", "she", "they", "we", "i"].contains(s.w[a.start]) { return s.w[a.start] == "i" ? "I" : s.w[a.start] }
        // ("Presenter on the overnight show had gone home": a bare role opening the sentence reads "the presenter")
        if a.start == s.firstWordIndex, Lex.roles.contains(s.w[a.start]) { return "the " + s.text(a.start, a.end).lowercased() }
        return AgentFinder.determiners.contains(s.w[a.start]) || AgentFinder.lowerInProse(s.w[a.start]) ? t.lowercasedFirst : t
    }

    func agentText(_ s: Sentence, _ a: Agent) -> String {
        // ("the intern who wrote the cleanup job ...": the person, without the relative pronoun)
        // ("a colleague who was on holiday that week and": the person, without the clause)
        let who = s.span(a.start + 1, a.end + 1).first(where: { s.w[$0] == "who" })
        let t = s.text(a.start, who.map { $0 - 1 } ?? a.end)
        return AgentFinder.determiners.contains(s.w[a.start]) ? t : t.capitalizedFirst
    }
}
