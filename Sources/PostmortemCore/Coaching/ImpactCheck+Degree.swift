/// Unquantified impact told by degree rather than by count: "dropped noticeably", "for part of the morning",
/// "the queue exploded", "briefly unavailable".
extension LanguageChecker {
    static let degreeAdverbs: Set<String> = ["noticeably", "significantly", "considerably", "substantially", "dramatically", "sharply",
        "markedly", "greatly", "heavily", "severely", "massively", "drastically", "hugely", "seriously", "badly", "widely", "steeply",
        "rapidly", "enormously", "tremendously", "vastly", "measurably", "visibly", "somewhat", "slightly", "moderately", "appreciably",
        "intermittently", "sporadically", "occasionally", "periodically", "partially", "partly", "sometimes", "briefly", "temporarily", "momentarily"]
    /// Words that say something got worse or moved: the degree adverb must sit next to one.
    static let changeWords: Set<String> = ["dropped", "drop", "drops", "grew", "grow", "grows", "increased", "increase", "increases", "rose",
        "rise", "rises", "slowed", "slower", "degraded", "degrade", "impacted", "affected", "backed", "elevated", "higher", "lower", "delayed",
        "reduced", "fell", "fall", "falls", "spiked", "spike", "worse", "worsened", "climb", "climbed", "climbs", "jumped", "jump", "declined",
        "decline", "disrupted", "interrupted", "slow", "longer", "up", "down", "behind", "lagged", "lagging", "inflated", "bigger", "larger",
        "fewer", "less", "more", "impaired", "hit", "hampered", "exceeded", "surged", "surge", "ballooned", "unavailable", "failed", "failing",
        "errored", "erroring", "unreachable", "unresponsive", "timed", "timing", "dropped", "lost", "stalled", "hung", "flapped", "flapping", "wrong",
        "overcharged", "overbilled", "undercharged"]
    /// Dramatic words that stand in for a number: "the support queue exploded".
    static let dramaticWords: Set<String> = ["exploded", "explodes", "skyrocketed", "skyrocketing", "tanked", "plummeted", "plummeting",
        "ballooned", "soared", "crawled", "snail"]
    /// Figures of speech that stand in for a size: "a big deal", "knock-on effects", "took a hit", "felt like forever".
    static let sizeIdioms: [String] = ["big deal", "huge deal", "knock-on effects", "knock-on effect", "ripple effects", "ripple effect", "felt like forever",
        "seemed like forever", "took forever", "much longer than normal", "much longer than usual", "far longer than normal", "far longer than usual",
        "taking a hit", "take a hit", "took a hit", "taken a hit", "a degree of", "some degree of", "a fair few", "no end of",
        // ("took a real hammering", "pax and freight both hit hard", "badly shaken", "knock-on delays rippled ...", "swamped well into the night")
        "a real hammering", "a hammering", "a battering", "a real battering", "a pounding", "hit hard", "hard hit", "badly hit", "badly shaken", "badly affected",
        "knock-on delays", "knock-on disruption", "were swamped", "was swamped", "got swamped", "were inundated", "was inundated",
        // ("the bottled water distribution cost us a lot and reputation of company is damaged much")
        "a fair bit", "knock-on into", "cost us a lot", "cost a lot", "costs us a lot", "cost us dearly", "cost us plenty", "cost a fortune", "cost us a fortune", "damaged much", "damaged a lot", "suffered a lot", "suffer a lot"]
    static let dayParts: Set<String> = ["morning", "afternoon", "evening", "night", "day", "week", "weekend", "shift", "hour", "outage", "incident", "event", "window", "period"]

    /// Vagueness that needs no impact noun: a degree adverb next to a change ("dropped noticeably"), a part of the day
    /// ("for part of the morning"), a dramatic word ("the queue exploded"). Read in every section but action items.
    func vagueDegree(_ s: Sentence, inImpact: Bool = false) -> RawFinding? {
        if s.hasQuantity || s.isQuestion { return nil }
        // ("Resolving this problem may take slightly longer than expected": a forecast of the fix, not the size of the harm)
        if !inImpact, s.span(0, s.count).contains(where: { ["may", "might", "could", "will"].contains(s.w[$0]) && ["take", "be"].contains(s.word($0 + 1) ?? "") }), s.containsAny(["expected", "planned", "estimated", "resolving", "resolution"]) { return nil }
        for i in 0..<s.count where s.isWord(i) && !s.toks[i].quoted {
            let x = s.w[i]
            var hit: (Int, Int)? = nil
            // ("We made an explicit choice to partially degrade site usability": the plan, not the size of the harm)
            // ("replaying a partially failed payout batch": the adverb inside a noun phrase describes the thing, not the harm's size;
            // "the sensor had failed intermittently since 28 October" outside the impact tells how a part behaved)
            let attributive = i > 0 && ["a", "an", "the", "each", "every", "any"].contains(s.w[i - 1])
            // ("unbeknownst to us, it had partially failed on July 24": outside the impact, how far a part failed)
            let partBehaviour = !inImpact && (["intermittently", "sporadically", "occasionally", "periodically", "sometimes"].contains(x)
                || ["partially", "partly"].contains(x) && ["failed", "applied", "completed", "deployed", "rolled", "succeeded", "worked", "configured", "migrated"].contains(s.word(i + 1) ?? "")) && !s.w.contains(where: { Coach.populationNouns.contains($0) })
            if LanguageChecker.degreeAdverbs.contains(x), !attributive, !partBehaviour, !s.negated(before: i, within: 2), !(i > 0 && s.w[i - 1] == "to") {
                let near = s.span(max(0, i - 3), i + 4).filter { $0 != i && s.isWord($0) }
                // ("briefly affected", "temporarily unavailable": a length left out; not "temporarily applied changes")
                let brief = ["briefly", "temporarily", "momentarily"].contains(x)
                // ("At that time, our traffic was significantly higher than when we normally restart these servers": outside the impact, the load that caused it)
                let loadSide = !inImpact && s.span(max(0, i - 5), i).contains(where: { ["traffic", "load", "demand", "requests", "request", "volume", "usage", "writes", "reads", "queries", "concurrency"].contains(s.w[$0]) })
                if !brief, !loadSide, near.contains(where: { LanguageChecker.changeWords.contains(s.w[$0]) }) { hit = (i, i) }
                if brief, s.span(max(0, i - 2), i + 3).contains(where: { ["unavailable", "down", "affected", "offline", "unreachable", "degraded", "impacted", "disrupted", "interrupted", "inaccessible", "halted", "unresponsive"].contains(s.w[$0]) }) { hit = (i, i) }
            }
            // ("for most of the US working day": the part of the day may come a word or two later)
            // ("exposed as part of this incident": the idiom, not a share)
            if ["part", "most", "much", "rest", "bulk", "portion", "majority"].contains(x), s.word(i + 1) == "of", let d = s.word(i + 2), ["the", "a", "that", "this"].contains(d),
               !(x == "part" && i > 0 && s.w[i - 1] == "as"),
               // ("engineering kept the standby in manual for the rest of the evening": outside the impact, how long a measure stayed on)
               inImpact || x != "rest",
               let n = s.span(i + 3, i + 6).first(where: { LanguageChecker.dayParts.contains(s.w[$0]) }), s.span(i + 3, n).allSatisfy({ s.isWord($0) }),
               // ("Most of the morning was spent confirming that no data had been lost": the responders' time, not the harm)
               !s.span(n + 1, n + 4).contains(where: { ["spent", "went", "used", "devoted", "dedicated"].contains(s.w[$0]) }) {
                hit = (i > 0 && ["for", "during", "a"].contains(s.w[i - 1]) ? i - 1 : i, n)
            }
            if x == "all", let n = s.word(i + 1), ["morning", "afternoon", "evening", "night", "day", "weekend", "week"].contains(n), i > 0 { hit = (i, i + 1) }
            // (not "as we'd been talking about it for ages": how long a plan waited, not the harm)
            // (not "during hours of darkness", "during hours of operation": when, not how long)
            if ["for", "during"].contains(x), let n = s.word(i + 1), ["hours", "days", "ages", "weeks", "some"].contains(n), n != "some" || s.word(i + 2) == "time",
               !(s.word(i + 2) == "of" && ["darkness", "daylight", "operation", "business", "service", "work", "opening"].contains(s.word(i + 3) ?? "")),
               !s.span(max(0, i - 4), i).contains(where: { ["talking", "talked", "discussing", "discussed", "planning", "planned", "meaning", "meant", "wanting", "wanted", "considering", "considered", "thinking"].contains(s.w[$0]) }) {
                hit = (i, n == "some" ? i + 2 : i + 1)
            }
            // "for several days", "for a few hours", "throughout the morning"
            // (in impact text only: "delayed the investigation for several hours" tells the response, not the impact)
            // ("this fact would not be revealed for several minutes": how long something stayed unknown, not how long the harm lasted)
            if inImpact, x == "for", let n = s.word(i + 1), ["several", "many", "multiple", "some"].contains(n), let u = s.word(i + 2), ["hours", "days", "weeks", "minutes"].contains(u),
               !(i > 0 && ["revealed", "known", "apparent", "discovered", "realised", "realized"].contains(s.w[i - 1])) { hit = (i, i + 2) }
            // "Over the past few days our Dial-A-Service phone number has been unavailable": the length told as a stretch of the calendar
            if inImpact, ["over", "for", "during", "in"].contains(x), s.word(i + 1) == "the", ["past", "last"].contains(s.word(i + 2) ?? ""),
               let u = s.span(i + 3, i + 6).first(where: { ["hours", "days", "weeks", "months"].contains(s.w[$0]) }), s.span(i + 3, u).allSatisfy({ ["few", "several", "couple", "of", "many"].contains(s.w[$0]) }), u > i + 3 { hit = (i, u) }
            // "operated at reduced capacity", "intermittent outages", "a prolong power outage": a degree or a length with no number (impact text only)
            if inImpact, ["reduced", "degraded", "limited", "diminished"].contains(x), ["capacity", "performance", "functionality", "throughput", "service", "speeds", "availability"].contains(s.word(i + 1) ?? "") { hit = (i, i + 1) }
            if inImpact, ["intermittent", "sporadic", "prolonged", "prolong", "lengthy", "extended"].contains(x), !attributive || x != "extended",
               let n = s.span(i + 1, i + 3).first(where: { ["outages", "outage", "errors", "failures", "downtime", "disruption", "disruptions", "interruptions", "interruption", "delays", "issues", "problems", "timeouts", "unavailability"].contains(s.w[$0]) }),
               s.span(i + 1, n).allSatisfy({ s.isWord($0) }) { hit = (i, n) }
            if inImpact, x == "throughout", s.word(i + 1) == "the", let n = s.word(i + 2), ["morning", "afternoon", "evening", "night", "day", "weekend", "week"].contains(n) { hit = (i, i + 2) }
            // "on and off", "here and there": how often, not a number
            // ("These kind of things happen from time to time": how often incidents happen in general, not this one's size)
            if ["here and there", "on and off", "from time to time", "every now and then", "now and again"].contains(where: { s.has($0, at: i) }),
               !s.span(i - 3, i).contains(where: { ["happen", "happens", "occur", "occurs"].contains(s.w[$0]) }) {
                hit = (i, min(s.count - 1, i + (s.has("every now and then", at: i) ? 3 : 2)))
            }
            // "support was drowning for a good while", "Label relations were overwhelmed for a while": a length with no length
            if x == "while", i > 1, s.w[i - 1] == "a" && s.w[i - 2] == "for" || i > 2 && ["good", "long", "little", "fair"].contains(s.w[i - 1]) && s.w[i - 2] == "a" && s.w[i - 3] == "for",
               s.span(0, i).contains(where: { ["drowning", "overwhelmed", "swamped", "stuck", "down", "offline", "unavailable", "broken", "failing", "degraded", "flooded", "slow", "late", "delayed"].contains(s.w[$0]) }) {
                hit = (s.w[i - 1] == "a" ? i - 2 : i - 3, i)
            }
            // "but it took us a while", "restoring the index took quite some time": how long the harm lasted, without the length
            if x == "took", let n = s.span(i + 1, i + 3).first(where: { ["a", "quite", "some"].contains(s.w[$0]) }), s.span(i + 1, n).allSatisfy({ ["us", "them", "me", "everyone"].contains(s.w[$0]) }),
               s.has("a while", at: n) || s.has("quite a while", at: n) || s.has("quite some time", at: n) || s.has("some time", at: n) && s.word(n + 2) != "to" || s.has("a long time", at: n),
               // ("it took a while to identify which approvals were needed": the diagnosis, not the harm)
               !s.span(n + 2, n + 5).contains(where: { s.w[$0] == "to" && ["identify", "figure", "find", "work", "understand", "realise", "realize", "determine", "diagnose", "locate", "pinpoint", "track"].contains(s.word($0 + 1) ?? "") }),
               // ("Establishing communication with the tech lead (in a different timezone) took some time": a step of the response)
               !["establishing", "getting", "finding", "identifying", "reaching", "contacting", "locating", "arranging", "organising", "organizing", "coordinating", "confirming", "agreeing"].contains(s.w[s.firstWordIndex]) {
                hit = (i, min(s.count - 1, s.has("quite", at: n) || s.has("a long time", at: n) ? n + 2 : n + 1))
            }
            // "withdrawal queue huge", "the backlog was enormous": a pile-up sized by a word
            if ["queue", "queues", "backlog", "backlogs", "inbox", "complaints", "tickets"].contains(x),
               let a = s.span(i + 1, i + 3).first(where: { ["huge", "massive", "enormous", "insane", "crazy", "gigantic", "immense"].contains(s.w[$0]) }),
               s.span(i + 1, a).allSatisfy({ ["was", "were", "is", "got", "grew", "became", "went"].contains(s.w[$0]) }) { hit = (i, a) }
            // "requests went way up", "call volume way up": how far, not a number
            if x == "way", let n = s.word(i + 1), ["up", "down", "higher", "lower", "more", "over", "beyond", "worse"].contains(n), s.isWord(i + 1),
               !(i > 0 && ["the", "a", "on", "one", "this", "that", "half", "no", "any", "our", "their", "its", "my", "your", "all"].contains(s.w[i - 1])) { hit = (i, i + 1) }
            // ("an influx of users which exploded our servers": a cause told with its object, not a size left out)
            // ("at 3:45pm, the mine exploded": a literal explosion, not a queue that grew)
            // ("first flag was Dee radioing control saying the green light rate had tanked": the words of the report that raised it, outside the impact)
            let reportedWords = !inImpact && s.span(max(0, i - 9), i).contains(where: { ["saying", "said", "says", "reporting", "reported", "shouting", "yelling", "told", "telling"].contains(s.w[$0]) })
            if LanguageChecker.dramaticWords.contains(x), !reportedWords, !["our", "the", "their", "its", "my"].contains(s.word(i + 1) ?? ""),
               !(["exploded", "explodes"].contains(x) && s.span(i - 3, i).contains(where: { ["mine", "bomb", "tank", "boiler", "cylinder", "battery", "batteries", "transformer", "pipe", "pipeline", "vessel", "device",
                   "reactor", "furnace", "kiln", "drum", "container", "firework", "fireworks", "charge", "grenade", "shell", "generator", "compressor", "silo", "dust", "gas"].contains(s.w[$0]) })
                   // ("an accidental release of propylene accumulated and exploded inside the building": a leak that blew up)
                   || ["exploded", "explodes"].contains(x) && s.span(max(0, i - 10), i).contains(where: { ["release", "leak", "propylene", "propane", "methane", "hydrogen", "vapour", "vapor", "fumes", "accumulated", "ignited"].contains(s.w[$0]) })) { hit = (i, i) }
            if let (a, b) = hit {
                return RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                  message: "\"\(s.text(a, b))\" is not a number; say by how much, for how long, or what share.", better: Rewrite.forImpact(s))
            }
        }
        return nil
    }

    /// Harm sized by a word instead of a number: "heavy load on the contact centre", "a serious blow to our fundraising",
    /// "our app rating took a real hit", "a big delay in the reception of milk", "the reporters had to do a lot of extra work".
    func sizedHarm(_ s: Sentence, at i: Int, role: TextRole) -> RawFinding? {
        guard [.impact, .summary, .other].contains(role), !s.toks[i].quoted, !s.negated(before: i, within: 2) else { return nil }
        // (in text with no section, the cause told with its size is not the impact: "The trigger was a large increase in traffic")
        if role == .other, Coach.isCauseStatement(s) { return nil }
        let causeVerbs: Set<String> = ["led", "caused", "causing", "resulted", "contributed", "triggered", "meant"]
        let x = s.w[i]
        var end: Int? = nil
        let sizeWords: Set<String> = ["heavy", "big", "huge", "massive", "serious", "severe", "major", "large", "substantial", "significant", "considerable",
                                      "meaningful", "real", "sizeable", "sizable", "enormous", "long", "lengthy", "material", "prolonged"]
        // ("a prolonged stoppage of wafer movement", "significant member detriment and reputational exposure")
        let harms: Set<String> = ["load", "blow", "hit", "setback", "delay", "delays", "backlog", "volume", "losses", "damage", "increase", "queues", "queue", "jam", "dent", "effort", "rework", "disruption",
                                  "stoppage", "stoppages", "detriment", "exposure", "harm", "inconvenience", "distress", "downtime", "penalty", "penalties", "costs"]
        // ("under heavy load", "with a big queue of pending jobs", "the size of the backlog": a condition, not the harm)
        // ("handled a heavy volume of calls", "shed heavy load onto the healthy pool": the load coped with, not the harm)
        // ("had to deal with long queues": what people had to cope with is the harm)
        if sizeWords.contains(x), !LanguageChecker.damageClass(s, at: i), !(i > 0 && ["under", "with", "of"].contains(s.w[i - 1]) && !(s.w[i - 1] == "with" && i > 1 && ["deal", "cope", "contend", "struggle", "struggled", "faced", "dealt", "coped", "contended"].contains(s.w[i - 2]))),
           !s.span(i - 3, i).contains(where: { ["handle", "handled", "handling", "absorb", "absorbed", "shed", "shedding", "carried", "carry", "cope", "coped", "served", "drained", "cleared", "processed"].contains(s.w[$0]) }),
           let n = s.span(i + 1, i + 4).first(where: { harms.contains(s.w[$0]) }), s.span(i + 1, n).allSatisfy({ s.isWord($0) || s.w[$0] == "," }),
           !(x == "long" && !["queues", "queue", "delay", "delays"].contains(s.w[n])), !s.span(n + 1, s.count).contains(where: { causeVerbs.contains(s.w[$0]) }) { end = n }
        // ("The consequences for player sentiment were, by any reasonable measure, substantial": the harm's size given as a verdict)
        if sizeWords.contains(x), x != "long", x != "real", i == s.endIndexBeforeFinalPunct, let be = s.span(0, i).last(where: { ["was", "were", "is", "are"].contains(s.w[$0]) }),
           s.span(0, be).contains(where: { ["consequences", "consequence", "impact", "impacts", "effect", "effects", "damage", "disruption", "cost", "costs", "losses", "toll", "fallout", "harm", "inconvenience"].contains(s.w[$0]) }),
           s.span(be + 1, i).allSatisfy({ !s.isWord($0) || ["very", "truly", "quite", "clearly", "undoubtedly", "by", "any", "reasonable", "measure", "all", "accounts", "standard", "frankly", "simply"].contains(s.w[$0]) }) { end = i }
        // "there is some penalty coming", "some compensation will be due": money owed, uncounted
        if x == "some", role != .other, let n = s.word(i + 1), ["penalty", "penalties", "fine", "fines", "compensation", "damages", "refunds", "credits", "costs", "cost", "losses"].contains(n),
           !s.toks[i + 1].hasDigit { end = i + 1 }
        // "took a hit", "has taken a hit"
        if ["took", "taken", "take", "takes"].contains(x), s.word(i + 1) == "a", s.word(i + 2) == "hit" { end = i + 2 }
        // effort and money lost, uncounted: "lost much time", "had to do a lot of extra work" (not "without much effort")
        if let lead = ["a lot of", "lots of", "much", "loads of", "a great deal of", "a good deal of", "plenty of"].first(where: { s.has($0, at: i) }),
           !(i > 0 && ["how", "too", "so", "as", "without", "not", "very"].contains(s.w[i - 1])) {
            let e = i + lead.split(separator: " ").count
            if let n = s.span(e, e + 3).first(where: { ["work", "time", "effort", "rework", "overtime", "money", "reagents"].contains(s.w[$0]) }),
               s.span(e, n).allSatisfy({ s.isWord($0) }), s.containsAny(["lost", "cost", "extra", "additional", "wasted"]) { end = n }
        }
        guard let e = end else { return nil }
        return RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, e),
                          message: "\"\(s.text(i, e))\" is not a number; say how much, for how many, or for how long.", better: Rewrite.forImpact(s))
    }

    /// "The aircraft sustained substantial damage to the fuselage": the investigators' damage class for a vehicle or a building,
    /// with the parts named, not a size left out.
    static func damageClass(_ s: Sentence, at i: Int) -> Bool {
        ["substantial", "minor", "extensive"].contains(s.w[i]) && s.word(i + 1) == "damage" && s.span(max(0, i - 3), i).contains(where: { ["sustained", "suffered", "received"].contains(s.w[$0]) })
            && s.span(0, i).contains(where: { ["aircraft", "airplane", "aeroplane", "helicopter", "vessel", "ship", "boat", "train", "locomotive", "vehicle", "car", "truck", "bus", "building", "structure"].contains(s.w[$0]) })
    }
}
