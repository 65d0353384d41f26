import Foundation
import Testing
@testable import PostmortemCore

/// A document written the way incident write-ups are: full of people, handles, addresses and internal details.
func leakyDocument() throws -> Postmortem {
    var pm = try completeDraft()
    pm.answers["title"] = .text("Checkout database failover (OPS-4410)")
    pm.answers["owner"] = .people(["Sam Okafor"])
    pm.answers["reviewers"] = .people(["Mark Chen", "Priya Natarajan"])
    pm.answers["summary"] = .text("""
    On 19 November S. Okafor and J.S. Reyes failed the checkout database over after John ran failover.sh from 10.0.4.17. \
    Mark joined #inc-db-failover; Jack paged @sokafor and sam.okafor@example.com. Ask Priya to retrain John.
    """)
    pm.answers["impact"] = .text("""
    Customers of AWS account 123456789012 saw errors for 42 minutes; support took calls on +1 415 555 0100. \
    Benchmarks, Kafka and Redis were unaffected.
    """)
    pm.answers["timeline"] = .timeline([
        TimelineEntry(at: ts("2026-11-19T04:18:00Z"), text: "Alert paged Mark Chen (OPS-4411)", milestone: .detected),
        TimelineEntry(at: ts("2026-11-19T04:25:00Z"), text: "Sam ssh'd into db-replica-2 and promoted it; fd00::12 answered", milestone: .mitigated),
        TimelineEntry(at: ts("2026-11-19T04:31:00Z"), text: "John picked replica-2 | admin@db-replica-2 accepted writes"),
        TimelineEntry(at: ts("2026-11-19T04:52:00Z"), text: "Traffic back through lb.corp (10.0.0.0/8, 192.168.1.10:5432)", milestone: .resolved),
    ])
    pm.answers["root_cause"] = .text("""
    Version 1.2.3.4 of the pool library ignored max_connections; Bill's patch (PR #123) fixes it. \
    Jack's dash\u{200B}board on ip-10-0-0-12.ec2.internal showed it at 04:18, 1h20m before anyone read it; Wu and Dana Reyes confirmed.
    """)
    pm.answers["action_items"] = .actions([
        ActionItem(what: "Add a pool-size check to CI (OPS-4412); bill.wu reviews", owner: "Bill Wu", priority: .p1, due: d("2026-11-27")),
        ActionItem(what: "Ask Elena to document failover.sh in #sre-runbooks", owner: "Sam Okafor", priority: .p2, due: d("2026-12-04")),
    ])
    return pm
}

/// The people the tests know: an owner, two reviewers, an action owner and the workspace list.
func leakyProjection(_ pm: Postmortem? = nil, suffixes: [String] = ExternalProjection.defaultInternalSuffixes) throws -> ExternalProjection {
    ExternalProjection(postmortem: try pm ?? leakyDocument(), template: testTemplate, knownPeople: ["Jack Long", "Dana Reyes"], internalHostSuffixes: suffixes)
}

@Suite("The external projection removes people and internal-only details")
struct ExternalRedactionTests {
    @Test func aRealisticDocumentLeavesWithRolesAndPlaceholdersOnly() throws {
        let projection = try leakyProjection()
        #expect(projection.markdown() == """
        # Checkout database failover ([ticket removed])

        **Date:** 2026-11-19

        ## Summary

        On 19 November the incident owner and a team member failed the checkout database over after an engineer ran failover.sh from [address removed]. a reviewer joined [channel removed]; a team member paged the incident owner and [address removed]. Ask a reviewer to retrain an engineer.

        ## Impact

        Customers of AWS account [account removed] saw errors for 42 minutes; support took calls on [phone removed]. Benchmarks, Kafka and Redis were unaffected.

        ## Timeline (UTC)

        | Time | Event |
        |---|---|
        | 2026-11-19 04:18 | Alert paged a reviewer ([ticket removed]) |
        | 2026-11-19 04:25 | the incident owner ssh'd into [internal host] and promoted it; [address removed] answered |
        | 2026-11-19 04:31 | an engineer picked replica-2 \\| [address removed] accepted writes |
        | 2026-11-19 04:52 | Traffic back through [internal host] ([address removed], [address removed]) |

        ## Root cause

        Version 1.2.3.4 of the pool library ignored max_connections; an engineer's patch (PR #123) fixes it. a team member's dashboard on [internal host] showed it at 04:18, 1h20m before anyone read it; an engineer and a team member confirmed.

        ## What we are doing

        - Add a pool-size check to CI ([ticket removed]); an engineer reviews
        - Ask an engineer to document failover.sh in [channel removed]

        """)
        #expect(projection.blockers() == [])
    }

    @Test func firstNamesNobodyListedBecomeAnEngineer() throws {
        let projection = ExternalProjection(postmortem: try completeDraft(), template: testTemplate)
        let cases = [
            ("John ran failover.sh", "an engineer ran failover.sh"),
            ("John picked replica-2.", "an engineer picked replica-2."),
            ("Ask Priya to retrain John.", "Ask an engineer to retrain an engineer."),
            ("John Smith's laptop; JOHN said so", "an engineer's laptop; an engineer said so"),
            ("Mary-Jane and José paged Dr. Patel and Ms Garcia", "an engineer and an engineer paged an engineer and an engineer"),
            ("Elena (SRE) and Priya's team", "an engineer (SRE) and an engineer's team"),
        ]
        for (text, expected) in cases { #expect(projection.scrub(text) == expected) }
    }

    @Test func ordinaryWordsProductsNumbersAndTimesAreNotGarbled() throws {
        let projection = ExternalProjection(postmortem: try completeDraft(), template: testTemplate)
        let text = """
        Benchmarks and the Anatomy of a cache. Mark the alert as resolved. Grant permissions to the deploy role. \
        Kafka, Redis and the Julia runtime recovered; the Amber alert cleared. Can we retry? Per the runbook, Ping failed in Jan. \
        Will it hold? May brought version 1.2.3.4, v1.2.3.4, release 10.0.0.1 and 300.1.1.1. At 04:18 (04:18:30), after 1h20m \
        and 2026-11-19, PR #123, CVE-2026-1234, SHA-256, UTF-8, SEV-1, Q3-2026, p99 latency 250ms, 3:1 ratio, std::vector.
        """
        #expect(projection.scrub(text) == text)
        #expect(projection.blockers(in: text) == [])
    }

    @Test func knownNamesThatAreEverydayWordsAreReplacedWhenCapitalised() throws {
        let projection = try leakyProjection()
        #expect(projection.scrub("Mark restarted it; Jack's fix and Bill's review; Wu and Long agreed.")
                == "a reviewer restarted it; a team member's fix and an engineer's review; an engineer and a team member agreed.")
        #expect(projection.scrub("mark the alert, bill the customer, a long wait, jack up the limit")
                == "mark the alert, bill the customer, a long wait, jack up the limit")
        // Over-redaction is the price: a sentence starting with a known everyday name is read as the name.
        #expect(projection.scrub("Mark the alert as resolved.") == "a reviewer the alert as resolved.")
        #expect(projection.blockers(in: "Then Mark left; a long day.") == ["the external text still names Mark"])
        #expect(projection.blockers(in: "Then Bill left.") == ["the external text still names Bill"])
    }

    @Test func initialsGoWithTheName() throws {
        let pm = try completeDraft()
        var owned = pm
        owned.answers["owner"] = .people(["Ana Lima"])
        owned.answers["reviewers"] = .people(["Sam Okafor"])
        let projection = ExternalProjection(postmortem: owned, template: testTemplate)
        let cases = [
            ("S. Okafor and A. Lima", "a reviewer and the incident owner"),
            ("J.S. Okafor joined; J. S. Okafor left; Sam J. Okafor came back", "a reviewer joined; a reviewer left; a reviewer came back"),
            ("Sam O. ran it. We called Sam O.\nThen A.L. and Lima A. spoke", "a reviewer ran it. We called a reviewer.\nThen A.L. and the incident owner spoke"),
            ("S.Okafor and Okafor, S. agreed", "a reviewer and a reviewer, S. agreed"),
        ]
        for (text, expected) in cases { #expect(projection.scrub(text) == expected) }
    }

    @Test func handlesMadeFromKnownNamesAreRemoved() throws {
        let projection = try leakyProjection()
        let cases = [
            ("sam.okafor, sokafor, samokafor, s.okafor, okafor_sam, sam-okafor, sokafor2", Array(repeating: "the incident owner", count: 7).joined(separator: ", ")),
            ("paged @sam and @sokafor and @jdoe and @here", "paged the incident owner and the incident owner and [handle removed] and [handle removed]"),
            ("ran /home/sokafor/fix.sh on sokafor-laptop", "ran /home/the incident owner/fix.sh on [name removed]"),
            ("mchen and pnatarajan approved; dreyes was away", "a reviewer and a reviewer approved; a team member was away"),
        ]
        for (text, expected) in cases { #expect(projection.scrub(text) == expected) }
        #expect(projection.blockers(in: "ask samokafor or @sam") == [
            "the external text still has the handle @sam",
            "the external text still has samokafor, a handle of Sam Okafor",
            "the external text still names Sam",
        ])
    }

    @Test(arguments: ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}", "\u{202A}", "\u{202B}",
                      "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}", "\u{00AD}", "\u{FE0F}"])
    func invisibleCharactersDoNotHideAName(_ invisible: String) throws {
        let projection = try leakyProjection()
        let hide = { (s: String) in s.map(String.init).joined(separator: invisible) }
        let text = "\(hide("Okafor")) and \(hide("John")) used \(hide("10.0.4.17")), \(hide("sam.okafor@example.com")) and \(hide("#inc-db"))"
        #expect(projection.scrub(text) == "the incident owner and an engineer used [address removed], [address removed] and [channel removed]")
        #expect(!projection.blockers(in: "Okafor\(invisible)").isEmpty)
        #expect(projection.blockers(in: "fine\(invisible)text") == ["the external text has invisible characters"])
    }

    @Test func lookAlikeLettersAndFullWidthLettersDoNotHideAName() throws {
        let projection = try leakyProjection()
        #expect(projection.scrub("Ѕаm and Ｏｋａｆｏｒ and Jоhn ran it") == "the incident owner and the incident owner and an engineer ran it")
        #expect(projection.blockers(in: "the dаtabase") == ["the external text has dаtabase, which mixes alphabets (a look-alike letter can hide a name)"])
    }

    @Test func addressesAndInternalIdentifiers() throws {
        let projection = try leakyProjection(suffixes: ExternalProjection.defaultInternalSuffixes + [".corp.example.com", ".db-replica-9"])
        let cases = [
            ("from 10.1.2.3, 172.16.0.5:8080, 192.168.1.1/24, 127.0.0.1 and 8.8.8.8.", "from [address removed], [address removed], [address removed], [address removed] and [address removed]."),
            ("on fd00::1, fe80::1%eth0, fe80::/10, ::1, 2001:db8:0:0:0:0:0:1, [2001:db8::1]:443, ::ffff:10.0.0.1",
             "on [address removed], [address removed], [address removed], [address removed], [address removed], [address removed], [address removed]"),
            ("mail sam.okafor@example.com or admin@db-replica-2 or root@10.0.0.1", "mail [address removed] or [address removed] or [address removed]"),
            ("NIC 00:1a:2b:3c:4d:5e", "NIC [address removed]"),
            ("see #inc-db-failover and #sre, not #123", "see [channel removed] and [channel removed], not #123"),
            ("account 123456789012, 1234-5678-9012, arn:aws:iam::123456789012:role/deploy", "account [account removed], [account removed], arn:aws:iam::[account removed]:role/deploy"),
            ("call +1 415 555 0100, +44 20 7946 0958, (415) 555-0100, 415-555-0100 or 020 7946 0958",
             "call [phone removed], [phone removed], [phone removed], [phone removed] or [phone removed]"),
            ("OPS-4411 and INC2-77, not CVE-2026-1234", "[ticket removed] and [ticket removed], not CVE-2026-1234"),
            ("db-7.corp, grafana.corp.example.com/d/1, ip-10-0-0-12, ip-10-0-0-12.ec2.internal, db-replica-9, cache.local",
             "[internal host], [internal host]/d/1, [internal host], [internal host], [internal host], [internal host]"),
            ("ssh db-replica-2; ssh -i key.pem -p 2222 web-03 uptime; ssh -J jump-1 bastion; scp dump.sql backup-2:/tmp; SSHed into cache_3",
             "ssh [internal host]; ssh -i key.pem -p 2222 [internal host] uptime; ssh -J [internal host] bastion; scp dump.sql [internal host]:/tmp; SSHed into [internal host]"),
            ("ssh access was revoked; we ssh to the bastion", "ssh access was revoked; we ssh to the bastion"),
            ("_10.0.0.1_ and *#inc-x* and (fd00::2)", "_[address removed]_ and *[channel removed]* and ([address removed])"),
        ]
        for (text, expected) in cases {
            #expect(projection.scrub(text) == expected)
            if expected != text { #expect(!projection.blockers(in: text).isEmpty, "the scan must see \(text)") }
            #expect(projection.blockers(in: projection.scrub(text)) == [], "nothing left in \(projection.scrub(text))")
        }
    }

    @Test func theScanNamesEachCategoryItFinds() throws {
        let projection = try leakyProjection(suffixes: ExternalProjection.defaultInternalSuffixes)
        let found = projection.blockers(in: """
        Okafor asked John at ops@example.com, @pat, 10.0.0.1, fd00::1, db-7.corp, 123456789012, +1 415 555 0100, #inc-1x, OPS-1.
        """)
        #expect(found == [
            "the external text still has the address ops@example.com",
            "the external text still has the handle @pat",
            "the external text still has the address 10.0.0.1",
            "the external text still has the address fd00::1",
            "the external text still has the internal host db-7.corp",
            "the external text still has the account number 123456789012",
            "the external text still has the phone number +1 415 555 0100",
            "the external text still has the channel #inc-1x",
            "the external text still has the internal ticket OPS-1",
            "the external text still names Okafor",
            "the external text still may name a person: John",
        ])
    }
}


@Suite("Generated texts: nothing identifying survives the projection")
struct ExternalRedactionPropertyTests {
    static let secrets = [
        "Sam Okafor", "Sam", "Okafor", "Okafor's", "S. Okafor", "J.S. Okafor", "OKAFOR", "Priya Natarajan", "Natarajan", "Priya",
        "Mark Chen", "Mark", "Chen", "Jack Long", "Jack", "Long", "Dana Reyes", "Reyes", "Bill Wu", "Bill's", "Wu",
        "sam.okafor", "sokafor", "samokafor", "okafor_sam", "sokafor7", "@sam", "@sokafor", "@mchen", "pnatarajan",
        "John", "Elena", "Mary-Jane", "José", "Dr. Patel",
        "sam.okafor@example.com", "admin@db-replica-2", "10.0.4.17", "172.16.9.1:5432", "192.168.100.200/24", "127.0.0.1",
        "fd00::17", "fe80::1%eth0", "2001:db8::7", "#inc-db-failover", "123456789012", "+1 415 555 0100", "OPS-4411",
        "db-7.corp", "ip-10-0-0-12",
    ]
    /// What must not appear in the result, case-insensitively (whole words for short names).
    static let forbiddenAnywhere = ["okafor", "natarajan", "reyes", "sokafor", "samokafor", "mchen", "elena", "josé", "jose", "patel",
                                    "example.com", "db-replica-2", "10.0.4.17", "172.16.9.1", "192.168.100.200", "127.0.0.1", "fd00",
                                    "fe80", "2001:db8", "inc-db-failover", "123456789012", "415", "ops-4411", "db-7", "ip-10"]
    static let forbiddenWords = ["sam", "priya", "dana", "chen", "john", "mary-jane", "mary", "jane"]
    /// Capitalised only: as lowercase words they are everyday English.
    static let forbiddenCapitalised = ["Mark", "Jack", "Long", "Bill", "Wu", "MARK", "JACK", "LONG", "BILL", "WU"]
    static let invisibles: [Character] = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}", "\u{200F}", "\u{2060}", "\u{FEFF}",
                                          "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}", "\u{2068}", "\u{2069}"]
    static let wrappers = [("", ""), ("(", ")"), ("\"", "\""), ("'", "'"), ("*", "*"), ("_", "_"), ("`", "`"), ("[", "]"), ("", ","),
                           ("", "."), ("", ";"), ("", ":"), ("— ", " —"), ("", "!"), ("", "?"), ("<", ">")]
    static let sentences = [
        "At 04:18 {} restarted the pool.", "{} paged the on-call engineer", "the change came from {} after review",
        "Ask {} about it.", "logs were sent to {}", "{}\nran the failover", "| {} |", "see {}", "handed over to {} at 05:02",
    ]

    static func hide(_ secret: String, _ rng: inout SeededGenerator) -> String {
        var chars = Array(secret)
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            chars.insert(invisibles.randomElement(using: &rng)!, at: Int.random(in: 0...chars.count, using: &rng))
        }
        let (open, close) = wrappers.randomElement(using: &rng)!
        return open + String(chars) + close
    }

    static func leaks(_ text: String) -> [String] {
        let lower = text.lowercased()
        var found = forbiddenAnywhere.filter { lower.contains($0) }
        let words = Set(lower.split(whereSeparator: { !($0.isLetter || $0 == "-") }).map(String.init))
        found += forbiddenWords.filter(words.contains)
        let cased = Set(text.split(whereSeparator: { !$0.isLetter }).map(String.init))
        found += forbiddenCapitalised.filter(cased.contains)
        if text.contains("@") { found.append("@") }
        if text.unicodeScalars.contains(where: { invisibles.contains(Character($0)) }) { found.append("invisible") }
        return found
    }

    @Test func nothingIdentifyingSurvives() throws {
        var rng = SeededGenerator(state: 20261119)
        let projection = try leakyProjection()
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                let sentence = Self.sentences.randomElement(using: &rng)!
                return sentence.replacingOccurrences(of: "{}", with: Self.hide(Self.secrets.randomElement(using: &rng)!, &rng))
            }.joined(separator: " ")
            let scrubbed = projection.scrub(text)
            #expect(Self.leaks(scrubbed) == [], "\(text.debugDescription) became \(scrubbed.debugDescription)")
            #expect(projection.blockers(in: scrubbed) == [], "\(scrubbed.debugDescription)")
            #expect(!projection.blockers(in: Redactor.stripInvisible(text)).isEmpty, "the scan missed \(text.debugDescription)")
        }
    }

    @Test func theGeneratedTextsThroughTheWholeDocument() throws {
        var rng = SeededGenerator(state: 7)
        var pm = try leakyDocument()
        pm.answers["summary"] = .text(Self.secrets.map { Self.hide($0, &rng) }.joined(separator: " and "))
        pm.answers["impact"] = .text(Self.secrets.shuffled(using: &rng).map { Self.hide($0, &rng) }.joined(separator: ", "))
        let projection = try leakyProjection(pm)
        let markdown = projection.markdown()
        #expect(Self.leaks(markdown) == [], "\(markdown)")
        #expect(projection.blockers() == [])
    }
}
