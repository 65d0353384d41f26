/// One sentence, ready to be read: quoted and code words left out, helpers to look around.
struct Sentence {
    var toks: [Tok]
    let w: [String]
    let isQuestion: Bool
    let firstWordIndex: Int
    /// Whether a quoted phrase was left out of the words ("kept replying 'RNG, it happens'").
    let hadQuote: Bool

    init(_ all: [Tok]) {
        isQuestion = all.last?.text == "?"
        hadQuote = all.contains { $0.quoted }
        let kept = all.filter { !$0.quoted && !$0.code }
        toks = kept
        w = kept.map { $0.lower }
        firstWordIndex = kept.firstIndex { $0.kind != .punct } ?? 0
    }

    /// The words after a chat line's time and speaker, read for what they say: "[09:44] <kestrel (staff)> CF per eng: load test
    /// wasn't run", "[20:02] @kai.ops: @dmitri.db didn't bump the pool". Nil when the sentence has no speaker after a time
    /// (or a document comment's author: "Comment — Dave R.: ...").
    var afterChatPrefix: Sentence? {
        var k = 0
        // ("Comment — Dave R.: we need to call out ...": a document comment's author, read like a chat speaker)
        if ["comment", "reply", "suggestion"].contains(word(0) ?? ""), ["—", "–", "-", "by", "from"].contains(word(1) ?? ""),
           let c = toks[2...].prefix(5).firstIndex(where: { $0.text == ":" }), c > 2, toks[2..<c].allSatisfy({ $0.isCapitalized || $0.text == "." }), c + 1 < count {
            return toks[(c + 1)...].contains(where: { $0.kind == .word }) ? Sentence(Array(toks[(c + 1)...])) : nil
        }
        if toks.first?.text == "[", let c = toks.firstIndex(where: { $0.text == "]" }), c <= 5,
           toks[1..<c].contains(where: { $0.hasDigit && $0.text.contains(":") }) { k = c + 1 }
        else if let t = toks.first, t.hasDigit, t.text.contains(":"), t.text.first?.isNumber == true { k = 1 }
        else { return nil }
        if word(k) == "-" { k += 1 }
        guard k < count else { return nil }
        if word(k) == "<", let e = toks[k...].firstIndex(where: { $0.text == ">" }), e - k <= 6 { k = e + 1 }
        else if toks[k].text.hasPrefix("@"), toks[k].text.count > 1 { k += word(k + 1) == ":" ? 2 : 1 }
        else if isWord(k), word(k + 1) == ":" { k += 2 }
        else if isWord(k), isWord(k + 1), toks[k].isCapitalized, toks[k + 1].isCapitalized, word(k + 2) == ":" { k += 3 }
        else { return nil }
        guard k < count, toks[k...].contains(where: { $0.kind == .word }) else { return nil }
        return Sentence(Array(toks[k...]))
    }

    var count: Int { toks.count }
    func word(_ i: Int) -> String? { i >= 0 && i < toks.count ? w[i] : nil }
    func isWord(_ i: Int) -> Bool { i >= 0 && i < toks.count && toks[i].kind != .punct }
    func isPunct(_ i: Int) -> Bool { i >= 0 && i < toks.count && toks[i].kind == .punct }
    func isSentenceStart(_ i: Int) -> Bool {
        if i <= firstWordIndex { return true }
        // after a colon, a bullet mark, a new segment or an opening bracket
        if toks[i].segmentStart { return true }
        let p = toks[i - 1]
        return p.kind == .punct && (p.text == ":" || p.text == "-" || p.text == "*" || p.text == "(" || p.text == "—" || p.text == "|" || p.text == ">" || p.text == "→")
    }
    /// Is `i` at a clause boundary (punctuation other than an apostrophe, or a clause word)?
    func isBoundary(_ i: Int) -> Bool {
        guard i >= 0, i < toks.count else { return true }
        if toks[i].kind == .punct { return ![ "'", "%", "$", ">", "<", "=", "/", "#", "&", "+" ].contains(toks[i].text) }
        return Lex.clauseBreakers.contains(w[i])
    }
    func contains(_ s: String) -> Bool { w.contains(s) }
    func containsAny(_ s: Set<String>) -> Bool { w.contains { s.contains($0) } }
    func index(of s: String, from: Int = 0) -> Int? {
        guard from < w.count else { return nil }
        return w[from...].firstIndex(of: s)
    }
    /// Does the phrase (space-separated words) start at `i`?
    /// Token indices from `a` up to (not including) `b`, clamped to the sentence: never a trapping range.
    func span(_ a: Int, _ b: Int) -> Range<Int> {
        let lo = max(0, min(a, count))
        return lo..<max(lo, min(b, count))
    }
    func has(_ phrase: String, at i: Int) -> Bool {
        let parts = phrase.split(separator: " ")
        guard i >= 0, i + parts.count <= w.count else { return false }
        for (k, p) in parts.enumerated() where w[i + k] != p { return false }
        return true
    }
    func find(_ phrase: String) -> Int? {
        guard !w.isEmpty else { return nil }
        for i in 0..<w.count where has(phrase, at: i) { return i }
        return nil
    }
    /// Is one of the few words before `i` a negation?
    func negated(before i: Int, within n: Int = 3) -> Bool {
        var k = i - 1
        var seen = 0
        while k >= 0, seen < n {
            if isPunct(k), toks[k].text != "'" { return false }
            let x = w[k]
            if Lex.negations.contains(x) || x.hasSuffix("n't") || x == "without" || x == "nobody" || x == "none" { return true }
            k -= 1; seen += 1
        }
        return false
    }
    /// A number other than a clock time: "10:03 — Error rates climb sharply" states no quantity.
    /// Numbers that name rather than count: a time, an IP or version, a year, an HTTP status, `us-east-1`, `ec2`, `oauth2`.
    var hasQuantity: Bool { hasQuantity(countingWords: true) }
    /// A count, duration, share or amount; with `countingWords: false` only one written in digits or with % or a currency.
    func hasQuantity(countingWords: Bool) -> Bool {
        let months: Set<String> = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december"]
        let units: Set<String> = ["k", "m", "b", "x", "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "d", "gb", "mb", "tb", "kb", "pb", "%", "rps", "qps", "th", "st", "nd", "rd"]
        // two clock times, or "until 14:05", bound a duration
        // ("from 8am to noon CET": a time of day written with am/pm, or noon and midnight, is a clock time too)
        let clocks = toks.indices.filter { i in toks[i].kind == .number && (toks[i].text.contains(":") || i + 1 < w.count && ["am", "pm"].contains(w[i + 1]))
            || toks[i].hasDigit && (w[i].hasSuffix("am") || w[i].hasSuffix("pm")) && w[i].dropLast(2).allSatisfy(\.isNumber) || ["noon", "midnight"].contains(w[i]) }
        if clocks.count >= 2 || clocks.contains(where: { c in (max(0, c - 4)..<c).contains { ["until", "till", "through", "between"].contains(w[$0]) } }) { return true }
        var namingNumber: Int? = nil
        for (i, t) in toks.enumerated() {
            let next = i + 1 < toks.count ? w[i + 1] : ""
            // "lasted about an hour", "down for a day": one unit is a duration
            if ["a", "an"].contains(w[i]), ["second", "minute", "hour", "day", "week", "month"].contains(next) { return true }
            // "Chrome 109", "Windows 7", "version 27.0": a version names a release, it counts nothing
            // ("GBP 1.2bn", "USD 40,000": a currency code before an amount names nothing)
            let currencyCodes: Set<String> = ["gbp", "usd", "eur", "aud", "cad", "nzd", "inr", "jpy", "chf", "zar", "ngn", "sgd", "hkd", "sek", "nok", "dkk", "brl", "mxn", "kes", "ghs"]
            // ("After the 5.2 update", "the 4.12 release": a number before a release word names it)
            if t.kind == .number, t.text.contains("."), ["update", "release", "upgrade", "patch", "build", "firmware", "version", "rollout", "app"].contains(next) { namingNumber = i; continue }
            if t.kind == .number, i > 0, !isSentenceStart(i - 1), toks[i - 1].isCapitalized && !months.contains(w[i - 1]) && !currencyCodes.contains(w[i - 1]) || ["version", "release", "v", "build", "patch"].contains(w[i - 1]) { namingNumber = i; continue }
            // "1.2 The stoppage resulted in ...", "5.3 The servicer's developers ...": a section number counts nothing
            // (not "1.4 TB of analytics events": a unit in capitals)
            if t.kind == .number, i == 0, t.text.contains("."), t.text.split(separator: ".").count == 2, i + 1 < toks.count, toks[i + 1].isCapitalized, !toks[i + 1].isAllCaps, w[i + 1].count >= 3 { continue }
            // "3/ Honestly it was brutal ...": a thread's post number counts nothing
            if t.kind == .number, i <= 1, t.text.hasSuffix("/") || next == "/" && !(i + 2 < toks.count && toks[i + 2].kind == .number) { continue }
            // "off berth 4", "on platform 2", "checklist item 7": a number that names a place or a step counts nothing
            if t.kind == .number, i > 0, t.text.allSatisfy(\.isNumber), ["berth", "gate", "platform", "terminal", "dock", "bay", "pier", "ward", "lane", "track", "floor", "room", "step", "phase", "item", "stage", "wave", "tier", "rack", "row", "aisle", "building", "level", "sprint",
                "line", "lines", "route", "routes", "zone", "zones", "berths", "gates", "platforms", "terminals", "wards", "lanes", "tracks", "floors", "rooms", "steps", "items", "stages", "sites"].contains(w[i - 1]) { namingNumber = i; continue }
            // ("Lines 2 and 3", "gates 4, 5 and 6": the rest of a list of names)
            if t.kind == .number, let n = namingNumber, i - n <= 2, i > 0, ["and", "or", ",", "&", "to"].contains(w[i - 1]), t.text.allSatisfy(\.isNumber) { namingNumber = i; continue }
            // "the 40-minute acute phase", "a 5-hour window": a hyphenated duration
            if t.hasDigit || t.kind == .number {
                let parts = w[i].split(separator: "-")
                if parts.count == 2, parts[0].allSatisfy(\.isNumber), ["second", "seconds", "minute", "minutes", "min", "hour", "hours", "hr", "day", "days", "week", "weeks", "month", "months"].contains(String(parts[1])) { return true }
            }
            if t.kind == .number {
                if t.text.contains("-"), t.text.split(separator: "-").allSatisfy({ $0.allSatisfy { $0.isNumber || $0 == "." } }) { return true }
                if t.text.contains(":") || ["utc", "gmt", "am", "pm", "pdt", "pst", "edt", "est", "cet", "cest", "bst"].contains(next) { continue }
                if t.text.filter({ $0 == "." }).count >= 2 { continue }
                let digits = t.text.prefix { $0.isNumber }
                let suffix = t.text.dropFirst(digits.count).lowercased()
                // ("2h50", "4h04", "1h30m": hours and minutes run together)
                if suffix.count >= 2, ["h", "m"].contains(suffix.first!), suffix.dropFirst().allSatisfy({ $0.isNumber || "hms".contains($0) }), suffix.dropFirst().first?.isNumber == true { return true }
                // ("roughly 1/6 of our users": a fraction of a population)
                if suffix.count >= 2, suffix.first == "/", suffix.dropFirst().allSatisfy(\.isNumber), next == "of" { return true }
                if !suffix.isEmpty, !suffix.hasPrefix("."), !suffix.hasPrefix(","), !units.contains(String(suffix)) { continue }
                // "intermittent 502s" are status codes, not 502 seconds
                if suffix == "s", digits.count == 3, let c = Int(digits), (100...599).contains(c) { continue }
                if suffix.isEmpty, digits.count == 4, let y = Int(digits), (1970...2099).contains(y), next != "%" { continue }
                if suffix.isEmpty, digits.count == 3, let c = Int(digits), (100...599).contains(c), ["errors", "error", "responses", "response", "status", "codes", "code", "page", "pages"].contains(next) { continue }
                if i > 0, months.contains(w[i - 1]) || months.contains(next) { continue }
                return true
            }
            // "GBP 1.2bn", "40k", "3.5m": an amount written with its multiplier
            if t.kind == .word && t.hasDigit {
                let digits = w[i].prefix { $0.isNumber || $0 == "." || $0 == "," }
                let rest = w[i].dropFirst(digits.count)
                if !digits.isEmpty, digits.allSatisfy(\.isNumber), rest.count >= 2, rest.first == "h", rest.dropFirst().allSatisfy({ $0.isNumber || "ms".contains($0) }), rest.dropFirst().first?.isNumber == true { return true }
                if !digits.isEmpty, digits.first!.isNumber, ["k", "m", "bn", "mn", "b", "million", "billion", "thousand"].contains(String(w[i].dropFirst(digits.count))) { return true }
                continue
            }
            if t.kind == .punct, t.text == "%" || t.text == "$" || t.text == "€" || t.text == "£" { return true }
            if countingWords, Lex.numberWords.contains(w[i]), !isIdiomNumber(i) { return true }
            // ("a brief outage for about a dozen of our hosted clients": a dozen is twelve; "dozens of" stays vague)
            if w[i] == "dozen", i > 0, ["a", "half"].contains(w[i - 1]) { return true }
            // ("One of the passengers received minor injuries": a count of the people hit)
            if countingWords, w[i] == "one", next == "of", i + 3 < w.count, ["the", "our", "their", "its"].contains(w[i + 2]), Coach.populationNouns.contains(w[i + 3]) || Lex.roles.contains(w[i + 3]) { return true }
            // "for approximately four business days", "two-hour": a number word that measures time is a duration, not a word count
            if Lex.numberWords.contains(w[i]) || Lex.numberWords.contains(String(w[i].split(separator: "-").first ?? "")), !["all", "no", "none", "every", "entire", "whole", "single"].contains(w[i]),
               (i + 1..<min(w.count, i + 3)).contains(where: { ["seconds", "minutes", "hours", "days", "weeks", "months", "minute", "hour", "day", "week"].contains(w[$0]) })
                || ["-minute", "-hour", "-day", "-week"].contains(where: { w[i].hasSuffix($0) }) { return true }
        }
        return false
    }
    /// Number words that count nothing: "not at all", "after all", "charged twice" (how often, not how many).
    func isIdiomNumber(_ i: Int) -> Bool {
        let prev = i > 0 ? w[i - 1] : "", next = i + 1 < w.count ? w[i + 1] : ""
        // a capitalised number word inside a name: "Zero Trust", "Office One"
        if toks[i].isCapitalized, !isSentenceStart(i), i + 1 < toks.count && toks[i + 1].isCapitalized || i > 0 && toks[i - 1].isCapitalized && !isSentenceStart(i - 1) { return true }
        switch w[i] {
        case "third": return ["party", "parties", "-party"].contains(next)
        case "single": return ["point", "sign-on", "source", "region", "zone", "thread", "threaded", "tenant", "pane", "writer"].contains(next)
        case "no", "none":
            // "no customer data was lost" counts (nothing); "there was no alert" does not
            let n2 = i + 2 < w.count ? w[i + 2] : ""
            let counted: Set<String> = ["data", "impact", "loss", "one", "customer", "customers", "user", "users", "requests", "orders",
                "payments", "transactions", "records", "messages", "emails", "errors", "downtime", "outage", "merchants", "accounts"]
            return !(counted.contains(next) || counted.contains(n2) || w[i] == "none" && next == "of")
        // ("came in heavily all night": how long, told as a part of the day, not a count)
        // ("sorry all", "thanks all": the readers greeted, not counted)
        case "all": return ["at", "after", "above", "once", "sorry", "thanks", "thank", "hi", "hey", "hello", "cheers", "morning", "apologies"].contains(prev) || ["along", "clear", "night", "morning", "afternoon", "evening", "weekend"].contains(next)
        case "twice", "double": return prev.hasSuffix("ed") || ["ran", "run", "sent", "paid", "went", "got"].contains(prev)
        case "one": return next == "of" && i + 2 < w.count && ["the", "those", "these", "our"].contains(w[i + 2])
        default: return false
        }
    }
    var hasNumber: Bool {
        for (i, t) in toks.enumerated() {
            if t.kind == .number || (t.kind == .word && t.hasDigit) { return true }
            if t.kind == .punct, t.text == "%" || t.text == "$" || t.text == "€" || t.text == "£" { return true }
            if Lex.numberWords.contains(w[i]), !isIdiomNumber(i) { return true }
        }
        return false
    }
    /// The original words from `a` to `b` (inclusive), punctuation attached.
    func text(_ a: Int, _ b: Int) -> String {
        guard a <= b, a >= 0, b < toks.count else { return "" }
        var s = ""
        for i in a...b {
            let t = toks[i]
            if t.text.isEmpty { continue }
            if !s.isEmpty, !(t.kind == .punct && [",", ".", ":", ";", "!", "?", ")", "%"].contains(t.text)),
               !(i > a && toks[i - 1].kind == .punct && ["(", "$", "#"].contains(toks[i - 1].text)) {
                s += " "
            }
            s += t.text
        }
        return s
    }
    var fullText: String { text(0, toks.count - 1) }
    /// The text from `i` to the end of its clause (exclusive of the end punctuation).
    func rest(from i: Int, stopAtClause: Bool = true) -> String {
        var j = i
        while j < toks.count {
            if toks[j].kind == .punct, [".", "!", "?", ";", ","].contains(toks[j].text) { break }
            if stopAtClause, j > i, ["because", "which", "but", "so", "since", "although", "while"].contains(w[j]) { break }
            j += 1
        }
        return text(i, j - 1)
    }
    var endIndexBeforeFinalPunct: Int {
        var e = toks.count - 1
        while e > 0, toks[e].kind == .punct { e -= 1 }
        return e
    }
}

extension String {
    var capitalizedFirst: String { guard let f = first else { return self }; return f.uppercased() + dropFirst() }
    /// The pronoun as an object, for messages: "This names them as the cause", not "names they".
    var asObject: String { ["they": "them", "we": "us", "he": "him", "she": "her", "i": "me", "I": "me", "They": "them", "We": "us", "He": "him", "She": "her"][self] ?? self }
    /// The possessive, for messages: "makes their refusal the cause", not "they's".
    var possessive: String { ["they": "their", "we": "our", "he": "his", "she": "her", "i": "my", "I": "my", "They": "their", "We": "our", "He": "his", "She": "her"][self] ?? (hasSuffix("s") && !hasSuffix("ss") && !hasSuffix("'s") ? self + "'" : self + "'s") }
    var lowercasedFirst: String {
        guard let f = first else { return self }
        // keep acronyms and names
        if count > 1, let s = dropFirst().first, s.isUppercase { return self }
        return f.lowercased() + dropFirst()
    }
    var trimmedSentence: String {
        var s = trimmed
        while let l = s.last, l == "." || l == "!" || l == ";" || l == "," { s.removeLast() }
        return s
    }
}

/// Small English helpers for building better phrasings.
enum English {
    static let irregularPast: [String: String] = [
        "ran": "run", "broke": "break", "took": "take", "brought": "bring", "wrote": "write", "forgot": "forget", "made": "make",
        "set": "set", "put": "put", "chose": "choose", "sent": "send", "shut": "shut", "blew": "blow", "knew": "know", "saw": "see",
        "did": "do", "went": "go", "began": "begin", "overwrote": "overwrite", "misread": "misread", "reset": "reset", "cut": "cut",
        "hit": "hit", "gave": "give", "left": "leave", "kept": "keep", "led": "lead", "got": "get", "re-ran": "re-run", "reran": "rerun",
        "caught": "catch", "found": "find", "thought": "think", "told": "tell", "built": "build", "held": "hold", "paid": "pay", 
        "understood": "understand", "lost": "lose", "spent": "spend", "meant": "mean", "said": "say", "read": "read",
        "overrode": "override", "withdrew": "withdraw", "froze": "freeze", "dug": "dig", "drove": "drive", "threw": "throw", "tore": "tear",
    ]
    static let irregularParticiple: [String: String] = [
        "catch": "caught", "find": "found", "think": "thought", "tell": "told", "build": "built", "hold": "held", "pay": "paid",
        "understand": "understood", "lose": "lost", "spend": "spent", "mean": "meant", "say": "said", "lead": "led", "leave": "left",
        "run": "run", "break": "broken", "take": "taken", "bring": "brought", "write": "written", "forget": "forgotten", "make": "made",
        "set": "set", "put": "put", "choose": "chosen", "send": "sent", "shut": "shut", "blow": "blown", "know": "known", "see": "seen",
        "do": "done", "go": "gone", "begin": "begun", "overwrite": "overwritten", "reset": "reset", "give": "given", "keep": "kept",
        "get": "gotten", "rerun": "rerun", "re-run": "re-run", "read": "read", "cut": "cut", "hit": "hit",
        "override": "overridden", "withdraw": "withdrawn", "freeze": "frozen",
    ]
    static let irregularParticiples: Set<String> = Set(irregularParticiple.values).union(["been", "had", "shown", "won", "stuck", "hung",
        "spotted", "bought", "fought", "sought", "taught", "struck", "dealt", "felt", "slept", "swept", "woken", "ridden", "hidden", "fallen", "spread", "set", "put", "split", "shut", "cut"])
    static let eStems: Set<String> = ["delet", "complet", "configur", "updat", "creat", "us", "chang", "merg", "releas", "remov",
        "disabl", "enabl", "execut", "introduc", "mov", "replac", "renam", "resiz", "terminat", "toggl", "purg", "typ", "wip", "clos",
        "approv", "receiv", "issu", "provid", "rotat", "migrat", "promot", "escalat", "validat", "automat", "schedul", "stag", "generat",
        "overwrit", "writ", "continu", "caus", "decid", "ignor", "manag", "not", "restor", "revok", "tak", "mak", "analyz", "archiv",
        "diagnos", "acknowledg", "declar", "pag", "rebas", "revers", "scal", "serv", "sav", "shar", "stor", "trac", "truncat", "us"]
    /// "was" or "were", agreeing with the last word of a noun phrase: "the wrong pods were".
    static func be(for nounPhrase: String) -> String {
        let head = nounPhrase.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return LanguageChecker.isPluralNoun(head) || ["them", "they", "these", "those"].contains(head) ? "were" : "was"
    }
    /// `deployed` → `deploy`, `ran` → `run`, `tested` → `test`, `restarting` → `restart`.
    static func base(_ v: String) -> String {
        if let p = pastOfGerund[v] { return baseOfPast(p) }
        return baseOfPast(v)
    }
    private static func baseOfPast(_ v: String) -> String {
        if let b = irregularPast[v] { return b }
        if v.hasSuffix("ied"), v.count > 4 { return String(v.dropLast(3)) + "y" }
        if v.hasSuffix("ed"), v.count > 3 {
            let stem = String(v.dropLast(2))
            if eStems.contains(stem) { return stem + "e" }
            if let l = stem.last, let p = stem.dropLast().last, l == p, !"lsz".contains(l) { return String(stem.dropLast()) }
            return stem
        }
        return v
    }
    /// `appointing` → `appoint`, `writing` → `write`, `stopping` → `stop`: the base of any gerund, known verb or not.
    static func baseOfGerund(_ g: String) -> String {
        if let p = pastOfGerund[g] { return baseOfPast(p) }
        guard g.hasSuffix("ing"), g.count > 5 else { return g }
        let stem = String(g.dropLast(3))
        if eStems.contains(stem) { return stem + "e" }
        // "stopping" → "stop", "running" → "run"; but "adding" → "add"
        let cs = Array(stem), vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if cs.count >= 4, cs[cs.count - 1] == cs[cs.count - 2], !"lsz".contains(cs[cs.count - 1]), vowels.contains(cs[cs.count - 3]), !vowels.contains(cs[cs.count - 4]) { return String(stem.dropLast()) }
        return stem
    }
    /// "Appointing an incident manager", "Adding a canary": a gerund that opens a sentence and takes an object, i.e. an act.
    /// ("During the rollout", "Nothing in our tooling", "Existing monitoring" are not.)
    static func opensWithAct(_ s: Sentence) -> Bool {
        let f = s.firstWordIndex
        guard f < s.count, s.w[f].hasSuffix("ing"), s.w[f].count > 5,
              !["during", "nothing", "something", "anything", "everything", "existing", "being", "according", "including", "following",
                "pending", "morning", "evening", "string", "thing", "spring", "remaining", "missing", "outstanding", "interesting", "ongoing"].contains(s.w[f]) else { return false }
        return ["a", "an", "the", "some", "any", "our", "more", "an", "proper", "better", "extra", "additional", "automated", "regular"].contains(s.word(f + 1) ?? "")
    }
    /// `test` → `testing`, `run` → `running`, `make` → `making`.
    static func gerund(_ b: String) -> String {
        if b.hasSuffix("ing") { return b }
        // "rerun" → "rerunning", like "run"
        if b.hasPrefix("re"), b.count > 4, ["run", "set", "put", "cut"].contains(String(b.dropFirst(2))) { return "re" + gerund(String(b.dropFirst(2))) }
        if b.hasSuffix("ie") { return String(b.dropLast(2)) + "ying" }
        if b.hasSuffix("e"), !b.hasSuffix("ee"), b.count > 2 { return String(b.dropLast()) + "ing" }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let cs = Array(b)
        if cs.count >= 3, cs.count <= 4, !vowels.contains(cs[cs.count - 1]), vowels.contains(cs[cs.count - 2]), !vowels.contains(cs[cs.count - 3]),
           !"wxy".contains(cs[cs.count - 1]) {
            return b + String(cs[cs.count - 1]) + "ing"
        }
        return b + "ing"
    }
    /// `restarting` → `restarted`, `running` → `ran`: the past form of a gerund, for the verbs the coach knows.
    static func past(ofGerund g: String) -> String? { pastOfGerund[g] }
    private static let pastOfGerund: [String: String] = {
        var out: [String: String] = [:]
        for v in Lex.changeVerbs.union(Lex.failingVerbs).union(LanguageChecker.actVerbs) where !v.hasSuffix("s") || v.hasSuffix("ss") {
            let g = gerund(baseOfPast(v))
            if out[g] == nil { out[g] = v }
        }
        return out
    }()
    /// `signs` → `signed`, `leaves` → `left`, `keeps` → `kept`: the past of a verb the coach knows, written in a timeline's present.
    static func past(ofPresent v: String) -> String? {
        guard v.hasSuffix("s"), !v.hasSuffix("ss"), v.count > 3 else { return nil }
        var bases = [String(v.dropLast())]
        if v.hasSuffix("ies") { bases.append(String(v.dropLast(3)) + "y") }
        if v.hasSuffix("es") { bases.append(String(v.dropLast(2))) }
        let known = Lex.changeVerbs.union(Lex.failingVerbs).union(LanguageChecker.actVerbs)
        for b in bases {
            if let p = irregularPastOfBase[b] { return p }
            if let p = pastOfBase[b] { return p }
            if LanguageChecker.humanVerbs.contains(b) || ["sign", "admit", "confirm", "approve", "ignore", "skip", "wait", "decide", "accept", "allow", "override", "close", "mark"].contains(b) {
                return b.hasSuffix("e") ? b + "d" : b + "ed"
            }
            for p in [b + "ed", b + "d", String(b.dropLast()) + "ied"] where known.contains(p) { return p }
        }
        return nil
    }
    private static let irregularPastOfBase: [String: String] = Dictionary(irregularPast.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    /// `acknowledged`, `saw`: a past form (regular, or one the coach knows).
    static func isPast(_ v: String) -> Bool { v.hasSuffix("ed") && v.count > 4 || irregularPast[v] != nil }
    /// `run` → `ran`, `push` → `pushed`: the past of a change verb written in its base form.
    static func past(ofBase b: String) -> String? { pastOfBase[b] }
    private static let pastOfBase: [String: String] = {
        var out: [String: String] = [:]
        for v in Lex.changeVerbs where v != baseOfPast(v) { out[baseOfPast(v)] = out[baseOfPast(v)] ?? v }
        return out
    }()
    /// `overridden` → `overrode`, `changed` → `changed`: the simple past of a participle after "has"/"had".
    static func past(ofParticiple p: String) -> String? {
        if p.hasSuffix("ed") { return p }
        return pastOfParticiple[p]
    }
    private static let pastOfParticiple: [String: String] = {
        var out: [String: String] = [:]
        for (past, b) in irregularPast { if let pp = irregularParticiple[b] { out[pp] = out[pp] ?? past } }
        return out
    }()
    /// `run` → `run`, `deploy` → `deployed`, `drop` → `dropped`.
    static func participle(ofPast v: String) -> String {
        let v = pastOfGerund[v] ?? v
        let b = base(v)
        if let p = irregularParticiple[b] { return p }
        return v.hasSuffix("ed") ? v : b + "ed"
    }
}
