/// A finding before it is placed: the token it points at, in its sentence.
struct RawFinding {
    var check: String
    var at: Int          // token index in the sentence
    var excerpt: String
    var message: String
    var better: String
}

struct LanguageChecker {
    var finder: AgentFinder

    static let auxWords: Set<String> = ["did", "do", "does", "had", "has", "have", "was", "were", "is", "are", "been", "be", "also", "then",
        "just", "simply", "still", "already", "later", "subsequently", "quickly", "apparently", "again", "reportedly", "initially",
        "eventually", "first", "immediately", "manually", "should", "could", "would", "might", "must", "may", "will", "can", "ought", "to",
        "should've", "could've", "would've", "being", "even", "ever", "unfortunately", "allegedly", "clearly", "obviously", "always",
        "repeatedly", "once", "totally", "completely", "probably", "only", "not", "never"]
    static let hindsightVerbs: Set<String> = ["known", "seen", "noticed", "realized", "realised", "anticipated", "foreseen", "expected",
        "spotted", "recognized", "recognised", "predicted", "understood", "suspected", "guessed", "figured", "knew", "been"]
    static let humanVerbs: Set<String> = ["test", "check", "verify", "follow", "read", "review", "notice", "ask", "escalate", "communicate",
        "wait", "double-check", "look", "validate", "monitor", "watch", "tell", "inform", "confirm", "consult", "respond", "acknowledge",
        "answer", "back", "update", "document", "run", "renew", "page", "coordinate", "announce", "check-in", "pay", "care", "bother",
        "see", "realize", "realise", "spot", "recognize", "recognise", "turn", "remove", "restore", "rotate", "revert", "roll", "apply", "test-run"]
    static let blameAdjectives: Set<String> = ["careless", "negligent", "sloppy", "lazy", "reckless", "inattentive", "incompetent", "irresponsible", "distracted", "asleep", "complacent", "unprofessional"]
    static let negativeOutcome: Set<String> = ["outage", "outages", "incident", "error", "errors", "failed", "failure", "failures", "down", "broke",
        "broken", "crashed", "crash", "lost", "loss", "corrupted", "corruption", "degraded", "degradation", "unavailable", "impact", "downtime",
        "deleted", "disruption", "timeouts", "500s", "5xx", "interruption", "broke", "breaking", "regression", "bug", "problem", "issue", "locked"]

    // MARK: blame

    func blame(_ s: Sentence, role: TextRole) -> [RawFinding] {
        var out: [RawFinding] = []
        var k = 0
        while k < s.count {
            if let a = finder.agent(s, at: k) {
                if let f = verbPhrase(after: a, in: s, role: role) { out.append(f) }
                k = a.end + 1
                continue
            }
            k += 1
        }
        out += possessiveBlame(s)
        out += passiveBlame(s)
        out += trainingBlame(s)
        // one blame finding per agent is plenty
        var seen = Set<Int>()
        return out.filter { f in
            if f.check != "blame" { return true }
            return seen.insert(f.at).inserted
        }
    }

    func agentText(_ s: Sentence, _ a: Agent) -> String {
        let t = s.text(a.start, a.end)
        return AgentFinder.determiners.contains(s.w[a.start]) ? t : t.capitalizedFirst
    }
}
