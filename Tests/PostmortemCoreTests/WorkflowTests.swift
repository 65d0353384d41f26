import Testing
@testable import PostmortemCore

@Suite("Workflow: decide and evolve")
struct WorkflowTests {
    @Test func creatingAPostMortemRecordsItsTitleAsTheFirstAnswer() throws {
        let (events, state) = try run(.create(id: "db", template: "test", title: "DB outage"), on: nil, by: "Ana")
        #expect(events == [.created(id: "db", template: "test", title: "DB outage"), .answered(field: "title", value: .string("DB outage"))])
        var expected = Postmortem(id: "db", templateName: "test", createdBy: "Ana", createdAt: t0)
        expected.answers = ["title": .text("DB outage")]
        expected.lastSeq = 1
        #expect(state == expected)
    }

    @Test func anyCommandBeforeCreationIsRefused() {
        let result = workflow.decide(.submit, state: nil, context: ctx("Ana"))
        #expect(result == .failure(Rejection("There is no post-mortem here yet. Start one with `postmortem new`.")))
    }

    @Test func answeringChangesOnlyThatAnswer() throws {
        let before = try completeDraft()
        let (events, after) = try run(.answer(field: "summary", value: .text("New summary.")), on: before, by: "Ana", at: t0.adding(seconds: 60))
        #expect(events == [.answered(field: "summary", value: .string("New summary."))])
        var expected = before
        expected.answers["summary"] = .text("New summary.")
        expected.lastSeq += 1
        expected.lastChangedAt = t0.adding(seconds: 60)
        #expect(after == expected)
    }

    @Test func answeringTheSameValueAgainRecordsNothing() throws {
        let before = try completeDraft()
        let (events, after) = try run(.answer(field: "severity", value: .choice("P2")), on: before, by: "Ana")
        #expect(events.isEmpty)
        #expect(after == before)
    }

    @Test func answeringAnUnknownFieldIsRefusedWithTheFieldList() throws {
        let result = workflow.decide(.answer(field: "impactt", value: .text("x")), state: try completeDraft(), context: ctx("Ana"))
        #expect(result.rejection?.message.hasPrefix("There is no field 'impactt' in the test template. Fields: title, incident_date") == true)
    }

    @Test func skippingARequiredFieldIsRefusedButAnOptionalOneIsRecorded() throws {
        let draft = try completeDraft()
        #expect(workflow.decide(.skip(field: "summary"), state: draft, context: ctx("Ana")).rejection?.message
            == "summary is required, so it cannot be skipped. Answer it now, or /quit and come back: nothing is lost.")
        let (events, after) = try run(.skip(field: "lessons"), on: draft, by: "Ana")
        #expect(events == [.skipped(field: "lessons")])
        var expected = draft
        expected.skipped = ["lessons"]
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func aCompleteDraftIsSubmittedByItsOwner() throws {
        let draft = try completeDraft()
        let (events, after) = try run(.submit, on: draft, by: "Ana", at: t0.adding(seconds: 5))
        #expect(events == [.submitted])
        var expected = draft
        expected.phase = .review
        expected.submittedAt = t0.adding(seconds: 5)
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func submissionListsEverythingMissing() throws {
        var s = try run(.create(id: "db", template: "test", title: "DB"), on: nil, by: "Ana").state
        s = try run(.answer(field: "reviewers", value: .people(["Ana"])), on: s, by: "Ana").state
        s = try run(.answer(field: "action_items", value: .actions([ActionItem(what: "Add a pool alert")])), on: s, by: "Ana").state
        s = try run(.answer(field: "timeline", value: .timeline([
            TimelineEntry(at: ts("2026-11-19T05:00:00Z"), text: "b"), TimelineEntry(at: ts("2026-11-19T04:00:00Z"), text: "a"),
        ])), on: s, by: "Ana").state
        let rejection = try #require(workflow.decide(.submit, state: s, context: ctx("Ana")).rejection)
        #expect(rejection.message == "Not ready for review yet. Still missing:")
        #expect(rejection.missing == [
            "incident_date: Date? (/edit incident_date)",
            "severity: Severity? (/edit severity)",
            "owner: Owner? (/edit owner)",
            "summary: Summary? (/edit summary)",
            "root_cause: describe the root cause, or add an action item to find it (e.g. \"Identify and document the root cause | Ana | P1\")",
            "reviewers: 1 reviewer who is not the owner needed, 0 named (/edit reviewers)",
            "action item 1 (Add a pool alert) needs an owner, a priority, a due date (/edit action_items)",
            "timeline: entry 2 (2026-11-19 04:00) comes before entry 1 (2026-11-19 05:00); put the entries in time order (/edit timeline)",
        ])
    }

    @Test func anActionToFindTheRootCauseStandsInForTheRootCause() throws {
        var draft = try completeDraft()
        draft.answers["root_cause"] = nil
        #expect(workflow.missingForSubmission(draft).first?.hasPrefix("root_cause:") == true)
        draft.answers["action_items"] = .actions([ActionItem(what: "Identify and document the root cause", owner: "Ben", priority: .p1, due: d("2026-11-27"))])
        #expect(workflow.missingForSubmission(draft) == [])
    }

    @Test func p0AndP1NeedTwoReviewersWhoAreNotTheOwner() throws {
        var draft = try completeDraft()
        draft.answers["severity"] = .choice("P1")
        draft.answers["reviewers"] = .people(["Ben", "ana"])
        #expect(workflow.missingForSubmission(draft) == ["reviewers: 2 reviewers who are not the owner needed for P1, 1 named (/edit reviewers)"])
    }

    @Test func onlyTheOwnerSubmits() throws {
        #expect(workflow.decide(.submit, state: try completeDraft(), context: ctx("Ben")).rejection?.message
            == "Only the owner (Ana) can submit it for review.")
    }

    @Test func aReviewerSignsOffTheRevisionTheyRead() throws {
        let review = try run(.submit, on: try completeDraft(), by: "Ana").state!
        let (events, after) = try run(.signOff(revision: review.revision, signature: nil), on: review, by: "Ben", at: t0.adding(seconds: 9))
        #expect(events == [.signedOff(revision: review.revision, signature: nil)])
        var expected = review
        expected.verdicts["ben"] = .approved(SignOff(revision: review.revision, at: t0.adding(seconds: 9), signature: nil, seq: review.nextSeq))
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func signOffRefusals() throws {
        let draft = try completeDraft()
        let review = try run(.submit, on: draft, by: "Ana").state!
        let rev = review.revision
        #expect(workflow.decide(.signOff(revision: rev, signature: nil), state: draft, context: ctx("Ben")).rejection?.message
            == "You can approve only while the post-mortem is in review; it is draft.")
        #expect(workflow.decide(.signOff(revision: rev, signature: nil), state: review, context: ctx("Dana")).rejection?.message
            == "Dana is not on the review committee (Ben, Chen); only committee members can approve.")
        var ownerOnCommittee = review
        ownerOnCommittee.answers["reviewers"] = .people(["Ben", "Ana"])
        #expect(workflow.decide(.signOff(revision: ownerOnCommittee.revision, signature: nil), state: ownerOnCommittee, context: ctx("Ana")).rejection?.message
            == "Ana owns this post-mortem; an owner never approves their own.")
        let old = String(repeating: "0", count: 64)
        #expect(workflow.decide(.signOff(revision: old, signature: nil), state: review, context: ctx("Ben")).rejection?.message
            == "The document changed since you read it (you read 000000000000, it is now \(Revision.short(rev))). Read it again (/show), then /approve.")
    }

    @Test func aContentChangeMakesEarlierSignOffsStale() throws {
        var s = try run(.submit, on: try completeDraft(), by: "Ana").state
        let first = s!.revision
        s = try run(.signOff(revision: first, signature: nil), on: s, by: "Ben").state
        s = try run(.signOff(revision: first, signature: nil), on: s, by: "Chen").state
        #expect(workflow.missingSignOffs(s!) == [])
        s = try run(.answer(field: "summary", value: .text("Corrected summary: 43 minutes.")), on: s, by: "Ana").state
        #expect(s!.revision != first)
        #expect(workflow.missingSignOffs(s!) == [
            "Ben approved an older revision (\(Revision.short(first))): stale",
            "Chen approved an older revision (\(Revision.short(first))): stale",
        ])
        #expect(workflow.decide(.publish, state: s, context: ctx("Ana")).rejection?.missing.count == 2)
    }

    @Test func requestingChangesNeedsACommitteeMemberAndAReason() throws {
        let review = try run(.submit, on: try completeDraft(), by: "Ana").state!
        #expect(workflow.decide(.requestChanges(reason: "  "), state: review, context: ctx("Ben")).rejection?.message
            == "Say what should change, e.g. /request-changes The impact needs the number of affected users.")
        #expect(workflow.decide(.requestChanges(reason: "x"), state: review, context: ctx("Zed")).rejection?.message
            == "Zed is not on the review committee (Ben, Chen); only committee members can request changes.")
        let (events, after) = try run(.requestChanges(reason: "Add user numbers"), on: review, by: "Chen")
        #expect(events == [.changesRequested(reason: "Add user numbers")])
        var expected = review
        expected.phase = .draft
        expected.verdicts["chen"] = .changesRequested(reason: "Add user numbers", at: t0)
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func theOwnerWithdrawsFromReview() throws {
        let review = try run(.submit, on: try completeDraft(), by: "Ana").state!
        #expect(workflow.decide(.withdraw(reason: nil), state: review, context: ctx("Ben")).rejection?.message == "Only the owner (Ana) can withdraw it from review.")
        let (events, after) = try run(.withdraw(reason: "More data coming"), on: review, by: "Ana")
        #expect(events == [.withdrawn(reason: "More data coming")])
        var expected = review
        expected.phase = .draft
        expected.lastSeq += 1
        #expect(after == expected)
    }

    @Test func publishingNeedsEverySignOffThenStartsFollowUp() throws {
        var s = try run(.submit, on: try completeDraft(), by: "Ana").state
        let rev = s!.revision
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Ben").state
        let refused = try #require(workflow.decide(.publish, state: s, context: ctx("Ana")).rejection)
        #expect(refused.message == "Publication needs every committee member's sign-off on the current revision:")
        #expect(refused.missing == ["Chen has not signed off yet"])
        s = try run(.signOff(revision: rev, signature: nil), on: s, by: "Chen").state
        let at = ts("2026-11-21T10:00:00Z")
        let (events, after) = try run(.publish, on: s, by: "Ana", at: at)
        #expect(events == [.published(revision: rev), .followUpStarted(reviewDue: d("2026-12-05"))])
        var expected = s!
        expected.phase = .followUp
        expected.published = Publication(revision: rev, at: at, by: "Ana")
        expected.followUpDue = d("2026-12-05")
        expected.lastSeq += 2
        #expect(after == expected)
        #expect(workflow.decide(.answer(field: "summary", value: .text("x")), state: after, context: ctx("Ana")).rejection?.message
            == "The document was published and its content is frozen. Record action progress with /action, or comment.")
    }

    @Test func commentsRepliesAndResolution() throws {
        let review = try run(.submit, on: try completeDraft(), by: "Ana").state!
        #expect(workflow.decide(.comment(section: "nope", text: "x"), state: review, context: ctx("Ben")).rejection?.message
            == "There is no section 'nope'. Sections: basics, story, actions.")
        #expect(workflow.decide(.comment(section: nil, text: "x"), state: review, context: ctx("Zed")).rejection?.message
            == "Only the owner and the review committee comment here; Zed is neither.")
        var s = try run(.comment(section: "story", text: "How many users?"), on: review, by: "Ben").state
        s = try run(.reply(to: "c1", text: "About 1,200."), on: s, by: "Ana").state
        #expect(workflow.decide(.resolveComment(id: "c1"), state: s, context: ctx("Chen")).rejection?.message
            == "Only the owner or Ben, who wrote it, can resolve comment c1.")
        s = try run(.resolveComment(id: "c1"), on: s, by: "Ana").state
        #expect(s!.comments == [Comment(id: "c1", author: "Ben", section: "story", text: "How many users?", at: t0,
                                        replies: [.init(author: "Ana", text: "About 1,200.", at: t0)], resolved: true)])
        #expect(workflow.decide(.resolveComment(id: "c9"), state: s, context: ctx("Ana")).rejection?.message == "There is no comment 'c9'. Comments: c1.")
    }
}

extension Result {
    var rejection: Failure? { if case .failure(let f) = self { f } else { nil } }
}

@Suite("Events as a storage format")
struct EventFormatTests {
    @Test func everyEventSurvivesItsJournalForm() throws {
        let events: [Event] = [
            .created(id: "db", template: "standard", title: "T"), .answered(field: "summary", value: .string("S")),
            .skipped(field: "tags"), .submitted, .withdrawn(reason: nil), .signedOff(revision: "ab", signature: "c2ln"),
            .changesRequested(reason: "R"), .commented(id: "c1", section: "impact", text: "?"), .replied(to: "c1", text: "!"),
            .commentResolved(id: "c1"), .published(revision: "ab"), .followUpStarted(reviewDue: d("2026-12-04")),
            .checklistChecked(item: "no-names", note: "ok"), .publishedExternally(revision: "ab"),
            .actionStatusChanged(index: 1, status: .done, evidence: "PR 1", reason: nil), .actionReassigned(index: 1, owner: "Dana"),
            .actionRescheduled(index: 1, due: d("2026-12-10")), .followUpReviewed(nextDue: d("2027-01-04"), notes: nil), .closed,
        ]
        for event in events { #expect(try Event(type: event.type, payload: event.payload) == event) }
        #expect(Set(events.map(\.type)).count == events.count)
    }

    @Test func anUnknownTypeFromANewerProgramIsKeptAndIgnored() throws {
        let draft = try completeDraft()
        let unknown = try Event(type: "retroScheduled", payload: JSONObject([("on", .string("2026-12-01"))]))
        #expect(unknown == .unrecognized(type: "retroScheduled", payload: JSONObject([("on", .string("2026-12-01"))])))
        var expected = draft
        expected.lastSeq += 1
        #expect(fold(draft, [unknown], by: "Ana") == expected)
    }

    @Test func aKnownTypeWithABadPayloadIsAnError() {
        #expect(throws: EventDecodingError(type: "answered", key: "field", expected: "a string")) {
            try Event(type: "answered", payload: JSONObject([("field", .number(3)), ("value", .string("x"))]))
        }
    }
}
