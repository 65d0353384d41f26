/// Blame told through a person leaving their post or carrying on: "went home without putting it back", "keeps selling for another
/// 20 minutes after being told online is down".
extension LanguageChecker {
    /// Is the verb at `j` a person leaving their post: "went home", "left site", "clocked off", "goes on break"?
    /// Only people do that, so even an unknown capitalised word before it ("Kowalczyk went home ...") is a person.
    static func leftPost(_ s: Sentence, at j: Int) -> Bool {
        guard let v = s.word(j), let n = s.word(j + 1) else { return false }
        switch v {
        case "went", "goes", "go", "headed", "heads", "left", "leaves":
            return ["home", "early", "offsite", "off-site"].contains(n) || ["on", "for"].contains(n) && s.span(j + 2, j + 4).contains { ["break", "lunch"].contains(s.w[$0]) }
                || ["left", "leaves"].contains(v) && (n == "site" || n == "the" && ["site", "building", "plant", "yard", "depot", "ward", "station"].contains(s.word(j + 2) ?? ""))
        case "clocked", "clocks", "knocked", "knocks": return ["off", "out"].contains(n)
        // ("swapped the switch this morning and just walked off without testing the scanners")
        case "walked", "walks", "drove", "drives": return ["off", "away", "out"].contains(n)
        default: return false
        }
    }

    /// "the auctioneer kept selling for another 20 minutes after being told online is down", "continued loading after the alarm":
    /// an act carried on after the warning reached the person.
    func keptOnAfterWarning(_ a: Agent, _ s: Sentence, verbAt j: Int, _ whoLower: String) -> RawFinding? {
        guard a.isBlameable, a.strength != .they, !s.containsAny(LanguageChecker.recoveryWords) else { return nil }
        let end = min(s.count, clauseEnd(s, from: j + 1) + 10)
        guard let m = s.span(j + 1, end).first(where: { k in s.w[k] == "after" && (
            s.word(k + 1) == "being" && ["told", "warned", "informed", "alerted", "asked", "notified", "shown"].contains(s.word(k + 2) ?? "")
            || ["the", "a", "an"].contains(s.word(k + 1) ?? "") && s.span(k + 2, k + 4).contains(where: { ["warning", "warnings", "alarm", "alarms", "alert", "alerts", "call", "instruction", "instructions", "order", "stop"].contains(s.w[$0]) })) })
        else { return nil }
        return RawFinding(check: "blame", at: a.start, excerpt: s.text(a.start, min(m + 2, s.count - 1)),
                          message: "This says \(whoLower) carried on after being warned; say how the warning reached them, what it looked like, and what would have stopped the work.",
                          better: "Describe the stop, not the person: " + Rewrite.quote("The work carried on for <how long> after <the warning>; nothing stopped it automatically, and the warning reached <who> as <how>"))
    }
}
