extension LanguageChecker {
    // MARK: impact

    static let impactWords: Set<String> = Lex.impactNouns.union(["down", "unavailable", "outage", "degraded", "unable", "couldn't",
        "could", "errors", "slow", "failing", "inaccessible", "offline", "disrupted", "interrupted", "elevated", "increased", "spiked", "impacted", "affected", "gone", "outages", "downtime", "disruptions", "interruptions"])

    /// Countable things an impact statement may leave uncounted, read in impact and summary text only.
    static let affectedThings: Set<String> = ["integrations", "integration", "regions", "region", "services", "partners", "devices", "apps",
        "webhooks", "deliveries", "notifications", "workloads", "shoppers", "subscribers", "members", "stores", "vendors", "endpoints",
        "clusters", "hosts", "servers", "instances", "databases", "repositories", "projects", "teams", "organizations", "organisations",
        "workspaces", "zones", "markets", "countries", "drivers", "riders", "patients", "players", "listeners", "viewers", "readers", "sellers", "buyers",
        "areas", "features", "products", "functions", "operations", "components", "applications", "websites", "flows", "parts", "systems", "instances",
        "individuals", "people", "folks", "persons", "families", "employees", "validators", "nodes",
        // ("most of the research samples stored within the freezer were destroyed")
        "samples", "specimens", "records", "orders", "bookings", "calls", "shipments", "consignments", "parcels"]

    func unquantified(_ s: Sentence, role: TextRole, textHasNumber: Bool) -> [RawFinding] {
        // in Impact a number must count something; elsewhere a date or a time is context, yet an explicitly vague
        // count ("a significant number of instances") still needs its number
        if s.isQuestion { return [] }
        // ("It is therefore impossible to know what percentage of calls ... were to make complaints": what the data cannot break down, said plainly)
        if ["impossible to know", "impossible to tell", "impossible to determine", "not possible to know", "not possible to determine", "no way of knowing", "no way to know"].contains(where: { p in
            s.find(p).map { at in ["what", "how", "which", "whether"].contains(s.word(at + p.split(separator: " ").count) ?? "") } ?? false }) { return [] }
        // "It is going to take some time and we expect most mail to be delivered by the end of the day", "Incoming emails should be
        // held until the system comes back": a forecast or advice, not the impact that happened
        // ("Fly Machines that won't boot": a present failure, not a forecast)
        let failing: Set<String> = ["boot", "start", "load", "open", "connect", "work", "run", "launch", "sync", "respond", "install", "update", "play", "print", "login", "log"]
        let forecast = s.w.indices.contains(where: { ["will", "hopefully", "expect"].contains(s.w[$0]) || ["won't", "won’t"].contains(s.w[$0]) && !failing.contains(s.word($0 + 1) ?? "") })
        if forecast && s.find("will have") == nil || s.find("going to") != nil || s.find("should be") != nil,
           !s.containsAny(["unable", "couldn't", "errors", "error", "failed", "fail", "lost", "down", "unavailable", "delayed", "delays", "outage", "slow", "affected", "impacted",
                "experienced", "saw", "were", "was", "issues", "problems", "noticed", "late", "messed", "broken", "missing", "stuck", "having", "charged", "twice",
                "came", "angry", "received", "got", "hit", "complaints", "complaining",
                // ("Retesting will place a considerable burden on laboratory resources": a cost already certain, unsized)
                "burden", "hardship", "strain", "meaningful", "margins"]) || s.containsAny(["hopefully"]) { return [] }
        // "The damage to reader trust on the biggest news night of the year was considerable": a size with no size
        // ("This outage was broad and severe", "The consequences were sudden and severe", "The situation ... is quite severe")
        let sizeWords: Set<String> = ["meaningful", "material", "considerable", "substantial", "significant", "huge", "massive", "enormous", "severe", "extensive", "immense", "sizeable", "sizable", "high", "serious", "grave", "dire", "broad", "widespread", "heavy", "big"]
        func copulaBefore(_ k: Int) -> Bool {
            var j = k - 1
            if j >= 0, ["very", "extremely", "really", "so", "incredibly", "quite", "pretty", "rather", "truly"].contains(s.w[j]) { j -= 1 }
            // "broad and severe": the first of a pair of size words
            if j >= 1, s.w[j] == "and", ["broad", "sudden", "severe", "serious", "widespread", "extensive", "significant", "considerable", "deep", "long", "lasting", "far-reaching"].contains(s.w[j - 1]) { j -= 2 }
            // ("production hit is going to be big": the size forecast, still no size)
            return j >= 0 && (["was", "were", "is", "are", "been"].contains(s.w[j]) || s.w[j] == "be" && j >= 2 && s.w[j - 2] == "going")
        }
        if role == .impact || role == .summary || role == .other, let c = s.span(2, s.count).first(where: { k in sizeWords.contains(s.w[k])
               && copulaBefore(k) && (k == s.endIndexBeforeFinalPunct || s.isPunct(k + 1)) }),
           s.span(0, c).contains(where: { ["damage", "disruption", "impact", "loss", "losses", "cost", "costs", "inconvenience", "backlog", "harm", "fallout", "effect", "effects", "toll", "delay", "delays", "breach", "hit",
               "outage", "outages", "consequences", "consequence", "situation", "downtime", "disruptions"].contains(s.w[$0]) }),
           // (a chat line's clock time is when it was said, not a size)
           !s.hasNumber || !s.hasQuantity && s.toks.first(where: { $0.hasDigit }).map({ $0.text.contains(":") }) == true {
            return [RawFinding(check: "unquantified-impact", at: c, excerpt: s.text(c, c),
                               message: "\"\(s.text(c, c))\" is not a number; say how much, for how many, or for how long.", better: Rewrite.forImpact(s))]
        }
        // "For an unknown amount of time, people calling 911 ... weren't getting through": the size said to be unknown
        if role == .impact || role == .summary, let u = s.span(0, s.count).first(where: { k in s.w[k] == "unknown" && (s.has("amount of time", at: k + 1) || s.has("number of", at: k + 1) || s.has("period", at: k + 1) || s.has("length of time", at: k + 1)) }) {
            return [RawFinding(check: "unquantified-impact", at: u, excerpt: s.text(u, min(s.count - 1, u + 3)),
                               message: "\"\(s.text(u, min(s.count - 1, u + 3)))\" leaves the size open; give the best estimate you have and say how it was bounded.", better: Rewrite.forImpact(s))]
        }
        // "It took time to understand the issue, determine the mitigation plan and fully restore all services": a length said to exist, not given
        // (the recovery's length, not how long a step of the response took: "it took a while to identify which approvals were needed")
        if role == .impact || role == .summary, !s.hasQuantity, let t = s.span(0, s.count).first(where: { k in ["took", "takes", "take"].contains(s.w[k])
               && (s.has("time to", at: k + 1) || s.has("some time", at: k + 1) || s.has("a while", at: k + 1) || s.has("a long time", at: k + 1) || s.has("longer", at: k + 1) && s.word(k + 2) == "to") }),
           s.span(t + 2, t + 7).contains(where: { ["restore", "recover", "resolve", "fix", "bring", "get", "return", "clear", "deliver", "reopen", "rebuild", "restart", "flowing", "back"].contains(s.w[$0]) }),
           !s.span(0, t).contains(where: { ["will", "may", "might", "could", "can"].contains(s.w[$0]) }) {
            return [RawFinding(check: "unquantified-impact", at: t, excerpt: s.text(t, min(t + 2, s.count - 1)),
                               message: "\"\(s.text(t, min(t + 2, s.count - 1)))\" is not a length; say how long each step took, from when to when.", better: Rewrite.forImpact(s))]
        }
        // "The disruption lasted longer than expected due to the failed upgrade process": a length measured against a wish, not a clock
        if role == .impact || role == .summary, !s.hasNumber, let l = s.span(0, s.count).first(where: { k in ["lasted", "took", "continued", "persisted", "dragged"].contains(s.w[k])
               && s.has("longer than", at: k + 1) && ["expected", "anticipated", "planned", "usual", "normal", "hoped", "intended"].contains(s.word(k + 3) ?? "") }) {
            return [RawFinding(check: "unquantified-impact", at: l, excerpt: s.text(l, l + 3),
                               message: "\"\(s.text(l, l + 3))\" is not a length; say how long it lasted, from when to when.", better: Rewrite.forImpact(s))]
        }
        // "It also caused delays in our emergency departments", "This morning we had issues with our Authentication API", "Website unusable.":
        // the harm named with nothing to size it, in the impact or a summary
        // (a date or a clock time says when, not how much: "On Thursday, October 23rd ... at 13:30 UTC, Semaphore experienced issues which caused delays")
        // (a start time given is a bound: "a service disruption on September 10th, starting at approximately 12:07 AM UTC")
        if role == .impact || role == .summary, !s.hasQuantity, !s.containsAny(["no", "not", "never", "without", "unaffected", "avoided", "prevented", "minimal", "negligible"]),
           !s.span(0, s.count).contains(where: { k in ["starting", "started", "beginning", "began", "from", "between", "since", "until"].contains(s.w[k]) && s.span(k + 1, k + 4).contains(where: { s.toks[$0].text.contains(":") && s.toks[$0].hasDigit }) }),
           let h = s.span(0, s.count).first(where: { k in
               ["caused", "causing", "had", "experienced", "experiencing", "having", "saw", "suffered", "resulted", "resulting"].contains(s.w[k]) && s.span(k + 1, k + 4).contains(where: { ["delays", "disruption", "disruptions", "issues", "problems", "difficulties", "outages", "errors", "inconvenience"].contains(s.w[$0])
                   // ("we suffered a minor downtime as a runaway ZFS snapshot process froze up disk I/O": a length called small, not given)
                   || ["downtime", "outage", "interruption", "disruption"].contains(s.w[$0]) && ["minor", "brief", "short", "small", "little", "slight"].contains(s.word($0 - 1) ?? "") })
                   && s.span(k + 1, k + 4).allSatisfy({ s.isWord($0) && !["the", "this", "these", "that"].contains(s.w[$0]) })
               || s.toks.filter({ $0.kind == .word }).count <= 3 && ["unusable", "unavailable", "offline", "down", "inaccessible", "unreachable", "broken"].contains(s.w[k]) }) {
            let e = min(s.count - 1, h + 2)
            return [RawFinding(check: "unquantified-impact", at: h, excerpt: s.text(h, e),
                               message: "\"\(s.text(h, e))\" has no size; say how many were affected, for how long, or what share.", better: Rewrite.forImpact(s))]
        }
        // "Customers were affected between 15 and 19 February 2023": when, told in dates, but not how many
        if role == .impact || role == .summary,
           let p = s.span(0, 3).first(where: { Coach.populationNouns.contains(s.w[$0]) || ["residents", "households", "properties", "homes", "passengers", "patients"].contains(s.w[$0]) }),
           let v = s.span(p + 1, p + 3).first(where: { ["affected", "impacted", "disrupted", "inconvenienced"].contains(s.w[$0]) }), ["were", "was", "been"].contains(s.w[v - 1]),
           s.toks.contains(where: { $0.hasDigit }), s.toks.indices.allSatisfy({ !s.toks[$0].hasDigit || LanguageChecker.isDatePart(s, $0) }) {
            return [RawFinding(check: "unquantified-impact", at: p, excerpt: s.text(p, v),
                               message: "\"\(s.text(p, v))\" says when, not how many; give the count (and the share of all \(s.w[p])).", better: Rewrite.forImpact(s))]
        }
        // "Gate queues were long for most of Easter Saturday": a length given as most of a day
        if role == .impact || role == .summary || role == .other && s.containsAny(["long", "late", "delayed", "down", "unavailable", "closed", "shut", "stuck"]),
           let m = s.span(1, s.count).first(where: { k in s.w[k] == "most" && s.w[k - 1] == "for" && s.word(k + 1) == "of"
               // ("the whole city getting wrong bus times half the morning": half a day part, told as a length)
               || s.w[k] == "half" && ["the", "of"].contains(s.word(k + 1) ?? "") && ["morning", "afternoon", "evening", "night", "day", "weekend", "week", "shift"].contains(s.word(k + 2) ?? s.word(k + 3) ?? "") }),
           s.span(m + 2, m + 5).contains(where: { ["day", "morning", "afternoon", "evening", "night", "weekend", "week", "shift", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].contains(s.w[$0]) }),
           !s.toks.contains(where: { $0.kind == .number && $0.text.contains(":") }) {
            return [RawFinding(check: "unquantified-impact", at: m - 1, excerpt: s.text(m - 1, m + 1),
                               message: "\"\(s.text(m - 1, m + 1)) ...\" has no length; say from when to when, and how many were affected.", better: Rewrite.forImpact(s))]
        }
        // with no section, only a sentence about who or what was affected is an impact statement
        // ("a significant portion of our read replicas entered a deadlock" describes the cause)
        if role == .other, !s.w.contains(where: { Coach.populationNouns.contains($0) || Coach.impactVerbs.contains($0) || LanguageChecker.impactWords.contains($0)
            || ["hours", "minutes", "days", "weeks", "while", "period", "reachable", "available", "losses", "damage", "overcharged", "hit", "blow", "late", "bit", "off-air",
                // ("Our review scores took a real hammering", "placed a real strain on the neonatal teams", "Support was completely underwater")
                "hammering", "battering", "pounding", "strain", "burden", "underwater", "swamped", "inundated"].contains($0) }),
           // (queues, bills and workload that grew are harm too: "Build queues at the CI provider backed up considerably")
           !(s.containsAny(["queues", "queue", "backlog", "backlogs", "bill", "load", "volume", "work", "calls", "enquiries", "complaints"])
             && s.w.contains(where: { LanguageChecker.changeWords.contains($0) || ["long", "swamped", "overwhelmed", "hammered", "extra", "additional"].contains($0) })) { return [] }
        // "we had a period of downtime", "the other took the better part of a day to restore": a length with no length, whatever dates
        // or counts the sentence carries ("On the 2nd of March, 2020", "a day" inside the vague phrase)
        if role == .impact || role == .summary, let i = s.span(0, s.count).first(where: { i in
            s.has("a period of", at: i) && s.span(i + 3, i + 5).contains(where: { ["downtime", "outage", "disruption", "instability", "degradation", "unavailability"].contains(s.w[$0]) })
                && !s.span(i + 3, s.count).contains(where: { k in s.toks[k].hasDigit && !["st", "nd", "rd", "th"].contains(where: { s.w[k].hasSuffix($0) }) || Lex.numberWords.contains(s.w[k]) || ["until", "between", "from"].contains(s.w[k]) })
                || (s.has("the better part of", at: i) || s.has("the best part of", at: i))
                    // a length, not a share ("the best part of our EU traffic"), and not one the sentence measures anyway
                    && s.span(i + 4, i + 7).contains(where: { ["hour", "day", "days", "week", "weeks", "morning", "afternoon", "evening", "night", "weekend", "shift", "month"].contains(s.w[$0]) })
                    && !s.span(i + 4, i + 6).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || Lex.numberWords.contains(s.w[$0]) }) }),
           // (a clock range, a duration or a count in digits elsewhere says it: "(14:02–14:51 UTC)", "52 minutes", "12,400 orders")
           !s.toks.indices.contains(where: { k in s.toks[k].kind == .number && (s.toks[k].text.contains(":") || s.toks[k].text.contains(",")
               || s.word(k + 1).map { ["minutes", "minute", "hours", "hour", "seconds", "%", "orders", "users", "customers", "requests", "min", "mins"].contains($0) } == true) }) {
            let e = min(s.count - 1, i + (s.w[i] == "a" ? 3 : 5))
            return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, e),
                               message: "\"\(s.text(i, e))\" has no length; say for how long, from when to when.", better: Rewrite.forImpact(s))]
        }
        if let f = uncountedShare(s, role: role) ?? harmWithoutSize(s, role: role) { return [f] }
        // ("Thousands of commuters were left stranded in the freezing cold for hours": an order of magnitude, and a length with no length)
        if role == .impact || role == .summary, !s.hasQuantity(countingWords: false),
           !s.w.contains(where: { Lex.numberWords.contains($0) && !["thousands", "hundreds", "millions", "dozens"].contains($0) }),
           let h = s.span(1, s.count).first(where: { s.w[$0 - 1] == "for" && ["hours", "days", "weeks", "ages"].contains(s.w[$0]) && !["of", "after"].contains(s.word($0 + 1) ?? "") }) {
            return [RawFinding(check: "unquantified-impact", at: h - 1, excerpt: s.text(h - 1, h),
                               message: "\"\(s.text(h - 1, h))\" has no length; say for how long, from when to when.", better: Rewrite.forImpact(s))]
        }
        // "a significant number of instances in one zone": a word count elsewhere does not count the vague thing
        let wordCountOnly = s.hasQuantity && !s.hasQuantity(countingWords: false)
        if s.hasQuantity && !wordCountOnly { return [] }
        let datedOnly = role != .impact && s.hasNumber || wordCountOnly
        // (a date is context, not a size: "On Monday, July 20th, Sentry was down for most of the US working day")
        if !datedOnly || role == .impact || role == .summary, let f = vagueDegree(s, inImpact: true) { return [f] }
        // "a pretty big deal for the district", "with knock-on effects across the schedule", "it felt like forever": a size in a figure of speech
        // (in plain text, only the idioms that can only mean a size)
        if role == .impact || role == .summary || role == .other, !s.hasQuantity,
           let (at, p) = s.span(0, s.count).lazy.compactMap({ k in LanguageChecker.sizeIdioms.first(where: { s.has($0, at: k) }).map { (k, $0) } }).first,
           role != .other || !["a degree of", "some degree of", "a fair few", "no end of", "take a hit", "took forever", "cost a lot", "cost a fortune", "suffer a lot"].contains(p),
           !s.negated(before: at, within: 2) {
            let e = at + p.split(separator: " ").count - 1
            return [RawFinding(check: "unquantified-impact", at: at, excerpt: s.text(at, e),
                               message: "\"\(s.text(at, e))\" is not a size; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
        }
        // "Services impacted: checkout, search" — a list, not a quantity
        if let c = s.toks.firstIndex(where: { $0.text == ":" }), c > 0 {
            let label = Set(s.w[0..<c])
            if !label.isDisjoint(with: ["service", "services", "component", "components", "system", "systems", "region", "regions", "severity", "status", "product", "products", "features", "feature", "tags", "loss"]) { return [] }
        }
        // in impact and summary text, any countable thing affected: "most integrations", "several regions"
        let nouns = role == .impact || role == .summary ? Lex.impactNouns.union(LanguageChecker.affectedThings).union(LanguageChecker.dayParts) : Lex.impactNouns
        // the vague phrase itself, for the excerpt: "a number of customers", "for a while", "a large portion"
        func phrase(_ i: Int) -> (Int, Int) {
            var st = i
            if st > 0, ["a", "an", "the"].contains(s.w[st - 1]) { st -= 1 }
            if s.w[i] == "while", st > 0, s.w[st - 1] == "for" { st -= 1 }
            if s.w[i] == "while" { return (st, i) }
            let hit = s.span(i + 1, i + 5).first(where: { s.isWord($0) && (nouns.contains(s.w[$0]) || ["time", "period"].contains(s.w[$0])) })
            let e = hit ?? min(i + 1, s.count - 1)
            return (st, e)
        }
        // "a number of customers", "major impact"
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if let f = sizedHarm(s, at: i, role: role) { return [f] }
            // "for a period of time", "for a time", "for an extended period"
            // ("for a period of around four minutes" gives its length)
            if x == "for", let d = s.word(i + 1), ["a", "an"].contains(d), let n = s.word(i + 2),
               n == "period" || n == "time" || ["extended", "long", "short", "brief", "prolonged"].contains(n) && ["period", "time", "while", "spell"].contains(s.word(i + 3) ?? ""),
               !(s.word(i + 3) == "of" && s.span(i + 4, i + 7).contains(where: { s.toks[$0].kind == .number || s.toks[$0].hasDigit || Lex.numberWords.contains(s.w[$0]) })) {
                let e = min(s.count - 1, s.has("period of time", at: i + 2) ? i + 4 : n == "period" || n == "time" ? i + 2 : i + 3)
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, e),
                                   message: "\"\(s.text(i, e))\" is not a number; say for how long.", better: Rewrite.forImpact(s))]
            }
            // "a subset of API requests", "a significant portion of players", "a sizeable share of our user base"
            // ("Big chunk of the bracket slipped and viewers noticed": the article dropped)
            // ("came into contact with a portion of the line where the insulation had been damaged": a stretch of a thing, not a share of those hit)
            if ["subset", "portion", "fraction", "share", "proportion", "percentage", "chunk", "slice", "segment"].contains(x), s.word(i + 1) == "of",
               !(["portion", "segment", "section", "slice"].contains(x) && s.word(i + 2) == "the" && ["line", "cable", "pipe", "pipeline", "wall", "roof", "road", "track", "floor", "hose", "rope", "wire", "beam", "fence", "river", "trail", "slope", "route", "tunnel", "shaft", "conveyor"].contains(s.word(i + 3) ?? "")),
               i > 0, ["a", "an"].contains(s.w[i - 1]) || i > 1 && ["a", "an"].contains(s.w[i - 2]) && s.isWord(i - 1)
                || i == s.firstWordIndex + 1 && ["big", "large", "huge", "good", "sizeable", "sizable", "massive", "decent", "significant"].contains(s.w[i - 1]) {
                let a = ["a", "an"].contains(s.w[i - 1]) || i < 2 || !["a", "an"].contains(s.w[i - 2]) ? i - 1 : i - 2
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, i),
                                   message: "\"\(s.text(a, i))\" is not a number; say what share: how many of how many.", better: Rewrite.forImpact(s))]
            }
            // ("a very long downtime", "a lengthy application recovery time", "a short period of default latency")
            let article = i > 0 && ["a", "an"].contains(s.w[i - 1]) ? i - 1 : i > 1 && ["a", "an"].contains(s.w[i - 2]) && ["very", "really", "quite", "pretty", "rather", "fairly", "extremely", "relatively"].contains(s.w[i - 1]) ? i - 2 : nil
            if ["noticeable", "sizeable", "sizable", "considerable", "substantial", "significant", "extended", "prolonged", "long", "lengthy"].contains(x)
                || ["short", "brief"].contains(x) && (role == .impact || role == .summary) || ["large"].contains(x) && ["quantity", "quantities", "volume"].contains(s.word(i + 1) ?? "")
                // ("This situation has caused an immense amount of disruption, distress and anxiety")
                || ["immense", "enormous", "huge", "massive", "vast", "tremendous", "incredible"].contains(x) && ["amount", "amounts", "volume", "number"].contains(s.word(i + 1) ?? ""),
               let a = article, let n = s.span(i + 1, i + 5).first(where: { k in ["period", "time", "amount", "quantity", "quantities", "volume", "while", "stretch", "share", "number", "part", "portion", "chunk", "spell", "duration", "outage", "delay", "downtime", "disruption", "interruption", "halt", "stall", "pause", "freeze"].contains(s.w[k]) }),
               s.span(i + 1, n).allSatisfy({ s.isWord($0) }) {
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, n),
                                   message: "\"\(s.text(a, n))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
            // "significant, customer-facing performance problems", "these extended issues", "an in-depth analysis of ... extended recovery time":
            // a size word before the harm, with no article to anchor the rule above
            // ("the flash flooding caused a tragic loss of life and extreme property damage": damage sized by a word)
            if role == .impact || role == .summary, article == nil, !LanguageChecker.damageClass(s, at: i), ["significant", "extended", "prolonged", "lengthy", "considerable", "substantial", "serious", "severe", "widespread", "wide-scale", "large-scale", "extreme", "extensive", "catastrophic", "devastating"].contains(x),
               let n = s.span(i + 1, i + 5).first(where: { ["problems", "issues", "outage", "outages", "downtime", "disruption", "disruptions", "delays", "errors", "failures", "recovery", "slowness", "instability", "overtime", "rework", "backlog", "backlogs", "trouble", "inconvenience", "implications", "consequences", "damage", "destruction", "losses", "challenges", "difficulties"].contains(s.w[$0]) }),
               s.span(i + 1, n).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) || s.w[$0] == "," }), !s.negated(before: i, within: 2) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, n),
                                   message: "\"\(s.text(i, n))\" is not a number; say how many were affected, for how long, and how badly.", better: Rewrite.forImpact(s))]
            }
            // "On April 5th, things went bad.", "everything went south": the whole impact told as a mood
            if role == .impact || role == .summary, ["things", "everything", "it", "stuff"].contains(x), ["went", "go", "got", "turned"].contains(s.word(i + 1) ?? ""),
               let w = s.word(i + 2), ["bad", "wrong", "south", "sideways", "pear-shaped", "haywire", "downhill", "worse", "badly"].contains(w), s.isWord(i + 2),
               // ("things went south with a fork in the chain" goes on to say what)
               i + 3 >= s.count || s.isPunct(i + 3) && s.w[i + 3] != "-" {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, i + 2),
                                   message: "\"\(s.text(i, i + 2))\" has no size; say what broke, for whom, and for how long.", better: Rewrite.forImpact(s))]
            }
            // "We are investigating reports of elevated latency on the API", "degraded response times": a status-page change with no size
            if role == .impact || role == .summary || role == .other, ["elevated", "increased", "higher", "degraded", "intermittent", "heightened", "high"].contains(x), !s.negated(before: i, within: 2),
               let n = s.span(i + 1, x == "high" ? i + 4 : i + 3).first(where: { ["latency", "latencies", "errors", "timeouts", "rates", "rate", "times", "failures", "5xx", "500s", "502s", "503s", "performance"].contains(s.w[$0]) }),
               s.span(i + 1, n).allSatisfy({ s.isWord($0) }) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, n),
                                   message: "\"\(s.text(i, n))\" has no size; say from what to what, for whom, and for how long.", better: Rewrite.forImpact(s))]
            }
            // "may have seen performance degradation", "We apologize for any inconvenience": a kind of harm with no size
            // (in a summary, "any inconvenience caused" is the apology, not the impact statement)
            if role == .impact || role == .summary, ["degradation", "slowness", "inconvenience", "slowdowns"].contains(x), i > 0,
               ["performance", "service", "latency"].contains(s.w[i - 1]) || role == .impact && ["any", "the", "some", "general"].contains(s.w[i - 1]), !s.negated(before: i, within: 3) {
                return [RawFinding(check: "unquantified-impact", at: i - 1, excerpt: s.text(i - 1, i),
                                   message: "\"\(s.text(i - 1, i))\" has no size; say who was affected, how badly, and for how long.", better: Rewrite.forImpact(s))]
            }
            // "Hachyderm experienced a spike in HTTP response times", "an increase in 4XX responses": a change with no size
            if role == .impact || role == .summary || role == .other, ["increase", "spike", "rise", "surge", "jump", "drop", "decline", "dip", "reduction", "slowdown", "uptick", "bump", "degradation"].contains(x),
               s.word(i + 1) == "in", let a = (max(0, i - 5)..<i).last(where: { ["a", "an"].contains(s.w[$0]) }),
               // ("a spike in usage lead to hitting hard throttling limits": the trigger, not the impact)
               !s.span(i + 2, s.count).contains(where: { ["led", "lead", "leads", "caused", "causing", "triggered", "resulted", "tripped", "overwhelmed", "exhausted"].contains(s.w[$0]) }),
               (a + 1..<i).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) || s.w[$0] == "," }) {
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, i + 1),
                                   message: "\"\(s.text(a, i + 1))\" has no size; say from what to what, and for how long.", better: Rewrite.forImpact(s))]
            }
            // ("A number of borrowers were quoted incorrect rates": any people or things, counted vaguely, in an impact statement)
            if x == "number", i > 0, s.w[i - 1] == "a", s.word(i + 1) == "of",
               // ("A number of events concurrently happened that caused the problem", "a number of e-mail servers crashed, which led to ...")
               !s.span(i + 2, i + 9).contains(where: { ["led", "caused", "resulted", "triggered", "contributed"].contains(s.w[$0]) }),
               s.span(i + 2, i + 6).contains(where: { nouns.contains(s.w[$0]) || (role == .impact || role == .summary) && LanguageChecker.isPluralNoun(s.w[$0]) && !["reasons", "factors", "causes", "changes", "steps", "things", "ways", "improvements", "lessons", "actions", "measures", "issues"].contains(s.w[$0]) }) {
                let (a, b) = phrase(i)
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                   message: "\"\(s.text(a, b))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
            // "a wide range of products", "a variety of services", "with varying impact"
            if ["range", "variety", "array", "host", "set"].contains(x), i > 0, ["wide", "broad", "large", "whole", "variety", "a"].contains(s.w[i - 1]), s.word(i + 1) == "of",
               role == .impact || role == .summary, x != "set" && x != "host" || ["broad", "large", "whole"].contains(s.w[i - 1]) {
                let a = i > 1 && ["a", "the"].contains(s.w[i - 2]) ? i - 2 : i - 1
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, i + 1),
                                   message: "\"\(s.text(a, i + 1))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
            if ["varying", "varied", "variable", "differing"].contains(x), let n = s.word(i + 1), ["impact", "degrees", "degree", "severity", "levels", "effects"].contains(n), role == .impact || role == .summary {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, i + 1),
                                   message: "\"\(s.text(i, i + 1))\" is not a number; say how many were affected and how badly.", better: Rewrite.forImpact(s))]
            }
            // "minimal customer impact", "impact on merchants was limited"
            // ("no customers reported issues during this incident, suggesting the actual impact was minimal": zero is the count)
            if ["minimal", "limited", "minor", "negligible", "little", "modest", "moderate", "significant", "considerable", "substantial"].contains(x),
               s.span(max(0, i - 7), i + 3).contains(where: { ["impact", "impacted", "disruption", "effect"].contains(s.w[$0]) }), !s.negated(before: i, within: 2),
               !(["minimal", "negligible", "little", "minor", "limited"].contains(x) && s.span(0, i).contains(where: { s.w[$0] == "no" && ["customers", "customer", "users", "user", "one", "complaints", "reports"].contains(s.word($0 + 1) ?? "") })) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, i),
                                   message: "\"\(s.toks[i].text)\" impact is not a number; say how many were affected, for how long, and how badly.", better: Rewrite.forImpact(s))]
            }
            // "Catastrophic failure.", "a devastating outage": a verdict on the size instead of the size
            if ["catastrophic", "disastrous", "devastating", "crippling", "horrendous", "terrible", "horrible", "awful", "annoying", "costly", "tragic"].contains(x), role == .impact || role == .summary,
               let n = s.span(i + 1, i + 3).first(where: { ["failure", "failures", "outage", "outages", "downtime", "disruption", "impact", "damage", "loss", "losses", "consequences", "degradation", "incident"].contains(s.w[$0]) }) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, n),
                                   message: "\"\(s.text(i, n))\" is a verdict, not a size; say how many were affected, for how long, and how badly.", better: Rewrite.forImpact(s))]
            }
            // "The Service experienced a prolonged loss of its mobilising system on the evening of 14 November": a length called long, not given
            if ["prolonged", "protracted", "lengthy", "long-running"].contains(x), role == .impact || role == .summary, !s.hasQuantity,
               let n = s.span(i + 1, i + 3).first(where: { ["outage", "outages", "loss", "disruption", "downtime", "interruption", "delay", "delays", "failure", "period", "degradation", "unavailability"].contains(s.w[$0]) }) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, n),
                                   message: "\"\(s.text(i, n))\" has no length; say for how long, from when to when, and who could not use what.", better: Rewrite.forImpact(s))]
            }
            // "our game panel experienced temporary downtime", "sorry about the downtime that occurred yesterday": downtime with no length
            if x == "downtime", role == .impact || role == .summary, !s.hasQuantity, i > 0,
               ["temporary", "some", "brief", "short", "unexpected", "unplanned", "intermittent", "occasional", "partial", "limited", "extended", "prolonged", "lengthy"].contains(s.w[i - 1])
                // ("A DNS issue caused downtime for the Vector Charts API instance": downtime caused, with no length)
                || ["caused", "causing", "resulted", "resulting"].contains(s.w[i - 1]) || s.w[i - 1] == "in" && i > 1 && ["resulted", "resulting"].contains(s.w[i - 2])
                || (["the", "this", "our"].contains(s.w[i - 1]) || i > 1 && s.w[i - 2] == "the" && s.isWord(i - 1))
                    // (the downtime as what was apologised for or suffered, not "Customers that were affected by this downtime ...")
                    && (s.span(i - 6, i).contains(where: { ["sorry", "apologise", "apologize", "apologies", "experienced", "had", "suffered", "for", "about"].contains(s.w[$0]) }) || s.word(i + 1) == "that" && s.span(i + 2, i + 4).contains(where: { ["occurred", "happened"].contains(s.w[$0]) })) {
                let a = i > 1 && s.w[i - 2] == "the" ? i - 2 : i - 1
                return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, i),
                                   message: "\"\(s.text(a, i))\" has no length; say for how long, from when to when, and who could not use what.", better: Rewrite.forImpact(s))]
            }
            // ("a major outage across all of our application server endpoints", on three days: the extent is the whole)
            // ("after our upstream provider (ISP) suffered a major outage": someone else's event, the cause of ours)
            let theirs = s.span(max(0, i - 4), i).contains(where: { ["suffered", "had", "experienced"].contains(s.w[$0]) })
                && s.span(0, i).contains(where: { ["provider", "upstream", "isp", "vendor", "supplier", "carrier", "partner", "provider's"].contains(s.w[$0]) })
            // ("As with almost all major outages, the severity of this incident ...": outages in general, not this one)
            let general = s.span(max(0, i - 3), i).contains(where: { ["all", "most", "many", "other", "any", "like"].contains(s.w[$0]) }) && (s.word(i + 1)?.hasSuffix("s") ?? false)
            if !theirs, !general, !LanguageChecker.damageClass(s, at: i), ["major", "huge", "massive", "widespread", "extensive", "serious", "severe", "big", "brief", "substantial", "significant", "considerable", "heavy", "large", "material", "meaningful", "marked"].contains(x), role == .impact || role == .summary || role == .other && s.containsAny(["degradation", "outage", "disruption", "downtime", "hardship", "finances", "margins"]),
               !(s.find("all of") != nil || s.containsAny(["entire", "every", "whole"])) || !s.hasNumber,
               let n = (["intermittent", "unexpected", "unplanned", "extended", "partial", "global", "regional", "traffic"].contains(s.word(i + 1) ?? "") ? s.word(i + 2) : s.word(i + 1)) ?? nil, ["impact", "disruption", "outage", "degradation", "portion", "part", "share", "number", "effect", "loss", "failures", "errors", "issues", "problems", "outages", "login", "delays", "interruption", "crashes", "reboots", "timeouts", "disconnects",
                    "backlog", "backlogs", "queues", "jam", "jams", "congestion", "surge", "spike", "chaos"].contains(n)
                    || x == "widespread" && s.span(i + 1, i + 3).contains(where: { ["loops", "crashes", "reboots", "timeouts", "failures", "errors"].contains(s.w[$0]) })
                || ["substantial", "significant", "considerable", "major", "severe", "heavy", "serious", "big", "huge", "massive"].contains(x) && s.span(i + 1, i + 4).contains(where: { ["losses", "loss", "damage", "disruption", "downtime", "costs", "outage", "outages", "disruptions", "blow", "setback",
                    "burden", "strain", "hardship", "expense", "distress", "inconvenience"].contains(s.w[$0]) })
                || ["minor", "major", "serious", "severe"].contains(x) && s.span(i + 1, i + 4).contains(where: { ["issue", "problem", "outage", "disruption", "glitch", "hiccup", "blip", "interruption", "incident", "event"].contains(s.w[$0]) }) && !s.span(i + 1, i + 4).contains(where: { ["version", "release", "upgrade", "update"].contains(s.w[$0]) }) {
                return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, s.word(i + 1).map { ["intermittent", "unexpected", "unplanned", "extended", "partial", "global", "regional"].contains($0) } == true ? min(i + 2, s.count - 1) : i + 1),
                                   message: "\"\(s.text(i, s.word(i + 1).map { ["intermittent", "unexpected", "unplanned", "extended", "partial", "global", "regional"].contains($0) } == true ? min(i + 2, s.count - 1) : i + 1))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
        }
        // vague quantity next to an impact noun: "many users", "some customers", "for a while"
        // (a date does not measure a duration: "went down for a few hours" on 18 September is still vague)
        let timeUnits: Set<String> = ["hours", "minutes", "days", "weeks", "seconds", "while"]
        for i in 0..<s.count where s.isWord(i) && (!datedOnly || wordCountOnly || ["significant", "large", "substantial", "considerable", "many", "numerous", "countless", "majority",
                "while", "few", "number", "numbers", "lot", "lots", "alot", "handful", "bunch", "plenty", "some", "several", "ton", "tons", "loads", "heaps", "amount", "bit", "stretch", "spell"].contains(s.w[i])
                || s.w[s.span(i + 1, i + 3)].contains(where: { timeUnits.contains($0) })) {
            let x = s.w[i]
            // ("Several attempts failed to land basket in right position": tries counted, not the people or things hit)
            if ["several", "many", "multiple", "few", "some", "numerous"].contains(x), ["attempts", "tries", "retries", "iterations", "rounds", "passes"].contains(s.word(i + 1) ?? "") { continue }
            // "a few hundred customers", "several thousand requests": an estimate of the magnitude is a number
            if ["few", "several", "many"].contains(x), ["hundred", "hundreds", "thousand", "thousands", "dozen", "million", "millions"].contains(s.word(i + 1) ?? "") { continue }
            // in impact and summary text, any plural thing counted vaguely where something went wrong: "Some warehouse robots stopped picking"
            // ("quite a few downstream packages failed to build", "a number of tenants saw 502s", "a lot of support tickets")
            let article = i > 0 && s.w[i - 1] == "a" ? i - 1 : i > 1 && s.w[i - 2] == "a" && ["large", "huge", "big", "significant", "good", "great", "small", "whole", "fair"].contains(s.w[i - 1]) ? i - 2 : nil
            // ("Huge numbers of you missed out", "large numbers of patients": a size with no count)
            let sizedNumbers = x == "numbers" && i > 0 && ["huge", "large", "great", "vast", "big", "significant", "considerable", "record", "unprecedented"].contains(s.w[i - 1]) && s.word(i + 1) == "of"
            // ("alot of families": "a lot" run together)
            // ("Lot of accessions was exposed": the article dropped at the start, as second-language writers do)
            let multiword = sizedNumbers || ["few", "lot", "lots", "alot", "handful", "bunch", "plenty", "number", "ton", "tons", "loads", "heaps", "amount", "bit"].contains(x) && (["lots", "alot", "plenty", "tons", "loads", "heaps"].contains(x) || article != nil || x == "lot" && i == s.firstWordIndex)
                && (["few"].contains(x) || s.word(i + 1) == "of")
            let from = sizedNumbers ? i - 1 : multiword ? (article.map { $0 > 0 && s.w[$0 - 1] == "quite" ? $0 - 1 : $0 } ?? i) : i
            let causeNouns: Set<String> = ["reasons", "factors", "causes", "changes", "steps", "things", "ways", "improvements", "lessons", "actions", "measures", "questions", "options", "ideas", "years", "months",
                // ("A number of reviews of this event are underway", "for many amazing products and projects": work about it, or those served)
                "reviews", "investigations", "inquiries", "enquiries", "products", "projects", "partners",
                "issues", "problems", "bugs", "findings", "recommendations", "observations"]
            // ("Several team members noticed something was wrong": the team itself, counted loosely, is not the harm)
            if ["several", "some", "many", "multiple", "few"].contains(x), let m = s.span(i + 1, i + 3).first(where: { ["members", "engineers", "responders", "colleagues"].contains(s.w[$0]) }),
               s.span(i + 1, m).allSatisfy({ ["team", "staff", "crew", "our", "of", "the"].contains(s.w[$0]) }), m > i + 1 || s.w[m] != "members" { continue }
            // ("we spend countless hours planning the Falls Festival": effort put in, not harm suffered)
            if ["countless", "many", "several", "endless"].contains(x), ["hours", "days", "weeks"].contains(s.word(i + 1) ?? ""), ["planning", "preparing", "working", "testing", "building", "training", "rehearsing", "practising", "practicing", "designing"].contains(s.word(i + 2) ?? "") { continue }
            // ("At some point during the night we started getting reports": a moment, not an amount)
            if x == "some", i > 0, s.w[i - 1] == "at", s.word(i + 1) == "point" { continue }
            if role == .impact || role == .summary, ["some", "many", "several", "numerous", "multiple", "various"].contains(x) || multiword,
               // ("A lot of customers wrote in to thank the support team": gratitude counted loosely is not a harm)
               !s.containsAny(["thank", "thanks", "thanked", "grateful", "praised", "compliments", "appreciation"]),
               i == s.firstWordIndex || !["of", "for", "in", "with", "after", "to"].contains(s.w[i - 1]) || multiword
                   // ("affected tills in some of our shops", "access challenges in some locations": where, counted loosely)
                   || s.w[i - 1] == "in" && s.span(i + 1, i + 5).contains(where: { ["shops", "stores", "branches", "locations", "regions", "areas", "sites", "countries", "markets", "cities", "towns", "districts", "offices", "hospitals", "schools", "stations", "parts", "cases"].contains(s.w[$0]) }),
               // ("... which kept up some key services such as the Moderation bot": what kept working)
               !s.containsAny(["successfully"]), !(i > 1 && ["kept", "keeps", "keeping"].contains(s.w[i - 2]) && s.w[i - 1] == "up" || i > 0 && ["kept", "preserved", "protected", "spared"].contains(s.w[i - 1])),
               // ("many of you noticed that things were a bit off": the readers themselves, counted vaguely)
               // ("a fair amount of social media noise": a mass of harm, counted as loosely)
               let n = s.span(i + 1, multiword || s.word(i + 1) == "of" ? i + 6 : i + 4).first(where: { k in s.isWord(k) && (LanguageChecker.isPluralNoun(s.w[k]) || ["you", "us"].contains(s.w[k]) && s.w[k - 1] == "of" || ["people", "staff", "folks"].contains(s.w[k])
                   // ("some elective surgery was postponed": a mass of work or goods, uncounted)
                   || ["surgery", "treatment", "stock", "inventory", "produce", "freight", "cargo", "luggage", "baggage", "mail", "post", "equipment", "production", "work"].contains(s.w[k]) && ["was", "is", "has"].contains(s.word(k + 1) ?? "")
                   || multiword && ["noise", "backlash", "criticism", "frustration", "confusion", "disruption", "downtime", "traffic", "work", "rework", "anger"].contains(s.w[k])
                   // ("We lost a fair bit of the weather window": time lost, counted as loosely)
                   || multiword && ["window", "morning", "afternoon", "evening", "day", "night", "shift", "season", "weekend", "week"].contains(s.w[k]) && s.containsAny(["lost", "lose", "losing", "missed", "wasted"])
                   // ("We lost loads of frozen food": goods lost, counted as loosely)
                   || multiword && ["food", "stock", "produce", "product", "milk", "fabric", "material", "data", "money", "revenue", "business", "fuel", "vaccine", "blood", "feed", "grain", "fruit", "meat"].contains(s.w[k])
                       && s.containsAny(["lost", "lose", "losing", "wasted", "spoiled", "spoilt", "discarded", "scrapped", "destroyed", "binned", "dumped", "missing", "gone"])) }), !causeNouns.contains(s.w[n]),
               // ("Multiple process failures during the migration led to this": the causes, counted loosely, not the impact)
               !s.span(n + 1, n + 7).contains(where: { ["led", "caused", "resulted", "contributed", "triggered"].contains(s.w[$0]) }),
               // ("Some nodes ignored the batch due to a hash discrepancy": what the system did and why)
               // ("Due to high demand, we're experiencing some technical difficulties": the harm itself counted loosely, whatever its cause)
               role == .impact || !(s.find("due to") != nil || s.containsAny(["because"])) || ["difficulties", "delays", "errors", "outages", "disruptions", "failures", "timeouts"].contains(s.w[n]),
               // ("a number of voice and IP switched data services": one noun phrase, its modifiers joined)
               (i + 1..<n).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) || s.w[$0] == "of" || s.w[$0] == "and" && multiword }),
               // ("Loads of you were left hungry on Friday night": in an Impact section, people counted loosely are the harm)
               role == .impact && multiword && (["you", "us", "people", "staff", "folks"].contains(s.w[n]) || Coach.populationNouns.contains(s.w[n]))
                   && !s.containsAny(["thank", "thanks", "thanked", "grateful", "praised", "compliments", "appreciation", "unaffected", "patient", "understanding", "helped", "kind"])
               || s.w[s.span(multiword ? 0 : min(n, max(0, i - 3)), s.count)].contains(where: { LanguageChecker.impactWords.contains($0) || LanguageChecker.changeWords.contains($0) || LanguageChecker.harmVerbs.contains($0) || ["stopped", "saw", "experienced", "experiencing", "hit", "received", "got", "delays", "rejecting", "rejected", "refused", "declined", "denied", "hungry", "stranded", "escalated", "complained", "confused", "risk", "off", "noticed", "charged", "challenges", "intermittent", "cancelled", "canceled", "postponed", "discarded", "rescheduled", "scrapped", "wasted", "spoiled", "diverted", "grounded", "billed", "fees", "overdraft", "late", "stuck", "missed", "wrong", "angry", "upset", "unhappy", "double", "short-paid", "duplicated", "overwhelmed", "swamped", "gaps", "walking", "rating", "worry", "worried", "anxiety", "stress", "frustration", "frustrated", "confusion", "confused", "sad", "disappointed", "inconvenienced", "noise", "backlash", "criticism", "broke", "broken", "furious", "complaints", "lose", "lost"].contains($0) || $0.hasSuffix("n't") && !["didn't", "don't", "doesn't"].contains($0) }) {
                return [RawFinding(check: "unquantified-impact", at: from, excerpt: s.text(from, n),
                                   message: "\"\(s.text(from, n))\" is not a number; say how many, for how long, or what share.", better: Rewrite.forImpact(s))]
            }
            // "we were off air for a bit this morning": a length with no length
            // ("our API became unavailable for a stretch", "was down for a spell")
            if ["bit", "stretch", "spell"].contains(x), i > 1, s.w[i - 1] == "a", s.w[i - 2] == "for", s.word(i + 1) != "of" {
                return [RawFinding(check: "unquantified-impact", at: i - 2, excerpt: s.text(i - 2, i),
                                   message: "\"\(s.text(i - 2, i))\" is not a length; say for how long, from when to when.", better: Rewrite.forImpact(s))]
            }
            // ("A lot of customers wrote in to thank the support team": gratitude counted loosely is not a harm)
            if Lex.vagueQuantifiers.contains(x), !s.containsAny(["thank", "thanks", "thanked", "grateful", "praised", "compliments", "appreciation"]) {
                // ("for a while", "for a good while", "for quite a while")
                if x == "while", !(i > 0 && s.w[i - 1] == "a" || i > 1 && s.w[i - 2] == "a" && ["good", "long", "little", "fair"].contains(s.w[i - 1])) { continue }
                // ("it took a while to identify which approvals were needed": how long the diagnosis took, not the harm)
                if x == "while", s.word(i + 1) == "to", ["identify", "figure", "find", "work", "understand", "realise", "realize", "determine", "diagnose", "locate", "pinpoint", "track"].contains(s.word(i + 2) ?? "") { continue }
                // ("this fact would not be revealed for several minutes": how long something stayed unknown, in a narrative)
                if ["several", "few"].contains(x), i > 1, s.w[i - 1] == "for", ["revealed", "known", "apparent", "discovered"].contains(s.w[i - 2]) { continue }
                // ("Postmark's most important features", "the most tragicomic outage": a superlative, not a share)
                if x == "most", let n = s.word(i + 1), s.isWord(i + 1), !nouns.contains(n), !s.toks[i + 1].isCapitalized, n != "of",
                   ["ant", "ent", "al", "ful", "ive", "ic", "ous", "able", "ible", "ular", "ed", "est"].contains(where: { n.hasSuffix($0) }) || ["likely", "common", "recent", "severe", "visible", "obvious", "frequent", "basic"].contains(n) { continue }
                // ("Most services transferred successfully to our secondary node", "kept up some key services": what kept working, not the harm)
                // ("most systems and services were restored within the next hour": the recovery, timed)
                if x == "few" || x == "several", s.word(i + 1) == "seconds" { continue }
                // ("the credentials were revoked within the next few minutes": how fast the response was, not how long the harm lasted)
                if x == "few", s.span(max(0, i - 4), i).contains(where: { s.w[$0] == "within" }) { continue }
                if s.span(i + 1, i + 7).contains(where: { ["successfully", "unaffected", "normally", "intact", "fine", "uninterrupted", "restored", "recovered", "resumed"].contains(s.w[$0]) })
                    || s.containsAny(["successfully"]) || i > 1 && ["kept", "keeps", "keeping"].contains(s.w[i - 2]) && s.w[i - 1] == "up" { continue }
                let near = s.w[s.span(i + 1, i + 5)]
                if x == "while" || near.contains(where: { nouns.contains($0) || ["time", "period", "minutes", "hours", "duration"].contains($0) }),
                   !s.span(i + 1, i + 9).contains(where: { ["led", "caused", "resulted", "contributed", "triggered"].contains(s.w[$0]) }) {
                    if x == "significant" || x == "large" || x == "small" || x == "substantial" || x == "considerable" {
                        guard near.contains(where: { ["number", "portion", "share", "fraction", "percentage", "part", "amount", "impact"].contains($0) }) || near.first.map({ nouns.contains($0) }) == true else { continue }
                    }
                    let (a, b) = phrase(i)
                    return [RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                       message: "\"\(s.text(a, b))\" is not a number; say how many, for how long, or what share.",
                                       better: Rewrite.forImpact(s))]
                }
            }
            if ["went", "go"].contains(x), !["up", "down", "through", "sky-high", "haywire"].contains(s.word(i + 1) ?? "") { continue }
            if ["went", "go", "increased", "rose", "spiked", "jumped", "climbed", "dropped", "degraded", "grew", "fell"].contains(x), i > 0,
               ["errors", "latency", "error", "traffic", "failures", "timeouts", "revenue", "conversions", "requests"].contains(s.w[i - 1]) || (i > 1 && s.w[i - 1] == "rate" && s.w[i - 2] == "error") {
                if role == .timeline { continue }
                return [RawFinding(check: "unquantified-impact", at: i - 1, excerpt: s.text(i - 1, min(i + 1, s.count - 1)),
                                   message: "Say by how much: from what to what, for how long.",
                                   better: Rewrite.forImpact(s))]
            }
        }
        // "The web site experienced an outage.": a summary's whole statement of the impact, with nothing counted
        // ("On September 30th we experienced a short disturbance in the Fast Forward application": a date is not a size)
        if role == .summary, !textHasNumber, s.toks.filter({ $0.kind == .word }).count <= 10, let v = s.w.firstIndex(where: { ["experienced", "suffered", "had"].contains($0) }),
           ["a", "an"].contains(s.word(v + 1) ?? ""), let n = [v + 2, v + 3].first(where: { ["outage", "disruption", "degradation", "interruption", "incident", "disturbance", "failure"].contains(s.word($0) ?? "") }),
           n == v + 2 || ["short", "brief", "major", "minor", "partial", "hardware", "unexpected", "temporary", "network", "power", "service", "significant", "serious"].contains(s.w[v + 2]) {
            return [RawFinding(check: "unquantified-impact", at: v, excerpt: s.text(v, n),
                               message: "\"\(s.text(v, n))\" has no numbers; say for how long, for how many, and how badly.", better: Rewrite.forImpact(s))]
        }
        // "On October 1st, around 2:30AM PST, customers accessing the service lost the ability to access authenticated pages": who was hit, uncounted
        if role == .summary, !textHasNumber, let p = s.w.firstIndex(where: { Coach.populationNouns.contains($0) }), p <= s.firstWordIndex + 12,
           let v = s.span(p + 1, p + 8).first(where: { k in ["lost the ability", "lost access", "could not", "couldn't", "were unable", "was unable", "saw errors", "saw error", "received errors"].contains { s.has($0, at: k) } }),
           !s.containsAny(["if", "would", "might", "may", "none", "no", "all", "every", "any"]) {
            return [RawFinding(check: "unquantified-impact", at: p, excerpt: s.text(p, p) + " " + s.text(v, min(v + 2, s.count - 1)),
                               message: "\"\(s.text(p, p)) ... \(s.text(v, min(v + 2, s.count - 1)))\" has no numbers; say how many, for how long, and what share.", better: Rewrite.forImpact(s))]
        }
        // "The API service was degraded.": a summary's whole statement of the impact, with nothing counted
        // ("At 10:38 10/26/11, the AtNex mail server crashed.", "On 07 October 2014 the PMU Server and the VPS it ran on went down.")
        if role == .summary || role == .other, !textHasNumber, s.toks.filter({ $0.kind == .word }).count <= 10, let v = s.w.firstIndex(where: { ["degraded", "down", "unavailable", "offline", "disrupted", "impacted", "inaccessible", "unreachable", "crashed"].contains($0) }),
           v > 0, ["was", "were", "went", "been"].contains(s.w[v - 1]) || s.w[v] == "crashed" && role == .summary && s.isWord(v - 1) && !["and", "it", "that", "which"].contains(s.w[v - 1]),
           !s.containsAny(["because", "after", "when", "until", "since", "due", "while", "not", "if", "briefly", "all", "entire", "whole", "completely", "designed", "expected", "intended", "test", "drill", "chaos"]) {
            return [RawFinding(check: "unquantified-impact", at: v - 1, excerpt: s.text(v - 1, v),
                               message: "\"\(s.text(v - 1, v))\" has no numbers; say for how long, for how many, and how badly.", better: Rewrite.forImpact(s))]
        }
        guard role == .impact, !textHasNumber else { return [] }
        // ("During the few seconds it took ...": seconds are short enough to need no count)
        if s.span(1, s.count).contains(where: { ["few", "several", "couple"].contains(s.w[$0 - 1]) && ["seconds", "second"].contains(s.w[$0]) || s.w[$0] == "seconds" && s.w[$0 - 1] == "of" }) { return [] }
        // an impact answer with no number at all: every statement of it needs one
        let i = s.w.firstIndex(where: { LanguageChecker.impactWords.contains($0) }) ?? s.firstWordIndex
        // ("lets any value be saved without a preview of affected tenants": "affected" names whom a change would reach, not a harm)
        let impactAt = s.w.indices.filter { LanguageChecker.impactWords.contains(s.w[$0]) }
        if !impactAt.isEmpty, impactAt.allSatisfy({ ["affected", "impacted"].contains(s.w[$0]) && $0 > 0 && ["of", "the", "any", "all", "for", "to", "which", "each"].contains(s.w[$0 - 1]) }) { return [] }
        // ("The messages that were impacted had .co.uk in their domain name": which ones, told by what they share)
        if impactAt.contains(where: { ["affected", "impacted"].contains(s.w[$0]) && $0 > 1 && ["were", "was"].contains(s.w[$0 - 1]) && ["that", "which", "who"].contains(s.w[$0 - 2])
            && ["had", "have", "shared", "used", "came", "belonged", "contained", "all"].contains(s.word($0 + 1) ?? "") }),
           !s.containsAny(["unable", "couldn't", "errors", "failed", "lost", "down", "unavailable", "delayed"]) { return [] }
        // "No customer data was lost", "billing was not affected": a statement that nothing happened (the negation governs the loss word)
        let nothingLost = (s.span(0, s.count)).contains { n in ["no", "none", "zero", "nothing", "not", "never"].contains(s.w[n])
            && s.span(n + 1, n + 6).contains { ["lost", "loss", "data", "leaked", "exposed", "affected", "impacted", "impact", "compromised", "issues", "problems", "disruption",
                "tampered", "accessed", "found", "used", "required", "observed", "indicators", "evidence", "harm", "reported", "reports"].contains(s.w[$0]) } }
        if nothingLost && !s.containsAny(["unable", "couldn't", "errors", "failed", "slow", "delayed", "degraded", "unavailable"]) && s.find("could not") == nil { return [] }
        // "At no time was the actual system unavailable, just the DNS lookup ...": the harm denied; "it is still too early to estimate the exact
        // impact": the size not yet known, said so
        if ["at no time", "at no point", "too early to estimate", "too early to say", "early to estimate", "too early to quantify", "not yet known", "still assessing", "still being assessed"].contains(where: { s.find($0) != nil }) { return [] }
        // "Requests for cached data were unaffected", "Traffic recovered immediately when the DNS issue was fixed": what was spared or came back
        if s.containsAny(["unaffected", "unimpacted", "unharmed"]) || s.containsAny(["remained", "stayed"]) && s.containsAny(["functional", "accessible", "available", "operational", "up", "online", "reachable", "usable"]) || s.containsAny(["recovered", "restored", "resumed"]) && !s.containsAny(["unable", "couldn't", "failed", "errors", "lost", "down", "unavailable"]) { return [] }
        // "We don't have long-term impact data yet": a gap in the data, not a claim of impact
        if s.containsAny(["don't", "do", "yet"]), s.find("have") != nil, s.containsAny(["data", "numbers", "figures"]), s.negated(before: s.w.firstIndex(of: "have") ?? 0, within: 2) { return [] }
        // what might have happened to whom ("If a customer paid during the incident, ...", "Any build could have potentially been put
        // into an error state") and what the outage was limited to ("only affected the front-end server") narrow the impact, not hide it
        // ("Had the draw file failed to seal at 20:00, the regulator's procedure is to void the draw": an inverted if)
        if s.word(s.firstWordIndex) == "if" || s.word(s.firstWordIndex) == "had" && s.span(s.firstWordIndex + 1, s.firstWordIndex + 6).contains(where: { s.w[$0].hasSuffix("ed") }) || s.containsAny(["if"]) && s.containsAny(["would"]) || s.containsAny(["potentially", "might", "perhaps", "possibly"]) || s.word(s.firstWordIndex) == "potential" || s.find("can cause") != nil || s.find("can lead") != nil || s.toks.contains(where: { $0.text == "may" }) || s.find("would have") != nil || s.find("could have") != nil
            || (s.span(0, s.count)).contains(where: { s.w[$0] == "only" && ["affected", "impacted", "hit", "disrupted"].contains(s.word($0 + 1) ?? "") }) { return [] }
        // what follows from what ("Due to zone misconfigurations, components of our DNS cluster were knocked offline"), a named host
        // ("The primary OpenStreetMap.org website and API were offline") and a total ("No toots could be sent", "completely offline")
        // describe the impact's mechanism, place or whole extent; the section's other sentences carry the numbers
        // (but "Customers experienced degraded performance due to lost capacity" still leaves the people hit uncounted)
        let mechanism = s.find("due to") != nil || s.find("as a result") != nil || s.find("leading to") != nil || s.containsAny(["because", "caused", "causing"])
        if mechanism && !s.w.contains(where: { Coach.populationNouns.contains($0) })
            || s.toks.contains(where: { t in t.kind == .word && t.text.split(separator: ".").count >= 2 && t.text.split(separator: ".").allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) } })
            || s.word(s.firstWordIndex) == "no" || s.containsAny(["completely", "entirely", "totally", "fully", "complete", "total", "anyone", "everyone", "anybody", "everybody"])
            // ("There were no data-loss of security implications from this outage": what did not happen)
            || s.has("there were no", at: s.firstWordIndex) || s.has("there was no", at: s.firstWordIndex)
            // ("Affected users would receive an error message when ...": what they saw, told as a habit)
            || ["would receive", "would see", "would get", "would be shown", "would be redirected", "would encounter"].contains(where: { s.find($0) != nil }) { return [] }
        // ("Users of the following plugins: url_launcher, google_sign_in, video_player ...": the affected set listed by name)
        if s.toks.filter({ $0.kind == .word && ($0.text.contains("_") || $0.text.contains(".") && !$0.text.hasSuffix(".")) }).count >= 3 { return [] }
        // "starting on October 29 and continuing through October 31": two dates or times bound how long it lasted
        if s.toks.filter({ $0.kind == .number || $0.hasDigit }).count >= 2, s.containsAny(["through", "until", "till", "between", "from", "to"]) { return [] }
        // ("IT staff responded as soon as notifications were received from the systems we monitor": the response told, not the impact)
        // ("Several team members noticed something was wrong in-app very quickly": who spotted it, not who was hit)
        if let v = s.span(s.firstWordIndex, min(s.count, s.firstWordIndex + 5)).first(where: { ["responded", "investigated", "escalated", "mobilised", "mobilized", "reacted", "contacted", "notified", "noticed", "spotted", "detected", "discovered"].contains(s.w[$0]) }),
           s.span(s.firstWordIndex, v).contains(where: { Lex.roles.contains(s.w[$0]) || Lex.departments.contains(s.w[$0]) || ["staff", "team", "teams", "engineers", "crews", "we"].contains(s.w[$0]) }) { return [] }
        // ("Several attempts failed to land basket in right position": the responders' tries, not the harm)
        if s.span(s.firstWordIndex, s.firstWordIndex + 3).contains(where: { ["attempts", "tries", "retries"].contains(s.w[$0]) }) { return [] }
        // a statement of what was exposed or changed ("The machine had access to binaries") is not a count left out:
        // only a sentence about who or what was affected, or for how long, needs its number
        if !s.w.contains(where: { Coach.populationNouns.contains($0) || Coach.impactVerbs.contains($0) || LanguageChecker.impactWords.contains($0)
            || ["hours", "minutes", "days", "weeks", "while", "period", "time", "reachable", "available", "down"].contains($0) }) { return [] }
        return [RawFinding(check: "unquantified-impact", at: i, excerpt: s.fullText,
                           message: "The impact has no numbers; give users affected, duration and error rate.",
                           better: Rewrite.forImpact(s))]
    }

    /// A plural noun, roughly: "robots", "payments", "tiles" (not "was", "this", "status", "minutes").
    static func isPluralNoun(_ x: String) -> Bool {
        guard x.count > 3, x.hasSuffix("s"), !x.hasSuffix("ss"), !x.hasSuffix("us"), !x.hasSuffix("is"), !x.hasSuffix("ous") else { return false }
        let notNouns: Set<String> = ["was", "has", "does", "this", "its", "minutes", "hours", "seconds", "days", "weeks", "months", "years", "times",
            "always", "sometimes", "perhaps", "towards", "across", "unless", "whereas", "besides", "afterwards", "status", "less", "ones"]
        return !notNouns.contains(x) && !x.hasSuffix("ness")
    }
}
