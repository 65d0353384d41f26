/// Coaches post-mortem writing: notices blame, counterfactuals, hindsight, surface causes, vague actions,
/// unquantified impact and timeline problems, and says how to do better. Pure and fast.
public struct Coach: Sendable {
    let people: Set<String>

    /// - Parameter knownPeople: owner, reviewers, action owners, the workspace's people list.
    public init(knownPeople: [String] = []) {
        var p = Set<String>()
        for name in knownPeople {
            for part in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }) {
                var s = String(part)
                while let f = s.first, f == "@" { s.removeFirst() }
                if s.count >= 2, !Lex.nonPeople.contains(s), !Lex.roles.contains(s) { p.insert(s); p.insert("@" + s) }
            }
        }
        people = p
    }

    init(peopleSet: Set<String>) { people = peopleSet }

    var checker: LanguageChecker { LanguageChecker(finder: AgentFinder(people: people)) }

    // MARK: text

    /// Coaches one answer or piece of text written for a section.
    public func review(_ text: String, role: TextRole) -> [Finding] {
        review(segments: Coach.segments(of: text), role: role)
    }

    /// Lines of `text` as segments; a hard-wrapped line continues the previous thought.
    static func segments(of text: String, lineOffset: Int = 0) -> [Segment] {
        var out: [Segment] = []
        var prevBlank = true
        var prevEnded = true
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let t = line.trimmed
            guard let first = t.first, let last = t.last else { prevBlank = true; continue }
            let bullet = "-*•+>|#".contains(first) || (first.isNumber && t.prefix(6).contains(where: { $0 == "." || $0 == ")" || $0 == ":" }))
            out.append(Segment(text: line, line: lineOffset + n, col: 0, newThought: prevBlank || prevEnded || bullet))
            prevBlank = false
            prevEnded = ".!?:;|".contains(last) || t.count < 40
        }
        return out
    }

    /// - Parameter sectionHasNumber: whether the whole section (not just these lines) gives a number; one bullet of an
    ///   Impact section need not repeat the figures the section already gives.
    func review(segments: [Segment], role: TextRole, sectionHasNumber: Bool = false) -> [Finding] {
        let toks = Tokenizer.tokenize(segments)
        if role == .actionItem {
            var out: [Finding] = []
            let all = Sentence(toks)
            let hadCode = segments.contains { $0.text.contains("`") || $0.text.contains("\"") || $0.text.contains("“") }
            if let f = ActionChecker.vague(all, rawHadCode: hadCode) { out.append(place(f, in: all)) }
            for s in Tokenizer.sentences(toks).map(Sentence.init) { out += language(s, role: role, textHasNumber: true) }
            return out
        }
        let sentences = Tokenizer.sentences(toks).map(Sentence.init)
        let hasNumber = sectionHasNumber || sentences.contains { role == .impact ? $0.hasQuantity : $0.hasNumber }
        var out: [Finding] = []
        for s in sentences { out += language(s, role: role, textHasNumber: hasNumber) }
        return out
    }

    func language(_ whole: Sentence, role: TextRole, textHasNumber: Bool) -> [Finding] {
        guard !whole.toks.isEmpty else { return [] }
        // (a chat line is read for what its speaker says; the time and the handle are not part of it)
        let s = role == .timeline ? whole : whole.afterChatPrefix ?? whole
        let c = checker
        var raw: [RawFinding] = c.blame(s, role: role)
        var aside: [Finding] = []
        if !raw.contains(where: { $0.check == "blame" }), let (bare, found) = c.blameAcrossAside(s, role: role) ?? c.blameInSimplePast(s, role: role) ?? c.blameInPresent(s, role: role) { aside = found.prefix(1).map { place($0, in: bare) } }
        let hasBlame = !aside.isEmpty || raw.contains { $0.check == "blame" }
        if !hasBlame { raw += c.loaded(s) }
        let cf = c.counterfactual(s)
        if !raw.contains(where: { $0.check == "counterfactual" }) { raw += cf }
        // ("The latency histogram was obviously bimodal, which pointed us to the slow shard": in What Went Well, a plain signal helped)
        let hs = c.hindsight(s).filter { !(role == .wentWell && ["obviously", "clearly"].contains($0.excerpt.lowercased())) }
        raw += hs
        // a sentence with no section says what it is (see Coach+Inference)
        let causeRole: TextRole = role == .other && Coach.isCauseStatement(s) ? .rootCause : role
        // ("We're very sorry that we wrongly sent an email to some of our applicants": in a summary, an apology names the slip it apologises for)
        let apology = role == .summary && s.containsAny(["sorry", "apologise", "apologize", "apologising", "apologizing", "apologises", "apologizes", "apologies"])
        raw += c.surfaceCause(s, role: causeRole, whole: true).filter { !(hasBlame && causeRole != .rootCause && $0.message.hasPrefix("The root cause is given as a person")) && !apology }
        if [.impact, .summary, .other, .title].contains(role) {
            let impactRole: TextRole = (role == .other || role == .summary) && Coach.isImpactStatement(s) ? .impact : role
            raw += c.unquantified(s, role: impactRole, textHasNumber: impactRole == role ? textHasNumber : s.hasQuantity)
        } else if role != .actionItem, let f = c.vagueDegree(s),
                  // ("Due to a high volume of fire traffic ..., visibility was often severely reduced": a condition among the causes, not the harm)
                  ![.lessons, .wentWell, .contributingFactors].contains(role) || s.containsAny(LanguageChecker.negativeOutcome) { raw.append(f) }
        if role != .actionItem, role != .timeline, role != .title, Coach.isCommitment(s, role: role), let f = ActionChecker.vague(s, rawHadCode: false) { raw.append(f) }
        // one finding per check per sentence
        var seen = Set<String>()
        raw = raw.filter { seen.insert($0.check).inserted && !($0.check == "blame" && !aside.isEmpty) }
        return aside + raw.map { place($0, in: s) }
    }

    func place(_ r: RawFinding, in s: Sentence) -> Finding {
        let t = s.toks[max(0, min(r.at, s.count - 1))]
        let why = CoachCatalogue.info(r.check)?.why ?? ""
        return Finding(check: r.check, message: r.message, why: why, better: r.better, line: t.line + 1, column: t.col + 1, excerpt: r.excerpt)
    }

    static func make(_ check: String, _ message: String, better: String, line: Int, column: Int = 1, excerpt: String) -> Finding {
        Finding(check: check, message: message, why: CoachCatalogue.info(check)?.why ?? "", better: better, line: line, column: column, excerpt: excerpt)
    }

    // MARK: 5 Whys

    /// Coaches a 5 Whys chain: fewer than three answers, a chain that ends at a person, and the language of each answer.
    /// Lines: the problem (if any) is line 1, then one line per answer.
    public func review(whys: WhyChain) -> [Finding] {
        var out: [Finding] = []
        let base = whys.problem == nil ? 0 : 1
        let answers = whys.becauses.map { $0.trimmed }.filter { !$0.isEmpty }
        for (i, b) in answers.enumerated() {
            for var f in review(b, role: .whys) { f.line += base + i; out.append(f) }
        }
        out += chainFindings(answers, lineOf: { base + $0 + 1 }, columnOf: { _ in 1 })
        return out
    }

    func chainFindings(_ answers: [String], lineOf: (Int) -> Int, columnOf: (Int) -> Int) -> [Finding] {
        var out: [Finding] = []
        if answers.count < 3 {
            let last = answers.last ?? ""
            let next = last.isEmpty ? "Why did the problem happen?" : "Why " + Coach.whyQuestion(last)
            out.append(Coach.make("short-whys", answers.isEmpty ? "The 5 Whys has no answers yet; ask why until you reach a process or design gap."
                                  : "The 5 Whys stops after \(answers.count) answer\(answers.count == 1 ? "" : "s"); keep asking why until you reach a process or design gap.",
                                  better: "Ask the next why: “\(next)” — aim for at least 3, usually 5.",
                                  line: lineOf(max(0, answers.count - 1)), column: answers.isEmpty ? 1 : columnOf(answers.count - 1), excerpt: last))
        }
        if let last = answers.last, endsAtPerson(last) {
            out.append(Coach.make("whys-ends-at-person", "The chain ends at what a person did; ask one more why: what allowed that action to have impact?",
                                  better: "Ask: “Why was it possible to \(Coach.actionPhrase(last)) without a safeguard, a check or a review?” and answer with the process or design gap, e.g. “The setup process doesn't include that step.”",
                                  line: lineOf(answers.count - 1), column: columnOf(answers.count - 1), excerpt: last))
        }
        return out
    }

    static func whyQuestion(_ answer: String) -> String {
        var a = answer.trimmedSentence
        for p in ["because ", "Because ", "→ ", "-> "] where a.hasPrefix(p) { a = String(a.dropFirst(p.count)) }
        return a.lowercasedFirst + "?"
    }

    static func actionPhrase(_ answer: String) -> String {
        var words = answer.trimmedSentence.split(separator: " ").map(String.init)
        if let f = words.first?.lowercased(), f == "because" { words.removeFirst() }
        // drop the person: take from the first verb-ish word
        if let i = words.firstIndex(where: { let w = $0.lowercased(); return Lex.changeVerbs.contains(w) || Lex.failingVerbs.contains(w) || w == "didn't" || w == "forgot" }) {
            var rest = Array(words[i...])
            if ["didn't", "forgot", "failed", "neglected"].contains(rest[0].lowercased()) { rest.removeFirst(); if rest.first == "to" { rest.removeFirst() } ; return "skip " + (rest.isEmpty ? "this step" : rest.joined(separator: " ").lowercased().replacingFirst("not ", with: "")) }
            rest[0] = English.base(rest[0].lowercased())
            return rest.joined(separator: " ")
        }
        return "make this error"
    }

    func endsAtPerson(_ text: String) -> Bool {
        let toks = Tokenizer.tokenize(Coach.segments(of: text))
        guard let s = Tokenizer.sentences(toks).map(Sentence.init).last else { return false }
        let c = checker
        if !c.blame(s, role: .whys).isEmpty { return true }
        if c.loaded(s).contains(where: { ["forgot", "forgotten", "mistake", "mistakes", "careless", "carelessness"].contains($0.excerpt.lowercased()) || $0.excerpt.lowercased().contains("mistake") }) { return true }
        for p in LanguageChecker.strongSurface where s.find(p) != nil { return true }
        if s.containsAny(["typo", "mistyped", "fat-fingered", "fat-finger"]) && !s.containsAny(["validation", "lack", "lacks", "no", "without", "didn't", "doesn't"]) { return true }
        // "Because the engineer ran the script" — a person as the subject of the last answer
        var k = 0
        while k < s.count {
            if let a = c.finder.agent(s, at: k) {
                if a.strength == .strong || a.strength == .they {
                    var j = a.end + 1
                    while j < s.count, s.isWord(j), LanguageChecker.auxWords.contains(s.w[j]) || Lex.blameAdverbs.contains(s.w[j]) || s.w[j].hasSuffix("n't") { j += 1 }
                    if j < s.count, s.isWord(j), !Lex.omissionExempt.contains(s.w[j]), !["was", "were", "is", "are"].contains(s.w[a.end + 1 < s.count ? a.end + 1 : a.end]) {
                        return true
                    }
                }
                k = a.end + 1; continue
            }
            k += 1
        }
        return false
    }

    // MARK: actions

    /// Coaches the action list: vague items, missing owner or due date, and more than ten items.
    /// Line N is the Nth item. A missing due date is fine when a priority is given: its SLA sets the date.
    public func review(actions: [ActionItem]) -> [Finding] {
        var out: [Finding] = []
        for (i, a) in actions.enumerated() {
            for var f in review(a.what, role: .actionItem) { f.line += i; out.append(f) }
            out += structure(what: a.what, hasOwner: !(a.owner ?? "").trimmed.isEmpty, hasDue: a.due != nil || a.priority != nil, line: i + 1, column: 1)
        }
        if let f = tooMany(actions.count, line: 11) { out.append(f) }
        return out
    }

    func structure(what: String, hasOwner: Bool, hasDue: Bool, line: Int, column: Int) -> [Finding] {
        var out: [Finding] = []
        let short = what.trimmedSentence
        if !hasOwner {
            out.append(Coach.make("action-owner", "This action item has no owner; actions without owners don't get done.",
                                  better: "Give it one owner: “\(short) | <owner> | P2 | YYYY-MM-DD”.", line: line, column: column, excerpt: short))
        }
        if !hasDue {
            out.append(Coach.make("action-due", "This action item has no due date or priority; actions without deadlines don't get done.",
                                  better: "Add a date or a priority whose SLA sets one (P1 1 week, P2 2 weeks, P3 1 month): “\(short) | \(hasOwner ? "<owner>" : "<owner>") | P2 | YYYY-MM-DD”.",
                                  line: line, column: column, excerpt: short))
        }
        return out
    }

    func tooMany(_ n: Int, line: Int, column: Int = 1) -> Finding? {
        guard n > 10 else { return nil }
        return Coach.make("too-many-actions", "There are \(n) action items; more than 10 suggests a lack of prioritisation (3–5 is typical).",
                          better: "Keep the 3–5 with the most impact on recurrence, detection and response; move the other \(n - 5) to the team backlog with a link from here.",
                          line: line, column: column, excerpt: "\(n) action items")
    }

    // MARK: timeline

    /// Coaches the timeline: out-of-order entries, missing detection or resolution, and gaps over an hour.
    /// Line N is the Nth entry.
    public func review(timeline: [TimelineEntry]) -> [Finding] {
        timelineFindings(timeline.map { TimelinePoint(at: $0.at.secondsSinceEpoch, text: $0.text, milestone: $0.milestone, hasDate: true) },
                         lineOf: { $0 + 1 }, columnOf: { _ in 1 })
    }

    struct TimelinePoint { var at: Int64; var text: String; var milestone: Milestone?; var hasDate: Bool }

    static let detectedWords: [String] = ["detected", "detect", "detection", "alert fired", "alarm fired", "alert triggered", "alarm triggered",
        "paged", "page sent", "alerted", "noticed", "reported", "first report", "first user", "user report", "customer report", "ticket",
        "alert", "alarm", "pagerduty", "opsgenie", "#detected", "#acknowledged", "acknowledged", "spotted", "discovered", "observed", "notice"]
    static let resolvedWords: [String] = ["resolved", "resolution", "recovered", "recovery", "restored", "back to normal", "normalized",
        "normalised", "all clear", "all-clear", "fixed", "closed", "healthy", "mitigated", "#resolved", "#mitigated", "returned to normal",
        "stable", "stabilized", "stabilised", "issue resolved", "service restored", "rollback completed", "complete", "completed", "confirmed"]

    static func infers(_ words: [String], in text: String) -> Bool {
        let t = text.lowercased()
        return words.contains { t.contains($0) }
    }

    static func clock(_ secs: Int64, withDate: Bool) -> String {
        let ts = Timestamp(secondsSinceEpoch: secs)
        return withDate ? ts.shortUTC : String(ts.shortUTC.suffix(5))
    }

    func timelineFindings(_ pts: [TimelinePoint], lineOf: (Int) -> Int, columnOf: (Int) -> Int) -> [Finding] {
        var out: [Finding] = []
        guard !pts.isEmpty else { return out }
        var maxAt = pts[0].at
        var resolvedSeen = false
        for i in pts.indices {
            let p = pts[i]
            let withDate = p.hasDate && pts.first.map { Timestamp(secondsSinceEpoch: $0.at).day != Timestamp(secondsSinceEpoch: p.at).day } == true
            if i > 0 {
                let prev = pts[i - 1]
                if p.at < maxAt {
                    out.append(Coach.make("timeline-order", "This entry (\(Coach.clock(p.at, withDate: withDate))) comes before an earlier line (\(Coach.clock(maxAt, withDate: withDate))); the timeline should read in time order.",
                                          better: "Move “\(Coach.clock(p.at, withDate: withDate)) \(p.text.trimmedSentence)” above the entries after it, or correct its time (UTC).",
                                          line: lineOf(i), column: columnOf(i), excerpt: p.text))
                } else if p.at - prev.at > 3600, !resolvedSeen {
                    let mins = (p.at - prev.at) / 60
                    let span = mins >= 120 ? "\(mins / 60) h \(mins % 60) min" : "\(mins) minutes"
                    out.append(Coach.make("timeline-gap", "\(span) pass between \(Coach.clock(prev.at, withDate: false)) and \(Coach.clock(p.at, withDate: false)) with nothing recorded; you may want to say what happened meanwhile.",
                                          better: "Add what happened in between (investigation steps, decisions, waiting on someone), e.g. “\(Coach.clock(prev.at + (p.at - prev.at) / 2, withDate: false)) <what the responders were doing> (source: Slack)”, or note the gap in the data.",
                                          line: lineOf(i), column: columnOf(i), excerpt: p.text))
                }
            }
            maxAt = max(maxAt, p.at)
            if p.milestone == .resolved || p.milestone == .mitigated || (p.milestone == nil && Coach.infers(Coach.resolvedWords, in: p.text) && !p.text.lowercased().contains("deploy")) { resolvedSeen = true }
        }
        let detected = pts.contains { $0.milestone == .detected || $0.milestone == .acknowledged || Coach.infers(Coach.detectedWords, in: $0.text) }
        let resolved = pts.contains { $0.milestone == .resolved || $0.milestone == .mitigated || Coach.infers(Coach.resolvedWords, in: $0.text) }
        if !detected {
            out.append(Coach.make("timeline-milestone", "The timeline doesn't say when the incident was detected; time to detect can't be computed.",
                                  better: "Add the detection moment and mark it, e.g. “14:27 Alert fired (ErrorRateHigh) source: PagerDuty #detected”.",
                                  line: lineOf(0), column: columnOf(0), excerpt: pts[0].text))
        }
        if !resolved {
            out.append(Coach.make("timeline-milestone", "The timeline doesn't say when the incident was resolved; time to resolve can't be computed.",
                                  better: "Add the resolution moment and mark it, e.g. “14:45 Error rate back to baseline, incident resolved #resolved”.",
                                  line: lineOf(pts.count - 1), column: columnOf(pts.count - 1), excerpt: pts[pts.count - 1].text))
        }
        return out
    }
}

extension String {
    func replacingFirst(_ a: String, with b: String) -> String {
        guard hasPrefix(a) else { return self }
        return b + dropFirst(a.count)
    }
}
