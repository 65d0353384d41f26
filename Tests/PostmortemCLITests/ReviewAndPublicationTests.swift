import Foundation
import Testing

@Suite("Review, sign-off and publication through the commands", .serialized)
struct ReviewAndPublicationTests {
    @Test func ownerToReviewersToInternalToExternal() throws {
        let pm = try PostmortemProcess()
        try pm.write("people.txt", "Dana Reyes\n")
        try pm.draft(extraTimeline: "04:30 Dana Reyes restarted db-7.corp\n")
        #expect(try pm.run(["submit", "db"]).stdout == "Submitted for review.\n")

        let early = try pm.run(["publish", "db"])
        #expect(early.status == 1)
        #expect(early.stderr.contains("Publication needs every committee member's sign-off on the current revision:\n  - Ben has not signed off yet\n  - Chen has not signed off yet"))

        #expect(try pm.approve("db", as: "Ana").stderr.contains("Ana is not on the review committee"))
        #expect(try pm.approve("db", as: "Ben").status == 0)
        #expect(try pm.approve("db", as: "Chen").status == 0)
        let published = try pm.run(["publish", "db"])
        #expect(published.status == 0)
        #expect(published.stdout.contains("Published internally: \(pm.workspace.path)/db/postmortem.md"))
        #expect(pm.file("db/postmortem.md")?.contains("Dana Reyes restarted db-7.corp") == true)
        #expect(try pm.run(["verify", "db"]).status == 0)

        let blocked = try pm.run(["publish", "db", "--external"])
        #expect(blocked.status == 1)
        #expect(blocked.stderr.contains("[ ] internal-info  Internal-only information removed (postmortem checklist db --check internal-info --note ...)"))
        #expect(pm.file("db/postmortem.external.md") == nil)

        for item in ["internal-info", "no-names", "technical-accuracy", "competitive"] {
            #expect(try pm.run(["checklist", "db", "--check", item, "--note", "checked"], as: "Chen").status == 0)
        }
        let checklist = try pm.run(["checklist", "db"]).stdout
        #expect(checklist.contains("[x] no-names  No names of individuals (also scanned automatically) — Chen: checked\n"))
        let external = try pm.run(["publish", "db", "--external"])
        #expect(external.status == 0, "\(external.stderr)")
        let text = try #require(pm.file("db/postmortem.external.md"))
        for name in ["Ana", "Ben", "Chen", "Dana", "Reyes", "db-7.corp"] { #expect(!text.contains(name), "\(name) leaked") }
        #expect(text.contains("a team member restarted [internal host]"))
    }

    @Test func theExternalFileNamesNoOneAndNoInternalDetail() throws {
        let pm = try PostmortemProcess()
        try pm.write("people.txt", "Jack Long\n")
        try pm.write("internal-hosts.txt", "db-replica-2\n")
        try pm.draft(extraTimeline: "04:30 John ssh'd into db-replica-2 from 10.0.4.17; Jack paged @blong in #inc-db\n")
        try pm.run(["submit", "db"])
        try pm.approve("db", as: "Ben")
        try pm.approve("db", as: "Chen")
        #expect(try pm.run(["publish", "db"]).status == 0)
        for item in ["internal-info", "no-names", "technical-accuracy", "competitive"] {
            try pm.run(["checklist", "db", "--check", item, "--note", "checked"], as: "Chen")
        }
        let external = try pm.run(["publish", "db", "--external"])
        #expect(external.status == 0, "\(external.stderr)")
        let text = try #require(pm.file("db/postmortem.external.md"))
        #expect(text.contains("| an engineer ssh'd into [internal host] from [address removed]; a team member paged [handle removed] in [channel removed] |"))
        for leak in ["John", "Jack", "blong", "db-replica-2", "10.0.4.17", "#inc-db"] { #expect(!text.contains(leak), "\(leak) leaked") }
    }

    @Test func anEditAfterSignOffMakesItStale() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        try pm.run(["submit", "db"])
        try pm.approve("db", as: "Ben")
        try pm.run(["open", "db"], input: "/edit root_cause\nConfig changes are not validated against capacity data.\n\n")
        let status = try pm.run(["status", "db"]).stdout
        #expect(status.contains("  - Ben: approved an older revision ("))
        #expect(status.contains("): stale (unsigned)"))
    }

    @Test func verifyNoticesAPublishedFileThatNoLongerMatchesTheJournal() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        try pm.run(["submit", "db"])
        try pm.approve("db", as: "Ben")
        try pm.approve("db", as: "Chen")
        try pm.run(["publish", "db"])
        try pm.write("db/postmortem.md", (pm.file("db/postmortem.md") ?? "") + "\nEdited by hand.\n")
        let verify = try pm.run(["verify", "db"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("postmortem.md differs from what the journal renders; `postmortem render db -o"))
        try pm.run(["render", "db", "-o", pm.workspace.appendingPathComponent("db/postmortem.md").path])
        #expect(try pm.run(["verify", "db"]).status == 0)
    }

    @Test func signingKeysArePrivateAndForgedSignOffsAreRefused() throws {
        let pm = try PostmortemProcess()
        let created = try pm.run(["keys", "init"], as: "Ben")
        #expect(created.status == 0)
        let folder = pm.root.appendingPathComponent("config-Ben/postmortem")
        let attributes = { (path: String) in (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? 0 }
        #expect(try attributes(folder.path) == 0o700)
        #expect(try attributes(folder.appendingPathComponent("signing.key").path) == 0o600)
        #expect(try pm.run(["keys", "init"], as: "Ben").status == 1)

        let show = try pm.run(["keys", "show"], as: "Ben").stdout
        let publicKey = try #require(show.split(separator: "\n").first?.split(separator: " ").last)
        try pm.write("keys/Ben.pub", "ed25519 \(publicKey)\n")

        try pm.draft()
        try pm.run(["submit", "db"])
        // Someone else claiming to be Ben has no key: refused.
        let forged = try pm.approve("db", as: "Ben", environment: ["XDG_CONFIG_HOME": pm.root.appendingPathComponent("config-Mallory").path])
        #expect(forged.status == 1)
        #expect(forged.stderr.contains("keys/Ben.pub exists, so a sign-off as Ben must be signed with that key."))
        let signed = try pm.approve("db", as: "Ben")
        #expect(signed.stdout.contains("(signed)"))
        #expect(try pm.run(["verify", "db"]).stdout.contains("sign-offs: Ben verified"))

        chmod(folder.appendingPathComponent("signing.key").path, 0o644)
        let loose = try pm.run(["keys", "show"], as: "Ben")
        #expect(loose.status == 1)
        #expect(loose.stderr.contains("has permissions 644; a signing key must be private. Run: chmod 600"))
    }

    @Test func approvingNeedsTheRevisionRead() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        try pm.run(["submit", "db"])
        let bare = try pm.run(["approve", "db"], as: "Ben")
        #expect(bare.status == 2)
        #expect(bare.stderr.contains("Missing expected argument '--revision <revision>'"))
        let old = try pm.run(["approve", "db", "--revision", "abcdef123456"], as: "Ben")
        #expect(old.status == 1)
        #expect(old.stderr.contains("The document changed since you read it (you read abcdef123456"))
        #expect(try pm.approve("db", as: "Ben").stdout.contains("Signed off revision"))
    }

    @Test func aTornJournalMustBeRepairedBeforeAnythingIsTyped() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        let journal = pm.workspace.appendingPathComponent("db/journal.jsonl")
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"v\":1,\"seq\":99,\"at\"".utf8))
        try handle.close()
        let open = try pm.run(["open", "db"], input: "x\n")
        #expect(open.status == 1)
        #expect(open.stderr.contains("db's journal ends in a torn line"))
        #expect(open.stderr.contains("Run `postmortem repair db`"))
        #expect(try pm.run(["status", "db"]).status == 0)  // reading still works
        let repaired = try pm.run(["repair", "db"])
        #expect(repaired.stdout.contains("journal.jsonl.torn-20261120T090000Z"))
        #expect(try pm.run(["verify", "db"]).status == 0)
    }

    @Test func aCopiedFolderIsRefusedRatherThanPublishedIntoTheOriginal() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        try FileManager.default.copyItem(at: pm.workspace.appendingPathComponent("db"), to: pm.workspace.appendingPathComponent("db2"))
        let status = try pm.run(["status", "db2"])
        #expect(status.status == 1)
        #expect(status.stderr.contains("The folder db2 holds the journal of post-mortem db (copied?)."))
    }

    @Test func badIdsAndUnknownPostMortemsAreUsageErrors() throws {
        let pm = try PostmortemProcess()
        let escape = try pm.run(["status", "../etc"])
        #expect(escape.status == 2)
        let missing = try pm.run(["status", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("There is no post-mortem 'nope'"))
        #expect(try pm.run(["verify", "nope"]).status == 2)
        #expect(try pm.run(["checklist", "nope", "--note", "x"]).status == 2)
    }
}
