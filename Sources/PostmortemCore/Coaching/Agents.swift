/// Who (if anyone) a noun phrase names: a person, a role, a pronoun.
struct Agent {
    enum Strength { case strong, weak, they, we, i }
    var start: Int
    var end: Int
    var strength: Strength
    var isBlameable: Bool { strength == .strong || strength == .weak || strength == .they }
}

struct AgentFinder {
    var people: Set<String>

    static let needsModifier: Set<String> = ["team", "squad", "support", "lead", "leads", "owner", "owners", "member", "members", "hire",
        "human", "humans", "person", "individual", "individuals", "guy", "guys", "folks", "senior", "junior", "dev", "devs", "author",
        "architect", "architects", "newcomer", "committer", "approver", "deployer", "qa", "tester", "testers", "ops"]
    static let systemRoleWords: Set<String> = ["operator", "operators", "owner", "owners", "lead", "admin", "author", "support", "member", "members"]
    static let determiners: Set<String> = ["the", "a", "an", "our", "one", "their", "that", "this", "another", "same", "new", "his", "her",
        "my", "your", "any", "each", "every", "two", "three", "some", "several"]

    func isNameLike(_ t: Tok) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.hasDigit else { return false }
        for c in t.base where !(c.isLetter || c == "-" || c == "'") { return false }
        return !Lex.nonPeople.contains(t.base)
    }

    /// Is the word at `k` the start of a person-naming noun phrase?
    func agent(_ s: Sentence, at k: Int) -> Agent? {
        guard s.isWord(k) else { return nil }
        let t = s.toks[k]
        if t.isPossessive { return nil }
        let x = t.lower
        switch x {
        case "he", "she", "someone", "somebody":
            return Agent(start: k, end: k, strength: .strong)
        case "whoever":
            return Agent(start: k, end: relativeEnd(s, from: k + 1), strength: .strong)
        case "they":
            return Agent(start: k, end: k, strength: .they)
        case "we":
            return Agent(start: k, end: k, strength: .we)
        case "i" where t.text == "I":
            return Agent(start: k, end: k, strength: .i)
        default: break
        }
        if x.hasPrefix("@"), x.count > 1, !x.contains(".") { return Agent(start: k, end: k, strength: .strong) }
        if Lex.roles.contains(x) { return role(s, at: k) }
        guard isNameLike(t) else {
            // initials: "YP", "JD"
            if t.kind == .word, t.isAllCaps, (2...3).contains(t.text.count), !Lex.nonPeople.contains(x), !t.hasDigit,
               !s.isSentenceStart(k) || s.word(k + 1).map({ !Lex.nonPeople.contains($0) }) == true,
               people.contains(x) || s.isWord(k + 1) {
                return Agent(start: k, end: k, strength: people.contains(x) ? .strong : .weak)
            }
            return nil
        }
        if s.word(k + 1).map({ $0.first?.isNumber == true }) == true { return nil }  // "Jan 5", "Build 42"
        var end = k
        func extendSurname() {
            if k + 1 < s.count, isNameLike(s.toks[k + 1]), !s.isSentenceStart(k + 1) { end = k + 1 }
        }
        if people.contains(x) || Lex.firstNames.contains(x) {
            extendSurname()
            return Agent(start: k, end: end, strength: .strong)
        }
        if t.isAllCaps { return (2...3).contains(t.text.count) && s.isWord(k + 1) ? Agent(start: k, end: k, strength: .weak) : nil }
        if !s.isSentenceStart(k) {
            if k > 0, s.isWord(k - 1), s.toks[k - 1].isCapitalized, !s.isSentenceStart(k - 1) || Lex.firstNames.contains(s.w[k - 1]) {
                return nil // the second word of a multi-word proper noun is handled from its first word
            }
            extendSurname()
            if people.contains(s.w[end]) { return Agent(start: k, end: end, strength: .strong) }
            return Agent(start: k, end: end, strength: .weak)
        }
        // sentence-initial unknown capitalised word: only "First Last"
        if k + 1 < s.count, isNameLike(s.toks[k + 1]), !s.toks[k + 1].isAllCaps {
            let strong = people.contains(s.w[k + 1])
            return Agent(start: k, end: k + 1, strength: strong ? .strong : .weak)
        }
        return nil
    }

    func role(_ s: Sentence, at k: Int) -> Agent? {
        let x = s.w[k]
        let prev = s.word(k - 1)
        if let p = prev, p == "no" || p == "every" || p == "any" || p == "each" { return nil }
        if k > 0, s.isWord(k - 1), !AgentFinder.determiners.contains(s.w[k - 1]), !s.isSentenceStart(k - 1), Lex.nonPeople.contains(s.w[k - 1]), s.toks[k - 1].isCapitalized || s.toks[k - 1].isAllCaps,
           AgentFinder.systemRoleWords.contains(x) {
            return nil // "the Postgres operator"
        }
        if AgentFinder.needsModifier.contains(x), !(s.isSentenceStart(k) && ["ops", "support", "qa", "devs", "dev", "testers"].contains(x)) {
            guard let p = prev, s.isWord(k - 1), !s.isBoundary(k - 1), !Lex.changeVerbs.contains(p), !Lex.skipAdverbs.contains(p) || AgentFinder.determiners.contains(p)
            else { return nil }
            if x == "support", let n = s.word(k + 1), ["for", "of", "ticket", "tickets", "request", "requests"].contains(n) { return nil }
        }
        var end = k
        if s.has("on call", at: k + 1) || s.has("on duty", at: k + 1) || s.has("on shift", at: k + 1) || s.has("on rotation", at: k + 1) {
            end = k + 2
        } else if s.word(k + 1) == "on-call" {
            end = k + 1
        } else if s.has("who was on call", at: k + 1) || s.has("who was on-call", at: k + 1) {
            end = k + (s.has("who was on call", at: k + 1) ? 4 : 3)
        } else if let n = s.word(k + 1), ["from", "on", "in", "at", "of"].contains(n) {
            var j = k + 2
            while j < min(s.count, k + 6), s.isWord(j) {
                if ["team", "squad", "group", "rotation", "org", "organization", "department"].contains(s.w[j]) { end = j; break }
                j += 1
            }
        } else if let n = s.word(k + 1), ["team", "squad", "group", "member", "members", "lead", "manager", "engineer", "engineers"].contains(n) {
            end = k + 1
        }
        // "the person who deployed the change didn't test it": skip the relative clause
        if s.word(end + 1) == "who" { end = relativeEnd(s, from: end + 2) }
        var st = k
        var back = 0
        while st - 1 >= 0, back < 3, s.isWord(st - 1), !s.isBoundary(st - 1) {
            let p = s.w[st - 1]
            if Lex.skipAdverbs.contains(p) || Lex.changeVerbs.contains(p) || Lex.failingVerbs.contains(p) || Lex.negations.contains(p) || p.hasSuffix("n't") { break }
            st -= 1; back += 1
            if AgentFinder.determiners.contains(p) { break }
        }
        return Agent(start: st, end: end, strength: .strong)
    }

    /// The last word of a relative clause ("whoever approved this change | clearly didn't read it").
    func relativeEnd(_ s: Sentence, from i: Int) -> Int {
        var j = i + 1
        while j < min(s.count, i + 9), s.isWord(j) {
            let x = s.w[j]
            if x.hasSuffix("n't") || ["did", "should", "should've", "was", "were", "clearly", "obviously", "never", "failed", "neglected"].contains(x)
                || Lex.failingVerbs.contains(x) || Lex.blameAdverbs.contains(x) { return j - 1 }
            j += 1
        }
        return i - 1
    }

    /// A possessive that names a person: "John's", "the engineer's", "his".
    func possessivePerson(_ s: Sentence, at k: Int) -> Bool {
        guard s.isWord(k) else { return false }
        let t = s.toks[k]
        if t.lower == "his" || t.lower == "her" { return true }
        guard t.isPossessive else { return false }
        let b = t.base
        if Lex.roles.contains(b) || b == "someone" || b == "somebody" { return !AgentFinder.needsModifier.contains(b) || (k > 0 && s.isWord(k - 1)) }
        if b.hasPrefix("@") { return true }
        if t.isCapitalized, !Lex.nonPeople.contains(b) {
            if people.contains(b) || Lex.firstNames.contains(b) { return true }
        }
        return false
    }
}
