import Foundation

/// Builds the "better" phrasing for a finding, from the writer's own words where it can.
enum Rewrite {
    static let softAdverbs: Set<String> = ["properly", "correctly", "carefully", "enough", "thoroughly", "fully", "again", "first", "beforehand", "adequately", "sufficiently", "right"]

    static func quote(_ s: String) -> String {
        let t = s.trimmedSentence.capitalizedFirst
        return "“" + t + (t.hasSuffix("?") || t.hasSuffix("!") ? "”" : ".”")
    }

    static func processNoun(_ verb: String, rest: String) -> String {
        let r = rest.lowercased()
        // ("informing anybody" is the escalation step, like "inform")
        let stepVerbs = ["watch", "monitor", "notice", "see", "look", "review", "approve", "renew", "rotate", "follow", "read", "update", "document",
                         "write", "communicate", "notify", "escalate", "tell", "inform", "page", "announce", "ask", "consult", "warn"]
        let verb = verb.hasSuffix("ing") ? stepVerbs.first { English.gerund($0) == verb } ?? verb : verb
        switch verb {
        case "watch", "monitor", "notice", "see", "look": return "our monitoring"
        case "review", "approve": return "our review process"
        case "renew", "rotate", "expire": return "our renewal process"
        case "follow", "read": return "the runbook"
        case "back", "backup": return "our backup process"
        case "update", "document", "write": return "our documentation process"
        case "communicate", "notify", "escalate", "tell", "inform", "page", "announce", "ask", "consult", "warn": return "our escalation process"
        default: break
        }
        if r.contains("cert") { return "our certificate renewal process" }
        if r.contains("backup") { return "our backup process" }
        if r.contains("migration") || r.contains("schema") { return "our migration process" }
        if r.contains("config") { return "our configuration change process" }
        return "our deployment process"
    }

    static func cleanRest(_ s: Sentence, from i: Int) -> String {
        guard i < s.count else { return "" }
        var e = i
        while e < s.count {
            if s.isPunct(e), [".", ";", "!", "?", ",", "—"].contains(s.w[e]) { break }
            if ["because", "which", "so", "but", "and", "since", "when", "although", "while"].contains(s.w[e]) { break }
            e += 1
        }
        var words: [String] = []
        for k in i..<e where !softAdverbs.contains(s.w[k]) { words.append(s.toks[k].text) }
        return words.joined(separator: " ")
    }

    /// "John didn't test properly" → “Our deployment process didn't require testing.”
    static func forOmission(_ s: Sentence, _ a: Agent, verb: String, restFrom: Int) -> String {
        var v = verb
        var from = restFrom
        if v == "be" || v == "been", let n = s.word(restFrom) { v = English.base(n.hasSuffix("ing") ? String(n.dropLast(3)) : n); from = restFrom + 1 }
        if v == "watch" || v == "watching" || v == "monitor" || v == "notice" || v == "see" || (v == "check" && s.contains("dashboard")) {
            return "Describe what the system did, not what a person missed: “Our monitoring didn't alert us in time.” Then ask what would have made the signal impossible to miss."
        }
        let rest = cleanRest(s, from: from)
        if ["catch", "detect", "spot", "flag", "find"].contains(v) {
            // "Engineering should have caught this in code review" → “Nothing in our review or testing process caught this in code review.”
            return "Describe the gap in the system, not the person: " + quote("Nothing in our review or testing process caught \(rest.isEmpty ? "it" : rest.lowercasedFirst)") + " Then ask what would have made it visible."
        }
        let proc = processNoun(v, rest: rest)
        let g = English.gerund(v)
        // "didn't follow the runbook" must not become "The runbook didn't require following the runbook"
        let head = proc.split(separator: " ").last.map(String.init) ?? proc
        if rest.lowercased().contains(head.lowercased()) || rest.lowercased().contains(head.lowercased().replacingOccurrences(of: "process", with: "")) && head != "process" {
            return "Describe the gap in the system, not the person: " + quote("Nothing in the procedure required or checked \(g)\(rest.isEmpty ? "" : " " + rest.lowercasedFirst)") + " Then ask what made skipping it easy."
        }
        return "Describe the gap in the system, not the person: " + quote("\(proc.capitalizedFirst) didn't require \(g)\(rest.isEmpty ? "" : " " + rest.lowercasedFirst)") + " Then ask what made skipping it easy."
    }

    static func forCare(_ s: Sentence, _ a: Agent) -> String {
        "Replace the call for care with a safeguard that makes the safe path the easy one, e.g. “The deploy tool asks for confirmation and a peer approval before changing production.”"
    }

    static func forFault(_ s: Sentence) -> String {
        "Say what allowed the failure instead of who is at fault, e.g. “The change reached production because nothing in the pipeline validated it.”"
    }

    static func forMistake(_ s: Sentence) -> String {
        "Describe the action and what made it reasonable at the time, e.g. “The command accepted a production target without a confirmation step.” Then ask why nothing caught it."
    }

    static func forHindsight(_ s: Sentence, from i: Int) -> String {
        let rest = cleanRest(s, from: i)
        // "The cron host was clearly going to be forgotten ..." → "At the time, nothing showed that the cron host would be forgotten ..."
        if i >= 2, s.w[i - 1] == "to", let cop = (0..<i).last(where: { ["was", "were"].contains(s.w[$0]) }), cop > s.firstWordIndex, !rest.isEmpty,
           s.span(cop + 1, i).contains(where: { ["going", "bound", "about", "set"].contains(s.w[$0]) }) {
            let subject = s.text(s.firstWordIndex, cop - 1).lowercasedFirst
            return "Say what was known then, not now: " + quote("At the time, nothing showed that \(subject) would \(rest); <which dashboard, ticket or review would have shown it>")
        }
        let what = rest.isEmpty ? "this" : rest.lowercasedFirst
        return "Say what was known then, not now: " + quote("At the time, the signals available did not show \(what); <which dashboard or alert would have shown it>")
    }

    static func changeNoun(_ v: String) -> String {
        switch v {
        case "deployed", "deploys", "released", "shipped", "rolled", "promoted", "published": return "the deploy"
        case "ran", "runs", "executed", "typed", "entered", "issued", "invoked", "re-ran", "reran": return "the command"
        case "applied", "edited", "configured", "set", "changed", "modified", "updated", "altered", "tweaked", "adjusted", "toggled", "flipped": return "the configuration change"
        case "deleted", "dropped", "removed", "truncated", "wiped", "purged", "cleared", "flushed": return "the deletion"
        case "restarted", "rebooted", "killed", "stopped", "terminated", "shut": return "the restart"
        case "migrated": return "the migration"
        case "merged", "pushed", "committed", "introduced", "wrote": return "the change"
        default: return "the change"
        }
    }

    /// "John deployed without testing" → “The deploy went out without testing: our deployment process didn't require it.”
    static func forWithout(_ s: Sentence, _ a: Agent, verbAt j: Int, withoutAt m: Int) -> String {
        let what = cleanRest(s, from: m + 1)
        let v = English.base(s.w[j])
        let prefix = a.start > 0 ? s.text(0, a.start - 1) : ""
        let causeWord = prefix.lowercased().hasSuffix("because") || prefix.lowercased().hasSuffix("since")
        // ("... didn't require telling the control room before restarting the RTU gateway": the act keeps its object)
        let timeAt = (j + 1..<m).first { ["yesterday", "earlier", "last", "this", "during", "overnight"].contains(s.w[$0]) || ["at", "around", "on"].contains(s.w[$0]) && s.toks[$0 + 1].kind == .number } ?? m
        let objWords = (j + 1..<timeAt).filter { (s.isWord($0) || s.toks[$0].kind == .number) && !softAdverbs.contains(s.w[$0]) }.map { s.toks[$0].text }
        let obj = objWords.count <= 8 && !objWords.isEmpty ? " " + objWords.joined(separator: " ") : ""
        let step = what.split(separator: " ").first.map { String($0).lowercased() } ?? ""
        // (telling people before an act is part of making the change, not of escalating)
        let process = [processNoun(step, rest: "")].map { $0 == "our escalation process" ? "our change process" : $0 == "our deployment process" ? processNoun(v, rest: what) : $0 }[0]
        let core = "\(process.lowercasedFirst) didn't require \(what.isEmpty ? "verification" : what.lowercasedFirst) before \(English.gerund(v))\(obj)"
        if causeWord { return "Name the process gap, not the person: " + quote(prefix + " " + core) }
        return "Name the process gap, not the person: " + quote("\(changeNoun(s.w[j]).capitalizedFirst) went out without \(what.isEmpty ? "verification" : what.lowercasedFirst): \(core)")
    }

    /// "The operator acknowledged the alert without looking" → “The alert was acknowledged without looking; nothing asked for it first.”
    static func forSkippedStep(_ s: Sentence, verbAt j: Int, withoutAt m: Int) -> String {
        let objWords = (j + 1..<m).filter { s.isWord($0) && !softAdverbs.contains(s.w[$0]) }.map { s.toks[$0].text }
        let obj = objWords.isEmpty || ["it", "them", "this", "that"].contains(objWords.joined(separator: " ").lowercased()) ? "it" : objWords.joined(separator: " ")
        let step = cleanRest(s, from: m + 1)
        return "Say what the step depended on, not who skipped it: " + quote("\(obj.capitalizedFirst) \(obj == "it" ? "was" : English.be(for: obj)) \(English.participle(ofPast: s.w[j])) without \(step.isEmpty ? "a check" : step); nothing in <the tool or runbook> asked for that step first, and <what it would have shown>")
    }

    /// "John picked replica-2, which was 40 minutes behind" → “Replica-2 was picked although it was 40 minutes behind: ...”
    static func forChoice(_ s: Sentence, verbAt j: Int) -> String {
        let obj = cleanRest(s, from: j + 1)
        let pp = English.participle(ofPast: s.w[j])
        return "Say why the choice looked right and what would have flagged it: " + quote("\(obj.isEmpty ? "The option" : obj.capitalizedFirst) \(English.be(for: obj)) \(pp); nothing showed at the time that it was the wrong choice (<what the tool or dashboard displayed>)")
    }

    /// "Ask Priya to retrain John on the runbook" → a change to the runbook or tool that helps everyone.
    static func forTraining(_ s: Sentence, topicFrom i: Int) -> String {
        let topic = cleanRest(s, from: i)
        let what = topic.isEmpty ? "the runbook" : topic.lowercasedFirst
        return "Fix the system, not the person: " + quote("Update \(what) so the step cannot be misread (<what changes>), and walk the whole on-call rotation through it") + " — training one named person implies they were the cause."
    }

    static func forBadObject(_ s: Sentence, _ a: Agent, verbAt j: Int, clauseEnd: Int) -> String {
        let (obj, place) = splitAtPreposition(cleanRest(s, from: j + 1))
        let pp = English.participle(ofPast: s.w[j])
        return "Describe what let it through, not who did it: " + quote("\(obj.isEmpty ? "The change" : obj.capitalizedFirst) \(English.be(for: obj)) \(pp)\(place), and nothing (validation, review or a confirmation step) caught it before it had impact")
    }

    /// "the bad config to all regions" → ("the bad config", " to all regions"): the object, and where it went.
    static func splitAtPreposition(_ phrase: String) -> (String, String) {
        let words = phrase.split(separator: " ").map(String.init)
        guard let p = words.indices.first(where: { $0 > 0 && ["to", "on", "in", "into", "from", "across", "at", "onto", "for"].contains(words[$0].lowercased()) }) else { return (phrase, "") }
        return (words[..<p].joined(separator: " "), " " + words[p...].joined(separator: " "))
    }

    static func forTrailing(_ s: Sentence, _ a: Agent, verbAt j: Int, advAt m: Int) -> String {
        var words: [String] = []
        for k in (j + 1)..<m where !softAdverbs.contains(s.w[k]) { words.append(s.toks[k].text) }
        let obj = words.joined(separator: " ")
        let lower = obj.lowercased()
        if ["runbook", "playbook", "procedure", "instructions", "docs", "documentation", "checklist", "guide"].contains(where: { lower.contains($0) }) {
            return "Describe the system, not the person: " + quote("\(obj.capitalizedFirst) was unclear at this step")
        }
        return "Describe what made the wrong action easy: " + quote("\(obj.isEmpty ? "The step" : obj.capitalizedFirst) was easy to get wrong, and nothing caught it")
    }

    static func forFailing(_ s: Sentence, _ a: Agent, verbAt j: Int) -> String {
        let v = s.w[j]
        let obj = cleanRest(s, from: j + 1)
        switch v {
        case "forgot", "forget", "forgets", "forgotten":
            var rest = obj
            if rest.lowercased().hasPrefix("to ") { rest = String(rest.dropFirst(3)) }
            let parts = rest.split(separator: " ", maxSplits: 1).map(String.init)
            if let verb = parts.first {
                return "Describe what would have made the step impossible to miss: " + quote("\(parts.count > 1 ? parts[1].capitalizedFirst : "The step") was not \(English.participle(ofPast: English.base(verb) == verb ? verb + "ed" : verb).replacingOccurrences(of: "eed", with: "ed")): nothing reminded us or did it automatically")
            }
        case "ignored", "ignores", "ignore", "missed", "misses", "overlooked", "disregarded":
            return "Describe the signal, not the person: " + quote("\(obj.isEmpty ? "The alert" : obj.capitalizedFirst) did not stand out enough to act on") + " Then ask what made it easy to miss (noise, routing, paging policy)."
        case "skipped", "skips", "bypassed", "bypasses", "circumvented":
            return "Describe what allowed the step to be skipped: " + quote("\(obj.isEmpty ? "The step" : obj.capitalizedFirst) was optional: nothing in the pipeline enforced it")
        case "caused", "causes", "broke", "breaks":
            return "Make the change, not the person, the subject: " + quote("A change \(v) \(obj.isEmpty ? "the service" : obj.lowercasedFirst); nothing in the pipeline caught it before it had impact")
        default: break
        }
        return "Describe the conditions, not the person: " + quote("\(obj.isEmpty ? "The step" : obj.capitalizedFirst) \(English.be(for: obj)) \(v.hasPrefix("mis") ? v : "done incorrectly"), and nothing (validation, review, confirmation) caught it")
    }

    /// "because the DBA ran the migration on the primary" → “because the migration on the primary was run and nothing prevented it”
    static func forCommission(_ s: Sentence, _ a: Agent, verbAt j: Int) -> String {
        if let p = passiveSentence(s, a, verbAt: j) {
            return "Make the change, not the person, the subject, and say what allowed it: " + quote(p + "; <the check, review or canary that would have stopped it> was not in place")
        }
        return "Describe what happened and what allowed it, not who did it: " + quote("<What was done, and when>; <what the process or tooling did not provide: a review, a canary, a rollback trigger>")
    }

    static func replacingPossessive(_ s: Sentence, at k: Int) -> String {
        var st = k
        while st > 0, s.isWord(st - 1), AgentFinder.determiners.contains(s.w[st - 1]) && !["that", "this"].contains(s.w[st - 1]) || Lex.roles.contains(s.w[st - 1]) { st -= 1 }
        var before = st > 0 ? s.text(0, st - 1) + " " : ""
        // ("Thanks to Kenji's change" credits the person; "After a change" just orders the facts)
        if before.lowercased().hasSuffix("thanks to ") || before.lowercased().hasSuffix("owing to ") {
            before = String(before.dropLast(before.lowercased().hasSuffix("thanks to ") ? 10 : 9)) + (st > 2 ? "after " : "After ")
        }
        let after = k + 1 < s.count ? s.text(k + 1, s.count - 1) : ""
        let article = after.first.map { "aeiouAEIOU".contains($0) } == true ? "an " : "a "
        return "Make the change the subject and say what allowed it: " + quote(before + (before.isEmpty ? article.capitalizedFirst : article) + after)
    }

    /// "The warning was missed by the night operator" → “The warning was missed, and nothing escalated it.”
    static func replacingByAgent(_ s: Sentence, byAt b: Int, agentEnd: Int? = nil) -> String {
        // ("A certificate rotation performed by Amara left ..." → "A certificate rotation left ...": a bare participle goes with its agent)
        let bareParticiple = b > 1 && ["performed", "made", "done", "executed", "run", "carried", "initiated"].contains(s.w[b - 1]) && s.isWord(b - 2)
            && !Rewrite.copulas.contains(s.w[b - 2]) && agentEnd.map({ $0 + 1 < s.count && s.isWord($0 + 1) }) == true
        // ("due to the DBA" keeps its "to")
        let before = b > 0 ? s.text(0, s.w[b] == "by" ? b - (bareParticiple ? 2 : 1) : b) : ""
        // a passive act with its person dropped keeps its facts ("without review", "for three hours"); a cause ("caused by") needs a change named
        if let e = agentEnd, s.w[b] == "by", b > 0, !["caused", "introduced", "triggered", "started", "initiated", "error", "errors", "mistake", "mistakes", "oversight", "negligence"].contains(s.w[b - 1]) {
            let rest = e + 1 < s.count ? s.text(e + 1, s.count - 1).trimmedSentence : ""
            let act = s.w[b - 1]
            let gap = ["missed", "ignored", "overlooked", "dismissed", "disregarded", "neglected"].contains(act) ? "nothing escalated it"
                : ["skipped", "bypassed"].contains(act) ? "nothing in the tooling required it"
                : act.hasPrefix("un") ? "nothing alerted anyone" : "nothing in the change process caught it"
            return "Drop the person and name the gap: " + quote(before + (rest.isEmpty ? "" : " " + rest) + ", and \(gap)") + " Then ask why it was possible."
        }
        let tail = s.w[b] == "by" ? "by a change that nothing in the process caught" : "a change that nothing in the process caught"
        return "Name the change and the gap, not the person: " + quote(before + " " + tail)
    }

    static let copulas: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "seemed", "looked", "got"]

    static func replacingWords(_ s: Sentence, _ i: Int, _ j: Int, with r: String?, word: String) -> String {
        // "Stop making sloppy changes": deleting the word would ask to stop all changes; name the safeguard instead
        if r == nil, s.containsAny(["stop", "avoid", "prevent", "prohibit", "eliminate", "fewer", "less", "no more"]) {
            return "Say what the safeguard checks instead of judging the work, e.g. “Require two approvals and an automated check for every change to <what>.”"
        }
        // "The migration script was sloppy and had no rollback path": drop the judgement with its verb, keep the facts
        if r == nil, i > 0, copulas.contains(s.w[i - 1]) {
            if s.word(j + 1) == "and", j + 2 < s.count {
                return replacingWords(s, i - 1, j + 1, with: "", word: word)
            }
            let subject = i > 1 ? s.text(0, i - 2).trimmedSentence : "It"
            return "Replace the judgement with the facts behind it: " + quote("\(subject.capitalizedFirst) <what was missing or wrong, e.g. had no rollback path, was not reviewed>")
        }
        var parts: [String] = []
        if i > 0 {
            var before = s.text(0, i - 1)
            // keep the article right: "A careless edit" → "An edit", "a fat-finger" → "an input error"
            let next = (r?.isEmpty == false ? r! : (j + 1 < s.count ? s.w[j + 1] : "")).lowercased()
            if let f = next.first, ["a", "an"].contains(s.w[i - 1]) {
                let vowel = "aeio".contains(f) || next.hasPrefix("un")
                let art = s.toks[i - 1].text
                let fixed = vowel ? (art.first == "A" ? "An" : "an") : (art.first == "A" ? "A" : "a")
                before = (i > 1 ? s.text(0, i - 2) + " " : "") + fixed
            }
            parts.append(before)
        }
        if let r, !r.isEmpty { parts.append(r) }
        if j + 1 < s.count { parts.append(s.text(j + 1, s.count - 1)) }
        var out = parts.joined(separator: " ")
        out = out.replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: "  ", with: " ")
        if word == "blame" || word == "blamed" || word == "blaming" {
            return "Describe what allowed the failure rather than who to blame, e.g. “The pipeline let an unvalidated change reach production.”"
        }
        return "Say it neutrally: " + quote(out)
    }

    static func removingWord(_ s: Sentence, _ i: Int, tail: String) -> String {
        var parts: [String] = []
        if i > 0 { parts.append(s.text(0, i - 1)) }
        if i + 1 < s.count { parts.append(s.text(i + 1, s.count - 1)) }
        let out = parts.joined(separator: " ").replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: ", ,", with: ",")
        return "Drop the hindsight and add what was known then: " + quote(out.trimmedSentence + "; \(tail)")
    }

    static func forSurface(_ s: Sentence, at i: Int) -> String {
        // "Typo in configuration file" → “Changes to the configuration file lack validation...”
        var object = ""
        if let inAt = s.index(of: "in", from: i) , inAt < s.count - 1 {
            // stop at the verb: "typo in the rate limit config caused the outage" → "the rate limit config"
            let end = (s.span(inAt + 1, s.count)).first { Lex.causalVerbs.contains(s.w[$0]) || ["was", "were", "is", "led", "resulted", "made"].contains(s.w[$0]) } ?? s.count
            object = end > inAt + 1 ? cleanRest(s, from: inAt + 1) : ""
            if end < s.count, !object.isEmpty { object = s.text(inAt + 1, end - 1) }
        }
        if object.isEmpty, let by = s.index(of: "by", from: i), by < s.count - 1 { object = "" }
        if !object.isEmpty {
            return "Ask why the error was possible and why nothing caught it: " + quote("Changes to \(object.lowercasedFirst) lack validation and testing, so the error reached production unnoticed")
        }
        return "Ask why the error was possible and why nothing caught it, e.g. " + quote("Configuration changes lack validation and testing: the tool accepted the input without a check or a peer review")
    }

    static func forImpact(_ s: Sentence) -> String {
        var words: [String] = []
        var k = 0
        while k < s.count {
            let x = s.w[k]
            if x == "a", s.word(k + 1) == "while" { words.append("N minutes (HH:MM–HH:MM UTC)"); k += 2; continue }
            if x == "for", s.word(k + 1) == "some", s.word(k + 2) == "time" { words.append("for N minutes (HH:MM–HH:MM UTC)"); k += 3; continue }
            if x == "a", ["lot", "number", "bunch", "handful", "majority"].contains(s.word(k + 1) ?? ""), s.word(k + 2) == "of" { words.append("N (X% of)"); k += 3; continue }
            if ["significant", "large", "substantial", "considerable", "small"].contains(x), ["number", "portion", "share", "amount", "fraction", "part"].contains(s.word(k + 1) ?? "") {
                if let l = words.last, ["a", "an", "A", "An"].contains(l) { words.removeLast() }
                words.append(words.isEmpty ? "N (X%)" : "N (X%) of"); k += 2; if s.word(k) == "of" { k += 1 }; continue
            }
            if Lex.vagueQuantifiers.contains(x), x != "while" { words.append("N"); k += 1; continue }
            words.append(s.toks[k].text)
            k += 1
        }
        var out = words.joined(separator: " ").replacingOccurrences(of: " ,", with: ",").replacingOccurrences(of: " .", with: ".").replacingOccurrences(of: " :", with: ":")
        out = out.trimmedSentence
        if !out.contains("N") { out += " — N users (X% of traffic) for N minutes (HH:MM–HH:MM UTC)" }
        else if !out.contains("minutes") { out += ", for N minutes (HH:MM–HH:MM UTC)" }
        return "Put numbers on it: " + quote(out)
    }
}
