/// Unquantified impact in the shapes apologies and summaries give it: a harm the reader "may have" had, "periods of
/// unavailability", a vague share next to the numbers that do not count it, queues that "became very long".
extension LanguageChecker {
    static let sizeAdjectives: Set<String> = ["large", "big", "significant", "sizeable", "sizable", "substantial", "considerable", "good", "huge", "high", "great", "massive"]
    static let shareNouns: Set<String> = ["share", "portion", "proportion", "fraction", "number", "percentage", "chunk", "part", "amount", "majority", "minority"]

    /// Shapes only an impact statement has: "a large share of ... failed", "queues became very long", "you may have had issues".
    static func apologyImpactShape(_ s: Sentence) -> Bool {
        let harm: Set<String> = ["failed", "cancelled", "canceled", "delayed", "lost", "dropped", "rejected", "errors", "unable", "couldn't", "stuck", "missed", "affected", "impacted"]
        if s.span(1, s.count).contains(where: { k in ["a", "an"].contains(s.w[k - 1]) && sizeAdjectives.contains(s.w[k]) && shareNouns.contains(s.word(k + 1) ?? "") && s.word(k + 2) == "of" }),
           s.w.contains(where: { harm.contains($0) }) { return true }
        // "We know this caused real worry for many of you", "caused a great deal of frustration for a large number of our readers": a feeling,
        // counted loosely
        let feelings: Set<String> = ["worry", "frustration", "concern", "confusion", "inconvenience", "distress", "stress", "anxiety", "disappointment", "annoyance"]
        if s.w.contains(where: { feelings.contains($0) }), Coach.looseCounts.contains(where: { s.find($0) != nil }) || s.containsAny(["numerous", "considerable"]) { return true }
        // "the district office received numerous enquiries", "had to handle a considerable volume of additional manual enquiries",
        // "The Insured incurred considerable additional operating costs", "caused material financial loss": load and cost, unsized
        if s.w.indices.contains(where: { k in ["numerous", "considerable", "material", "substantial", "significant"].contains(s.w[k])
            && s.span(k + 1, k + 5).contains(where: { ["enquiries", "inquiries", "complaints", "calls", "costs", "cost", "loss", "losses", "volume", "overtime", "concern", "trouble", "inconvenience", "disruption", "delays", "damage"].contains(s.w[$0]) }) }) { return true }
        if s.w.indices.contains(where: { k in ["knock-on", "downstream"].contains(s.w[k]) && ["effects", "effect", "delays", "impact"].contains(s.word(k + 1) ?? "") }) { return true }
        if let q = s.w.firstIndex(where: { ["queues", "queue", "lines", "waits"].contains($0) }), s.span(q + 1, q + 10).contains(where: { ["long", "longer", "huge", "enormous"].contains(s.w[$0]) })
            && s.span(q + 1, q + 10).contains(where: { ["became", "were", "got", "grew"].contains(s.w[$0]) }) { return true }
        return false
    }

    /// A token that is part of a date ("15", "19", "2023" in "between 15 and 19 February 2023"), not a count.
    static func isDatePart(_ s: Sentence, _ k: Int) -> Bool {
        let t = s.toks[k]
        let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        if t.text.count == 4, t.text.allSatisfy(\.isNumber), t.text.hasPrefix("19") || t.text.hasPrefix("20") { return true }
        return s.span(max(0, k - 3), min(s.count, k + 4)).contains(where: { months.contains(s.w[$0]) }) && t.text.count <= 2
    }

    /// "a large share of broker requests failed outright" beside "from 1.2 seconds to well over the SLA": the numbers given do not
    /// count the share, so it still needs its own.
    func uncountedShare(_ s: Sentence, role: TextRole) -> RawFinding? {
        guard role == .impact || role == .summary else { return nil }
        for i in s.span(1, s.count) where ["a", "an"].contains(s.w[i - 1]) && (LanguageChecker.sizeAdjectives.contains(s.w[i]) || ["small", "tiny", "limited", "modest"].contains(s.w[i])) {
            // ("it only affected a small % of customers", "a small percentage of inbound emails failed": the share's sign with no number before it)
            guard let n = s.word(i + 1), LanguageChecker.shareNouns.contains(n) || n == "%" || n == "subset", s.word(i + 2) == "of",
                  !["small", "tiny", "limited", "modest"].contains(s.w[i]) || ["percentage", "%", "fraction", "proportion", "number", "subset", "share", "portion", "minority"].contains(n) else { continue }
            // ("a large share (38%) of ...", "a large share of them, 4,100 in all": the count follows)
            if s.span(i + 2, min(s.count, i + 9)).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number || s.w[$0] == "(" || Lex.numberWords.contains(s.w[$0]) }) { continue }
            return RawFinding(check: "unquantified-impact", at: i - 1, excerpt: s.text(i - 1, i + 1),
                              message: "\"\(s.text(i - 1, i + 1))\" is not a number, and the other figures do not count it; say how many of how many.", better: Rewrite.forImpact(s))
        }
        // "a lot of downstream projects had broken builds for quite a while": a length with no length, whatever else is counted
        if let q = s.span(1, s.count).first(where: { s.w[$0 - 1] == "for" && (s.has("quite a while", at: $0) || s.has("quite some time", at: $0) || s.has("a good while", at: $0) || s.has("some considerable time", at: $0)) }) {
            let e = min(s.count - 1, q + 2)
            return RawFinding(check: "unquantified-impact", at: q - 1, excerpt: s.text(q - 1, e),
                              message: "\"\(s.text(q - 1, e))\" has no length; say for how long, from when to when.", better: Rewrite.forImpact(s))
        }
        // "significant knock-on effects for customer contact centres": a consequence sized by an adjective alone
        if let i = s.span(0, s.count).first(where: { ["significant", "considerable", "substantial", "major", "severe", "serious", "huge", "massive"].contains(s.w[$0]) && ["knock-on", "downstream", "follow-on"].contains(s.word($0 + 1) ?? "") }),
           !s.span(i + 2, min(s.count, i + 10)).contains(where: { s.toks[$0].hasDigit || s.toks[$0].kind == .number }) {
            return RawFinding(check: "unquantified-impact", at: i, excerpt: s.text(i, min(i + 2, s.count - 1)),
                              message: "\"\(s.text(i, min(i + 2, s.count - 1)))\" has no size; say what it cost, for whom, and for how long.", better: Rewrite.forImpact(s))
        }
        return nil
    }

    /// "you might have had some issues with Monzo", "the problems you may have experienced", "the periods of unavailability",
    /// "Queues ... became very long": a harm owned up to without its size.
    func harmWithoutSize(_ s: Sentence, role: TextRole) -> RawFinding? {
        guard role == .impact || role == .summary, !s.hasQuantity else { return nil }
        let harms: Set<String> = ["issues", "problems", "trouble", "errors", "difficulties", "difficulty", "disruption", "disruptions", "interruptions", "delays", "inconvenience", "outage", "downtime", "slowness", "failures"]
        // "you may have seen/had/experienced ...": the reader told they might have been hit, with no how many or how long
        if let m = s.span(1, s.count).first(where: { ["may", "might"].contains(s.w[$0]) && s.word($0 + 1) == "have" && ["had", "experienced", "seen", "noticed", "encountered", "faced", "caused", "hit", "run"].contains(s.word($0 + 2) ?? "") }),
           s.span(max(0, m - 4), m + 3).contains(where: { ["you", "your", "customers", "users", "it", "this", "outage"].contains(s.w[$0]) }),
           s.span(max(0, m - 6), min(s.count, m + 9)).contains(where: { harms.contains(s.w[$0]) || ["recovery", "unavailable", "down", "slow", "broken"].contains(s.w[$0]) }) {
            return RawFinding(check: "unquantified-impact", at: m, excerpt: s.text(m, m + 2),
                              message: "\"\(s.text(m, m + 2))\" leaves the reader to guess whether they were hit; say who was affected, how many, and from when to when.", better: Rewrite.forImpact(s))
        }
        // "we experienced some payment processing issues this weekend", "noticed a little data corruption": the harm owned up to, sized by "some"
        if let e = s.span(0, s.count).first(where: { k in ["experienced", "experience", "experiencing", "had", "saw", "encountered", "faced", "noticed", "suffered"].contains(s.w[k])
               && (s.word(k + 1) == "some" || s.has("a little", at: k + 1) || s.has("a bit of", at: k + 1)) }),
           let h = s.span(e + 2, e + 7).first(where: { harms.contains(s.w[$0]) || ["corruption", "loss", "instability", "degradation", "latency"].contains(s.w[$0]) }),
           s.span(e + 2, h).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }),
           !s.containsAny(["no", "not", "never", "without", "minimal", "negligible", "minor", "staging", "testing", "test"]),
           // ("We had some issues with a hook during the setup, which we fixed before launch": trouble caught before anyone was hit)
           !["before launch", "before release", "before it reached", "before any customer", "before customers", "before users"].contains(where: { s.find($0) != nil }) {
            return RawFinding(check: "unquantified-impact", at: e + 1, excerpt: s.text(e + 1, h),
                              message: "\"\(s.text(e + 1, h))\" has no size; say how many were affected, how much, and from when to when.", better: Rewrite.forImpact(s))
        }
        // "Some of you had trouble buying data bundles last weekend": the readers counted loosely, with the harm they had
        let feelings: Set<String> = ["worry", "frustration", "concern", "confusion", "inconvenience", "distress", "stress", "anxiety", "disappointment"]
        if let p = ["some of you", "many of you", "a few of you", "some of them", "many of them", "some of our", "many of our", "a few of our", "a lot of our", "a lot of you"].first(where: { s.find($0) != nil }), let at = s.find(p),
           s.w.contains(where: { feelings.contains($0) }) || s.span(at + 3, s.count).contains(where: { harms.contains(s.w[$0]) || ["unable", "couldn't", "missed", "lost", "delayed", "stuck", "late", "charged", "locked"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            return RawFinding(check: "unquantified-impact", at: at, excerpt: s.text(at, at + 2),
                              message: "\"\(s.text(at, at + 2))\" is not a number; say how many were affected, and for how long.", better: Rewrite.forImpact(s))
        }
        // "the periods of unavailability of our infrastructure today": how many periods, how long each?
        if let p = s.span(0, s.count).first(where: { s.w[$0] == "periods" && s.word($0 + 1) == "of" && ["unavailability", "downtime", "disruption", "instability", "degradation", "outage"].contains(s.word($0 + 2) ?? "") }) {
            return RawFinding(check: "unquantified-impact", at: p, excerpt: s.text(p, p + 2),
                              message: "\"\(s.text(p, p + 2))\" has no count or length; say how many, how long each, and from when to when.", better: Rewrite.forImpact(s))
        }
        // "has caused inconvenience to the farmers", "for extremely long periods of time", "for a few hours"
        if let c = s.span(1, s.count).first(where: { ["caused", "causing", "causes"].contains(s.w[$0 - 1]) && (s.w[$0] == "inconvenience" || ["some", "much", "great", "considerable", "significant", "a"].contains(s.w[$0]) && ["inconvenience", "disruption", "frustration", "distress", "trouble"].contains(s.word($0 + 1) ?? "")) }) {
            let e = s.w[c] == "inconvenience" ? c : c + 1
            return RawFinding(check: "unquantified-impact", at: c - 1, excerpt: s.text(c - 1, e),
                              message: "\"\(s.text(c - 1, e))\" has no size; say who was affected, how many, and for how long.", better: Rewrite.forImpact(s))
        }
        if let p = s.span(1, s.count).first(where: { k in s.w[k] == "periods" && ["long", "longer", "lengthy", "extended", "prolonged"].contains(s.w[k - 1]) || s.has("a few hours", at: k) && ["for", "over"].contains(s.w[k - 1]) || s.has("a few days", at: k) && ["for", "over"].contains(s.w[k - 1]) }) {
            let st = s.w[p] == "periods" ? p - 1 : p - 1
            let e = s.w[p] == "periods" ? p : p + 2
            return RawFinding(check: "unquantified-impact", at: st, excerpt: s.text(st, e),
                              message: "\"\(s.text(st, e))\" has no length; say for how long, from when to when.", better: Rewrite.forImpact(s))
        }
        // "Queues at the base-station gates became very long", "the lines got really long"
        if let q = s.span(0, s.count).first(where: { ["queues", "queue", "lines", "waits", "wait", "backlog", "backlogs"].contains(s.w[$0]) }),
           let l = s.span(q + 1, q + 10).first(where: { ["long", "longer", "huge", "enormous", "massive"].contains(s.w[$0]) }),
           s.span(q + 1, l).contains(where: { ["became", "become", "were", "was", "got", "grew", "get", "are", "is"].contains(s.w[$0]) }), s.isPunct(l + 1) || s.word(l + 1) == "and" || l == s.endIndexBeforeFinalPunct {
            return RawFinding(check: "unquantified-impact", at: q, excerpt: s.text(q, l),
                              message: "\"\(s.text(q, l))\" has no size; say how long the wait was, for how many, and for how long.", better: Rewrite.forImpact(s))
        }
        return nil
    }
}
