import Testing
@testable import PostmortemCore

/// Round 29: blame told in log shorthand ("night op keyed ...", "bc AB kicked off ...", "by JK, who skipped ..."), in a
/// second language ("he was starting the wrong pump", "sign the acceptance without to run the test") and through a choice and what it
/// took away ("Decision of the duty manager to wait ... was making the notice late", "left the operation with no margin", "sits
/// squarely with the duty controller"); a safeguard left off; slips insisted on; hindsight and other worlds in plain or second-language
/// grammar; sizes given as a verdict; and the precision the sets asked for (a good call, a task's purpose, customers' feelings, the
/// moment it dawned, a report's words). Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 29")
struct CoachingRound29Tests: CoachingSuite {
    let coach = Coach()

    @Test func blameInLogShorthand() {
        #expect(checks("10:31 line 2 stopped — night op keyed the wrong code at 02:00 and kept printing for 6 hrs without once looking at a label", .timeline).contains("blame"))
        #expect(checks("21:15 file-gen job slow bc AB kicked off a full reindex on the payroll DB mid-run.", .timeline).contains("blame"))
        #expect(checks("13:58 rotation pushed to all 6 nodes by JK, who skipped the canary step.", .timeline).contains("blame"))
        #expect(checks("01:50 network tech starts swap of old switch in comms hut B, doesnt tell dispatch; pit comms drop 02:15.", .timeline).contains("blame"))
        #expect(checks("01:12 D4 drops off, nothing picked up on nights because Kowalczyk had muted the dashboard chime again.", .timeline).contains("blame"))
        // the same shorthand, telling the work
        #expect(checks("10:31 line 2 stopped — night op keyed the restart code at 10:34 and line 2 resumed at 10:40", .timeline).isEmpty)
        #expect(checks("21:15 file-gen job slow bc the payroll DB reindex ran mid-run, as scheduled.", .timeline).filter { $0 == "blame" }.isEmpty)
        #expect(checks("Jess (Store Ops) to add supplier changes to the peak freeze policy by 1 Nov, so no non-emergency change lands within 14 days of Black Friday.", .actionItem).filter { $0 == "blame" }.isEmpty)
    }

    @Test func blameInASecondLanguage() {
        #expect(checks("11:30 – Technician arrive to site but he was starting the wrong pump first, so we lose another 40 minutes.", .timeline).contains("blame"))
        #expect(checks("The night supervisor sign the acceptance at 03:10 without to run the full test, because he want to finish before the first wave.", .contributingFactors).contains("blame"))
        #expect(checks("The reindex was set for 06:10 by Callum, who didnae check it against the sailing timetable first.", .rootCause).contains("blame"))
        #expect(checks("The integrator engineer who make the update at 02:00 was not reachable, he went home with the phone in silent.", .response).contains("blame"))
        // the same people, doing what was asked
        #expect(checks("11:30 – Technician arrive to site and he was starting the standby pump as the procedure say.", .timeline).filter { $0 == "blame" }.isEmpty)
        #expect(checks("The integrator engineer went home at 02:30 after handing the phone to the on-call.", .response).isEmpty)
    }

    @Test func choicesAndWhatTheyTookAway() {
        #expect(checks("Decision of the duty manager to wait for second sample before to inform the health authority was making the notice late by one hour.", .response).contains("blame"))
        #expect(checks("Our IT director's decision to schedule go-live on the busiest arrival day of July left the operation with no margin.", .contributingFactors).contains("blame"))
        #expect(checks("The telemetry contractor's decision to apply the update without notifying the control room removed any opportunity for enhanced monitoring.", .contributingFactors).contains("blame"))
        #expect(checks("The decision to leave T27 holding for 47 minutes with no information to passengers sits squarely with the duty controller.", .response).contains("blame"))
        #expect(checks("It was management who cut the second early-turn fitter to save £48k a year, against our written objection.", .contributingFactors).contains("blame"))
        #expect(checks("Rowe (comms) did the swap mid-shift on his own say-so and knocked dispatch out for 3 hrs.", .couldBeBetter).contains("blame"))
        // a good call, and a decision that rests with a post by design
        #expect(checks("The master's decision to hold the vessel alongside the berth allowed waiting passengers to remain aboard in the warm.", .wentWell).isEmpty)
        #expect(checks("The decision to hold a tram at a stop rests with the duty controller, who follows the disruption plan.", .lessons).filter { $0 == "blame" }.isEmpty)
    }

    @Test func safeguardsLeftOffAndPeopleSanctioned() {
        #expect(checks("Tills in the 12 franchise stores were set up by the franchisees' own installers, who left the fallback flag switched off.", .contributingFactors).contains("blame"))
        #expect(checks("QA on-call took 50 min to answer from 07:05, hence the late quarantine call; taken up with him via his line manager.", .response).contains("blame"))
        #expect(checks("The SCADA integrator is responsible for this incident, they leave the changeover disabled and nobody from them tell us.", .contributingFactors).contains("blame"))
        #expect(checks("The supervisor pushed the lift through knowing the crane had only just come out of service.", .contributingFactors).contains("blame"))
        // a safeguard left off on purpose, and a supplier asked about its product
        #expect(checks("The installers left the fallback flag switched off as agreed for the pilot stores.", .contributingFactors).filter { $0 == "blame" }.isEmpty)
        #expect(checks("Have a word with PetLink about their updates.", .actionItem) == ["vague-action"])
    }

    @Test func slipsInsistedOnAndOtherWorlds() {
        #expect(checks("In essence, the incident was the result of an administrative omission at the time of the 2022 installation.", .rootCause).contains("surface-cause"))
        #expect(checks("As far as we are concerned the points froze because of a wiring error on the heater circuit, nothing more complicated than that.", .rootCause).contains("surface-cause"))
        #expect(checks("RC: human error – uplink port left shut after swap.", .rootCause).contains("surface-cause"))
        #expect(checks("If the integrator was doing the update on Tuesday like normal, we don't have any problem.", .lessons).contains("counterfactual"))
        #expect(checks("- If key pulled at 06:40 → no over-temp, no scrap.", .lessons).contains("counterfactual"))
        #expect(checks("If automatic changeover was working, pump 3 start in seconds and no customer would notice anything.", .couldBeBetter).contains("counterfactual"))
        #expect(checks("Had the alarm been escalated at 10:05, the reservoir would not have fallen below outlet level and no customer would have lost supply.", .lessons).contains("counterfactual"))
        #expect(checks("A canary deployment to a single region would almost certainly have contained the failure.", .lessons).contains("counterfactual"))
        #expect(checks("The vulnerability of a single-supply outstation was plainly evident to anyone who had read the 2021 asset survey.", .contributingFactors).contains("hindsight"))
        // human error expected and designed for; a design stated in the present; the moment it dawned
        #expect(checks("- 3 keys for 4 furnaces → keys get swapped around; a predictable human error that the key system should design out, not leave to memory.", .couldBeBetter).isEmpty)
        #expect(checks("If the changeover is working, pump 3 starts in seconds.", .lessons).isEmpty)
        #expect(checks("Just two hours after the release was out, it became clear that the data migration had deleted some production data.", .timeline).filter { $0 == "hindsight" }.isEmpty)
    }

    @Test func sizesGradesAndPromises() {
        #expect(checks("The consequences for player sentiment were, by any reasonable measure, substantial.", .summary).contains("unquantified-impact"))
        #expect(checks("Thousands of commuters were left stranded in the freezing cold for hours.", .summary).contains("unquantified-impact"))
        #expect(checks("Also the bottled water distribution cost us a lot and reputation of company is damaged much.", .impact).contains("unquantified-impact"))
        #expect(checks("Crusher starved a fair bit after, knock-on into day shift.", .impact).contains("unquantified-impact"))
        #expect(checks("PetLinks handling of this was frankly incompetant from start to finish.", .couldBeBetter).contains("loaded-word"))
        #expect(checks("The handover from night to morning shift was totally amateur, one line only in the log book.", .couldBeBetter).contains("loaded-word"))
        #expect(checks("18:33 – Engineering finally wandered in after the second phone call.", .timeline).contains("loaded-word"))
        #expect(checks("Get IT and the shore office talking more.", .actionItem).contains("vague-action"))
        #expect(checks("Get everyone refreshed on the black-screen procedure.", .actionItem).contains("vague-action"))
        #expect(checks("We are taking every possible step to eliminate any potential harm to staff and students.", .actionItem).contains("vague-action"))
        // sizes given, feelings of the people hit, a report's own words, a measure kept on
        #expect(checks("The consequences were substantial: 4,100 refunds and a 12-point drop in the weekly sentiment score.", .summary).isEmpty)
        #expect(checks("They were confused and concerned, and some were downright furious.", .impact).filter { $0 == "loaded-word" }.isEmpty)
        #expect(checks("First flag was Dee radioing control at 14:14 saying the green light rate had tanked.", .detection).isEmpty)
        #expect(checks("Once we were back on air, engineering kept the standby in manual for the rest of the evening, which was the right call.", .response).isEmpty)
        #expect(checks("Reception noticed on 31 March that 6 owners came in on the wrong day, all saying the text said so.", .detection).isEmpty)
    }

    @Test func aQuotedEndingDoesNotCrashTheReader() {
        // (round 28's reader indexed past the end of this sentence and stopped the process)
        let text = "The committee report, submitted July 16 to the federal Office of Human Research Protection, said the autopsy on the volunteer, Ellen Roche, showed widespread lung damage but \"provided no specific etiologic diagnosis.\""
        #expect(checks(text, .rootCause).isEmpty)
    }
}
