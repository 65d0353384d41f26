extension LanguageChecker {
    // MARK: surface cause

    static let strongSurface: [String] = ["human error", "operator error", "user error", "pilot error", "manual error", "engineer error",
        "engineering error", "human mistake", "operator mistake", "people error", "personnel error", "human failure", "operator failure",
        "human factor", "human factors", "administrator error", "admin error", "developer error", "configuration error by", "user mistake", "human slip", "operator slip",
        "human lapse", "human oversight", "one-off mistake", "one-off error", "one-off slip", "one-time mistake", "one-time error", "one-time slip",
        "isolated mistake", "isolated human", "simple slip", "honest mistake"]
    /// "unlikely to recur", "will not happen again": closing the analysis on chance instead of on a cause.
    static let wontRecur: [String] = ["unlikely to recur", "unlikely to happen again", "not likely to recur", "will not recur", "won't recur",
        "will not happen again", "won't happen again", "should not happen again", "shouldn't happen again", "not expected to recur", "unlikely to be repeated"]
    static let depthMarkers: Set<String> = ["because", "since", "lack", "lacks", "lacked", "lacking", "missing", "absence", "absent", "without",
        "allowed", "allows", "permitted", "permits", "permit", "allow", "gap", "gaps", "unvalidated", "no", "nothing", "doesn't", "didn't",
        "did", "does", "don't", "wasn't", "weren't", "isn't", "insufficient", "inadequate", "unclear", "undocumented", "ambiguous", "not",
        "never", "safeguard", "safeguards", "guardrail", "guardrails", "validation", "review", "process", "checks", "confirmation", "design", "which", "that", "so", "due"]

    func surfaceCause(_ s: Sentence, role: TextRole, whole: Bool) -> [RawFinding] {
        var out: [RawFinding] = []
        let text = s.w.joined(separator: " ")
        let rootContext = role == .rootCause || role == .whys || role == .contributingFactors || text.contains("root cause") || s.has("caused by", at: 0) || s.containsAny(["caused", "due", "because"])
        for p in LanguageChecker.strongSurface {
            guard let i = s.find(p) else { continue }
            if s.negated(before: i, within: 4) { continue }
            if i > 0, ["at", "beyond", "than", "of", "past", "blame", "blaming", "call", "calling", "label", "labelling", "labeling"].contains(s.w[i - 1]) && !(s.w[i - 1] == "of" && rootContext && !s.containsAny(["stop", "beyond", "never"])) { continue }
            if s.containsAny(["never", "beyond", "instead", "rather", "stop", "stopping", "avoid"]) && role != .rootCause { continue }
            guard rootContext || role == .summary || role == .other || role == .couldBeBetter || role == .lessons || role == .detection || role == .response else { continue }
            let end = i + p.split(separator: " ").count - 1
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                  message: "\"\(s.text(i, end))\" is where the analysis starts, not where it ends; ask why the error was possible and why nothing caught it.",
                                  better: Rewrite.forSurface(s, at: i)))
            return out
        }
        if role != .actionItem, !s.containsAny(["make", "ensure", "so", "until"]) {
            for p in LanguageChecker.wontRecur {
                guard let i = s.find(p) else { continue }
                let end = i + p.split(separator: " ").count - 1
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, end),
                                      message: "\"\(s.text(i, end))\" closes the analysis on luck; say what was changed so the same conditions cannot produce it again.",
                                      better: "Name the conditions that made it possible and what changed, e.g. “The console accepted the value without validation; it now rejects limits below 1,000 (ACT-12).”"))
                return out
            }
        }
        guard role == .rootCause || (role == .whys && whole) else { return out }
        let deep = s.w.contains { LanguageChecker.depthMarkers.contains($0) } || s.w.contains { $0.hasSuffix("n't") }
        if deep { return out }
        for (i, x) in s.w.enumerated() {
            if ["typo", "typos", "mistyped", "misspelled", "misspelling", "fat-finger", "fat-fingered", "mistake", "mistakes", "misconfiguration", "misconfigured"].contains(x) {
                if ["mistake", "mistakes"].contains(x), ["in", "within", "inside"].contains(s.word(i + 1) ?? "") { continue }
                out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.text(i, i),
                                      message: x.hasSuffix("ed") ? "\"\(s.toks[i].text)\" describes the surface cause; ask why it was possible and why nothing caught it." : "A \(x) is the surface cause; ask why it was possible and why nothing caught it.",
                                      better: Rewrite.forSurface(s, at: i)))
                return out
            }
        }
        // "the bug caused it", "a software bug"
        let content = s.w.filter { $0.count > 2 && !["the", "and", "was", "root", "cause", "caused", "this", "that", "incident", "outage", "our"].contains($0) }
        if s.containsAny(["bug", "bugs"]), content.count <= 3 {
            let i = s.w.firstIndex { $0 == "bug" || $0 == "bugs" } ?? 0
            out.append(RawFinding(check: "surface-cause", at: i, excerpt: s.fullText,
                                  message: "\"A bug\" is a single, surface cause; ask what allowed the bug to reach production and have impact.",
                                  better: "Say what allowed the bug to have impact, e.g. “A null check was missing in <component>; no test covers empty responses and the change shipped without a canary.”"))
            return out
        }
        // a person's action given as the root cause
        var k = 0
        while k < s.count {
            if let a = finder.agent(s, at: k), a.strength == .strong || a.strength == .they {
                var j = a.end + 1
                while j < s.count, s.isWord(j), LanguageChecker.auxWords.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) { j += 1 }
                // "Ben deleted the stale DNS records as planned in change CHG-4411": sanctioned work, not a surface cause
                if j < s.count, s.isWord(j), Lex.changeVerbs.contains(s.w[j]) && !isPlannedWork(s, from: j + 1) || Lex.failingVerbs.contains(s.w[j]) {
                    out.append(RawFinding(check: "surface-cause", at: a.start, excerpt: s.text(a.start, j),
                                          message: "The root cause is given as a person's action; ask what allowed that action to have impact.",
                                          better: Rewrite.forCommission(s, a, verbAt: j)))
                    return out
                }
                k = a.end + 1; continue
            }
            k += 1
        }
        return out
    }
}
