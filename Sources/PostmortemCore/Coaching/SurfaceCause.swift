extension LanguageChecker {
    // MARK: surface cause

    static let strongSurface: [String] = ["human error", "human process error", "human procedural error", "human handling error", "operator error", "user error", "pilot error", "manual error", "engineer error",
        "engineering error", "human mistake", "operator mistake", "people error", "personnel error", "human failure", "operator failure",
        "human factor", "human factors", "administrator error", "admin error", "developer error", "configuration error by", "user mistake", "human slip", "operator slip",
        "human lapse", "human oversight", "one-off mistake", "one-off error", "one-off slip", "one-time mistake", "one-time error", "one-time slip",
        "isolated mistake", "isolated human", "simple slip", "honest mistake", "copy-paste error", "copy/paste error", "copy-paste mistake",
        "copy and paste error", "copy-and-paste error", "cut-and-paste error", "clerical error", "coding error", "programming error", "coding mistake", "programming mistake", "keying error", "data entry error", "data-entry error",
        "due to an oversight", "because of an oversight", "was an oversight", "a simple oversight",
        // "the disconnection was not cancelled due to an error on the gas company's behalf": someone's error, and nothing past it
        "due to an error on", "because of an error on", "due to an error by", "because of an error by", "due to a mistake on", "due to a mistake by", "a configuration oversight",
        "insufficient understanding", "lack of understanding", "lack of knowledge", "insufficient knowledge", "lack of experience", "inexperience",
        "lack of attention", "lack of care", "lack of diligence",
        // "Not paying close enough attention to the proper handling of chemical waste resulted in this incident", "cut and paste errors"
        "not paying attention", "not paying enough attention", "not paying close enough attention", "not paying sufficient attention", "cut and paste error", "cut and paste errors", "copy and paste errors", "copy-paste errors",
        // "The worker did not receive proper training on the ladder safety device", "were not adequately trained on the safe handling of chemicals"
        "did not receive proper training", "did not receive adequate training", "did not receive sufficient training", "had not received proper training", "had not received adequate training",
        "were not adequately trained", "was not adequately trained", "were not properly trained", "was not properly trained", "were not sufficiently trained", "was not sufficiently trained",
        "lack of proper training", "lack of adequate training", "inadequate training", "insufficient training",
        // "Contributing factor: non-adherence to the documented method of procedure": a departure from the procedure, with nothing about why
        "human errors", "operator errors", "missed to", "planner oversight", "operator oversight", "staff oversight", "engineer oversight", "clerical oversight", "driver oversight", "non-adherence to", "non-compliance with", "nonadherence to", "noncompliance with", "failure to adhere to", "failure to comply with",
        // "because an error was made when republishing the data set": a slip in the passive, with no one and nothing behind it
        "an error was made", "a mistake was made", "mistakes were made", "errors were made", "an oversight was made",
        // "User misunderstanding of the correct commit SHA", "Testing in staging not thorough enough"
        "user misunderstanding", "operator misunderstanding", "human misunderstanding", "not thorough enough",
        // "a engineer-driven configuration error": the person folded into an adjective
        "engineer-driven", "operator-driven", "human-driven", "user-driven configuration", "human-induced", "operator-induced", "human-caused",
        // "on-site tech error during RTC battery replacement", "an error of typing in the parameter of maximum relays"
        // "the human element is the root cause in the Costa Concordia casualty"
        "the human element is", "human element was", "the human factor is", "the human factor was",
        "developer oversight", "engineer oversight", "operator oversight", "staff oversight", "an error made during", "a mistake made during",
        "tech error", "technician error", "staff error", "transcription error", "transcription mistake", "contractor error", "installer error", "typing error", "error of typing", "typing mistake", "typographical error", "typographic error", "data entry error", "data-entry error", "keying error",
        // "The upload procedure was not followed correctly": the step named, not why it could be missed
        "procedure was not followed", "procedures were not followed", "process was not followed", "runbook was not followed", "checklist was not followed",
        "steps were not followed", "procedure wasn't followed", "process wasn't followed", "instructions were not followed",
        // "resulted from an operational error during vendor maintenance", "a manual mistake in the firewall rule change", "incorrect data entry"
        "operational error", "operations error", "developer's error", "engineer's error", "operator's error", "admin's error", "administrator's error", "technician's error", "manual mistake", "incorrect data entry", "wrong data entry", "erroneous data entry", "inaccurate data entry",
        // "Contributing factor: reviewer oversight on #1873", "an administrative oversight in renewing the certificate", "a procedural non-compliance"
        "reviewer oversight", "reviewer's oversight", "an administrative oversight", "administrative oversight in", "a clerical oversight", "procedural non-compliance", "procedural noncompliance",
        "non-compliance with the", "noncompliance with the", "non-compliance with procedure", "non-compliance with the operating",
        // "a manipulation error during the renewal procedure", "a manual input error in the reference-data file", "an error in the entry of the time-zone setting"
        // "occurred because of a printing error made by its label maker": someone's error, and nothing past it
        "error made by", "mistake made by", "errors made by", "mistakes made by", "manual configuration error", "manual config error", "manual configuration mistake",
        "manipulation error", "handling error", "error of manipulation", "errors of manipulation", "error of handling", "error of operation", "implementer error", "implementor error", "caused by an oversight", "by an oversight in", "an oversight in reading", "manual input error", "human input error", "error in the entry of", "error in entering",
        "error in data entry", "error in the data entry", "error during data entry", "failure of the human operator", "failure of the operator",
        // "an administrative error that saw half a million patient results sent to storage", "caused by our failure to carry out an administrative process"
        "administrative error", "administration error", "administrative mistake", "administrative omission", "clerical omission", "procedural omission", "failure to carry out", "failure to follow", "failure to perform",
        // "The direct cause was the omission of step 14 (setpoint verification) from the firmware update procedure"
        "omission of step", "omission of a step", "omission of the step", "omission of steps",
        // "Primary cause: operator misjudgement during historian maintenance", "caused by operation miss in release work", "attributable to incorrect set-up of subject codes"
        "operator misjudgement", "operator misjudgment", "human misjudgement", "human misjudgment", "error of judgement", "error of judgment", "errors of judgement", "judgement error", "judgment error",
        "operation miss", "operational miss", "operator miss", "human miss", "incorrect set-up of", "incorrect setup of", "incorrect set up of", "wrong set-up of", "wrong setup of"]
    /// The fix given as "don't do it again": "the solution is just to not run said queries".
    static let avoidanceFixes: [String] = ["solution is just to not", "solution is to not", "solution is just not to", "solution is not to", "fix is to not",
        "fix is just to not", "fix is not to", "answer is to not", "answer is just to not", "lesson is to not", "just don't do", "simply don't do"]
    /// "unlikely to recur", "will not happen again": closing the analysis on chance instead of on a cause.
    static let wontRecur: [String] = ["unlikely to recur", "unlikely to happen again", "not likely to recur", "will not recur", "won't recur",
        "will not happen again", "won't happen again", "should not happen again", "shouldn't happen again", "should not reoccur", "should not recur", "shouldn't recur",
        "shouldn't reoccur", "will not reoccur", "won't reoccur", "not expected to recur", "unlikely to be repeated",
        "these things happen", "human nature", "bad luck", "that's the whole story", "that is the whole story", "end of story", "simple as that",
        "that's all there is to it",
        "one of those times", "one of those things", "just unlucky", "case is closed", "nothing more to"]
    static let depthMarkers: Set<String> = ["because", "since", "lack", "lacks", "lacked", "lacking", "missing", "absence", "absent", "without",
        "allowed", "allows", "permitted", "permits", "permit", "allow", "gap", "gaps", "unvalidated", "no", "nothing", "doesn't", "didn't",
        "did", "does", "don't", "wasn't", "weren't", "isn't", "insufficient", "inadequate", "unclear", "undocumented", "ambiguous", "not",
        "never", "safeguard", "safeguards", "guardrail", "guardrails", "validation", "review", "process", "checks", "confirmation", "design", "which", "that", "so", "due",
        "stemmed", "stems", "stemming", "originated", "arose"]

    static let changeGerunds: Set<String> = Set(Lex.changeVerbs.map { English.gerund(English.base($0)) })

    /// "<because | caused by> <person> <change verb or slip> ..." with nothing said about what allowed it.
    func personSlipAsCause(_ s: Sentence) -> RawFinding? {
        if s.containsAny(["malicious", "malware", "phishing", "spam", "fraudulent", "abusive"]) { return nil }
        for k in 0..<s.count where s.isWord(k) {
            let x = s.w[k]
            guard x == "because" || x == "by" && k > 0 && ["caused", "triggered"].contains(s.w[k - 1]) else { continue }
            var at = k + 1
            while at < s.count, s.isWord(at), AgentFinder.determiners.contains(s.w[at]) { at += 1 }
            guard let a = finder.agent(s, at: at), a.isBlameable, a.strength != .they, a.strength != .we else { continue }
            var j = a.end + 1
            while j < s.count, s.isWord(j), Lex.blameAdverbs.contains(s.w[j]) || ["had", "has", "just"].contains(s.w[j]) { j += 1 }
            guard j < s.count, s.isWord(j) else { continue }
            let v = s.w[j]
            let slip = ["mistyped", "misspelled", "fat-fingered", "misconfigured", "misread", "mis-typed"].contains(v)
            guard slip || Lex.changeVerbs.contains(v) || LanguageChecker.changeGerunds.contains(v) else { continue }
            // the rest of the sentence must not already go deeper
            let rest = s.w[s.span(j + 1, s.count)]
            if rest.contains(where: { ["because", "since", "allowed", "without", "lack", "lacked", "missing", "no", "nothing", "not"].contains($0) || $0.hasSuffix("n't") }) { continue }
            if isPlannedWork(s, from: j + 1) || s.word(j + 1) == "out" { continue }
            return RawFinding(check: "surface-cause", at: k + 1, excerpt: s.text(k + 1, j),
                              message: "A person's action is where the analysis starts, not where it ends; ask why the action was possible and why nothing caught it.",
                              better: "Keep the action and add what allowed it: " + Rewrite.quote("\(s.text(0, k - 1).trimmedSentence.capitalizedFirst) \(x) \(s.text(k + 1, s.count - 1).trimmedSentence); <the tool or process> allowed it without <validation, confirmation or review>"))
        }
        return nil
    }

    /// "This issue occurred due to a deployment of one of our services with incorrect configuration", "The cause was a faulty setting on the
    /// turnstile readers": a wrong setting given as the cause, with nothing about why it could be wrong or why nothing caught it.
    func wrongSettingAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        guard role == .rootCause || role == .contributingFactors || role == .whys else { return nil }
        guard let i = s.span(0, s.count - 1).first(where: { ["incorrect", "wrong", "bad", "faulty", "invalid", "erroneous", "improper"].contains(s.w[$0])
                  && ["configuration", "config", "setting", "settings", "set-up", "setup", "parameter", "parameters", "value"].contains(s.w[$0 + 1]) }) else { return nil }
        // ("A bug in the configuration tool lead to ...", "the template generated an incorrect value": a tool wrote it, which is the finding)
        if s.span(0, i).contains(where: { ["generated", "produced", "wrote", "pipeline", "template", "tool", "script", "bug", "defect", "automation", "migration", "upgrade", "default", "defaults"].contains(s.w[$0]) }) { return nil }
        if s.span(0, s.count).contains(where: { ["because", "since", "validation", "validate", "validated", "review", "reviewed", "check", "checks", "caught", "lint", "test", "tests", "tested", "allowed", "accepted", "lacked", "no", "without", "nothing"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) { return nil }
        return RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, i + 1),
                          message: "\"\(s.text(i, i + 1))\" is the surface cause; ask why the wrong setting was possible and why nothing caught it.",
                          better: Rewrite.forSurface(s, at: i))
    }

    /// "Root cause is that nobody renewed the certificate": a step no one took, given as the whole cause.
    func nobodyAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        guard let c = s.span(0, s.count).first(where: { ["cause", "reason"].contains(s.w[$0]) }), role == .rootCause || role == .whys || s.has("root cause", at: c - 1),
              let be = s.span(c + 1, c + 3).first(where: { ["is", "was", "="].contains(s.w[$0]) }) else { return nil }
        let n = s.word(be + 1) == "that" ? be + 2 : be + 1
        let v = s.has("no one", at: n) ? n + 2 : n + 1
        guard ["nobody", "no-one", "noone"].contains(s.word(n) ?? "") || s.has("no one", at: n), let verb = s.word(v), English.isPast(verb) || English.irregularPast[verb] != nil else { return nil }
        if s.span(v + 1, s.count).contains(where: { ["because", "since", "as", "so", "owned", "owner", "assigned", "process", "alert", "reminder", "automated", "automation", "tracked", "no", "without"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) { return nil }
        return RawFinding(check: "surface-cause", at: n, excerpt: s.text(n, v),
                          message: "\"\(s.text(n, v))\" is where the analysis starts: ask why the step depended on someone remembering it, and what would have prompted it.",
                          better: Rewrite.forSurface(s, at: n))
    }

    func surfaceCause(_ s: Sentence, role: TextRole, whole: Bool) -> [RawFinding] {
        // ("A typo in the failover config, nothing more.": the emphasis insists the slip is all there is; its "nothing" names no safeguard)
        if let cut = LanguageChecker.emphaticTail(s) {
            let head = Sentence(Array(s.toks[..<cut]) + (s.isPunct(s.count - 1) ? [s.toks[s.count - 1]] : []))
            let found = surfaceCause(head, role: role, whole: whole)
            if !found.isEmpty { return found }
            if let f = insistedCause(s, head: head, role: role) { return [f] }
            // (nothing in the head alone: the whole sentence is read as usual, "..., that's it" and all)
        }
        var out: [RawFinding] = []
        let text = s.w.joined(separator: " ")
        let rootContext = role == .rootCause || role == .whys || role == .contributingFactors || text.contains("root cause") || s.has("caused by", at: 0) || s.containsAny(["caused", "due", "because"])
        for p in LanguageChecker.strongSurface {
            guard let i = s.find(p) else { continue }
            // ("the disconnection was not cancelled due to an error on ...": the "not" is the clause's, before its cause)
            if s.negated(before: i, within: 4), !p.hasPrefix("due to"), !p.hasPrefix("because of") { continue }
            // ("The PLC logged an operational error at 03:12 and halted conveyor 2 as designed": a device's error class)
            if p.hasPrefix("operation"), s.containsAny(["logged", "reported", "raised", "threw", "returned", "designed", "code", "halted"]) { continue }
            // "Human error is not the root cause here"
            let endP = i + p.split(separator: " ").count
            // ("The major failing here was an oversight in how we had been performing ongoing testing": the oversight is in a practice, named)
            if p.contains("oversight"), s.has("in how", at: endP) || s.has("in the way", at: endP) { continue }
            // (not "Human error in not knowing that the logs are kept elsewhere": what the error was)
            // (but "It was a human error, not systematic": the error affirmed, the system ruled out)
            // ("due to human error it was not reinstated": the "not" belongs to what the error did)
            if !p.hasSuffix("followed"), !["in", "of", "by", "from", "it", "they", "this", "the"].contains(s.word(endP) ?? ""), !(s.word(endP) == "," && s.word(endP + 1) == "not"),
               // (not "Human Error - Procedure Not Followed": a category and its detail)
               s.span(endP, endP + 3).contains(where: { ["not", "isn't", "wasn't", "never"].contains(s.w[$0]) }), s.word(endP) != "-" { continue }
            // ("The runbook was not followed because step 4 pointed at the old cluster", "A typing error in the relay parameter reached
            // production because the field accepted any integer": the analysis goes on)
            let slipPhrases: Set<String> = ["tech error", "technician error", "staff error", "transcription error", "transcription mistake", "contractor error", "installer error", "typing error", "error of typing", "typing mistake",
                "typographical error", "typographic error", "data entry error", "data-entry error", "keying error",
                // (training missing, with the reason it was: "were not adequately trained because the course was cancelled")
                "did not receive proper training", "did not receive adequate training", "did not receive sufficient training", "had not received proper training", "had not received adequate training",
                "were not adequately trained", "was not adequately trained", "were not properly trained", "was not properly trained", "were not sufficiently trained", "was not sufficiently trained",
                "lack of proper training", "lack of adequate training", "inadequate training", "insufficient training",
                "incorrect set-up of", "incorrect setup of", "incorrect set up of", "wrong set-up of", "wrong setup of"]
            if p.hasSuffix("followed") || slipPhrases.contains(p),
               s.span(endP, s.count).contains(where: { ["because", "since", "why", "unclear", "outdated", "ambiguous", "accepted", "validation", "hidden", "so"].contains(s.w[$0]) || s.w[$0] == "as" && p.hasSuffix("followed") || s.isPunct($0) && s.w[$0] == ";" })
                || s.span(0, i).contains(where: { ["no", "without", "lacks", "because"].contains(s.w[$0]) }) { continue }
            // ("the kiosk's generic tech error screen": a thing named after the phrase)
            if slipPhrases.contains(p), let n = s.word(endP), ["screen", "page", "message", "code", "codes", "dialog", "banner", "handling", "path", "state", "log"].contains(n) { continue }
            // "Human factors: the responder was 19 hours into a shift" is a heading (not "the root cause was human error: a wrong TTL ...")
            if [":", "–", "—"].contains(s.word(i + p.split(separator: " ").count) ?? "") || s.word(endP) == "-" && s.isSentenceStart(i) && p == "human factors", s.isSentenceStart(i) || !s.span(s.firstWordIndex, i).contains(where: { ["was", "is", "were", "are"].contains(s.w[$0]) }),
               // ("RC: human error – uplink port left shut after swap": after a cause label it is the cause, and the slip its detail)
               !s.span(0, i).contains(where: { ["rc", "cause", "causes"].contains(s.w[$0]) }) { continue }
            // ("delayed due to a lack of understanding of the scope of the issue": what responders could not yet see, not the cause)
            if p.hasSuffix("understanding") || p.hasSuffix("knowledge"), s.span(endP, endP + 3).contains(where: { ["scope", "impact", "extent", "severity", "situation", "blast"].contains(s.w[$0]) }) { continue }
            // "Human error gets talked about a lot on the wards, but ...", "We talk about 'human error' in payroll": the phrase discussed
            if s.span(endP, endP + 3).contains(where: { s.w[$0] == "talked" && s.word($0 + 1) == "about" })
                || s.span(max(0, i - 2), i).contains(where: { ["talk", "talked", "talking", "word", "phrase", "term", "label"].contains(s.w[$0]) }) { continue }
            // "Human error does take place, but what we can do is put some checks and balances ...": errors granted, then the safety net
            if s.span(endP, endP + 4).contains(where: { ["happens", "happen", "occurs", "occur", "place", "inevitable"].contains(s.w[$0]) }),
               s.span(endP, s.count).contains(where: { ["but", "so"].contains(s.w[$0]) }) { continue }
            // ("does not compare it with the production order, so a human error of one digit gives a real recipe and nothing stops it":
            // the error told as what the design lets through)
            if s.span(endP, s.count).contains(where: { s.w[$0] == "nothing" && ["stops", "stopped", "catches", "caught", "prevents", "prevented", "detects", "detected", "flags", "flagged", "blocks", "blocked", "checks", "checked"].contains(s.word($0 + 1) ?? "") }) { continue }
            // ("a human error during maintenance without sufficient safeguards": the missing safeguard named with the error)
            if s.span(endP, s.count).contains(where: { k in ["without", "lacking"].contains(s.w[k]) && s.span(k + 1, k + 4).contains(where: { LanguageChecker.safeguardNouns.contains(s.w[$0]) || ["controls", "control", "safeguards", "checks"].contains(s.w[$0]) }) }) { continue }
            // ("Human error in test procedures will recur; our job is to design playout so that a mode left on is loud", "... is normal human error,
            // so our system must not depend on one person to find it": error expected, and the design made to absorb it)
            if s.containsAny(["will", "recur", "normal", "inevitable", "expected", "always", "happen", "happens", "occur", "anticipated", "predictable", "foreseeable"]),
               s.span(endP, s.count).contains(where: { ["design", "designed", "designing", "tolerate", "tolerates", "absorb", "absorbs", "depend", "depends", "catch", "catches", "loud",
                   // ("..., so the system must show and limit the maintenance mode instead of relying that people remember")
                   "relying", "rely", "relies", "remember", "remembering", "detect", "detects"].contains(s.w[$0]) }) { continue }
            // ("findings ... referred to human error", "looked further into the conditions that contributed to the human error": the phrase
            // counted or looked past, not given as the cause)
            if s.span(max(0, i - 3), i).contains(where: { ["referred", "contributed", "refer", "refers", "contributing"].contains(s.w[$0]) && s.word($0 + 1) == "to" }) { continue }
            // ("Human error in manual tests will recur; our job is to design ...": the expectation, with the design after the semicolon)
            if s.w.last == ";", s.span(endP, endP + 9).contains(where: { ["recur", "inevitable", "happen", "happens", "anticipated", "expected"].contains(s.w[$0]) }) { continue }
            // ("Human error on setpoint entry is a given over thousands of instructions a year", "Human factors play a role in every avalanche
            // incident", "remember our human factors": errors expected, or human factors as a topic, not a cause)
            if s.span(endP, endP + 5).contains(where: { s.w[$0] == "given" && s.word($0 - 1) == "a" }) || s.has("play a role in every", at: endP) || s.has("plays a role in every", at: endP)
                || i > 0 && ["our", "your", "their"].contains(s.w[i - 1]) && p == "human factors" { continue }
            // "Human error is where an investigation starts": the principle, not a cause
            // (not "a human error in the start of the machine": the noun, a moment of the work)
            if s.span(endP, endP + 4).contains(where: { ["starts", "start", "begins", "starting"].contains(s.w[$0]) && !["the", "a"].contains(s.word($0 - 1) ?? "") }) || s.has("is where", at: endP) { continue }
            // "Human error was a factor, but the real cause is that the admin console deletes a tenant with one click": the analysis goes on
            if s.span(endP, s.count).contains(where: { ["but", "however", "though", "although"].contains(s.w[$0]) }), s.containsAny(["real", "actual", "underlying", "deeper", "systemic", "root"]) { continue }
            // ("While the immediate cause was operator error, there are broader systemic issues that allowed ...": conceded, then gone past)
            if s.span(0, i).contains(where: { ["while", "although", "though", "whilst"].contains(s.w[$0]) }), s.span(endP, s.count).contains(where: { ["systemic", "broader", "underlying", "deeper"].contains(s.w[$0]) }) { continue }
            let exampleOf = i > 1 && s.w[i - 1] == "of" && ["case", "instance", "example", "matter", "result", "bit"].contains(s.w[i - 2])
            if i > 0, !exampleOf, ["at", "beyond", "than", "of", "past", "blame", "blaming", "call", "calling", "label", "labelling", "labeling"].contains(s.w[i - 1]) && !(s.w[i - 1] == "of" && rootContext && !s.containsAny(["stop", "beyond", "never"])) { continue }
            // ("Admin interface has been moderated instead of stopped by human error": the phrase given as the cause, whatever else the sentence says)
            // ("... was human error, since a one-year expiry was entered instead of three": what the slip was, after it)
            // (but "In the end it was a human error, and human errors we can never stop completely": affirmed as the cause, then given up on)
            let affirmed = i > 1 && (["was", "is"].contains(s.w[i - 1]) || ["a", "an"].contains(s.w[i - 1]) && ["was", "is"].contains(s.w[i - 2])) && s.span(max(0, i - 4), i).contains(where: { ["it", "this", "that"].contains(s.w[$0]) })
            if (s.containsAny(["never", "beyond", "stop", "stopping", "avoid"]) || s.span(0, i).contains(where: { ["instead", "rather"].contains(s.w[$0]) })) && role != .rootCause && !(i > 0 && s.w[i - 1] == "by") && !affirmed { continue }
            guard rootContext || role == .summary || role == .other || role == .couldBeBetter || role == .lessons || role == .detection || role == .response else { continue }
            let end = i + p.split(separator: " ").count - 1
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                  message: "\"\(s.text(i, end))\" is where the analysis starts, not where it ends; ask why the error was possible and why nothing caught it.",
                                  better: Rewrite.forSurface(s, at: i)))
            return out
        }
        if role != .actionItem {
            for p in LanguageChecker.avoidanceFixes {
                guard let i = s.find(p) else { continue }
                let end = i + p.split(separator: " ").count - 1
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                      message: "\"\(s.text(i, end))\" makes the fix a person not doing it again; ask why the action was possible and what would stop it.",
                                      better: "Make the system refuse or absorb it, e.g. “Prometheus now rejects queries over 10,000 series (query.max-samples), and the dashboard warns before running them.”"))
                return out
            }
        }
        if role != .actionItem, !s.containsAny(["ensure", "so", "until", "must", "should", "therefore", "design", "catch", "catches", "system", "tooling"]) {
            // "... thinking it was staging, that's it.": the cause given, and the analysis closed
            let e = s.endIndexBeforeFinalPunct
            // ("rc = fat-fingered config push, nothing deeper", "..., end of story": the same close in other words)
            let closer = ["nothing deeper", "nothing more to it", "end of story", "simple as that", "that's all", "that is all", "case closed", "nothing else to it"]
                .first(where: { p in let n = p.split(separator: " ").count; return e - n + 1 >= 1 && s.has(p, at: e - n + 1) && s.isPunct(e - n) })
            if [.rootCause, .contributingFactors, .whys].contains(role), let c = closer {
                let st = e - c.split(separator: " ").count + 1
                out.append(RawFinding(check: "surface-cause", at: st, excerpt: s.text(st, e),
                                      message: "\"\(s.text(st, e))\" closes the analysis at the first cause; ask why it was possible and why nothing caught it.",
                                      better: "Keep asking why, e.g. “The cleanup script accepted the production tenant without a confirmation; staging and production share one credential.”"))
                return out
            }
            if [.rootCause, .contributingFactors, .whys].contains(role), e >= 2, s.w[e] == "it", ["that's", "thats"].contains(s.w[e - 1]), s.isPunct(e - 2) {
                out.append(RawFinding(check: "surface-cause", at: e - 1, excerpt: s.text(e - 1, e),
                                      message: "\"\(s.text(e - 1, e))\" closes the analysis at the first cause; ask why it was possible and why nothing caught it.",
                                      better: "Keep asking why, e.g. “The cleanup script accepted the production tenant without a confirmation; staging and production share one credential.”"))
                return out
            }
            for p in LanguageChecker.wontRecur {
                guard let i = s.find(p) else { continue }
                // "I can never be 100% sure that this won't happen again": doubt, not a closed case
                if s.span(max(0, i - 8), i).contains(where: { ["sure", "certain", "guarantee", "promise", "confident"].contains(s.w[$0]) }) { continue }
                let end = i + p.split(separator: " ").count - 1
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                      message: "\"\(s.text(i, end))\" closes the analysis on luck; say what was changed so the same conditions cannot produce it again.",
                                      better: "Name the conditions that made it possible and what changed, e.g. “The console accepted the value without validation; it now rejects limits below 1,000 (ACT-12).”"))
                return out
            }
        }
        // "caused by someone deleting the wrong bucket", "happened because an operator mistyped a hostname": a person's slip given as the
        // whole cause is a surface cause as well as blame, in any section that states causes
        if role == .rootCause || role == .summary || role == .whys || role == .contributingFactors, let f = personSlipAsCause(s) ?? ownSlipAsCause(s, role: role) ?? accidentalPassive(s) { return [f] }
        if role != .actionItem, role != .timeline, role != .wentWell, let f = slipAsCause(s, role: role) { return [f] }
        if role != .actionItem, role != .timeline, role != .wentWell, let f = missedStepAsCause(s, role: role) { return [f] }
        if let f = lapseAsCause(s, role: role) { return [f] }
        if let f = wrongSettingAsCause(s, role: role) ?? nobodyAsCause(s, role: role) ?? insistedCause(s, head: nil, role: role) ?? roleErrorAsCause(s, role: role) { return [f] }
        guard role == .rootCause || (role == .whys && whole) else { return out }
        // a relative "that"/"which" describes the slip ("a fat-finger ... that set the limit to 10"); it does not go deeper
        // (", which caused the login system to reject requests" tells the effect, not why)
        let deep = s.w.enumerated().contains { k, x in LanguageChecker.depthMarkers.contains(x)
            // ("stemmed from an incorrect assumption" goes back to a person's belief, not to the system)
            && !(["stemmed", "stems", "stemming", "originated", "arose"].contains(x) && s.span(k + 1, k + 6).contains(where: { ["assumption", "assumptions", "mistake", "error", "oversight", "misunderstanding", "typo"].contains(s.w[$0]) })) && !(["that", "which"].contains(x) && k > 0 && s.isWord(k - 1) && !["so", "is", "was"].contains(s.w[k - 1]))
            && !(["that", "which"].contains(x) && ["caused", "causes", "led", "leads", "resulted", "results", "made", "meant", "broke", "triggered"].contains(s.word(k + 1) ?? "")) }
            || s.w.contains { $0.hasSuffix("n't") }
        if deep { return out }
        for (i, x) in s.w.enumerated() {
            // "a configuration error in the server", "an error of configuration": a misconfiguration by another name
            // ("triggered a configuration error in the way services are scaled out": the design named)
            if ["error", "errors"].contains(x), i > 0 && ["configuration", "config"].contains(s.w[i - 1]) || s.word(i + 1) == "of" && ["configuration", "config"].contains(s.word(i + 2) ?? ""),
               !s.has("in the way", at: i + 1), !s.has("in how", at: i + 1),
               !s.span(0, i).contains(where: { ["introduced", "generated", "produced", "pipeline", "automation", "script", "tool", "template", "upgrade"].contains(s.w[$0]) }) {
                let e = i > 0 && ["configuration", "config"].contains(s.w[i - 1]) ? i : i + 2
                let st = e == i ? i - 1 : i
                out.append(RawFinding(check: "surface-cause", at: st, excerpt: s.text(st, e),
                                      message: "\"\(s.text(st, e))\" is the surface cause; ask why the wrong setting was possible and why nothing caught it.",
                                      better: Rewrite.forSurface(s, at: st)))
                return out
            }
            if ["typo", "typos", "mistyped", "misspelled", "misspelling", "fat-finger", "fat-fingered", "mistake", "mistakes", "misconfiguration", "misconfigured",
                "mis-click", "misclick", "mis-clicked", "misclicked", "mis-typed", "mistype", "mis-typing", "mistyping"].contains(x) {
                if ["mistake", "mistakes"].contains(x), ["in", "within", "inside"].contains(s.word(i + 1) ?? "") { continue }
                // ("Mistakes can occur in a system where examiners mark by hand": slips in general, and the system that lets them through)
                if ["can", "could", "may", "might", "will", "do", "happen", "occur"].contains(s.word(i + 1) ?? "") { continue }
                // ("Early press reports described the event as a 'fat finger' mistake; we found no manual order entry": the claim, refuted)
                if let d = s.span(0, i).first(where: { ["described", "characterised", "characterized", "portrayed", "labelled", "labeled", "dubbed"].contains(s.w[$0]) }), s.span(d + 1, i).contains(where: { s.w[$0] == "as" }),
                   s.span(0, d).contains(where: { ["reports", "press", "media", "coverage", "commentators", "articles", "headlines", "critics"].contains(s.w[$0]) }) { continue }
                // ("A recent change in our CD pipeline introduced a misconfiguration that prevented servers from starting": a tool wrote it)
                if ["misconfiguration", "misconfigured"].contains(x), s.span(max(0, i - 3), i).contains(where: { ["introduced", "created", "generated", "produced", "rendered", "wrote", "emitted"].contains(s.w[$0]) }),
                   s.span(0, i).contains(where: { ["pipeline", "automation", "script", "tool", "tooling", "template", "templating", "generator", "upgrade", "terraform", "ansible", "operator", "controller", "release"].contains(s.w[$0]) }) { continue }
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, i),
                                      message: x.hasSuffix("ed") ? "\"\(s.toks[i].text)\" describes the surface cause; ask why it was possible and why nothing caught it." : "A \(x) is the surface cause; ask why it was possible and why nothing caught it.",
                                      better: Rewrite.forSurface(s, at: i)))
                return out
            }
        }
        // "The direct and only cause was ...", "The underlying cause was a manual release step that was performed out of order":
        // one manual act given as the whole cause
        if s.containsAny(["cause", "cause:", "issue", "problem", "trigger"]) {
            for p in ["only cause", "sole cause", "single cause", "only root cause", "sole root cause", "single root cause"] {
                guard let i = s.find(p), !s.negated(before: i, within: 3) else { continue }
                let end = i + p.split(separator: " ").count - 1
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                      message: "\"\(s.text(i, end))\" closes the analysis on one act; ask why it was possible and why nothing caught it.",
                                      better: Rewrite.forSurface(s, at: i)))
                return out
            }
            // "The underlying issue was an operation the team performed to upgrade some of the database nodes"
            if let f = performedOperation(s) { out.append(f); return out }
            for (i, x) in s.w.enumerated() where x == "manual" || x == "manually" {
                let n = s.word(i + 1) ?? "", nn = s.word(i + 2) ?? ""
                let acts: Set<String> = ["step", "action", "change", "edit", "command", "operation", "intervention", "entry", "slip", "error", "mistake"]
                if acts.contains(n) || acts.contains(nn) || x == "manually" && i > 0 && ["performed", "entered", "typed", "applied", "edited", "run", "ran", "done"].contains(s.w[i - 1]) {
                    out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, min(i + 2, s.count - 1)),
                                          message: "A single manual act is the surface cause; ask why the step depended on a person getting it right and why nothing caught it.",
                                          better: Rewrite.forSurface(s, at: i)))
                    return out
                }
            }
        }
        // "the bug caused it", "a software bug"
        let content = s.w.filter { $0.count > 2 && !["the", "and", "was", "root", "cause", "caused", "this", "that", "incident", "outage", "our"].contains($0) }
        // ("The incident was caused by a bug in CredHub" says where the bug was: the start of an answer, not a stop)
        if s.containsAny(["bug", "bugs"]), content.count <= 3, !s.containsAny(["in", "within", "inside"]) {
            let i = s.w.firstIndex { $0 == "bug" || $0 == "bugs" } ?? 0
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.fullText,
                                  message: "\"A bug\" is a single, surface cause; ask what allowed the bug to reach production and have impact.",
                                  better: "Say what allowed the bug to have impact, e.g. “A null check was missing in <component>; no test covers empty responses and the change shipped without a canary.”"))
            return out
        }
        // a person's action given as the root cause
        var k = 0
        while k < s.count {
            // "an operator typed the wrong region name": a slip given as the whole root cause (reported even next to blame)
            if let a = finder.agent(s, at: k), a.isBlameable, a.end + 1 < s.count, s.isWord(a.end + 1), Lex.changeVerbs.contains(s.w[a.end + 1]),
               s.span((a.end + 2), a.end + 5).contains(where: { ["wrong", "incorrect"].contains(s.w[$0]) }) {
                let j = a.end + 1
                out.append(RawFinding(check: "surface-cause", at: a.start, excerpt: s.text(a.start, j),
                                      message: "A slip (\"\(s.w[j]) the wrong ...\") is the surface cause; ask why the tool accepted it and why nothing caught it.",
                                      better: Rewrite.forCommission(s, a, verbAt: j)))
                return out
            }
            // ("at whatever version they have installed": a relative clause describing a thing, not a cause)
            // ("a rotation performed by Maria left two nodes unable": the person is the passive's agent, "left" is the rotation's verb)
            if isPassiveAgent(s, k) { k += 1; continue }
            if let a = finder.agent(s, at: k), a.strength == .strong || a.strength == .they && !s.span(a.start - 3, a.start).contains(where: { ["whatever", "whichever", "that", "which", "what"].contains(s.w[$0]) }) {
                var j = a.end + 1
                while j < s.count, s.isWord(j), LanguageChecker.auxWords.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) || ["didn't", "did", "not", "never", "hadn't", "wasn't"].contains(s.w[j]) { j += 1 }
                // "Ben deleted the stale DNS records as planned in change CHG-4411": sanctioned work, not a surface cause
                // ("the POS vendor changed its export endpoint ...; our importer read only the first page": an outside trigger, and
                // the sentence goes on to what our side did with it)
                // ("When a member changed their case in the app ..., the app saved the change but ...": a customer using the product, then what it did)
                let customerUse = ["member", "members", "customer", "customers", "user", "users", "subscriber", "subscribers"].contains(s.w[a.end])
                    && s.span(j + 1, s.count).contains(where: { ["app", "system", "service", "api", "site", "server", "job", "retry"].contains(s.w[$0]) && s.span($0 + 1, $0 + 3).contains(where: { s.w[$0].hasSuffix("ed") || ["kept", "saw", "took"].contains(s.w[$0]) }) })
                let outsideTrigger = customerUse || ["vendor", "vendors", "supplier", "suppliers", "provider", "providers", "partner", "partners", "upstream"].contains(s.w[a.end])
                    && (["its", "their"].contains(s.word(j + 1) ?? "") || s.span(j + 1, j + 4).contains(where: { s.toks[$0].isPossessive })
                        || s.span(j + 1, s.count).contains(where: { ["our", "we"].contains(s.w[$0]) && s.span(j + 1, $0).contains(where: { k in s.isPunct(k) && [";", ","].contains(s.w[k]) }) }))
                // ("After Jeremy left, DigiCert separated his team": a person leaving, not a change they made)
                let departed = j < s.count && s.w[j] == "left" && (j + 1 >= s.count || s.isPunct(j + 1) || ["for", "in", "on", "last", "earlier"].contains(s.word(j + 1) ?? "")
                    || s.word(j + 1) == "the" && ["company", "team", "organisation", "organization", "business", "firm", "project", "building", "site"].contains(s.word(j + 2) ?? ""))
                // ("The service that fans readings out to caregivers ran out of database connections": the people are where the readings go; "ran out" is the service's)
                let ranOut = ["ran", "runs", "run"].contains(s.w[min(j, s.count - 1)]) && s.word(j + 1) == "out" || a.start > 0 && ["to", "for", "from", "with"].contains(s.w[a.start - 1])
                if j < s.count, s.isWord(j), !outsideTrigger, !departed, !ranOut, Lex.changeVerbs.contains(s.w[j]) && !isPlannedWork(s, from: j + 1) || Lex.failingVerbs.contains(s.w[j]) {
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

    /// "I had accidentally executed my statement on the production database", "we mistakenly deleted the prod bucket":
    /// the writer's own slip given as the cause, with nothing about why it was possible.
    /// "It happened because a purge job was switched off by accident", "the server was accidentally powered off": an accident
    /// in the passive given as the cause, with nothing about why it was possible.
    func accidentalPassive(_ s: Sentence) -> RawFinding? {
        // "configuration change applied incorrectly by a team member": done wrong, by someone, and nothing about why it could be
        for j in s.span(1, s.count - 2) where ["incorrectly", "wrongly", "erroneously", "improperly"].contains(s.w[j]) && s.w[j + 1] == "by" {
            guard s.w[j - 1].hasSuffix("ed") || English.irregularParticiples.contains(s.w[j - 1]) else { continue }
            var q = j + 2
            while q < s.count, AgentFinder.determiners.contains(s.w[q]) { q += 1 }
            guard s.span(q, q + 3).contains(where: { finder.agent(s, at: $0)?.isBlameable ?? false }) || s.span(j + 2, j + 5).contains(where: { finder.agent(s, at: $0)?.isBlameable ?? false }),
                  !hasSystemReason(s, after: j), !s.span(j + 1, s.count).contains(where: { ["because", "since", "as", "so"].contains(s.w[$0]) }) else { continue }
            return RawFinding(check: "surface-cause", at: j - 1, excerpt: s.text(j - 1, min(s.endIndexBeforeFinalPunct, j + 3)),
                              message: "\"\(s.text(j - 1, j + 1))\" by a person gives a slip as the cause; ask why it was possible and why nothing caught it.",
                              better: "Say what made the slip possible: " + Rewrite.quote("<The change> had no review or validation step that would have shown the wrong value before it went live"))
        }
        for b in 0..<s.count where ["was", "were", "got"].contains(s.w[b]) {
            var j = b + 1
            var accident = false
            // ("was entered incorrectly and the tool had no check" describes the input; only an accident is a slip given as the cause)
            let accidents: Set<String> = ["accidentally", "inadvertently", "mistakenly", "unintentionally"]
            while j < s.count, s.isWord(j), accidents.contains(s.w[j]) || ["then", "also", "just"].contains(s.w[j]) { accident = accident || accidents.contains(s.w[j]); j += 1 }
            guard let v = s.word(j), s.isWord(j), v.hasSuffix("ed") || English.irregularParticiples.contains(v) else { continue }
            let e = min(s.count, j + 6)
            if !accident {
                accident = s.span(j + 1, e).contains { q in ["by accident", "by mistake", "in error"].contains { p in s.has(p, at: q) } } || accidents.contains(s.word(j + 1) ?? "")
            }
            guard accident, !hasSystemReason(s, after: j), !s.span(j + 1, s.count).contains(where: { ["because", "since", "as", "so"].contains(s.w[$0]) }) else { continue }
            // ("when it was inadvertently struck by the skip being brought to the surface": a machine's doing, not a person's slip)
            if let by = s.span(j + 1, j + 3).first(where: { s.w[$0] == "by" }), !s.span(by + 1, by + 4).contains(where: { finder.agent(s, at: $0)?.isBlameable ?? false }),
               !s.has("by accident", at: by), !s.has("by mistake", at: by) { continue }
            // ("an incident in which the vaccine was mistakenly administered to two children": the incident described, not its cause explained)
            if s.span(0, b).contains(where: { s.has("in which", at: $0) && $0 > 0 && ["incident", "incidents", "event", "case", "error"].contains(s.w[$0 - 1]) }) { continue }
            let end = min(s.endIndexBeforeFinalPunct, j + 3)
            return RawFinding(check: "surface-cause", at: b > 0 ? b - 1 : b, excerpt: s.text(max(0, b - 1), end),
                              message: "\"\(s.text(max(0, b - 1), end))\" gives an accident as the cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                              better: "Say what made the accident possible: " + Rewrite.quote("<The switch or command> had no confirmation, and nothing alerted when <the job or server> stopped"))
        }
        return nil
    }

    /// In a root cause, "I ran the backup script while the NFS share wasn't mounted" is the writer's act given as the whole cause.
    func ownSlipAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        for k in 0..<s.count {
            guard let a = finder.agent(s, at: k), a.strength == .i || a.strength == .we else { continue }
            // (or straight after a cause word: "We were blind to this failure as we did not verify ...")
            // ("the real cause is simply that i didn't run the integration suite": the cause named, then the writer)
            let opensWithWriter = !s.span(s.firstWordIndex, a.start).contains { s.isWord($0) && !["root", "cause", "trigger", "basically", "so", "well", "honestly",
                "the", "real", "actual", "main", "underlying", "reason", "is", "was", "simply", "just", "that"].contains(s.w[$0]) }
                || a.start > 0 && ["because", "as", "since"].contains(s.w[a.start - 1])
            var j = a.end + 1
            var slipped = false
            while j < s.count, s.isWord(j), LanguageChecker.auxWords.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) || ["didn't", "did", "not", "never", "hadn't", "wasn't"].contains(s.w[j]) {
                if Lex.blameAdverbs.contains(s.w[j]) { slipped = true }
                j += 1
            }
            // "We did not check the metrics immediately after completing the migration": a check the writers skipped, given as the cause
            let negated = s.span(a.end + 1, j).contains(where: { ["not", "never"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") })
            if negated, role == .rootCause || role == .contributingFactors, opensWithWriter, j < s.count,
               ["check", "verify", "test", "validate", "monitor", "confirm", "review", "watch", "double-check", "inspect"].contains(s.w[j])
                || s.w[j] == "run" && s.span(j + 1, j + 5).contains(where: { ["suite", "tests", "test", "checks", "check", "linter", "lint", "ci", "dry-run", "canary"].contains(s.w[$0]) }),
               !hasSystemReason(s, after: j), !s.span(j + 1, s.count).contains(where: { ["because", "since", "as", "so"].contains(s.w[$0]) }) {
                return RawFinding(check: "surface-cause", at: a.start, excerpt: s.text(a.start, j),
                                  message: "\"\(s.text(a.start, j))\" gives a skipped check as the cause; ask why the process did not require it and why nothing else caught the problem.",
                                  better: "Say what the process lacked: " + Rewrite.quote("The migration runbook has no post-change verification step, and no alert covers <the metric>"))
            }
            guard !negated, slipped || role == .rootCause && a.strength == .i && opensWithWriter, j < s.count, s.isWord(j), Lex.changeVerbs.contains(s.w[j]) || Lex.failingVerbs.contains(s.w[j]) || s.w[j].hasSuffix("ed"),
                  // ("I've started to use some newer JavaScript features": what the writer set out to do, not a slip)
                  !(["started", "began", "tried", "wanted", "needed", "planned", "continued"].contains(s.w[j]) && s.word(j + 1) == "to"),
                  // ("I checked Azure's status page and they'd had an issue with the storage system": the writer finding out, not a slip)
                  !(["checked", "looked", "found", "noticed", "saw", "asked", "contacted", "called", "read", "investigated", "confirmed", "verified", "learned", "learnt", "discovered", "realised", "realized"].contains(s.w[j]) && !slipped),
                  !hasSystemReason(s, after: j),
                  // ("Owing to the very large volume of tests ..., we incorrectly messaged 400 patients": the pressure named first)
                  !(["owing", "due", "because", "given"].contains(s.w[s.firstWordIndex]) && s.span(s.firstWordIndex, a.start).contains(where: { s.w[$0] == "," })) else { continue }
            return RawFinding(check: "surface-cause", at: a.start, excerpt: s.text(a.start, j),
                              message: "\"\(s.text(a.start, j))\" gives a slip as the cause; ask why the action was possible and why nothing caught it.",
                              better: "Say what made the slip possible: " + Rewrite.quote("<The tool or console> accepted it with no confirmation or safe default, and nothing separated production from the other targets"))
        }
        return nil
    }
}

extension LanguageChecker {
    static let operationNouns: Set<String> = ["operation", "change", "action", "command", "procedure", "maintenance", "step", "task", "update",
        "upgrade", "migration", "deployment", "deploy", "intervention"]
    static let performVerbs: Set<String> = ["performed", "ran", "made", "executed", "did", "applied", "initiated", "started", "carried", "undertook", "pushed", "deployed"]

    /// "an operation we performed on our authentication database": the cause given as something people did, with nothing about
    /// why it could go wrong. (A "which resulted in ..." only says what it did.)
    func performedOperation(_ s: Sentence) -> RawFinding? {
        for i in 0..<s.count where LanguageChecker.operationNouns.contains(s.w[i]) {
            var q = i + 1
            if ["that", "which"].contains(s.word(q) ?? "") { q += 1 }
            guard q < s.count, let a = finder.agent(s, at: q), a.isBlameable || a.strength == .we else { continue }
            guard let v = s.word(a.end + 1), LanguageChecker.performVerbs.contains(v) else { continue }
            let after = s.span(a.end + 2, s.count)
            if after.contains(where: { k in ["because", "since", "without", "lack", "lacked", "missing", "allowed", "not", "never", "no"].contains(s.w[k]) || s.w[k].hasSuffix("n't") }) { return nil }
            return RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, a.end + 1),
                              message: "\"\(s.text(i, a.end + 1))\" says what was done, not why it could cause this or why nothing stopped it; keep asking why.",
                              better: Rewrite.forSurface(s, at: a.end + 1))
        }
        return nil
    }

    /// Is the word at `k` the agent of a passive ("performed by Maria"), not a subject?
    func isPassiveAgent(_ s: Sentence, _ k: Int) -> Bool {
        var p = k - 1
        while p >= 0, AgentFinder.determiners.contains(s.w[p]) { p -= 1 }
        return p > 0 && s.w[p] == "by" && (s.w[p - 1].hasSuffix("ed") || English.irregularParticiples.contains(s.w[p - 1]) || ["change", "commit", "edit", "update", "rotation", "migration"].contains(s.w[p - 1]))
    }
}
