/// Blame by a written rule: a person's act set against what a bulletin, work order, checklist or calendar said.
extension LanguageChecker {
    /// Documents that say what should be done: "against the dealer bulletin", "when the work order named the standby unit".
    static let ruleDocs: Set<String> = ["bulletin", "guidance", "guidelines", "advice", "runbook", "checklist", "procedure", "instructions",
        "instruction", "order", "recommendation", "sop", "calendar", "freeze", "playbook", "notice", "rules"]

    /// "..., against the dealer bulletin", "when the work order named the standby unit", "which is exactly what the release calendar
    /// blocks", "which the calendar forbids": the act set against what the instructions said.
    func againstRule(_ s: Sentence, at k: Int) -> Bool {
        let forbids: Set<String> = ["blocks", "forbids", "prohibits", "bans", "forbade", "prohibited", "blocked", "banned", "disallows"]
        func ruleThen(_ verbs: Set<String>, from i: Int, within n: Int) -> Bool {
            guard let d = s.span(i, i + n).first(where: { LanguageChecker.ruleDocs.contains(s.w[$0]) }) else { return false }
            // ("when the plan said to fail over": the instruction followed)
            return s.span(d + 1, d + 3).contains(where: { verbs.contains(s.w[$0]) && s.word($0 + 1) != "to" })
        }
        switch s.w[k] {
        // "..., against the dealer bulletin" (not "tested against the staging cluster", "validated them against the policy")
        case "against" where k > 0 && s.isPunct(k - 1) && s.w[k - 1] == "," && s.span(k + 1, k + 5).contains(where: { LanguageChecker.ruleDocs.contains(s.w[$0]) }): return true
        case "when", "while", "although", "though", "whereas": return ["the", "our", "their", "his", "her"].contains(s.word(k + 1) ?? "") && ruleThen(["named", "specified", "listed"], from: k + 2, within: 3)
        case "which": return (s.has("is exactly what", at: k + 1) || s.has("is precisely what", at: k + 1) || s.has("is what", at: k + 1)) && ruleThen(forbids, from: k + 3, within: 6)
            || ["the", "our"].contains(s.word(k + 1) ?? "") && ruleThen(forbids, from: k + 1, within: 4)
        // "pushed the bracket refresh to prod at 18:55, inside the pre-match freeze", "against the change freeze we had agreed"
        // "resynced the clock during peak arrivals against our published guidance" (not "tested the config against the vendor's guidance")
        case "against" where s.span(k + 1, k + 4).contains(where: { LanguageChecker.ruleDocs.contains(s.w[$0]) && !["order", "calendar", "notice"].contains(s.w[$0]) })
            && s.span(k + 1, k + 4).allSatisfy({ s.isWord($0) })
            && !s.span(max(0, k - 8), k).contains(where: { ["tested", "test", "validated", "validate", "checked", "check", "compared", "compare", "measured", "verified", "verify", "audited", "assessed", "benchmarked", "reviewed", "reconciled", "evaluated", "matched", "cross-checked", "benchmarked"].contains(s.w[$0]) }): return true
        case "inside", "during", "within", "into", "against", "despite", "through":
            return s.span(k + 1, k + 5).contains(where: { ["freeze", "moratorium", "blackout", "lockdown"].contains(s.w[$0]) })
        // "knowing full well that Thursday-to-Sunday is a change freeze"
        case "knowing": return s.has("full well", at: k + 1) || s.word(k + 1) == "that" && s.span(k + 2, k + 10).contains(where: { ["freeze", "policy", "rule", "forbids", "risk"].contains(s.w[$0]) })
        default: return false
        }
    }
}
