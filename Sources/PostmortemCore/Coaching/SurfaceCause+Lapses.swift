/// Surface cause told as a lapse: something let run out, a change that "didn't go to plan", a belief that a step was done,
/// a setting that was missing or never updated, a slip told with an adverb. Each is where the analysis starts.
extension LanguageChecker {
    /// Words after which the sentence says why the lapse could happen, so it is not the whole cause.
    static let lapseReasons: Set<String> = ["because", "since", "allowed", "allows", "let", "lets", "no", "lack", "lacked", "nothing", "without",
        "automation", "automated", "process", "alert", "alerting", "monitoring", "manual", "manually", "relied", "depended", "tracked", "reminder"]

    func lapseAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        let causeRoles: [TextRole] = [.rootCause, .contributingFactors, .whys]
        // "the SWP mistakenly issued a BMA", "contract personnel unintentionally deleted files": a slip told with an adverb, by anyone
        if causeRoles.contains(role) || role == .summary,
           let m = s.span(1, s.count).first(where: { k in ["mistakenly", "accidentally", "inadvertently", "unintentionally", "erroneously", "unknowingly"].contains(s.w[k])
               && s.isWord(k - 1) && !LanguageChecker.auxWords.contains(s.w[k - 1]) && !["not", "never", "was", "were", "been"].contains(s.w[k - 1])
               // ("That glitch accidentally sent out commands": a defect acting, not a hand slipping)
               && !LanguageChecker.thingsActing.contains(s.w[k - 1])
               && s.word(k + 1).map { Lex.changeVerbs.contains($0) && $0 != "left" || ["issued", "deleted", "sent", "published", "exposed", "shared", "purged", "erased", "overwrote", "overwritten", "broke",
                   // ("Another miner ... accidentally actuated the emergency stop"): a hand on a control
                   "actuated", "activated", "pressed", "tripped", "knocked", "bumped", "triggered", "unplugged", "switched"].contains($0) } == true }),
           !s.span(m + 2, s.count).contains(where: { ["because", "since", "allowed", "allows", "let", "lets", "no", "lack", "lacked", "nothing", "without"].contains(s.w[$0]) || ["as", "so", "which", "when", "while"].contains(s.w[$0]) && s.word($0 + 1) != "working" || [":", ";", "—"].contains(s.w[$0]) && $0 < s.endIndexBeforeFinalPunct }),
           !s.span(0, m).contains(where: { ["because", "since", "no", "without", "lack"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m + 1),
                              message: "\"\(s.text(m, m + 1))\" gives a slip as the cause; that is where the analysis starts: ask why it was possible and why nothing caught it.",
                              better: "Say what made the slip possible: " + Rewrite.quote("<The console or tool> offered <the wrong action> next to <the right one> with no confirmation, and nothing checked it before it went out"))
        }
        let toldAsCause = causeRoles.contains(role) || role == .summary && s.containsAny(["because", "due", "caused", "happened", "cause", "result"])
        guard toldAsCause else { return nil }
        let reasonAfter: (Int) -> Bool = { i in s.span(i + 1, s.count).contains(where: { LanguageChecker.lapseReasons.contains(s.w[$0]) || [":", ";", "—"].contains(s.w[$0]) && $0 < s.endIndexBeforeFinalPunct }) }
        // "we let one of the certificates used to sign add-ons expire": what happened, not what let it happen
        if let l = s.span(0, s.count).first(where: { ["let", "allowed"].contains(s.w[$0]) && $0 > 0 && ["we", "i", "they", "someone", "somebody", "team"].contains(s.w[$0 - 1]) }),
           let e = s.span(l + 2, l + 10).first(where: { ["expire", "lapse", "run", "fill", "go", "slip", "expired", "lapsed"].contains(s.w[$0])
               && (s.w[$0] != "run" || s.word($0 + 1) == "out") && (s.w[$0] != "fill" || s.word($0 + 1) == "up") && (s.w[$0] != "go" || ["stale", "unpatched", "unrenewed", "out"].contains(s.word($0 + 1) ?? "")) }),
           !reasonAfter(e) {
            return RawFinding(check: "surface-cause", at: l - 1, excerpt: s.text(l - 1, e),
                              message: "\"\(s.text(l - 1, e))\" says what lapsed, not why it could; ask what depended on someone noticing and why nothing warned in time.",
                              better: "Say what let it lapse: " + Rewrite.quote("Renewal of <the certificate> was a manual calendar task; no alert fired before it expired, and nothing tracked the date"))
        }
        // "a change to our database, that didn't go to plan": the plan went wrong, but why?
        if let g = s.span(1, s.count).first(where: { k in s.w[k] == "go" && ["didn't", "not"].contains(s.w[k - 1])
               && (s.has("to plan", at: k + 1) || s.has("as planned", at: k + 1) || s.has("according to plan", at: k + 1) || s.has("as expected", at: k + 1)) }),
           s.span(0, g).contains(where: { LanguageChecker.operationNouns.contains(s.w[$0]) || ["changes", "maintenance", "work", "release", "rollout", "cutover"].contains(s.w[$0]) }),
           !reasonAfter(g + 2) {
            let e = min(s.endIndexBeforeFinalPunct, g + (s.has("according to plan", at: g + 1) ? 3 : 2))
            return RawFinding(check: "surface-cause", at: g - 1, excerpt: s.text(g - 1, e),
                              message: "\"\(s.text(g - 1, e))\" says the change went wrong, not what went wrong or why nothing caught it; keep asking why.",
                              better: "Say what the change did and what let it reach production: " + Rewrite.quote("The migration locked the orders table for 14 minutes; the rehearsal ran on a copy a tenth of the size, and nothing checked lock time"))
        }
        // "in our rush we thought we'd rotated the admin API key, but we hadn't": a belief that a step was done
        if let t = s.span(0, s.count).first(where: { ["thought", "believed", "assumed"].contains(s.w[$0]) }),
           let a = s.span(t + 1, t + 4).first(where: { ["we'd", "i'd", "they'd", "he'd", "she'd", "had"].contains(s.w[$0]) }),
           s.span(a + 1, s.count).contains(where: { ["hadn't", "wasn't", "weren't", "didn't"].contains(s.w[$0]) || s.has("had not", at: $0) }),
           s.span(a, s.count).contains(where: { s.w[$0] == "but" }), !s.span(a, s.count).contains(where: { ["because", "since", "no", "nothing", "without"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: t, excerpt: s.text(t, min(s.endIndexBeforeFinalPunct, a + 2)),
                              message: "\"\(s.text(t, min(s.endIndexBeforeFinalPunct, a + 2)))\" gives a belief that a step was done as the cause; ask what would have shown it was not, and why nothing did.",
                              better: "Say what let the belief stand: " + Rewrite.quote("The rotation had no check that the old key was revoked; the runbook ended at 'issue new key' and nothing verified the old one stopped working"))
        }
        // ("Unfortunately, due to a misconfiguration, the CDN ... was no longer presenting a valid certificate": a summary's whole cause)
        if role == .summary, let c = s.span(0, s.count).first(where: { s.has("due to", at: $0) || s.has("caused by", at: $0) || s.has("because of", at: $0) || s.has("result of", at: $0) }),
           let m = s.span(c + 2, c + 5).first(where: { ["misconfiguration", "mis-configuration", "misconfig", "typo", "misconfigurations"].contains(s.w[$0]) }),
           s.span(c + 2, m).allSatisfy({ ["a", "an", "the", "simple", "single", "small"].contains(s.w[$0]) }),
           !s.span(m + 1, s.count).contains(where: { ["in", "of", "by", "because", "since", "allowed", "that", "which", "when"].contains(s.w[$0]) && $0 == m + 1 || ["because", "since", "allowed", "lack", "without", "validation", "review", "automation"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m),
                              message: "\"\(s.text(m, m))\" names the slip, not why it was possible or why nothing caught it; say what the post-mortem found beneath it.",
                              better: Rewrite.forSurface(s, at: m))
        }
        guard causeRoles.contains(role) else { return nil }
        // "Contributing cause: procedure step 7.3 (verify logger start) not performed.": a step named and left undone, in a note's shorthand
        if let n = s.span(0, s.count).first(where: { s.w[$0] == "not" && ["performed", "done", "completed", "followed", "carried", "executed", "run", "checked", "verified"].contains(s.word($0 + 1) ?? "") }),
           n > 0, !["was", "were", "is", "are", "been", "be", "had", "has", "have", "did", "does", "do", "could", "would", "should", "will", "can", "may", "must", "if"].contains(s.w[n - 1]),
           s.span(max(0, n - 10), n).contains(where: { LanguageChecker.stepNouns.contains(s.w[$0]) }),
           !s.span(0, n).contains(where: { ["because", "since", "no", "without", "lack", "if", "when", "whether"].contains(s.w[$0]) }), !reasonAfter(n + 1) {
            return RawFinding(check: "surface-cause", at: n, excerpt: s.text(n, n + 1),
                              message: "\"\(s.text(n, n + 1))\" names a step left undone, not why it could be; ask what depended on someone doing it and why nothing caught it.",
                              better: "Say what let the step be missed: " + Rewrite.quote("Nothing enforced <the step>: the procedure relied on the operator remembering it, and no check blocked the next stage without it"))
        }
        // "The root cause was a failure to properly deploy root files", "the main issue was an expired certificate": a lapse named as the cause
        // ("the root cause for the loss of the spacecraft was the failure to use metric units": the copula after what was lost)
        func copula(_ k: Int) -> Int? {
            guard ["cause", "causes", "issue", "problem"].contains(s.w[k]) else { return nil }
            if ["was", "is", "were"].contains(s.word(k + 1) ?? "") { return k }
            guard ["of", "for", "behind"].contains(s.word(k + 1) ?? ""), let b = s.span(k + 2, k + 10).first(where: { ["was", "is", "were"].contains(s.w[$0]) }),
                  s.span(k + 2, b).allSatisfy({ s.isWord($0) && !English.isPast(s.w[$0]) }) else { return nil }
            return b - 1
        }
        if let c = s.span(0, s.count).lazy.compactMap({ k in copula(k) ?? (["resulted", "stemmed", "arose"].contains(s.w[k]) && s.word(k + 1) == "from" || s.has("due to", at: k) || s.has("caused by", at: k) ? k : nil) }).first,
           let f = s.span(c + 2, c + 5).first(where: { k in s.w[k] == "failure" && s.word(k + 1) == "to" || s.w[k] == "expired" && ["certificate", "cert", "key", "token", "licence", "license", "domain", "password", "credential", "credentials", "contract"].contains(s.word(k + 1) ?? "") }),
           s.span(c + 2, f).allSatisfy({ ["a", "an", "the"].contains(s.w[$0]) }), !reasonAfter(f + 1) {
            let e = min(s.endIndexBeforeFinalPunct, f + (s.w[f] == "failure" ? 3 : 1))
            return RawFinding(check: "surface-cause", at: f, excerpt: s.text(f, e),
                              message: "\"\(s.text(f, e))\" names what lapsed, not why it could; ask what depended on someone remembering and why nothing caught it in time.",
                              better: "Say what let it lapse: " + Rewrite.quote("Nothing tracked <the expiry or the step>; it depended on <a person or a calendar>, and no alert fired before it had impact"))
        }
        // "Misconfigurations in our monitoring and alerting caused this outage to go on longer", "due to mis-configured settings on PagerDuty"
        if let m = s.span(0, s.count).first(where: { ["misconfigurations", "misconfiguration", "mis-configurations", "mis-configuration", "mis-configured", "misconfigured", "misconfig", "misconfigs"].contains(s.w[$0]) }),
           !s.span(max(0, m - 3), m).contains(where: { ["introduced", "created", "generated", "produced", "rendered", "wrote", "emitted", "no", "detect", "detects", "catch"].contains(s.w[$0]) }),
           // ("This misconfiguration stemmed from inconsistent application of settings", "Provisioning is automated, so the drive
           // misconfiguration shouldn't have been possible": the analysis goes on)
           !s.span(0, s.count).contains(where: { ["because", "since", "allowed", "allows", "lets", "lack", "lacked", "without", "template", "pipeline", "automation", "automated", "script", "tool", "tooling",
               "validation", "default", "defaults", "upgrade", "release", "stemmed", "stems", "originated", "arose", "possible", "inconsistent", "shouldn't"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: m, excerpt: s.text(m, m),
                              message: "\"\(s.toks[m].text)\" names the wrong setting, not why it was possible or why nothing caught it; keep asking why.",
                              better: Rewrite.forSurface(s, at: m))
        }
        // "The issue was caused by a missing setting on the live cluster": a setting given as the whole cause
        if let c = s.span(0, s.count).first(where: { s.has("caused by", at: $0) || s.has("due to", at: $0) || s.has("result of", at: $0) || s.has("cause was", at: $0) }),
           let a = s.span(c + 2, c + 5).first(where: { ["missing", "wrong", "incorrect", "bad", "stale", "outdated", "old", "invalid", "erroneous"].contains(s.w[$0]) }),
           let n = s.span(a + 1, a + 4).first(where: { ["setting", "settings", "config", "configuration", "value", "flag", "parameter", "entry", "option", "variable", "key"].contains(s.w[$0]) }),
           s.span(a + 1, n).allSatisfy({ s.isWord($0) }), !reasonAfter(n),
           !s.span(n + 1, s.count).contains(where: { ["which", "that", "in", "introduced", "generated", "from"].contains(s.w[$0]) && $0 == n + 1 }) {
            return RawFinding(check: "surface-cause", at: a, excerpt: s.text(a, n),
                              message: "\"\(s.text(a, n))\" names the setting, not why it was wrong or why nothing caught it; keep asking why.",
                              better: Rewrite.forSurface(s, at: a))
        }
        // "an old routing configuration ... that did not get updated": a step that did not happen, told of the thing
        if let g = s.span(2, s.count).first(where: { k in ["updated", "renewed", "rotated", "removed", "migrated", "cleaned", "changed", "replaced", "patched"].contains(s.w[k])
               && (s.w[k - 1] == "get" && ["not", "didn't", "never"].contains(s.w[k - 2]) || s.w[k - 1] == "been" && ["not", "never", "hadn't", "hasn't"].contains(s.w[k - 2]) && (s.w[k - 2] != "not" || k >= 3 && ["had", "has", "have"].contains(s.w[k - 3]))) }),
           s.span(max(0, g - 5), g).contains(where: { ["that", "which"].contains(s.w[$0]) }),
           s.span(0, g).contains(where: { ["configuration", "config", "rule", "rules", "record", "records", "entry", "entries", "route", "routes", "setting", "settings", "certificate", "cert", "key", "keys", "password", "secret", "token", "file", "list", "package", "packages", "library", "version"].contains(s.w[$0]) }),
           !reasonAfter(g),
           // ("the permit-to-work system drew its isolation points from a valve list that had not been updated ..., so the permit could not show the
           // dependency": the system built on the stale list, and what that left it unable to do)
           !(s.span(0, g).contains(where: { ["system", "systems", "tool", "register", "database", "drew", "draws", "pulled", "pulls"].contains(s.w[$0]) })
             && s.span(g + 1, s.count).contains(where: { s.w[$0] == "so" && s.span($0 + 1, s.count).contains(where: { ["could", "can", "cannot", "couldn't", "can't"].contains(s.w[$0]) }) })) {
            let st = s.span(max(0, g - 4), g).first(where: { ["that", "which"].contains(s.w[$0]) }) ?? g
            return RawFinding(check: "surface-cause", at: st, excerpt: s.text(st, g),
                              message: "\"\(s.text(st, g))\" says a step did not happen, not why it could be missed; ask what depended on someone remembering and why nothing flagged it.",
                              better: "Say what let it be missed: " + Rewrite.quote("Nothing lists <the configuration> as part of <the change>, so it was not updated, and no check compares it with <the intended state>"))
        }
        // "an upgrade of our obs-api package without upgrading other required packages": a change made without its companion step
        if let w = s.span(2, s.count).first(where: { k in s.w[k] == "without" && ["upgrading", "updating", "migrating", "restarting", "rebuilding", "redeploying", "reloading", "rotating", "renewing", "bumping"].contains(s.word(k + 1) ?? "") }),
           s.span(0, w).contains(where: { ["upgrade", "update", "change", "deploy", "deployment", "migration", "install", "installation", "upgraded", "updated", "changed", "deployed", "installed", "bumped", "bump"].contains(s.w[$0]) }),
           !reasonAfter(w + 1), !s.span(0, w).contains(where: { ["because", "since", "allowed", "allows", "lets", "no", "lack", "pipeline", "tool", "process"].contains(s.w[$0]) }) {
            let e = min(s.endIndexBeforeFinalPunct, w + 3)
            return RawFinding(check: "surface-cause", at: w, excerpt: s.text(w, e),
                              message: "\"\(s.text(w, e))\" says which step was left out, not why the change could go out without it; keep asking why.",
                              better: "Say what let the step be left out: " + Rewrite.quote("The package manager allowed the upgrade without its dependencies; nothing pinned them together or tested the set before release"))
        }
        // "we failed to properly configure the log file locations": the writers' own slip, given as the cause
        if let f = s.span(1, s.count).first(where: { ["failed", "neglected", "omitted"].contains(s.w[$0]) && ["we", "i"].contains(s.w[$0 - 1]) && s.word($0 + 1) == "to" }),
           let v = s.span(f + 2, f + 4).first(where: { s.isWord($0) && !s.w[$0].hasSuffix("ly") }),
           // (what could not be known then is not a slip: "we failed to identify the full scope of testing required")
           !["notice", "detect", "see", "spot", "catch", "reach", "get", "find", "identify", "anticipate", "foresee", "recognise", "recognize", "realise", "realize", "understand", "appreciate", "predict"].contains(s.w[v]), !reasonAfter(v),
           !s.span(0, f).contains(where: { ["because", "since", "no", "without"].contains(s.w[$0]) }) {
            return RawFinding(check: "surface-cause", at: f - 1, excerpt: s.text(f - 1, v),
                              message: "\"\(s.text(f - 1, v))\" gives the team's own slip as the cause; ask what made it easy to get wrong and why nothing caught it.",
                              better: "Say what the process lacked: " + Rewrite.quote("The server build had no template for <the setting>, so it was set by hand under time pressure, and no check compared it with the old servers"))
        }
        return nil
    }
}
