extension LanguageChecker {
    // MARK: hindsight

    /// Idioms of certainty after the fact: "plain as day", "the writing was on the wall", "was never going to work".
    static let hindsightIdioms: [String] = ["plain as day", "in plain sight",
        // "The steadily growing hold queue was plainly there on the interface monitor", "you didn't need to be a genius to see how that would go"
        "was plainly there", "were plainly there", "was right there", "were right there", "need to be a genius", "needed to be a genius", "take a genius", "took a genius", "takes a genius", "not rocket science",
        // "we kind of had this coming", "this one was always coming", "a record feed volume was a given", "was practically announcing
        // this problem", "was telling us exactly what would happen", "could hardly have signified anything other than"
        "had this coming", "had it coming", "was always coming", "were always coming", "was a given", "practically announcing", "was practically screaming",
        "telling us exactly", "could hardly have meant anything", "could hardly have signified", "could not have meant anything other", "staring us in the face", "stared us in the face", "writing was on the wall",
        "writing on the wall", "red flags", "red flag", "glaring", "benefit of hindsight", "predictably", "saw it coming", "see it coming",
        "everyone knew", "everybody knew", "we all knew", "all knew", "no surprise", "unsurprisingly", "inevitably", "was always going to", "were always going to", "was going to hurt", "was going to fail", "was going to break",
        "was going to happen", "were going to fail",
        // "The warnings were not heeded": the warning judged by what came after
        "were not heeded", "was not heeded", "were never heeded", "was never heeded", "went unheeded", "were unheeded", "was unheeded", "warnings were ignored", "warning was ignored",
        // "a mix-up was clearly always going to happen", "a volume issue was clearly on the cards" (not "is on the cards", a risk still ahead)
        "was clearly always going to", "were clearly always going to", "was obviously always going to", "was surely always going to", "was clearly on the cards", "were clearly on the cards",
        "was always on the cards", "were always on the cards", "was obviously on the cards", "was clearly in the cards", "was always in the cards", "accident waiting to happen", "disaster waiting", "a time bomb", "a ticking time bomb", "a timebomb", "only ever going to end one way", "only going to end one way", "could only end one way", "told the whole story", "tells the whole story", "no mystery", "crystal ball",
        "long predicted", "had predicted", "the inevitable", "all the signs", "saw this coming", "see this coming", "signs were there", "signs was there",
        "signs were all there", "signals were there", "there all along", "there for anyone to see", "for all to see", "20:20 hindsight", "20/20 hindsight",
        "could clearly see", "clearly see", "was going to run out", "were going to run out", "was going to run", "was clearly going to", "clearly saw", "anyone could see", "anyone could have seen", "could see it coming", "right there on the",
        "plain to see", "there to see", "easy to see", "mistakenly thought", "mistakenly believed", "mistakenly assumed", "wrongly assumed",
        "wrongly thought", "wrongly believed", "was never going to", "were never going to", "never stood a chance", "a harbinger", "the harbinger",
        // "it was only a matter of when" (not "it is only a matter of time before the disk fills again", a risk still ahead)
        "was only a matter of when", "was just a matter of when", "only a matter of when before",
        // "the failure was hardly a surprise", "told us everything we needed to know about what was coming", "only ever a question of time",
        // "Launching ... on the eve of the monthly run was asking for exactly this"
        // "with the benefit of what is now known, ... were a plain signal of the failure to come", "Clearly this was coming"
        "ought reasonably to have foreseen", "ought to have foreseen", "ought reasonably to have known", "ought to have known", "ought reasonably to have anticipated",
        "benefit of what is now known", "benefit of what we now know", "plain signal of the failure", "clear signal of the failure", "clearly this was coming", "this was clearly coming",
        "hardly a surprise", "hardly surprising", "little wonder", "small wonder", "told us everything we needed", "told us all we needed",
        "only ever a question of time", "was only a question of time", "was a question of when", "was asking for exactly this", "were asking for exactly this", "was asking for it",
        // "knew full well the dispatch system was going to put people in danger", "was staring everyone in the face", "was easy to foresee",
        // "ought to have told everyone the import was unsafe"
        "knew full well", "knew perfectly well", "knew very well", "staring everyone in the face", "staring them in the face", "staring you in the face", "stared everyone in the face",
        "easy to foresee", "easy to predict",
        // "knew this was coming tbh", "which in the light of subsequent events was plainly a precursor"
        "knew this was coming", "knew it was coming",
        // "was evident for everybody from the first day", "it was clear this kind of problem is coming one day", "..., and so it proved"
        "evident for everybody", "evident to everybody", "evident for everyone", "evident to everyone", "evident to all", "obvious to everyone", "obvious to everybody", "obvious to all",
        "obvious for everyone", "obvious for everybody", "is coming one day",
        // ("plainly evident to anyone who had read the 2021 asset survey": plain to whoever knew where to look, said once the outcome is known)
        "evident to anyone who", "obvious to anyone who", "plain to anyone who", "clear to anyone who", "apparent to anyone who", "evident to anybody who", "obvious to anybody who", "was coming one day", "and so it proved", "as it proved",
        // "Should anyone really have been surprised that a single Redis node fell over ...?", "This was the wrong call."
        "anyone have been surprised", "anyone really have been surprised", "anybody have been surprised", "anybody really have been surprised", "should we have been surprised",
        "should we really have been surprised", "could anyone have been surprised", "is anyone surprised", "was anyone surprised", "is anybody surprised", "was anybody surprised",
        // "Missed several opportunities to Stop the Job": chances counted after the fact
        "missed several opportunities", "missed many opportunities", "missed multiple opportunities", "missed numerous opportunities", "several missed opportunities", "multiple missed opportunities",
        "was the wrong call", "was the wrong decision", "was a bad call", "was the wrong move", "were the wrong call", "knew that was coming", "knew this would happen", "knew it would happen", "in the light of subsequent events", "in light of subsequent events",
        "plainly a precursor", "clearly a precursor", "obviously a precursor",
        // "the utilities failed to heed the forewarning they had received", "Anyone who has ever worked in IT will know that ...", "overwhelmingly evident"
        "failed to heed", "did not heed", "didn't heed", "heeded the warning", "anyone who has ever worked", "overwhelmingly evident", "known to be vulnerable long before", "were known to be vulnerable", "only question of time", "just question of time", "easily foreseeable",
        // "– clear signals missed", "the warning signs were missed"
        "clear signals missed", "clear signals were missed", "clear signs missed", "clear signs were missed", "warning signs missed", "warning signs were missed", "obvious signs were missed", "entirely foreseeable", "was foreseeable", "ought to have told", "should have told us"]

    /// A signal that "was screaming at us", "was practically drawing us a map": the graph made to speak, after the fact.
    static let signalSpeech: [String] = ["screaming at us", "screaming at", "shouting at us", "yelling at us", "staring at us", "waving at us", "drawing us a map",
        "waving a red flag", "spelling it out", "begging to be noticed", "begging for attention", "practically drawing", "practically shouting", "practically yelling",
        "all but shouting", "all but screaming", "flashing red at us"]
    static let signalNouns: Set<String> = ["graph", "graphs", "chart", "charts", "dashboard", "dashboards", "log", "logs", "metric", "metrics", "alert", "alerts",
        "trend", "numbers", "data", "disk", "queue", "signal", "signals", "signs", "errors", "panel", "panels", "util", "utilisation", "utilization",
        "latency", "lag", "counter", "counters", "monitor", "monitoring", "warnings", "warning", "histogram", "heatmap", "backlog"]

    func hindsight(_ s: Sentence) -> [RawFinding] {
        var out: [RawFinding] = []
        func add(_ i: Int, _ j: Int, _ msg: String, _ better: String) {
            out.append(RawFinding(check: "hindsight", at: i, excerpt: s.text(i, j), message: msg, better: better))
        }
        for i in 0..<s.count where s.isWord(i) {
            let x = s.w[i]
            if x == "should" || x == "should've" || x == "ought" || x == "shouldn't" {
                var j = i + 1
                if s.word(j) == "to" { j += 1 }
                // ("Shouldn't you have known what your infrastructure can support?": the question asked with hindsight)
                if ["you", "we", "they", "he", "she", "i"].contains(s.word(j) ?? ""), s.word(j + 1) == "have" { j += 1 }
                // ("The University should reasonably have foreseen ...": an adverb before "have")
                // ("The provider ought reasonably to have foreseen ...": the adverb before "to have")
                if ["reasonably", "really", "surely", "certainly", "definitely", "probably", "arguably"].contains(s.word(j) ?? ""), s.word(j + 1) == "have" { j += 1 }
                else if x == "ought", s.word(j) == "reasonably", s.word(j + 1) == "to", s.word(j + 2) == "have" { j += 2 }
                if x != "should've", s.word(j) == "have" { j += 1 } else if x != "should've" { continue }
                let v = s.word(j) ?? ""
                // ("nothing we learned ... gave any clear indication that the problems should have been anticipated": the hindsight denied)
                if s.span(0, i).contains(where: { ["nothing", "no", "none"].contains(s.w[$0]) }), s.span(max(0, i - 8), i).contains(where: { ["indication", "evidence", "sign", "signs", "suggestion", "reason"].contains(s.w[$0]) }) { continue }
                // ("which should have been recognised by the site": the signal judged by what came after)
                if LanguageChecker.hindsightVerbs.contains(v), v != "been" || ["obvious", "clear", "apparent", "evident", "known", "foreseen", "anticipated", "expected", "aware"].contains(s.word(j + 1) ?? "")
                    || LanguageChecker.hindsightVerbs.contains(s.word(j + 1) ?? "") && s.word(j + 1) != "been" {
                    let e = v == "been" ? j + 1 : j
                    add(i, e, "\"\(s.text(i, e))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: e + 1))
                    break
                }
            }
            if x == "obvious" || x == "obviously" || x == "avoidable" || x == "preventable" || x == "no-brainer" || x == "foreseeable" && i > 1 && ["was", "were", "sadly", "entirely", "clearly", "wholly", "quite"].contains(s.w[i - 1]) {
                if s.negated(before: i, within: 3) { continue }
                // ("it was obvious from the spectrum plot that the primary uplink had dropped": what a display showed then)
                if x == "obvious", s.word(i + 1) == "from", s.span(i + 2, i + 6).contains(where: { LanguageChecker.signalNouns.contains(s.w[$0]) || ["plot", "trace", "screen", "display", "readout", "output", "spectrum", "waveform", "console", "camera", "feed", "scope", "map"].contains(s.w[$0]) }),
                   !s.containsAny(["should", "could", "would", "hindsight", "earlier", "before"]) { continue }
                // ("The obvious lesson isn't 'be careful with valves'": the easy reading named and set aside)
                if x == "obvious", let n = s.word(i + 1), ["lesson", "takeaway", "answer", "conclusion", "fix", "reading", "explanation", "culprit", "response"].contains(n),
                   ["isn't", "wasn't", "is", "was"].contains(s.word(i + 2) ?? "") && (s.word(i + 2)!.hasSuffix("n't") || s.word(i + 3) == "not") { continue }
                // ("three deaths that were deemed to be preventable": a review body's classification, the patient-safety category)
                if x == "preventable" || x == "avoidable", s.span(max(0, i - 4), i).contains(where: { ["deemed", "classed", "classified", "categorised", "categorized", "graded", "coded"].contains(s.w[$0]) }) { continue }
                // ("The Review did not establish a sound evidential basis for asserting that avoidable deaths resulted": the claim weighed and not found)
                if x == "preventable" || x == "avoidable", s.span(max(0, i - 12), i).contains(where: { ["asserting", "assert", "claim", "claiming", "whether", "evidence", "establish"].contains(s.w[$0]) }) { continue }
                // ("The most obvious issue is that ...": which issue stands out, ranked now)
                // (but "I had missed the more obvious reason" grades the diagnosis with what is known now)
                if x == "obvious", i > 0, ["most", "more", "less", "least"].contains(s.w[i - 1]),
                   !s.span(0, i).contains(where: { ["missed", "overlooked", "ignored", "skipped", "forgot", "overlook", "miss"].contains(s.w[$0]) }) { continue }
                // ("Obviously we will keep doing firmware updates", "Obviously we're refunding the difference": a plan or what is being done now;
                // "The file obviously looked right to the tooling": how it looked then, the opposite of hindsight)
                if x == "obviously", s.span(i + 1, i + 4).contains(where: { ["will", "we'll", "we're", "i'll", "i'm"].contains(s.w[$0]) || s.w[$0] == "are" && (s.word($0 + 1)?.hasSuffix("ing") ?? false) }) { continue }
                // ("Customers said the SMS was obviously from us because it quoted their porting reference": what people saw then, reported)
                if x == "obviously", s.span(0, i).contains(where: { ["said", "told", "reported", "felt", "thought", "agreed"].contains(s.w[$0]) }), s.span(0, i).contains(where: { Coach.populationNouns.contains(s.w[$0]) }) { continue }
                // ("Obviously the hardest part was the premiere queue", "The line 2 operator obviously cared about the product": a verdict on the work now, or praise)
                if x == "obviously", s.has("the hardest", at: i + 1) || s.has("the toughest", at: i + 1) || s.has("the trickiest", at: i + 1) || s.has("the easiest", at: i + 1)
                    || ["cared", "cares", "tried", "worked", "knew", "loved"].contains(s.word(i + 1) ?? "") && !s.containsAny(["should", "could", "would"]) { continue }
                // ("Obviously wrong values (10x, 100x) are the easy case to catch": a kind of input described, not a verdict on foresight)
                if x == "obviously", let a = s.word(i + 1), ["wrong", "bad", "invalid", "malformed", "bogus", "absurd", "implausible", "incorrect", "corrupt", "fake", "broken", "junk"].contains(a),
                   let n = s.word(i + 2), s.isWord(i + 2), LanguageChecker.isPluralNoun(n) || ["value", "input", "entry", "data", "record", "file"].contains(n) { continue }
                // ("Obviously the fixed-time plans are safe - ... - but they are tuned for 2017 traffic": a fact about now, conceded)
                if x == "obviously", i == s.firstWordIndex, let v = s.span(i + 1, i + 7).first(where: { ["is", "are", "was", "were", "had", "has", "have", "should", "would", "could"].contains(s.w[$0]) }),
                   ["is", "are"].contains(s.w[v]), s.span(v + 1, s.count).contains(where: { s.w[$0] == "but" }),
                   !s.span(i + 1, s.count).contains(where: { ["should", "would", "could", "going", "known", "foreseen", "seen", "expected"].contains(s.w[$0]) }) { continue }
                if x == "obviously", ["looked", "seemed", "appeared"].contains(s.word(i + 1) ?? ""), ["right", "fine", "correct", "normal", "ok", "okay", "valid", "healthy"].contains(s.word(i + 2) ?? "") { continue }
                // ("What seemed obviously safe in a quiet week ... only failed at 14x normal traffic": how it looked then;
                // "Patients will obviously follow the printed label": what people do, predicted now)
                if x == "obviously", i > 0, ["seemed", "seems", "looked", "looks", "appeared", "appears", "will"].contains(s.w[i - 1]) { continue }
                // ("Obviously the most important thing for brokers was knowing what was going on": a priority stated, not a verdict on foresight)
                if x == "obviously", s.span(i + 1, i + 5).contains(where: { s.has("most important", at: $0) || s.has("top priority", at: $0) || s.has("first priority", at: $0) }) { continue }
                // ("The missing thumbnails were obvious to any visitor, and 18 users reported them": a symptom plain to users then)
                if x == "obvious", s.word(i + 1) == "to", s.span(i + 2, i + 5).contains(where: { ["visitor", "visitors", "user", "users", "customer", "customers", "reader", "readers", "viewer", "viewers",
                    "player", "players", "passenger", "passengers", "anyone", "everyone", "caller", "callers", "staff", "patients", "listeners"].contains(s.w[$0]) }),
                   // (but "obvious to anyone on the floor long before that night" is plain only now)
                   !["long before", "well before", "weeks before", "months before", "days before", "all along"].contains(where: { s.find($0) != nil }) { continue }
                // ("Nothing on the core dashboards obviously pointed at routing" says the signal was not plain)
                if s.span(max(0, i - 7), i).contains(where: { ["nothing", "nobody", "none", "no-one"].contains(s.w[$0]) }) { continue }
                if i > 0, ["less", "non", "non-"].contains(s.w[i - 1]) { continue }
                // ("We figured out the origin in no time since the error log was quite obvious": a clear signal that helped, told as it happened)
                if x == "obvious", s.span(0, i).contains(where: { ["figured", "found", "identified", "spotted", "pinpointed", "located", "traced", "diagnosed", "noticed"].contains(s.w[$0]) }),
                   s.span(max(0, i - 5), i).contains(where: { ["log", "logs", "error", "errors", "message", "trace", "alert", "graph", "output", "symptom", "symptoms", "cause"].contains(s.w[$0]) }) { continue }
                // ("all the obvious efforts failed to have the desired results (e.g. restarting ...)": the first things anyone tries, tried at the time)
                if x == "obvious", let n = s.word(i + 1), ["efforts", "attempts", "fixes", "remedies", "steps", "things", "checks", "suspects", "candidates", "options", "workarounds", "first"].contains(n),
                   !s.containsAny(["should", "ignored", "missed", "overlooked"]) { continue }
                // ("I took the obvious approach of keeping redundancy": the first option to hand, chosen at the time)
                if x == "obvious", i > 0, s.w[i - 1] == "the", ["approach", "choice", "solution", "option", "way", "route", "answer", "candidate", "first", "next", "place"].contains(s.word(i + 1) ?? ""),
                   s.span(0, i).contains(where: { ["took", "chose", "picked", "went", "tried", "started", "take", "choose", "try"].contains(s.w[$0]) }) { continue }
                // ("The server was quite obviously down": the state as plainly seen then; "This is obviously not how the service is
                // supposed to behave": a verdict now, not a claim about what was known)
                if x == "obviously", let n = s.word(i + 1), ["down", "offline", "broken", "dead", "unreachable", "unresponsive", "overloaded", "wrong", "failing", "stuck"].contains(n), i > 0,
                   ["was", "were", "quite", "very", "pretty"].contains(s.w[i - 1]) { continue }
                if x == "obviously", i > 0, ["is", "are", "isn't", "aren't"].contains(s.w[i - 1]), s.word(i + 1) == "not" || s.w[i - 1].hasSuffix("n't") { continue }
                // ("restored the 15 km feed by 10:31, obviously a huge relief for the commentary team", "obviously a huge effort": how it felt, or praise)
                if x == "obviously", ["a", "an"].contains(s.word(i + 1) ?? ""), s.span(i + 2, i + 5).contains(where: { ["relief", "effort", "help", "boost", "comfort", "achievement", "feat", "win", "credit"].contains(s.w[$0]) }) { continue }
                // ("Obviously nobody enjoys a Tuesday like this one", "Obviously I'd rather be tweeting about our seed round": a feeling, not a verdict on what was knowable)
                // ("the outage was obviously stressful for students": plainly felt, not plainly foreseeable)
                // ("By approximately 18:48 NZT it was obvious that the migration had stalled again and so we began ...": seen then and acted on;
                // "Once it was clear what the issue was, the fix seemed obvious enough": obvious after the diagnosis, in the telling)
                if x == "obvious", s.span(i + 1, s.count).contains(where: { s.w[$0] == "so" && ["i", "we"].contains(s.word($0 + 1) ?? "") || ["and", "so"].contains(s.w[$0]) && s.word($0 + 1) == "we" && (s.word($0 + 2)?.hasSuffix("ed") ?? false) })
                    || s.span(0, i).contains(where: { ["once", "after"].contains(s.w[$0]) && s.span($0 + 1, $0 + 5).contains(where: { ["clear", "found", "identified", "understood", "known"].contains(s.w[$0]) }) }) { continue }
                // ("As we began digging into the logs ... it became obvious that ...": plain once looked at, in the telling of the investigation)
                if x == "obvious", i > 0, s.w[i - 1] == "became", s.span(0, i).contains(where: { ["as", "when", "while", "once", "after"].contains(s.w[$0]) && ["we", "i", "they", "the"].contains(s.word($0 + 1) ?? "") }),
                   s.span(0, i).contains(where: { ["digging", "looking", "investigating", "reviewing", "examining", "analysing", "analyzing", "began", "started", "dug", "looked", "checked", "inspected", "read"].contains(s.w[$0]) }) { continue }
                // ("obviously the first thing we checked was the crane PLC", "The first Grafana panel made it obviously a capacity problem": what
                // was plain or natural at the time, in the telling)
                // (but "Obviously the first thing to check was the deploy log, but we went down the network rabbit hole" grades the path taken)
                if x == "obviously", s.has("the first", at: i + 1) && !s.containsAny(["but", "instead", "yet", "however"]) || i > 1 && s.w[i - 1] == "it" && ["made", "makes", "showed", "shows"].contains(s.w[i - 2]) { continue }
                // ("we'd hoped to have this out within a week, but obviously that didn't happen", "there were obviously some unforeseen
                // side-effects": the plain fact that a plan failed, or that something was not foreseen, is the opposite of hindsight)
                if x == "obviously", s.span(i + 1, i + 4).contains(where: { s.w[$0].hasSuffix("n't") || ["not", "unforeseen", "unexpected", "unanticipated", "unplanned"].contains(s.w[$0]) }) { continue }
                if x == "obviously", let n = s.word(i + 1), ["stressful", "frustrating", "upsetting", "painful", "disappointing", "distressing", "worrying", "unwelcome", "difficult", "hard"].contains(n) { continue }
                if x == "obviously", s.span(i + 1, i + 5).contains(where: { ["enjoys", "enjoy", "enjoyed", "rather", "wish", "wished", "love", "hate", "regret", "sorry", "want", "wants", "wanted"].contains(s.w[$0]) }),
                   s.span(i + 1, i + 3).contains(where: { ["nobody", "no-one", "none", "i", "i'd", "we", "we'd", "everyone", "no"].contains(s.w[$0]) }) { continue }
                // ("previews were obviously lower quality for the 2 hours": a plain, visible difference; "The andon board show the stop
                // within one minute, obviously, but ...": a concession about a thing that worked)
                // ("obviously the cert swap was fine server-side", "this type of incident obviously makes it harder for you": a plain fact, or empathy)
                if x == "obviously", s.span(i + 1, i + 7).contains(where: { ["fine", "ok", "okay", "healthy", "unaffected", "working"].contains(s.w[$0]) }) || s.word(i + 1) == "makes" && s.word(i + 2) == "it" { continue }
                // ("Obviously passengers trust the display more than the app": a fact about now, in the present tense)
                // ("Obviously we cannot push to 634 vessels at once, so ...", "Privacy settings are obviously the promise our members care about most":
                // a constraint or a value now, in a present clause, whatever follows the comma)
                if x == "obviously", case let ce = s.span(i + 1, s.count).first(where: { s.isPunct($0) && [",", ";", ":", "—"].contains(s.w[$0]) || ["so", "because", "but"].contains(s.w[$0]) }) ?? s.count,
                   i == s.firstWordIndex || i > 0 && ["is", "are"].contains(s.w[i - 1]),
                   i == s.firstWordIndex && ce == s.count || s.span(i + 1, ce).contains(where: { ["cannot", "can't", "can", "is", "are", "do", "does", "don't", "doesn't", "need", "needs", "must", "the"].contains(s.w[$0]) }) || i > 0 && ["is", "are"].contains(s.w[i - 1]),
                   !s.span(s.firstWordIndex, ce).contains(where: { English.isPast(s.w[$0]) && !s.toks[$0].isCapitalized || ["was", "were", "had", "should", "would", "could", "have", "been"].contains(s.w[$0]) }) { continue }
                if x == "obviously", let n = s.word(i + 1), ["lower", "higher", "slower", "faster", "smaller", "bigger", "larger", "worse", "grainier", "blurrier"].contains(n),
                   ["quality", "resolution", "bitrate", "fidelity", "accuracy", "throughput"].contains(s.word(i + 2) ?? "") { continue }
                if x == "obviously", i > 0, s.w[i - 1] == ",", s.word(i + 1) == ",", s.word(i + 2) == "but" { continue }
                // ("a pattern which appears obvious from the collated evidence was, at 06:41, a single telephone call": hindsight named and set aside)
                if x == "obvious", i > 0, ["appears", "appeared", "seems", "seemed", "looks", "looked"].contains(s.w[i - 1]),
                   ["from", "now", "afterwards", "in"].contains(s.word(i + 1) ?? ""), s.containsAny(["at", "then", "time", "but"]) { continue }
                // "It was obvious (in hindsight) that X": removing the word would leave "It was that X"
                let better: String
                if x == "obvious", i > 0, ["was", "is", "seemed", "seems", "looked", "became"].contains(s.w[i - 1]), let t = s.index(of: "that", from: i) {
                    better = Rewrite.forHindsight(s, from: t)
                } else {
                    better = Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>")
                }
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: it was not obvious at the time; say what information was available then.", better)
                break
            }
            if x == "easily" || x == "clearly", let n = s.word(i + 1), ["avoided", "prevented", "caught", "spotted", "avoidable", "preventable", "should"].contains(n) || n == "have" && ["avoided", "prevented", "caught", "spotted", "been"].contains(s.word(i + 2) ?? "") {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "it was clear that the retry storm would ...": certainty only available afterwards
            // ("it was clear that creating ten thousand rules would take hours, so I killed everything": what the responder saw and acted on)
            // ("It was clear that the latest change set contained a bug and the rollback procedure was started": the realisation acted on then)
            let actedOn = s.span(i + 1, s.count).contains(where: { s.w[$0] == "so" && ["i", "we"].contains(s.word($0 + 1) ?? "") })
                || s.span(i + 1, s.count).contains(where: { k in ["and", "so"].contains(s.w[k]) && s.span(k + 1, k + 5).contains(where: { ["rollback", "revert", "failover", "rolled", "reverted", "restarted"].contains(s.w[$0]) })
                    && s.span(k + 1, s.count).contains(where: { ["started", "initiated", "began", "begun", "triggered", "we", "rolled", "reverted", "restarted"].contains(s.w[$0]) }) })
            // ("A few seconds later it became clear that the virtual machines had file system corruptions": the moment it dawned, during the incident)
            // ("Just two hours after the release was out, it became clear that ...": the moment told by how long after)
            let dawned = i > 0 && s.w[i - 1] == "became" && s.span(0, i).contains(where: { ["later", "then", "soon", "shortly", "quickly", "immediately", "eventually", "gradually"].contains(s.w[$0]) || s.toks[$0].hasDigit && s.toks[$0].text.contains(":")
                || s.w[$0] == "after" && s.span(max(0, $0 - 3), $0).contains(where: { ["minutes", "hours", "seconds", "days", "mins", "hrs"].contains(s.w[$0]) }) })
            if x == "clear", i > 0, ["was", "became", "seemed", "is"].contains(s.w[i - 1]), s.word(i + 1) == "that", !s.negated(before: i, within: 3), !actedOn, !dawned {
                add(i - 1, i + 1, "\"\(s.text(i - 1, i + 1))\" is hindsight: it was not clear at the time; say what information was available then.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "The lag graph clearly showed the problem, but responders were looking at ...": the signal judged with hindsight
            if x == "clearly", let n = s.word(i + 1), ["showed", "shows", "indicated", "pointed", "signalled", "signaled", "revealed", "displayed"].contains(n),
               (s.span(i + 2, s.count)).contains(where: { ["but", "yet", "although", "though", "still"].contains(s.w[$0]) })
                // "... clearly showed ingest heading for the 50 GB limit since Tuesday": a trend that was there for days, judged now
                || (s.span(i + 2, s.count)).contains(where: { k in ["since", "heading", "trending", "creeping", "climbing", "all along", "for days", "for hours", "for weeks", "days before", "hours before", "well before", "long before"].contains { s.has($0, at: k) } }) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight: the signal is clear now, not necessarily then; say why it did not stand out at the time.",
                    "Say why the signal did not stand out then: " + Rewrite.quote("\(i > s.firstWordIndex ? s.text(s.firstWordIndex, i - 1) : "The graph") \(s.w[i + 1]) \(Rewrite.cleanRest(s, from: i + 2)); it was not on the dashboard responders used, and no alert pointed to it"))
                break
            }
            if x == "retrospect", i > 0, s.w[i - 1] == "in" {
                add(i - 1, i, "\"In retrospect\" frames the account with hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            // ("In hindsight, it is most likely because it only requests 100Mi of RAM": a cause found afterwards, told as a guess, not a verdict)
            let guessedCause = s.span(i + 1, i + 7).contains(where: { ["likely", "probably", "possibly", "perhaps"].contains(s.w[$0]) }) && s.span(i + 1, i + 9).contains(where: { s.w[$0] == "because" })
                && !s.containsAny(["should", "obvious", "obviously", "clear", "clearly", "ignored", "missed"])
            // ("are much clearer in hindsight than they were to people directly involved at the time": hindsight named as the bias it is)
            let biasNamed = s.word(i + 1) == "than" && s.span(i + 2, s.count).contains(where: { ["time", "then", "involved"].contains(s.w[$0]) })
            if (["hindsight", "hind-sight"].contains(x) && i > 0 && ["in", "with"].contains(s.w[i - 1])) || (x == "back" && i > 0 && s.w[i - 1] == "looking"),
               s.count > i + 4, !guessedCause, !biasNamed, !s.containsAny(["learned", "learnt"]) || s.containsAny(["clear", "clearly", "obvious", "obviously", "should", "inevitable", "predictable", "evident", "signs", "sign", "warning",
                              "warnings", "ignored", "missed", "overlooked", "plain", "flag", "flags", "glaring", "wrong", "mistake", "naive", "risky", "would", "could"]) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" frames the account with hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            if ["seen", "see", "saw", "seeing"].contains(x), let n = s.word(i + 1), ["this", "it", "that"].contains(n), s.word(i + 2) == "coming" {
                add(i, i + 2, "\"Seen this coming\" is hindsight; say what information was available before the incident.", Rewrite.forHindsight(s, from: i + 3)); break
            }
            // "Any decent server developer would have known to disable these logs": a verdict by an imagined better person
            if x == "any", let m = s.span(i + 1, i + 5).first(where: { ["could", "would", "should"].contains(s.w[$0]) }), s.word(m + 1) == "have",
               let adj = s.word(i + 1), ["decent", "competent", "good", "half-decent", "experienced", "sensible", "reasonable", "seasoned", "qualified", "capable"].contains(adj),
               let v = s.word(m + 2), v.hasPrefix("know") || LanguageChecker.hindsightVerbs.contains(v) || ["caught", "spotted", "noticed", "prevented", "avoided"].contains(v) {
                add(i, m + 2, "\"\(s.text(i, m + 2))\" judges with hindsight through an imagined better person; say what information was available at the time.", Rewrite.forHindsight(s, from: m + 3)); break
            }
            if x == "anyone" || x == "anybody", let m = s.word(i + 1), ["could", "would", "should"].contains(m), s.word(i + 2) == "have",
               let v = s.word(i + 3), LanguageChecker.hindsightVerbs.contains(v) || ["caught", "prevented", "avoided", "predicted"].contains(v) {
                add(i, i + 3, "\"\(s.text(i, i + 3))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 4)); break
            }
            // "GPU util graph was screaming at us from 18:55", "the trend line was practically drawing us a map"
            // ("Looking back at the incident of last February: ...": a retrospective's frame, not hindsight)
            if x == "looking", s.word(i + 1) == "back", ["at", "on"].contains(s.word(i + 2) ?? ""), s.span(i + 3, i + 6).contains(where: { ["incident", "outage", "event", "events", "year", "month", "week", "timeline"].contains(s.w[$0]) }) { return out }
            // (not one heard at the time: "Alerts were screaming at us from 02:10, so we silenced the duplicates")
            if let p = LanguageChecker.signalSpeech.first(where: { s.has($0, at: i) }), s.span(max(0, i - 8), i).contains(where: { LanguageChecker.signalNouns.contains(s.w[$0]) }),
               !s.span(0, s.count).contains(where: { ["so", "we", "i", "on-call", "then", "until", "after", "once"].contains(s.w[$0]) }) {
                let e = min(s.count - 1, i + p.split(separator: " ").count - 1)
                add(i, e, "\"\(s.text(i, e))\" is hindsight: the signal only speaks this clearly afterwards; say what it looked like at the time and why it did not stand out.", Rewrite.forHindsight(s, from: e + 1))
                return out
            }
            // "Nobody needed a crystal ball here": it was plain, says the writer now (not "we don't have a crystal ball")
            if x == "crystal", s.word(i + 1) == "ball", s.span(max(0, i - 4), i).contains(where: { ["needed", "took", "required"].contains(s.w[$0]) }), s.negated(before: i, within: 4),
               !s.span(max(0, i - 5), i).contains(where: { ["would", "will"].contains(s.w[$0]) }) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" is hindsight: it is plain now, not necessarily then; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2))
                return out
            }
            // idioms of certainty after the fact: "plain as day", "staring us in the face", "the writing was on the wall"
            // ("with no reserves was never going to work": the idiom carries its own negation)
            // ("legality checker showing 37 red flags on today's pairings": flags a tool raised, counted, not a verdict)
            // ("a vehicle with an unrecognised beacon is invisible to its path planner even in plain sight": what a machine cannot see, not hindsight)
            for p in LanguageChecker.hindsightIdioms where s.has(p, at: i) && (!s.negated(before: i, within: 3) || p.contains("never") || p.contains("always") || p.contains("genius"))
                && !(p == "in plain sight" && (s.word(i - 1) == "even" || s.containsAny(["invisible", "hidden", "unseen"])))
                && !(p.hasPrefix("red flag") && i > 0 && (s.toks[i - 1].kind == .number || s.toks[i - 1].hasDigit))
                // ("we had no automated restore process (a red flag)": the writer's own label for a gap, in an aside, not a signal missed)
                && !(p.hasPrefix("red flag") && s.span(max(0, i - 3), i).contains(where: { s.w[$0] == "(" }) && s.word(i + p.split(separator: " ").count) == ")")
                // ("the authority to judge the inevitable trade-offs": trade-offs that come with any choice)
                && !(p == "the inevitable" && ["trade-offs", "trade-off", "tradeoffs", "tradeoff", "compromises", "compromise", "tensions", "tension", "questions"].contains(s.word(i + 2) ?? "")) {
                let e = min(s.count - 1, i + p.split(separator: " ").count - 1)
                add(i, e, "\"\(s.text(i, e))\" is hindsight: it is plain now, not necessarily then; say what information was available at the time.", Rewrite.forHindsight(s, from: e + 1))
                return out
            }
            // "Anyone could see from the dashboard that ...", "everybody knew this server would fail one day"
            if ["anyone", "anybody", "everyone", "everybody"].contains(x) {
                var j = i + 1
                // "Anyone looking at the latency graph could see ..."
                if let m = s.span(i + 1, i + 12).first(where: { ["could", "would", "can"].contains(s.w[$0]) }), ["see", "tell", "have"].contains(s.word(m + 1) ?? "") { j = m }
                // "Everyone on the infrastructure side knew ..."
                // (what they knew must be a forecast: "Everyone on the bridge knew the rollback plan" is preparation)
                else if x.hasPrefix("every") || x.hasPrefix("any") && s.word(i + 1) == "who", let m = s.span(i + 2, i + 8).first(where: { ["knew", "expected"].contains(s.w[$0]) }),
                        s.span(s.word(i + 1) == "who" ? i + 2 : i + 1, m).allSatisfy({ s.isWord($0) && !["who", "that", "and"].contains(s.w[$0]) }),
                        s.span(m + 1, m + 10).contains(where: { ["would", "wouldn't"].contains(s.w[$0]) || s.has("going to", at: $0) || s.has("bound to", at: $0) }) { j = m }
                if ["could", "would", "should", "can", "was", "were"].contains(s.word(j) ?? "") { j += 1 }
                if s.word(j) == "have" { j += 1 }
                if let v = s.word(j), ["see", "tell", "spot", "notice", "predict", "know", "knew", "knows", "knowing", "seen", "told", "spotted", "noticed", "predicted", "known", "guess", "guessed", "aware"].contains(v),
                   !s.negated(before: i, within: 2),
                   // ("the graph has to be split before anyone can tell them apart": what it takes now, not hindsight)
                   !(i > 0 && ["before", "until", "so"].contains(s.w[i - 1])), !s.span(j + 1, j + 4).contains(where: { s.w[$0] == "apart" }),
                   // ("I wanted to let everyone know that we did ... go to a lockdown": telling people, not what they knew)
                   !(i > 0 && ["let", "letting", "lets", "make", "keep", "inform", "help"].contains(s.w[i - 1])) {
                    add(i, j, "\"\(s.text(i, j))\" is hindsight: it is easy to see afterwards; say what information was available at the time and why it did not stand out.", Rewrite.forHindsight(s, from: j + 1))
                    break
                }
            }
            if x == "all", i > 0, s.w[i - 1] == "we", let v = s.word(i + 1), ["knew", "know", "saw", "expected"].contains(v) {
                add(i - 1, i + 1, "\"\(s.text(i - 1, i + 1))\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 2)); break
            }
            // "It was clear from the first alert that the database was the problem"
            // "The single point of failure was clearly visible in the architecture diagram long before launch"
            if ["clearly", "plainly", "obviously"].contains(x), let n = s.word(i + 1), ["visible", "evident", "apparent", "there", "shown", "marked"].contains(n),
               (s.span(i + 2, s.count)).contains(where: { k in ["long before", "well before", "weeks before", "months before", "days before", "all along", "for weeks", "for months", "in advance", "ahead of"].contains { s.has($0, at: k) } }) {
                add(i, i + 1, "\"\(s.text(i, i + 1))\" ... before is hindsight: it stands out now that the outcome is known; say what the signal looked like at the time and why it did not stand out.", Rewrite.forHindsight(s, from: i + 2))
                break
            }
            // "The latency dashboards made it evident long before the release that four sites would never fit": plain all along
            if ["clear", "evident", "apparent", "obvious", "plain"].contains(x), i > 1, s.w[i - 1] == "it", ["made", "makes", "make"].contains(s.w[i - 2]), !s.negated(before: i, within: 4),
               s.span(i + 1, i + 5).contains(where: { k in ["long before", "well before", "weeks before", "months before", "days before", "all along", "from the start", "in advance"].contains { s.has($0, at: k) } }),
               // (what it showed must be the failure: "made it evident well before launch that four sites would fit comfortably" is a test doing its job)
               s.span(i + 1, s.count).contains(where: { ["never", "not", "wouldn't", "couldn't", "fail", "fails", "overload", "break"].contains(s.w[$0]) || LanguageChecker.negativeOutcome.contains(s.w[$0]) }) {
                add(i - 2, i, "\"\(s.text(i - 2, i))\" ... before is hindsight: it stands out now that the outcome is known; say what the signal looked like at the time and why it did not stand out.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            // "failover risk to billing was evident well before the event": plain, it is said, before anything happened
            if ["clear", "evident", "apparent", "obvious", "plain"].contains(x), i > 0, ["was", "were", "is", "had"].contains(s.w[i - 1]) || s.w[i - 1] == "been", !s.negated(before: i, within: 3),
               // ("was obvious to anyone on the floor long before that night": who it was plain to, then when)
               s.span(i + 1, i + 8).contains(where: { k in s.span(i + 1, k).allSatisfy({ s.isWord($0) }) && ["long before", "well before", "weeks before", "months before", "days before", "all along", "in advance"].contains { s.has($0, at: k) } }),
               !s.containsAny(["dashboard", "dashboards", "graph", "graphs", "test", "tests", "canary"]) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" ... before is hindsight: it stands out now that the outcome is known; say what the signal looked like at the time and why it did not stand out.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            // "As was evident from the beginning, the old firmware could not handle ...": certainty claimed from the start
            if ["clear", "evident", "apparent", "obvious", "plain"].contains(x), i > 1, s.w[i - 1] == "was", s.w[i - 2] == "as", !s.negated(before: i, within: 3) {
                add(i - 2, i, "\"\(s.text(i - 2, i))\" is hindsight: it was not evident at the time; say what information was available then.", Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            // ("by 3:00 p.m. it became apparent that some profiles hadn't been restored": the moment it dawned, told in order)
            // ("It is clear to me that ... it was not enough": the writer's conclusion now, not a claim about what was plain then)
            if x == "clear", s.word(i - 1) == "is", ["me", "us"].contains(s.word(i + 2) ?? ""), s.word(i + 1) == "to" { continue }
            if x == "clear" || x == "evident" || x == "apparent" || x == "plain", i > 0, ["was", "became", "seemed", "is", "obviously"].contains(s.w[i - 1]), !s.negated(before: i, within: 3), !actedOn,
               s.w[i - 1] != "became" || s.containsAny(["first", "start", "beginning", "outset"]),
               s.span(i + 1, i + 9).contains(where: { s.w[$0] == "that" }),
               // ("It became clear at 09:20 that ...", "evident within two minutes ..., judging by the CPU graph": when it became clear, in the moment)
               !s.containsAny(["later", "after", "afterwards", "looking", "once", "when", "within", "judging", "shown", "minutes", "seconds", "eventually", "soon"]) && !s.span(0, i).contains(where: { s.w[$0] == "by" }) && !s.toks.contains(where: { $0.kind == .number && $0.text.contains(":") })
                || s.containsAny(["first", "start", "beginning", "outset"]) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" is hindsight: it was not clear at the time; say what information was available then.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            // "Memory reaches 97%, clearly a leak that ...": certainty written into the account of the moment
            if x == "clearly", i > 0, s.isPunct(i - 1) && s.w[i - 1] == "," || ["was", "were", "is", "are"].contains(s.w[i - 1]),
               let n = s.word(i + 1), ["a", "an", "the", "not", "going", "about", "wrong", "broken", "failing", "leaking", "overloaded", "the"].contains(n) {
                add(i, i, "\"Clearly\" is hindsight: it reads clearly now, not necessarily then; say what the responders could see at the time.", Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            // "Clearly the lag graph was telling us something was wrong well before the failover", "Clearly the cron host was going to be
            // forgotten": certainty about what was coming, or about a signal, written after the fact
            if ["clearly", "plainly"].contains(x), !s.negated(before: i, within: 2),
               let c = s.span(i + 1, s.count).first(where: { k in ["was going to", "were going to", "was bound to", "would", "telling us", "trying to tell", "all along",
                    "well before", "long before", "weeks before", "days before", "months before", "for weeks", "for months", "warning us",
                    "the right call", "the right thing", "the right move", "the right decision", "the wrong call"].contains { s.has($0, at: k) } }),
               !s.span(i + 1, c).contains(where: { s.isPunct($0) && [".", ";", ":"].contains(s.w[$0]) }) {
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: it reads clearly now that the outcome is known; say what the signal looked like at the time and why it did not stand out.",
                    Rewrite.removingWord(s, i, tail: "at the time, the available signals were: <what the dashboards and alerts showed, and why it did not stand out>"))
                break
            }
            // "made this outcome entirely predictable", "the failure was inevitable"
            if ["predictable", "foreseeable", "inevitable", "foreseen"].contains(x), i > 0,
               ["was", "were", "is", "entirely", "totally", "completely", "quite", "fully", "wholly", "utterly", "perfectly", "very", "so", "all", "easily", "%", "100%"].contains(s.w[i - 1]),
               !s.negated(before: i, within: 3), !(i > 1 && ["un", "not"].contains(s.w[i - 2])) {
                add(i, i, "\"\(s.toks[i].text)\" is hindsight: the outcome is known now, not then; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 1))
                break
            }
            if x == "of", i == s.firstWordIndex, s.word(i + 1) == "course", s.count > i + 4 {
                add(i, i + 1, "\"Of course\" is hindsight: it was not a matter of course at the time; say what information was available then.", Rewrite.removingWord(s, i + 1, tail: "at the time, the available signals were: <what the dashboards and alerts showed>"))
                break
            }
            // "Didn't recognize diminishing returns early enough": judged against what is known now
            if x == "enough", i > 0, ["early", "soon", "quickly", "fast"].contains(s.w[i - 1]),
               let n = s.span(0, i).first(where: { ["didn't", "not", "never"].contains(s.w[$0]) }), let v = s.word(n + 1),
               ["recognize", "recognise", "notice", "realize", "realise", "react", "respond", "escalate", "act", "declare", "identify", "spot", "catch", "see", "communicate", "roll"].contains(v) {
                add(i - 1, i, "\"\(s.text(i - 1, i))\" judges with hindsight; say what was known at the time and what would have shown it sooner.", Rewrite.forHindsight(s, from: i + 1)); break
            }
            if x == "bound", s.has("bound to happen", at: i) { add(i, i + 2, "\"Bound to happen\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            // (not "It is only a matter of time before the disk fills again, so we added an alert": a risk still ahead)
            if x == "matter", s.has("matter of time", at: i), !(s.span(max(0, i - 4), i).contains(where: { ["is", "it's", "remains", "becomes"].contains(s.w[$0]) }) && s.word(i + 3) == "before") { add(i, i + 2, "\"A matter of time\" is hindsight; say what was known before the incident.", Rewrite.forHindsight(s, from: i + 3)); break }
            if x == "any", let n = s.word(i + 1), let m = ["competent", "reasonable", "experienced", "good", "careful", "decent"].contains(n) ? s.word(i + 2) : n,
               ["engineer", "developer", "person", "one", "operator", "admin", "sre"].contains(m),
               let after = s.word(["competent", "reasonable", "experienced", "good", "careful", "decent"].contains(n) ? i + 3 : i + 2), ["would", "could", "should", "with", "worth", "who", "looking"].contains(after),
               s.containsAny(["would", "could", "should"]) {
                add(i, i + 2, "\"Any engineer would have...\" is hindsight; say what information was available at the time.", Rewrite.forHindsight(s, from: i + 3))
                break
            }
            // ("The signs of this failure were there to be seen", "Were the slow-loading priors the week before not a clear warning that ...?")
            // ("The warning signs of an ageing, undocumented gateway were evident well before the event")
            let signsThere = ["signs", "signals", "warnings", "indications", "indicators"].contains(x) && s.span(i + 1, i + 10).contains(where: { s.has("were there", at: $0) || s.has("were all there", at: $0)
                || ["were", "was"].contains(s.w[$0]) && ["evident", "obvious", "clear", "visible", "apparent", "plain"].contains(s.word($0 + 1) ?? "") && s.span($0 + 2, $0 + 5).contains(where: { ["before", "beforehand", "long", "well", "months", "weeks", "for"].contains(s.w[$0]) }) })
            let askedWarning = s.isQuestion && ["warning", "sign", "signal", "indication"].contains(x) && i > 1 && ["clear", "obvious", "plain", "big"].contains(s.w[i - 1])
                && s.span(0, i).contains(where: { ["not", "no"].contains(s.w[$0]) || s.w[$0].hasSuffix("n't") })
            if signsThere || askedWarning {
                add(i, i, "\"\(s.toks[i].text)\" judges the signals by what came after; say which signals existed and why they did not stand out at the time.", "Say which signals existed and why they did not stand out: “Before the incident, <which dashboards, logs or alerts> showed <what>; they did not stand out because <noise, routing, no alert>.”"); break
            }
            if x == "warning", s.has("warning signs were", at: i) { add(i, i + 3, "\"The warning signs were there\" is hindsight; say which signals existed and why they did not stand out.", "Say which signals existed and why they did not stand out: “Before the incident, <which dashboards, logs or alerts> showed <what>; they did not stand out because <noise, routing, no alert>.”"); break }
        }
        return out
    }
}
