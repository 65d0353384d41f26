import PostmortemCore
import Testing

/// Deadlines, SLA defaults and the follow-up guards added with the follow-up commands.
@Suite struct FollowupLifecycleTests {
    static let template = Template(name: "sla", title: "SLA", sections: [
        Section(id: "a", title: "A", guidance: "g", fields: [Field(id: "action_items", kind: .actions, prompt: "Actions?")]),
    ], actionSLADays: [.p2: 10])

    @Test func dueDatesDefaultFromThePrioritysSLA() throws {
        #expect([Priority.p1, .p2, .p3].map(\.defaultSLADays) == [7, 14, 30])
        let field = try #require(Self.template.field("action_items"))
        let today = Day(iso: "2026-11-20")!
        let standard = AnswerParser(context: ParseContext(today: today))
        let value = try standard.parse(["Alert on pool | Ana | P1", "Load-test | Ben | P2", "Runbook | Chen | P3", "Pinned | Dee | P3 | 2026-12-01"], as: field).get()
        #expect(value == .actions([
            ActionItem(what: "Alert on pool", owner: "Ana", priority: .p1, due: Day(iso: "2026-11-27")!),
            ActionItem(what: "Load-test", owner: "Ben", priority: .p2, due: Day(iso: "2026-12-04")!),
            ActionItem(what: "Runbook", owner: "Chen", priority: .p3, due: Day(iso: "2026-12-20")!),
            ActionItem(what: "Pinned", owner: "Dee", priority: .p3, due: Day(iso: "2026-12-01")!),
        ]))
        // A template may change the SLA: P2 in 10 days here; the others keep the seeds' values.
        let custom = AnswerParser(context: ParseContext(template: Self.template, today: today))
        #expect(try custom.parse(["Load-test | Ben | P2", "Alert | Ana | P1"], as: field).get() == .actions([
            ActionItem(what: "Load-test", owner: "Ben", priority: .p2, due: Day(iso: "2026-11-30")!),
            ActionItem(what: "Alert", owner: "Ana", priority: .p1, due: Day(iso: "2026-11-27")!),
        ]))
    }

    @Test func anActionDeadlineIsOverdueFromMidnightAfterItsDueDay() throws {
        var s = try completeDraft()  // action 1 due 2026-11-27
        s = try run(.submit, on: s, by: "Ana").state!
        let deadlines = Deadlines(s, template: testTemplate)
        let action = try #require(deadlines.items.first { $0.what.hasPrefix("action 1") })
        #expect(!action.isOverdue(at: ts("2026-11-27T23:59:59Z")))
        #expect(action.isOverdue(at: ts("2026-11-28T00:00:00Z")))
        // The draft is due 48 hours after the #resolved entry (2026-11-19 04:52), publication a week after.
        #expect(deadlines.items.map(\.due).prefix(2) == [ts("2026-11-21T04:52:00Z"), ts("2026-11-26T04:52:00Z")])
        #expect(Deadlines.incidentEnd(s) == ts("2026-11-19T04:52:00Z"))
    }

    @Test func aClosedPostMortemsItemsCannotBeReassignedOrRescheduled() throws {
        var s = try completeDraft()
        for (command, actor) in [(Command.submit, "Ana"), (.signOff(revision: s.revision, signature: nil), "Ben"),
                                 (.signOff(revision: s.revision, signature: nil), "Chen"), (.publish, "Ana"),
                                 (.setActionStatus(index: 1, status: .done, evidence: "PR 9", reason: nil), "Ben"), (.close, "Ana")] {
            s = try run(command, on: s, by: actor).state!
        }
        #expect(s.phase == .closed)
        let final = "This post-mortem is closed; its action items are final."
        #expect(workflow.decide(.reassignAction(index: 1, owner: "Eve"), state: s, context: ctx("Ana")).rejection?.message == final)
        #expect(workflow.decide(.rescheduleAction(index: 1, due: d("2027-01-01")), state: s, context: ctx("Ana")).rejection?.message == final)
    }
}
