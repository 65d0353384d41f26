import Crypto
import Foundation
import Testing
@testable import PostmortemCore

@Suite("Workflow: external publication, signatures, follow-up, closing")
struct WorkflowPublicationTests {
    func published() throws -> Postmortem {
        var s = try run(.submit, on: try completeDraft(), by: "Ana").state
        let rev = s!.revision
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Ben").state
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Chen").state
        return try run(.publish, on: s, by: "Ana").state!
    }

    @Test func externalPublicationNeedsInternalPublicationFirst() throws {
        #expect(workflow.decide(.publishExternally, state: try completeDraft(), context: ctx("Ana")).rejection?.message
            == "Publish internally first: external publication follows internal publication.")
    }

    @Test func externalPublicationListsEveryUncheckedRequiredItem() throws {
        let s = try published()
        let rejection = try #require(workflow.decide(.publishExternally, state: s, context: ctx("Ana")).rejection)
        #expect(rejection.message == "Not ready for external publication:")
        #expect(rejection.missing.map { $0.prefix(20) } == ["[ ] internal-info  I", "[ ] no-names  No nam", "[ ] technical-accura", "[ ] competitive  Com"])
    }

    @Test func legalReviewIsRequiredForSecurityIncidentsAndExecutiveApprovalForP0() throws {
        var s = try published()
        #expect(ExternalChecklist.unchecked(s, template: testTemplate).map(\.id) == ["internal-info", "no-names", "technical-accuracy", "competitive"])
        s.answers["tags"] = .list(["Security"])
        s.answers["severity"] = .choice("P0")
        #expect(ExternalChecklist.unchecked(s, template: testTemplate).map(\.id)
            == ["internal-info", "no-names", "legal-review", "technical-accuracy", "competitive", "executive-approval"])
    }

    @Test func checkingItemsRecordsWhoAndThenPublishes() throws {
        var s: Postmortem? = try published()
        #expect(workflow.decide(.checkItem("legal", note: nil), state: s, context: ctx("Ana")).rejection?.message
            == "There is no checklist item 'legal'. Items: internal-info, no-names, legal-review, technical-accuracy, competitive, executive-approval.")
        for item in ["internal-info", "no-names", "technical-accuracy", "competitive"] {
            s = try run(.checkItem(item, note: "done by \(item) check"), on: s, by: "Chen").state
        }
        #expect(s!.checklist["no-names"] == Check(by: "Chen", note: "done by no-names check", at: t0))
        #expect(ExternalChecklist.lines(for: s!, template: testTemplate) == [
            "[x] internal-info  Internal-only information removed — Chen: done by internal-info check",
            "[x] no-names  No names of individuals (also scanned automatically) — Chen: done by no-names check",
            "[ ] legal-review  Legal review (required for security incidents) (not required: not a security incident)",
            "[x] technical-accuracy  Technical accuracy confirmed — Chen: done by technical-accuracy check",
            "[x] competitive  Competitive sensitivity checked — Chen: done by competitive check",
            "[ ] executive-approval  Executive (CEO/CTO) approval (required for P0) (not required: not a P0 incident)",
        ])
        let (events, after) = try run(.publishExternally, on: s, by: "Ana")
        #expect(events == [.publishedExternally(revision: s!.revision)])
        #expect(after?.publishedExternally == Publication(revision: s!.revision, at: t0, by: "Ana"))
    }

    @Test func blameInTheDocumentBlocksExternalPublication() throws {
        var s: Postmortem? = try published()
        for item in ["internal-info", "no-names", "technical-accuracy", "competitive"] {
            s = try run(.checkItem(item, note: nil), on: s, by: "Chen").state
        }
        s!.answers["root_cause"] = .text("The incident occurred because John deployed without testing.")
        let refusal = try #require(workflow.decide(.publishExternally, state: s, context: ctx("Ana")).rejection)
        #expect(refusal.missing.count == 1)
        #expect(refusal.missing.first?.hasPrefix("root_cause: blame: This names John as the cause") == true)
        #expect(refusal.missing.first?.hasSuffix("; rephrase it with /edit root_cause") == true)
    }

    @Test func signedSignOffsAreCheckedAgainstTheReviewersPublicKey() throws {
        let review = try run(.submit, on: try completeDraft(), by: "Ana").state!
        let key = Curve25519.Signing.PrivateKey()
        let keys = ["Ben": Array(key.publicKey.rawRepresentation)]
        let statement = SignOffStatement(workspaceID: "ws1", postmortemID: review.id, revision: review.revision, seq: review.nextSeq, reviewer: "Ben")
        let good = try key.signature(for: Data(statement.bytes)).base64EncodedString()
        let forged = try Curve25519.Signing.PrivateKey().signature(for: Data(statement.bytes)).base64EncodedString()
        let refusal = "keys/Ben.pub exists, so a sign-off as Ben must be signed with that key. Run `postmortem keys show` to check yours; `postmortem keys init` creates one."
        #expect(workflow.decide(.signOff(revision: review.revision, signature: nil), state: review, context: ctx("Ben", keys: keys)).rejection?.message == refusal)
        #expect(workflow.decide(.signOff(revision: review.revision, signature: forged), state: review, context: ctx("Ben", keys: keys)).rejection?.message == refusal)
        #expect(workflow.decide(.signOff(revision: review.revision, signature: good), state: review, context: ctx("Ben", keys: keys))
            == .success([.signedOff(revision: review.revision, signature: good)]))
        // Chen has no key: an unsigned sign-off still counts.
        #expect(workflow.decide(.signOff(revision: review.revision, signature: nil), state: review, context: ctx("Chen", keys: keys))
            == .success([.signedOff(revision: review.revision, signature: nil)]))
    }

    @Test func doneNeedsEvidenceAndWontDoNeedsAReason() throws {
        let s = try published()
        #expect(workflow.decide(.setActionStatus(index: 1, status: .done, evidence: " ", reason: nil), state: s, context: ctx("Ben")).rejection?.message
            == "Done needs evidence: a link, a PR, a ticket or a sentence, e.g. https://git.example.com/pr/123 merged.")
        #expect(workflow.decide(.setActionStatus(index: 1, status: .wontDo, evidence: nil, reason: nil), state: s, context: ctx("Ben")).rejection?.message
            == "Won't-do needs a reason, e.g. Superseded by action 2.")
        #expect(workflow.decide(.setActionStatus(index: 3, status: .inProgress, evidence: nil, reason: nil), state: s, context: ctx("Ben")).rejection?.message
            == "There is no action item 3; they are numbered 1 to 1.")
        let at = ts("2026-11-24T12:00:00Z")
        let (events, after) = try run(.setActionStatus(index: 1, status: .done, evidence: "PR 481 merged", reason: nil), on: s, by: "Ben", at: at)
        #expect(events == [.actionStatusChanged(index: 1, status: .done, evidence: "PR 481 merged", reason: nil)])
        var expected = s
        expected.actionProgress[1] = ActionProgress(status: .done, evidence: "PR 481 merged", finishedAt: at,
                                                    history: [.init(at: at, by: "Ben", summary: "done: PR 481 merged")])
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func closingWaitsForEveryActionThenCloses() throws {
        var s: Postmortem? = try published()
        let refused = try #require(workflow.decide(.close, state: s, context: ctx("Ana")).rejection)
        #expect(refused.message == "Cannot close while action items are unfinished:")
        #expect(refused.missing == ["action 1 (Alert when pool usage > 80% for 5 minutes) is open: postmortem action db-outage 1 --status done --evidence ..."])
        s = try run(.setActionStatus(index: 1, status: .wontDo, evidence: nil, reason: "Replaced by autoscaling"), on: s, by: "Ben").state
        let (events, after) = try run(.close, on: s, by: "Ana", at: t0.adding(days: 20))
        #expect(events == [.closed])
        #expect(after?.phase == .closed)
        #expect(after?.closedAt == t0.adding(days: 20))
        #expect(workflow.decide(.close, state: try completeDraft(), context: ctx("Ana")).rejection?.message
            == "Only a post-mortem in follow-up can be closed; this one is draft.")
    }

    @Test func aFollowUpReviewSchedulesTheNextOneAMonthLater() throws {
        let s = try published()
        let (events, after) = try run(.recordFollowUpReview(notes: "All on track"), on: s, by: "Ana", at: ts("2026-12-05T10:00:00Z"))
        #expect(events == [.followUpReviewed(nextDue: d("2027-01-04"), notes: "All on track")])
        #expect(after?.followUpDue == d("2027-01-04"))
        #expect(after?.followUpReviews == [ts("2026-12-05T10:00:00Z")])
        #expect(workflow.decide(.recordFollowUpReview(notes: nil), state: try completeDraft(), context: ctx("Ana")).rejection?.message
            == "Follow-up reviews start after publication; this post-mortem is draft.")
    }

    @Test func reassigningAndReschedulingKeepHistory() throws {
        var s: Postmortem? = try published()
        s = try run(.reassignAction(index: 1, owner: "Dana"), on: s, by: "Ana").state
        s = try run(.rescheduleAction(index: 1, due: d("2026-12-10")), on: s, by: "Ana").state
        #expect(ActionRow.rows(of: s!).map { "\($0.owner) \($0.due!.iso)" } == ["Dana 2026-12-10"])
        #expect(s!.actionProgress[1]?.history.map(\.summary) == ["reassigned to Dana", "due 2026-12-10"])
    }
}

@Suite("Signed sign-offs never count when forged")
struct ForgedSignOffTests {
    @Test func anUnsignedSignOffInTheJournalDoesNotCountOnceTheReviewerHasAKey() throws {
        var s = try run(.submit, on: try completeDraft(), by: "Ana").state
        let rev = s!.revision
        // As if written by hand or by an older program: no signature, yet Ben has a committed key.
        s = fold(s, [.signedOff(revision: rev, signature: nil)], by: "Ben")
        s = fold(s, [.signedOff(revision: rev, signature: "Zm9yZ2Vk")], by: "Chen")
        let benKey = Curve25519.Signing.PrivateKey(), chenKey = Curve25519.Signing.PrivateKey()
        let keys = ["Ben": Array(benKey.publicKey.rawRepresentation), "Chen": Array(chenKey.publicKey.rawRepresentation)]
        let check = SignatureCheck(publicKeys: keys, workspaceID: "ws1")
        guard case .approved(let ben)? = s!.verdict(of: "Ben"), case .approved(let chen)? = s!.verdict(of: "Chen") else { Issue.record("no verdicts"); return }
        #expect(check.status(of: ben, by: "Ben", postmortemID: s!.id) == .unsigned)
        #expect(check.status(of: chen, by: "Chen", postmortemID: s!.id) == .bad)
        let refusal = try #require(workflow.decide(.publish, state: s, context: ctx("Ana", keys: keys)).rejection)
        #expect(refusal.missing == [
            "Ben's sign-off is not validly signed with keys/Ben.pub, so it does not count; Ben signs off again with their key",
            "Chen's sign-off is not validly signed with keys/Chen.pub, so it does not count; Chen signs off again with their key",
        ])
        // Without keys in the workspace, the same sign-offs count.
        #expect(workflow.decide(.publish, state: s, context: ctx("Ana")).rejection == nil)
    }
}
