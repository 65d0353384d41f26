/// Root causes that stop at one slip: "a wrong click in the console", "a missed step in the checklist",
/// "max_connections was set to 10 instead of 1000", "the certificate was not renewed on time".
extension LanguageChecker {
    /// Words after the slip that go deeper: what allowed it, what was missing, why nothing caught it.
    static let slipDepth: Set<String> = ["because", "since", "lack", "lacks", "lacked", "lacking", "missing", "absence", "absent", "without",
        "allowed", "allows", "allow", "permitted", "permits", "permit", "let", "no", "nothing", "none", "never", "safeguard", "safeguards",
        "guardrail", "guardrails", "validation", "validate", "validated", "review", "reviewed", "process", "confirmation", "design",
        "insufficient", "inadequate", "undocumented", "unclear", "ambiguous", "gap", "gaps", "accepted", "rejected", "prompt",
        "check", "checks", "checked", "test", "tests", "tested", "caught", "detect", "detected", "alert", "automation", "automated",
        "relied", "relies", "depended", "depends", "requires", "required", "enforce", "enforced", "unguarded"]
    /// Ambiguous depth words: "missing validation" goes deeper, "a missing trailing dot" describes the slip.
    static let safeguardNouns: Set<String> = ["validation", "check", "checks", "test", "tests", "review", "reviews", "alert", "alerts", "guard",
        "guardrail", "guardrails", "lint", "linter", "confirmation", "prompt", "approval", "safeguard", "safeguards", "monitoring", "automation",
        "canary", "staging", "protection", "limit", "limits", "policy", "process", "runbook", "owner", "schema", "dry-run", "diff", "peer", "count", "recount", "spot-check", "walkthrough"]
    static func goesDeeper(_ s: Sentence, _ k: Int) -> Bool {
        let x = s.w[k]
        if ["missing", "no", "without", "lack", "lacks", "lacked", "absence"].contains(x) {
            // "missing validation", "without testing" go deeper; "a missing trailing dot" describes the slip
            let adjectives: Set<String> = ["being", "trailing", "leading", "closing", "opening", "ending", "remaining", "matching", "corresponding",
                "following", "existing", "starting", "preceding", "surrounding", "padding", "spacing", "heading", "string", "thing", "nothing"]
            return s.span(k + 1, k + 4).contains { safeguardNouns.contains(s.w[$0]) || s.w[$0].hasSuffix("ing") && !adjectives.contains(s.w[$0]) }
        }
        // a safeguard named as the slip's instrument ("made tests truncate production") is not a reason; one that failed is
        if safeguardNouns.contains(x), !["review", "reviewed", "validation", "confirmation", "process", "design"].contains(x) {
            return s.span(max(0, k - 3), k + 4).contains { ["no", "not", "never", "missing", "without", "lack", "lacked", "failed", "failing", "passed", "skipped", "due"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }
        }
        return slipDepth.contains(x) || x.hasSuffix("n't") || x == "not" && k > 0 && ["did", "does", "do", "had", "has", "could", "would"].contains(s.w[k - 1])
            || x == "due" && s.word(k + 1) == "to"
    }

    /// Acts a person does by hand, as passive participles: "the flag was passed", "the value was keyed in".
    /// Upkeep and checking steps whose omission, told passively, is a step left undone: "the brake had not been lubricated".
    static let upkeepSteps: Set<String> = ["reloaded", "checked", "tested", "verified", "inspected", "lubricated", "washed", "cleaned", "calibrated", "reapplied", "re-applied",
        "isolated", "locked", "tightened", "secured", "refilled", "replenished", "serviced", "re-enabled", "reconnected", "reset", "cleared", "flushed", "purged", "reinstated", "re-run", "rerun",
        "inserted", "fitted", "engaged", "fastened", "connected", "closed", "shut", "opened", "vented", "drained", "earthed", "grounded",
        // ("the renewal notice of 2 February was not actioned")
        "actioned", "renewed", "escalated", "chased", "completed"]
    /// Subjects whose unintended act is a side effect, not a hand slipping: "That glitch accidentally sent out commands",
    /// "each imported payment inadvertently triggered a callback", "..., which unintentionally removed a compound index".
    static let thingsActing: Set<String> = ["glitch", "bug", "defect", "fault", "race", "regression", "firmware", "which", "payment", "payments", "migration", "migrations",
        "request", "requests", "job", "jobs", "script", "scripts", "process", "update", "message", "messages", "event", "events", "query", "queries", "call", "calls",
        "import", "imports", "callback", "callbacks", "rule", "code", "release"]
    static let manualActs: Set<String> = ["passed", "entered", "keyed", "typed", "run", "ran", "executed", "set", "deleted", "removed", "pushed",
        "deployed", "applied", "changed", "clicked", "selected", "chosen", "skipped", "missed", "forgotten", "omitted", "merged", "approved",
        "disabled", "enabled", "dropped", "restarted", "unplugged", "pulled", "pasted", "copied", "edited", "modified", "overwritten",
        "renewed", "updated", "rotated", "performed", "done", "triggered", "issued", "pressed", "flipped", "toggled", "configured", "provided",
        "supplied", "used", "specified", "misconfigured", "mistyped", "fat-fingered", "performed", "followed", "completed", "uploaded",
        "published", "promoted", "pointed", "shipped", "released", "installed", "loaded", "imported", "assigned", "granted", "revoked", "moved",
        "renamed", "edited", "rolled", "reverted", "started", "stopped", "killed", "terminated", "scaled", "resized", "created", "added"]
    /// Steps a person is expected to take: "the runbook step ... was skipped", "the checklist was not followed".
    static let stepNouns: Set<String> = ["step", "steps", "piece", "detail", "check", "checks", "item", "items", "stage", "checklist", "runbook", "procedure",
        "process", "instructions", "instruction", "review", "sign-off", "handover", "playbook", "verification", "test", "tests",
        "bump", "renewal", "rotation", "backup", "migration", "update", "upgrade", "entry", "flag", "setting", "reconciliation", "procedures", "checklists", "runbooks", "playbooks", "requirements"]
    static let verifyParticiples: Set<String> = ["checked", "verified", "confirmed", "validated", "reviewed", "tested", "completed", "finished",
        "approved", "drained", "synced", "caught", "replicated", "backed"]
    static let manualNouns: Set<String> = ["change", "changes", "edit", "edits", "update", "intervention", "step", "operation", "action",
        "command", "override", "deletion", "restart", "deploy", "deployment", "fix", "entry", "copy", "process", "failover", "reboot", "migration"]
    static let slipNouns: Set<String> = ["slip", "slips", "misclick", "mis-click", "misclicks", "lapse", "lapses", "mis-step", "misstep",
        "missteps", "fat-finger", "typo", "typos", "mistype", "mistyping", "misspelling", "keystroke", "mixup", "mix-up", "mix-ups", "mixups"]

    /// Where the sentence states a single slip, if it does: the token index and a short description.
    func slip(_ s: Sentence) -> (at: Int, end: Int, what: String)? {
        for i in 0..<s.count where s.isWord(i) && !s.toks[i].quoted {
            let x = s.w[i]
            // "a wrong click", "the wrong cable", "an incorrect value keyed into"
            if ["wrong", "incorrect", "mistaken", "erroneous", "bad"].contains(x), let n = s.word(i + 1), s.isWord(i + 1) {
                // ("caused by a bad config push": a change called bad, given as the whole cause)
                let badAct: Set<String> = ["click", "keystroke", "command", "value", "input", "entry", "paste", "copy-paste", "edit", "push", "deploy", "deployment", "merge", "commit"]
                if x == "bad" && !badAct.contains(n) && !(["config", "configuration", "code"].contains(n) && badAct.contains(s.word(i + 2) ?? "")) { continue }
                if ["assumption", "assumptions", "answer", "way", "direction"].contains(n) { continue }
                // ("Students who uploaded the wrong file can replace it": the service's users, whose slips it allows for)
                if s.span(0, i).contains(where: { Coach.populationNouns.contains(s.w[$0]) }), !s.span(0, i).contains(where: { Lex.roles.contains(s.w[$0]) }),
                   s.span(i + 2, s.count).contains(where: { ["can", "could", "may", "were", "are", "got"].contains(s.w[$0]) }) { continue }
                // ("queries were going to the wrong database hosts": what the system did)
                if s.span(i - 6, i).contains(where: { ["queries", "requests", "traffic", "connections", "packets", "writes", "reads", "jobs", "messages", "calls", "lookups", "payloads", "blocks", "events", "records", "rows"].contains(s.w[$0]) }) { continue }
                // ("a lesson finished at 23:30 local time landed on the wrong calendar day": where a thing ended up, the effect)
                // ("6 owners came in on the wrong day": people arriving, not "it came down to one wrong tick-box")
                if s.span(i - 4, i).contains(where: { ["landed", "ended", "appeared", "showed", "shown", "displayed", "arrived", "fell", "filed", "sorted", "turned", "attended", "travelled", "traveled"].contains(s.w[$0])
                    || ["came", "come", "coming"].contains(s.w[$0]) && s.word($0 + 1) != "down" }) { continue }
                // ("A bug in Geth was returning an error when executing the wrong payloads": what the code did)
                if s.span(0, i).contains(where: { ["bug", "bugs", "defect", "regression"].contains(s.w[$0]) }) { continue }
                // ("the pods were using an incorrect kafka url": what running software used, with no person before it)
                // ("statements were generated with play counts from the wrong reporting month": what a run computed from)
                if let u = s.span(i - 6, i).first(where: { ["using", "used", "read", "loaded", "fetched", "pulled", "resolved", "connecting", "connected", "pointing", "returned", "returning", "serving", "served",
                                                           "generated", "computed", "calculated", "produced", "rendered", "compiled"].contains(s.w[$0]) }),
                   !s.span(0, u).contains(where: { finder.agent(s, at: $0)?.isBlameable == true }) { continue }
                // ("Automation consumed the wrong checksum": a machine as the subject picked it)
                if ["automation", "pipeline", "script", "job", "bot", "scheduler", "controller", "cron", "workflow", "tooling", "system", "service", "agent", "daemon"].contains(s.w[s.firstWordIndex])
                    || s.firstWordIndex + 1 < i && ["automation", "pipeline", "script", "job", "bot", "scheduler", "controller", "cron", "workflow", "tooling", "daemon"].contains(s.w[s.firstWordIndex + 1]) { continue }
                // ("the network cable was plugged to wrong port": the article dropped after a hand's act)
                let afterAct = i > 1 && ["to", "into", "in", "on", "onto", "from", "at"].contains(s.w[i - 1]) && s.span(max(0, i - 4), i - 1).contains(where: { Self.manualActs.contains(s.w[$0]) || ["plugged", "connected", "patched", "wired", "inserted", "sent", "routed"].contains(s.w[$0]) })
                if i == s.firstWordIndex || afterAct || i > 0 && (["the", "a", "an", "one"].contains(s.w[i - 1]) || Lex.changeVerbs.contains(s.w[i - 1]) || s.w[i - 1] == "single" || s.isPunct(i - 1)) {
                    let e = x == "bad" && ["config", "configuration", "code"].contains(n) && s.isWord(i + 2) ? i + 2 : i + 1
                    return (i, e, s.text(i, e))
                }
            }
            // ("Mistakes can occur in a system where examiners mark by hand": slips in general; "an oversight in how we had been testing": the analysis)
            if Self.slipNouns.contains(x), !["can", "could", "may", "might", "will", "do", "happen", "occur"].contains(s.word(i + 1) ?? ""), !s.has("in how", at: i + 1), !s.has("in the way", at: i + 1) { return (i, i, s.text(i, i)) }
            // "Wrong VLAN tag entered during the gate switch replacement": the wrong value, typed, given as the cause
            // ("Main root cause is wrong IP entered by the technician during the firewall change")
            if x == "wrong", i == s.firstWordIndex || i > 0 && (s.isPunct(i - 1) || ["is", "was"].contains(s.w[i - 1])), let p = s.span(i + 1, i + 5).first(where: { ["entered", "typed", "selected", "applied", "used", "set", "chosen", "picked", "pushed", "deployed"].contains(s.w[$0]) }),
               s.span(i + 1, p).allSatisfy({ s.isWord($0) }) { return (i, p, s.text(i, p)) }
            // "somebody ran the cleanup script twice": a repeated manual act
            // (the person is the act's subject: not "On Thursday 29 May the route planner applied the shift twice")
            if ["twice", "again"].contains(x), i > 1, let v = (max(0, i - 6)..<i).first(where: { ["ran", "executed", "applied", "triggered", "submitted", "pushed", "re-ran", "reran"].contains(s.w[$0]) }),
               (max(0, v - 6)..<v).contains(where: { k in finder.agent(s, at: k).map { $0.isBlameable && $0.end < v && s.span($0.end + 1, v).allSatisfy { s.isWord($0) && !s.toks[$0].hasDigit } } == true }) { return (i, i, s.text(i, i)) }
            // "A manual change to the load balancer weights sent all traffic ...", "edited by hand", "was left out"
            // (one act, not the process: "Manual failover steps are not scripted" describes how the system works)
            if x == "manual", let n = [i + 1, i + 2].first(where: { $0 < s.count && s.isWord($0) && Self.manualNouns.contains(s.w[$0]) }),
               !s.w[n].hasSuffix("s"), !["is", "are", "remains", "requires"].contains(s.word(n + 1) ?? ""),
               // ("changeover needs a manual command from fault desk": what the design requires, not a slip)
               !s.span(i - 3, i).contains(where: { ["needs", "need", "needed", "requires", "require", "required", "takes", "involves", "involved", "relies", "demands", "depends"].contains(s.w[$0]) }),
               // ("tracks remained frozen for 47 min until manual failover to standby", "0301Z manual failover complete": the remedy)
               !(["failover", "restart", "reboot", "intervention", "fix", "override"].contains(s.w[n]) && (i > 0 && ["until", "after", "via", "through", "with"].contains(s.w[i - 1]) || ["complete", "completed", "done", "restored", "succeeded", "worked"].contains(s.word(n + 1) ?? ""))),
               !(s.word(n + 1).map { LanguageChecker.isPluralNoun($0) || Self.manualNouns.contains($0) } ?? false) { return (i, n, s.text(i, n)) }
            // ("it is only updated by hand" describes the process, not a slip)
            // ("issued by hand ..., so it sat outside the ACME pipeline that renews the others" names the gap)
            // ("... before the standby was started by hand at 03:55": the manual step that recovered it)
            if x == "by", s.word(i + 1) == "hand", i > 0, Self.manualActs.contains(s.w[i - 1]),
               !(["started", "restarted", "switched", "reset", "restored", "failed", "brought"].contains(s.w[i - 1]) && s.span(max(0, i - 8), i).contains(where: { ["before", "until", "standby", "backup", "spare", "reserve"].contains(s.w[$0]) })),
               !s.span(i - 4, i - 1).contains(where: { ["is", "are", "gets", "get"].contains(s.w[$0]) }),
               !s.span(i + 2, s.count).contains(where: { ["pipeline", "automation", "automated", "automatically", "tooling", "inventory", "register", "registry", "monitor", "monitoring"].contains(s.w[$0]) }) { return (i - 1, i + 1, s.text(i - 1, i + 1)) }
            if x == "left", s.word(i + 1) == "out", i > 0, ["was", "were", "got", "been"].contains(s.w[i - 1]) { return (i - 1, i + 1, s.text(i - 1, i + 1)) }
            // "The dosing PLC was left in manual mode after maintenance": a step not taken to put it back
            if x == "left", i > 0, ["was", "were", "got", "been"].contains(s.w[i - 1]), let n = s.word(i + 1),
               ["enabled", "disabled", "running", "open", "unlocked", "unpatched", "unplugged", "muted", "silenced", "paused"].contains(n)
                || n == "in" && s.span(i + 2, i + 5).contains(where: { ["manual", "maintenance", "debug", "test", "bypass", "standby", "override"].contains(s.w[$0]) })
                // "The antenna was left in stow mode after maintenance": any mode a step forgot to undo
                || n == "in" && s.span(i + 2, i + 5).contains(where: { ["mode", "state", "position"].contains(s.w[$0]) })
                    && s.span(i + 3, s.count).contains(where: { s.w[$0] == "after" && ["maintenance", "testing", "the", "a", "work", "repairs", "servicing"].contains(s.word($0 + 1) ?? "") }) {
                return (i - 1, i + 1, s.text(i - 1, i + 1))
            }
            // "The replica was promoted before the replication lag was checked": an act done before its check
            if x == "before", let v = (max(0, i - 6)..<i).last(where: { Self.manualActs.contains(s.w[$0]) }), v > 0, ["was", "were", "been"].contains(s.w[v - 1]),
               let c = s.span(i + 1, i + 9).first(where: { Self.verifyParticiples.contains(s.w[$0]) }), ["was", "were", "been", "had", "being"].contains(s.w[c - 1]) {
                return (v, c, s.text(v, c))
            }
            // "The certificate expired because it was not renewed in time": a step not taken, given as the reason
            if x == "because", let b = s.span(i + 1, i + 6).first(where: { ["was", "were", "wasn't", "weren't"].contains(s.w[$0]) }),
               let v = s.word(s.w[b].hasSuffix("n't") ? b + 1 : b + 2), s.w[b].hasSuffix("n't") || s.word(b + 1) == "not" || s.word(b + 1) == "never",
               ["renewed", "rotated", "updated", "patched", "migrated", "backed", "extended", "paid", "upgraded", "replaced", "reissued"].contains(v) {
                let e = s.w[b].hasSuffix("n't") ? b + 1 : b + 2
                return (b, e, s.text(b, e))
            }
            // "Certificate auto renewal wasn't set up properly", "the flag was not configured correctly"
            if ["wasn't", "weren't", "not"].contains(x), i > 0, x != "not" || ["was", "were"].contains(s.w[i - 1]), let v = s.word(i + 1), Self.manualActs.contains(v) || v == "set",
               let q = s.span(i + 2, i + 5).first(where: { ["properly", "correctly", "right", "fully", "completely"].contains(s.w[$0]) }) {
                return (i, q, s.text(i, q))
            }
            // "an extension accidentally being removed", "kube context incorrectly targeted the live cluster"
            if ["accidentally", "inadvertently", "mistakenly", "incorrectly", "wrongly", "erroneously"].contains(x), let n = s.word(i + 1),
               n == "being" && (s.word(i + 2).map { Self.manualActs.contains($0) } ?? false)
                || (Lex.changeVerbs.contains(n) || ["targeted", "pointed", "selected"].contains(n)) && ["the", "a", "an", "all", "our", "every", "both", "to", "into", "it", "them"].contains(s.word(i + 2) ?? ""),
               // ("That glitch accidentally sent out commands": a defect acting, not a hand slipping)
               !(i > 0 && Self.thingsActing.contains(s.w[i - 1])) {
                let e = n == "being" ? i + 2 : i + 1
                return (i, e, s.text(i, e))
            }
            // "The pull request was not reviewed by another developer", "The endpoint was not tested on staging before ..."
            // (not "was not checked by the scheduler": a system that did not check is the deeper cause)
            if ["was", "were"].contains(x), s.word(i + 1) == "not" || s.word(i + 1) == "never", let v = s.word(i + 2),
               ["reviewed", "tested", "checked", "verified", "validated", "approved", "staged", "canaried", "load-tested", "peer-reviewed"].contains(v),
               !(s.word(i + 3) == "by" && finder.agent(s, at: AgentFinder.determiners.contains(s.word(i + 4) ?? "") ? i + 5 : i + 4) == nil),
               // ("was never tested on a DB bigger than 50 GB" names a gap in test coverage, not one skipped step)
               !s.span(i + 3, i + 10).contains(where: { ["bigger", "larger", "more", "over", "scale", "load", "prod-sized", "production-sized", "beyond", "above"].contains(s.w[$0]) }) {
                return (i, i + 2, s.text(i, i + 2))
            }
            // "a maintenance process that was inadvertently run against the production data"
            // ("it was inadvertently struck by the skip being brought to the surface": a machine's doing, not a person's slip)
            if ["inadvertently", "accidentally", "mistakenly", "erroneously", "wrongly", "incorrectly"].contains(x), i > 0, ["was", "were", "been", "being"].contains(s.w[i - 1]),
               let n = s.word(i + 1), Self.manualActs.contains(n),
               !(s.word(i + 2) == "by" && !s.span(i + 3, i + 6).contains(where: { finder.agent(s, at: $0)?.isBlameable ?? false })) { return (i - 1, i + 1, s.text(i - 1, i + 1)) }
            // "The timeout value was entered incorrectly", "was applied in error"
            if Self.manualActs.contains(x), i > 0, ["was", "were", "been", "being"].contains(s.w[i - 1]), let n = s.word(i + 1),
               ["incorrectly", "wrongly", "improperly", "mistakenly", "erroneously", "accidentally", "inadvertently"].contains(n) || s.has("in error", at: i + 1) || s.has("by mistake", at: i + 1) {
                return (i - 1, i + 1, s.text(i - 1, i + 1))
            }
            // "the fare file was not double-checked before upload", "The checklist item for notifying admins wasn't ticked off": a check not done, and nothing on why
            if ["was", "were", "wasn't", "weren't"].contains(x), let v = s.word(x.hasSuffix("n't") ? i + 1 : s.word(i + 1) == "not" ? i + 2 : -1),
               ["double-checked", "checked", "verified", "proofread", "proof-read", "reviewed", "validated", "ticked", "signed"].contains(v),
               ["ticked", "signed"].contains(v) ? s.word((x.hasSuffix("n't") ? i + 1 : i + 2) + 1) == "off" : s.word((x.hasSuffix("n't") ? i + 1 : i + 2) + 1) == "before" {
                let e = x.hasSuffix("n't") ? i + 1 : i + 2
                return (i, e, s.text(i, e))
            }
            // "The runbook step to disable the health check ... was skipped", "The pre-deployment checklist was not followed"
            if ["was", "were"].contains(x), let v = s.word(s.word(i + 1) == "not" ? i + 2 : i + 1),
               s.word(i + 1) == "not" ? ["followed", "performed", "done", "run", "completed", "executed", "used", "checked", "applied", "complied", "adhered", "observed"].contains(v) : ["skipped", "missed", "omitted", "forgotten", "overlooked", "bypassed", "ignored"].contains(v),
               (max(0, i - 14)..<i).contains(where: { Self.stepNouns.contains(s.w[$0]) }),
               // ("the yearly renewal was manual and was missed" names the manual process as the reason;
               // "a required manual stock reconciliation was not performed" names only the step)
               !s.containsAny(["manually"]), !(1..<s.count).contains(where: { s.w[$0] == "manual" && ["was", "is", "were", "are", "being", "remains"].contains(s.w[$0 - 1]) }) {
                let e = s.word(i + 1) == "not" ? i + 2 : i + 1
                return (i, e, s.text(i, e))
            }
            // "the certificate renewal just didn't get done", "the handover check never got completed": the step left undone, said loosely
            if ["didn't", "never"].contains(x) || x == "did" && s.word(i + 1) == "not", let g = s.span(i + 1, i + 3).first(where: { ["get", "got"].contains(s.w[$0]) }),
               let v = s.word(g + 1), ["done", "completed", "performed", "renewed", "finished", "run", "applied", "followed", "checked"].contains(v),
               (max(0, i - 14)..<i).contains(where: { Self.stepNouns.contains(s.w[$0]) || ["renewal", "rotation", "handover", "hand-over", "reconciliation", "backup", "patch", "migration"].contains(s.w[$0]) }),
               !s.containsAny(["because", "since", "manual", "manually", "nobody", "no-one"]) { return (i, g + 1, s.text(i, g + 1)) }
            // "step 7 of the cutover checklist not being performed", "one box left ticked on the release form"
            // ("logs not being shipped to CloudWatch" is what a system did not do)
            if x == "not", s.word(i + 1) == "being", let v = s.word(i + 2), Self.manualActs.contains(v) && !["shipped", "loaded", "imported", "released", "published", "created", "added", "started", "stopped", "used", "provided", "supplied"].contains(v) || ["performed", "followed", "completed", "done"].contains(v) { return (i, i + 2, s.text(i, i + 2)) }
            // ("any .env left on the CI runner": a place, not a switch)
            if x == "left", let st = s.word(i + 1), ["ticked", "unticked", "checked", "unchecked", "enabled", "disabled", "on", "off", "selected", "set"].contains(st),
               !(["on", "off"].contains(st) && s.isWord(i + 2) && !["for", "after", "overnight", "until", "by", "in", "during", "and"].contains(s.w[i + 2])) { return (i, i + 1, s.text(i, i + 1)) }
            // "an accidental execution of a command", "a process that was inadvertently run against production"
            // ("deemed the fire to be accidental": a fire investigator's classification, against deliberate, not a slip)
            if ["accidental", "inadvertent", "mistaken"].contains(x), let n = s.word(i + 1), s.isWord(i + 1), !["consequence", "consequences", "side", "behaviour", "behavior", "interaction"].contains(n),
               !(i > 0 && ["be", "was", "were", "is", "deemed", "as", "ruled", "considered", "believed"].contains(s.w[i - 1])),
               // ("due to the risk of accidental deletion, no regular cleanup has been performed": a slip feared, not one made)
               !s.span(i - 3, i).contains(where: { ["risk", "risks", "danger", "chance", "possibility", "prevent", "prevents", "avoid", "against", "fear", "likelihood"].contains(s.w[$0]) }) {
                return (i, i + 1, s.text(i, i + 1))
            }
            if ["mistyped", "misspelled", "mis-typed", "fat-fingered", "mis-clicked", "misclicked", "mis-keyed", "miskeyed"].contains(x) { return (i, i, s.text(i, i)) }
            // "a missed step", "a skipped check", "the step was skipped", "a missed manual verification of the feed"
            let stepLike: Set<String> = ["step", "check", "item", "stage", "line", "flag", "setting", "entry", "verification", "reconciliation", "sign-off", "review", "renewal", "rotation", "handover", "handoff"]
            // ("because the update script skipped that step": a tool's gap, which is the deeper cause)
            if ["missed", "skipped", "omitted", "forgotten", "overlooked"].contains(x), !(i > 0 && (Self.thingsActing.contains(s.w[i - 1]) || ["tool", "pipeline", "automation", "scheduler", "bot", "installer", "updater", "wizard", "template"].contains(s.w[i - 1]))),
               let n = s.span(i + 1, i + 4).first(where: { stepLike.contains(s.w[$0]) }),
               s.span(i + 1, n).allSatisfy({ s.isWord($0) && !["the", "a", "an"].contains(s.w[$0]) }) {
                return (i, n, s.text(i, n))
            }
            // "a manual check of the Sunday rota being skipped that week"
            if x == "being", let v = s.word(i + 1), ["skipped", "missed", "omitted", "forgotten", "overlooked", "bypassed"].contains(v),
               (max(0, i - 8)..<i).contains(where: { stepLike.contains(s.w[$0]) || Self.stepNouns.contains(s.w[$0]) }) {
                return (i, i + 1, s.text(i, i + 1))
            }
            if ["step", "check", "item", "stage"].contains(x), let b = s.word(i + 1), ["was", "were", "got"].contains(b), let v = s.word(i + 2), ["missed", "skipped", "omitted", "forgotten", "overlooked"].contains(v) {
                return (i, i + 2, s.text(i, i + 2))
            }
            // a tracker's headline: "Cause (initial): migration checklist item 7 missed." (not "step 3 missed the deadline": an object follows)
            if ["step", "item", "check"].contains(x), let k = [i + 1, i + 2].first(where: { ["missed", "skipped", "omitted", "forgotten", "overlooked"].contains(s.word($0) ?? "") }),
               k == i + 1 || s.w[i + 1].first?.isNumber == true, k >= s.endIndexBeforeFinalPunct || s.isPunct(k + 1) || ["during", "in", "on", "at", "before", "when", "for"].contains(s.word(k + 1) ?? "") {
                return (i, k, s.text(i, k))
            }
            // "the upgrade was carried out during live traffic ..., contrary to procedure": a manual act against the written step
            if ["contrary", "against"].contains(x), let n = s.word(i + 1), n == "to" && s.span(i + 2, i + 5).contains(where: { ["procedure", "policy", "runbook", "process", "plan", "instructions", "checklist"].contains(s.w[$0]) })
                || x == "against" && ["procedure", "policy", "the"].contains(n) && s.span(i + 1, i + 4).contains(where: { ["procedure", "policy", "runbook", "process", "instructions", "checklist"].contains(s.w[$0]) }),
               let v = (max(0, i - 16)..<i).last(where: { Self.manualActs.contains(s.w[$0]) || ["carried", "upgraded", "patched", "rebooted"].contains(s.w[$0]) }), v > 0, ["was", "were", "been"].contains(s.w[v - 1]) {
                return (v - 1, min(s.count - 1, i + 3), s.text(i, min(s.count - 1, i + 2)))
            }
            // "was set to 10 instead of 1000", "was run against production instead of staging"
            // (a passive act or a person's: "the deployment tool applied the change at once rather than in stages" describes the tool)
            // ("took 3h instead of the 20 min we had guessed" compares durations)
            // ("Rate limiting was applied per instance rather than per tenant" compares designs, not a slip and its intent)
            // ("Results were published on the website at 20:31 instead of 20:15": a time against the planned time, not a slip)
            if s.has("instead of", at: i) || s.has("rather than", at: i), !s.span(i - 4, i).contains(where: { ["took", "lasted", "needed", "required", "spent"].contains(s.w[$0]) }),
               !(s.toks.indices.contains(i + 2) && s.toks[i + 2].kind == .number && s.toks[i + 2].text.contains(":") && s.span(i - 3, i).contains(where: { s.toks[$0].kind == .number && s.toks[$0].text.contains(":") })),
               s.word(i + 2) != "per", s.word(i + 2) != "by", let v = (max(0, i - 8)..<i).last(where: { Self.manualActs.contains(s.w[$0]) }), v > 0,
               ["was", "were", "being", "been", "got"].contains(s.w[v - 1]) || (max(0, v - 5)..<v).contains(where: { k in finder.agent(s, at: k).map { $0.isBlameable && $0.end < v } ?? false }) {
                return (v, i + 2, s.text(v, min(s.count - 1, i + 2)))
            }
        }
        return nil
    }

    /// A passive manual act given as the whole root cause: "Root cause: the --force flag was passed to the sync script."
    func passiveAct(_ s: Sentence, stepsLeftUndone: Bool = false) -> (at: Int, end: Int)? {
        for i in 0..<s.count where s.isWord(i) && ["was", "were", "getting", "got", "being", "been"].contains(s.w[i]) {
            // "a bad file getting uploaded": the informal passive counts when the thing is called wrong
            if !["was", "were", "been"].contains(s.w[i]), !s.span(i - 4, i).contains(where: { ["bad", "wrong", "incorrect", "faulty", "broken", "stale", "invalid"].contains(s.w[$0]) }) { continue }
            // ("had not been washed out properly": the perfect passive, negated)
            // (not "should not have been run during peak hours": a modal's other world, the counterfactual check's)
            if s.w[i] == "been", !(s.span(i - 3, i).contains(where: { ["not", "never", "hadn't", "hasn't", "haven't"].contains(s.w[$0]) }) && s.span(i - 3, i).contains(where: { ["had", "has", "have", "hadn't", "hasn't", "haven't"].contains(s.w[$0]) }))
                || s.span(i - 4, i).contains(where: { ["should", "could", "would", "must", "might", "shouldn't", "couldn't", "wouldn't", "ought"].contains(s.w[$0]) }) { continue }
            var j = i + 1
            let negated = s.word(j) == "not" || s.word(j) == "never" || s.w[i] == "been"
            if s.word(j) == "not" || s.word(j) == "never" { j += 1 }
            // ("a valve was not properly closed": the manner before the step left undone)
            if negated, ["properly", "correctly", "fully", "adequately", "sufficiently", "completely"].contains(s.word(j) ?? "") { j += 1 }
            // ("Root cause: the setpoints were not reloaded after the update": a step left undone, told as the whole cause)
            // ("the hotline call was mis-prioritised", "the sample was mislabelled": a slip in the verb's own prefix)
            let misVerb = s.word(j).map { v in (v.hasPrefix("mis-") || v.hasPrefix("mis") && v.count > 7) && v.hasSuffix("ed") && !["missed", "misled", "mistreated", "misused", "mistaken"].contains(v) } ?? false
            guard let v = s.word(j), Self.manualActs.contains(v) || misVerb || stepsLeftUndone && negated && Self.upkeepSteps.contains(v) else { continue }
            // ("drew its isolation points from a valve list that had not been updated when V-312 was added ..., so the permit could not show the
            // dependency": a thing's state in a relative clause, and the analysis goes on past it)
            if s.span(i - 3, i).contains(where: { ["that", "which"].contains(s.w[$0]) }), s.span(j + 1, s.count).contains(where: { Self.goesDeeper(s, $0) }) { continue }
            // "was set up", "was run by the scheduler": a system did it
            if s.word(j + 1) == "by", let n = s.word(j + 2), Lex.nonPeople.contains(n) || ["the", "a", "an"].contains(n) && (s.word(j + 3).map { Lex.nonPeople.contains($0) || $0.hasSuffix("er") && !Lex.roles.contains($0) } ?? false) { continue }
            // ("the lock pin was not inserted correctly": done wrongly, which is the slip)
            if ["automatically", "successfully", "as"].contains(s.word(j + 1) ?? "") || s.word(j + 1) == "correctly" && !negated { continue }
            // ("An AWS EC2 instance running a Diego Brain was terminated": machines come and go by automation)
            if ["terminated", "killed", "restarted", "stopped", "started", "rescheduled", "evicted", "scaled", "recycled"].contains(v),
               s.w[..<i].contains(where: { ["instance", "instances", "pod", "pods", "node", "nodes", "container", "containers", "vm", "vms", "worker", "workers", "replica", "replicas"].contains($0) }) { continue }
            return (i, j)
        }
        return nil
    }

    /// "Root cause: a wrong click in the AWS console deleted the snapshot." — with nothing after the slip that goes deeper.
    func slipAsCause(_ s: Sentence, role: TextRole) -> RawFinding? {
        // ("The load test was skipped under the hotfix path, which by policy bypasses load tests": the process, not a slip)
        if ["by policy", "per policy", "by design", "as designed", "as intended"].contains(where: { s.find($0) != nil }) { return nil }
        // ("We're very sorry that we wrongly sent an email to some of our applicants": in a summary, the apology names the slip, not a root cause)
        if role == .summary, s.containsAny(["sorry", "apologise", "apologize", "apologising", "apologizing", "apologises", "apologizes", "apologies"]) { return nil }
        let causeWords: Set<String> = ["cause", "caused", "causes", "due", "because", "led", "resulted", "triggered", "came", "comes", "boiled", "root"]
        let inCauseSection = role == .rootCause || role == .whys || role == .contributingFactors
        // with no section, a sentence that states a slip is read as the cause it describes; in a summary, a slip that did the damage
        // ("an accidental execution of a Kubernetes command deleted all the worker nodes")
        let summaryTrigger = role == .summary && (s.span(0, s.count)).contains { isCausal(s, $0) || ["deleted", "removed", "wiped", "erased", "dropped", "truncated", "sent", "overwrote"].contains(s.w[$0]) }
        // (not what someone saw: "27 of them saw an incorrect 'pending' status" is impact)
        let seen = s.containsAny(["saw", "see", "sees", "received", "experienced", "shown", "displayed", "showed", "got"])
        guard inCauseSection || role == .other && !seen || summaryTrigger || s.containsAny(causeWords) else { return nil }
        // (with no section, a line with a clock time and no word of cause is a timeline entry; "even when" and "whenever" speak of slips in general)
        if role == .other, s.toks.contains(where: { $0.hasDigit && ($0.text.contains(":") || $0.text.hasSuffix("Z") && $0.text.count == 5) }), !s.containsAny(causeWords) { return nil }
        if role == .other, s.containsAny(["whenever"]) || s.find("even when") != nil || s.find("even if") != nil { return nil }
        if let sl = slip(s) {
            if (s.span(sl.end + 1, s.count)).contains(where: { Self.goesDeeper(s, $0) }) { return nil }
            // ("A statistician noticed the wrong number at 09:41": the catch; "while the wrong limit was live": a state while it lasted)
            // (not "was identified as a missed step", "was found to be a typo": the cause named)
            if s.span(max(0, sl.at - 3), sl.at).contains(where: { ["noticed", "spotted", "caught", "flagged", "found", "detected", "reported", "while"].contains(s.w[$0]) && !["as", "to"].contains(s.word($0 + 1) ?? "") }) { return nil }
            // ("Due to the way in which the power was interrupted, existing backup and generator systems were bypassed": the reason leads)
            // ("Owing to the very large volume of tests ..., we incorrectly messaged 400 patients")
            if let f = s.span(0, 2).first(where: { s.has("due to", at: $0) || s.has("owing to", at: $0) || s.w[$0] == "because" }), let c = s.span(f + 2, sl.at).first(where: { s.w[$0] == "," }), c < sl.at { return nil }
            // ("the validation step was skipped by the pipeline when ...": a system skipped it, and that is the finding)
            if s.word(sl.end + 1) == "by", let n = s.span(sl.end + 2, sl.end + 5).first(where: { !["the", "a", "an", "our", "their"].contains(s.w[$0]) }),
               Lex.nonPeople.contains(s.w[n]) || ["pipeline", "scheduler", "tool", "tooling", "script", "job", "automation", "system", "ci", "template", "workflow", "bot"].contains(s.w[n]) { return nil }
            // (a sentence-opening "So" is a discourse marker: "So basically it was a typo in the schedule time.")
            if (max(0, sl.at - 14)..<sl.at).contains(where: { ["causing", "resulting", "leading", "so", "therefore", "thus"].contains(s.w[$0]) && !($0 == s.firstWordIndex && s.w[$0] == "so") }) { return nil }
            // "The parser ignored unknown keys, so the misspelled setting was dropped": the sentence already says what allowed it;
            // words that only introduce the slip ("because of a typo") do not count
            let intro: Set<String> = ["because", "since", "due", "to", "of", "by", "so", "was", "is", "a", "an", "the", "single", "simple", "one"]
            // nouns naming a safeguard in the subject ("the health check", "the review step") are not a reason
            // ("a required manual stock reconciliation was not performed": "required" as an adjective says nothing about why)
            if (0..<sl.at).contains(where: { k in (Self.slipDepth.contains(s.w[k]) && !Self.safeguardNouns.contains(s.w[k]) && !(s.w[k] == "required" && k > 0 && ["a", "an", "the"].contains(s.w[k - 1])) || s.w[k] == "ignored" || s.w[k].hasSuffix("n't")
                || s.w[k] == "not" && k > 0 && ["did", "does", "do", "had", "has"].contains(s.w[k - 1])) && !(sl.at - k <= 4 && intro.contains(s.w[k])) }) { return nil }
            // "... and a larger set of servers was removed than intended": the sentence goes on to what the tool did with the slip
            if s.find("than intended") != nil || s.find("than expected") != nil { return nil }
            // "Yes, someone loaded the wrong file, but the real cause is that our order router takes any CSV": the slip conceded, the cause found
            if s.span(sl.end + 1, s.count).contains(where: { b in ["but", "however"].contains(s.w[b]) && s.span(b + 1, b + 4).contains(where: { ["real", "actual", "underlying", "deeper", "root", "true"].contains(s.w[$0]) }) }) { return nil }
            return RawFinding(check: "surface-cause", at: sl.at, excerpt: sl.what,
                              message: "\"\(sl.what)\" is one slip, the surface cause; ask why the slip was possible and why nothing caught it.",
                              better: Rewrite.forSurface(s, at: sl.at))
        }
        // a passive manual act as the whole root cause, in a short statement of it
        // (not in a 5 Whys answer: the next answer goes on asking why)
        // ("An investigation into the fire deemed that flammable oil residue had not been washed out ...": the finding's frame is not the cause)
        let finding: Set<String> = ["found", "deemed", "determined", "concluded", "revealed", "showed", "established", "confirmed", "identified"]
        var frame = s.span(0, min(s.count, 10)).first(where: { s.w[$0] == "that" && $0 > 0 && finding.contains(s.w[$0 - 1]) }).map { $0 + 1 } ?? 0
        // ("Following repairs to a filtration tank at our Otterbourne supply works, a valve was not properly closed": when, before the act)
        // ("Simply put, the lock pin was not inserted correctly": a lead that only announces the cause)
        if frame == 0, ["simply put", "put simply", "in short", "in summary", "basically", "in a nutshell", "to be clear", "in the end", "ultimately"].contains(where: { s.has($0, at: s.firstWordIndex) }),
           let c = s.span(s.firstWordIndex + 1, s.firstWordIndex + 5).first(where: { s.w[$0] == "," }) { frame = c + 1 }
        if frame == 0, ["following", "after", "during", "when", "while", "once"].contains(s.w[s.firstWordIndex]),
           let c = s.span(s.firstWordIndex + 1, min(s.count, 16)).first(where: { s.w[$0] == "," }) { frame = c + 1 }
        // (what the act led to, after ", which resulted in ...", does not count against the length of the statement)
        let told = s.span(frame, s.count).first(where: { s.w[$0] == "which" && ["resulted", "caused", "led", "meant"].contains(s.word($0 + 1) ?? "") }) ?? s.count
        guard role == .rootCause || role == .contributingFactors, s.w[frame..<told].filter({ !$0.isEmpty }).count <= 16, let p = passiveAct(s, stepsLeftUndone: role == .rootCause || s.containsAny(["cause"])), p.at > frame else { return nil }
        // the subject is a short noun phrase ("the --force flag", "Root cause is the certificate"), not a described change
        var subj = s.w[frame..<p.at].filter { ![":", "-", "—", ","].contains($0) }
        if let r = subj.firstIndex(of: "cause"), r <= 2 { subj.removeFirst(r + 1); if ["is", "was"].contains(subj.first ?? "") { subj.removeFirst() } }
        // ("Another contributing factor was that the pressure setpoint ... was set wrong": the frame before "that")
        if let t = subj.firstIndex(of: "that"), t <= 5, t >= 2, ["is", "was"].contains(subj[t - 1]),
           subj[..<t].contains(where: { ["factor", "cause", "problem", "issue", "reason", "trigger"].contains($0) }) { subj.removeFirst(t + 1) }
        if subj.count > 8 || subj.contains(where: { ["that", "which", "who"].contains($0) }) { return nil }
        var after = s.w[s.span(p.end + 1, s.count)]
        // ("..., which resulted in water of insufficient quality passing into a second tank": what the slip did, not why it could happen)
        if let w = after.firstIndex(of: "which"), ["resulted", "caused", "led", "meant", "allowed", "let"].contains(after.dropFirst(w - after.startIndex + 1).first ?? ""),
           !after[..<w].contains(where: { Self.slipDepth.contains($0) }) { after = after[..<w] }
        // ("the lock pin was not inserted correctly and this is the cause of the event": the act named the cause again, in so many words)
        if let a = after.firstIndex(of: "and"), ["this", "that", "it"].contains(after.dropFirst(a - after.startIndex + 1).first ?? ""),
           after[a...].contains("cause"), !after[a...].contains(where: { Self.slipDepth.contains($0) && !["cause"].contains($0) }) { after = after[..<a] }
        if after.contains(where: { Self.slipDepth.contains($0) || $0.hasSuffix("n't") || $0 == "which" || $0 == "and" }) { return nil }
        let before = s.w[frame..<p.at]
        if before.contains(where: { ["because", "since", "lack", "no", "without", "process", "tool", "automation", "job", "script", "pipeline", "system", "manual", "manually"].contains($0) }) { return nil }
        // ("Early testing was done prior to cut over to ensure ...": a safeguard that was carried out, not a slip)
        if before.contains(where: { ["testing", "tests", "test", "review", "verification", "validation", "checks"].contains($0) }) || s.containsAny(["ensure", "verify", "confirm"]) { return nil }
        return RawFinding(check: "surface-cause", at: p.at, excerpt: s.text(max(0, p.at - 2), p.end),
                          message: "\"\(s.text(max(0, p.at - 2), p.end))\" says what was done, not why it could be done or why nothing caught it; keep asking why.",
                          better: Rewrite.forSurface(s, at: p.end))
    }
}
