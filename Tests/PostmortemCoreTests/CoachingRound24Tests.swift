import Testing
@testable import PostmortemCore

/// Round 24: people named the way other trades and other languages name them (a flyman, a firm with its legal form, a name
/// that is itself the apposition, a cause told in the present progressive), verdicts that close the story at the act, promises
/// made as requests and reminders, and the precision cases that real reviews outside software showed: things found by chance,
/// fires classified as accidental, machines that strike things, entitlements that were not met, and guesses. Each pitfall
/// sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 24")
struct CoachingRound24Tests: CoachingSuite {
    let coach = Coach()

    @Test func peopleNamedTheWayOtherTradesAndLanguagesDo() {
        #expect(checks("The linesman failed to earth the conductor before climbing.", .rootCause).contains("blame"))
        #expect(checks("Harbour Cranes Ltd had failed to inspect the hoist rope at the agreed interval.", .contributingFactors).contains("blame"))
        #expect(checks("The shift lead, Senior Operator Novak, failed to hand over the open permit.", .rootCause).contains("blame"))
        #expect(checks("The owner of the process, J. Martin, did not check the recipe before to start it.", .rootCause).contains("blame"))
        #expect(checks("Night dispatcher is ignoring the low-fuel warning, that is the reason the truck stopped on the ramp.", .rootCause).contains("blame"))
        #expect(checks("The pilot on the morning rotation didn't report the hydraulic leak.", .contributingFactors).contains("blame"))
        #expect(checks("The site manager is fully accountable for this outage.", .contributingFactors).contains("blame"))
        #expect(checks("The board held the plant manager accountable for the spill.", .response).contains("blame"))
        #expect(checks("Two fitters were not wearing their harnesses on the gantry.", .rootCause).contains("blame"))
        // the same people doing their work, a firm supplying a part, and a process described in the present
        #expect(checks("The linesman earthed the conductor at 09:10 and the crew started work at 09:25.", .response).isEmpty)
        #expect(checks("Harbour Cranes Ltd supplied the replacement hoist rope on 4 May.", .response).isEmpty)
        #expect(checks("The failover script is applying the new routes to each region in turn.", .rootCause).isEmpty)
    }

    @Test func verdictsThatCloseTheStoryAtTheAct() {
        #expect(checks("Their contractor flashed the old firmware onto the controller and that's the whole story.", .rootCause).contains("blame"))
        #expect(checks("Rather than pausing intake, the duty supervisor kept the line running for 40 minutes, allowing 300 more mislabelled jars.", .response).contains("blame"))
        #expect(checks("The origin of the fault is an error of manipulation during the loading of the recipe.", .rootCause) == ["surface-cause"])
        #expect(checks("Recipe change entered incorrectly by an operator on the night shift.", .contributingFactors).contains("surface-cause"))
        #expect(checks("The direct cause was the omission of step 9 from the start-up checklist.", .rootCause) == ["surface-cause"])
        // a choice explained, and an instead-of that names what the system did
        #expect(checks("Rather than pausing intake, the supervisor moved the jars to the quarantine bay, as the runbook says.", .response).isEmpty)
    }

    @Test func promisesMadeAsRequestsAndReminders() {
        #expect(checks("Site personnel are requested to review their procedures for working at height.", .actionItem) == ["vague-action"])
        #expect(checks("The operator reminded all drivers to check their mirrors before reversing.", .actionItem) == ["vague-action"])
        #expect(checks("In addition, the hospital will strengthen supervision of the relevant staff.", .actionItem) == ["vague-action"])
        #expect(checks("Maintenance team to update the shutdown docs.", .actionItem) == ["vague-action"])
        #expect(checks("The safety office has been instructed to conduct a thorough investigation into the fall.", .response) == ["vague-action"])
        #expect(checks("Crews must stay alert when the wind picks up.", .actionItem) == ["vague-action"])
        #expect(checks("Measures have been put in place to ensure no reoccurrence.", .actionItem) == ["vague-action"])
        #expect(checks("OPS-118 [Automation] Action item created from review: Improve label validation.", .actionItem) == ["vague-action"])
        // the same shapes with the change named
        #expect(checks("Site personnel are requested to fit edge protection to all four scaffold lifts by 30 June.", .actionItem).isEmpty)
        #expect(checks("OPS-119 [Automation] Add a barcode check that rejects labels without a lot number.", .actionItem).isEmpty)
        #expect(checks("We added a check that blocks a batch when the label's lot number is missing, to prevent a recurrence.", .actionItem).isEmpty)
    }

    @Test func realReviewsOutsideSoftwareStayClean() {
        #expect(checks("When the deckhand accidentally discovered the leak, the bilge was already half full.", .detection).isEmpty)
        #expect(checks("Fire investigators deemed the fire to be accidental after a dryer overheated.", .rootCause).isEmpty)
        #expect(checks("The cage was dislodged when it was inadvertently struck by the skip.", .rootCause).isEmpty)
        #expect(checks("Twelve patients should have received the second dose during that week.", .impact).isEmpty)
        #expect(checks("If I had to guess, the strain could have entered through the drains.", .contributingFactors).isEmpty)
        #expect(checks("It is impossible to know what percentage of the calls were about water quality.", .impact).isEmpty)
        #expect(checks("He came into contact with a portion of the cable where the sheath had been damaged.", .summary).isEmpty)
        #expect(checks("What looked obviously safe on a quiet day only failed at six times normal load.", .lessons).isEmpty)
        #expect(checks("Drivers will obviously trust the sign over the satnav, so the sign now shows the diversion.", .lessons).isEmpty)
        // and the pitfalls they resemble
        #expect(checks("If the van had been parked two metres closer, we would be writing a fatality report today.", .lessons) == ["counterfactual"])
        #expect(checks("We lost a fair bit of the tide window because of this.", .impact) == ["unquantified-impact"])
        #expect(checks("The handover was very unserious and must not repeat.", .couldBeBetter) == ["loaded-word"])
    }

    @Test func softwareWriteUpsInTheirOwnWords() {
        #expect(checks("We experienced some card payment issues over the weekend.", .summary) == ["unquantified-impact"])
        #expect(checks("Checks showed it only affected a small % of customers.", .impact) == ["unquantified-impact"])
        #expect(checks("The outage was my doing, and the fault lies with me.", .rootCause).contains("blame"))
        #expect(checks("I was not careful that night and skipped the backup check.", .rootCause).contains("loaded-word"))
        #expect(checks("We have studied the problems and drawn appropriate conclusions.", .lessons) == ["vague-action"])
        #expect(checks("Longer-term, we are thinking about ways to handle these errors.", .actionItem) == ["vague-action"])
        #expect(checks("In the short term, we're investigating how to move the batch jobs.", .actionItem) == ["vague-action"])
        // the moment it dawned, an outsider's abuse, a department's name as a modifier, the writer finding out, a new version shipped
        #expect(checks("A few minutes later it became clear that the replicas had diverged.", .detection).isEmpty)
        #expect(checks("The domain was blocklisted because someone had uploaded malicious files to a public bucket.", .rootCause).allSatisfy { $0 != "blame" })
        #expect(checks("Requests failed for 23 minutes because of a sales launch from one large merchant.", .summary).isEmpty)
        #expect(checks("I checked the provider's status page and they had a storage incident in our region.", .rootCause).isEmpty)
        #expect(checks("On 29 March we deployed an improved version of the importer.", .actionItem).isEmpty)
        #expect(checks("There was no data loss and no security impact from this outage.", .impact).isEmpty)
    }
}
