import Testing
@testable import PostmortemCore

@Suite("The external projection: what may leave the company")
struct ExternalProjectionTests {
    func document() throws -> Postmortem {
        var pm = try completeDraft()
        pm.answers["owner"] = .people(["Ana Lima"])
        pm.answers["reviewers"] = .people(["Ben Okafor", "Chen Wu"])
        pm.answers["summary"] = .text("Ana Lima rolled back the change after Ben's page; see ana.lima@example.com and db-7.corp for logs.")
        pm.answers["timeline"] = .timeline([
            TimelineEntry(at: ts("2026-11-19T04:18:00Z"), text: "Alert paged Chen Wu", milestone: .detected),
            TimelineEntry(at: ts("2026-11-19T04:40:00Z"), text: "Dana Reyes (SRE) restarted db-7.corp", milestone: .mitigated),
        ])
        pm.answers["action_items"] = .actions([ActionItem(what: "Add a pool alert, Ben to own the runbook", owner: "Ben Okafor", priority: .p1, due: d("2026-11-27"))])
        return pm
    }

    @Test func everyKnownPersonBecomesARoleAndActionOwnersAreDropped() throws {
        let projection = ExternalProjection(postmortem: try document(), template: testTemplate, knownPeople: ["Dana Reyes"])
        let markdown = projection.markdown()
        #expect(markdown == """
        # Checkout database outage

        **Date:** 2026-11-19

        ## Summary

        the incident owner rolled back the change after a reviewer's page; see [address removed] and [internal host] for logs.

        ## Timeline (UTC)

        | Time | Event |
        |---|---|
        | 2026-11-19 04:18 | Alert paged a reviewer |
        | 2026-11-19 04:40 | a team member (SRE) restarted [internal host] |

        ## Root cause

        Pool size was not validated against the new traffic profile.

        ## What we are doing

        - Add a pool alert, a reviewer to own the runbook

        """)
        #expect(projection.blockers() == [])
    }

    @Test func firstNamesAloneAreReplacedToo() throws {
        let projection = ExternalProjection(postmortem: try document(), template: testTemplate)
        #expect(projection.scrub("Chen and Ana looked at it; ben paged.") == "a reviewer and the incident owner looked at it; a reviewer paged.")
    }

    @Test func theScanFindsWhatTheProjectionCouldNotRemove() throws {
        var pm = try document()
        pm.answers["summary"] = .text("Contact ops@status.example.com")
        let projection = ExternalProjection(postmortem: pm, template: testTemplate, internalHostSuffixes: [".example.com"])
        #expect(projection.markdown().contains("[address removed]"))
        #expect(projection.blockers() == [])
    }

    @Test func wordsThatOnlyContainANameAreLeftAlone() throws {
        let projection = ExternalProjection(postmortem: try document(), template: testTemplate)
        #expect(projection.scrub("Benchmarks and Anatomy of a cache") == "Benchmarks and Anatomy of a cache")
    }
}
