/// One thing the coach noticed in a piece of post-mortem text.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    /// Stable kebab-case id of the check (see `CoachCatalogue.checks`).
    public var check: String
    /// One line, kind.
    public var message: String
    /// Why it matters, paraphrasing the seeds.
    public var why: String
    /// A concrete better phrasing, built from the writer's own words where possible.
    public var better: String
    /// 1-based line within the text given.
    public var line: Int
    /// 1-based column, in Characters.
    public var column: Int
    /// The words that triggered it.
    public var excerpt: String

    public init(check: String, message: String, why: String, better: String, line: Int, column: Int, excerpt: String) {
        self.check = check; self.message = message; self.why = why; self.better = better
        self.line = line; self.column = column; self.excerpt = excerpt
    }

    /// `LINE:COL: CHECK: message` — the `postmortem lint` output line.
    public var description: String { "\(line):\(column): \(check): \(message)" }

    /// True for findings that block external publication (blame and loaded, blaming words).
    public var blocksExternalPublication: Bool { CoachCatalogue.blameChecks.contains(check) }
}

/// What a piece of text is, so the coach applies the checks that fit it.
public enum TextRole: String, Sendable, CaseIterable {
    case title, summary, impact, timeline, rootCause, whys, contributingFactors, detection, response,
         wentWell, couldBeBetter, actionItem, lessons, other

    /// The role of a `standard` template field id, if it is a text field the coach reads.
    public init?(fieldID: String) {
        switch fieldID {
        case "title": self = .title
        case "summary": self = .summary
        case "impact": self = .impact
        case "timeline": self = .timeline
        case "root_cause": self = .rootCause
        case "whys": self = .whys
        case "contributing_factors", "contributing_details": self = .contributingFactors
        case "detection": self = .detection
        case "response": self = .response
        case "went_well": self = .wentWell
        case "could_be_better": self = .couldBeBetter
        case "action_items": self = .actionItem
        case "lessons": self = .lessons
        default: return nil
        }
    }
}

/// Documentation of one check: for `docs/coaching.md` and `/help coaching`.
public struct CheckInfo: Sendable, Equatable {
    public var id: String
    public var title: String
    public var why: String
    public var bad: String
    public var good: String
}

public enum CoachCatalogue {
    /// Checks whose findings block external publication while they remain.
    public static let blameChecks: Set<String> = ["blame", "loaded-word"]

    public static let checks: [CheckInfo] = [
        CheckInfo(id: "blame", title: "A person or role as the cause",
                  why: "Blameless post-mortems focus on systems, not people: everyone did their best with the information they had, and naming a person as the cause hides what allowed the failure and stops people reporting.",
                  bad: "The incident occurred because John deployed without testing",
                  good: "The incident occurred because our deployment process didn't include mandatory staging verification"),
        CheckInfo(id: "loaded-word", title: "Loaded, blaming words",
                  why: "Loaded language (careless, botched, fault, mistake, forgot, should have) judges people instead of describing what happened, and makes the write-up defensive.",
                  bad: "The botched migration was the DBA team's fault",
                  good: "The migration locked the orders table for 14 minutes; the migration tool has no lock-timeout guard"),
        CheckInfo(id: "counterfactual", title: "Counterfactuals",
                  why: "\"If only we had...\" describes a world that did not happen; focus on what actually happened and what the system allowed.",
                  bad: "If only we had had a canary, this would never have happened",
                  good: "The change reached all 40 hosts at once: the pipeline has no canary stage"),
        CheckInfo(id: "hindsight", title: "Hindsight bias",
                  why: "\"Should have known\" and \"obviously\" use knowledge gained afterwards; ask what information was available at the time and why the actions seemed reasonable.",
                  bad: "The on-call engineer should have known the disk was filling up",
                  good: "At 03:10 disk usage was at 91%, but no alert covers disk usage on the db hosts"),
        CheckInfo(id: "surface-cause", title: "Stopping at the surface cause",
                  why: "Human error, a typo or a person's action is where the analysis starts, not where it ends: never stop at human error — ask why the error was possible and why nothing caught it.",
                  bad: "Root cause: Typo in configuration file",
                  good: "Root cause: Configuration changes lack validation and testing process"),
        CheckInfo(id: "short-whys", title: "A 5 Whys chain that stops early",
                  why: "The 5 Whys digs past surface causes; a chain of one or two answers usually stops at a symptom.",
                  bad: "Why was the site down? Because the workers crashed.",
                  good: "...crashed → ran out of memory → a query loaded too much data → no pagination → our API guidelines don't require pagination"),
        CheckInfo(id: "whys-ends-at-person", title: "A 5 Whys chain that ends at a person",
                  why: "A chain that ends at what someone did stops at human error; keep asking what allowed the action to have impact.",
                  bad: "Why wasn't SPF configured? Because the engineer forgot.",
                  good: "Why wasn't SPF configured? Because the new-domain setup process doesn't include SPF"),
        CheckInfo(id: "vague-action", title: "A vague action item",
                  why: "Action items must be SMART: specific and measurable, so everyone knows when it is done; \"improve monitoring\" never gets done.",
                  bad: "Improve monitoring",
                  good: "Add alert for error rate >5% sustained for >2 minutes on /api/sync endpoint"),
        CheckInfo(id: "unquantified-impact", title: "Impact without numbers",
                  why: "Quantify impact: how many users or what share of traffic, for how long, how many errors — \"error rate increased from 0.1% to 15%\", not \"errors went up\".",
                  bad: "Many users saw errors for a while",
                  good: "About 12,000 users (8% of active users) saw HTTP 500 errors for 47 minutes (14:25-15:12 UTC)"),
        CheckInfo(id: "action-owner", title: "An action item without an owner",
                  why: "Action items without owners don't get done: each needs a single owner.",
                  bad: "Add alert for cert expiry < 30 days | | P1",
                  good: "Add alert for cert expiry < 30 days | sre-oncall | P1 | 2026-12-01"),
        CheckInfo(id: "action-due", title: "An action item without a due date",
                  why: "Action items without deadlines don't get done: give a date, or a priority whose SLA sets one (P1 one week, P2 two weeks, P3 one month).",
                  bad: "Automate cert renewal with cert-manager | infra",
                  good: "Automate cert renewal with cert-manager | infra | P2 | 2026-12-08"),
        CheckInfo(id: "too-many-actions", title: "Too many action items",
                  why: "3-5 action items is typical; more than 10 suggests a lack of prioritisation and most will not get done.",
                  bad: "14 action items of mixed importance",
                  good: "The 4 that prevent recurrence or speed detection; the rest moved to the team backlog"),
        CheckInfo(id: "timeline-order", title: "A timeline entry out of order",
                  why: "The timeline establishes facts and shows cause and effect; it must read in time order.",
                  bad: "14:30 Started investigation, then 14:27 Alert fired",
                  good: "14:27 Alert fired (ErrorRateHigh) #detected, then 14:30 Started investigation"),
        CheckInfo(id: "timeline-milestone", title: "A timeline without detection or resolution",
                  why: "Time to detect and time to resolve are computed from the timeline; mark when the incident was detected and when it was resolved.",
                  bad: "14:23 Deployment started / 14:37 Initiated rollback",
                  good: "14:27 Alert fired (ErrorRateHigh) #detected ... 14:45 Incident resolved #resolved"),
        CheckInfo(id: "timeline-gap", title: "A long gap in the timeline",
                  why: "Note gaps: a long silence in the timeline hides delays and decision points the owner may want to explain.",
                  bad: "05:00 Emergency channel open / 06:27 Fix deployed",
                  good: "05:00 Emergency channel open / 05:23 Team identified issue in account / 05:55 Script to fix issue tested / 06:27 Fix deployed"),
    ]

    /// The catalogue entry for an id.
    public static func info(_ id: String) -> CheckInfo? { checks.first { $0.id == id } }
}
