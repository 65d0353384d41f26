import Testing
@testable import PostmortemCore

/// Round 27: chat spellings read as the words they stand for ("didnt", "was'nt", "would of", "shoulda"); timeline entries told in
/// the present ("signs off ... without checking"); decisions and a unit's change given as what set the harm up; accountability
/// placed on a person or a post; slips insisted on as the whole cause ("nothing more", "was simply") or named by the role that made
/// them ("fitter error"); sizes told in figures of speech; promises made by a body in a few words; and the precision cases the new
/// sets showed (a mailbox described by who reads it, a belief about a patient, a hold put on as containment, human factors as a topic).
@Suite("Coaching: round 27")
struct CoachingRound27Tests: CoachingSuite {
    let coach = Coach()

    @Test func chatSpellingsReadAsTheWordsTheyStandFor() {
        #expect(checks("02:10 - the pump alarm texts Dale, who doesnt do anything about it.", .timeline).contains("blame"))
        #expect(checks("The batch sheets are printed by the planning office and they do not make any check before sending them out.", .contributingFactors).contains("blame"))
        #expect(checks("A quick look at the gauge before clocking off would of saved the whole tank.", .couldBeBetter).contains("counterfactual"))
        #expect(checks("honestly the red light on the panel was obvious, anyone passing shoulda seen it was'nt charging.", .detection).contains("hindsight"))
        // the same words, cleared or explained
        #expect(checks("Dale did nothing wrong: the alarm went to a number nobody carries at night.", .contributingFactors).isEmpty)
        #expect(checks("The duty nurse did not do so because the pump was already alarming for occlusion.", .response).isEmpty)
    }

    @Test func timelineEntriesToldInThePresent() {
        #expect(checks("14:20 – Marek signs off the release in the pipeline without checking which devices were in the ring.", .timeline).contains("blame"))
        #expect(checks("03:40 night fitter leaves site without checking the pump restarted.", .timeline).contains("blame"))
        #expect(checks("21:15 Shift lead keeps the old build running despite the drivers' complaints, prolonging the outage by two hours.", .timeline).contains("blame"))
        // the response, told the same way
        #expect(checks("14:25 – Marek rolls back the release and the error rate drops to 0.3%.", .timeline).isEmpty)
        #expect(checks("09:02 Priya pages the database on-call and opens an incident channel.", .timeline).isEmpty)
    }

    @Test func decisionsAndAccountabilityPutOnPeople() {
        #expect(checks("The night baker's decision to bake all four batches before the first probe reading came back compounded the loss.", .couldBeBetter).contains("blame"))
        #expect(checks("The treasurer's decision to switch us to the cheapest SMS plan last year is what set this up.", .contributingFactors).contains("blame"))
        #expect(checks("The decision by the Network Director to reopen the route the same night left no fallback window.", .contributingFactors).contains("blame"))
        #expect(checks("It was the facilities group's unrecorded change to the chiller controller that set the conditions for the thaw.", .contributingFactors).contains("blame"))
        #expect(checks("Accountability here ultimately rests with the site manager, who owns the maintenance contract.", .contributingFactors).contains("blame"))
        #expect(checks("The scope was approved without the cold room, and accountability for this finding rests with that post.", .contributingFactors).contains("blame"))
        #expect(checks("The setting was changed by the relief engineer from the other depot who isnt trained on our crane.", .contributingFactors).contains("blame"))
        #expect(checks("The alarm was acknowledged but not escalated by the Control Room duty operator.", .response).contains("blame"))
        #expect(checks("The shift planner booked the upgrade for a production night, and his decision prolonged the outage.", .contributingFactors).contains("blame"))
        // ownership, credit and containment
        #expect(checks("Accountability for the runbook rests with the platform team.", .lessons).isEmpty)
        #expect(checks("No blame rests with the on-call engineer.", .summary).isEmpty)
        #expect(checks("Maria's decision to fail over early prolonged nothing and saved the morning.", .wentWell).isEmpty)
        #expect(checks("Engineer Tomas Ruiz stopped line 4 at 15:35, and the recipe system was locked for that line until verification.", .response).isEmpty)
        #expect(checks("The change notice went only to the ward inbox, which night staff do not routinely open, so the night team did not know.", .contributingFactors).isEmpty)
        #expect(checks("Her decision to ask about his usual dose rather than assume he was asleep is the attention we want.", .wentWell).isEmpty)
        #expect(checks("Airline reps not happy, and the SLA credit is 4% of the monthly fee.", .impact).isEmpty)
    }

    @Test func passiveActsAndSanctionsPutOnPeople() {
        #expect(checks("17:50 It is found that the breaker setting was left at test value by maintenance fitter Hallam.", .timeline).contains("blame"))
        #expect(checks("09:15 – migration signed off as complete by the project manager even though the record count didn't match.", .timeline).contains("blame"))
        #expect(checks("The technician concerned is to complete a competency reassessment and a note will be placed on file.", .actionItem).contains("blame"))
        // the procedure's own step, and a sign-off on the evidence
        #expect(checks("The valve was left open by the duty fitter, as the isolation procedure requires during flushing.", .response).isEmpty)
        #expect(checks("09:15 – migration signed off as complete by the project manager after the record count matched.", .timeline).isEmpty)
        #expect(checks("At 05:10 the tilt-tray sorter in BHS sent 1,260 bags to the wrong laterals after an overnight PLC update.", .timeline).filter { $0 == "blame" }.isEmpty)
    }

    @Test func slipsInsistedOnOrNamedByRole() {
        #expect(checks("In short the outage was down to a misconfiguration on the mail relay, nothing more.", .summary).contains("surface-cause"))
        #expect(checks("Contributing factor - the annual service was overlooked, simple as that.", .contributingFactors).contains("surface-cause"))
        #expect(checks("The reason for the incident was simply the wrong key entered during rotation.", .summary).contains("surface-cause"))
        #expect(checks("Root cause was simply that nobody topped up the prepaid credit.", .rootCause).contains("surface-cause"))
        #expect(checks("root cause = fitter error during the valve swap.", .rootCause).contains("surface-cause"))
        #expect(checks("Primary cause: operator input error.", .rootCause).contains("surface-cause"))
        #expect(checks("Root cause: failure of personnel to follow the lockout procedure.", .rootCause).contains("surface-cause"))
        #expect(checks("Root cause: breaker setting left at test value.", .rootCause).contains("surface-cause"))
        #expect(checks("Other factor: the operator made a human error in the start of the press.", .contributingFactors).contains("surface-cause"))
        // the analysis going on, or human error expected and designed for
        #expect(checks("The old server was left running after the migration because no decommission step exists.", .rootCause).isEmpty)
        #expect(checks("The scanner accepts any valid code and does not compare it with the order, so a human error of one digit gives a real recipe and nothing stops it.", .rootCause).isEmpty)
        #expect(checks("Human factors play a role in every avalanche incident, and this is no exception.", .lessons).isEmpty)
        #expect(checks("In the backcountry it is important to remember our human factors and how they shape our risk perception.", .lessons).isEmpty)
    }

    @Test func hindsightAndOtherWorlds() {
        #expect(checks("The risk of keying codes by hand was evident for everybody from the first day of the migration.", .couldBeBetter).contains("hindsight"))
        #expect(checks("The settings lived only in a paper binder, so it was clear this kind of problem is coming one day.", .contributingFactors).contains("hindsight"))
        #expect(checks("If the label was checked against the order, these 900 jars would be on the shelf today.", .lessons).contains("counterfactual"))
        #expect(checks("Had the alarm reached a staffed phone, we would have lost perhaps 200 litres rather than 9,000.", .couldBeBetter).contains("counterfactual"))
        // the design now, and a plain fact
        #expect(checks("If a label was printed wrongly, the new check would now reject it.", .lessons).isEmpty)
        #expect(checks("The fix was obvious to everyone once the logs were open, and it went out in 10 minutes.", .wentWell).isEmpty)
    }

    @Test func promisesByABodyAndSizesInFiguresOfSpeech() {
        #expect(checks("The observatory should consider improvements to its weather safety systems.", .actionItem).contains("vague-action"))
        #expect(checks("Management to engage with the union on future closures.", .actionItem).contains("vague-action"))
        #expect(checks("IT Ops team to review certificate management.", .actionItem).contains("vague-action"))
        #expect(checks("Get everyone up to speed on the new radio setup!", .actionItem).contains("vague-action"))
        #expect(checks("Leverage learnings from this incident to strengthen supplier management.", .actionItem).contains("vague-action"))
        #expect(checks("We lost loads of chilled stock and alot of customers didnt get their orders.", .summary).contains("unquantified-impact"))
        #expect(checks("Retesting will place a considerable burden on the laboratory over the coming months.", .impact).contains("unquantified-impact"))
        #expect(checks("The episode has had a material impact on the cooperative's finances this quarter.", .summary).contains("unquantified-impact"))
        #expect(checks("I think it's fair to say this was a pretty big deal for the district.", .summary).contains("unquantified-impact"))
        #expect(checks("Deliveries to our main account slipped, with knock-on effects across the production plan.", .impact).contains("unquantified-impact"))
        #expect(checks("At 14:40 the duty manager finally woke up and paused the sale.", .response).contains("loaded-word"))
        #expect(checks("The walk-round checklist has been completed in a perfunctory way for months.", .contributingFactors).contains("loaded-word"))
        // sized, or an assurance about the past
        #expect(checks("It was not a big deal for most users: 3 users saw one error each.", .impact).isEmpty)
        #expect(checks("I can assure you, I didn't have to look up this date; it is still a vivid memory.", .detection).isEmpty)
        #expect(checks("Alert the on-call when the freezer passes -15C for 10 minutes.", .actionItem).isEmpty)
    }
}
