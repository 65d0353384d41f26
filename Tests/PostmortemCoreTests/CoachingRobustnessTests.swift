import Testing
@testable import PostmortemCore

/// The coach reads whatever is typed or linted: it must never trap, and its better phrasings must read as English.
@Suite("CoachingRobustness")
struct CoachingRobustnessTests {
    let coach = Coach()

    @Test func nonASCIIDigitsInATimelineDoNotTrap() {
        for doc in ["## Timeline\n\n- ²:30 alarm\n", "## Timeline\n\n- 1²:3½ alarm\n", "## Timeline\n\n- ١٤:٣٠ alarm fired\n",
                    "## Timeline\n\n- 14:3² alarm\n- 14:30:4½ resolved\n", "14:30:²³ alarm\n", "| ²:30 | alarm |\n|--|--|\n| ³:00 | x |\n",
                    "## Timeline\n\n2026-11-20 ²³:59 alarm\n", "Why 1: ²\n→ Because ½"] {
            _ = coach.lint(document: doc)
        }
        #expect(Linter.leadingTime("²:30 alarm") == nil)
        let t = Linter.leadingTime("14:30 alarm")
        #expect(t.map { Int($0.0) } == 52_200)
    }

    @Test func randomUnicodeNeverTraps() {
        var rng = SeededGenerator(state: 0x5EED_2026)
        let pieces: [String] = ["## Timeline\n", "## Root Cause\n", "## Action Items\n", "## Impact\n", "### 5 Whys\n", "Why 1:", "→ Because",
            "- ", "* ", "1. ", "| ", " | ", "|---|---|\n", "\n", "\n\n", " ", ":", ".", "..", "?", "!", ";", ",", "\"", "“", "”", "`", "'", "’",
            "²", "½", "³", "١", "٣", "४", "๕", "Ⅻ", "0", "1", "9", "14:", ":30", "2026-11-20 ", "23:59", "pm", "UTC", "#detected", "#resolved",
            "John", "J.S.", "Jürgen", "Oluwaseun", "the engineer", "someone on the", "team", "failed to", "didn't", "forgot", "misconfigured",
            "because", "which", "caused by", "should have", "If only", "had", "would have", "obvious", "human error", "typo", "retrain",
            "Improve", "monitoring", "many users", "for a while", "@jo", "'s", "-", "—", "(", ")", "[", "]", "**", "__", "~~~", "```", "\t",
            "é", "ß", "İ", "ﬁ", "🙂", "👩‍💻", "\u{301}", "\u{200B}", "\r\n", "Ω", "漢字", "عربى", "Authors:", "Owner:", "P1", "due:"]
        for _ in 0..<400 {
            let n = Int.random(in: 0...40, using: &rng)
            var doc = ""
            for _ in 0..<n { doc += pieces[Int.random(in: 0..<pieces.count, using: &rng)] }
            if Bool.random(using: &rng) {
                for _ in 0..<Int.random(in: 0...8, using: &rng) { doc.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x20...0x2FFF, using: &rng)) ?? " ") }
            }
            _ = coach.lint(document: doc)
            for role in TextRole.allCases { _ = coach.review(doc, role: role) }
            _ = coach.review(whys: WhyChain(problem: doc, becauses: doc.split(separator: "\n").map(String.init)))
            _ = coach.review(actions: [ActionItem(what: doc, owner: nil, priority: nil)])
        }
    }

    func better(_ text: String, _ role: TextRole, _ check: String = "blame") -> String {
        coach.review(text, role: role).first { $0.check == check }?.better ?? ""
    }

    @Test func betterPhrasingsAreGrammatical() {
        let forgot = better("We forgot to renew the certificate.", .couldBeBetter, "loaded-word")
        #expect(forgot.contains("We did not renew the certificate") && !forgot.contains("did not to"), "\(forgot)")
        let lee = better("Lee forgot to renew it.", .rootCause)
        #expect(!lee.isEmpty && !lee.contains("did not to"), "\(lee)")
        let caught = better("Engineering should have caught this in code review.", .couldBeBetter)
        #expect(caught.contains("Nothing in our review or testing process caught this in code review"), "\(caught)")
        let obvious = better("It was obvious in hindsight that the queue would back up.", .couldBeBetter, "hindsight")
        #expect(!obvious.contains("It was in hindsight") && obvious.contains("that the queue would back up"), "\(obvious)")
        let typo = better("Dmitri's typo in the rate limit config caused the outage.", .rootCause, "surface-cause")
        #expect(typo.contains("Changes to the rate limit config lack validation"), "\(typo)")
        let choice = better("During the failover John picked replica-2 which was 40 minutes behind.", .rootCause)
        #expect(choice.contains("Replica-2 was picked"), "\(choice)")
    }

    @Test func unknownNamesWithHumanFailureVerbs() {
        for s in ["Oluwaseun misconfigured the load balancer.", "Jürgen misconfigured the load balancer.", "Lee failed to renew the certificate.",
                  "Raj failed to notice the disk filling up.", "J.S. ran the wrong migration.", "Abebe didn't verify the backup before deleting the old volume.",
                  "It was Dana who pushed the bad config.", "Someone on the platform team disabled the health check and never turned it back on.",
                  "Marketing launched the campaign without telling infrastructure, overloading the checkout service."] {
            #expect(coach.review(s, role: .rootCause).contains { $0.check == "blame" }, "\(s)")
        }
        #expect(coach.review("Ask Priya to retrain John on the runbook.", role: .actionItem).contains { $0.check == "blame" })
    }

    @Test func systemsAndRoutineWorkAreNotBlamed() {
        for s in ["Patroni failed to notice the primary was down.", "Monitoring failed to notice the disk filling up.",
                  "Automation failed to renew the certificate.", "Review should have caught this.", "Checkout broke after the deploy.",
                  "Karpenter ignored the taint.", "Marketing emails failed to send.", "It was Dana who noticed the error spike first.",
                  "Ana picked replica-3, which was fully caught up.", "Train the on-call rotation on the new failover runbook by 2026-12-01.",
                  "An engineer ran a routine maintenance command to assess backbone capacity, which unintentionally took down all backbone connections.",
                  "Ben deleted the stale DNS records as planned in change CHG-4411; the change list included a record still in use."] {
            #expect(coach.review(s, role: .rootCause).filter { $0.check == "blame" || $0.check == "surface-cause" }.isEmpty, "\(s)")
        }
    }

    /// A sentence that stops right after a word a rule looks past ("QA left", "The outage began when Maria") must not trap:
    /// every look-ahead is clamped to the sentence (`Sentence.span`). Found by feeding random word salad to `lint`.
    @Test func sentencesThatEndOnATriggerWordDoNotTrap() {
        let endings = ["the for shift on alerting stopped them QA left", "a NOC been left", "owned off faster a escalated a made entirely user QA left",
                       "after", "because", "which", "Owner:", "manual", "was", "The outage began when Maria", "Support escalated", "Add alerting",
                       "for a", "because it was not", "It was the", "QA signed off on", "held up", "Kofi's", "up to", "a significant number of",
                       "was not", "incorrectly", "accidentally being", "If it had, it would have", "The night shift", "sat on", "without being",
                       "entirely on", "It was Kofi's change that", "Errors began when Nadia's", "The DBA decided to", "Priya kept",
                       // found by a reviewer's fuzzing: a sentence ending on "make", "make the", "left", "instead of"
                       "We should make", "To make", "Make", "Kenji: make", "Make the", "Make our", "To make the", "Maria left", "by Maria left",
                       "A value of 20 was entered instead of", "The pool size was set to 10 rather than", "The pool size was set to 10 instead of"]
        for text in endings {
            for role in TextRole.allCases { _ = coach.review(text, role: role) }
            _ = coach.lint(document: text + "\n")
        }
        #expect(coach.review("Support left the bucket publicly readable.", role: .rootCause).contains { $0.check == "blame" })
    }

    /// Every word the readers key on, as the last word after a person, bare and inside a closing quotation: the readers look
    /// ahead of the word they key on, and the end of the sentence must stop them ("... but "provided no specific etiologic
    /// diagnosis."" once trapped round 28's reader of "did nothing").
    @Test func everyKeyWordAtTheEndAfterAPersonDoesNotTrap() {
        let keyWords = Lex.changeVerbs.union(LanguageChecker.auxWords).union(Lex.failingVerbs).union(Lex.skipAdverbs)
            .union(["nothing", "no", "not", "did", "took", "made", "built", "gave", "without", "with", "who", "which", "that", "because", "so", "instead", "decision", "left", "went", "kept"])
        let people = ["The night op", "said the volunteer, Ellen Roche, showed damage but \"", "QA, who"]
        for word in keyWords.sorted() {
            for person in people {
                for text in ["\(person) \(word)", "\(person) did \(word).\""] {
                    for role in [TextRole.rootCause, .timeline] { _ = coach.review(text, role: role) }
                }
            }
        }
    }
}

