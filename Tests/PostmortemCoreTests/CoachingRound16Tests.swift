import Testing
@testable import PostmortemCore

/// Round 16: impact sized by a word instead of a number, read in plain text with no section as well as under "## Impact".
/// Each pitfall sits next to the blameless sentence it must not be confused with.
@Suite("Coaching: round 16")
struct CoachingRound16Tests: CoachingSuite {
    let coach = Coach()

    func plain(_ text: String) -> [String] { coach.lint(document: text + "\n").map(\.check) }

    @Test func harmSizedByAWordIsUnquantifiedWithOrWithoutASection() {
        #expect(plain("Heavy load on the contact centre as customers rang about missing payments.") == ["unquantified-impact"])
        #expect(plain("I want to be frank with the Board that this was a serious blow to our fundraising on the most important day of the year.") == ["unquantified-impact"])
        #expect(plain("Some members were understandably upset, and our app store rating took a hit.") == ["unquantified-impact"])
        #expect(plain("The plant had a big delay in the reception of milk in that morning.") == ["unquantified-impact"])
        #expect(plain("The impact was severe.") == ["unquantified-impact"])
        #expect(plain("Our largest enterprise tenants were hit hardest and the SLA breach was substantial.") == ["unquantified-impact"])
        #expect(checks("Audiology clinics also fielded a heavy volume of walk-ins in the weeks that followed.", .impact) == ["unquantified-impact"])
        // load that was coped with or that caused the outage, and a condition the system was under, are not the harm
        #expect(plain("The database was under heavy load when the failover started.").isEmpty)
        #expect(plain("A big thanks to the support team, who handled a heavy volume of calls with patience.").isEmpty)
        #expect(plain("The load balancer shed heavy load onto the healthy pool as designed.").isEmpty)
        #expect(plain("A large increase in traffic from a single client triggered the rate limiter.").isEmpty)
        #expect(plain("The drill showed that a large backlog can be drained in under an hour.").isEmpty)
    }

    @Test func effortAndMoneyLostUncountedIsUnquantified() {
        #expect(plain("Also the brokers lost much time to call the clients and explain.") == ["unquantified-impact"])
        #expect(plain("Also the fisheries inspectors had much extra work with manual landing forms.") == ["unquantified-impact"])
        // effort that was simply needed, and praised, is not a loss left uncounted
        #expect(plain("We had to do a lot of work to get the new cluster ready, and it paid off.").isEmpty)
        #expect(plain("It took a lot of effort from many people to get the site back, and we are grateful.").isEmpty)
    }

    @Test func somethingThatStoppedWorkingIsAHarmButAStopOnPurposeIsNot() {
        #expect(plain("Some warehouse robots stopped picking during the afternoon shift, which affected order throughput at the Leeds site.") == ["unquantified-impact"])
        #expect(plain("Smart meters in several regions stopped reporting overnight.") == ["unquantified-impact"])
        #expect(plain("The errors stopped once the config was reverted.").isEmpty)
        #expect(plain("Several teams stopped deploying during the freeze, as agreed.").isEmpty)
        #expect(plain("Replication stopped working on the replica after the disk filled; the primary was unaffected.").isEmpty)
    }

    @Test func aLooseCountOfWhatWasHitAfterTheCauseIsTheImpact() {
        #expect(plain("Gate failures caused long lift queues and a lot of unhappy guests on a busy Saturday.") == ["unquantified-impact"])
        #expect(plain("lots of artists twiddling thumbs fri morning, plus a bunch of shots late to client") == ["unquantified-impact"])
        #expect(plain("Refund and credit requests to the CX team went way up over the following week.") == ["unquantified-impact"])
        #expect(plain("Riders were massively overcharged on New Year's Eve.") == ["unquantified-impact"])
        #expect(plain("Queues at the larger branches were long for most of the morning, according to branch managers.") == ["unquantified-impact"])
        // what a loose count caused, what people did on purpose, gratitude, and a denied harm are not
        #expect(plain("Several overloaded hosts caused the failover to flap.").isEmpty)
        #expect(plain("A few of the engineers stayed late to watch the rollout.").isEmpty)
        #expect(plain("A lot of customers wrote in to thank the support team.").isEmpty)
        #expect(plain("Most of the morning was spent confirming that no data had been lost.").isEmpty)
        #expect(plain("Queues at the warehouse were normal for most of the afternoon.").isEmpty)
        #expect(plain("The way up the escalation chain was unclear to the new hires.").isEmpty)
    }

    @Test func aTrackerIDBeforeTheActionDoesNotHideAVagueVerb() {
        #expect(checks("EXAMS-816 Investigate connection pool usage", .actionItem).contains("vague-action"))
        #expect(checks("- [ROY-555] Update the docs", .actionItem).contains("vague-action"))
        #expect(checks("DISP-2295 Improve monitoring of the assignment service", .actionItem).contains("vague-action"))
        #expect(!checks("OPS-12 Add a p99 latency alert at 800 ms on checkout-api (owner: Ana, due 3 May)", .actionItem).contains("vague-action"))
        // an owner cell after a SMART action, in plain text, is not a second action
        #expect(plain("ROS-420: Show the timezone abbreviation next to every report time in the crew app; owner: mobile team (A. Bakker); due 15 May.").isEmpty)
    }

    @Test func aPersonSingledOutOrMadeToAnswerIsBlame() {
        #expect(checks("The root cause was the night-shift systems engineer, who failed to monitor the standby server's disk space as required by his role.", .rootCause) == ["blame"])
        #expect(checks("The developer of the supplier has delivered the script without any test, it is him who has caused the incident.", .contributingFactors) == ["blame"])
        #expect(checks("[09:45] dmitri_ops: and whoever in CAB waved through a friday-evening cert change needs to answer for this", .couldBeBetter) == ["blame"])
        #expect(checks("The Company has identified that the telemetry contractor was accountable for the expiry and has issued a formal notice under the contract.", .couldBeBetter) == ["blame"])
        #expect(checks("The release manager has approved the March app release without to wait for the regression test of the planning team, which is against the agreed procedure.", .contributingFactors) == ["blame"])
        #expect(checks("Our co-maintainer who reviewed the PR rubber-stamped it without running the boundary tests.", .contributingFactors) == ["blame"])
        #expect(checks("The call handler did not follow the fallback protocol for the first three calls, contributing directly to a 14-minute delay in dispatch to a Category 1 patient.", .couldBeBetter) == ["blame"])
        // an omission the rule asked for, a cleft about a thing or a save, a team that will explain, and code called a handler are not
        #expect(checks("The engineer did not restart the service, as required by the change freeze.", .response).isEmpty)
        #expect(checks("It was the retry storm that caused the outage.", .rootCause).isEmpty)
        #expect(checks("It was the on-call engineer who spotted the drift at 03:10 and paged the DBA.", .wentWell).isEmpty)
        #expect(checks("The team will answer for this in the quarterly review with a full list of fixes.", .lessons).isEmpty)
        #expect(checks("The new chunked-upload handler opened a database connection per chunk, so the pool of 200 connections was exhausted within two minutes of the deadline peak.", .rootCause).isEmpty)
    }

    @Test func aStepNotCarriedOutOrSwitchedOffByAccidentIsASurfaceCause() {
        #expect(checks("Additionally, the yearly certificate check was not carried out in 2023.", .contributingFactors) == ["surface-cause"])
        #expect(checks("Further contributing factor: the manual temperature round at 02:00 was omitted.", .contributingFactors) == ["surface-cause"])
        #expect(checks("A secondary factor was that the duplicate-ID check in the loader had been accidentally switched off.", .contributingFactors) == ["surface-cause"])
        #expect(checks("The root cause is that a developer has by accident put the timezone conversion also in the export job.", .rootCause).contains("surface-cause"))
        #expect(checks("- cause: update applied to encoders without following the change checklist", .rootCause) == ["surface-cause"])
        #expect(checks("rc = fat-fingered config push, nothing deeper", .rootCause).contains("surface-cause"))
        // the same with the reason it could happen, or told as how things are done, is not
        #expect(checks("The yearly certificate check was not carried out because the reminder went to a retired mailbox.", .contributingFactors).isEmpty)
        #expect(checks("Because the yearly renewal was manual and was missed, the certificate expired.", .rootCause).isEmpty)
        #expect(checks("Firmware updates are applied to encoders without following a checklist, because the vendor tool has no staging mode.", .rootCause).isEmpty)
    }

    @Test func feelingsGerundsUsersAndThreadNumbersAreNotPitfalls() {
        #expect(checks("Obviously nobody enjoys a Tuesday like this one, but it gave us the first real measurement of how long redistributors take to fail over: a median of 2 minutes 40 seconds.", .lessons).isEmpty)
        #expect(plain("Because the outage was obviously stressful for students, the Registry's first message at 10:21 was in plain language on the VLE banner and by email.").isEmpty)
        #expect(checks("Blaming the deploy would miss the point: the signer accepted a stale nonce because nothing compared it against the chain tip.", .lessons).isEmpty)
        #expect(checks("Students who uploaded the wrong file by mistake can replace it until 12:00 under the extension, which cut help-desk tickets to 38.", .response).isEmpty)
        #expect(plain("Students who uploaded the wrong file by mistake can replace it until 12:00 under the extension, which cut help-desk tickets to 38.").isEmpty)
        #expect(checks("3/ 4,100 riders were stranded at the gates for 40 minutes.", .impact).isEmpty)
        #expect(checks("The duplicate request was ignored, as designed, by the idempotency layer.", .response).isEmpty)
        #expect(checks("We waited for a while before paging the vendor, as the runbook suggests.", .response).isEmpty)
        // but a thread's post number does not count the harm, and a signal left alone or a pile-up sized by a word is still flagged
        #expect(checks("3/ Honestly it was brutal — tons of riders stranded at the gates right at peak and our support inbox absolutely exploded.", .impact) == ["unquantified-impact"])
        #expect(checks("Member from biomedical engineering stated that the robot error screen was showing since 02:12 hrs, which was ignored till the nurse's call at 02:25 hrs.", .detection) == ["loaded-word"])
        #expect(checks("withdrawal queue huge, twitter on fire", .impact) == ["unquantified-impact"])
        #expect(checks("[09:44] ana.r: status page went up pretty late and support was drowning for a good while", .couldBeBetter) == ["unquantified-impact"])
        #expect(checks("We also need to look into our runbooks for feed failover at some point.", .couldBeBetter) == ["vague-action"])
    }

    @Test func identifyEstablishAndDevelopPromiseAStudyOrAProcessNotAChange() {
        // from real19, a set of real reports
        #expect(checks("Identify channels for billing alerts.", .actionItem).contains("vague-action"))
        #expect(checks("Setup hub monitoring!", .actionItem).contains("vague-action"))
        #expect(checks("MEDIUM Develop rules on which pull requests require explicit code review", .actionItem).contains("vague-action"))
        #expect(checks("Establish a process and guidelines for adding new members to the oncall rotation so they are not thrown in the deep end without any preparation or extra support.", .actionItem).contains("vague-action"))
        // the same verbs with a threshold, a schedule or a deliverable and a date are SMART
        #expect(!checks("Setup an alert on hub pod restarts above 3 in 10 minutes, routed to #binder-ops (owner: Sam, due 1 June).", .actionItem).contains("vague-action"))
        #expect(!checks("Develop a load test that replays 2x Black Friday traffic against checkout in staging, run weekly in CI; owner: Priya; due 30 Sep.", .actionItem).contains("vague-action"))
        #expect(!checks("Identify every service still using the v1 token endpoint from the gateway logs and file a migration ticket for each by 15 May (owner: Ana).", .actionItem).contains("vague-action"))
    }

    @Test func realReportsLookAlikesStayClean() {
        #expect(checks("Human error does take place, but what we can do is put some checks and balances, some safety nets within our process, to minimise the chance of these things occurring again.", .lessons).isEmpty)
        #expect(checks("By approximately 18:48 NZT it was obvious that the migration had stalled again and so we began deeper troubleshooting.", .response).isEmpty)
        #expect(checks("Once it was clear what the issue was, the fix seemed obvious enough.", .response).isEmpty)
        #expect(checks("To avoid tainting the player progress we're not reimbursing anything lost due to the rollback, instead we have extended the validity of each account in the game at the time of the rollback by two days", .response).isEmpty)
        // hindsight and a human error given as the cause are still flagged, and a purpose before a vague promise is still vague
        #expect(checks("In hindsight it was obvious that the disk would fill.", .rootCause) == ["hindsight"])
        #expect(checks("Human error happens.", .rootCause) == ["surface-cause"])
        #expect(plain("To avoid similar incidents we should improve monitoring.") == ["vague-action"])
    }
}
