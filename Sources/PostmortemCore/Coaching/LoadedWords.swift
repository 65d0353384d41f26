extension LanguageChecker {
    // MARK: loaded words

    static let attentionNouns: Set<String> = ["alert", "alerts", "alarm", "alarms", "warning", "warnings", "page", "pages", "notification",
        "notifications", "email", "emails", "message", "messages", "ticket", "tickets", "runbook", "procedure", "checklist", "process", "policy",
        "guidance", "advice", "feedback", "signs", "symptoms", "comment", "comments", "instructions", "errors", "reports", "report",
        "screen", "banner", "prompt", "popup", "pop-up", "indicator", "beacon", "siren", "rules", "processes", "procedures", "policies", "recommendations", "concerns"]

    /// What people make: "poor <judgement>" grades them.
    static let workNouns: Set<String> = ["practice", "practices", "planning", "judgement", "judgment", "decision", "decisions", "choice", "choices",
        "communication", "job", "work", "design", "coding", "code", "quality", "engineering", "execution", "discipline", "hygiene", "craftsmanship",
        "oversight", "management", "leadership", "testing", "review", "reviews", "security", "handling", "understanding", "attention"]
    static let judgementIdioms: [String] = ["house of cards", "train wreck", "dumpster fire", "asleep at the wheel", "know better",
        "no excuse", "shame on", "a shame that", "a real shame that", "such an elementary", "such a basic thing", "such a basic step", "such a basic check", "such a basic mistake", "such a basic error", "sheer luck", "pure luck", "dumb luck", "no thanks to", "dragged its feet", "dragged their feet", "dragged his feet", "dragged her feet",
        "cutting corners", "cut corners", "took shortcuts", "taking shortcuts", "take shortcuts", "shortcuts were taken",
        // "The riggers and rigging foreman had taken a short cut"
        "taken a short cut", "took a short cut", "taking a short cut", "taken a shortcut", "took a shortcut", "taken short cuts", "took short cuts", "taken shortcuts", "is a joke", "was a joke", "are a joke", "were a joke", "a complete joke", "an absolute joke", "a total joke",
        "is garbage", "was garbage", "is rubbish", "was rubbish", "total garbage", "complete garbage", "utter garbage", "absolute garbage", "total rubbish", "utter rubbish", "a disgrace", "disgraceful", "get their act together", "get its act together", "get our act together", "got their act together", "corners were cut", "corners got cut", "corners had been cut", "corners have been cut", "excess of confidence", "too much confidence", "not okay", "no idea what", "asking for trouble", "hands off the console", "let us down", "let them down", "let you down", "mess", "caught with our pants down", "caught with their pants down", "caught napping", "out of their depth", "out of his depth", "out of her depth", "out of our depth", "in over their head",
        "in over his head", "in over her head", "sheer chaos", "total chaos", "complete chaos", "utter chaos", "absolute chaos", "pure chaos",
        "sheer panic", "total panic", "utter panic", "complete shambles", "total shambles", "a shambles",
        "the hell", "the heck", "shrugged off", "shrugged it off", "brushed off", "brushed aside", "brushed it off", "waved off", "waved it off", "waved them off", "waved away",
        "didn't take care to", "did not take care to", "not up to the job", "not up to the task", "wasn't up to the job", "wasn't up to the task",
        // "written without any care", "absolute clown show"
        "without any care", "with no care", "with little care", "clown show", "clown car", "clownshow",
        // "At 14:40 the Head of Sale finally woke up and paused the auction": sarcasm about a person's attention
        "finally woke up", "finally bothered",
        // ("Engineering finally wandered in after the second phone call": the same sarcasm about how someone arrived)
        "wandered in", "strolled in", "sauntered in", "moseyed in", "ambled in", "finally wandered", "finally strolled", "finally deigned", "deigned to", "waved them through", "waved it through", "waved the change through", "just kind of ignored", "kind of ignored", "sort of ignored"]

    /// "was a total circus", "a bit of a zoo": the place-word said of how people behaved (not "Piccadilly Circus", "the zoo reimbursed").
    static func calledA(_ s: Sentence, _ i: Int) -> Bool {
        !s.toks[i].isCapitalized && i > 0 && ["a", "total", "complete", "absolute", "utter", "real"].contains(s.w[i - 1])
    }

    func loaded(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        let exempt = s.containsAny(["blameless", "avoid", "avoiding", "instead", "rather"]) 
        func add(_ i: Int, _ j: Int, _ word: String, _ replacement: String?, negationWithin: Int = 3) {
            // ("we cannot afford another embarrassing episode like this": the grade stands for the one that happened)
            // ("... and practically misleading, if not careless": "if not" raises the grade, it does not deny it)
            if s.negated(before: i, within: negationWithin), !s.span(max(0, i - 3), i).contains(where: { s.w[$0] == "afford" }), !(i >= 2 && s.w[i - 1] == "not" && s.w[i - 2] == "if") { return }
            // ("Nobody involved was careless", "One reader asked whether this was a rookie mistake": the grade denied, or asked about)
            if i > 1, ["was", "were", "is", "are"].contains(s.w[i - 1]), s.span(max(0, i - 4), i - 1).contains(where: { ["nobody", "no-one", "noone", "none"].contains(s.w[$0]) || s.has("no one", at: $0) }) { return }
            // ("I wouldn't wish to speculate who is at fault until the investigation is complete": the verdict declined)
            if s.span(max(0, i - 5), i).contains(where: { ["speculate", "speculating", "guess", "prejudge", "pre-judge"].contains(s.w[$0]) }) { return }
            // ("It's tempting to blame the disaster on ...", "there is no single cause to be blamed": blame weighed and set aside)
            if s.span(max(0, i - 3), i).contains(where: { s.has("tempting to", at: $0) }) || s.span(max(0, i - 6), i).contains(where: { s.has("no single", at: $0) || s.has("no one cause", at: $0) }) { return }
            if s.span(max(0, i - 6), i).contains(where: { s.w[$0] == "whether" && ["asked", "asking", "wondered", "wondering", "asks"].contains(s.word($0 - 1) ?? "") }) { return }
            if i > 0, s.w[i - 1] == "nobody's" || s.w[i - 1] == "no-one's" || s.w[i - 1] == "anyone's" { return }
            out.append(RawFinding(check: "loaded-word", at: i, excerpt: s.text(i, j),
                                  message: "\"\(s.text(i, j))\" is loaded language that judges people; describe what happened neutrally.",
                                  better: Rewrite.replacingWords(s, i, j, with: replacement, word: word)))
        }
        // "I was not conscientious, did not check the things I should have": the writer graded, the grade denied
        if let i = s.span(0, s.count - 3).first(where: { ["i", "we"].contains(s.w[$0]) && ["was", "were"].contains(s.w[$0 + 1]) && s.w[$0 + 2] == "not"
            && ["conscientious", "careful", "diligent", "thorough", "vigilant", "attentive", "cautious"].contains(s.w[$0 + 3]) }) {
            out.append(RawFinding(check: "loaded-word", at: i, excerpt: s.text(i, i + 3),
                                  message: "\"\(s.text(i, i + 3))\" grades the writer instead of the work; describe what was done and what would have caught it.",
                                  better: "Describe the step and the missing safeguard: " + Rewrite.quote("<The step> went ahead without <the check>; nothing in the tool or process asked for it")))
            return out
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            switch x {
            case "careless", "carelessly", "carelessness", "sloppy", "sloppily", "sloppiness", "negligent", "negligence", "negligently",
                 "incompetent", "incompetence", "lazy", "laziness", "stupid", "stupidly", "stupidity", "idiocy", "dumb", "idiotic", "reckless", "recklessly", "inexcusable",
                 "irresponsible", "inattentive", "unprofessional", "unserious", "disrespectful", "lazily", "hastily", "haphazardly", "haphazard", "slapdash", "shoddy", "shoddily", "shambolic", "shambles", "amateurish", "miserably", "pathetic", "abysmal", "abysmally", "woeful", "woefully", "disgraceful",
                 "half-arsed", "shitshow", "clusterfuck", "train-wreck", "lamentable", "lamentably", "deplorable", "deplorably", "amateur-hour", "incomprehensible", "own-goal",
                 // "acts of dishonesty and dereliction of responsibility", "repeated cock ups"
                 "dereliction", "dishonesty", "cock-up", "cock-ups", "cockup", "cockups":
                // the negation must be the adjective's own ("was not careless"), not a verb's ("don't let one careless command ...");
                // "lazy loading" is a technique; "don't be lazy with the checklist" still calls people lazy
                if x == "lazy" || x == "lazily", let n = s.word(i + 1), n.hasPrefix("load") || ["evaluation", "evaluated", "initialization", "initialisation", "init", "import", "imports", "fetch", "fetching", "instantiation"].contains(n) { continue }
                if i >= 2, s.w[i - 1] == "be", ["don't", "never"].contains(s.w[i - 2]) || s.w[i - 2] == "not" && s.word(i - 3) == "do" { add(i - 2, i, x, nil, negationWithin: 0); continue }
                // ("no more lazy testing of scheduler upgrades": the grade stands inside the ban)
                if i >= 2, s.w[i - 1] == "more", s.w[i - 2] == "no" { add(i, i, x, nil, negationWithin: 0); continue }
                // ("none of what has happened was the result of negligence": the verdict denied, however far the "none")
                if i >= 2, ["result of", "due to", "because of", "caused by", "down to"].contains(where: { s.has($0, at: i - 2) }),
                   s.span(0, i - 2).contains(where: { ["none", "not", "no", "never", "neither", "nor"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) { continue }
                // ("don't let sloppy cache config slide": the negation is the verb's, and the grade stands)
                add(i, i, x, nil, negationWithin: i > 0 && ["let", "allow", "accept", "tolerate", "excuse", "ship", "merge"].contains(s.w[i - 1]) ? 0 : 2)
            case "embarrassing", "embarrassingly", "shameful", "shamefully", "disgracefully", "inept", "ineptly", "ineptitude",
                 "clueless", "foolish", "foolishly", "silly", "naive", "naïve", "naively", "ridiculous", "ridiculously", "absurd",
                 "laughable", "terrible", "terribly", "awful", "horrible", "horribly", "atrocious", "crappy", "lousy", "dreadful",
                 "appalling", "moronic", "half-baked", "half-assed", "braindead", "brain-dead", "so-called", "idiot", "idiots",
                 "fiasco", "debacle", "trainwreck", "furious", "irate", "livid", "outraged", "ancient", "hopeless", "hopelessly",
                 "useless", "clumsy", "clumsily", "rookie", "cowboy", "blatant", "blatantly", "egregious", "unforgivable",
                 "unforgivably", "inexcusably", "incompetently", "dismally", "footgun", "footguns", "overconfidence", "over-confidence", "over-confident", "janky", "flimsy", "pointless", "futile", "senseless", "rat's", "shameless", "dismal", "boneheaded", "dim-witted", "thoughtless", "thoughtlessly",
                 "cavalier", "half-hearted", "halfhearted", "half-heartedly", "lackadaisical", "slipshod", "heedless", "complacent", "complacency",
                 "laxity", "laxness", "overconfident", "cowboying", "cowboyed", "cowboys", "misguided", "hurriedly", "rashly", "hacky", "rash", "arrogant", "arrogance", "unmotivated", "gung-ho", "trigger-happy",
                 "indefensible", "irresponsibility", "happy-go-lucky", "chaotic", "chaotically", "perfunctory", "perfunctorily", "high-handed", "high-handedly", "penny-pinching", "dithering", "dithered", "faffing", "faffed", "embarrassment", "embarrased", "embarassed", "embarased", "humiliating", "inexperienced", "greedy", "haste", "substandard", "sub-par", "subpar", "fucked", "fucking", "fuckup", "fuck-up", "freakin", "freakin'", "freaking", "shitty", "crap", "sucked", "sucks":
                // (profanity and "it sucked" grade the work or vent about it; neither says what happened)
                // judgement adjectives: they grade the people or the work instead of describing it
                // ("so ancient versions" dates software; "the same ancient SAN that always acts up" sneers at it)
                // ("..., so-called redundancy": the term introduced, not sneered at)
                // ("They were confused and concerned, and some were downright furious": how the people affected felt, an impact)
                if ["furious", "irate", "livid", "outraged"].contains(x), s.span(0, i).contains(where: { ["they", "some", "many", "customers", "users", "clients", "passengers", "members", "players", "fans", "parents", "residents", "guests", "patients"].contains(s.w[$0]) }),
                   s.span(max(0, i - 3), i).contains(where: { ["were", "was", "felt", "became", "got", "are"].contains(s.w[$0]) }) { continue }
                if x == "so-called", i > 0, s.isPunct(i - 1), [",", "(", ":"].contains(s.w[i - 1]), s.endIndexBeforeFinalPunct <= i + 3 { continue }
                // ("rendering recovery a hopeless task": a task without hope, not a grade of people)
                // ("The rat's fur began to smoke": an animal, not "a rat's nest" of cabling)
                if x == "rat's", s.word(i + 1) != "nest" { continue }
                // ("it's dreadful to sit here for the second time in a month writing a postmortem like this": the writer's feeling, not a grade)
                if ["dreadful", "awful", "terrible", "horrible"].contains(x), i > 0, ["it's", "feels", "felt"].contains(s.w[i - 1]) || i > 1 && s.w[i - 1] == "is" && s.w[i - 2] == "it", s.word(i + 1) == "to" { continue }
                if x == "hopeless", let n = s.word(i + 1), ["task", "situation", "case", "endeavour", "endeavor", "prospect", "attempt"].contains(n) { continue }
                // ("made a chaotic restart of validators": the work graded; not "the first hour was chaotic", "a chaotic scene")
                if ["chaotic", "chaotically"].contains(x), !(x == "chaotic" && ["restart", "restarts", "rollout", "roll-out", "handover", "response", "cutover", "cut-over", "migration", "deploy", "deployment", "changeover", "switchover", "release", "recovery"].contains(s.word(i + 1) ?? "")) && !(x == "chaotically" && i > 0 && English.isPast(s.w[i - 1])) { continue }
                if x == "ancient", s.span(i + 1, i + 3).contains(where: { ["version", "versions", "release", "releases", "kernel", "kernels", "library", "libraries", "dependency", "dependencies"].contains(s.w[$0]) }) { continue }
                add(i, i, x, nil)
            case "good" where i >= 1 && s.w[i - 1] == "not" && s.word(i + 1) == "enough" && !["to", "for"].contains(s.word(i + 2) ?? "")
                && s.span(max(0, i - 4), i - 1).contains(where: { ["was", "were", "is", "simply", "just", "frankly", "clearly"].contains(s.w[$0]) }):
                // "This was simply not good enough.", "clinical care was not good enough": a grade, not what fell short
                add(i - 1, i + 1, "not good enough", nil, negationWithin: 0)
            case "lack" where i >= 2 && ["showed", "shown", "displayed", "demonstrated", "show", "shows", "display"].contains(s.w[i - 2]) && s.w[i - 1] == "a" && s.word(i + 1) == "of"
                && ["ownership", "accountability", "professionalism", "care", "diligence", "urgency", "commitment", "effort", "judgement", "judgment", "responsibility", "discipline", "initiative", "interest", "respect"].contains(s.word(i + 2) ?? ""):
                // "some colleagues showed a lack of ownership on the night": a grade of the people, not a gap in the system
                add(i - 2, i + 2, "lack", nil)
            case "lapse" where s.word(i + 1) == "in" && s.span(i + 2, i + 5).contains(where: { ["standards", "judgement", "judgment", "professionalism", "discipline", "attention", "care", "diligence"].contains(s.w[$0]) }):
                // "a serious lapse in professional standards": a verdict on the people
                add(i, min(s.count - 1, i + 3), "lapse", nil)
            case "circus" where LanguageChecker.calledA(s, i), "farce" where LanguageChecker.calledA(s, i), "zoo" where LanguageChecker.calledA(s, i), "madhouse" where LanguageChecker.calledA(s, i):
                // "the bridge call was a total circus": a verdict on the people in it (not "Piccadilly Circus")
                add(i, i, x, nil)
            case "hack" where s.word(i + 1) == "job":
                // "a total hack job": a verdict on the work
                add(i, i + 1, "hack job", nil)
            case "amateur", "newbie", "beginner":
                // "some amateur mistakes", "an amateur move": a grade of the people's skill
                if let n = s.word(i + 1), ["mistake", "mistakes", "error", "errors", "move", "moves", "hour", "stuff", "hack", "job", "results", "work", "effort", "performance"].contains(n) { add(i, i + 1, x, nil) }
                // ("The handover ... was totally amateur": the grade as a predicate; "amateur radio", "an amateur astronomer" are not)
                else if x == "amateur", i > 0, ["was", "were", "is", "are", "totally", "completely", "utterly", "so", "very", "pretty", "quite", "bit", "frankly", "really", "downright"].contains(s.w[i - 1]) { add(i, i, x, nil) }
            case "acceptable":
                // "a two-hour downtime is not acceptable for you": the verdict "unacceptable", spelt out
                // ("It is not acceptable to halt the server while the database saves, so ...": a requirement on the design)
                if s.word(i + 1) == "to", i > 2, s.w[i - 3] == "it" || s.w[i - 2] == "it's", let v = s.word(i + 2), ["halt", "block", "lose", "drop", "stall", "freeze", "pause", "wait", "stop", "delay", "interrupt", "lock", "serve", "return", "show", "leave"].contains(v) { continue }
                if i > 1, ["not", "never"].contains(s.w[i - 1]) || s.w[i - 1] == "n't", ["is", "was", "are", "were", "be", "simply"].contains(s.w[i - 2]) { add(i - 1, i, x, nil, negationWithin: 0) }
                else if i > 0, ["isn't", "wasn't", "aren't", "weren't"].contains(s.w[i - 1]) { add(i - 1, i, x, nil, negationWithin: 0) }
            case "lax":
                if !s.toks[i].isAllCaps { add(i, i, x, nil) }   // not LAX, the airport
            case "wasted", "wasting":
                // "wasted 25 minutes chasing a red herring": a verdict on the responders' time, not a description of it
                if let n = s.word(i + 1), n.first?.isNumber == true || ["time", "an", "a", "hours", "minutes", "the", "valuable", "precious", "half", "most", "several", "many", "much", "so", "too", "lots", "our", "their"].contains(n) { add(i, i, x, "spent") }
            case "rushed", "rushing":
                // "the release was rushed through", "a rushed migration" (not "engineers rushed to restore service")
                if s.word(i + 1) != "to", !s.toks[i].isCapitalized || i > s.firstWordIndex { add(i, i, x, x == "rushed" ? "shipped quickly" : "shipping quickly") }
            case "trusted":
                // "the team cannot be trusted to follow the checklist"
                if i >= 2, s.w[i - 1] == "be", ["cannot", "can't", "couldn't", "not"].contains(s.w[i - 2]) { add(i - 2, i, x, "is not supported") }
            case "failed":
                // "We failed to follow our own incident process": a verdict on people; say what did not happen
                // ("We also failed to effectively use the status page": an adverb before the verb)
                let adv = s.word(i + 2).map { $0.hasSuffix("ly") } ?? false
                // ("We also failed to tell the customer": an adverb between the subject and the verdict)
                let subj = i > 1 && ["also", "then", "again", "simply", "just", "clearly", "completely", "initially"].contains(s.w[i - 1]) ? i - 2 : i - 1
                if subj >= 0, ["we", "i", "they", "team", "everyone", "responders", "people"].contains(s.w[subj]), s.word(i + 1) == "to",
                   let n = s.word(adv ? i + 3 : i + 2), LanguageChecker.humanVerbs.contains(n) || ["follow", "notice", "act", "take", "catch", "spot", "raise", "declare", "assign", "appoint", "keep", "learn", "heed", "tell", "inform", "notify", "update", "warn", "contact", "communicate",
                       "identify", "anticipate", "recognise", "recognize", "realise", "realize", "understand", "consider", "verify", "validate", "detect", "escalate", "plan"].contains(n) {
                    add(i, i + 1, x, "did not")
                }
                // "Right now we failed at that", "we failed our users", "we failed miserably": a verdict on ourselves, not a description
                else if i > 0, ["we", "i"].contains(s.w[i - 1]), let n = s.word(i + 1), ["at", "miserably", "badly", "spectacularly", "completely", "our", "you", "them", "everyone"].contains(n) || s.isPunct(i + 1) && s.w[i + 1] != "-" {
                    add(i - 1, i, x, nil)
                }
            case "bothered", "bother", "bothering", "cared", "care":
                // "nobody bothered to read the release notes": says people could not be bothered
                let p = i > 0 ? s.w[i - 1] : ""
                if x.hasPrefix("bother"), ["nobody", "no-one", "noone", "never", "didn't", "not", "even", "anyone", "no", "t"].contains(p) || s.word(i + 1) == "to" {
                    out.append(RawFinding(check: "loaded-word", at: max(0, i - 1), excerpt: s.text(max(0, i - 1), i),
                                          message: "\"\(s.text(max(0, i - 1), i))\" judges people's effort; say what the process asked of them and what made the step easy to skip.",
                                          better: "Say what made the step easy to skip: “Reading the release notes is not a step in the upgrade runbook, and nothing links them from the deploy tool.”"))
                } else if x == "cared" || x == "care", ["nobody", "no-one", "didn't", "never"].contains(p) {
                    out.append(RawFinding(check: "loaded-word", at: max(0, i - 1), excerpt: s.text(max(0, i - 1), i),
                                          message: "\"\(s.text(max(0, i - 1), i))\" judges people's motives; describe what the process did and did not ask of them.",
                                          better: "Describe the process instead: “No owner was assigned to <the thing>, and no alert covered it.”"))
                }
            case "thought", "thinking", "regard":
                // "picked with no thought at all", "without thinking", "with zero consideration"
                let p = i > 0 ? s.w[i - 1] : ""
                // "Somehow nobody thought to look at the certificate"
                if x == "thought", ["nobody", "no-one", "noone"].contains(p), s.word(i + 1) == "to" { add(i - 1, i + 1, x, "did not"); continue }
                if ["no", "zero", "little", "without", "any"].contains(p), x != "any" {
                    if p == "any", !s.negated(before: i - 1, within: 2) { continue }
                    add(i - 1, i, x, "without a documented rationale")
                }
            case "poorly", "poor", "unacceptable", "unacceptably", "famously", "notoriously", "infamous", "infamously":
                // "a poorly written regex", "poor security practices": a grade, not a description
                if x == "poor" {
                    guard let n = s.word(i + 1), LanguageChecker.workNouns.contains(n) || (s.word(i + 2).map { LanguageChecker.workNouns.contains($0) } ?? false) else { continue }
                    // ("hazards likely due to poor housekeeping practices", "poor lighting": a site's condition, the safety term)
                    if ["housekeeping", "lighting", "visibility", "ventilation", "weather", "drainage", "ground", "road", "signal", "reception", "condition", "conditions", "air", "water", "soil", "light", "footing", "grip"].contains(n) { continue }
                    // ("an inadequate welding procedure and poor welding quality": the quality of a made thing, the inspector's term)
                    if s.span(i + 1, i + 3).contains(where: { ["quality", "fusion", "penetration", "adhesion", "insulation", "contact", "fit", "finish"].contains(s.w[$0]) }) { continue }
                    if s.negated(before: i, within: 2) { continue }
                }
                if x == "poorly", let n = s.word(i + 1), ["lit", "suited", "documented"].contains(n) { continue }
                // ("areas of unacceptably high bushfire risk": a risk rating, the planning term)
                if x == "unacceptably" || x == "unacceptable", s.span(i + 1, i + 4).contains(where: { ["risk", "risks", "hazard", "hazards"].contains(s.w[$0]) }) { continue }
                // ("Wait times ... were unacceptably high": a measure judged against a standard, not people)
                // (not "The vendor's response was unacceptably slow": a grade of people's work)
                if x == "unacceptably", ["high", "long", "slow", "low", "large"].contains(s.word(i + 1) ?? ""),
                   s.span(max(0, i - 6), i).contains(where: { ["times", "time", "levels", "level", "rates", "rate", "latency", "latencies", "waits", "delays", "queues", "volumes"].contains(s.w[$0]) }) { continue }
                // ("one of these shards was performing poorly": how a system behaved, not a grade of people's work)
                if x == "poorly", i > 0, ["performing", "performed", "performs", "perform", "behaving", "behaved", "scaled", "scaling", "responding", "running", "ran"].contains(s.w[i - 1]) { continue }
                add(i, i, x, nil)
            case "house", "train", "dumpster", "asleep", "know", "no", "let", "shame", "sheer", "pure", "total", "complete", "utter", "absolute", "a", "the", "shrugged", "brushed", "waved", "didn't", "did", "dragged", "cutting", "cut", "asking", "hands", "mess", "out", "in", "not", "wasn't", "caught",
                 "corners", "took", "taking", "take", "taken", "shortcuts", "excess", "too", "is", "was", "are", "were", "an", "without", "with", "clown", "clownshow", "such", "finally", "just", "kind", "sort":
                // idioms that grade the work or the people: "a house of cards", "naive at best", "asleep at the wheel", "a mess"
                for p in LanguageChecker.judgementIdioms where s.has(p, at: i) {
                    // ("You rely on us to do your work, and in this case, we let you down": the apology, owned by the writer)
                    if p == "let you down", i > 0, ["we", "i"].contains(s.w[i - 1]) { break }
                    // ("This is no excuse, and I understand that ... we are responsible for all the issues you face": the writer's own ownership)
                    if p == "no excuse", ["we are responsible", "we're responsible", "our responsibility", "we take responsibility", "we take full responsibility", "we own"].contains(where: { s.find($0) != nil }) { break }
                    let e = min(s.count - 1, i + p.split(separator: " ").count - 1)
                    let dismissal = ["shrugged", "brushed", "waved"].contains(x)
                    let rep = p.hasSuffix("chaos") || p.hasSuffix("panic") ? "confusion" : p.hasSuffix("shambles") ? "disorganised"
                        : dismissal ? (s.span(e + 1, s.count).contains(where: { s.w[$0] == "to" }) ? "attributed" : "treated") : p.hasSuffix("take care to") ? "did not" : nil
                    add(i, e, p, rep)
                    break
                }
            case "should" where ["never", "not"].contains(s.word(i + 1) ?? "") && s.word(i + 2) == "have" && s.word(i + 3) == "happened" && i > 0 && (["this", "it"].contains(s.w[i - 1]) || s.w[i - 1] == "that" && s.isSentenceStart(i - 1)) && i - 1 <= s.firstWordIndex + 3,
                 "never" where s.word(i + 1) == "should" && s.word(i + 2) == "have" && s.word(i + 3) == "happened" && i > 0 && ["this", "it"].contains(s.w[i - 1]),
                 "shouldn't" where s.word(i + 1) == "have" && s.word(i + 2) == "happened" && i > 0 && ["this", "it"].contains(s.w[i - 1]) && i - 1 <= s.firstWordIndex + 3:
                // "This should never have happened.": a verdict in place of an account; say what allowed it
                out.append(RawFinding(check: "loaded-word", at: i, excerpt: s.text(i - 1, min(s.count - 1, i + 3)),
                                      message: "\"\(s.text(i - 1, min(s.count - 1, i + 3)))\" is a verdict, not an account; say what allowed it to happen.",
                                      better: "Say what allowed it: " + Rewrite.quote("<The failure> happened because <the gap>; <the change> now prevents it")))
            case "lied", "lying":
                // "the provider API lied about the server's state": a verdict on intent where a wrong report happened
                if x == "lied" || s.word(i + 1) == "about" { add(i, s.word(i + 1) == "about" ? i + 1 : i, x, x == "lied" ? "misreported" : "misreporting") }
            case "our", "my":
                // "This is again our bad as SDKs were missing ...": a verdict, not a reason
                if s.word(i + 1) == "bad", s.word(i + 2).map({ !s.isWord(i + 2) || ["as", "because", "since", "for", "that", "-", "here", "again", "on"].contains($0) }) ?? true {
                    add(i, i + 1, "our bad", "our gap")
                }
            case "neglected":
                // "a config that has been neglected for years": someone should have tended it
                if i > 0, ["been", "was", "were", "is", "are", "long", "badly", "totally"].contains(s.w[i - 1]) { add(i, i, x, "left without an owner") }
                // "We had neglected to install SMART monitoring": a verdict on people for a step not taken
                else if s.word(i + 1) == "to" { add(i, i + 1, x, "did not") }
            case "overlooked":
                // "the certificate had been overlooked", "we overlooked the expiry": says someone should have seen it
                let p = i > 0 ? s.w[i - 1] : ""
                if ["was", "were", "been", "being", "got", "is", "are", "get", "gets"].contains(p) { add(i, i, x, "left unchecked") }
                else if ["we", "i", "they", "he", "she", "you", "someone", "somebody", "everyone", "team"].contains(p) { add(i, i, x, "did not check") }
            case "botched", "botch", "bungled":
                add(i, i, x, "failed")
            case "fat-fingered", "fat-finger", "fatfingered", "fat-fingering":
                // the noun ("a fat-finger in the console") needs a noun
                add(i, i, x, i > 0 && ["a", "an", "the", "one"].contains(s.w[i - 1]) ? "input error" : "mistyped")
            case "fumbled", "fumbling", "fumble":
                add(i, i, x, "struggled with")
            case "great", "brilliant", "genius", "bright":
                // "someone on call decided restarting every node at once was a great idea": sarcasm grades the person
                if s.word(i + 1) == "idea" || s.word(i + 1) == "move", i > 1, ["a", "such"].contains(s.w[i - 1]), s.span(0, i).contains(where: { ["decided", "thought", "figured", "reckoned"].contains(s.w[$0]) }) {
                    add(i - 1, i + 1, x, nil)
                }
            case "bad":
                // "bad ops practices": a grade of people's work
                if let n = s.word(i + 1), LanguageChecker.workNouns.contains(n) || (s.word(i + 2).map { LanguageChecker.workNouns.contains($0) && !["review", "code", "design"].contains($0) } ?? false) {
                    add(i, i, x, nil); continue
                }
                // "This was a bad idea", "a bad call": a verdict on a decision, not its context
                if let n = s.word(i + 1), ["idea", "call", "move", "decision", "choice", "judgement", "judgment"].contains(n), i > 0, ["a", "the", "another", "really", "very"].contains(s.w[i - 1]) {
                    // ("obviously a bad idea" is hindsight first; that finding says it)
                    if !s.span(max(0, i - 3), i).contains(where: { ["obviously", "clearly", "hindsight", "retrospect"].contains(s.w[$0]) }) { add(i, i + 1, x, nil) }
                    continue
                }
                // "Keiko's bad deploy", "his bad push": a person's change called bad
                if let n = s.word(i + 1), Lex.actionNouns.contains(n) || ["push", "merge", "rollout"].contains(n), i > 0,
                   s.toks[i - 1].isPossessive || ["his", "her", "their", "my", "your"].contains(s.w[i - 1]) {
                    add(i - 1, i + 1, x, "the " + n)
                }
            case "blunder", "blunders", "screwup", "screw-up", "goof":
                add(i, i, x, "action")
            // "We goofed, and we're doing our best ...": the verdict in the verb
            case "goofed":
                add(i, i, x, "got it wrong")
            case "cock":
                if ["up", "ups"].contains(s.word(i + 1) ?? "") { add(i, i + 1, x, "failure") }
            case "joke":
                // "Our alerting on the points ledger is, to be blunt, a joke": the work graded, not described
                if i > 0, ["a", "complete", "total", "bad", "sick", "running"].contains(s.w[i - 1]), s.span(max(0, i - 8), i).contains(where: { ["is", "was", "are", "were", "it's", "that's"].contains(s.w[$0]) }),
                   !s.span(i + 1, i + 3).contains(where: { ["about", "that", "ticket", "channel", "emoji"].contains(s.w[$0]) }) { add(i, i, x, "not fit for purpose") }
            case "failings":
                // "one of the worst failings in IT: a self-inflicted outage"
                if i > 0, ["worst", "biggest", "gravest", "serious", "grave", "repeated", "catastrophic"].contains(s.w[i - 1]) { add(i - 1, i, x, "gaps") }
            case "self-inflicted":
                add(i, i, x, "caused by our own change")
            case _ where ["picking", "pick", "picks", "picked"].contains(x) && s.word(i + 1) == "and" && ["choosing", "choose", "chooses", "chose"].contains(s.word(i + 2) ?? ""):
                // ("the membership at all levels is picking and choosing which ones they are willing to follow": rules treated as optional, said as a sneer)
                add(i, i + 2, x, "applying only some of")
            case "jumped":
                // "officials jumped the gun on sending out the press release"
                if s.has("the gun", at: i + 1) { add(i, i + 2, x, "acted before the facts were in") }
            case "miss":
                // "This is a significant miss, and for that we apologize": a verdict on the people, not what was missed
                if i > 1, ["significant", "big", "huge", "major", "clear", "serious", "massive", "real"].contains(s.w[i - 1]), ["a", "an"].contains(s.w[i - 2]) { add(i - 1, i, x, "gap") }
            case _ where ["messed", "messing"].contains(x) && ["about", "around"].contains(s.word(i + 1) ?? ""):
                // ("IT having messed about with remote access for 5 mins first": the work sneered at)
                add(i, i + 1, x, "worked on")
            case "messed", "screwed":
                // ("some routing seemed messed up" describes a state; "I messed up the migration" grades the person)
                // ("We know it messed up your workdays": what the outage did to the readers, not a grade of anyone)
                // ("We messed up and we are sorry for causing this disruption": the writer's own organisation owning it, in an apology)
                if s.word(i + 1) == "up", i > 0, s.w[i - 1] == "we", s.containsAny(["sorry", "apologise", "apologize", "apologies", "apology"]) { continue }
                if s.word(i + 1) == "up", !(i > 0 && ["seemed", "seems", "looked", "looks", "got", "gets", "it", "this", "which", "outage", "incident", "downtime"].contains(s.w[i - 1])) { add(i, i + 1, x, "broke") }
                // ("We really screwed this one up")
                else if ["this", "that", "it"].contains(s.word(i + 1) ?? ""), s.span(i + 2, i + 4).contains(where: { s.w[$0] == "up" }) { add(i, i + 1, x, "broke") }
                // "we would be screwed"
                else if x == "screwed", i > 0, ["be", "been", "are", "were", "is", "was", "totally", "completely", "so"].contains(s.w[i - 1]) { add(i, i, x, "in serious trouble") }
            case "dropped", "drop", "dropping":
                // ("For once we didn't drop the ball" still grades people)
                if s.has("the ball", at: i + 1) { add(i, i + 2, x, "did not complete the step", negationWithin: 0) }
            case "fault":
                // ("called the telecoms provider's fault line": the line for reporting faults)
                if ["line", "desk", "number", "report", "reports", "ticket", "code", "codes", "log", "centre", "center", "reporting", "handling"].contains(s.word(i + 1) ?? "") { continue }
                // ("the bot logs were not evident that anything was at fault": no one is judged)
                if i > 0, s.w[i - 1] == "at", !(i > 2 && ["anything", "something", "nothing", "what", "which"].contains(s.w[i - 3])) { add(i - 1, i, x, "involved") }
                else if i > 0, s.toks[i - 1].isPossessive || ["my", "our", "his", "her", "their", "whose", "your"].contains(s.w[i - 1]) {
                    add(i - 1, i, x, "a contributing factor")
                // ("Incidents are ... a fault of the organization": the blameless creed puts it on the system, not on people)
                } else if s.word(i + 1) == "of", s.isWord(i + 2), !["tolerance", "injection"].contains(s.w[i + 2]),
                          !s.span(i + 2, i + 5).contains(where: { ["organization", "organisation", "system", "systems", "process", "processes", "company", "design", "tooling"].contains(s.w[$0]) }) {
                    let t = i + 2 < s.count ? s.w[i + 2] : ""
                    if ["the", "a", "an", "one", "our", "his", "her", "their"].contains(t) || finder.agent(s, at: i + 2) != nil { add(i, i + 1, x, "a contributing factor") }
                }
            case "blame", "blamed", "blaming":
                if exempt { continue }
                // talk about blame itself: "this is not a process for assigning blame", "a culture of blame"
                // ("Going beyond blaming human error, health services are encouraged to dive deep ...": blaming named to be left behind)
                if i > 0, ["no", "without", "not", "git", "svn", "hg", "assigning", "assign", "apportion", "apportioning", "placing", "of", "about", "culture", "beyond", "than", "stop", "avoid"].contains(s.w[i - 1]) { continue }
                // ("Blaming the deploy would miss the point: ...": the act of blaming weighed, and set aside)
                if x == "blaming", i == s.firstWordIndex { continue }
                // ("our helpline message blamed the weather": a thing named as the cause, by a thing)
                if x == "blamed", i > 0, ["message", "notice", "statement", "update", "banner", "page", "status", "recording", "announcement", "ivr", "email", "post"].contains(s.w[i - 1]),
                   s.word(i + 1).map({ ["the", "a", "an"].contains($0) }) == true, finder.agent(s, at: i + 2) == nil, finder.agent(s, at: i + 1) == nil { continue }
                add(i, i, x, "focus on what allowed")
            case "mistake", "mistakes":
                if exempt { continue }
                // ("Human mistakes are inevitable, and the system ... should be designed to make them really hard to do": the principle, not a verdict)
                if s.span(i + 1, i + 4).contains(where: { ["inevitable", "unavoidable", "happen", "happens", "will"].contains(s.w[$0]) }), s.containsAny(["system", "systems", "designed", "design", "processes", "tooling"]) { continue }
                // ("Donors who wrote in asking whether they had made a mistake": a question people asked, not a verdict)
                if s.span(max(0, i - 7), i).contains(where: { s.w[$0] == "whether" || s.w[$0] == "if" && ["asking", "asked", "wondering", "wondered", "checking", "checked"].contains(s.word($0 - 1) ?? "") }) { continue }
                // ("you thought you had made a mistake and tried again — you hadn't": what the people hit feared; "even when no one made a mistake")
                if s.span(max(0, i - 7), i).contains(where: { ["thought", "feared", "worried", "assumed", "believed", "suspected"].contains(s.w[$0]) && (["you", "they", "customers", "users", "readers", "people", "many", "some", "donors", "members", "players"].contains(s.word($0 - 1) ?? "")
                    || ["you", "they", "he", "she"].contains(s.word($0 + 1) ?? "") && s.word($0 + 2) == "had") })
                    // ("included 41 objects by mistake because the restore script compared filenames case-sensitively": the reason follows)
                    || i > 0 && s.w[i - 1] == "by" && s.span(i + 1, s.count).contains(where: { ["because", "since"].contains(s.w[$0]) })
                    // ("a mistake in proctoring costs a student a re-sit": what any mistake costs)
                    || ["costs", "cost"].contains(s.word(i + 1) ?? "") || s.span(i + 1, i + 5).contains(where: { ["costs"].contains(s.w[$0]) })
                    || s.span(max(0, i - 5), i).contains(where: { ["nobody", "no-one", "noone"].contains(s.w[$0]) || s.has("no one", at: $0) }) { continue }
                // ("to contact all our Scottish applicants to explain our mistake and apologise": the organisation owning it in an apology)
                if i > 0, ["our", "my"].contains(s.w[i - 1]), s.containsAny(["apologise", "apologize", "apologised", "apologized", "apologising", "apologizing", "apology", "apologies", "sorry"]) { continue }
                // ("We hope you benefit from our mistakes", "so others can learn from our mistakes": what was learned, offered)
                if i >= 3, ["our", "my", "these"].contains(s.w[i - 1]), s.w[i - 2] == "from", ["learn", "learning", "learned", "learnt", "benefit", "benefits", "profit", "grow"].contains(s.w[i - 3]) { continue }
                // ("we want to be transparent about it and own up to our mistakes": the organisation owning its part)
                if i >= 3, ["our", "my"].contains(s.w[i - 1]), s.w[i - 2] == "to", ["up", "own"].contains(s.w[i - 3]) { continue }
                // ("The problem was not that an engineer made a mistake": the reading the writer rejects)
                if s.span(max(0, i - 14), i).contains(where: { s.has("not that", at: $0) || s.has("wasn't that", at: $0) || s.has("isn't that", at: $0) || s.has("not want", at: $0) || s.has("wouldn't want", at: $0) }) { continue }
                let p = i > 0 ? s.w[i - 1] : ""
                let pp = i > 1 ? s.w[i - 2] : ""
                let n = s.word(i + 1) ?? ""
                // ("Students who uploaded the wrong file by mistake can replace it until 12:00": the service's users, whose slips it allows for)
                if p == "by", s.span(0, i).contains(where: { Coach.populationNouns.contains(s.w[$0]) || ["applicants", "candidates", "callers", "patrons", "borrowers"].contains(s.w[$0]) }),
                   !s.span(0, i).contains(where: { Lex.roles.contains(s.w[$0]) }) { continue }
                var hit = ["made", "human", "his", "her", "their", "my", "rookie", "honest", "careless", "stupid", "silly", "by", "operator",
                           "biggest", "big", "main", "key", "real", "critical", "fatal", "costly", "major", "classic", "first", "obvious", "same", "our", "simple",
                           "basic", "elementary", "avoidable", "dumb", "beginner", "newbie", "several", "multiple", "repeated", "unfortunate", "grave", "massive", "huge",
                           "next", "second", "third", "last", "little", "small", "another", "personal", "stupid", "dumb", "painful"].contains(p)
                    || i == s.endIndexBeforeFinalPunct && (max(0, i - 6)..<i).contains(where: { ["was", "is", "it's"].contains(s.w[$0]) }) && (max(0, i - 6)..<i).contains(where: { s.w[$0] == "a" })
                    // ("was, in the investigator's view, a fundamental mistake": the verdict past an aside)
                    || i == s.endIndexBeforeFinalPunct && (max(0, i - 14)..<i).contains(where: { ["was", "is"].contains(s.w[$0]) && s.word($0 + 1) == "," }) && (max(0, i - 3)..<i).contains(where: { s.w[$0] == "a" })
                    || ["made", "makes"].contains(pp) && ["a", "an", "the", "another"].contains(p)
                    || (i > 0 && s.toks[i - 1].isPossessive)
                    || n == "by" || (n == "was" || n == "were") && s.word(i + 2) == "made"
                    // "all the mistakes that we made": the mistakes owned, as a verdict
                    || ["that", "which"].contains(n) && ["we", "i", "they", "he", "she"].contains(s.word(i + 2) ?? "") && s.word(i + 3) == "made"
                    || ["we", "i", "they", "he", "she"].contains(n) && s.word(i + 2) == "made"
                    || (pp == "was" || pp == "is" || pp == "it's") && p == "a" && (i == s.endIndexBeforeFinalPunct || ["that", "which", ","].contains(n))
                    // "Mistake on our part: ...", like "failure on our part"
                    || n == "on" && ["my", "our", "their", "his", "her", "your"].contains(s.word(i + 2) ?? "") && s.word(i + 3) == "part"
                if p == "by" { hit = true; add(i - 1, i, x, "unintentionally"); continue }
                // "A mistake in the deploy manifest": the noun judges whoever wrote it; name the defect instead
                // ("The mistake in the fare table was possible because the upload tool accepts CSV without schema checks" goes on to the system)
                // ("A mistake in a seniority file can reach live rosters in one step, so we need a validation stage": the gap is named)
                // ("so one mistake in a recipe can affect many lots before it is found": any mistake, in a design that lets it spread)
                if !hit, ["a", "an", "one", "the", "this", "that", "simple", "small", "single"].contains(p), ["in", "within", "inside", "on"].contains(n), !hasSystemReason(s, after: i),
                   !s.span(i + 2, i + 8).contains(where: { ["can", "could", "may", "might", "will", "would"].contains(s.w[$0]) }),
                   // ("A mistake in choosing a file is something any of us could make": anyone's, not someone's)
                   !["any of us", "anyone", "anybody", "everyone", "any one of us"].contains(where: { s.find($0) != nil }),
                   !s.span(i + 1, s.count).contains(where: { ["validation", "check", "checks", "test", "tests", "review", "reviews", "guardrail", "guardrails", "lint", "linter",
                       "confirmation", "approval", "safeguard", "safeguards", "gate", "caught", "spotted", "reviewer", "reviewers", "blocked", "rejected"].contains(s.w[$0]) }) {
                    let st = ["a", "an", "one", "the", "this", "that"].contains(p) ? i - 1 : i
                    add(st, i, x, p == "the" || p == "this" || p == "that" ? "the defect" : "a defect"); continue
                }
                if hit { add(i, i, x, "action") }
            case "fail", "failure", "failures":
                // "a massive fail", "an utter failure", "failure on my part to communicate": a verdict on people, not a description
                let p = i > 0 ? s.w[i - 1] : ""
                // ("a complete failure of the primary disk" describes hardware)
                if x == "fail" && ["massive", "epic", "total", "complete", "huge", "big", "absolute", "utter", "abject", "colossal", "spectacular"].contains(p)
                    || x != "fail" && ["utter", "abject", "epic", "spectacular"].contains(p) && s.word(i + 1) != "of" {
                    add(i - 1, i, x, "gap")
                } else if x == "failure", s.word(i + 1) == "on", let w = s.word(i + 2), ["my", "our", "their", "his", "her", "your"].contains(w), s.word(i + 3) == "part" {
                    add(i, i + 3, x, "gap")
                }
            case "forgot", "forgotten", "forgetting":
                if i > 0, ["not", "never", "be"].contains(s.w[i - 1]) && x == "forgotten" { continue }
                // "let it deplete, forgetting about the invoices" (not "without forgetting", nor a forgetting curve)
                if x == "forgetting" {
                    if ["about", "to", "that"].contains(s.word(i + 1) ?? ""), !(i > 0 && ["without", "avoid", "prevent"].contains(s.w[i - 1])) { add(i, i, x, "not tracking") }
                    continue
                }
                // "forgot to renew" → "did not renew" (not "did not to renew")
                if x == "forgot", s.word(i + 1) == "to" { add(i, i + 1, x, "did not") } else { add(i, i, x, x == "forgot" ? "did not" : "not done") }
            case "ignore":
                // "an idea we'll probably continue to ignore"
                if i > 0, s.w[i - 1] == "to", s.span(max(0, i - 6), i).contains(where: { ["we", "we'll", "they", "i"].contains(s.w[$0]) }) { add(i, i, x, "not act on") }
            case "unwilling":
                // "Unwilling to test (time is money!), they sent it live"
                if s.word(i + 1) == "to" { add(i, i + 1, x, "did not") }
            case "ignored", "ignoring", "disregarded":
                let p = i > 0 ? s.w[i - 1] : ""
                var hit = ["we", "i", "they", "you"].contains(p)
                // ("was simply ignored", "were largely ignored")
                let adverbBefore = i > 1 && ["simply", "just", "largely", "mostly", "completely", "totally", "entirely", "repeatedly", "routinely"].contains(p)
                if ["was", "were", "been", "being", "got", "are", "is", "get"].contains(adverbBefore ? s.w[i - 2] : p) {
                    var q = i - (adverbBefore ? 3 : 2)
                    while q >= 0, s.isWord(q), !LanguageChecker.attentionNouns.contains(s.w[q]), i - q < 10 { q -= 1 }
                    // ("the robot error screen was showing since 02:12, which was ignored": the signal before the relative)
                    if q >= 1, s.w[q + 1] == "which" || s.w[q + 1] == "that", s.w[q] == "," {
                        q -= 1
                        while q >= 0, !LanguageChecker.attentionNouns.contains(s.w[q]), i - q < 16, !["because", "but", "and", "so"].contains(s.w[q]) { q -= 1 }
                    }
                    hit = q >= 0 && LanguageChecker.attentionNouns.contains(s.w[q])
                    // ("The advice of the second Engineer on the dangers of welding ... was disregarded": the subject's head, however long its tail)
                    || ["the", "this", "that", "his", "her", "their", "our"].contains(s.w[s.firstWordIndex]) && LanguageChecker.attentionNouns.contains(s.word(s.firstWordIndex + 1) ?? "")
                        && !s.span(s.firstWordIndex + 2, i).contains(where: { ["was", "were", "is", "are"].contains(s.w[$0]) && $0 < i - 2 })
                    if s.word(i + 1) == "by" { hit = hit && !(s.isWord(i + 2) && finder.agent(s, at: i + 2) == nil && finder.agent(s, at: i + 3) == nil) }
                }
                if LanguageChecker.attentionNouns.contains(s.word(i + 1) ?? "") || (s.word(i + 1) == "the" && LanguageChecker.attentionNouns.contains(s.word(i + 2) ?? "")) {
                    if ["we", "i", "they", "you", "team", "everyone", "people"].contains(p) { hit = true }
                }
                // "The alert was ignored" → "The alert was not acted on" (not "ignored, as designed, by the idempotency layer")
                if hit, !["as designed", "by design", "as intended", "as expected"].contains(where: { s.find($0) != nil }) { add(i, i, x, ["was", "were", "been", "being", "got", "are", "is", "get"].contains(p) ? "not acted on" : "did not act on") }
            case "oversight", "oversights":
                let p = i > 0 ? s.w[i - 1] : ""
                // "we made two oversights": a verdict on the people's attention ("regulatory oversight", "an oversight board" are not)
                if i >= 2, s.span(max(0, i - 3), i).contains(where: { ["made", "make", "making", "commit", "committed"].contains(s.w[$0]) }) { add(i, i, x, "gaps"); continue }
                // ("Small oversights in the checks prior to cut over": slips counted as a verdict)
                if x == "oversights", ["small", "minor", "several", "some", "few", "many", "multiple", "little", "our", "my", "his", "her", "their", "obvious", "basic", "silly"].contains(p) || i == s.firstWordIndex { add(i, i, x, "gaps"); continue }
                // ("a fundamental oversight in our test plan", "a glaring oversight": a verdict, not a description of the gap)
                if s.word(i + 1) == "by" || s.has("on the part of", at: i + 1) || ["his", "her", "their", "my", "human", "fundamental", "glaring", "major", "big", "huge", "serious", "basic", "simple", "stupid", "careless", "embarrassing", "massive", "clear", "obvious"].contains(p) || (i > 0 && s.toks[i - 1].isPossessive) {
                    add(i, i, x, "gap")
                }
            default: break
            }
        }
        return out
    }
}
