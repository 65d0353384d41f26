import Testing
import PostmortemCore
import PostmortemStore
@testable import PostmortemREPL

@Suite("The reviewer's REPL")
struct ReviewSessionTests {
    func inReview() throws -> Harness {
        let h = try Harness()
        h.interview(completeInterview + lines("/submit"))
        return h
    }

    @Test func theReviewerReadsSectionBySectionAndApprovesWhatTheyRead() throws {
        let h = try inReview()
        let reader = h.review(lines("/approve", "", "", "/approve"), as: "Ben")
        #expect(reader.prompts == ["review db [1/3]> ", "review db [1/3]> ", "review db [2/3]> ", "review db [3/3]> ", "review db [3/3]> "])
        #expect(h.text.contains("✗ Read the whole document first (Enter through the sections, or /show), then /approve. Not yet shown: story, actions."))
        #expect(h.text.contains("✓ Signed off revision \(Revision.short(h.live.state!.revision)) (unsigned: no key"))
        #expect(h.text.contains("Still waiting for: Chen has not signed off yet"))
    }

    @Test func aReturningReviewerSeesWhatChangedSinceTheirLastWord() throws {
        let h = try inReview()
        h.review(lines("/comment story How many orders exactly?", "/request-changes Add the order count"), as: "Chen")
        h.interview(lines("/edit summary", "The checkout database refused connections for 42 minutes; 1,240 orders failed.", "", "/submit"))
        h.output = OutputBuffer()
        h.review(lines("/quit"), as: "Chen")
        #expect(h.text.contains("Changed since your last visit (2026-11-20 09:00 UTC):"))
        #expect(h.text.contains("- The checkout database refused connections for 42 minutes; 1,200 orders failed."))
        #expect(h.text.contains("+ The checkout database refused connections for 42 minutes; 1,240 orders failed."))
        #expect(h.text.contains("💬 [story] c1 Chen: How many orders exactly?"))
    }

    @Test func textTypedByOthersIsShownNeutralised() throws {
        let h = try inReview()
        h.review(lines("/comment story \u{1B}[2J\u{1B}]0;owned\u{07}look here"), as: "Ben")
        h.output = OutputBuffer()
        h.review(lines("/quit"), as: "Chen")
        #expect(h.text.contains("💬 [story] c1 Ben: ^[[2J^[]0;owned^Glook here"))
        #expect(!h.text.contains("\u{1B}"))
    }

    @Test func coachingNotesArePresentedToTheReviewer() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben, Chen", "Summary with 3 numbers.", "",
                          "04:10 Pool exhausted #started", "04:18 Alert fired #detected", "04:52 Recovered #resolved", "",
                          "The incident occurred because John deployed without testing.", "", "", "",
                          "Alert when pool usage > 80% for 5 minutes | Ben | P1 | 2026-11-27", "", "/submit"))
        h.output = OutputBuffer()
        h.review(lines("/quit"), as: "Ben")
        #expect(h.text.contains("Coaching notes on this draft (1); worth a comment if they hold:\n  - root_cause: blame: This names John as the cause"))
    }

    @Test func ownerCommandsAreExplainedNotRun() throws {
        let h = try inReview()
        h.review(lines("/submit"), as: "Ben")
        #expect(h.text.contains("✗ That is an owner's command. Here: /next, /show, /comment, /approve, /request-changes, /status, /quit."))
    }
}

@Suite("Tab completion")
struct CompletionCandidateTests {
    @Test func slashCommandsFieldIdsAndSections() {
        #expect(SlashCompletion.candidates(for: "/he", template: sessionTemplate) == ["/help"])
        #expect(SlashCompletion.candidates(for: "/edit ro", template: sessionTemplate) == ["root_cause"])
        #expect(SlashCompletion.candidates(for: "/show st", template: sessionTemplate) == ["story"])
        #expect(SlashCompletion.candidates(for: "/publish --e", template: sessionTemplate) == ["--external"])
    }

    @Test func peopleNamesAfterACommaOrPipe() {
        let people = PeopleCompletion()
        people.names = ["Ben Okafor", "Chen Wu", "Charlotte Day"]
        #expect(people.candidates(for: "Ben Okafor, ch") == ["Chen Wu", "Charlotte Day"])
        #expect(people.candidates(for: "Chen W") == ["Wu"])
        #expect(people.candidates(for: "Add a pool alert | B") == ["Ben Okafor"])
        #expect(people.candidates(for: "") == [])
    }
}

@Suite("Reading before approving")
struct ReadingBeforeApprovingTests {
    @Test func jumpingToTheLastSectionIsNotReadingTheDocument() throws {
        let h = try Harness()
        h.interview(completeInterview + lines("/submit"))
        h.review(lines("/show actions", "/approve"), as: "Ben")
        #expect(h.text.contains("Not yet shown: story."))
        #expect(h.live.state?.verdict(of: "Ben") == nil)
    }

    @Test func theOwnersREPLSendsReviewersToTheirOwn() throws {
        let h = try Harness()
        h.interview(completeInterview + lines("/submit"))
        h.interview(lines("/approve"), as: "Ben")
        #expect(h.text.contains("✗ Reviewers approve from their own REPL, after reading: postmortem review db"))
        #expect(h.live.state?.verdict(of: "Ben") == nil)
    }

    @Test func quittingMidAnswerKeepsWhatWasTyped() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ben", "", "A summary typed before leaving", "/quit"))
        #expect(h.answers["summary"] == .text("A summary typed before leaving"))
    }

    @Test func enterKeepsTheCurrentAnswerAfterEdit() throws {
        let h = try Harness()
        h.interview(lines("Checkout DB outage", "/edit title", ""))
        #expect(h.text.contains("Kept the current answer to title."))
        #expect(h.answers["title"] == .text("Checkout DB outage"))
    }

    @Test func anotherSessionsAnswerIsAnnounced() throws {
        let h = try Harness()
        h.interview(lines("Checkout DB outage"))
        // Someone else answers meanwhile, through the same journal.
        let other = try LivePostmortem(log: h.log, workflow: Workflow(template: sessionTemplate))
        _ = try other.execute(.answer(field: "incident_date", value: .date(Day(iso: "2026-11-18")!)), context: h.env("Sam").context(sessionTemplate))
        h.interview(lines("P2"))
        #expect(h.text.contains("! Meanwhile Sam: answered incident_date: 2026-11-18"))
        #expect(h.answers["severity"] == .choice("P2"))
    }

    @Test func anOwnerNamedAsReviewerIsPointedOutAtOnce() throws {
        let h = try Harness()
        h.interview(lines("T", "2026-11-19", "P2", "Ana", "", "Ana, Ben"))
        #expect(h.text.contains("! Ana owns this post-mortem and cannot review it; name someone else with /edit reviewers."))
    }
}
