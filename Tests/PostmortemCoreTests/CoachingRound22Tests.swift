import Testing
@testable import PostmortemCore

/// Round 22: people named by an initial and a surname or in lower-case chat, a person's state that held the response up, a safeguard
/// put in bypass, an inquiry's recommendations addressed to a body, second-language conditionals, and emphasis that closes a cause.
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 22")
struct CoachingRound22Tests: CoachingSuite {
    let coach = Coach()

    @Test func aPersonNamedInShorthandIsStillAPerson() {
        #expect(checks("K. Nowak skipped the pre-maintenance drain of the GPU partition.", .contributingFactors).contains("blame"))
        #expect(checks("root cause is dmitri pushing the surge config straight to prod", .rootCause).contains("blame"))
        #expect(checks("night supervisor signed off line clearance w/o checking", .couldBeBetter).contains("blame"))
        #expect(checks("The night charge nurse on Ward 4 failed to report the dose discrepancy.", .contributingFactors).contains("blame"))
        #expect(checks("The planner did not answer the phone, and because of this the vessel sailed without the plan.", .response).contains("blame"))
        #expect(checks("The driver switched off the reefer unit at the rest stop, so the temperature went up to 14 degrees.", .contributingFactors).contains("blame"))
        // an initial and a surname doing the work, a product named like a person, and a place before an acronym
        #expect(checks("K. Nowak drained the partition at 10:02.", .response).isEmpty)
        #expect(checks("When used by services, Sierra API keys should be generated for services and not people.", .actionItem).allSatisfy { $0 != "blame" })
        #expect(checks("Another contributing factor was that the setpoint on the Northfield PRV was set wrong.", .contributingFactors) == ["surface-cause"])
        // a sentence does not end at an initial, but does end after a plan's letter
        #expect(coach.lint(document: "## Response\n\nWe switched to Plan B. Traffic recovered at 10:40.\n").isEmpty)
    }

    @Test func aPersonsStateOrASafeguardInBypassAsTheCause() {
        #expect(checks("he was unreachable until 06:50 so failover was delayed.", .response).contains("blame"))
        #expect(checks("she put vision sys in bypass + went on break", .rootCause).contains("blame"))
        #expect(checks("The maintenance contractor left isolation valve V-112 half-closed after the works.", .contributingFactors).contains("blame"))
        #expect(checks("None of the crew on board stopped the task, although it was deemed dangerous.", .rootCause).contains("blame"))
        #expect(checks("The advice of the second engineer on the dangers of welding was disregarded.", .rootCause).contains("loaded-word"))
        // a vendor nobody could reach, a colleague who moved on, and a fallback the procedure sets out
        #expect(checks("The vendor was unreachable until 06:50, so we proceeded without them.", .response).isEmpty)
        #expect(checks("The colleague who knew about the renewal job left the company in April.", .contributingFactors).isEmpty)
        #expect(checks("The on-call lead disabled the interface at 11:20, and pharmacy moved to paper under the downtime procedure.", .response).isEmpty)
    }

    @Test func anInquirysRecommendationIsHeldToAnActionsStandard() {
        #expect(checks("That the Flood Warning Committee reviews flood classification levels.", .actionItem) == ["vague-action"])
        #expect(checks("The State consider the development of legislation for the conduct of inquiries.", .actionItem) == ["vague-action"])
        #expect(checks("We are prioritizing further prevention and mitigation measures to improve platform resilience.", .summary) == ["vague-action"])
        #expect(checks("Finding these answers will require better monitoring.", .summary) == ["vague-action"])
        // an order that opens with its verb stays an order; a cadence is a finish line
        #expect(checks("Move the sync scheduler to the HA cron cluster and verify with a forced node reboot in staging (MED-882).", .actionItem).isEmpty)
        #expect(checks("The SOP for phenol must be reviewed annually by all lab members.", .actionItem).isEmpty)
        #expect(checks("We plan to add a p99 latency alert at 800 ms on the checkout API by 3 March.", .summary).isEmpty)
        #expect(checks("We are sharing this report publicly to demonstrate our commitment to transparency.", .summary).isEmpty)
    }

    @Test func theOtherWorldAndHindsightInOtherWords() {
        #expect(checks("If we make the canary release before, the players would not lose their progress.", .lessons) == ["counterfactual"])
        #expect(checks("if line 3 stopped at 1st reject alarm not 3rd — whole batch saved", .response) == ["counterfactual"])
        #expect(checks("Several breaches were found, including barriers which could otherwise have prevented the incident.", .contributingFactors) == ["counterfactual"])
        #expect(checks("The migration should not have been run during peak hours.", .contributingFactors) == ["counterfactual"])
        #expect(checks("Should anyone really have been surprised that a single Redis node fell over?", .contributingFactors) == ["hindsight"])
        #expect(checks("Missed several opportunities to stop the job", .couldBeBetter) == ["hindsight"])
        // a plan, a spec with its number, a display read at the time, and the easy lesson set aside
        #expect(checks("If we add a canary stage first, players would not lose progress on a bad build.", .actionItem).allSatisfy { $0 != "counterfactual" })
        #expect(checks("According to our load tests, this task should not have taken more than 50 milliseconds.", .summary).isEmpty)
        #expect(checks("The changeover unit should have switched to the backup path within two seconds.", .rootCause).isEmpty)
        #expect(checks("The NOC saw the loss at 19:43, and it was obvious from the spectrum plot that the uplink had dropped.", .detection).isEmpty)
        #expect(checks("The obvious lesson isn't to be careful with valves.", .lessons).isEmpty)
        #expect(checks("Three deaths were deemed to be preventable during the year.", .summary).isEmpty)
    }

    @Test func emphasisAndShorthandCloseACause() {
        #expect(checks("It came down to a typo in the failover config, nothing more.", .rootCause) == ["surface-cause"])
        #expect(checks("Root cause: the data logger was never switched on at the pack station.", .rootCause) == ["surface-cause"])
        #expect(checks("The hot work procedures were not complied with.", .rootCause) == ["surface-cause"])
        #expect(checks("The worker did not receive proper training on the ladder safety device.", .rootCause) == ["surface-cause"])
        #expect(checks("Unfortunately, due to a misconfiguration, the CDN was no longer presenting a valid certificate.", .summary) == ["surface-cause"])
        // the reason given, and a defect acting rather than a hand
        #expect(checks("The data logger was never switched on, because the pack-station checklist has no step for it.", .rootCause).isEmpty)
        #expect(checks("That glitch accidentally sent out commands that reset 300 modems.", .summary).isEmpty)
    }

    @Test func loadedWordsAndHarmLeftUnsized() {
        #expect(checks("Our alerting on the points ledger is, to be blunt, a joke.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("no more lazy testing of scheduler upgrades", .lessons) == ["loaded-word"])
        #expect(checks("This was a self-inflicted outage.", .summary).contains("loaded-word"))
        #expect(checks("Around 11:30 this morning our API became unavailable for a stretch.", .summary) == ["unquantified-impact"])
        #expect(checks("Over the past few days our phone line has been unavailable.", .impact) == ["unquantified-impact"])
        #expect(checks("Most of the research samples stored in the freezer were destroyed.", .impact) == ["unquantified-impact"])
        // mistakes offered as lessons, a message that blamed the weather, a risk rating, an animal, and a trailing-off before the number
        #expect(checks("We hope you benefit from our mistakes.", .summary).isEmpty)
        #expect(checks("For the first 30 minutes our helpline message blamed the weather.", .couldBeBetter).isEmpty)
        #expect(checks("Develop a resettlement strategy for areas of unacceptably high bushfire risk by June 2027.", .actionItem).allSatisfy { $0 != "loaded-word" })
        #expect(checks("The rat's fur began to smoke and set off the smoke detectors.", .summary).isEmpty)
        #expect(checks("You may have noticed we had a bit of downtime last Monday... 15 hours to be exact.", .summary).isEmpty)
    }
}
