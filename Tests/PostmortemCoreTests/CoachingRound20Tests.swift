import Testing
@testable import PostmortemCore

/// Round 20: verdicts in a form's or a second language's words ("The responsible of the change is ...", "the party responsible
/// for the loss", "referred to line manager for performance discussion"), chat lines read without their speaker, steps left
/// undone in a note's shorthand, the other world in the simple past, and pledges made by whoever the subject is. Each pitfall
/// sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 20")
struct CoachingRound20Tests: CoachingSuite {
    let coach = Coach()

    @Test func aVerdictInAFormsOrASecondLanguagesWordsIsBlame() {
        #expect(checks("The responsible of the change is the network specialist Paolo V., who has not followed the checklist.", .contributingFactors).contains("blame"))
        #expect(checks("The responsible for the deploy did not follow the checklist and put the new mapper live on Friday.", .rootCause).contains("blame"))
        #expect(checks("The Pharmacy Systems Manager is considered accountable for the failure to validate the interface after the upgrade.", .contributingFactors).contains("blame"))
        #expect(checks("The release engineer who approved the caching change is responsible for the stale warnings shown to the public.", .rootCause).contains("blame"))
        #expect(checks("The vendor's field engineer is, in our view, the party responsible for the loss.", .contributingFactors).contains("blame"))
        #expect(checks("Key custodian 3 did not follow step 9 of the ceremony; referred to line manager for performance discussion.", .contributingFactors).contains("blame"))
        #expect(checks("A member of our operations team set the retry rate too high, and this is being dealt with internally.", .contributingFactors).contains("blame"))
        #expect(checks("The data officer forgot to tell the timetabling team, and has since had a conversation with her line manager.", .contributingFactors).contains("blame"))
        #expect(checks("whoever was on call took 20 min to even ack, that's why it dragged", .couldBeBetter).contains("blame"))
        #expect(checks("tbh this is on whoever signed off the capacity plan", .response).contains("blame"))
        #expect(checks("Management chose profit over our members' safety and kept riders out there knowingly.", .contributingFactors).contains("blame"))
        #expect(checks("RCA conclusion: change implementer (Payments Ops L2) deviated from approved procedure.", .rootCause).contains("blame"))
        #expect(checks("To be blunt, this went out because Ravi approved his own PR and merged it straight to prod.", .rootCause).contains("blame"))
        #expect(checks("The camera contractor did not make the clock adjustment it was contractually obliged to make.", .rootCause).contains("blame"))
        #expect(checks("I am deeply disappointed in the actions of the team at the pumping station.", .summary).contains("blame"))
        #expect(checks("Through an administrative error by our payment supplier, some direct debits were taken twice.", .rootCause).contains("blame"))
        // responsibility for the fix, a talk to learn, a title that is a noun, and harm looked for and not found
        #expect(checks("The release engineer is responsible for the rollback runbook and reviews it each quarter.", .lessons).isEmpty)
        #expect(checks("The first report came at 06:41, when the train manager of 1H07 telephoned the control office.", .detection).isEmpty)
        #expect(checks("Train crews applied the broadcast on all 14 services, and the Branch found no case in which a passenger was refused a seat.", .wentWell).isEmpty)
        #expect(checks("The error was identified by a casework officer who noticed that the plan did not match the registered extent.", .detection).isEmpty)
        #expect(checks("The dispatch lead paused the zones within 18 minutes without waiting for sign-off, and that was the right decision.", .wentWell).isEmpty)
        #expect(checks("It is tempting to write that the reviewer missed it, but the diff showed nothing that could be caught.", .lessons).isEmpty)
        #expect(checks("I would not want the Committee to take away that this was one person's mistake.", .lessons).isEmpty)
    }

    @Test func aChatLineIsReadWithoutItsTimeAndSpeaker() {
        #expect(checks("[09:44] <kestrel (staff)> CF per eng: pre-DST load test wasn't run this year", .contributingFactors) == ["surface-cause"])
        #expect(checks("[20:02] @kai.ops: @dmitri.db didn't bump the pool after the last load test like he said he would", .contributingFactors).contains("blame"))
        #expect(checks("[19:49] @kai.ops: absolute clown show, on finals night of all nights", .couldBeBetter) == ["loaded-word"])
        #expect(coach.lint(document: "[07:25] Gemma Rourke: phones going mad in the contact centre, loads of complaints coming in\n").map(\.check) == ["unquantified-impact"])
        #expect(coach.lint(document: "## Contributing Factors\n\n[09:44] <kestrel> CF per eng: pre-DST load test wasn't run this year\n").map(\.check) == ["surface-cause"])
        // a timeline event keeps its time, and a handle with a domain is not a person
        #expect(coach.lint(document: "[22:40] Error rate on the lobby service rose to 14%.\n").isEmpty)
    }

    @Test func aStepLeftUndoneOrAValueSetWrongIsASurfaceCause() {
        #expect(checks("Root cause: the certificate wasn't renewed in time.", .rootCause) == ["surface-cause"])
        #expect(checks("D4 Root cause (occurrence): jumper wire not removed after repair.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The cause was simply that the clocks were not changed for summer time during the maintenance visit.", .rootCause) == ["surface-cause"])
        #expect(checks("Cause code: Human error — key not loaded to cluster B during the key ceremony.", .rootCause) == ["surface-cause"])
        #expect(checks("Root cause (draft): pgbouncer pool size set too low.", .rootCause) == ["surface-cause"])
        #expect(checks("The root cause was that the road closure was entered late.", .rootCause) == ["surface-cause"])
        #expect(checks("Direct cause is mistake of certificate renewal date input.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The standard deployment policy of rolling out changes across small slices was not followed.", .rootCause) == ["surface-cause"])
        #expect(checks("The error was ultimately traced to a typographical error within the access list.", .rootCause) == ["surface-cause"])
        // the design that left the step out, a slip noticed, slips in general, and an oversight in a practice
        #expect(checks("The check compares fingerprints only for clinical samples, so the research libraries on the same plates were not checked.", .contributingFactors).isEmpty)
        #expect(checks("A statistician noticed the wrong number at 09:41 while checking the page.", .detection).isEmpty)
        #expect(checks("Mistakes can occur in a system where examiners mark by hand on paper scripts.", .rootCause).isEmpty)
        #expect(checks("The major failing here was an oversight in how we had been testing these backup links.", .rootCause).isEmpty)
        #expect(checks("The nightly job computed 'yesterday' on the UTC clock, so a lesson finished at 23:30 landed on the wrong calendar day.", .rootCause).isEmpty)
    }

    @Test func theOtherWorldInTheSimplePastIsACounterfactual() {
        #expect(checks("If renewal was done on Tuesday and not on Friday night, we would find the problem before the weekend.", .lessons) == ["counterfactual"])
        #expect(checks("If support desk checked the certificate at 03:15, recovery could be 3 hours earlier.", .lessons) == ["counterfactual"])
        #expect(checks("A unit test on the import endpoint may have highlighted this issue before deployment.", .lessons) == ["counterfactual"])
        #expect(checks("This is somewhere where we could have definitely done a better job.", .lessons) == ["counterfactual"])
        #expect(checks("This should never have happened.", .summary) == ["loaded-word"])
        // a hypothetical in a plan, what a part was built to do, and what a thing was taken to be
        #expect(checks("If the queue exceeds 10,000 messages, page the on-call engineer.", .actionItem).isEmpty)
        #expect(checks("The update endpoint should not have allowed a user to update a record that is not completed.", .rootCause).isEmpty)
        #expect(checks("It all started when we ran what should have been an innocent diagnostics tool.", .rootCause).isEmpty)
        #expect(checks("Things happened that should not have happened.", .summary).isEmpty)
    }

    @Test func signalsJudgedAfterTheFactAndGradesAreToldApartFromPlainWords() {
        #expect(checks("Anyone who looked out of a window that evening knew full well the system was going to put people in danger.", .detection) == ["hindsight"])
        #expect(checks("the draft/released gap was staring everyone in the face from the day the check went in", .lessons) == ["hindsight"])
        #expect(checks("The warning signs of an ageing, undocumented gateway were evident well before the event.", .contributingFactors) == ["hindsight"])
        #expect(checks("The documentation of the procedure was really poor and written without any care.", .contributingFactors) == ["loaded-word"])
        #expect(checks("The sign-off evidence provided to the Executive was, in management's own words, lamentable.", .couldBeBetter) == ["loaded-word"])
        #expect(checks("Over 9,000 of you wrote to say you thought you had made a mistake and tried again; the error was ours.", .lessons).isEmpty)
        #expect(checks("Nobody involved was careless; every step passed its own checks.", .lessons).isEmpty)
        #expect(checks("One reader asked whether this was a rookie mistake; I'd rather say it's what happens with a rota of one.", .lessons).isEmpty)
        #expect(checks("previews were obviously lower quality for the 2 hours until the purge finished", .response).isEmpty)
        #expect(checks("The pattern which appears obvious from the collated evidence was, at 06:41, a single call from one train among forty.", .lessons).isEmpty)
        #expect(checks("I wouldn't wish to speculate who is at fault until the investigation is complete.", .response).isEmpty)
    }

    @Test func aPledgeByWhoeverTheSubjectIsOrAChatRequestIsVague() {
        #expect(checks("IMPROVE: All watches to enhance vigilance on display integrity.", .actionItem) == ["vague-action"])
        #expect(checks("Risk Improvement Recommendation RI-5: the Insured to improve its monitoring of OT systems.", .actionItem) == ["vague-action"])
        #expect(checks("The operator is to ensure that staff are reminded of the importance of procedure OP-114.", .actionItem) == ["vague-action"])
        #expect(checks("Going forward we're going to double down on quality.", .actionItem) == ["vague-action"])
        #expect(checks("We will follow this up with the supplier tomorrow.", .actionItem) == ["vague-action"])
        #expect(coach.lint(document: "D7 Prevent recurrence: maintenance to be more careful when working on CCP equipment.\n").map(\.check).contains("vague-action"))
        #expect(coach.lint(document: "can we all just keep a closer eye on the backup from now on pls\n").map(\.check).contains("vague-action"))
        #expect(coach.lint(document: "18/ Going forward we're going to do better on infra hygiene\n").map(\.check).contains("vague-action"))
        // a SMART item with a subject, and a question about the past
        #expect(checks("Platform team to add a CI check that rejects zone files failing named-checkzone; owner: R. Osei; due 14 Mar.", .actionItem).isEmpty)
    }

    @Test func harmNamedWithNothingToSizeItIsUnquantified() {
        #expect(checks("A small number of customers are reporting machines that won’t boot.", .impact) == ["unquantified-impact"])
        #expect(checks("It also caused delays in our emergency departments and affected the timely discharge of in-patients.", .impact) == ["unquantified-impact"])
        #expect(checks("Website unusable.", .impact) == ["unquantified-impact"])
        #expect(checks("we were off air for a bit this morning and it hurt", .summary) == ["unquantified-impact"])
        #expect(checks("The tile service remained online but operated at reduced capacity.", .impact) == ["unquantified-impact"])
        #expect(checks("Production lose quite a lot of cars and the overtime cost is very heavy.", .impact) == ["unquantified-impact"])
        #expect(coach.lint(document: "Commuters across the city were left stranded and many were late for work.\n").map(\.check) == ["unquantified-impact"])
        // the same harms, sized
        #expect(checks("From 09:10 to 09:55, 212 customers (4%) could not boot their machines.", .impact).isEmpty)
        #expect(checks("It delayed 31 discharges by a median of 2 hours in the two emergency departments.", .impact).isEmpty)
        #expect(checks("The deploy had issues with the 3 canaries, which we rolled back within 4 minutes.", .impact).isEmpty)
    }

    @Test func thirdBatchOfRound20Pitfalls() {
        #expect(checks("QA let this through.", .contributingFactors).contains("blame"))
        #expect(checks("In our opinion, the Market Operations controller who initiated the failover bears primary responsibility for the mispricing.", .rootCause).contains("blame"))
        #expect(checks("Honestly the IT guy from the vendor is the one who did the key rotation without informing us, that's why the scanners failed.", .contributingFactors).contains("blame"))
        #expect(checks("@j.baptiste pushed the retention change on a Friday afternoon and went home.", .rootCause).contains("blame"))
        #expect(checks("If we stay on version 4.1 one more month, this incident will not happen.", .lessons) == ["counterfactual"])
        #expect(checks("Clearly, it was only question of time that one day the controllers will show the old timetable.", .lessons) == ["hindsight"])
        #expect(checks("Officials will keep the matter under close review.", .actionItem) == ["vague-action"])
        #expect(checks("Considerable administrative effort was required to reissue grower statements.", .impact) == ["unquantified-impact"])
        #expect(checks("Index funds and their investors sustained material losses.", .impact) == ["unquantified-impact"])
        // plain facts, empathy, a refuted claim, a reason given, and a setting's job
        #expect(checks("Obviously passengers trust the display more than the app when they are standing at the stop.", .lessons).isEmpty)
        #expect(checks("obviously the cert swap was fine server-side; only SIP2 clients failed because they validate the chain themselves", .contributingFactors).isEmpty)
        #expect(checks("212 of the tickets said the driver thought they had made a mistake typing their plate; the app gave them no way to check.", .couldBeBetter).isEmpty)
        #expect(checks("The list first included 41 objects by mistake because the restore script compared filenames case-sensitively.", .couldBeBetter).isEmpty)
        #expect(checks("Early press reports described the event as a 'fat finger' mistake; we found no manual order entry among the duplicated orders.", .rootCause).isEmpty)
        #expect(checks("The configured limits for this customer should have protected the cluster.", .rootCause).isEmpty)
    }
}
