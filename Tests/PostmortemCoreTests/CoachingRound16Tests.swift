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
}
