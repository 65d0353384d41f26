/// Surface cause: a step that was missed, or a slip, given as the whole cause with nothing about why it could happen.
extension LanguageChecker {
    static let missedParticiples: Set<String> = ["missed", "overlooked", "skipped", "forgotten", "neglected", "omitted"]
    static let stepSubjects: Set<String> = ["renewal", "step", "check", "review", "test", "tests", "validation", "update", "upgrade", "rotation",
        "backup", "sign-off", "approval", "handover", "reminder", "patch", "verification", "migration", "restart", "reconciliation", "count", "audit",
        "round", "rounds", "inspection", "inspections", "calibration", "drill", "walkthrough", "sweep", "readback", "read-back",
        // "The alert notification was missed", "a certificate that had not been renewed"
        "notification", "certificate", "cert", "licence", "license", "access", "allowlist", "whitelist", "credentials", "permissions", "qa",
        // "A test equipment component was not removed before the system was re-energised"
        "component", "equipment", "jumper", "clamp", "tag", "lock",
        // "the clocks were not changed for summer time", "The test plate was not burned", "key not loaded to cluster B during key ceremony"
        "clock", "clocks", "plate", "plates", "key", "keys", "wire", "firmware", "setting", "settings",
        // "The standard flighting deployment policy of incrementally deploying changes ... was not followed"
        "policy", "procedure", "process", "runbook", "checklist", "practice", "protocol"]
    /// Acts the one running a step can leave out: "without excluding", "without checking".
    static let omittedActs: Set<String> = ["excluding", "checking", "verifying", "confirming", "specifying", "setting", "passing", "draining", "disabling",
        "pausing", "stopping", "backing", "testing", "notifying", "informing", "telling", "updating", "removing", "filtering", "limiting", "selecting", "double-checking"]
    /// Participles that, negated, say a step did not happen: "the yearly certificate check was not carried out".
    static let doneParticiples: Set<String> = ["carried", "performed", "done", "completed", "run", "executed", "conducted", "followed", "renewed", "applied", "undertaken", "removed",
        // "the clocks were not changed for summer time", "The test plate was not burned after the profile change", "key not loaded to cluster B"
        "changed", "burned", "burnt", "loaded", "verified", "checked", "tested", "rotated", "replaced", "reset", "registered", "adjusted",
        // "the allowlist access was not revoked", "this was not put through our normal QA process"
        "revoked", "put"]

    /// "the root cause is that a certificate renewal got missed", "the validation step for the parser update had been skipped",
    /// "release went out without the load test step", "went out to the 100% channel ... by mistake": where the analysis starts.
    func missedStepAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        guard [.rootCause, .contributingFactors, .whys].contains(role) || s.find("root cause") != nil || s.find("root of") != nil else { return nil }
        if ["by policy", "per policy", "by design", "as designed", "as intended", "as planned"].contains(where: { s.find($0) != nil }) { return nil }
        // ("... by mistake: the channel dropdown lists the full rollout first", "went out without the soak test, a stage that the hotfix
        // template still omits": the sentence goes on to what made it possible)
        let goesOn: (Int) -> Bool = { pos in s.span(pos + 1, s.endIndexBeforeFinalPunct).contains(where: { [":", ";", "—"].contains(s.w[$0]) }) }
        // a value put in wrongly: "Root cause: event configured incorrectly.", "firmware version number entered incorrectly in the release tool"
        // ("certain lobby servers had been improperly configured": the adverb before the participle)
        if [.rootCause, .contributingFactors].contains(role),
           let m = s.span(2, s.count - 1).first(where: { k in ["incorrectly", "wrongly", "erroneously", "improperly", "inaccurately", "inconsistently"].contains(s.w[k]) && ["configured", "set", "entered", "specified", "mapped", "provisioned", "deployed"].contains(s.w[k + 1])
               && ["been", "was", "were", "got"].contains(s.w[k - 1]) }),
           !s.span(0, s.count).contains(where: { ["because", "since", "allowed", "allows", "let", "lets", "no", "lack", "lacked", "nothing", "which", "template", "script", "automation", "default"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m + 1),
                              message: "\"\(s.text(m, m + 1))\" says a setting was wrong, not why it could be; ask what accepted it and why nothing caught it.",
                              better: "Say what accepted the wrong setting: " + Rewrite.quote("<The tool> applied <the setting> without validation, and nothing compared it with <the expected value> before it went live"))
        }
        if [.rootCause, .contributingFactors].contains(role),
           // ("The root cause was that the Hartley closure was entered late": a value put in too late)
           let m = s.span(2, s.count).first(where: { k in ["incorrectly", "wrongly", "erroneously", "improperly", "inaccurately"].contains(s.w[k]) || s.w[k] == "late" && ["entered", "recorded", "submitted", "keyed", "input", "filed"].contains(s.w[k - 1])
               && ["entered", "configured", "set", "typed", "keyed", "input", "labelled", "labeled", "copied", "specified", "selected", "mapped", "recorded", "transcribed", "filled", "populated"].contains(s.w[k - 1])
               && (s.span(max(0, k - 3), k - 1).contains(where: { ["was", "were", "been", "got"].contains(s.w[$0]) }) || s.span(0, k - 1).contains(where: { s.w[$0] == ":" })
                   // (a headline with its label cut off: "event configured incorrectly")
                   || k - 1 - s.firstWordIndex <= 5 && !s.span(0, k - 1).contains(where: { ["is", "are", "we", "i", "they", "he", "she", "it", "has", "have"].contains(s.w[$0]) })) }),
           // (only when the slip is the whole statement: "was entered incorrectly and a larger set of servers was removed than intended" goes on to the mechanism)
           s.word(m + 1) != "by", !goesOn(m), !s.span(m + 1, s.count).contains(where: { ["and", ","].contains(s.w[$0]) }),
           !s.span(0, s.count).contains(where: { ["because", "since", "allowed", "allows", "let", "lets", "no", "lack", "lacked", "nothing", "which", "accepted", "validation", "default", "template", "script", "automation"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            return RawFinding(check: "surface-cause", at: m - 1, excerpt: s.text(m - 1, m),
                              message: "\"\(s.text(m - 1, m))\" says a value was put in wrong, not why it could be; ask what accepted it and why nothing caught it.",
                              better: "Say what accepted the wrong value: " + Rewrite.quote("<The tool> accepted <the value> without <validation or a second check>, and nothing compared it with <the expected value> before it went live"))
        }
        // "Root cause: the data logger was never switched on at the pack station.": a device never started, as the whole cause
        if role == .rootCause || s.find("root cause") != nil, s.w.filter({ !$0.isEmpty }).count <= 18,
           let m = s.span(1, s.count - 2).first(where: { k in ["was", "were"].contains(s.w[k]) && ["never", "not"].contains(s.w[k + 1])
               && (["switched", "turned", "powered", "plugged"].contains(s.word(k + 2) ?? "") && ["on", "in"].contains(s.word(k + 3) ?? "") || ["enabled", "activated", "armed", "started", "connected"].contains(s.word(k + 2) ?? "")) }),
           !s.span(0, s.count).contains(where: { LanguageChecker.slipDepth.contains(s.w[$0]) && s.w[$0] != "never" || ["design", "default", "defaults", "by", "intended", "because"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m + 2),
                              message: "\"\(s.text(m, m + 2))\" says a step did not happen, not why it could be missed; ask what should have started it and why nothing noticed.",
                              better: "Say what let the step be missed: " + Rewrite.quote("Nothing in <the checklist or the startup sequence> starts <the device>, and no alarm shows when it is off"))
        }
        // "Root cause (draft): pgbouncer pool size set too low.": a value set wrong, as the whole cause
        if role == .rootCause || s.find("root cause") != nil, let m = s.span(1, s.count - 2).first(where: { k in ["set", "configured", "sized", "tuned"].contains(s.w[k]) && s.w[k + 1] == "too"
               && ["low", "high", "small", "large", "short", "long", "aggressive", "tight", "loose", "big"].contains(s.w[k + 2]) }),
           s.endIndexBeforeFinalPunct <= m + 3, !s.toks.contains(where: { $0.hasDigit }), !s.span(0, m).contains(where: { finder.agent(s, at: $0)?.isBlameable == true || ["we", "i", "default", "defaults", "template", "because"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m + 2),
                              message: "\"\(s.text(m, m + 2))\" says a value was wrong, not why it could be; ask how the value was chosen and why nothing caught it.",
                              better: "Say how the value was chosen and what would have caught it: " + Rewrite.quote("<The setting> was sized for <the old load>; no load test or alert compares it with <the current peak>"))
        }
        if s.containsAny(["template", "tooling", "pipeline", "tool", "dropdown", "default", "defaults", "menu", "form", "omits", "skips", "allows", "allowed", "lets"]) { return nil }
        // a passive miss: "got missed", "was overlooked", "had been skipped"
        // (or a negated one: "was not carried out", "had not been performed")
        // ("Root cause: the certificate wasn't renewed in time", "D4 Root cause (occurrence): jumper wire not removed after repair": contracted, or a note's shorthand)
        let contracted: Set<String> = ["wasn't", "weren't", "hadn't", "hasn't", "haven't"]
        for i in s.span(0, s.count) where i > 1 && (LanguageChecker.missedParticiples.contains(s.w[i])
                || LanguageChecker.doneParticiples.contains(s.w[i]) && (s.w[i - 1] == "not" || contracted.contains(s.w[i - 1]) || s.w[i - 1] == "been" && (s.w[i - 2] == "not" || contracted.contains(s.w[i - 2])))) {
            let negated = !LanguageChecker.missedParticiples.contains(s.w[i])
            let before = negated ? (s.w[i - 1] == "not" || contracted.contains(s.w[i - 1]) ? i - 1 : i - 2) : i
            let aux = contracted.contains(s.w[before]) ? String(s.w[before].dropLast(3)) : s.w[before - 1] == "been" && before >= 2 ? s.w[before - 2] : s.w[before - 1]
            // ("Cause code: Human error — key not loaded to cluster B": after a label or a dash)
            let label = s.span(0, before).last(where: { [":", "—", "–"].contains(s.w[$0]) })
            let shorthand = negated && s.w[before] == "not" && label != nil && before - 1 > 0 && s.isWord(before - 1)
                && !s.span(label! + 1, before).contains(where: { LanguageChecker.auxWords.contains(s.w[$0]) || ["we", "i", "they", "he", "she", "it"].contains(s.w[$0]) })
            guard ["was", "were", "got", "had", "has", "gets", "is"].contains(aux) || shorthand, !negated || aux != "is",
                  s.span(max(0, i - (s.w[i] == "followed" ? 14 : 8)), i).contains(where: { LanguageChecker.stepSubjects.contains(s.w[$0]) })
                    || s.w[i] == "put" && s.word(i + 1) == "through" && s.span(i + 2, i + 6).contains(where: { LanguageChecker.stepSubjects.contains(s.w[$0]) || ["testing", "process"].contains(s.w[$0]) }) else { continue }
            // ("was skipped by the pipeline", "was missed because the alert went to email": a system did it, or the analysis goes on)
            // (but ", so the error passed to the press" only tells what followed)
            let consequence: (Int) -> Bool = { k in s.w[k] == "so" && s.span(k + 1, k + 4).contains(where: { ["error", "mistake", "problem", "fault", "defect", "wrong", "bad"].contains(s.w[$0]) }) }
            if s.word(i + 1) == "by" || goesOn(i) || s.span(i + 1, s.count).contains(where: { LanguageChecker.goesDeeper(s, $0) || ["as", "so", "when", "which"].contains(s.w[$0]) && !consequence($0) }) { continue }
            // ("Because the yearly renewal was manual and was missed": the manual step given as the reason; not "the manual temperature round ... was omitted")
            // ("The check compares fingerprints only for clinical samples, so the research libraries on the same plates were not checked": what the design left out)
            if s.span(0, before).contains(where: { ["because", "since", "no", "without", "lack", "not", "never", "only", "so", "automated", "automatic", "automatically", "manually", "relied", "depended", "hand"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't")
                || s.w[$0] == "manual" && ($0 > 0 && ["was", "is", "were", "are", "still", "entirely", "fully"].contains(s.w[$0 - 1]) || s.word($0 + 1) == "and") }) { continue }
            let e = negated && s.w[i] == "carried" && s.word(i + 1) == "out" ? i + 1 : i
            return RawFinding(check: "surface-cause", at: i, excerpt: s.text(max(0, before - 2), e),
                              message: "\"\(s.text(max(0, before - 2), e))\" says a step was missed, not why it could be; ask what made it depend on someone remembering and why nothing caught it.",
                              better: "Say what let the step be missed: " + Rewrite.quote("<The step> depended on <a person or a reminder>; nothing tracked it or alerted when it had not happened by <deadline>"))
        }
        // a change that went out without its step: "release went out without the load test step"
        if role == .rootCause || s.find("root cause") != nil,
           // ("cause: update applied to encoders without following the change checklist": a bare participle after the label)
           let w = s.span(1, s.count).first(where: { k in s.w[k] == "without" && (["out", "live", "deployed", "shipped", "released", "merged", "published", "through"].contains(s.w[k - 1])
               || s.span(max(0, k - 4), k).contains(where: { ["applied", "installed", "pushed", "deployed", "rolled", "released"].contains(s.w[$0]) }) && !s.span(0, k).contains(where: { ["are", "is", "get", "gets"].contains(s.w[$0]) })) }),
           // one change, told in the past ("went out", "was deployed"); "zone files are deployed without a check" is the process gap itself
           s.span(max(0, w - 4), w).contains(where: { ["went", "was", "were", "got", "been", "pushed", "rolled", "made", "applied", "installed"].contains(s.w[$0]) }),
           s.span(w + 1, w + 6).contains(where: { ["step", "stage", "check", "test", "review", "approval", "sign-off", "canary", "checklist", "procedure", "runbook"].contains(s.w[$0]) }), !goesOn(w),
           !s.span(w + 1, s.count).contains(where: { s.w[$0] == "," && s.span($0 + 1, $0 + 4).contains(where: { ["a", "which", "since", "because", "as"].contains(s.w[$0]) }) }),
           !s.span(w + 1, s.count).contains(where: { ["because", "since", "as", "so", "which", "when"].contains(s.w[$0]) }),
           !s.span(0, w).contains(where: { ["no", "lacks", "lacked", "has", "had", "pipeline", "process", "tool", "policy", "allowed", "allows", "let", "lets"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: w, excerpt: s.text(w - 2, min(s.endIndexBeforeFinalPunct, w + 4)),
                              message: "\"\(s.text(w - 2, min(s.endIndexBeforeFinalPunct, w + 4)))\" says a step was skipped, not why it could be; ask what let the change go out without it.",
                              better: "Say what let the step be skipped: " + Rewrite.quote("The pipeline let <the change> reach production without <the step>; nothing required it or blocked the release"))
        }
        // a step the person running it left out: "bulk-apply-limitrange.sh was run manually without excluding the traefik namespace"
        // ("was applied without review" names a missing safeguard; an omitted act of the one who ran it is where the analysis starts)
        if [.rootCause, .contributingFactors].contains(role),
           let w = s.span(2, s.count).first(where: { k in s.w[k] == "without" && LanguageChecker.omittedActs.contains(s.word(k + 1) ?? "")
               && s.span(max(0, k - 4), k).contains(where: { ["run", "ran", "executed", "applied", "performed", "started", "triggered", "launched", "done", "invoked",
                   "pushed", "deployed", "installed", "released", "uploaded", "sent", "flashed", "published", "merged"].contains(s.w[$0]) })
               // ("Sticky (root cause): firmware pushed to scanners without checking first": a bare participle after a label)
               && (s.span(max(0, k - 5), k).contains(where: { ["was", "were", "got", "manually", "by", "hand"].contains(s.w[$0]) }) || s.span(max(0, k - 7), k).contains(where: { s.w[$0] == ":" })) }),
           !goesOn(w), !s.span(0, s.count).contains(where: { ["because", "since", "allowed", "allows", "let", "lets", "no", "lack", "lacked", "nothing", "which"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            let e = min(s.endIndexBeforeFinalPunct, w + 3)
            return RawFinding(check: "surface-cause", at: w, excerpt: s.text(w, e),
                              message: "\"\(s.text(w, e))\" says what the person running it left out, not why it could be; ask what let it run that way and why nothing caught it.",
                              better: "Say what let the step be left out: " + Rewrite.quote("<The script> ran against every <namespace> by default and nothing asked for <the exclusion> before it ran"))
        }
        // an accident told as a thing going wrong: "The update also went out to the 100% channel instead of the 5% canary channel by mistake."
        // ("the duplicate-ID check in the loader had been accidentally switched off", "a developer has by accident put the conversion in the export job")
        if [.rootCause, .contributingFactors].contains(role), let m = s.span(1, s.count).first(where: { k in ["by mistake", "by accident", "in error"].contains(where: { s.has($0, at: k) })
               || ["accidentally", "inadvertently", "mistakenly", "unintentionally"].contains(s.w[k]) && s.span(k - 3, k).contains(where: { ["was", "were", "been", "got", "has", "had"].contains(s.w[$0]) })
                   // ("it was inadvertently struck by the skip being brought to the surface": a machine's doing, not a person's slip)
                   && !(s.word(k + 2) == "by" && !s.span(k + 3, k + 6).contains(where: { finder.agent(s, at: $0)?.isBlameable ?? false })) }), !goesOn(m),
           !s.span(0, s.count).contains(where: { ["because", "since", "as", "so", "no", "without", "lack", "allowed", "let", "which"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            let e = s.w[m] == "by" || s.w[m] == "in" ? m + 1 : m
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, e),
                              message: "\"\(s.text(m, e))\" gives an accident as the cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                              better: "Say what made the accident possible: " + Rewrite.quote("<The tool> offered <the wrong target> next to <the right one> with no confirmation, and nothing checked <the target> before it went out"))
        }
        // "the root cause was a mistake in the CDN config", "Root cause was a mistake in the SQL from the developer"
        // ("Direct cause is mistake of certificate renewal date input", "Root cause: somebody made a mistake in the preflight settings")
        if let r = s.span(0, s.count).first(where: { s.has("root cause", at: $0) || s.has("root of", at: $0) || s.has("primary cause", at: $0) || s.has("main cause", at: $0) || s.has("direct cause", at: $0) || s.has("immediate cause", at: $0) }),
           let b = s.span(r + 2, r + 6).first(where: { ["was", "is", ":"].contains(s.w[$0]) }),
           let m = s.span(b + 1, b + 5).first(where: { ["mistake", "slip", "blunder"].contains(s.w[$0]) }),
           // ("a mistake in the date-parsing library's handling of leap years", "in how the retry library computes backoff": a defect in code)
           !s.span(m + 1, m + 7).contains(where: { ["library", "library's", "module", "module's", "code", "function", "logic", "algorithm", "parser", "handling", "how", "implementation", "sdk", "driver", "firmware", "compiler"].contains(s.w[$0]) }),
           !s.span(m + 1, s.count).contains(where: { [";", ":", "—"].contains(s.w[$0]) }),
           !s.span(m + 1, s.count).contains(where: { LanguageChecker.goesDeeper(s, $0) || ["because", "since"].contains(s.w[$0])
               || ["which", "that"].contains(s.w[$0]) && s.span($0 + 1, $0 + 3).contains(where: { ["let", "lets", "allowed", "allows", "meant", "made", "nobody", "nothing"].contains(s.w[$0]) }) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(b + 1, m),
                              message: "\"\(s.text(b + 1, m))\" names a mistake as the root cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                              better: Rewrite.forSurface(s, at: m))
        }
        return nil
    }
}

extension LanguageChecker {
    /// Where an emphatic tail starts (", nothing more", ", plain and simple"), if the sentence ends with one. (", that's it" closes
    /// the analysis in so many words and is read as such.)
    static func emphaticTail(_ s: Sentence) -> Int? {
        // ("..., thats all it was", "..., and no further cause need be sought")
        for p in ["nothing more", "nothing else", "no more than that", "simple as that", "plain and simple", "pure and simple", "that's all it was", "that was all it was", "that's all", "that's it", "end of story"] {
            guard let i = s.find(p), i > 1, s.isPunct(i - 1), [",", "—", "–", "-", ":"].contains(s.w[i - 1]) else { continue }
            let end = i + p.split(separator: " ").count
            if s.span(end, s.count).allSatisfy({ s.isPunct($0) }) { return i - 1 }
            // ("..., nothing more exotic than that", "..., nothing fancier than that": the same insistence, with its comparison)
            if let t = s.span(end, end + 3).first(where: { s.has("than that", at: $0) }), s.span(t + 2, s.count).allSatisfy({ s.isPunct($0) }) { return i - 1 }
        }
        // ("..., and no further cause need be sought": the search for causes declared over)
        if let i = s.span(0, s.count).first(where: { k in ["no further cause", "no other cause", "nothing further", "no need to look further"].contains { s.has($0, at: k) } }), i > 1 {
            let c = s.w[i - 1] == "and" ? i - 2 : i - 1
            if c > 0, s.isPunct(c), [",", "—", "–", "-", ";"].contains(s.w[c]) { return c }
        }
        return nil
    }
}
