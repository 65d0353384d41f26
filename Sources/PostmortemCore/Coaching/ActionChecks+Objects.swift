/// What an action item names: how specific it is, what kind of thing its object is, and what it asks more of.
extension ActionChecker {
    /// `documenting` → `document`, when the base is a verb the checker knows.
    static func verb(ofGerund g: String) -> String? {
        guard g.hasSuffix("ing"), g.count > 5 else { return nil }
        let stem = String(g.dropLast(3))
        let known = Lex.vagueVerbs.union(Lex.concreteVerbs).union(Coach.imperativeVerbs).union(studyVerbs)
        for c in [stem, stem + "e", String(stem.dropLast())] where known.contains(c) { return c }
        return nil
    }

    /// How specific the text is: numbers, names, artifacts with a qualifier.
    /// "2025-03-31", "2026-12", "31/03/2025": a date written in digits.
    static func isCalendarDate(_ x: String) -> Bool {
        let parts = x.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard (2...3).contains(parts.count), parts.allSatisfy({ p in !p.isEmpty && p.allSatisfy { $0.isNumber } && p.count <= 4 }) else { return false }
        return parts.contains { $0.count == 4 } || parts.count == 3
    }

    static func specificity(_ s: Sentence, from start: Int, upTo end: Int? = nil, countingDates: Bool = true, countingTickets: Bool = true, countingNames: Bool = true) -> (score: Int, reasons: [String]) {
        var score = 0
        var reasons: [String] = []
        var sawNumber = false, sawNamed = false, sawArtifact = false, sawTechToken = false
        var names = 0
        for i in start..<max(start, min(end ?? s.count, s.count)) {
            let t = s.toks[i]
            let x = s.w[i]
            // ("Improve alerting around boskos status (#11953)": a ticket says where the work is tracked, not what done looks like)
            if !countingTickets, isTicketReference(t.text) { continue }
            // ("HL7", "EC2", "IPv6", "log4j": a name with a digit in it names a thing, not an amount)
            let digitName = t.kind == .word && t.hasDigit && t.text.first?.isLetter == true && !(x.count == 2 && x.hasPrefix("q")) && !x.contains("-")
            if digitName { sawTechToken = true; continue }
            // ("Q3", "2026-12-01", "May 5": a date is when, not what done looks like; it leaves any real number counted)
            if !countingDates, t.kind == .word && t.hasDigit && (x.hasPrefix("q") && x.count == 2 || x.contains("-") && x.first?.isNumber == true)
                || t.kind == .number && (i > 0 && dayWords.contains(s.w[i - 1]) || isCalendarDate(x)) { continue }
            // ("Improve our monitoring to detect 500 errors as soon as they occur": an HTTP status names the errors, it does not measure done)
            let statusCode = t.kind == .number && x.count == 3 && ["1", "2", "3", "4", "5"].contains(x.first.map(String.init) ?? "") && x.allSatisfy(\.isNumber)
                && ["errors", "error", "responses", "response", "status", "statuses", "codes", "code", "pages", "page", "s"].contains(s.word(i + 1) ?? "")
                && !s.span(0, s.count).contains(where: { $0 != i && (s.toks[$0].kind == .number || s.toks[$0].hasDigit || ["%", ">", "<"].contains(s.w[$0])) })
            if statusCode { sawTechToken = true; continue }
            if t.kind == .number || (t.kind == .word && t.hasDigit) || (t.kind == .punct && ["%", ">", "<", "≥", "≤", "$", "="].contains(t.text)) {
                sawNumber = true
            }
            if dayWords.contains(x) { sawNumber = countingDates || sawNumber }
            if t.kind == .word, i > s.firstWordIndex, (t.isCapitalized || t.isAllCaps), !["I", "A", "TBD", "TBA", "TODO", "N/A", "NA"].contains(t.text), !s.isSentenceStart(i) {
                sawNamed = true
                if !s.isWord(i - 1) || !(s.toks[i - 1].isCapitalized || s.toks[i - 1].isAllCaps) { names += 1 }
            }
            if t.kind == .word, !t.isCapitalized, (x.contains("-") || x.contains("_") || x.contains(".") || x.contains("/")) && x.count > 3, !["follow-up", "e.g", "i.e", "on-call", "double-check", "re-run"].contains(x) {
                sawTechToken = true
            }
            if x.hasPrefix("/") || x.hasPrefix("#") || x.hasPrefix("@") { sawTechToken = true }
            // a file name ("MANIFEST.in", "Config_v2.yaml"), not a site name ("GitLab.com", already counted as named)
            if t.kind == .word, t.isCapitalized, x.count > 3, x.dropFirst().dropLast().contains(where: { $0 == "." || $0 == "_" || $0 == "/" }), !["e.g", "i.e"].contains(x),
               !["com", "org", "net", "io", "dev", "app", "co", "uk"].contains(x.split(separator: ".").last.map(String.init) ?? "") { sawTechToken = true }
            if Lex.artifacts.contains(x), !sawArtifact {
                // an artifact with a qualifier: "alert for X", "test that Y", "runbook section on Z"
                var j = i + 1
                while j < min(s.count, i + 3), s.isWord(j), Lex.artifacts.contains(s.w[j]) || ["section", "step", "entry"].contains(s.w[j]) { j += 1 }
                if j < s.count, Lex.qualifiers.contains(s.w[j]), j + 1 < s.count, s.isWord(j + 1) { sawArtifact = true }
                // "integration test", "Prometheus alert": a modified artifact
                if i > start, s.isWord(i - 1), !["the", "a", "an", "more", "better", "some", "our", "new", "additional", "any"].contains(s.w[i - 1]), !Lex.vagueVerbs.contains(s.w[i - 1]), !Lex.concreteVerbs.contains(s.w[i - 1]) {
                    if j < s.count, Lex.qualifiers.contains(s.w[j]) { sawArtifact = true }
                }
            }
        }
        // code spans and quotes were filtered out of the sentence; count them from the raw text
        if sawNumber { score += 2; reasons.append("number") }
        // (one named system says which, not how much: "Set up better Grafana dashboards"; several name the cases covered)
        if sawNamed, countingNames || names >= 2 { score += 1; reasons.append("named") }
        if sawTechToken { score += 1; reasons.append("identifier") }
        if sawArtifact { score += 1; reasons.append("artifact") }
        return (score, reasons)
    }

    /// "#11953", "PAY-412", "https://github.com/org/repo/issues/1": where the work is tracked.
    static func isTicketReference(_ t: String) -> Bool {
        if t.hasPrefix("#"), t.count > 1, t.dropFirst().allSatisfy(\.isNumber) { return true }
        // a link, whole or as the tokenizer leaves its pieces ("https", "//github.com/org/repo/issues/11953")
        if t.contains("://") || t.hasPrefix("http") || t.hasPrefix("//") || t.contains("/") && [".com", ".org", ".io", ".net", "/issues/", "/pull/"].contains(where: { t.contains($0) }) { return true }
        let parts = t.split(separator: "-")
        return parts.count == 2 && parts[0].count >= 2 && parts[0].allSatisfy { $0.isUppercase || $0.isNumber } && parts[0].first?.isLetter == true && parts[1].allSatisfy(\.isNumber) && !parts[1].isEmpty
    }

    /// Kinds of thing an action can name without saying what it will do: "a disaster recovery plan", "configuration drift detection".
    static let abstractObjects: Set<String> = ["detection", "plan", "strategy", "process", "processes", "validation", "redundancy", "resilience",
        "safeguards", "safeguard", "controls", "mechanism", "mechanisms", "measures", "improvements", "practices", "policy", "policies", "framework",
        "guidelines", "guidance", "tooling", "automation", "visibility", "observability", "coverage", "testing", "protections", "protection", "hardening", "capability", "capabilities",
        "drills", "exercises", "gamedays", "optimizations", "optimisations", "procedures", "runbooks", "playbooks", "system", "systems", "solution", "solutions"]
    /// Verbs that create a thing, and the nouns they are written as in headings: "Implementation of ...".
    static let creationVerbs: Set<String> = ["implement", "add", "create", "develop", "establish", "introduce", "build", "set", "define", "design", "enable", "put", "conduct", "perform"]
    static let nominalVerbs: [String: String] = ["implementation": "implement", "creation": "create", "introduction": "introduce", "development": "develop",
        "establishment": "establish", "investigation": "investigate", "analysis": "analyze", "evaluation": "evaluate", "assessment": "assess",
        "exploration": "explore", "research": "research", "consideration": "consider", "review": "review", "reinforcement": "reinforce", "improvement": "improve", "improvements": "improve", "reminders": "remind", "reminder": "remind",
        "education": "educate", "postmortem": "review", "post-mortem": "review", "mortem": "review", "retrospective": "review", "inspection": "review", "examination": "examine"]

    /// "Implement a disaster recovery plan for the database": the head of the object, when it names only a kind of thing.
    static func abstractObject(_ s: Sentence, after k: Int) -> Int? {
        var m = k + 1
        if s.word(m) == "up" { m += 1 }
        while m < s.count, s.isWord(m), ["a", "an", "the", "our", "some", "new", "proper", "automated", "automatic", "basic"].contains(s.w[m]) { m += 1 }
        var head: Int? = nil
        // "Build a set of emergency procedures": the head is what the set holds
        if let q = s.word(m), ["set", "series", "collection", "suite", "range", "number"].contains(q), s.word(m + 1) == "of" { m += 2 }
        while m < s.count, s.isWord(m), !["for", "of", "on", "in", "to", "around", "across", "that", "which", "so", "when", "with", "by", "and", "before", "after", "requiring", "using", "via"].contains(s.w[m]) {
            if s.toks[m].isCapitalized || s.toks[m].hasDigit || Lex.numberWords.contains(s.w[m]) { return nil }
            head = m; m += 1
        }
        guard let h = head, abstractObjects.contains(s.w[h]), s.count - k <= 14 else { return nil }
        return h
    }

    /// Qualities an action asks for more of: "stricter error handling", "a more robust testing strategy", "better dashboards".
    static let comparatives: Set<String> = ["additional", "stricter", "stronger", "smarter", "tighter", "further", "enhanced", "improved",
        "increased", "better", "robust", "rigorous", "comprehensive", "strong", "extra", "greater", "faster", "quicker", "earlier", "sooner", "exhaustive", "extensive", "proper", "regularly", "periodically", "frequently", "routinely",
        "deeper", "wider", "clearer", "closer", "richer", "smoother", "early", "quickly", "promptly", "proactively", "swiftly", "rapidly", "closely"]
    /// Adverbs that ask for speed or care without a measure: "acknowledge incidents early", "detect issues quickly".
    static let vagueManner: Set<String> = ["early", "quickly", "promptly", "proactively", "swiftly", "rapidly", "closely"]
    static let comparedQualities: Set<String> = ["robust", "rigorous", "detailed", "frequent", "reliable", "resilient", "thorough", "comprehensive",
        "exhaustive", "visible", "secure", "proactive", "consistent", "effective", "efficient", "granular", "strict", "stringent", "mature", "modern", "scalable", "stable",
        "frictionless", "seamless", "smooth", "intuitive", "user-friendly", "straightforward", "transparent"]

    /// Where the action's object asks for more of a quality, before any purpose ("to better identify ..." is why, not what).
    static func comparative(_ s: Sentence, after k: Int) -> Int? {
        var m = k
        while m < s.count {
            let x = s.w[m]
            // ("... to include stricter error handling" goes on naming what; "... to better identify contexts" says why)
            if x == "to", let n = s.word(m + 1), ["include", "cover", "add", "use", "run", "support", "require", "have", "perform", "do", "provide", "get"].contains(n) { m += 2; continue }
            if m > k, ["to", "so", "which", "that", "because", "since", "when", "if", "while", "after", "until"].contains(x) || s.isPunct(m) && [";", ":", "(", "—"].contains(x) { return nil }
            // "Expand hardware test coverage": more of it, by how much? "Reduce time to response": less of it, to what?
            if m == k, ["expand", "extend", "broaden", "widen", "increase", "grow"].contains(x),
               s.span(k + 1, k + 5).contains(where: { ["coverage", "monitoring", "testing", "redundancy", "visibility", "alerting", "observability", "capacity"].contains(s.w[$0]) }) { return m }
            if m == k, ["reduce", "decrease", "minimize", "minimise", "shorten", "cut"].contains(x) { return m }
            // "Move to a cloud provider that is cheaper", "we need donations and a bigger server"
            if m > k, ["cheaper", "bigger", "larger", "newer", "simpler", "safer", "smaller"].contains(x), !s.negated(before: m, within: 2) { return m }
            if x == "that", ["is", "are"].contains(s.word(m + 1) ?? ""), let c = s.word(m + 2), comparatives.contains(c) || ["cheaper", "bigger", "larger", "faster", "simpler", "safer"].contains(c) { return m + 2 }
            // "Onboarded more folks to the ops side": more people, how many and doing what?
            if x == "more", let n = s.word(m + 1), ["folks", "people", "engineers", "staff", "eyes", "hands", "resources", "headcount"].contains(n) { return m }
            // "Add more integration tests": more of a countable safeguard, how many and covering what?
            if x == "more", s.span(m + 1, m + 4).contains(where: { ["tests", "checks", "alerts", "alarms", "dashboards", "metrics", "logging", "logs",
                "coverage", "validation", "validations", "safeguards", "guardrails", "runbooks", "documentation", "docs", "monitors", "probes"].contains(s.w[$0]) }) { return m }
            // ("as quickly and safely as possible" is the usual status-page promise about the work under way; "early warnings" is a noun phrase)
            if vagueManner.contains(x), m > 0 && s.w[m - 1] == "as" || s.isWord(m + 1) && !["and", "or", "through", "via", "by", "with", "in", "on", "for", "to"].contains(s.w[m + 1]) || m == k { m += 1; continue }
            // ("We deployed an improved version of the code on March 29": the new version shipped, named as a thing)
            if comparatives.contains(x), !(x == "further" && s.word(m + 1) == "to"), !(["increased", "improved", "enhanced"].contains(x) && m == k),
               !(["improved", "updated", "enhanced", "patched", "fixed"].contains(x) && ["version", "release", "build"].contains(s.word(m + 1) ?? "") && m > 0 && ["an", "the", "a"].contains(s.w[m - 1])
                 && s.span(0, m).contains(where: { ["deployed", "shipped", "released", "rolled", "installed", "published"].contains(s.w[$0]) })) { return m }
            if ["more", "much"].contains(x), let n = s.word(m + 1), comparedQualities.contains(n) || n == "more" && s.word(m + 2).map({ comparedQualities.contains($0) }) == true { return m }
            m += 1
        }
        return nil
    }
}
