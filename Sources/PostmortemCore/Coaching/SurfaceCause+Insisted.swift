/// A surface cause insisted on: the slip given as the whole story with "simply", "nothing more" or "pure and simple".
extension LanguageChecker {
    /// What a slip is called when it is offered as the whole cause.
    static let insistedSlips: Set<String> = ["misconfiguration", "misconfigured", "error", "mistake", "typo", "wrong", "incorrect", "overlooked", "missed",
        "forgot", "forgotten", "skipped", "oversight", "slip", "mistyped", "fat-fingered", "misread", "misjudged",
        // ("RC = double click on resubmit, thats all it was": the act itself offered as the whole cause)
        "click", "clicked", "double-click", "keying", "keyed", "typed", "manual", "manually", "re-run", "rerun", "unapproved"]

    /// "In short the lockout was down to a misconfiguration on the directory server, nothing more.", "the yearly service was
    /// overlooked, simple as that", "The reason of the incident was simply the wrong password entered at rotation",
    /// "Root cause was simply that nobody topped up the SMS credit". `head` is the sentence without an emphatic tail, if it had one.
    func insistedCause(_ s: Sentence, head: Sentence?, role: TextRole) -> RawFinding? {
        guard role != .actionItem, role != .timeline, role != .wentWell else { return nil }
        let body = head ?? s
        // (the analysis goes on: "..., simply because the form accepts any value")
        // ("the points froze because of a wiring error on the heater circuit, nothing more complicated than that": "because of" names the slip itself)
        if body.containsAny(["since", "allowed", "allows", "let", "lets", "nothing", "without", "validation", "design", "designed"])
            || body.span(0, body.count).contains(where: { body.w[$0] == "because" && body.word($0 + 1) != "of" }) { return nil }
        let slip = body.span(0, body.count).first(where: { k in LanguageChecker.insistedSlips.contains(body.w[k])
            || ["nobody", "no-one"].contains(body.w[k]) && body.isWord(k + 1) || body.has("no one", at: k) })
        if head != nil, let k = slip {
            return RawFinding(check: "surface-cause", at: k, excerpt: body.text(k, min(k + 2, body.endIndexBeforeFinalPunct)),
                              message: "The slip is offered as the whole cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                              better: Rewrite.forSurface(body, at: k))
        }
        // "The reason ... was simply the wrong password": the cause insisted on with "simply", "just" or "merely"
        guard let c = s.span(0, s.count).first(where: { ["cause", "reason"].contains(s.w[$0]) }),
              let v = s.span(c + 1, c + 8).first(where: { ["was", "is"].contains(s.w[$0]) && ["simply", "just", "merely", "only"].contains(s.word($0 + 1) ?? "") }),
              let k = slip, k > v else { return nil }
        return RawFinding(check: "surface-cause", at: v + 1, excerpt: s.text(v + 1, min(k + 1, s.endIndexBeforeFinalPunct)),
                          message: "\"\(s.text(v, v + 1)) ...\" offers the slip as the whole cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                          better: Rewrite.forSurface(s, at: k))
    }
}

extension LanguageChecker {
    /// "root cause = fitter error during firmware upgrade", "Primary cause: operator input error", "failure of personnel to follow
    /// procedure SB-FAC-03", "Root cause: relay setting left at test value": a person's slip named as the cause, with nothing past it.
    func roleErrorAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        // ("Put simply, the root cause was an operator leaving pump 2 in manual": the label after a lead-in)
        let labelled = s.span(0, min(s.count, 8)).contains(where: { ["cause", "causes"].contains(s.w[$0]) })
        guard [.rootCause, .contributingFactors, .whys].contains(role) || labelled else { return nil }
        if s.span(0, s.count).contains(where: { ["because", "since", "allowed", "let", "no", "nothing", "without", "lack", "so", "which"].contains(s.w[$0]) }) { return nil }
        // "Root cause: relay setting left at test value": a thing left in the wrong state, told as the whole cause
        // (the label may already have been read off as the section: "relay setting left at test value" under "Root cause")
        let from = labelled ? s.span(0, min(s.count, 9)).first(where: { [":", "=", "-", "–", "was", "is"].contains(s.w[$0]) && ($0 < 6 || s.span(0, $0).contains(where: { ["cause", "causes"].contains(s.w[$0]) })) }).map { $0 + 1 } : role == .rootCause ? s.firstWordIndex : nil
        if let c = from, let l = s.span(c, c + 5).first(where: { s.w[$0] == "left" }), s.span(c, l).allSatisfy({ s.isWord($0) && !["we", "i", "they", "he", "she"].contains(s.w[$0]) }),
           ["at", "in", "on", "open", "unlocked", "running", "enabled", "disabled", "behind", "off"].contains(s.word(l + 1) ?? "") {
            return RawFinding(check: "surface-cause", at: l, excerpt: s.text(l, min(l + 3, s.endIndexBeforeFinalPunct)),
                              message: "\"\(s.text(l, min(l + 3, s.endIndexBeforeFinalPunct)))\" says what was left undone, not why it could be; ask what made it depend on someone remembering and why nothing caught it.",
                              better: Rewrite.forSurface(s, at: l))
        }
        if s.span(0, s.count).contains(where: { LanguageChecker.goesDeeper(s, $0) }) { return nil }
        // (a person's act only after a label: "The engineer making the change thought ..." is the person, with their own verb)
        if let c = from, let f = actAsWholeCause(s, from: c, person: labelled) { return f }
        // ("The fire was the result of a researcher intentionally lighting residual ethanol": a person's act given as the whole cause)
        if let r = s.span(0, s.count).first(where: { s.has("the result of", at: $0) || s.has("caused by", at: $0) }), let f = actAsWholeCause(s, from: r + (s.w[r] == "caused" ? 2 : 3), person: true, adverbs: true) { return f }
        // ("This was a scheduling error on the internet broadcast computer system": a kind of human slip as the whole cause)
        if role == .rootCause || labelled, let k = s.span(0, min(s.count, 8)).first(where: { ["scheduling", "clerical", "administrative", "transcription", "keying", "booking", "labelling", "labeling", "dispensing", "calculation", "data-entry", "typing", "input", "entry", "mapping", "wiring", "picking", "filing"].contains(s.w[$0]) && ["error", "errors", "mistake", "mistakes", "slip", "omission", "oversight"].contains(s.word($0 + 1) ?? "") }),
           k > 0, ["a", "an", "the", "simple", ":", "="].contains(s.w[k - 1]) || s.w[k - 1] == "human" {
            return RawFinding(check: "surface-cause", at: k, excerpt: s.text(k, k + 1),
                              message: "\"\(s.text(k, k + 1))\" is where the analysis starts, not where it ends; ask why the error was possible and why nothing caught it.",
                              better: Rewrite.forSurface(s, at: k))
        }
        // ("human error" is the strong phrase's, with its own exemptions: "Human error is not the root cause here")
        for k in s.span(0, s.count) where s.isWord(k) && Lex.roles.contains(s.w[k]) && !["human", "humans", "person", "people", "individual"].contains(s.w[k]) {
            // "fitter error", "operator input error"
            var e = k + 1
            if ["input", "entry", "keying", "typing", "data-entry", "setup", "set-up", "handling", "procedural", "configuration", "config"].contains(s.word(e) ?? "") { e += 1 }
            if ["error", "errors", "mistake", "mistakes", "slip", "slips"].contains(s.word(e) ?? ""), !(k > 0 && ["no", "any", "without"].contains(s.w[k - 1])) {
                return RawFinding(check: "surface-cause", at: k, excerpt: s.text(k, e),
                                  message: "\"\(s.text(k, e))\" is where the analysis starts, not where it ends; ask why the error was possible and why nothing caught it.",
                                  better: Rewrite.forSurface(s, at: k))
            }
            // "failure of personnel to follow procedure"
            if k >= 2, s.w[k - 1] == "of" || AgentFinder.determiners.contains(s.w[k - 1]) && s.word(k - 2) == "of", let f = s.span(max(0, k - 3), k).first(where: { ["failure", "failures", "inability"].contains(s.w[$0]) }),
               s.word(k + 1) == "to", s.isWord(k + 2) {
                return RawFinding(check: "surface-cause", at: f, excerpt: s.text(f, k + 2),
                                  message: "\"\(s.text(f, k + 2))\" gives a person's lapse as the cause; ask why following it was hard, optional or unchecked.",
                                  better: Rewrite.forSurface(s, at: f))
            }
        }
        return nil
    }

    /// "Root cause: manual re-run of the batch", "Root cause is wrong calibration value put in the analyser", "the root cause was an
    /// operator leaving pump 2 in manual": a manual act, a wrong value put in, or a person's act, told as the whole cause.
    func actAsWholeCause(_ s: Sentence, from c: Int, person: Bool, adverbs: Bool = false) -> RawFinding? {
        var k = c
        while k < s.count, s.isWord(k), ["a", "an", "the", "simply", "just"].contains(s.w[k]) { k += 1 }
        // ("a researcher intentionally lighting ...": the manner adverb between the person and the act)
        if adverbs, k + 2 < s.count, Lex.roles.contains(s.w[k]) || AgentFinder.tradeShaped(s.w[k]), s.w[k + 1].hasSuffix("ly"), s.w[k + 2].hasSuffix("ing") {
            var t = s.toks; t.remove(at: k + 1)
            return actAsWholeCause(Sentence(t), from: k, person: person)
        }
        guard k < s.count, s.isWord(k) else { return nil }
        let found: Int?
        if s.w[k] == "manual", let n = s.word(k + 1), ["re-run", "rerun", "restart", "edit", "change", "override", "entry", "intervention", "update", "upload", "deletion", "run", "reset", "step", "copy", "import"].contains(n) {
            found = k
        } else if ["wrong", "incorrect"].contains(s.w[k]), let p = s.span(k + 1, k + 5).first(where: { ["put", "entered", "typed", "keyed", "loaded", "set", "used", "selected", "picked", "applied", "input", "chosen"].contains(s.w[$0]) }),
                  s.span(k + 1, p).allSatisfy({ s.isWord($0) }) {
            found = k
        } else if person, Lex.roles.contains(s.w[k]) || ["someone", "somebody"].contains(s.w[k]), let g = s.word(k + 1), g.hasSuffix("ing"), g.count > 5, !["during", "including", "regarding", "according", "concerning", "following", "pending"].contains(g) {
            found = k
        } else { found = nil }
        guard let at = found else { return nil }
        let end = min(at + 3, s.endIndexBeforeFinalPunct)
        return RawFinding(check: "surface-cause", at: at, excerpt: s.text(at, end),
                          message: "\"\(s.text(at, end))\" is where the analysis starts, not where it ends; ask why the act was possible and why nothing caught it.",
                          better: Rewrite.forSurface(s, at: at))
    }
}
