/// Blame carried by a gerund tied to the harm ("an hour lost to Raj insisting it was the network") and by remedies that
/// restrict or summon one person ("Tomasz should not hold production credentials", "Li Wei to explain why he pushed").
extension LanguageChecker {
    /// Links that make what follows the cause: "due to Deepak restarting", "lost to Raj insisting".
    static let gerundCauseLinks: [String] = ["due to", "because of", "thanks to", "owing to", "lost to", "wasted on", "result of", "down to",
        "traces to", "traced to", "directly to", "back to"]

    /// "Most of the second hour was lost to Raj insisting it was a network problem", "due to the DBA restoring the wrong snapshot".
    func gerundCauseBlame(after a: Agent, in s: Sentence) -> RawFinding? {
        guard a.isBlameable || a.strength == .outsider, a.strength != .they, !a.isWeak || a.strength == .initial else { return nil }
        var k = a.start - 1
        while k >= 0, s.isWord(k), AgentFinder.determiners.contains(s.w[k]) { k -= 1 }
        guard k >= 1, let link = LanguageChecker.gerundCauseLinks.first(where: { s.has($0, at: k - 1) }) else { return nil }
        var j = a.end + 1
        while j < s.count, s.isWord(j), Lex.skipAdverbs.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) { j += 1 }
        guard let g = s.word(j), s.isWord(j), g.hasSuffix("ing"), let past = English.past(ofGerund: g) ?? gerundOfInsistence(g) else { return nil }
        // the act was the remedy ("the error rate dropped thanks to Maria rolling back the change") or planned work
        if ["reverted", "fixed", "mitigated", "resolved", "restored", "rolled", "failed", "moved", "switched"].contains(past) && (past != "restored" || !s.span(j + 1, j + 5).contains { s.w[$0] == "wrong" }) { return nil }
        // ("Thanks to the NOC sitting on the alert for forty minutes, a 5-minute blip turned into a 45-minute outage": the harm may follow)
        if link == "thanks to", !s.span(j + 1, s.count).contains(where: { Lex.badModifiers.contains(s.w[$0]) }), !s.w.contains(where: { LanguageChecker.negativeOutcome.contains($0) }) { return nil }
        if plannedAnywhere(s) || hasSystemReason(s, after: j) { return nil }
        let who = agentText(s, a)
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(k - 1, j),
                          message: "\"\(s.text(k - 1, j))\" makes what \(AgentFinder.determiners.contains(s.w[a.start]) ? who.lowercasedFirst : who) did the cause; describe the step and what made it look right at the time.",
                          better: "Describe the step and its context: " + Rewrite.quote("<The step> took <how long>; <what the dashboards or the runbook showed at the time> pointed to it, and nothing set a point at which to change course"))
    }

    /// "insisting", "refusing", "deciding": verbs of will whose past the change lists do not hold.
    private func gerundOfInsistence(_ g: String) -> String? {
        ["insisting": "insisted", "refusing": "refused", "deciding": "decided", "choosing": "chose", "arguing": "argued", "debating": "debated",
         "waiting": "waited", "hesitating": "hesitated", "delaying": "delayed", "ignoring": "ignored", "debugging": "debugged",
         "sitting": "sat", "re-running": "re-ran", "rerunning": "reran", "telling": "told", "muting": "muted", "silencing": "silenced"][g]
    }

    /// Verbs that summon a person to account: "Li Wei to explain to the VP why he pushed ...".
    static let summonVerbs: Set<String> = ["explain", "justify", "apologise", "apologize", "account", "defend"]

    /// Lessons and actions that restrict or summon one person or team instead of changing the system:
    /// "Tomasz should not hold production credentials", "Ops needs to stop pushing network changes on Fridays",
    /// "Jonas to be held accountable", "Li Wei to explain to the VP why he pushed the change".
    func restrictionBlame(after a: Agent, in s: Sentence, role: TextRole) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, !a.isWeak || a.strength == .initial || s.toks[a.start].isCapitalized else { return nil }
        guard [.lessons, .actionItem, .couldBeBetter, .other, .summary].contains(role) else { return nil }
        let j = a.end + 1
        guard let v = s.word(j), s.isWord(j) else { return nil }
        let who = s.text(a.start, a.end)
        // "Li Wei to explain why he pushed ...", "Jonas to be held accountable": an action that opens with the person
        // (not "asked Tomasz to explain the timeline to customers")
        let opensWithPerson = !s.span(s.firstWordIndex, a.start).contains { s.isWord($0) }
        if v == "to", opensWithPerson, let n = s.word(j + 1), LanguageChecker.summonVerbs.contains(n) || n == "be" && s.has("held accountable", at: j + 2) {
            let end = n == "be" ? j + 3 : j + 1
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                              message: "\"\(s.text(a.start, end))\" calls a person to account; a review asks what let the change through, and the action changes that.",
                              better: "Make the action a change to the system: " + Rewrite.quote("Block <the change type> during a freeze window in the deploy tool, with an override that needs a second approver (owner: <team>, due <date>)"))
        }
        // "Ops needs to stop pushing network changes on Friday afternoons"; an action item "Tomasz to stop pushing calibration tables straight to prod"
        // (not a decommissioning task: "Ana to stop sending the daily CSV by email once the SFTP drop is live")
        let itemOrder = v == "to" && opensWithPerson && ["stop", "quit"].contains(s.word(j + 1) ?? "")
            && s.containsAny(["straight", "directly", "without", "prod", "production", "manually", "unreviewed", "untested", "fridays", "friday"]) && !s.containsAny(["once", "when", "after", "until"])
        if itemOrder || ["needs", "need", "has", "have", "must", "should"].contains(v) && ["stop", "quit"].contains(s.word(j + (v == "must" || v == "should" ? 1 : 2)) ?? "")
            && (v == "must" || v == "should" || s.word(j + 1) == "to") {
            let stop = j + (v == "must" || v == "should" || itemOrder ? 1 : 2)
            guard let g = s.word(stop + 1), g.hasSuffix("ing") else { return nil }
            return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, stop + 1),
                              message: "\"\(s.text(a.start, stop + 1))\" puts the fix on \(who.possessive) behaviour; say what the process or tooling will prevent.",
                              better: "Make it a safeguard, not a personal rule: " + Rewrite.quote("The deploy tool blocks <the risky change> in <the window> unless <the owning team> approves it"))
        }
        // "the ops team needs to be much more careful", "engineers need to double-check their work": care asked of people, not a safeguard
        if ["needs", "need", "must", "has", "have", "should"].contains(v) {
            var c = j + 1
            if ["needs", "need", "has", "have"].contains(v) { guard s.word(c) == "to" else { return nil }; c += 1 }
            let rest = s.w[s.span(c, c + 5)].joined(separator: " ")
            // ("needs to be a lot more careful", "need to start taking pages seriously")
            // ("need to take more personal ownership of what they approve": more ownership is more care; "take ownership of the
            // ingress controller" hands a component to a team)
            let caring = s.span(c, c + 6).contains(where: { ["careful", "careless", "seriously", "vigilant", "attentive", "diligent", "disciplined"].contains(s.w[$0])
                || ["ownership", "responsibility"].contains(s.w[$0]) && s.span($0 - 2, $0).contains(where: { ["more", "personal", "greater"].contains(s.w[$0]) }) })
            if let care = ["be more careful", "be much more careful", "be extra careful", "be careful", "double-check", "double check", "triple-check", "triple check",
                           "pay more attention", "pay attention", "be more vigilant", "be vigilant", "be more aware", "take more care", "check their work", "be more thorough",
                           "be extra careful", "be cautious", "be more cautious", "take care"].first(where: { rest.hasPrefix($0) }) ?? (caring ? rest : nil) {
                let end = min(c + min(care.split(separator: " ").count, 6) - 1, s.count - 1)
                return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, end),
                                  message: "\"\(s.text(a.start, end))\" asks people for more care instead of changing the system; add a safeguard that does not depend on it.",
                                  better: Rewrite.forCare(s, a))
            }
        }
        // "Tomasz should not hold production credentials on release night" (a named person; "should not have to" is the system's job)
        guard s.toks[a.start].isCapitalized, !Lex.departments.contains(s.w[a.start]), !Lex.roles.contains(s.w[a.start]), a.strength == .strong else { return nil }
        var n = j + 1
        if ["should", "must"].contains(v), s.word(j + 1) == "not" { n = j + 2 }
        else if !["shouldn't", "mustn't"].contains(v) { return nil }
        guard let act = s.word(n), s.isWord(n), !["have", "need", "be"].contains(act) || act == "be" && ["allowed", "trusted", "given", "able"].contains(s.word(n + 1) ?? "") else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, n),
                          message: "\"\(s.text(a.start, n))\" restricts one person instead of the system; say what access or check everyone will have.",
                          better: "Make it a safeguard, not a personal rule: " + Rewrite.quote("Production credentials are issued per change through <the access tool> and expire after it; nobody holds standing access on release night"))
    }

    /// Sanctions and distrust aimed at people: "send it to his manager", "Have a word with the NOC about ignoring alerts",
    /// "will lose their approval rights", "Marcus owns this failure", "never let Zainab touch DNS", "not to trust anything Rohan says".
    func sanctionBlame(_ s: Sentence) -> [RawFinding] {
        func finding(_ i: Int, _ j: Int) -> [RawFinding] {
            [RawFinding(check: "blame", at: i, excerpt: s.text(i, min(j, s.count - 1)),
                        message: "\"\(s.text(i, min(j, s.count - 1)))\" sanctions or distrusts a person; a review changes the system so the next person cannot make the same move.",
                        better: "Make it a change to the system: " + Rewrite.quote("<The risky step> now needs <a second approval, a check or a guard> in <the tool> (owner: <team>, due <date>)"))]
        }
        for i in 0..<s.count where s.isWord(i) || s.w[i] == ":" {
            let x = s.w[i]
            // ("taken up with him via his line manager": the same, with the route named)
            if ["to", "via", "through"].contains(x), let p = s.word(i + 1), ["his", "her", "their"].contains(p),
               case let m = s.word(i + 2) == "line" ? i + 3 : i + 2, ["manager", "boss", "lead", "supervisor", "director"].contains(s.word(m) ?? "") { return finding(i, m) }
            // ("Have a word with PetLink about their updates": a supplier asked about its product, an exhortation, not a sanction)
            if s.has("have a word with", at: i), finder.agent(s, at: i + 4).map({ [.strong, .weak].contains($0.strength) }) != true && finder.agent(s, at: i + 5).map({ [.strong, .weak].contains($0.strength) }) != true,
               !s.span(i + 5, s.count).contains(where: { s.w[$0].hasSuffix("ing") && s.w[$0 - 1] == "about" }) { continue }
            if s.has("have a word with", at: i) || s.has("a stern word", at: i) || s.has("disciplinary", at: i) || s.has("written warning", at: i) || s.has("written warnings", at: i) || s.has("formal warnings", at: i) || s.has("final warnings", at: i) { return finding(i, i + 3) }
            // "I have spoken to the developer concerned", "the person responsible for the recipe master has been moved to other section":
            // the one who did it, singled out and dealt with
            if s.has("formal warning", at: i) || s.has("final warning", at: i) { return finding(i, i + 1) }
            // ("a foreman was fined $6,000 on 28 May 2009 for permitting the deceased worker to work ...": a person penalised)
            if ["fined", "prosecuted", "convicted", "dismissed", "sacked", "fired", "suspended", "charged"].contains(x), i > 1, ["was", "were", "been"].contains(s.w[i - 1]),
               let a = s.span(max(0, i - 5), i - 1).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.strength == .strong && $0.end == i - 2 }),
               x != "charged" || s.word(i + 1) == "with", x != "dismissed" || !s.containsAny(["claim", "claims", "case", "appeal", "alert", "alarm", "warning"]), x != "fired" || s.word(i + 1) != "at" {
                return finding(a.start, i)
            }
            // "HR to issue a show-cause letter to the technician", "a letter of reprimand", "to be formally warned": a sanction named
            if ["show-cause", "show-case"].contains(x) || s.has("show cause", at: i) && ["letter", "notice"].contains(s.word(i + 2) ?? "") || s.has("letter of reprimand", at: i)
                || s.has("warning letter", at: i) || s.has("performance improvement plan", at: i)
                || ["formally", "officially"].contains(x) && ["warned", "reprimanded", "cautioned", "censured"].contains(s.word(i + 1) ?? "") { return finding(i, i + 2) }
            // "remove the night operator from the on-call rota", "the contractor ... removed from the support rota": a person stood down
            if ["remove", "removed", "removing", "drop", "dropped", "stood", "stand"].contains(x),
               let r = s.span(i + 1, i + 10).first(where: { ["rota", "roster", "rotation"].contains(s.w[$0]) }), let f = s.span(i + 1, r).first(where: { ["from", "off"].contains(s.w[$0]) }),
               s.span(i + 1, f).contains(where: { finder.agent(s, at: $0).map { $0.isBlameable && !$0.isWeak } == true })
                || s.span(max(0, i - 14), i).contains(where: { finder.agent(s, at: $0).map { $0.isBlameable && !$0.isWeak } == true }) && s.span(max(0, i - 4), i).contains(where: { ["be", "been", "was", "were", "and", "is"].contains(s.w[$0]) }) {
                return finding(i, r)
            }
            // "the delay was down to me", "that one is on me": the writer taking the cause on themselves
            if x == "me", i >= 2, s.word(i + 1) != "to", s.has("down to", at: i - 2) && s.span(max(0, i - 5), i - 2).contains(where: { ["was", "is", "'s", "all", "entirely"].contains(s.w[$0]) || s.w[$0].hasSuffix("'s") })
                || s.w[i - 1] == "on" && (["was", "is", "'s"].contains(s.w[i - 2]) || s.w[i - 2].hasSuffix("'s")) && s.span(max(0, i - 5), i - 1).contains(where: { ["that", "this", "it", "that's", "it's", "this's", "one", "delay", "outage"].contains(s.w[$0]) })
                // ("even though the fault lies with me")
                || s.w[i - 1] == "with" && ["lies", "lay", "rests", "rested", "lie"].contains(s.w[i - 2]) && s.span(max(0, i - 5), i - 2).contains(where: { ["fault", "blame", "responsibility"].contains(s.w[$0]) }) { return finding(i - 2, i) }
            // "the manager of the Systems Division has been relieved of his duties", "was stood down from the roster"
            if s.has("relieved of his duties", at: i) || s.has("relieved of her duties", at: i) || s.has("relieved of their duties", at: i) || s.has("relieved of duty", at: i) { return finding(i, i + 2) }
            // "I'm the one who caused this": the writer singling themselves out as the cause
            if ["i'm", "i"].contains(x), let o = s.span(i + 1, i + 4).first(where: { s.has("the one who", at: $0) }), s.span(i + 1, o).allSatisfy({ ["am", "was", "'m"].contains(s.w[$0]) }),
               ["caused", "broke", "did", "started", "triggered"].contains(s.word(o + 3) ?? "") { return finding(i, o + 3) }
            // "whoever in CAB waved through a friday-evening cert change needs to answer for this": made to account for it
            if ["answer", "answers", "pay"].contains(x), s.word(i + 1) == "for", ["this", "it", "that", "the"].contains(s.word(i + 2) ?? ""),
               s.span(max(0, i - 14), i).contains(where: { ["whoever", "someone", "somebody"].contains(s.w[$0]) || finder.agent(s, at: $0).map { $0.isBlameable && $0.strength == .strong } == true }),
               s.span(max(0, i - 3), i).contains(where: { ["needs", "need", "must", "should", "has", "have", "to"].contains(s.w[$0]) }) { return finding(i, i + 2) }
            // "it is him who has caused the incident", "it was the contractor that broke it": a person singled out as the cause
            if x == "it", ["is", "was", "'s"].contains(s.word(i + 1) ?? "") || s.w[i] == "it's",
               let w = s.span(i + 2, i + 10).first(where: { ["who", "that"].contains(s.w[$0]) }),
               s.span(i + 2, w).contains(where: { ["him", "her", "them", "he", "she", "they", "me"].contains(s.w[$0]) || finder.agent(s, at: $0).map { $0.isBlameable && $0.strength == .strong } == true }),
               // ("it was me who muted the card-declines alert ... and never unmuted it": any act singled out on one person)
               // (not "It was Priya who restarted the pods, which restored service": the act that helped)
               s.span(w + 1, w + 4).contains(where: { ["caused", "broke", "introduced", "triggered", "started", "created", "deleted", "published", "approved", "ignored", "skipped"].contains(s.w[$0])
                   || (Lex.changeVerbs.contains(s.w[$0]) || LanguageChecker.silencingVerbs.contains(s.w[$0]))
                       && !s.w.contains(where: { LanguageChecker.recoveryWords.contains($0) || ["back", "spotted", "noticed", "caught", "saved", "helped"].contains($0) }) }) { return finding(i, w) }
            // ("the operator in question": the same postpositive singling out)
            if x == "question", i > 1, s.w[i - 1] == "in", Lex.roles.contains(s.w[i - 2]),
               s.span(max(0, i - 8), i - 2).contains(where: { ["spoken", "spoke", "talked", "word", "met"].contains(s.w[$0]) }) { return finding(max(0, i - 5), i) }
            if ["concerned", "involved", "responsible"].contains(x), i > 0, Lex.roles.contains(s.w[i - 1]) {
                // (not "I spoke to the engineer involved, who walked us through the timeline": a talk to learn, not to correct)
                if s.span(max(0, i - 6), i - 1).contains(where: { ["spoken", "spoke", "talked", "talk", "speak", "met"].contains(s.w[$0]) }),
                   s.span(i + 1, s.count).contains(where: { ["understands", "understood", "reminded", "aware", "accepts", "accepted", "knows", "realises", "realizes", "apologised",
                       "apologized", "wrong", "mistake", "again", "expectations", "consequences", "careful"].contains(s.w[$0]) }) { return finding(max(0, i - 4), i) }
                // (a team moved in a reorganisation is not a person dealt with)
                if ["team", "teams", "group", "department", "squad", "division", "office"].contains(s.w[i - 1]) { continue }
                let next = s.span(i + 1, min(s.count, i + 12)).first { ["has", "have", "was", "were", "is", "will"].contains(s.w[$0]) }
                if let h = next, let v = s.span(h + 1, h + 3).first(where: { ["moved", "reassigned", "removed", "dismissed", "suspended", "transferred", "disciplined", "fired",
                       "retrained", "warned", "reprimanded", "counselled", "counseled", "demoted", "replaced", "relieved", "sacked",
                       // ("The individual responsible for this policy change has been identified": the one singled out)
                       "identified", "named", "dealt", "located", "traced"].contains(s.w[$0]) }),
                   s.word(v + 1) != "by" { return finding(i - 1, v) }
            }
            // "Formal capability procedures have been initiated in respect of the Exams Officer", "placed on a development plan",
            // "to complete a reflective account and supervised practice before next night shift": HR's and a regulator's sanctions
            if x == "capability", ["procedures", "procedure", "proceedings", "process", "hearing", "review", "meeting"].contains(s.word(i + 1) ?? ""),
               s.span(max(0, i - 3), i).contains(where: { ["formal", "under", "initiated", "started", "begun"].contains(s.w[$0]) }) || s.span(i + 2, s.count).contains(where: { ["respect", "against", "initiated", "started", "begun", "opened"].contains(s.w[$0]) }) { return finding(i, i + 1) }
            if ["placed", "put"].contains(x), s.word(i + 1) == "on", s.span(i + 2, i + 5).contains(where: { s.w[$0] == "plan" }),
               s.span(i + 2, i + 5).contains(where: { ["development", "improvement", "performance", "support", "monitoring"].contains(s.w[$0]) }) { return finding(i, i + 4) }
            if s.has("reflective account", at: i) || s.has("reflective statement", at: i) || s.has("supervised practice", at: i),
               s.span(0, i).contains(where: { ["complete", "completes", "write", "submit", "undertake", "undergo", "provide"].contains(s.w[$0]) }),
               s.span(0, i).contains(where: { k in s.toks[k].isAllCaps && s.toks[k].text.count <= 3 && s.isWord(k) || finder.agent(s, at: k).map { $0.isBlameable } == true }) { return finding(i, i + 1) }
            if ["removed", "remove", "stood", "taken", "suspended"].contains(x), let f = s.span(i + 1, i + 3).first(where: { ["from", "off"].contains(s.w[$0]) }),
               let d = s.span(f + 1, f + 5).first(where: { ["duties", "duty", "role", "post", "shift", "shifts", "work"].contains(s.w[$0]) }),
               s.span(f + 1, d).allSatisfy({ s.isWord($0) && !["the", "a", "this"].contains(s.w[$0]) || s.w[$0] == "-" }) || s.span(d + 1, s.count).contains(where: { ["pending", "until"].contains(s.w[$0]) }),
               s.span(0, i).contains(where: { finder.agent(s, at: $0).map { $0.isBlameable } == true }) { return finding(i, d) }
            // "The technician concerned is to complete a competency reassessment and a note will be placed on file"
            if s.has("competency reassessment", at: i) || s.has("competence reassessment", at: i) || s.has("placed on file", at: i) || s.has("placed on his file", at: i) || s.has("placed on her file", at: i) || s.has("placed on their file", at: i),
               s.span(0, i).contains(where: { k in finder.agent(s, at: k).map { $0.isBlameable } == true || ["concerned", "involved"].contains(s.w[k]) }) { return finding(i, min(i + 2, s.count - 1)) }
            if x == "pending", ["retraining", "reassessment", "re-assessment", "re-training", "reaccreditation", "re-accreditation", "recertification"].contains(s.word(i + 1) ?? ""),
               s.span(0, i).contains(where: { ["removed", "revoked", "suspended", "withdrawn", "restricted", "his", "her"].contains(s.w[$0]) }) { return finding(i, i + 1) }
            // "@jfarrell to be removed from the prod deploy group until he completes the rollout training": a person stood down until retrained
            if x == "until", let p = s.word(i + 1), ["he", "she", "they"].contains(p),
               s.span(i + 2, i + 5).contains(where: { ["completes", "complete", "completed", "passes", "pass", "retakes", "redoes", "finishes", "attends", "undergoes"].contains(s.w[$0]) }),
               s.span(i + 3, min(s.count, i + 10)).contains(where: { ["training", "course", "refresher", "retraining", "certification", "module", "induction", "assessment"].contains(s.w[$0]) }),
               s.span(0, i).contains(where: { ["removed", "remove", "suspended", "suspend", "barred", "stood", "revoked", "revoke", "withdrawn", "restricted", "taken"].contains(s.w[$0]) }) { return finding(i, i + 2) }
            // "Remove production deploy rights from Tomasz until he completes the change-management course"
            if ["remove", "removed", "revoke", "revoked", "withdraw", "withdrawn", "suspend", "suspended"].contains(x),
               let r = s.span(i + 1, i + 6).first(where: { ["rights", "access", "privileges", "permissions"].contains(s.w[$0]) }), s.word(r + 1) == "from",
               let a = finder.agent(s, at: r + 2) ?? finder.agent(s, at: r + 3), a.isBlameable, a.strength == .strong { return finding(i, a.end) }
            if ["lose", "loses", "lost", "revoke", "revoked"].contains(x), let p = s.word(i + 1), ["their", "his", "her"].contains(p),
               s.span(i + 2, i + 5).contains(where: { ["rights", "access", "privileges", "permissions"].contains(s.w[$0]) }), s.containsAny(["who", "whoever", "anyone"]) || finder.people.contains(where: { s.w.contains($0) }) { return finding(i, i + 3) }
            if ["owns", "own"].contains(x), let n = s.word(i + 1), ["this", "the"].contains(n), ["failure", "outage", "incident", "mistake", "one"].contains(s.word(i + 2) ?? ""),
               i > 0, let a = (max(0, i - 4)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first, a.isBlameable { return finding(a.start, i + 2) }
            if ["never", "not", "don't", "ever"].contains(x), s.word(i + 1) == "let", let a = finder.agent(s, at: i + 2), a.isBlameable, a.strength == .strong { return finding(i, a.end + 1) }
            // "Root cause was the vendor's engineer, who rebooted the core switch": the cause is a person
            // ("The probable cause of the dispatch delay was the night-shift CAD administrator's decision to ...": the harm named between)
            if x == "cause", let be = ["was", "is"].contains(s.word(i + 1) ?? "") ? i + 1
                    : s.word(i + 1) == "of" ? s.span(i + 2, i + 8).first(where: { ["was", "is"].contains(s.w[$0]) }).flatMap({ b in s.span(i + 2, b).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }) ? b : nil }) : nil,
               // ("root cause is client team shipping retries with zero backoff": the role's modifiers belong to the person)
               s.word(be + 1) != "that", let q = s.span(be + 1, be + 6).first(where: { k in finder.agent(s, at: k).map { $0.isBlameable && ($0.start <= be + 2 || k < be + 4) } ?? false }),
               let a = finder.agent(s, at: q), a.strength == .strong, s.span(be + 1, min(q, a.start)).allSatisfy({ AgentFinder.determiners.contains(s.w[$0]) || s.toks[$0].isPossessive || s.w[$0].contains("-") && !s.toks[$0].isCapitalized }),
               // ("the immediate cause was operator error": the surface-cause phrase, not a person)
               !["error", "errors", "mistake", "mistakes", "slip", "slips", "fault", "faults"].contains(s.word(a.end + 1) ?? "") { return finding(i, a.end) }
            // ("The probable cause of the dispatch delay was the night-shift CAD administrator's decision to apply ...": a person's act as the cause)
            if x == "cause", s.word(i + 1) == "of", let be = s.span(i + 2, i + 8).first(where: { ["was", "is"].contains(s.w[$0]) }),
               s.span(i + 2, be).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }),
               let q = s.span(be + 1, be + 6).first(where: { finder.possessivePerson(s, at: $0) }),
               s.span(be + 1, q).allSatisfy({ AgentFinder.determiners.contains(s.w[$0]) || s.w[$0].contains("-") || s.toks[$0].isAllCaps || Lex.roles.contains(s.w[$0]) }),
               let n = s.word(q + 1), Lex.actionNouns.contains(n) || Lex.blameNouns.contains(n) { return finding(i, q + 1) }
            // "I think the main cause was me, because I ran the job against production": self-blame as the cause
            if x == "cause", ["was", "is"].contains(s.word(i + 1) ?? ""), ["me", "myself"].contains(s.word(i + 2) ?? ""), s.word(i + 3) != "and" { return finding(i, i + 2) }
            // "The guy to blame is the CTO", "the one to blame was the contractor": the verdict, then the person
            if s.has("to blame", at: i), let be = s.word(i + 2), ["is", "was", "are", "were"].contains(be),
               let q = s.span(i + 3, i + 6).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), s.span(i + 3, q).allSatisfy({ AgentFinder.determiners.contains(s.w[$0]) }),
               let a = finder.agent(s, at: q) { return finding(i, a.end) }
            // "Responsible party: Project Manager, Litigation Support (failed to verify ...)": a form's verdict field filled with a person
            // ("CAPA-H-07 Responsible for nonconformity: IT technician (night shift)": the same field, named by what went wrong)
            if x == ":", let r = s.span(max(0, i - 5), i).first(where: { s.has("responsible for", at: $0) || s.has("accountable for", at: $0) }),
               s.span(r + 2, i).contains(where: { ["nonconformity", "nonconformance", "non-conformity", "non-conformance", "nc", "incident", "failure", "error", "deviation", "outage", "breach", "defect", "event"].contains(s.w[$0]) }),
               let q = s.span(i + 1, i + 4).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q) { return finding(r, a.end) }
            if x == ":", i >= 2, s.has("responsible party", at: i - 2) || s.has("at fault", at: i - 2) || s.w[i - 1] == "culprit" || s.has("responsible person", at: i - 2),
               let q = s.span(i + 1, i + 4).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q) { return finding(i - 2, a.end) }
            // "Nonconformity raised against the front-desk duty manager for failing to follow ...": a finding filed against a person
            if x == "against", i > 0, ["raised", "issued", "filed", "logged", "opened", "recorded", "lodged"].contains(s.w[i - 1]),
               let q = s.span(i + 1, i + 6).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q), a.strength == .strong,
               s.span(a.end + 1, a.end + 3).contains(where: { s.w[$0] == "for" }) { return finding(i - 1, a.end) }
            // "Chevron management denied recommendations to replace the line": advice turned down, the person or body its subject
            // ("depot manager overrode the drivers' request to hold": people's own call set aside)
            if ["denied", "rejected", "dismissed", "overruled", "vetoed", "refused", "overrode", "overrides", "disregarded"].contains(x), s.span(i + 1, i + 4).contains(where: { ["recommendation", "recommendations", "advice", "request", "requests", "proposal", "proposals", "warning", "warnings", "concerns", "objection", "objections", "concern"].contains(s.w[$0]) }),
               let a = (max(0, i - 5)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { a in a.isBlameable && a.strength == .strong
                   && s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && LanguageChecker.auxWords.contains(s.w[$0]) }) }) { return finding(a.start, i + 1) }
            // "the duty Permit Coordinator, having been told the system was down, nonetheless authorised hot work ...": an act against what they knew
            if ["nonetheless", "nevertheless", "regardless"].contains(x), let v = s.word(i + 1), English.isPast(v) || Lex.changeVerbs.contains(v),
               let a = (max(0, i - 20)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { a in a.isBlameable && a.strength == .strong
                   && (a.end + 1 == i || s.word(a.end + 1) == "," && s.word(i - 1) == ",") }) { return finding(a.start, i + 1) }
            // "The vendor team from PayBridge did not do the needful regarding the load test": a duty left undone, in Indian English
            if s.has("do the needful", at: i), i >= 2, ["not", "didn't", "never", "failed"].contains(s.w[i - 1]) || s.w[i - 1] == "to" && s.w[i - 2] == "failed",
               let a = (max(0, i - 8)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { $0.isBlameable && $0.strength == .strong }) { return finding(a.start, i + 2) }
            // "The release was approved by the IT change manager notwithstanding that the checklist had not been completed": a sign-off against the rule
            if x == "by", i > 0, ["approved", "authorised", "authorized", "signed", "released", "deployed", "pushed", "run", "overridden", "bypassed", "waived", "accepted"].contains(s.w[i - 1]),
               let q = s.span(i + 1, i + 5).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q), a.strength == .strong,
               s.span(a.end + 1, a.end + 4).contains(where: { ["notwithstanding", "despite", "although"].contains(s.w[$0]) || s.has("even though", at: $0) || s.has("in spite of", at: $0) }) { return finding(i - 1, a.end) }
            // "they committed serious violations of procedures and breaches of flying discipline": a verdict of wrongdoing on people
            if x == "committed", s.span(i + 1, i + 4).contains(where: { ["violations", "violation", "breaches", "breach", "errors", "mistakes", "infractions", "offences", "offenses"].contains(s.w[$0]) }),
               let a = (max(0, i - 4)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { a in a.isBlameable && (a.strength == .strong || a.strength == .they)
                   && s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && LanguageChecker.auxWords.contains(s.w[$0]) }) }) { return finding(a.start, i + 1) }
            // "the ingestion team let us down": a verdict on people (not "Monitoring let us down", a thing)
            // "Claimants were let down by the vendor's release manager, who signed off ...": the same verdict in the passive
            if x == "let", s.word(i + 1) == "down", s.word(i + 2) == "by", i > 0, ["were", "was", "been", "got"].contains(s.w[i - 1]),
               let q = s.span(i + 3, i + 7).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q), a.strength == .strong { return finding(i, a.end) }
            if x == "let", s.span(i + 1, i + 4).contains(where: { s.w[$0] == "down" }), ["us", "you", "them", "everyone", "the", "our", "their", "customers"].contains(s.word(i + 1) ?? ""),
               let a = (max(0, i - 5)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first(where: { a in a.isBlameable && a.strength == .strong
                   && s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && LanguageChecker.auxWords.contains(s.w[$0]) }) }) { return finding(a.start, i + 1) }
            // "It is my fault: I have not checked the intermediate", "this was entirely my fault": the writer's own verdict on themself
            if x == "fault", i > 0, s.w[i - 1] == "my", s.span(max(0, i - 4), i - 1).contains(where: { ["is", "was", "it's", "all", "entirely", "totally"].contains(s.w[$0]) }),
               !s.span(max(0, i - 4), i).contains(where: { ["not", "isn't", "wasn't", "no"].contains(s.w[$0]) }) { return finding(i - 1, i) }
            // "The principal cause of the data loss was a postgraduate researcher who ran a recursive delete", "The interruption is attributable to
            // a field technician of our contractor, who disconnected the wrong feed": the cause is a person, named through what they did
            let causeCopula = x == "cause" && s.word(i + 1) == "of" ? s.span(i + 2, i + 10).first(where: { ["was", "is"].contains(s.w[$0]) }) : ["attributable", "attributed", "down"].contains(x) && s.word(i + 1) == "to" ? i : nil
            if let be = causeCopula, s.span(i + 1, be).allSatisfy({ s.isWord($0) }),
               let q = s.span(be + 1, be + 5).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q), a.strength == .strong,
               s.span(be + 1, q).allSatisfy({ s.isWord($0) && (AgentFinder.determiners.contains(s.w[$0]) || s.toks[$0].isPossessive || !English.isPast(s.w[$0]) && !Lex.changeVerbs.contains(s.w[$0])) }),
               let who = s.span(a.start, a.end + 10).first(where: { s.w[$0] == "who" }), let v = s.word(who + 1),
               Lex.changeVerbs.contains(v) || English.isPast(v) || ["failed", "did", "didn't", "forgot", "ignored"].contains(v) { return finding(i, who + 1) }
            // "The incident commander was too slow to declare a SEV-1": a verdict on a person's pace, where the review asks what slowed it
            if s.has("too slow to", at: i) || s.has("too slow in", at: i) || s.has("took too long to", at: i), i >= 2,
               let a = (max(0, i - 6)..<i).lazy.compactMap({ self.finder.agent(s, at: $0) }).first, a.isBlameable, a.strength == .strong,
               s.span(a.end + 1, i).allSatisfy({ s.isWord($0) && ["was", "were", "is", "are", "has", "been", "just", "simply", "far", "much", "also", "then"].contains(s.w[$0]) }),
               let v = s.word(i + 3), LanguageChecker.humanVerbs.contains(v) || ["declare", "declaring", "escalate", "escalating", "respond", "responding", "act", "acting", "page", "paging", "call", "react", "reacting", "notice", "noticing", "roll", "rolling"].contains(v) {
                return finding(a.start, i + 3)
            }
            // "the NOC, in general.": a person or team listed, with nothing else, as what went wrong
            if i == s.firstWordIndex || AgentFinder.determiners.contains(s.w[s.firstWordIndex]) && i == s.firstWordIndex + 1, let a = finder.agent(s, at: i), a.isBlameable, a.strength != .they,
               s.word(a.end + 1) == ",", ["in general", "as usual", "as always", "again"].contains(where: { s.has($0, at: a.end + 2) }),
               s.span(a.end + 2, s.count).filter({ s.isWord($0) }).count <= 2 { return finding(s.firstWordIndex, a.end) }
            // "Didn't work well: Emeka.": a lone name after the label is a person even with no verb
            if x == ":", i + 1 == s.endIndexBeforeFinalPunct, s.isWord(i + 1), AgentFinder.nameShaped(s.toks[i + 1]) || Lex.firstNames.contains(s.w[i + 1]),
               s.span(0, i).contains(where: { ["better", "well", "badly", "wrong"].contains(s.w[$0]) }) { return finding(i + 1, i + 1) }
            // "Didn't work well: Emeka.", "Could be better: the NOC, in general.": a person listed as what went wrong
            if x == ":", i + 1 < s.count, let q = s.span(i + 1, i + 3).first(where: { finder.agent(s, at: $0)?.isBlameable == true }), let a = finder.agent(s, at: q), a.strength != .they,
               s.span(i + 1, q).allSatisfy({ AgentFinder.determiners.contains(s.w[$0]) }),
               a.end == s.endIndexBeforeFinalPunct || s.word(a.end + 1) == "," && ["in general", "as usual", "again", "as always"].contains(where: { s.has($0, at: a.end + 2) }),
               s.span(0, i).contains(where: { ["better", "well", "badly", "wrong", "improved", "improve"].contains(s.w[$0]) }) { return finding(q, a.end) }
            if s.has("not to trust", at: i), s.span(i + 3, i + 8).contains(where: { finder.agent(s, at: $0).map { $0.isBlameable && $0.strength == .strong } == true }) { return finding(i, i + 3) }
        }
        return []
    }
}
