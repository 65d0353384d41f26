import Testing
import PostmortemCore
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
        #expect(h.text.contains("✗ Read the document to the end first (Enter through the sections, or /show), then /approve."))
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
