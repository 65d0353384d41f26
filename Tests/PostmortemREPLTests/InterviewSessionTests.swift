import Testing
import PostmortemCore
import PostmortemStore
@testable import PostmortemREPL

@Suite("The owner's interview")
struct InterviewSessionTests {
    @Test func aCompleteInterviewSavesEveryAnswerInOrder() throws {
        let h = try Harness()
        let reader = h.interview(completeInterview)
        #expect(h.live.events.map(\.event.type) == ["created"] + Array(repeating: "answered", count: 10))
        #expect(h.live.events.compactMap { if case .answered(let f, _) = $0.event { f } else { nil } }
            == ["title", "incident_date", "severity", "owner", "reviewers", "summary", "timeline", "root_cause", "lessons", "action_items"])
        #expect(h.answers["reviewers"] == .people(["Ben", "Chen"]))
        #expect(h.answers["severity"] == .choice("P2"))
        #expect(reader.prompts.first == "title [1/10]> ")
        #expect(reader.prompts.contains("summary ...> "))
        #expect(h.text.contains("── Overview (section 1 of 3)"))
        #expect(h.text.contains("Name the incident by what failed."))
        #expect(h.text.contains("Example:\n  Checkout API returned errors"))
        #expect(h.text.contains("✓ Every question is answered."))
        #expect(h.text.hasSuffix("Saved. Resume any time with `postmortem open db`.\n"))
    }

    @Test func theDocumentReplayedFromTheJournalIsTheOneTheSessionShowed() throws {
        let h = try Harness()
        h.interview(completeInterview + lines("/show"))
        let live = MarkdownRenderer(template: sessionTemplate).render(h.live.state!)
        let replayed = Workflow(template: sessionTemplate).replay(try h.log.load())!
        #expect(MarkdownRenderer(template: sessionTemplate).render(replayed) == live)
        #expect(h.text.contains(live))
    }

    @Test func aBadDateIsRefusedWithWhatToTypeAndAskedAgain() throws {
        let h = try Harness()
        h.interview(lines("Checkout DB outage", "19/11/2026", "2026-11-19"))
        #expect(h.text.contains("✗ Use YYYY-MM-DD"))
        #expect(h.answers["incident_date"] == .date(Day(iso: "2026-11-19")!))
    }

    @Test func aBadTimelineLineCostsOnlyThatLine() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "", "Summary with 3 numbers.", "",
                          "04:10 Pool exhausted #started", "4 o'clock alert", "04:18 Alert fired #detected", ""))
        #expect(h.text.contains("(that line was not added; 1 line kept"))
        guard case .timeline(let entries)? = h.answers["timeline"] else { Issue.record("no timeline"); return }
        #expect(entries.map(\.text) == ["Pool exhausted", "Alert fired"])
    }

    @Test func ctrlCDiscardsTheAnswerBeingTypedAndAsksAgain() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "", "half a summary") + [.interrupted] + lines("The real summary.", ""))
        #expect(h.text.contains("(answer discarded; nothing was saved for summary)"))
        #expect(h.answers["summary"] == .text("The real summary."))
    }

    @Test func endOfInputMidAnswerKeepsWhatWasTyped() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "", "A summary that was not finished"))
        #expect(h.answers["summary"] == .text("A summary that was not finished"))
    }

    @Test func resumingStartsAtTheFirstUnansweredField() throws {
        let h = try Harness()
        h.interview(lines("Checkout DB outage", "2026-11-19"))
        let again = try Harness(existing: h.live.events)
        let reader = again.interview([])
        #expect(reader.prompts == ["severity [3/10]> "])
    }

    @Test func skipBackAndEditMoveAroundTheInterview() throws {
        let h = try Harness()
        let reader = h.interview(lines("T", "/skip", "P2", "/back", "P1", "/edit title", "Better title", "/edit incident_date", "2026-11-19"))
        #expect(reader.prompts == ["title [1/10]> ", "incident_date [2/10]> ", "severity [3/10]> ", "owner [4/10]> ", "severity [3/10]> ",
                                   "owner [4/10]> ", "title [1/10]> ", "owner [4/10]> ", "incident_date [2/10]> ", "owner [4/10]> "])
        #expect(h.text.contains("Skipped incident_date for now; it is required before /submit."))
        #expect(h.answers["severity"] == .choice("P1"))
        #expect(h.answers["title"] == .text("Better title"))
        #expect(h.answers["incident_date"] == .date(Day(iso: "2026-11-19")!))
    }

    @Test func aDoubleSlashEntersALiteralSlashAndUnknownCommandsSayWhatToType() throws {
        let h = try Harness()
        h.interview(lines("/titel", "//etc/hosts was empty"))
        #expect(h.text.contains("✗ Unknown command /titel."))
        #expect(h.answers["title"] == .text("/etc/hosts was empty"))
    }

    @Test func submittingFromThePromptListsWhatIsMissing() throws {
        let h = try Harness()
        h.interview(lines("T", "/submit"))
        #expect(h.text.contains("✗ Not ready for review yet. Still missing:\n  - incident_date: When did it happen? (/edit incident_date)"))
        #expect(h.live.state?.phase == .draft)
    }

    @Test func theWholePathFromDraftToPublication() throws {
        let h = try Harness()
        h.interview(completeInterview + lines("/submit"))
        #expect(h.live.state?.phase == .review)
        h.review(lines("", "", "/approve"), as: "Ben")
        h.review(lines("/show", "/approve"), as: "Chen")
        h.interview(lines("/publish"))
        #expect(h.live.state?.phase == .followUp)
        #expect(h.text.contains("✓ Published internally."))
    }

    @Test func coachingFollowsAnAnswerThatBlamesSomeoneButNeverBlocksIt() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "", "Summary with 3 numbers.", "",
                          "04:10 Pool exhausted #started", "04:18 Alert fired #detected", "04:52 Recovered #resolved", "",
                          "The incident occurred because John deployed without testing.", ""))
        #expect(h.answers["root_cause"] == .text("The incident occurred because John deployed without testing."))
        #expect(h.text.contains("✓ Saved root_cause.\n! blame: This names John as the cause"))
        #expect(h.text.contains("  Why: "))
        #expect(h.text.contains("  Better: "))
        #expect(h.text.contains("(Coaching only: your answer is saved. /edit root_cause to rephrase.)"))
    }

    @Test func aBlamelessQuantifiedAnswerGetsNoCoaching() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "",
                          "Between 04:10 and 04:52 UTC, 38% of checkout requests failed; 1,240 orders were lost.", ""))
        #expect(!h.text.contains("! "))
    }
}
