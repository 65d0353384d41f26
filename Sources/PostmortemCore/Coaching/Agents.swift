/// Who (if anyone) a noun phrase names: a person, a role, a pronoun.
struct Agent {
    /// `initial`: an unknown capitalised word opening the sentence ("Oluwaseun", "Jürgen"), read as a person only
    /// with unmistakably human verbs.
    /// `outsider`: a customer or client, whose acts are usually the trigger, not the fault: blamed only when the text makes the act
    /// itself the cause ("because the customer kept hammering our API") or the warning it skipped ("without notifying us").
    enum Strength { case strong, weak, initial, they, we, i, outsider }
    var start: Int
    var end: Int
    var strength: Strength
    var isBlameable: Bool { strength == .strong || strength == .weak || strength == .initial || strength == .they }
    /// Weak evidence of a person: blamed only with human verbs.
    var isWeak: Bool { strength == .weak || strength == .initial }
}

struct AgentFinder {
    var people: Set<String>

    static let needsModifier: Set<String> = ["team", "teams", "squad", "support", "lead", "leads", "owner", "owners", "member", "members", "hire",
        "human", "humans", "person", "individual", "individuals", "guy", "guys", "folks", "senior", "junior", "dev", "devs", "author", "department", "dept", "division", "desk",
        "architect", "architects", "newcomer", "op", "super", "tech", "techs", "committer", "approver", "deployer", "qa", "tester", "testers", "ops", "shift", "staff", "personnel", "people", "office"]
    static let systemRoleWords: Set<String> = ["operator", "operators", "owner", "owners", "lead", "admin", "author", "support", "member", "members"]
    static let determiners: Set<String> = ["the", "a", "an", "our", "one", "their", "that", "this", "another", "same", "new", "his", "her", "multiple", "many", "both",
        "my", "your", "any", "each", "every", "two", "three", "some", "several"]

    /// Words that open a person's phrase and stay lower case mid-sentence: "the", "our", "someone", "whoever".
    static func lowerInProse(_ w: String) -> Bool {
        determiners.contains(w) || ["someone", "somebody", "whoever", "anyone", "anybody", "nobody", "everyone"].contains(w)
    }

    func isNameLike(_ t: Tok) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.hasDigit else { return false }
        for c in t.base where !(c.isLetter || c == "-" || c == "'") { return false }
        // camel case names products ("NovaSeq", "GitLab"), not people ("McKenzie", "DeShawn", "O'Brien" keep their shape)
        let inner = t.text.dropFirst().filter(\.isUppercase).count
        if inner > 0, !["Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "O'", "D'"].contains(where: { t.text.hasPrefix($0) }), !t.text.contains("-") { return false }
        return !Lex.nonPeople.contains(t.base)
    }

    /// Is the word at `k` the start of a person-naming noun phrase?
    func agent(_ s: Sentence, at k: Int) -> Agent? {
        guard s.isWord(k) else { return nil }
        let t = s.toks[k]
        if t.isPossessive { return nil }
        let x = t.lower
        // "Quinn Piling Ltd had failed to provide a safe system of work": a firm named with its legal form is a contractor or supplier
        // ("Southern California Gas Company did not conduct detailed follow-up investigations": the firm's own name says what it is)
        if t.isCapitalized, !s.toks[k].isPossessive, let f = s.span(k + 1, k + 5).first(where: { ["ltd", "limited", "inc", "llc", "plc", "gmbh", "pty", "company", "corporation", "corp"].contains(s.w[$0]) && s.toks[$0].isCapitalized && !s.isSentenceStart($0) }),
           s.span(k, f).allSatisfy({ s.isWord($0) && s.toks[$0].isCapitalized && !s.toks[$0].isPossessive }), k == 0 || !s.toks[k - 1].isCapitalized || s.isSentenceStart(k) {
            var end = f
            if s.word(f + 1) == "." { end = f + 1 }
            return Agent(start: k, end: end, strength: .strong)
        }
        switch x {
        case "he", "she":
            return Agent(start: k, end: k, strength: .strong)
        case "someone", "somebody":
            // "someone on the platform team", "somebody from support"
            return Agent(start: k, end: groupTail(s, after: k) ?? k, strength: .strong)
        case "whoever":
            return Agent(start: k, end: relativeEnd(s, from: k + 1), strength: .strong)
        case "they":
            return Agent(start: k, end: k, strength: .they)
        case "we":
            return Agent(start: k, end: k, strength: .we)
        // (lower-case retros write "i didn't run ...": a lone "i" before a verb is the writer)
        case "i" where t.text == "I" || s.word(k + 1).map({ LanguageChecker.auxWords.contains($0) || $0.hasSuffix("n't") || English.isPast($0) || ["am", "was", "had", "have", "think", "guess", "forgot", "pushed", "ran", "made"].contains($0) }) == true:
            return Agent(start: k, end: k, strength: .i)
        default: break
        }
        // ("@dmitri.db", "@kai.ops": a chat handle with a dot; not "@example.com", a domain)
        if x.hasPrefix("@"), x.count > 1, !x.contains(".") || !["com", "io", "org", "net", "dev", "co", "uk", "ai", "app", "edu", "gov"].contains(x.split(separator: ".").last.map(String.init) ?? "") { return Agent(start: k, end: k, strength: .strong) }
        // "one of our developers", "one of the night operators": a person picked out of a role
        // (not an aside after a name: "Tomasz, one of our platform engineers, cleared ...")
        if x == "one", s.word(k + 1) == "of", !(k > 0 && s.w[k - 1] == ","), let d = s.word(k + 2), ["our", "the", "their", "its", "your"].contains(d),
           let r = s.span(k + 3, k + 6).first(where: { s.isWord($0) && Lex.roles.contains(s.w[$0]) && s.w[$0].hasSuffix("s") }),
           s.span(k + 3, r).allSatisfy({ s.isWord($0) && !s.toks[$0].isCapitalized && !["of", "in", "on", "for"].contains(s.w[$0]) }) {
            return Agent(start: k, end: r, strength: .strong)
        }
        // "Customer success promised the client a fix time": a department named after the customer
        if ["customer", "client"].contains(x), let n = s.word(k + 1), ["success", "support", "service", "services", "care", "experience", "operations"].contains(n),
           s.word(k + 2).map({ !["team", "tool", "portal", "queue", "tickets", "ticket", "page", "inbox", "api", "platform", "system"].contains($0) }) ?? false {
            return Agent(start: k, end: k + 1, strength: .strong)
        }
        if ["customer", "customers", "client", "clients"].contains(x), s.isWord(k + 1) {
            let st = k > 0 && s.isWord(k - 1) && ["the", "a", "one", "our", "that", "this", "another", "some", "several"].contains(s.w[k - 1]) ? k - 1 : k
            return Agent(start: st, end: k, strength: .outsider)
        }
        // "Mr. Sharma has changed ...", "Dr Okoye": a title before a surname names a person
        if PersonNames.honorifics.contains(t.text) {
            let n = s.word(k + 1) == "." ? k + 2 : k + 1
            if n < s.count, isNameLike(s.toks[n]), !s.toks[n].isAllCaps {
                var end = n
                if end + 1 < s.count, isNameLike(s.toks[end + 1]), !s.toks[end + 1].isAllCaps { end += 1 }
                return Agent(start: k, end: end, strength: .strong)
            }
        }
        // "one of our engineers made a bad database migration": one person, left unnamed
        // ("one of our mapping engineers shipped a map ...": the role after what they work on)
        if x == "one", s.word(k + 1) == "of", ["our", "the", "their", "your", "my"].contains(s.word(k + 2) ?? ""),
           let r = [k + 3, k + 4].first(where: { s.isWord($0) && Lex.roles.contains(s.w[$0]) && s.w[$0].hasSuffix("s") && ($0 == k + 3 || s.isWord(k + 3) && !Lex.roles.contains(s.w[k + 3]) && !s.toks[k + 3].isPossessive) }) {
            return Agent(start: k, end: r, strength: .strong)
        }
        if Lex.roles.contains(x) || AgentFinder.prefixedRole(x) { return role(s, at: k) }
        // "the senior dosimetrist", "our hygienist", "the statistician": a trade the lists do not hold, known by its suffix;
        // read as a person only with human verbs
        if !t.isCapitalized || s.isSentenceStart(k), AgentFinder.tradeShaped(x), k > 0, s.isWord(k - 1),
           let st = AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : (k > 1 && s.isWord(k - 2) && AgentFinder.determiners.contains(s.w[k - 2]) && !s.isBoundary(k - 1) ? k - 2 : nil) {
            return Agent(start: st, end: k, strength: .weak)
        }
        // "the flight monitor on duty", "the desk officer on shift", "the obs reg on call": whoever holds a post on a shift is a person, whatever the title
        if s.has("on duty", at: k + 1) || s.has("on shift", at: k + 1) || s.has("on call", at: k + 1), !t.isCapitalized || s.isSentenceStart(k), !Lex.nonPeople.contains(x),
           let st = (max(0, k - 3)..<k).last(where: { s.isWord($0) && AgentFinder.determiners.contains(s.w[$0]) }), s.span(st + 1, k).allSatisfy({ s.isWord($0) && !s.isBoundary($0) }) {
            return Agent(start: st, end: k + 2, strength: .weak)
        }
        // "the loading master who did not count the lorries", "the permit issuer, who authorised ...": a title the lists do not hold,
        // told as a person by the "who" after it (not the public: "passengers who", "users who")
        if !t.isCapitalized || s.isSentenceStart(k), s.word(k + 1) == "who" || s.word(k + 1) == "," && s.word(k + 2) == "who", x.count >= 4, !Lex.nonPeople.contains(x),
           !AgentFinder.publicWho.contains(x), !x.hasSuffix("ing"), let n = s.word(s.word(k + 1) == "who" ? k + 2 : k + 3), s.isWord(s.word(k + 1) == "who" ? k + 2 : k + 3),
           !["is", "are", "was", "were", "have", "has", "had"].contains(n) || ["not", "never", "no"].contains(s.word(s.word(k + 1) == "who" ? k + 3 : k + 4) ?? ""),
           let st = (max(0, k - 3)..<k).last(where: { s.isWord($0) && AgentFinder.determiners.contains(s.w[$0]) || s.toks[$0].isPossessive }),
           s.span(st + 1, k).allSatisfy({ s.isWord($0) && !s.isBoundary($0) && !["of", "for", "to", "in", "on", "with", "and", "or"].contains(s.w[$0]) }),
           // (only where the clause or the verb after it tells a failing: "The creator who uploaded the 40 GB file answered support within
           // 10 minutes" is someone helping)
           s.span(k + 2, min(s.count, k + 12)).contains(where: { ["not", "never", "no", "without", "failed", "forgot", "ignored", "sat", "skipped", "refused", "neglected", "overlooked", "left"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) {
            return Agent(start: st, end: s.word(k + 1) == "who" ? relativeEnd(s, from: k + 2) : k, strength: .strong)
        }
        // "the Change Advisory Board approved ...", "the Court Operations Committee": a named body of people
        // ("the Duty Systems Controller elected to ...": a capitalised title)
        if t.isCapitalized, let last = s.span(k, k + 4).first(where: { s.isWord($0) && ["board", "committee", "panel", "controller", "dispatcher", "registrar"].contains(s.w[$0]) && s.toks[$0].isCapitalized }),
           s.span(k, last).allSatisfy({ s.isWord($0) && s.toks[$0].isCapitalized && !s.toks[$0].isPossessive }), !s.toks[last].isPossessive {
            let st = k > 0 && s.isWord(k - 1) && ["the", "our", "its", "their"].contains(s.w[k - 1]) ? k - 1 : k
            return Agent(start: st, end: last, strength: .strong)
        }
        // "the bioinformatics group had merged the parser change ...": a group named after its work, acting (not "the consumer group rebalanced")
        if ["group", "groups"].contains(x), k > 0, ["bioinformatics", "analytics", "research", "design", "product", "platform", "sre", "ops", "support", "web", "mobile", "infra",
            "infrastructure", "networking", "dba", "release", "qa", "billing", "payments", "clinical", "lab", "nursing", "pharmacy", "development", "editorial", "operations"].contains(s.w[k - 1]) || Lex.departments.contains(s.w[k - 1]),
           let n = s.word(k + 1), s.isWord(k + 1), ["had", "has", "was", "were", "did", "didn't", "never", "would", "wouldn't", "refused", "declined"].contains(n) || English.isPast(n) && Lex.changeVerbs.contains(n) {
            let st = k > 1 && AgentFinder.determiners.contains(s.w[k - 2]) ? k - 2 : k - 1
            return Agent(start: st, end: k, strength: .strong)
        }
        // "the duty controller", "the shift controller": a person's title, not a device
        if ["controller", "controllers"].contains(x), k > 0, ["approach", "tower", "ground", "en-route", "sector", "radar", "duty", "shift", "traffic", "signalling", "signaling", "flight", "rail", "line", "area", "network-operations", "night", "day", "evening", "morning", "weekend", "dispatch", "mine", "pit", "control-room", "quality", "operations"].contains(s.w[k - 1]),
           !["network"].contains(s.word(k - 2) ?? "") {
            let st = k > 1 && AgentFinder.determiners.contains(s.w[k - 2]) ? k - 2 : k - 1
            // ("The quality controller of the night did not check ...": the shift after the title)
            if s.has("of the", at: k + 1), ["night", "day", "evening", "morning", "weekend", "late", "early"].contains(s.word(k + 3) ?? "") {
                return Agent(start: st, end: ["shift", "turn"].contains(s.word(k + 4) ?? "") ? k + 4 : k + 3, strength: .strong)
            }
            return Agent(start: st, end: k, strength: .strong)
        }
        // "The light-vehicle driver entered the autonomous zone without clearance": a person at the wheel, not a device driver
        if ["driver", "drivers"].contains(x), k > 0, ["light-vehicle", "vehicle", "truck", "lorry", "hgv", "bus", "van", "delivery", "taxi", "forklift", "tram", "train", "haul-truck", "tanker", "ambulance", "reefer"].contains(s.w[k - 1]) {
            let st = k > 1 && AgentFinder.determiners.contains(s.w[k - 2]) ? k - 2 : k - 1
            return Agent(start: st, end: k, strength: .strong)
        }
        // ("Driver only has switched off the reefer unit at the rest stop": a driver on the road, told by the rest of the sentence)
        if ["driver", "drivers"].contains(x), k == s.firstWordIndex || k > 0 && ["the", "our", "a", "their", "one", "that"].contains(s.w[k - 1]),
           s.w.contains(where: { ["truck", "lorry", "reefer", "vehicle", "van", "bus", "tram", "train", "trailer", "cab", "depot", "delivery", "deliveries", "rest", "route", "haulier", "road", "motorway", "highway", "load", "cargo",
               // ("The driver did not slow sufficiently to avoid losing control": a racing or road driver, by what the car did)
               "car", "track", "lap", "corner", "steering", "braking", "brakes", "oversteer", "understeer", "skid", "overtaking", "speeding", "pedestrian", "junction", "losing"].contains($0) }),
           !s.w.contains(where: { ["kernel", "firmware", "gpu", "nic", "jdbc", "odbc", "device", "printer", "install", "installed", "update", "version", "module"].contains($0) }) {
            return Agent(start: k > 0 && s.w[k - 1] != "," && AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : k, end: k, strength: .strong)
        }
        // "The worker did not isolate the power source ..., resulting in fatal crush injuries": a worker on a site, told by the hazard around them
        if ["worker", "workers"].contains(x), k == s.firstWordIndex || k > 0 && ["the", "a", "one", "that", "two", "both"].contains(s.w[k - 1]),
           s.w.contains(where: { ["injury", "injuries", "injured", "crush", "crushed", "fatal", "fatally", "ladder", "scaffold", "scaffolding", "harness", "ppe", "gloves", "helmet",
               "lockout", "lock-out", "isolate", "isolation", "machinery", "conveyor", "forklift", "trench", "excavation", "roof", "hydraulic", "guard", "guarding", "blade",
               "confined", "electrocuted", "amputation", "amputated", "finger", "fingers", "hand", "site", "crane", "hoist", "load", "vehicle", "burns", "fell"].contains($0) }),
           !s.w.contains(where: { ["queue", "queues", "job", "jobs", "pod", "pods", "process", "processes", "thread", "threads", "task", "tasks", "memory", "cpu", "heartbeat", "node", "nodes",
               "container", "containers", "celery", "sidekiq", "restarted", "crashed", "deploy", "deployed", "pool", "cluster", "request", "requests", "message", "messages", "batch", "kafka", "redis"].contains($0) }) {
            return Agent(start: k > 0 && AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : k, end: k, strength: .strong)
        }
        // "The loader of bay 4 did not follow the contingency and put one bag on KA 2231": a baggage or ramp loader, not a data loader
        if ["loader", "loaders"].contains(x), k == s.firstWordIndex || k > 0 && ["the", "a", "one", "that", "our", "two", "both"].contains(s.w[k - 1]),
           s.w.contains(where: { ["bag", "bags", "baggage", "bay", "stand", "hold", "aircraft", "flight", "pallet", "pallets", "ramp", "uld", "cargo", "truck", "lorry", "trailer", "container", "dock"].contains($0) }),
           !s.w.contains(where: { ["data", "class", "module", "script", "config", "cache", "file", "files", "function", "library", "bootloader", "plugin", "jvm", "classpath"].contains($0) }) {
            var end = k
            if s.word(k + 1) == "of" || s.word(k + 1) == "on" || s.word(k + 1) == "at", ["bay", "stand", "gate", "dock", "belt"].contains(s.word(k + 2) ?? "") { end = s.toks.indices.contains(k + 3) && (s.toks[k + 3].kind == .number || s.toks[k + 3].hasDigit) ? k + 3 : k + 2 }
            return Agent(start: k > 0 && AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : k, end: end, strength: .strong)
        }
        // "the head of digital fundraising declined ...": a title over a lower-case function, up to the person's verb
        if x == "head", s.word(k + 1) == "of", k > 0, ["the", "our", "their", "its"].contains(s.w[k - 1]), let n = s.word(k + 2), !AgentFinder.determiners.contains(n),
           let v = s.span(k + 3, k + 6).first(where: { s.isWord($0) && (English.isPast(s.w[$0]) || ["should", "did", "didn't", "had", "has", "was", "decided", "declined", "refused"].contains(s.w[$0])) }),
           s.span(k + 2, v).allSatisfy({ s.isWord($0) && !["of", "in", "for", "to", "and", "queue", "line", "table", "branch", "commit"].contains(s.w[$0]) }) {
            return Agent(start: k - 1, end: v - 1, strength: .strong)
        }
        // "the installer contracted by our dealer" (not "the Windows installer deleted the registry key")
        if ["installer", "installers"].contains(x), let n = s.word(k + 1), ["contracted", "hired", "employed", "engaged", "sent", "from", "on-site", "onsite"].contains(n) {
            return Agent(start: k > 0 && AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : k, end: k, strength: .strong)
        }
        // "the Head of Capital Markets", "our head of engineering": a title
        if x == "head", s.word(k + 1) == "of", k + 2 < s.count, s.isWord(k + 2), s.toks[k + 2].isCapitalized || Lex.departments.contains(s.w[k + 2]) || AgentFinder.workplaces.contains(s.w[k + 2]) {
            var end = k + 2
            while end + 1 < s.count, s.isWord(end + 1), s.toks[end + 1].isCapitalized && !s.toks[end + 1].isPossessive || s.w[end + 1] == "and" && s.word(end + 2).map({ _ in s.toks[end + 2].isCapitalized }) == true { end += 1 }
            let st = k > 0 && s.isWord(k - 1) && AgentFinder.determiners.contains(s.w[k - 1]) ? k - 1 : k
            return Agent(start: st, end: end, strength: .strong)
        }
        // chat logs write names in lower case: "also kai pushed the bracket migration at 18:20"
        if !t.isCapitalized, Lex.firstNames.contains(x), x.count >= 3, let n = s.word(k + 1), s.isWord(k + 1), Lex.changeVerbs.contains(n), English.isPast(n),
           k == 0 || !(AgentFinder.determiners.contains(s.w[k - 1]) || ["of", "to", "for", "with", "in", "on", "by"].contains(s.w[k - 1])) {
            return Agent(start: k, end: k, strength: .strong)
        }
        // ("root cause is dmitri pushing the surge config straight to prod": a lower-case name and the act as a gerund, after the verdict)
        if !t.isCapitalized, Lex.firstNames.contains(x), x.count >= 3, k > 0, ["is", "was", "by"].contains(s.w[k - 1]), let n = s.word(k + 1), s.isWord(k + 1),
           let p = English.past(ofGerund: n), Lex.changeVerbs.contains(p) {
            return Agent(start: k, end: k, strength: .strong)
        }
        // a department as the subject: "Marketing launched ...", "Engineering should have ..."
        // (not "caused by a sales launch from a single merchant": the department's name used as a modifier of a thing)
        if Lex.departments.contains(x), t.isCapitalized || !s.isSentenceStart(k), s.isWord(k + 1) || s.word(k + 1) == "," && s.word(k + 2) == "who",
           !(k > 0 && ["a", "an"].contains(s.w[k - 1]) && ["launch", "campaign", "promotion", "event", "push", "spike", "surge", "drive", "blitz", "email", "mailing"].contains(s.word(k + 1) ?? "")) {
            return Agent(start: k, end: k, strength: .strong)
        }
        // "hospital IT just accepted it", "Central IT rotated the certificate": the IT department acting
        if t.text == "IT", initialsAct(s, k) || s.word(k + 1) == "just" {
            let st = k > 0 && s.isWord(k - 1) && !s.isBoundary(k - 1) && (s.toks[k - 1].isCapitalized || ["hospital", "central", "campus", "corporate", "university", "internal", "local", "school", "enterprise", "group"].contains(s.w[k - 1])) ? k - 1 : k
            return Agent(start: st, end: k, strength: .strong)
        }
        // "K. Wiśniewska skipped the drain", "R. Osei": an initial and a surname name a person
        if t.text.count == 1, t.isAllCaps, !["I", "A"].contains(t.text), s.word(k + 1) == ".", k + 2 < s.count, isNameLike(s.toks[k + 2]), !s.toks[k + 2].isAllCaps {
            return Agent(start: k, end: k + 2, strength: .strong)
        }
        guard isNameLike(t) else {
            // initials: "YP", "JD"
            if t.kind == .word, t.isAllCaps, (2...3).contains(t.text.count) || AgentFinder.isDottedInitials(t.text), !Lex.nonPeople.contains(x), !t.hasDigit,
               !s.isSentenceStart(k) || s.word(k + 1).map({ !Lex.nonPeople.contains($0) }) == true,
               people.contains(x) || initialsAct(s, k) {
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
            // ("a Diego Brain", "an Alice node": a product or a machine named like a person)
            if k > 0, ["a", "an"].contains(s.w[k - 1]), !people.contains(x) { return nil }
            // ("Sierra API keys should be generated ...": a name that heads a product's acronym and a noun is the product)
            if !people.contains(x), k + 2 < s.count, s.toks[k + 1].isAllCaps, s.toks[k + 1].text.count >= 2, s.isWord(k + 2), !s.toks[k + 2].isCapitalized,
               LanguageChecker.isPluralNoun(s.w[k + 2]) || LanguageChecker.thingPlurals.contains(s.w[k + 2]) { return nil }
            extendSurname()
            // "Jenna in systems had muted ...", "Raj from the network team pushed ...": where the person works
            if let n = s.word(end + 1), ["in", "from", "on"].contains(n) {
                if let g = groupTail(s, after: end) { end = g }
                else if let d = s.word(end + 2), AgentFinder.workplaces.contains(d), s.isWord(end + 3) { end += 2 }
            }
            return Agent(start: k, end: end, strength: .strong)
        }
        if t.isAllCaps { return (2...3).contains(t.text.count) && initialsAct(s, k) ? Agent(start: k, end: k, strength: .weak) : nil }
        if !s.isSentenceStart(k) {
            if k > 0, s.isWord(k - 1), s.toks[k - 1].isCapitalized, !s.isSentenceStart(k - 1) || Lex.firstNames.contains(s.w[k - 1]) {
                return nil // the second word of a multi-word proper noun is handled from its first word
            }
            // ("the pressure setpoint on the Northfield PRV": a place or product name before an acronym is the thing's name)
            if !people.contains(x), k + 1 < s.count, s.toks[k + 1].isAllCaps, s.toks[k + 1].text.count >= 2, s.isWord(k + 1) { return nil }
            extendSurname()
            if people.contains(s.w[end]) { return Agent(start: k, end: end, strength: .strong) }
            // ("because Novák from IT infrastructure did not answer the phone": where the person works, before their verb)
            if ["from", "in"].contains(s.word(end + 1) ?? ""),
               let v = s.span(end + 3, end + 6).first(where: { ["did", "didn't", "was", "wasn't", "had", "hadn't", "never", "failed", "forgot"].contains(s.w[$0]) }),
               s.span(end + 2, v).allSatisfy({ s.isWord($0) && (s.toks[$0].isCapitalized || AgentFinder.workplaces.contains(s.w[$0]) || ["team", "desk", "group", "side"].contains(s.w[$0])) }) { end = v - 1 }
            return Agent(start: k, end: end, strength: .weak)
        }
        // sentence-initial unknown capitalised word: "First Last", or a single word shaped like a name
        // ("Basically Dmitri merged ...": an adverb, then the name)
        if k + 1 < s.count, isNameLike(s.toks[k + 1]), !s.toks[k + 1].isAllCaps, AgentFinder.nameShaped(t) || Lex.firstNames.contains(s.w[k + 1]) == false {
            let strong = people.contains(s.w[k + 1])
            return Agent(start: k, end: k + 1, strength: strong ? .strong : .weak)
        }
        // ("Night dispatcher Grace Okafor": the role after it names the person)
        if AgentFinder.nameShaped(t), s.isWord(k + 1), !Lex.roles.contains(s.w[k + 1]) { return Agent(start: k, end: k, strength: .initial) }
        return nil
    }

    /// Unknown initials ("YP") read as a person only when nothing before them makes them a thing ("the PR", "an SDK") and a verb
    /// follows ("YP pushed", "JD didn't"), not a noun they modify ("ETA notifications", "SDK version").
    func initialsAct(_ s: Sentence, _ k: Int) -> Bool {
        // ("pushed to all 6 nodes by JK, who skipped the canary step": a "who" makes initials a person)
        if s.word(k + 1) == "," && s.word(k + 2) == "who" || s.word(k + 1) == "who" { return true }
        var v = k + 1
        while v < s.count, s.isWord(v), Lex.blameAdverbs.contains(s.w[v]) || Lex.skipAdverbs.contains(s.w[v]) && !LanguageChecker.auxWords.contains(s.w[v]) { v += 1 }
        guard let n = s.word(v), s.isWord(v), !s.toks[v].isCapitalized else { return false }
        if k > 0, s.isWord(k - 1), AgentFinder.determiners.contains(s.w[k - 1]) || s.toks[k - 1].isPossessive { return false }
        return Lex.changeVerbs.contains(n) || Lex.failingVerbs.contains(n) || Lex.neutralVerbs.contains(n) || LanguageChecker.auxWords.contains(n)
            || LanguageChecker.actVerbs.contains(n) || n.hasSuffix("ed") || n.hasSuffix("n't") || English.irregularPast[n] != nil
            || ["should", "should've", "needs", "must", "will", "wants", "said", "says", "thinks", "thought"].contains(n)
    }

    /// "J.S", "A.B.C": initials written with dots.
    static func isDottedInitials(_ text: String) -> Bool {
        var parts = text.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count > 2, parts.last?.isEmpty == true { parts.removeLast() }
        return (2...4).contains(parts.count) && parts.allSatisfy { p in p.count == 1 && p.allSatisfy(\.isUppercase) }
    }

    /// Suffixes of capitalised common nouns and products that open sentences: "Monitoring", "Automation", "Scheduler", "Backups".
    static let nonNameSuffixes = ["ing", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ics", "ogy", "ery", "ory", "ware",
        "er", "or", "ble", "ive", "al", "ed", "ly", "ful", "less", "ist", "ure", "age", "ship", "hood", "work", "flow", "base", "box", "hub",
        "ops", "net", "bot", "ctl", "db", "io", "js", "api", "sdk", "cli", "gate", "way", "point", "line", "ward", "wise", "ous"]
    static let commonCapitalised: Set<String> = Lex.set("""
    nothing nobody everyone everybody anyone anybody none everything something review code search checkout login auth billing payments \
    storage network traffic failover rollout rollback cleanup backup restore alerting support production staging replication ingress \
    egress edge core capacity latency usage demand load health uptime queue cache index schema data disk memory power cooling firmware \
    hardware software config policy rule rules job jobs task tasks build builds release releases then once later finally meanwhile \
    afterwards eventually overnight next first second third last each every both either neither another other such customers users \
    clients partners vendors security compliance product design autoscaling automation tooling telemetry traffic ci qa our their \
    its his her my your nginx patch fix hotfix upgrade update migration script cron batch primary replica leader follower quorum \
    consensus election sharding search payment mobile web desktop frontend backend app apps client server servers host hosts origin
    """)

    /// A capitalised word at the start of a sentence that can be read as a first name: letters only, no inner capitals,
    /// not a known system or common word, not shaped like a common noun or a product.
    static func nameShaped(_ t: Tok) -> Bool {
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, !t.isPossessive, !t.hasDigit, t.text.count >= 3, t.text.count <= 14 else { return false }
        let chars = Array(t.text)
        for (i, c) in chars.enumerated() {
            if i > 0, c.isUppercase, chars[i - 1] != "-" { return false }    // "PagerDuty", "GitHub"
            if !(c.isLetter || c == "-" || c == "'") { return false }
        }
        let x = t.lower
        if Lex.nonPeople.contains(x) || commonCapitalised.contains(x) || Lex.roles.contains(x) || Lex.departments.contains(x) { return false }
        if Lex.firstNames.contains(x) { return true }
        if x.hasSuffix("s"), !(x.hasSuffix("us") || x.hasSuffix("as") || x.hasSuffix("is") || x.hasSuffix("os")) { return false }
        return !nonNameSuffixes.contains { x.hasSuffix($0) && x.count > $0.count + 1 }
    }

    /// A role with a rank or shift joined on by a hyphen: "sub-editor", "deputy-manager", "night-nurse".
    static func prefixedRole(_ x: String) -> Bool {
        let parts = x.split(separator: "-")
        return parts.count == 2 && ["sub", "co", "vice", "deputy", "assistant", "night", "day", "shift", "duty", "senior", "junior", "chief", "trainee", "relief", "locum", "agency"].contains(String(parts[0]))
            && Lex.roles.contains(String(parts[1]))
    }

    /// A trade named by its suffix: "dosimetrist", "hygienist", "statistician", "flyman" (not "checklist", "playlist", "catalyst").
    static func tradeShaped(_ x: String) -> Bool {
        let w = x.hasSuffix("s") ? String(x.dropLast()) : x
        // "the head flyman", "a signalman", "the linesmen": a trade in "-man" ("human", "specimen" and "bitumen" are not)
        if w.hasSuffix("man") || x.hasSuffix("men") {
            let base = x.hasSuffix("men") ? x : w
            return base.count >= 6 && !Lex.nonPeople.contains(base) && !["talisman", "ottoman", "doberman", "specimen", "abdomen", "regimen", "bitumen", "albumen", "caiman", "cayman", "german", "germans", "batman"].contains(base)
        }
        guard w.count >= 7, !Lex.nonPeople.contains(w) else { return false }
        if w.hasSuffix("ician") { return true }
        // ("the auctioneer keeps selling", "the charioteer"): a trade in "-eer" ("career", "veneer" are too short)
        if w.hasSuffix("eer"), w.count >= 9 { return true }
        return w.hasSuffix("ist") && !w.hasSuffix("list") && !["persist", "consist", "subsist", "desist"].contains(w)
    }

    /// What software "managers" and "controllers" manage: "the lock manager", "the replication controller".
    static let softwareJobs: Set<String> = ["lock", "package", "memory", "window", "connection", "resource", "task", "cluster", "session", "transaction",
        "state", "buffer", "pool", "dependency", "device", "volume", "cache", "queue", "workload", "thread", "lease", "secrets", "secret", "certificate",
        "cert", "boot", "power", "node", "process", "shard", "replica", "replication", "partition", "quota", "ingress", "storage", "disk", "raid",
        "job", "batch", "cron", "kernel", "display", "fan", "thermal", "battery", "load", "endpoint"]

    /// People outside the organisation, whom a "who" after them does not make the subject of a finding.
    static let publicWho: Set<String> = ["users", "user", "customers", "customer", "clients", "client", "patients", "patient", "passengers", "passenger", "visitors",
        "visitor", "residents", "resident", "callers", "caller", "viewers", "viewer", "listeners", "readers", "fans", "subscribers", "citizens", "families", "children",
        "pupils", "members", "guests", "shoppers", "buyers", "sellers", "players", "drivers", "riders", "travellers", "travelers", "tenants", "householders",
        "those", "anyone", "everyone", "others", "people", "persons", "individuals", "parents", "voters", "applicants", "claimants", "donors", "participants", "attendees"]

    /// Departments named bare after a person: "Jenna in systems", "Tom from networking".
    static let workplaces: Set<String> = ["systems", "networking", "ops", "infra", "infrastructure", "security", "it", "sre", "platform", "finance",
        "engineering", "support", "marketing", "sales", "legal", "hr", "qa", "devops", "operations", "facilities", "procurement"]

    /// "on the platform team", "from support", "in the SRE rotation" after "someone": the last word, if any.
    func groupTail(_ s: Sentence, after k: Int) -> Int? {
        guard let n = s.word(k + 1), ["on", "from", "in", "at", "of"].contains(n) else { return nil }
        var j = k + 2
        while j < min(s.count, k + 6), s.isWord(j) {
            if ["team", "teams", "squad", "group", "rotation", "rota", "org", "organization", "department", "side", "support", "staff", "shift"].contains(s.w[j]) {
                return ["team", "group", "desk", "rota", "rotation"].contains(s.word(j + 1) ?? "") ? j + 1 : j
            }
            if s.isBoundary(j) { return nil }
            j += 1
        }
        return nil
    }

    func role(_ s: Sentence, at k: Int) -> Agent? {
        let x = s.w[k]
        let prev = s.word(k - 1)
        if let p = prev, p == "no" || p == "every" || p == "any" || p == "each" { return nil }
        // ("the human element is the root cause", "human factors": the human side of the system, not a person)
        if ["human", "humans"].contains(x), ["element", "elements", "factor", "factors", "side", "aspect", "aspects", "dimension", "performance", "interface", "toll", "cost", "costs", "error", "errors", "in-the-loop"].contains(s.word(k + 1) ?? "") { return nil }
        if k > 0, s.isWord(k - 1), !AgentFinder.determiners.contains(s.w[k - 1]), !s.isSentenceStart(k - 1), Lex.nonPeople.contains(s.w[k - 1]), s.toks[k - 1].isCapitalized || s.toks[k - 1].isAllCaps,
           s.toks[k - 1].text != "IT",
           // ("the Client's SCADA operator, who had not confirmed ...": a "who" makes it a person)
           s.word(k + 1) != "who", !(s.word(k + 1) == "," && s.word(k + 2) == "who"),
           AgentFinder.systemRoleWords.contains(x) {
            return nil // "the Postgres operator"
        }
        if AgentFinder.needsModifier.contains(x), !(s.isSentenceStart(k) && ["ops", "support", "qa", "devs", "dev", "testers"].contains(x)) {
            guard let p = prev, s.isWord(k - 1), !s.isBoundary(k - 1), !Lex.changeVerbs.contains(p), !Lex.skipAdverbs.contains(p) || AgentFinder.determiners.contains(p),
                  // ("were left with staff not knowing when power would be restored": a preposition is not the modifier)
                  !["with", "without", "among"].contains(p) || s.toks[k].isCapitalized
                      // ("the delay sits with ops control": the group named by its function)
                      || ["control", "team", "desk", "room", "centre", "center"].contains(s.word(k + 1) ?? "")
            else { return nil }
            if x == "support", let n = s.word(k + 1), ["for", "of", "ticket", "tickets", "request", "requests"].contains(n) { return nil }
            // "multiple people saw the warning" (not "including people who didn't join"); "the security office" (not "in the office")
            if x == "people", !(AgentFinder.determiners.contains(p) || ["several", "some", "few", "two", "three", "these", "those", "other"].contains(p)) { return nil }
            // ("harbour office signed the job off at 11:00": the unit opening the sentence, then its act)
            // ("real root cause: ticketing office greenlit the app update": the same after a label)
            let officeActs = (k - 1 == s.firstWordIndex || k >= 2 && s.w[k - 2] == ":") && s.word(k + 1).map({ English.isPast($0) || Lex.changeVerbs.contains($0) }) == true
            if x == "office", !officeActs, AgentFinder.determiners.contains(p) || !(k > 1 && ["the", "our", "their"].contains(s.w[k - 2]) || s.toks[k - 1].isPossessive) { return nil }
            // ("introduced by the multi-region support": a feature, not a team)
            if x == "support", let p = prev, p.contains("-") || ["native", "initial", "new", "partial", "full", "experimental", "ipv6", "tls", "http2"].contains(p) { return nil }
        }
        // ("night op keyed the wrong code": the operator in shift shorthand; "the op", "a long op" are operations)
        if x == "op" || x == "super", !["night", "day", "shift", "line", "machine", "press", "forklift", "crane", "console", "duty", "relief", "lathe", "plant", "pump", "kiln", "oven", "boiler", "weekend", "late", "early"].contains(prev ?? "") { return nil }
        // ("the mine operator did not enforce the provisions in its approved roof control plan": the company that runs the mine, as US
        // mine-safety reports use the word; "the aircraft operator", "the system operator" likewise)
        if ["operator", "operators"].contains(x), let p = prev, ["mine", "aircraft", "airline", "vessel", "railway", "pipeline", "fleet", "network", "facility", "utility", "system", "transmission", "distribution", "tour", "ferry"].contains(p) { return nil }
        // ("The template editor wrote changes directly to the production database": a tool named after a job)
        if ["editor", "editors"].contains(x), let p = prev, ["template", "text", "code", "config", "configuration", "html", "wysiwyg", "rich-text", "visual", "video", "image", "map", "level",
            "schema", "rules", "rule", "policy", "workflow", "form", "page", "markdown", "json", "yaml", "sql", "graphical", "online", "web", "content", "layout", "theme", "registry", "hex", "photo", "audio"].contains(p) { return nil }
        // ("the identity provider rejected the token", "the Terraform provider crashed": software that provides; "our provider failed to isolate ..." is a company)
        if ["provider", "providers"].contains(x), prev.map({ ["identity", "oauth", "auth", "authentication", "sso", "oidc", "saml", "credential", "credentials", "storage", "csi", "terraform",
            "dns-01", "secrets", "secret", "config", "configuration", "metrics", "log", "logging", "content", "feature-flag", "flag", "data", "token", "key", "kms", "certificate", "cert"].contains($0) || s.toks[k - 1].isCapitalized && !s.isSentenceStart(k - 1) }) ?? false { return nil }
        // ("a concurrent provider status notice": a modifier; "the payment provider rejected our bulk payout file": what its system did)
        if ["provider", "providers"].contains(x), let n = s.word(k + 1), ["status", "notice", "outage", "side", "api", "incident", "page", "portal", "network", "issue", "dashboard", "level", "rejected",
            "returned", "throttled", "blocked", "declined", "responded", "sent", "dropped", "timed", "accepted", "processed"].contains(n) { return nil }
        // ("The wave planner does not read conveyor status": planning software in a warehouse or a plant)
        if ["planner", "planners"].contains(x), ["wave", "mrp", "erp", "yard", "slot", "dock", "fleet"].contains(prev ?? "") { return nil }
        // ("the query planner chose a sequential scan", "the route planner assigned ...": software that plans)
        if ["planner", "planners"].contains(x), let p = prev, ["query", "route", "routing", "journey", "trip", "path", "motion", "execution", "sql", "job", "task", "load", "auto", "automatic", "automated"].contains(p) { return nil }
        // ("a race in the lock manager", "the replication controller": software named after a job)
        if ["manager", "managers", "controller", "controllers", "scheduler", "dispatcher", "coordinator", "supervisor"].contains(x), let p = prev, AgentFinder.softwareJobs.contains(p) { return nil }
        // ("the new chunked-upload handler opened ...": a handler is code unless it handles calls, claims or cases)
        if ["handler", "handlers"].contains(x), !["call", "calls", "claims", "claim", "case", "baggage", "cargo", "ground", "complaints", "complaint", "mail", "animal", "dog", "incident"].contains(prev ?? "") { return nil }
        // ("a Supervisor module crash", "the operator pod": a component named after a role)
        if let n = s.word(k + 1), ["module", "modules", "process", "daemon", "engine", "pod", "pods", "container", "thread", "component", "card", "board", "binary", "plugin", "controller"].contains(n) { return nil }
        var end = k
        if s.has("on call", at: k + 1) || s.has("on duty", at: k + 1) || s.has("on shift", at: k + 1) || s.has("on rotation", at: k + 1) {
            end = k + 2
        } else if s.word(k + 1) == "on-call" {
            end = k + 1
        } else if s.has("who was on call", at: k + 1) || s.has("who was on-call", at: k + 1) {
            end = k + (s.has("who was on call", at: k + 1) ? 4 : 3)
        } else {
            // "a junior analyst", then "on the treasury desk", "from the agency"
            if let n = s.word(k + 1), ["team", "squad", "group", "member", "members", "lead", "manager", "engineer", "engineers", "agents", "agent", "partner", "partners",
               "staff", "reps", "rep", "representatives", "specialists", "specialist", "analysts", "analyst", "technicians", "technician", "crew", "person",
               "supervisor", "supervisors", "desk", "student", "students"].contains(n) {
                end = k + 1
            }
            // "the contractor from NetServ": the company named after the role; "the crew desk under Paolo": the person in charge
            if let n = s.word(end + 1), ["from", "at", "under", "in"].contains(n) || n == "of" && ["vp", "vps", "director", "directors", "cto", "head", "manager", "lead"].contains(x),
               end + 2 < s.count, s.toks[end + 2].isCapitalized, s.isWord(end + 2), !s.isSentenceStart(end + 2) {
                end += 2
                // ("the night operator at Pump Station 4": the whole place name)
                while end + 1 < s.count, s.isWord(end + 1) && s.toks[end + 1].isCapitalized || s.toks[end + 1].kind == .number { end += 1 }
            } else if s.has("at the top of", at: end + 1) || s.has("at the head of", at: end + 1), end + 5 < s.count, s.toks[end + 5].isCapitalized, s.isWord(end + 5) {
                // ("Senior officials at the top of UEFA allowed this to happen": the body they lead)
                end += 5
            } else if let n = s.word(end + 1), ["from", "on", "in", "at", "of"].contains(n) {
                var j = end + 2
                while j < min(s.count, end + 6), s.isWord(j) {
                    if ["team", "squad", "group", "rotation", "org", "organization", "department", "centre", "center", "office", "desk", "site",
                        "agency", "vendor", "firm", "company", "contractor", "partner", "shift", "night", "weekend", "operations", "ops", "engineering", "infrastructure",
                        "branch", "ward", "depot", "store", "plant", "clinic", "station", "workshop", "hangar", "yard", "lab", "laboratory", "warehouse",
                        "factory", "facility", "substation", "terminal", "garage", "kitchen", "hospital", "school", "mine"].contains(s.w[j]) { end = j }
                    j += 1
                }
                // ("The night charge nurse on Ward 4 failed to ...": the place's number or letter)
                // ("The surgical registrar on ward 12 overrode ...": the number after a place named in lower case too)
                if end > k + 1, end + 1 < s.count, s.toks[end + 1].kind == .number || s.toks[end].isCapitalized && s.toks[end + 1].isAllCaps && s.toks[end + 1].text.count == 1 { end += 1 }
            }
        }
        // "Process engineer S. Kowalski saved ...", "the SCADA specialist Marco R., who ...": the person's name after the role
        if end + 1 < s.count, !s.toks[k].isCapitalized || s.isSentenceStart(k) || k > 0 && !s.isSentenceStart(k - 1) && s.toks[k - 1].isCapitalized,
           case let n = s.toks[end + 1], n.kind == .word, n.isCapitalized, !n.isAllCaps || n.text.count == 1, !Lex.nonPeople.contains(n.lower), !n.hasDigit,
           !LanguageChecker.auxWords.contains(n.lower), !English.isPast(n.lower) {
            var e = end + 1
            if s.word(e + 1) == ".", s.toks[e].text.count == 1 { e += 1 }
            if e + 1 < s.count, isNameLike(s.toks[e + 1]) { e += 1; if s.word(e + 1) == ".", s.toks[e].text.count == 1 { e += 1 } }
            // (a lone capitalised word must look like a name: "the engineer Priya", not "the operator Then")
            if e > end + 1 || Lex.firstNames.contains(n.lower) { end = e }
        }
        // "the person who deployed the change didn't test it": skip the relative clause
        if s.word(end + 1) == "who" { end = relativeEnd(s, from: end + 2) }
        // "the contractor we brought in for the night didn't follow the runbook": a clause with no "who", up to the person's verb
        else if let p = s.word(end + 1), ["we", "i", "they"].contains(p), let q = s.word(end + 2), English.isPast(q) || English.irregularPast[q] != nil,
                let v = s.span(end + 3, end + 10).first(where: { s.isWord($0) && (["didn't", "failed", "never", "forgot", "ignored", "refused", "skipped"].contains(s.w[$0]) || s.w[$0] == "did" && s.word($0 + 1) == "not") }),
                !(end + 2..<v).contains(where: { s.isPunct($0) }) { end = v - 1 }
        // "the developer creating the pull request misjudged ...": skip a participle phrase up to the person's verb
        else if let p = s.word(end + 1), p.hasSuffix("ing"), p.count > 4, s.isWord(end + 1),
                let v = s.span(end + 2, end + 8).first(where: { s.isWord($0) && (Lex.failingVerbs.contains(s.w[$0]) || ["misjudged", "misread", "misunderstood", "didn't", "did", "failed", "forgot", "ignored", "thought", "assumed", "believed"].contains(s.w[$0])) }),
                !(end + 2..<v).contains(where: { s.isPunct($0) }) { end = v - 1 }
        var st = k
        var back = 0
        while st - 1 >= 0, back < 3, s.isWord(st - 1), !s.isBoundary(st - 1) {
            let p = s.w[st - 1]
            if Lex.skipAdverbs.contains(p) || Lex.changeVerbs.contains(p) || Lex.failingVerbs.contains(p) || Lex.negations.contains(p) || p.hasSuffix("n't") { break }
            // ("Jess (Store Ops) to add supplier changes ...": a preposition or an infinitive's "to" ends the noun phrase)
            if ["to", "for", "with", "by", "from", "into", "via", "about"].contains(p) || s.toks[st - 1].hasDigit { break }
            st -= 1; back += 1
            if AgentFinder.determiners.contains(p) { break }
        }
        // ("Our provider did not bring the rack back cleanly": a provider is a company whose systems act; blamed only for what people do)
        return Agent(start: st, end: end, strength: ["provider", "providers"].contains(x) ? .weak : .strong)
    }

    /// The last word of a relative clause ("whoever approved this change | clearly didn't read it").
    func relativeEnd(_ s: Sentence, from i: Int) -> Int {
        var j = i + 1
        while j < min(s.count, i + 9), s.isWord(j) {
            let x = s.w[j]
            if x.hasSuffix("n't") || ["did", "should", "should've", "was", "were", "clearly", "obviously", "never", "failed", "neglected"].contains(x)
                || Lex.failingVerbs.contains(x) || Lex.blameAdverbs.contains(x) { return j - 1 }
            // "whoever was on pager | acked it": the main verb after a short clause
            // ("whoever was on mod duty | just kept replying ...")
            if j > i + 1, ["was", "were", "is", "are"].contains(s.w[i]), Lex.changeVerbs.contains(x) || ["acked", "acknowledged", "just", "kept", "simply", "then", "still"].contains(x), !["was", "were", "had", "has", "is", "are", "been", "that", "which"].contains(s.w[j - 1]) { return j - 1 }
            // "the agency who built the booking widget | pushed the change": a past verb after the clause's own object
            if j > i + 2, English.isPast(x), Lex.changeVerbs.contains(x), English.isPast(s.w[i]) || English.irregularPast[s.w[i]] != nil,
               // (the main verb takes an object: "... left in 2021" is the person leaving, not an act)
               s.word(j + 1).map({ AgentFinder.determiners.contains($0) || ["it", "them", "all", "every"].contains($0) }) == true,
               s.isWord(j - 1), !AgentFinder.determiners.contains(s.w[j - 1]), !LanguageChecker.auxWords.contains(s.w[j - 1]),
               !["and", "or", "of", "in", "on", "at", "for", "with", "by", "from", "into", "that", "which", "who", "it"].contains(s.w[j - 1]) { return j - 1 }
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
        // "Procurement's insistence on ..." (not "the VP of Engineering's decision", whose person is the VP)
        if Lex.departments.contains(b) { return k == 0 || s.w[k - 1] != "of" }
        // ("The night baker's decision to bake all four batches ...": whoever decides is a person, whatever their trade)
        if !t.isCapitalized, ["decision", "decisions", "choice", "insistence", "refusal"].contains(s.word(k + 1) ?? ""), b.count > 4,
           ["er", "or", "ist", "ian", "ant", "ent"].contains(where: { b.hasSuffix($0) }), !Lex.nonPeople.contains(b),
           !["server", "router", "scheduler", "controller", "balancer", "container", "compiler", "parser", "scanner", "printer", "computer", "worker",
             "monitor", "sensor", "detector", "client", "agent", "component", "governor", "regulator", "government", "parliament", "tribunal"].contains(b) { return true }
        // ("the electronics group's undocumented change", "the estates team's decision": a named unit's act)
        if ["team", "group", "department", "crew", "squad", "unit"].contains(b), k > 0, s.isWord(k - 1), !AgentFinder.determiners.contains(s.w[k - 1]) { return true }
        if t.isCapitalized, !Lex.nonPeople.contains(b) {
            if people.contains(b) || Lex.firstNames.contains(b) { return true }
            // "Siobhan Byrne's change": a surname after a known first name
            if k > 0, s.isWord(k - 1), s.toks[k - 1].isCapitalized, Lex.firstNames.contains(s.w[k - 1]) || people.contains(s.w[k - 1]) { return true }
        }
        return false
    }
}
