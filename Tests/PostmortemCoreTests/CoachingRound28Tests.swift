import Testing
@testable import PostmortemCore

/// Round 28: people who leave their post or carry on after a warning ("went home without putting it back", "kept selling after
/// being told"); changes made without the people who should have known ("without the control room being told", "with no engineer
/// on site"); an act called wrong in a possessive ("the operator's wrong selection"); clefts and verdicts that single a person out
/// ("It was the planner who decided", "that gap is down to them", "this one is on the fitter who ..."); a manual act or a wrong value
/// given as the whole cause; hindsight and sizes in plain words; promises that only exhort; and the precision the real sets asked
/// for (a damage class, a fraction, a dozen, an apology, advice received, a reason told first, human error expected and designed for).
@Suite("Coaching: round 28")
struct CoachingRound28Tests: CoachingSuite {
    let coach = Coach()

    @Test func leavingThePostAndCarryingOn() {
        #expect(checks("Nowak went home without switching the chiller back to auto.", .timeline).contains("blame"))
        #expect(checks("Fri 17:40 – Nowak puts the chiller in manual and goes home without switching it back.", .timeline).contains("blame"))
        #expect(checks("The fitter swapped the pump this morning and just walked off without testing the flow.", .timeline).contains("blame"))
        #expect(checks("10:02 – the auctioneer keeps taking bids for another quarter of an hour after being told the online feed is down.", .timeline).contains("blame"))
        #expect(checks("MJ skipped the post-change check on the dosing pump.", .timeline).contains("blame"))
        // the same people, doing the job
        #expect(checks("Nowak went home at 17:40 after handing over to the night fitter.", .timeline).isEmpty)
        #expect(checks("10:02 – the auctioneer pauses the sale after being told the online feed is down.", .timeline).isEmpty)
        #expect(checks("The excursion was spotted at 06:05 by the incoming technician during the start-of-shift check, and not by the monitoring system.", .detection).isEmpty)
    }

    @Test func changesMadeWithoutThePeopleWhoShouldHaveKnown() {
        #expect(checks("The diver was sent into the tank by the site planner without the control room being told.", .contributingFactors).contains("blame"))
        #expect(checks("The release was signed off by the IT manager without anyone from the ward trying the new screen.", .contributingFactors).contains("blame"))
        #expect(checks("The maintenance lead deployed the firmware on a night shift with no engineer on site.", .contributingFactors).contains("blame"))
        #expect(checks("Generator test started by estates without letting the theatre know.", .timeline).contains("blame"))
        #expect(checks("Label update approved for release by the Pharmacy Systems Officer without the clinical check step.", .timeline).contains("blame"))
        // the same acts, with the people told and the cover there
        #expect(checks("The diver was sent into the tank by the site planner after the control room confirmed isolation.", .contributingFactors).isEmpty)
        #expect(checks("The maintenance lead deployed the firmware at 14:00 with two engineers on site.", .contributingFactors).isEmpty)
        #expect(checks("The key switch is held by the person in the tank, so no remote command can open the valve.", .actionItem).filter { $0 == "blame" }.isEmpty)
    }

    @Test func actsCalledWrongAndPeopleSingledOut() {
        #expect(checks("The signaller's wrong selection set the route into the occupied siding.", .timeline).contains("blame"))
        #expect(checks("It was the duty manager who decided to run the test during the night shift.", .contributingFactors).contains("blame"))
        #expect(checks("Lesson for the crew: this one is on the rigger who did the lift, the plan is there to be read.", .lessons).contains("blame"))
        #expect(checks("The stores team had not counted the spares since May, eight months earlier, and that gap is down to them.", .contributingFactors).contains("blame"))
        #expect(checks("The switch was configured by the network contractor, who pointed the backup link at the wrong port.", .contributingFactors).contains("blame"))
        #expect(checks("Management's decision to cut the night crew from five to three left nobody to watch the alarm panel.", .rootCause).contains("blame"))
        #expect(checks("Novak flashed v2.1 onto the controller without checking the setpoint table, which is where this all started.", .timeline).contains("blame"))
        #expect(checks("secondary was paged at 02:20 and didnt join till 02:45, thats on him", .response).contains("blame"))
        // the look-alikes: a phone line, a fault report, a reader's balances, advice received, a reason told first
        #expect(checks("The supervisor called the telecoms provider's fault line at 01:58.", .response).isEmpty)
        #expect(checks("Customers saw their incorrect balances for 40 minutes.", .impact).filter { $0 == "blame" }.isEmpty)
        #expect(checks("We opened the depot on Wednesday because the fire service told us it was safe.", .timeline).isEmpty)
        #expect(checks("Because the fire was out, the technicians did not call the fire service.", .timeline).isEmpty)
    }

    @Test func actsAndWrongValuesGivenAsTheWholeCause() {
        #expect(checks("Root cause: manual re-run of the payroll batch.", .rootCause).contains("surface-cause"))
        #expect(checks("Root cause is wrong calibration factor put in the meter.", .rootCause).contains("surface-cause"))
        #expect(checks("Put simply, the root cause was an operator leaving valve 3 in manual after the flush.", .rootCause).contains("surface-cause"))
        #expect(checks("The smoke was the result of a technician deliberately heating the solvent on an open plate.", .rootCause).contains("surface-cause"))
        #expect(checks("This was a scheduling error on the playout system.", .rootCause).contains("surface-cause"))
        #expect(checks("RC = double click on submit, thats all it was", .rootCause).contains("surface-cause"))
        #expect(checks("The loss is attributable to an unapproved firewall change, and no further cause need be sought.", .rootCause).contains("surface-cause"))
        // the analysis goes on
        #expect(checks("Root cause: the batch tool lets a manual re-run post the same payments twice, with no duplicate check.", .rootCause).filter { $0 == "surface-cause" }.isEmpty)
        #expect(checks("Human error in data entry is to be anticipated; the control system must therefore detect it rather than presume its absence.", .lessons).isEmpty)
        #expect(checks("Human error in switching modes will happen again, so the panel must show the mode instead of relying on people to remember.", .lessons).isEmpty)
    }

    @Test func hindsightAndSizesInPlainWords() {
        #expect(checks("The overflow risk was evident well before the storm – clear signals missed.", .couldBeBetter).contains("hindsight"))
        #expect(checks("The risk was obvious to anyone in the plant room long before that night.", .lessons).contains("hindsight"))
        #expect(checks("One patched switch feeding three depots was a time bomb, and it was only ever going to end one way.", .contributingFactors).contains("hindsight"))
        #expect(checks("Our app store rating took a real hammering over the following week.", .impact).contains("unquantified-impact"))
        #expect(checks("Knock-on delays right through the evening timetable, riders and staff both hit hard.", .impact).contains("unquantified-impact"))
        #expect(checks("The phone lines were swamped well into the night.", .impact).contains("unquantified-impact"))
        #expect(checks("Lot of samples was exposed to the heat and part of them maybe is lost.", .summary).contains("unquantified-impact"))
        #expect(checks("customers def noticed, a bunch of data went missing", .summary).contains("unquantified-impact"))
        // sizes given, or the words used for something else
        #expect(checks("The phone lines were swamped: 1,240 calls between 18:00 and 23:00, against 300 on a normal night.", .impact).isEmpty)
        #expect(checks("The aircraft sustained substantial damage to the fuselage and landing gear.", .impact).isEmpty)
        #expect(checks("One of the passengers received minor injuries.", .impact).isEmpty)
        #expect(checks("The outage hit roughly 1/6 of our users, those on the second database.", .impact).isEmpty)
        #expect(checks("A DNS issue caused a brief outage for about a dozen of our hosted clients.", .summary).filter { $0 == "unquantified-impact" }.isEmpty)
        #expect(checks("The incursion occurred during hours of darkness.", .timeline).isEmpty)
        #expect(checks("It is clear to me that while we wrote to families in several ways, it was not enough.", .couldBeBetter).filter { $0 == "hindsight" }.isEmpty)
    }

    @Test func promisesThatOnlyExhort() {
        #expect(checks("Have a serious word with the supplier about standards.", .actionItem).contains("vague-action"))
        #expect(checks("Get IT sorted before the summer sale.", .actionItem).contains("vague-action"))
        #expect(checks("Lessons from this outage to be taken on board for the next release.", .actionItem).contains("vague-action"))
        // a reminder with its mechanism named
        #expect(checks("Add a lone-working check-in prompt to the handheld app that pages the supervisor after 30 minutes without a reply; owner: ops lead; due 2026-12-15.", .actionItem).filter { $0 == "vague-action" }.isEmpty)
    }

    @Test func wordsThatGradeAndTheirLookAlikes() {
        #expect(checks("Lesson is that the intake lab was run in a very happy-go-lucky way.", .lessons).contains("loaded-word"))
        #expect(checks("The on-call made a chaotic restart of the validators.", .response).contains("loaded-word"))
        // the thing graded, not the people
        #expect(checks("The crack had formed during construction, likely due to poor welding quality.", .rootCause).isEmpty)
        #expect(checks("Wait times on the helpline were unacceptably high for 3 hours.", .couldBeBetter).isEmpty)
        #expect(checks("We moved to contact every applicant to explain our mistake and apologise.", .response).isEmpty)
        #expect(checks("It is not possible to determine if the outcome would have been different if the patient had stayed in the unit.", .rootCause).isEmpty)
        #expect(checks("We are very sorry that we wrongly sent an email to some of our applicants.", .summary).filter { $0 == "surface-cause" }.isEmpty)
    }
}
