/// The words the action-item checker reads: vague phrases, lead words, study verbs, finish lines, dates.
extension ActionChecker {
    /// Bodies that make promises as a subject: "The Court will review ...", "The Operator will strengthen ...".
    static let bodies: Set<String> = ["organisation", "organization", "company", "court", "council", "trust", "board", "committee", "authority", "agency", "business",
        "provider", "ministry", "operator", "drivers", "management", "service", "practice", "hospital", "school", "university", "firm", "club", "charity", "registry", "regulator", "client", "customer", "vendor", "supplier",
        "constabulary", "police", "force", "department", "directorate", "office", "bureau", "commission", "inspectorate", "partnership", "cooperative", "co-operative", "plant", "mill", "fab",
        // an insurer's or regulator's report: "The Insured should review its patch management arrangements"
        "insured", "insurer", "licensee", "utility", "bank", "retailer", "airline", "airport", "carrier", "merchant", "employer", "manufacturer", "landlord", "association", "society", "exchange", "faculty", "faculties", "registry",
        "facility", "laboratory", "lab", "museum", "zoo", "library"]
    static let vagueMultiword: [String] = ["do the needful", "as fast as possible", "as quickly as possible", "as soon as possible", "double down on", "first-class citizen", "checked over", "looked over", "gone over",
        // "We will follow this up with the supplier tomorrow", "Reminders of the rules for Production operations", "we can do better to ...",
        // "take personal action to address", "working with AWS to understand what happened"
        // "we are determined to use the lessons within it to put things right"
        // "Get everyone up to speed on the transmitter setup!"
        // "Have a proper look at the backup arrangements in Q2", "Drive a culture of ownership and accountability across operations"
        "a proper look", "a good look", "drive a culture", "culture of ownership", "culture of accountability", "up to speed", "put things right", "make things right", "set things right", "put it right", "make it right",
        // "We are putting controls in place to try and mitigate this set of circumstances", "We haven't finished assessing how to handle ...",
        // "conducts further necessary and proportionate enquiries"
        "controls in place", "try and",
        // "Sort oot the alarm priorities in SCADA", "Get the IT side of the elevators sorted out", "IT hotline must improve the escalation",
        // "consult properly with the union", "Re-energise our culture of engineering excellence"
        // "Have a serious word with the contractor about standards", "Get IT sorted before the next big sale", "Contractor must give more attention",
        // "Lessons ... to be taken on board"
        "a serious word", "a quiet word", "a stern word", "a firm word", "have a word", "get it sorted",
        // ("Get IT and the shore office talking more", "Get everyone refreshed on the black-screen procedure")
        "talking more", "talk more", "talking to each other", "talk to each other", "communicate better", "communicating better", "better communication", "more communication",
        "refreshed on", "brush up on", "brushed up on",
        // ("Comprehensive measures are being implemented to prevent such an incident", "we're doing all we can to ensure it doesn't happen again",
        // "taking immediate and definitive actions to correct the problems", "taking every possible step to eliminate any potential harm")
        "comprehensive measures", "substantial measures", "preventative measures", "preventive measures", "every possible step", "every possible measure", "everything possible",
        "all we can", "definitive actions", "definitive action", "corrective steps", "enhance and strengthen", "we will get better", "get better", "get this sorted", "get things sorted", "get everything sorted", "give more attention", "more attention",
        "taken on board", "take on board",
        "sort out", "sort oot", "sorted out", "sorted oot", "must improve", "should improve", "will improve", "shall improve", "consult properly", "properly consult",
        "culture of", "re-energise", "re-energize", "reinvigorate", "revitalise", "revitalize", "assessing how to", "assess how to", "further enquiries", "further inquiries", "further necessary", "proportionate enquiries",
        "follow this up", "follow it up", "follow that up", "reminders of", "reminder of", "can do better", "must do better", "need to do better", "take personal action",
        "to understand what happened", "to understand why",
        // "will be implementing at least some of them", "the backup process is going to change in future", "a comprehensive review into the issues"
        "at least some of them", "some plans", "under close review", "under review", "keep the matter", "is going to change", "are going to change", "comprehensive review", "thorough review", "full review", "in-depth review", "complete review", "revert back on", "revert back with", "strengthen the process", "take it more seriously", "more seriously", "be more vigilant", "more vigilant", "further consideration", "strengthen its oversight", "strengthen its governance", "strengthen their governance", "strengthen our governance", "strengthen oversight", "strengthen governance",
        "take appropriate steps", "take appropriate action", "take appropriate actions", "appropriate actions", "a certain threshold", "certain threshold", "lessons to be learnt", "lessons to be learned", "needed to be learnt", "need to be learnt", "needed to be learned", "need to be learned", "will be learned", "will be learnt", "learn lessons", "learn the lessons",
        "prevent future occurrences", "plans in place to prevent", "in an effort to prevent", "do everything they can", "do everything we can", "doing everything we can", "take some time to", "continually improve", "continuously improve", "actively working on", "are looking to", "everything in our power", "appropriate steps to", "in due course", "work together more closely", "work more closely", "importance of following", "the importance of", "tighten up", "shore up", "firm up", "think of", "thinking of", "thinking about", "appropriate conclusions", "necessary conclusions", "stay alert", "remain alert", "stay focused", "remain focused", "stay vigilant", "remain vigilant", "doing better", "get back to us", "get back to you", "come back to us", "tighten things up", "tighten it up", "tighten that up", "tighten this up", "shore things up", "firm things up", "look into", "looking into", "look at", "be careful", "be more careful", "make sure", "follow up", "keep an eye",
        // "implement certain safeguards", "put safeguards in place", "a preventative plan", "plan ahead", "double and triple check"
        "certain safeguards", "safeguards in place", "appropriate control measures", "appropriate measures", "appropriate controls", "on a regular basis", "regular checks",
        "heightened awareness", "greater awareness", "increased awareness", "work on action items", "working on action items", "preventative plan", "preventive plan", "plan ahead", "double and triple check", "double and triple-check",
        "pay attention", "pay more attention", "think about", "work on", "raise awareness", "increase awareness", "do better", "fix the bug",
        "fix bug", "fix the issue", "fix it", "fix this", "update docs", "update the docs", "update documentation", "update the documentation",
        "more testing", "more tests", "more monitoring", "better monitoring", "better documentation", "better docs", "better doc", "better runbooks", "provide training", "additional training", "more training",
        "refresher training", "training sessions", "training session", "better testing", "better alerting",
        "better communication", "try to", "be aware", "remind engineers", "remind the team", "double check", "double-check", "clean up",
        "be more", "more careful", "more thorough", "avoid this", "prevent this", "prevent recurrence", "ensure that", "ensure this",
        "needs attention", "need attention", "needs work", "needs improvement", "needs to improve", "should be improved", "could be improved", "can be improved", "needs more love",
        "taken steps to", "take steps to", "taking steps to", "improve our service", "in the process of", "looking for ways to",
        "ways to improve", "continue to improve", "reiterate the need", "re-iterate the need", "remind teams", "speak to", "talk to", "chat with",
        "reach out to", "figure out", "find ways", "find a way", "look for ways", "made a plan", "make a plan", "map out", "mapping out",
        "come up with", "would be useful", "would be nice", "would be good", "would be helpful", "might be good", "might be worth", "may be worth",
        "worth considering", "sort out", "triple check", "triple-check", "under control", "closer eye", "close eye",
        "walk people through", "walk the team through", "walk everyone through", "get a handle on", "on top of", "deal with", "take care of", "tidy up", "get better", "be better", "remain calm", "stay calm", "keep calm", "help with", "be vigilant",
        "do improvement", "do improvements", "make improvements", "do some", "something about", "some kind of", "some sort of", "these types of issues", "this type of issue", "similar issues in the future", "improve our services", "improve our processes", "improve our process", "improve our monitoring", "improve our systems",
        // a topic heading instead of an action: "Documentation updates for the on-call guide", "Monitoring improvements"
        "documentation updates", "documentation update", "doc updates", "docs updates", "runbook updates", "wiki updates",
        "monitoring improvements", "alerting improvements", "process improvements", "testing improvements", "tooling improvements",
        "close monitoring", "closer monitoring", "user awareness", "staff awareness", "team awareness", "customer awareness",
        "take into account", "taken into account", "take into consideration", "taken into consideration",
        "check how to", "see how to", "see how we", "find out how", "check whether we can", "see if we can", "see whether we can",
        "do that", "do this", "push forward", "move forward with", "press ahead with", "working on", "work towards", "work toward",
        "not happen again", "doesn't happen again", "don't happen again", "never happens again", "not recur", "make certain that",
        "not occur again", "won't occur again", "best practices", "best practice", "work hard", "work harder", "do our best", "continuous improvement",
        "continual improvement", "ways of", "more seriously",
        // a target with no size: "Change the healthcheck path to something more robust", "move it somewhere more stable"
        "something more", "something better", "somewhere more", "somewhere better",
        // an option, not a decision: "Workload segmentation might be an option to limit blast zones"
        "might be an option", "could be an option", "may be an option", "would be an option", "would be beneficial", "could be beneficial",
        "could help", "might help", "may help", "are aware", "is aware", "plan ahead", "satisfactory",
    ] + purposePhrases + [
        // a purpose that only asks for more: "Updating our escalation paths ... to ensure faster time to resolution"
        "ensure faster", "ensure more", "ensure better", "ensure quicker", "ensure improved", "ensure smoother", "ensure greater", "ensure timely",
        // the scope left to whoever does it: "reviewed and updated as appropriate"
        "as appropriate", "where appropriate", "as necessary", "where necessary", "if appropriate",
        "visibility improvements", "stability improvements", "reliability improvements", "performance improvements", "resilience improvements", "usability improvements",
        // a passive wish: "It is recommended that change management practices be strengthened"
        "be strengthened", "be improved", "be enhanced", "be reinforced", "be tightened", "be revisited", "be reviewed and",
        // a study with no question or deliverable: "do a deeper dive on BLE reliability", "level up our QA process"
        "deeper dive", "deep dive", "deep-dive", "level up", "importance of",
        // a reassurance instead of an action: "I can assure you that the changes are significant", "steps were being taken"
        "assure you", "assure us", "assures us", "assured us", "assured the", "assured our", "being taken", "steps are being", "taken very seriously",
        "taking this very seriously", "take this very seriously", "looking at ways", "look at ways", "couple of ideas", "few ideas", "some ideas",
        // "Human errors ... will be completely eliminated", "the error will not be repeated next year", "these issues cannot occur again", "put in place fixes"
        "will be completely eliminated", "will be eliminated", "will not be repeated", "won't be repeated", "cannot occur again", "can't occur again", "cannot happen again",
        "will not happen again", "won't happen again", "must not happen again", "must never happen again", "allow this to happen again", "allow it to happen again", "let this happen again", "let it happen again", "mustn't happen again", "put in place fixes", "put fixes in place"]
    /// A purpose with nothing named before it: "Improvements will be deployed to avoid similar situations in the future",
    /// "measures have been put in place to ensure no reoccurrence".
    static let purposePhrases: [String] = ["avoid similar", "prevent similar", "avoid the same", "prevent the same", "avoid this kind", "prevent this kind", "avoid such", "prevent such",
        "from happening again", "from recurring", "from reoccurring", "from re-occurring",
        "ensure no recurrence", "ensure no reoccurrence", "ensure no re-occurrence", "ensure there is no recurrence", "ensure there is no reoccurrence",
        "prevent a recurrence", "prevent a reoccurrence", "prevent a re-occurrence", "prevent reoccurrence", "prevent re-occurrence", "avoid a recurrence", "avoid recurrence", "avoid a reoccurrence",
        // "we are investigating the cause so we can effectively guard against it in the future"
        "guard against it", "guard against this", "guard against similar", "guard against such"]
    /// Participles of a passive promise that say nothing measurable on their own: "will be shared with relevant officers".
    static let passivePromiseVerbs: [String: String] = ["shared": "communicate", "disseminated": "communicate", "circulated": "communicate", "communicated": "communicate",
        "socialised": "communicate", "socialized": "communicate", "sensitised": "train", "sensitized": "train", "briefed": "train", "educated": "educate",
        "reminded": "remind", "trained": "train", "retrained": "retrain", "considered": "consider", "reviewed": "review", "revisited": "revisit",
        "reconsidered": "reconsider", "prioritized": "prioritize", "prioritised": "prioritize", "evaluated": "evaluate", "assessed": "assess", "discussed": "discuss", "examined": "examine", "explored": "explore",
        "investigated": "investigate", "studied": "study", "improved": "improve", "enhanced": "enhance", "strengthened": "strengthen", "reinforced": "reinforce",
        "tightened": "tighten", "monitored": "monitor", "emphasised": "emphasise", "emphasized": "emphasize", "highlighted": "emphasize"]
    /// Phrases that name no act at all: a date says when, never what, so it cannot make them concrete.
    static let nonActs: Set<String> = ["look into", "looking into", "look at", "follow up", "follow this up", "follow it up", "follow that up", "think about", "think of", "thinking of", "thinking about", "work on", "deal with", "take care of", "figure out", "sort out",
        "visibility improvements", "stability improvements", "reliability improvements", "performance improvements", "resilience improvements", "usability improvements",
        "keep an eye", "check how to", "see how to", "get a handle on", "map out", "come up with"]
    static let leadWords: Set<String> = ["we", "should", "endeavour", "endeavor", "probably", "maybe", "perhaps", "need", "needs", "to", "must", "will", "could", "might",
        "possibly", "let's", "lets", "i", "team", "the", "someone", "somebody", "hopefully", "try", "also", "we'll", "we're", "we've", "are", "is",
        "have", "has", "been", "be", "going", "plan", "plans", "planning", "intend", "intends", "aim", "aims", "continue", "continues",
        "continuing", "committed", "working", "actively", "currently", "now", "further", "proactively", "continuously", "constantly",
        "strive", "striving", "seek", "seeking", "looking", "want", "would", "like", "us", "on", "engineers", "operations", "ops", "sre", "attempt", "attempting", "making", "additionally", "commits", "pledges", "undertakes", "shall", "remain", "remains", "fully", "firmly",
        // "Lift operations personnel are requested to review ...", "contractors ... are being asked to review ...", "Please consider ...": the request is the promise
        "being", "asked", "requested", "urged", "encouraged", "instructed", "please"]
    /// Lead words that promise effort rather than a result.
    static let ongoingWords: Set<String> = ["try", "endeavour", "endeavor", "could", "might", "continue", "continues", "continuing", "committed", "working", "actively",
        "proactively", "continuously", "constantly", "strive", "striving", "seek", "seeking", "aim", "aims", "looking", "want", "intend", "intends", "attempt", "attempting"]
    /// Asking people to take care: no date or number makes it a change.
    static let carePhrases: Set<String> = ["be careful", "be more careful", "more careful", "pay attention", "pay more attention", "be aware", "triple check", "triple-check",
        "be more", "more thorough", "do better", "doing better", "stay alert", "remain alert", "stay focused", "remain focused", "stay vigilant", "remain vigilant", "paid more attention", "reminders of", "reminder of", "more attention", "get better", "be better", "be vigilant", "remain calm", "stay calm", "keep calm", "double check", "double-check", "more seriously", "are aware", "is aware",
        // ("Lessons ... to be taken on board", "Have a serious word with the contractor"): people exhorted, nothing changed
        "taken on board", "take on board", "a serious word", "a quiet word", "a stern word", "a firm word", "have a word"]
    /// Verbs that promise a study, not a change: only a date or a number with a named deliverable gives them a finish line.
    static let studyVerbs: Set<String> = ["consider", "explore", "evaluate", "investigate", "research", "assess", "think", "reflect", "discuss",
        "revisit", "reconsider", "rethink", "examine", "study", "articulate", "brainstorm", "decide", "determine", "clarify", "agree", "know", "learn", "analyse", "analyze", "identify"]
    /// How a real question opens: "Can we search the audit logs without an admin?"
    static let questionWords: Set<String> = ["can", "could", "should", "shall", "do", "does", "did", "is", "are", "was", "were", "will",
        "would", "what", "how", "why", "who", "when", "where", "which", "whether", "has", "have", "may", "might", "must"]
    static let finishLines: [String] = ["verified by", "done when", "measured by", "confirmed by", "proven by", "checked by", "such that",
        "success criteria", "acceptance criteria", "definition of done", "complete when", "completed when"]
    static let causativeVerbs: Set<String> = ["run", "use", "fail", "alert", "page", "retry", "reject", "block", "check", "stop", "wait", "exit",
        "send", "call", "skip", "include", "require", "read", "write", "fall", "log", "emit", "refuse", "verify", "validate", "test", "reuse",
        "return", "drop", "time", "back", "honor", "honour", "respect", "ignore", "accept", "expire", "rotate", "compare", "abort", "roll", "pause"]
    static let dayWords: Set<String> = ["today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "eod", "eow", "q1", "q2", "q3", "q4",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sprint", "quarterly", "weekly", "daily", "monthly", "annually", "yearly", "biannually", "fortnightly", "nightly"]
}
