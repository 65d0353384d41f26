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
        "errored", "erroring", "unreachable", "unresponsive", "timed", "timing", "dropped", "lost", "stalled", "hung", "flapped", "flapping", "wrong"]
    /// Dramatic words that stand in for a number: "the support queue exploded".
    static let dramaticWords: Set<String> = ["exploded", "explodes", "skyrocketed", "skyrocketing", "tanked", "plummeted", "plummeting",
        "ballooned", "soared", "crawled", "snail"]
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
            if LanguageChecker.degreeAdverbs.contains(x), !s.negated(before: i, within: 2), !(i > 0 && s.w[i - 1] == "to") {
                let near = s.span(max(0, i - 3), i + 4).filter { $0 != i && s.isWord($0) }
                // ("briefly affected", "temporarily unavailable": a length left out; not "temporarily applied changes")
                let brief = ["briefly", "temporarily", "momentarily"].contains(x)
                if !brief, near.contains(where: { LanguageChecker.changeWords.contains(s.w[$0]) }) { hit = (i, i) }
                if brief, s.span(max(0, i - 2), i + 3).contains(where: { ["unavailable", "down", "affected", "offline", "unreachable", "degraded", "impacted", "disrupted", "interrupted", "inaccessible", "halted", "unresponsive"].contains(s.w[$0]) }) { hit = (i, i) }
            }
            // ("for most of the US working day": the part of the day may come a word or two later)
            // ("exposed as part of this incident": the idiom, not a share)
            if ["part", "most", "much", "rest", "bulk", "portion", "majority"].contains(x), s.word(i + 1) == "of", let d = s.word(i + 2), ["the", "a", "that", "this"].contains(d),
               !(x == "part" && i > 0 && s.w[i - 1] == "as"),
               let n = s.span(i + 3, i + 6).first(where: { LanguageChecker.dayParts.contains(s.w[$0]) }), s.span(i + 3, n).allSatisfy({ s.isWord($0) }) {
                hit = (i > 0 && ["for", "during", "a"].contains(s.w[i - 1]) ? i - 1 : i, n)
            }
            if x == "all", let n = s.word(i + 1), ["morning", "afternoon", "evening", "night", "day", "weekend", "week"].contains(n), i > 0 { hit = (i, i + 1) }
            if ["for", "during"].contains(x), let n = s.word(i + 1), ["hours", "days", "ages", "weeks", "some"].contains(n), n != "some" || s.word(i + 2) == "time" {
                hit = (i, n == "some" ? i + 2 : i + 1)
            }
            // "for several days", "for a few hours", "throughout the morning"
            // (in impact text only: "delayed the investigation for several hours" tells the response, not the impact)
            if inImpact, x == "for", let n = s.word(i + 1), ["several", "many", "multiple", "some"].contains(n), let u = s.word(i + 2), ["hours", "days", "weeks", "minutes"].contains(u) { hit = (i, i + 2) }
            if inImpact, x == "throughout", s.word(i + 1) == "the", let n = s.word(i + 2), ["morning", "afternoon", "evening", "night", "day", "weekend", "week"].contains(n) { hit = (i, i + 2) }
            // "on and off", "here and there": how often, not a number
            // ("These kind of things happen from time to time": how often incidents happen in general, not this one's size)
            if ["here and there", "on and off", "from time to time", "every now and then", "now and again"].contains(where: { s.has($0, at: i) }),
               !s.span(i - 3, i).contains(where: { ["happen", "happens", "occur", "occurs"].contains(s.w[$0]) }) {
                hit = (i, min(s.count - 1, i + (s.has("every now and then", at: i) ? 3 : 2)))
            }
            // ("an influx of users which exploded our servers": a cause told with its object, not a size left out)
            if LanguageChecker.dramaticWords.contains(x), !["our", "the", "their", "its", "my"].contains(s.word(i + 1) ?? "") { hit = (i, i) }
            if let (a, b) = hit {
                return RawFinding(check: "unquantified-impact", at: a, excerpt: s.text(a, b),
                                  message: "\"\(s.text(a, b))\" is not a number; say by how much, for how long, or what share.", better: Rewrite.forImpact(s))
            }
        }
        return nil
    }
}
