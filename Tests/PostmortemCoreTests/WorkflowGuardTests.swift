import Testing
@testable import PostmortemCore

/// Ways round the rules that reviews of the code found, each closed.
@Suite("Workflow: guards that cannot be bypassed")
struct WorkflowGuardTests {
    func inReview() throws -> Postmortem { try run(.submit, on: try completeDraft(), by: "Ana").state! }

    @Test func theCommitteeAndOwnerAreFixedWhileInReview() throws {
        let review = try inReview()
        #expect(workflow.decide(.answer(field: "reviewers", value: .people(["Ana"])), state: review, context: ctx("Ana")).rejection?.message
            == "The review committee is fixed while the post-mortem is in review. /withdraw it to draft first, then /edit reviewers.")
        #expect(workflow.decide(.answer(field: "owner", value: .people(["Ana", "Ben", "Chen"])), state: review, context: ctx("Ana")).rejection?.message
            == "The owner is fixed while the post-mortem is in review. /withdraw it to draft first, then /edit owner.")
    }

    @Test func publicationRechecksTheCommitteeEvenIfTheStateWasBuiltAnotherWay() throws {
        var review = try inReview()
        review.answers["reviewers"] = .people(["Ana"])  // as if an older program had allowed it
        let refusal = try #require(workflow.decide(.publish, state: review, context: ctx("Ana")).rejection)
        #expect(refusal.message == "The review committee is not complete:")
        #expect(refusal.missing == ["reviewers: 1 reviewer who is not the owner needed for P2, 0 named (/edit reviewers)"])
    }

    @Test func aVerdictIsOnePersonsWhateverTheCaseOfTheirName() throws {
        var s: Postmortem? = try inReview()
        let rev = s!.revision
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Ben").state
        s = try run(.requestChanges(reason: "One more look"), on: s, by: "ben").state
        s = try run(.submit, on: s, by: "Ana").state
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Chen").state
        #expect(s!.verdicts.count == 2)
        #expect(workflow.missingSignOffs(s!) == ["Ben requested changes: One more look"])
    }

    @Test func signingOffTheSameRevisionTwiceRecordsItOnce() throws {
        let review = try inReview()
        let once = try run(.signOff(revision: review.revision, signature: nil), on: review, by: "Ben").state
        #expect(workflow.decide(.signOff(revision: review.revision, signature: nil), state: once, context: ctx("Ben")) == .success([]))
    }

    @Test func actionProgressWaitsForPublication() throws {
        let draft = try completeDraft()
        let message = "Action progress is recorded once the post-mortem is published; until then the list may change (/edit action_items)."
        #expect(workflow.decide(.setActionStatus(index: 1, status: .done, evidence: "PR 1", reason: nil), state: draft, context: ctx("Ben")).rejection?.message == message)
        #expect(workflow.decide(.reassignAction(index: 1, owner: "Dana"), state: draft, context: ctx("Ana")).rejection?.message == message)
        #expect(workflow.decide(.rescheduleAction(index: 1, due: d("2026-12-01")), state: draft, context: ctx("Ana")).rejection?.message == message)
    }

    @Test func theExternalChecklistWaitsForInternalPublication() throws {
        #expect(workflow.decide(.checkItem("no-names", note: nil), state: try inReview(), context: ctx("Chen")).rejection?.message
            == "The external checklist is worked through after internal publication, on the text that was published; this post-mortem is in review.")
    }

    @Test func publishingAgainStartsAFollowUpThatNeverStarted() throws {
        var s: Postmortem? = try inReview()
        let rev = s!.revision
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Ben").state
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Chen").state
        s = fold(s, [.published(revision: rev)], by: "Ana")  // the followUpStarted line was torn and repaired away
        #expect(s?.phase == .published)
        #expect(workflow.decide(.publish, state: s, context: ctx("Ana")) == .success([.followUpStarted(reviewDue: d("2026-12-04"))]))
    }

    @Test func theOwnerFieldNamesTheOwnerOnceAnswered() throws {
        var s = try run(.create(id: "x", template: "test", title: nil), on: nil, by: "Lead").state
        #expect(s!.owners == ["Lead"])
        s = try run(.answer(field: "owner", value: .people(["Dana"])), on: s, by: "Lead").state
        #expect(s!.owners == ["Dana"])
        #expect(!s!.isOwner("Lead"))
    }
}
