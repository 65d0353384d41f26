/// Text with no section (a plain paragraph given to `postmortem lint`, or a sentence that changes register inside a
/// section) still says what it is: "We need to communicate better" is an action, "The outage came down to a typo" a
/// root cause, "Customers could not check out" an impact statement. The coach reads each such sentence as that.
extension Coach {
    /// A commitment: "We need to ...", "We will ...", "Action: ...", or (in text with no section) an imperative.
    static func isCommitment(_ s: Sentence, role: TextRole) -> Bool {
        var k = s.firstWordIndex
        while k < s.count, s.isPunct(k) { k += 1 }
        // ("18/ Going forward we're going to do better": a thread's numbering)
        if k + 1 < s.count, s.toks[k].kind == .number, s.word(k + 1) == "/" { k += 2 }
        guard k < s.count else { return false }
        // ("No football fan should be put in that situation, and it must not happen again", "We can't allow this to happen again": a vow with no act)
        if ["must not happen again", "must never happen again", "allow this to happen again", "allow it to happen again", "let this happen again", "let it happen again", "mustn't happen again"].contains(where: { s.find($0) != nil }) { return true }
        // "Safety Recommendation 2024-09: The operator should enhance ...", "Risk Improvement Recommendation RI-5: ...", "D5 PCA: retrain all line operators",
        // "Countermeasure: we will make thorough education ...", "AI for us: be more on top of #help": a form's label, then the action
        if let c = s.span(k + 1, k + 6).first(where: { s.w[$0] == ":" }), s.span(k, c).contains(where: { ["recommendation", "countermeasure", "countermeasures", "pca", "ica", "capa", "prevent", "ai", "action", "actions", "todo", "fix"].contains(s.w[$0]) }),
           !s.span(k, c).contains(where: { LanguageChecker.auxWords.contains(s.w[$0]) && !["do"].contains(s.w[$0]) || ["we", "i", "it"].contains(s.w[$0]) }), c + 1 < s.count {
            if s.span(k, c).contains(where: { ["recommendation", "countermeasure", "countermeasures", "ai", "action", "actions", "todo"].contains(s.w[$0]) }) { return true }
            k = c + 1
            while k < s.count, s.isPunct(k) { k += 1 }
            guard k < s.count else { return false }
        }
        // ("To prevent this incident in the future, researchers should carefully inspect ...", "In order to protect users, we have ...": the purpose, then who promises)
        if s.w[k] == "to" || s.has("in order to", at: k), let c = s.span(k + 2, k + 16).first(where: { s.isPunct($0) && s.w[$0] == "," }),
           let m = s.span(c + 1, c + 6).first(where: { ["should", "must", "will", "shall", "need", "needs", "have", "has"].contains(s.w[$0]) }),
           s.span(c + 1, m).allSatisfy({ s.isWord($0) && !s.toks[$0].hasDigit }), m > c + 1 { k = c + 1 }
        // "We recommended that the Hospice should review ...", "I have asked that the partnership review ...": a recommendation reported
        // ("The Ombudsman made a recommendation that the council report to it ...", "Recommends that owners of track adopt ...": the same, as a noun or with no subject)
        if let r = s.span(k, k + 6).first(where: { ["recommended", "recommends", "asked", "requested", "urged", "advised", "recommendation"].contains(s.w[$0]) }), s.word(r + 1) == "that",
           s.span(k, r).allSatisfy({ s.isWord($0) }), r == k || s.span(k, r).contains(where: { ["we", "i", "ombudsman", "inspector", "coroner", "board", "panel", "review", "report", "investigation", "commission", "committee"].contains(s.w[$0]) }),
           let m = s.span(r + 2, r + 10).first(where: { q in ["should", "must", "shall"].contains(s.w[q]) || Lex.vagueVerbs.contains(s.w[q]) || ActionChecker.studyVerbs.contains(s.w[q]) || Coach.imperativeVerbs.contains(s.w[q]) }),
           s.span(r + 2, m).allSatisfy({ s.isWord($0) }) { return true }
        // "We have adapted our internal processes and strengthened the plausibility check": an improvement reported done, with nothing to check it by
        if ["we", "we've"].contains(s.w[k]), let v = s.span(k + 1, k + 4).first(where: { ["improved", "strengthened", "enhanced", "adapted", "tightened", "reinforced", "optimized", "optimised", "bolstered", "hardened", "transformed", "overhauled", "revamped"].contains(s.w[$0]) }),
           s.span(k + 1, v).allSatisfy({ ["have", "'ve", "also", "now", "since", "already", "further", "significantly", "greatly"].contains(s.w[$0]) }), s.w[k] == "we've" || s.span(k + 1, v).contains(where: { s.w[$0] == "have" }),
           ["our", "the", "its", "their", "every", "all"].contains(s.word(v + 1) ?? "") { return true }
        // ("Will be re-evaluating safe spots more diligently in the future": a note's promise with its subject dropped)
        if s.w[k] == "will", s.isSentenceStart(k), let v = s.word(s.word(k + 1) == "be" ? k + 2 : k + 1),
           Lex.vagueVerbs.contains(v) || Lex.vagueVerbs.contains(ActionChecker.verb(ofGerund: v) ?? "-") || ActionChecker.studyVerbs.contains(ActionChecker.verb(ofGerund: v) ?? v) { return true }
        // ("... is a good one and we should be more rigorous in its application", "... and we must detect when something went wrong as fast as possible")
        if let a = s.span(k + 2, s.count).first(where: { s.w[$0] == "and" && s.word($0 + 1) == "we" && ["should", "must", "need"].contains(s.word($0 + 2) ?? "") }),
           let v = s.word(s.word(a + 3) == "to" ? a + 4 : a + 3), !["have", "not", "never"].contains(v), !v.hasSuffix("n't"), !v.hasSuffix("ed") { return true }
        // "However, I will figure out ...": a connective before the commitment
        if ["however", "also", "additionally", "so", "finally", "then", "instead", "therefore", "thus"].contains(s.w[k]), s.word(k + 1) == "," { k += 2 }
        // ("And we'll revisit the whole maintenance approach with the vendor": a spoken "and")
        else if ["and", "plus", "so"].contains(s.w[k]), ["we'll", "we", "i'll", "they'll"].contains(s.word(k + 1) ?? "") { k += 1 }
        guard k < s.count else { return false }
        // "Owner: Kenji - make ...": an owner label before the action
        // (not "owner: mobile team (A. Bakker)", the owner cell of an action already read)
        if ["owner", "assignee"].contains(s.w[k]), s.word(k + 1) == ":",
           s.span(k + 2, s.count).contains(where: { ["-", "—", "–", ":"].contains(s.w[$0]) || Lex.vagueVerbs.contains(s.w[$0]) || Lex.concreteVerbs.contains(s.w[$0]) || Coach.imperativeVerbs.contains(s.w[$0]) }) { return true }
        if ["action", "todo", "ai", "next", "follow-up", "followup"].contains(s.w[k]), s.span(k + 1, k + 3).contains(where: { s.isPunct($0) && s.w[$0] == ":" }) { return true }
        // "Improve: tighten up beacon management across the site": the improve column of an after-action review
        if s.w[k] == "improve", s.word(k + 1) == ":" { return true }
        if s.w[k] == "let's" { return true }
        // "Sticky (action): review PIS monitoring": a label in brackets says what it is
        if let c = s.span(k, k + 5).first(where: { s.w[$0] == ":" }), s.span(k, c).contains(where: { ["action", "todo", "follow-up"].contains(s.w[$0]) }),
           s.span(k, c).contains(where: { s.w[$0] == "(" }) { return true }
        // "IT team to be trained properly on calendar": a department in capitals, then the order
        if s.toks[k].text == "IT", ["team", "department", "services", "support"].contains(s.word(k + 1) ?? ""), s.word(k + 2) == "to" { return true }
        // "Academies to strengthen oversight of exams administration", "Management to consult properly with the union", "IT hotline must improve
        // the escalation": an action item's shorthand, a short subject and then the order
        if s.toks[k].isCapitalized || s.toks[k].isAllCaps, let t = s.span(k + 1, k + 4).first(where: { ["to", "must", "should", "shall"].contains(s.w[$0]) }),
           s.span(k, t).allSatisfy({ s.isWord($0) && !s.toks[$0].hasDigit && !["time", "access", "traffic", "ability", "failure", "attempts", "way", "it", "this", "that", "there", "we", "i", "they", "nothing", "everything"].contains(s.toks[$0].text == "IT" ? "IT" : s.w[$0])
               && !English.isPast(s.w[$0]) && (!LanguageChecker.auxWords.contains(s.w[$0]) || ["is", "are"].contains(s.w[$0]) && $0 == t - 1) }),
           let v = s.word(t + 1), Lex.vagueVerbs.contains(v) && !["be", "make", "work", "keep", "help", "support", "maintain", "learn", "check", "handle", "follow"].contains(v)
            // ("IT and Pharmacy to work more closely on changes", "Vendor to do better QA", "Control room staff to receive refresher training")
            || ["work", "do"].contains(v) && ["more", "closely", "together", "better"].contains(s.word(t + 2) ?? "") || v == "receive" && s.span(t + 2, t + 5).contains(where: { ["training", "retraining"].contains(s.w[$0]) }) { return true }
        // "Recommendation 3: Drivers should be reminded ...": a numbered recommendation is an action
        if ["recommendation", "rec"].contains(s.w[k]), s.span(k + 1, k + 3).contains(where: { s.isPunct($0) && s.w[$0] == ":" }) { return true }
        // "Still open: strengthen our overall release process": a status label before the action
        if ["still", "now", "status"].contains(s.w[k]), let c = s.span(k + 1, k + 3).first(where: { s.w[$0] == ":" }), let v = s.word(c + 1),
           Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["do", "more", "better"].contains(v) { return true }
        // "need better monitoring on billing-svc going forward": the need with its subject dropped
        if ["need", "needs"].contains(s.w[k]), ["better", "more", "some", "a", "an"].contains(s.word(k + 1) ?? "") { return true }
        // "- lesson: need to be more careful with OTA rollouts": a label, then the need with its subject dropped
        if ["lesson", "lessons", "takeaway", "learning", "learnings"].contains(s.w[k]), s.word(k + 1) == ":" { k += 2 }
        guard k < s.count else { return false }
        if ["need", "needs", "must"].contains(s.w[k]), s.word(k + 1) == "to" || s.word(k + 1) == "be" { return true }
        // "It is recommended that change management practices be strengthened": a recommendation, put impersonally
        if ["it is recommended that", "it is recommended to", "it is advised that", "we recommend that", "it is suggested that", "is recommended that"].contains(where: { s.find($0) != nil }) { return true }
        // "AI-3: Review the rotation process", "CAR-2025-016: Contractors to be reminded ...", "DRV-5122 — Improve cert hygiene":
        // a tracker id opening the line; an action prefix says so, any other id only before an order ("INC-2041: the API returned ...")
        // "PTASK0012 — Review change scheduling process", "PTASK0103001 – Look into PACS storage capacity": a record number with no hyphen
        let record = s.toks[k].text
        if record.count >= 6, record.first!.isLetter, record.allSatisfy({ $0.isUppercase || $0.isNumber }), record.filter(\.isNumber).count >= 3,
           let sep = s.word(k + 1), ["—", "–", "-", ":", "|"].contains(sep), let v = s.word(k + 2), s.toks[k + 2].isCapitalized,
           Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["look", "update", "fix", "document"].contains(v) { return true }
        let id = s.toks[k].text.split(separator: "-")
        if id.count >= 2, id.last!.allSatisfy(\.isNumber), id.dropLast().allSatisfy({ $0.count >= 1 && $0.allSatisfy { $0.isUppercase || $0.isNumber } && $0.first!.isLetter }),
           case let o = s.word(k + 1) == "]" ? k + 2 : k + 1, let sep = s.word(o),
           [":", "—", "–", "-", "|"].contains(sep) || Lex.vagueVerbs.contains(sep) || Lex.concreteVerbs.contains(sep) || Coach.imperativeVerbs.contains(sep) || ["better", "more", "look", "update", "fix", "document", "write", "refresh", "ask"].contains(sep) {
            // ("AI-4 look into DB perf generally": a tracker id with no separator)
            // ("EXAMS-812 Look into performance issues", "[ROY-555] Update the docs": any id, then an order in capitals)
            // "CRT-4471 | Type: Task | Summary: Review upload limits | Assignee: Unassigned": a tracker row whose summary or action cell is an order
            if sep == "|" {
                // ("CAP-PRB-22 | Enhance change management controls | Owner: ...": the order in the first cell)
                if let v = s.word(o + 1), Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["look", "update", "fix", "document", "train"].contains(v) { return true }
                return s.span(o + 1, s.count).contains(where: { c in ["summary", "action", "title", "task"].contains(s.w[c]) && s.word(c + 1) == ":" && s.word(c + 2).map { v in
                    Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["update", "fix", "document", "write", "train", "look"].contains(v) } == true })
            }
            if ![":", "—", "–", "-"].contains(sep) {
                return id.dropLast().contains(where: { ["A", "AI", "CA", "CAR", "ACT", "ACTION", "FU", "TODO", "PA", "RA"].contains(String($0)) })
                    || s.toks[o].isCapitalized && !Lex.concreteVerbs.contains(sep) || s.toks[o].isCapitalized && ["fix", "update", "document"].contains(sep)
            }
            if id.dropLast().contains(where: { ["A", "AI", "CA", "CAR", "ACT", "ACTION", "FU", "TODO", "PA", "RA"].contains(String($0)) }) { return true }
            if let v = s.word(k + 2), Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["update", "fix", "document", "write", "refresh", "ask", "look"].contains(v) { return true }
        }
        // "Also, don't delete production data.", "In case the situation turns critical, remain calm": advice to people
        if [.lessons, .couldBeBetter, .other].contains(role), ["always", "never", "don't", "remain", "stay"].contains(s.w[k]) || s.w[k] == "do" && s.word(k + 1) == "not",
           !["once", "did", "been", "had", "was", "were", "again"].contains(s.word(k + 1) ?? "") { return true }
        if [.lessons, .couldBeBetter, .other].contains(role), let c = s.span(k, k + 14).first(where: { s.isPunct($0) && s.w[$0] == "," }), ["in", "if", "when", "once", "even"].contains(s.w[k]),
           let n = s.word(c + 1), ["remain", "stay", "keep", "always", "never", "don't"].contains(n) { return true }
        // "Going forward, we will ...", "In future, we should ..."
        for lead in ["going forward", "moving forward", "in future", "in the future", "from now on", "next time", "in the long term"] where s.has(lead, at: k) {
            k += lead.split(separator: " ").count
            while k < s.count, s.isPunct(k) { k += 1 }
            break
        }
        guard k < s.count else { return false }
        // "Going forward TapWave will ensure proper monitoring of terminals": after a lead into the future, any subject's promise
        if k > s.firstWordIndex, let w = s.span(k, k + 4).first(where: { ["will", "shall", "must", "should"].contains(s.w[$0]) }), w > k,
           s.span(k, w).allSatisfy({ s.isWord($0) && !["it", "this", "that", "there", "if", "when"].contains(s.w[$0]) }), let v = s.word(w + 1),
           Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) { return true }
        // "documentation needs attention", "alerting needs work"
        // "We are committed to improving our processes so that this does not happen again"
        // ("we are determined to use the lessons within it to put things right", "We are committed to doing those things to make the communities ... more resilient")
        if s.find("committed to") != nil || s.find("determined to") != nil, s.containsAny(["improving", "improve", "strengthen", "enhance", "continually", "continuously", "ensuring", "strengthening", "preventing", "making", "investing", "make", "right", "resilient", "better"]) { return true }
        // "We're going to sort out how mod duty works"
        // ("I promise I'm going to do better", "we're going to double down on quality")
        if let g = s.span(k, k + 4).first(where: { ["we're", "i'm"].contains(s.w[$0]) && s.has("going to", at: $0 + 1) }), let v = s.word(g + 3),
           Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["sort", "get", "look", "double", "treat", "tighten"].contains(v) || v == "do" && s.word(g + 4) == "better" { return true }
        // ("We go to revise all the configurations of the gateways to be sure they are correct": the same promise in a second language)
        if ["we", "i"].contains(s.w[k]), s.word(k + 1) == "go", s.word(k + 2) == "to", let v = s.word(k + 3),
           Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) { return true }
        // "can we all just keep a closer eye on the backup from now on pls", "can someone pls look at the alerting": a request in a chat
        if s.w[k] == "can", ["we", "someone", "somebody", "you", "everyone"].contains(s.word(k + 1) ?? ""),
           let v = s.span(k + 2, k + 6).first(where: { !["all", "just", "pls", "please", "plz", "maybe", "also", "now"].contains(s.w[$0]) }),
           Lex.vagueVerbs.contains(s.w[v]) || Coach.imperativeVerbs.contains(s.w[v]) || ["look", "keep", "check", "fix", "sort", "get", "make"].contains(s.w[v]) { return true }
        // "SMRT said that it would engage external experts to ...", "the company said it will put measures in place": a promise reported
        if let v = s.span(k, s.count).first(where: { ["said", "says", "stated", "added", "announced", "confirmed", "pledged", "promised", "explained", "told"].contains(s.w[$0]) }),
           case var p = v + 1, true {
            if ["that", "reporters", "us", "customers", "residents", "journalists", "the"].contains(s.word(p) ?? "") && s.word(p) != "the" { p += 1 }
            if s.word(p) == "that" { p += 1 }
            if ["it", "they", "we", "he", "she", "the"].contains(s.word(p) ?? ""), let m = s.span(p + 1, p + 4).first(where: { ["would", "will", "was", "were", "is", "are"].contains(s.w[$0]) }),
               s.span(p + 1, m).allSatisfy({ s.isWord($0) && !Lex.clauseBreakers.contains(s.w[$0]) }) {
                var q = m + 1
                while let x = s.word(q), ["also", "now", "be", "further", "soon", "then", "urgently", "immediately"].contains(x) { q += 1 }
                if ["was", "were", "is", "are"].contains(s.w[m]) { guard let x = s.word(q), ["taking", "working", "reviewing", "looking", "planning", "committed", "going"].contains(x) else { return false }; return true }
                if let x = s.word(q), Lex.vagueVerbs.contains(x) || Lex.concreteVerbs.contains(x) || Coach.imperativeVerbs.contains(x) || ActionChecker.studyVerbs.contains(x)
                    || ["engage", "introduce", "put", "take", "look", "complete", "conduct", "carry", "launch", "commission", "implementing", "introducing", "reviewing"].contains(x) { return true }
            }
        }
        // "There's no question that we will look at that capability": the promise inside a frame
        // ("some load testing gaps that we're going to address": the same, going to)
        if let w = s.span(k + 2, s.count).first(where: { q in s.w[q - 1] == "that" && (["we'll", "i'll"].contains(s.w[q]) || ["we", "i"].contains(s.w[q]) && ["will", "need", "must"].contains(s.word(q + 1) ?? "")
                || s.w[q] == "we're" && s.has("going to", at: q + 1)) }),
           case let v0 = s.w[w].hasSuffix("'ll") ? w + 1 : s.w[w] == "we're" ? w + 3 : w + 2, let v = s.span(v0, v0 + 3).first(where: { !["also", "definitely", "certainly", "now", "then", "be", "further", "to", "continue"].contains(s.w[$0]) }).map({ s.w[$0] }),
           Lex.vagueVerbs.contains(v) || ActionChecker.studyVerbs.contains(v) || ["look", "do", "prepare", "try", "work"].contains(v) { return true }
        // "We will look at that capability" after a name: "UK Border Force will complete a full investigation into the cause"
        if s.toks[k].isCapitalized, let w = s.span(k + 1, k + 5).first(where: { ["will", "shall"].contains(s.w[$0]) }),
           s.span(k, w).allSatisfy({ s.isWord($0) && s.toks[$0].isCapitalized }), let v = s.word(w + 1),
           Lex.vagueVerbs.contains(v) || ActionChecker.studyVerbs.contains(v) || ["complete", "conduct", "carry", "look", "launch", "commission", "undertake"].contains(v) { return true }
        // "... and have taken steps to make certain that similar problems do not happen again", "they are working on updating their procedures"
        // ("I can assure you, I didn't have to look up this date": an assurance about the past, not a promise)
        if let a = ["i can assure", "we can assure", "i assure", "we assure"].lazy.compactMap({ s.find($0) }).first,
           s.span(a + 3, a + 9).contains(where: { ["didn't", "wasn't", "weren't", "hadn't", "did", "was", "were", "had"].contains(s.w[$0]) }), !s.containsAny(["will", "won't", "future", "again"]) { return false }
        for p in ["taking steps to", "taken steps to", "will be working to", "will work to", "continually improve", "continuously improve", "constantly improve", "every effort is being made", "every effort will be made", "lessons needed to be", "lessons need to be", "lessons will be learned", "lessons will be learnt",
                  "plans in place to prevent", "in an effort to prevent", "prevent future occurrences", "prevent a similar situation", "prevent similar situations", "definitely prepare for",
                  "have taken steps to", "are taking steps to", "will take steps to", "have taken measures to", "are working on", "will be working on", "is working on",
                  "we are implementing", "we are putting in place", "we are introducing",
                  // "... and will strive to provide more accurate information in the future", "we will be making changes in the future"
                  "will strive to", "will attempt to", "will endeavour to", "will endeavor to", "will be making changes", "will make changes", "will be ensuring",
                  // "we are already hard at work on preventive measures", "We're working through ways to prevent ...", "we will ensure this type of failure does not happen again"
                  "hard at work on", "working through ways to", "we will ensure", "working hard to", "are doing everything", "doing everything we can", "doing all we can", "we'll ensure", "will continue to improve", "taken remediations", "an effort to re-evaluate",
                  // "We are looking into ways to make sure this does not happen to you again", "we will continue to do our best",
                  // "The agency is acting quickly to adopt any other lessons learned", "we are working towards making sure that there is no reoccurence"
                  "looking into ways", "looking at ways", "exploring ways", "investigating ways", "continue to do our best", "will do our best", "adopt any other lessons", "adopt the lessons",
                  "apply the lessons", "working diligently to", "working tirelessly to", "are reviewing our", "will review our", "reviewing all our", "review all our", "drawn appropriate conclusions", "draw appropriate conclusions", "drawn the necessary conclusions", "drawn the appropriate conclusions", "we are thinking about", "we're thinking about", "motivated us to think", "committed to doing better", "committed to learning", "will be reviewing our", "we're reviewing our",
                  "we're investing in", "we are investing in", "we'll invest in", "will invest in", "will thoroughly", "work to restore the trust", "doing our utmost", "reviewing our processes", "review our processes", "reviewing our procedures",
                  "reviewing its processes", "reviewing their processes", "prevention measures", "preventive measures", "preventative measures", "as a catalyst to improve", "accelerated engineering efforts", "working towards making sure", "working towards ensuring", "working toward making sure", "commits to", "is committed to", "undertakes to", "has undertaken to", "have undertaken to",
                  // "must give further consideration to the resilience of ...", "All field staff are reminded to be more vigilant", "we need to look into config safety"
                  "give further consideration to", "give consideration to", "lessons to be learnt", "lessons to be learned", "could be more robust", "we call on", "calls on the", "we urge", "take appropriate steps", "strengthen its governance", "strengthen its oversight",
                  "work together more closely", "importance of following", "will look into", "'ll look into", "they'll look into", "we'll look into", "i'll look into", "i'll try to", "we'll try to",
                  "is to ensure", "are to ensure", "under close review", "keep the matter under", "i can assure", "we can assure", "i assure", "we assure", "be getting", "we can do better", "we must do better", "we need to do better", "follow this up with", "take personal action", "will be looking into", "should be more robust", "needs to be more robust", "are reminded to", "is reminded to", "are requested to", "is requested to", "has been instructed to", "have been instructed to", "has also been instructed to", "are being asked to", "is being asked to", "need to look into", "needs to look into",
                  // "We are prioritizing further prevention and mitigation measures", "we plan to implement a more distributed storage design",
                  // "several improvements that we are now implementing", "areas of improvement ..., several of which we are actively working on"
                  "we are prioritizing", "we are prioritising", "we're prioritizing", "we're prioritising", "we plan to", "we're planning to", "we are planning to",
                  // "We are investigating remediations for ...", "we are actively working with our provider to ...", "fixing them will be the focus next week"
                  "investigating remediations", "investigating remediation", "evaluating options", "exploring options", "investigating options", "are actively working with", "are working closely with",
                  "are working with our", "we are in the process of", "we're in the process of", "will be the focus", "will be our focus", "will be a focus",
                  "we are now implementing", "we are now working", "which we are actively", "which we are now", "of which we are", "that we are now implementing", "we intend to", "we aim to",
                  // "We are continuing to work on action items", "put safeguards in place", "developed a preventative plan to optimize ...",
                  // "Finding these answers will require better monitoring", "Before migration, plan ahead", "To double and triple check"
                  "work on action items", "working on action items", "put safeguards in place", "implement certain safeguards", "preventative plan", "preventive plan",
                  "will require better", "will require more", "plan ahead", "double and triple check", "double and triple-check", "will be prioritized", "will be prioritised"] where s.find(p) != nil { return true }
        // ("We're sharing this report publicly to demonstrate our commitment to transparency": a value shown, not a promise of change)
        if let c = s.find("our commitment"), !["transparency", "openness", "honesty"].contains(s.word(c + 3) ?? "") { return true }
        // "Lessons learned will be shared with relevant officers", "A comprehensive review ... will be undertaken": a passive promise, whatever its subject
        // ("Plans and training protocol should be revisited to ensure ...": the same with "should" or "must")
        // ("Other automated alarms, etc. are also being considered for future": the same, in progress)
        if let be = s.span(k + 1, s.count).first(where: { s.w[$0] == "be" && ["will", "to", "shall", "should", "must"].contains(s.w[$0 - 1]) || s.w[$0] == "being" && ["are", "is", "also"].contains(s.w[$0 - 1]) }), s.span(k, be).allSatisfy({ !["we", "i", "you", "if", "when"].contains(s.w[$0]) }),
           let p = s.word(be + 1), ActionChecker.passivePromiseVerbs[p] != nil { return true }
        // "Monitoring and alerting improvements.", "Documentation updates for the on-call guide": a topic heading with no verb, in plain text
        if role == .other, s.toks.filter({ $0.kind == .word }).count <= (s.containsAny(["owner", "owners"]) ? 10 : 7), s.containsAny(["improvements", "updates", "enhancements"]), !s.containsAny(["was", "were", "is", "are", "had", "has"]) { return true }
        // "Better alerts for systemd service failures is necessary": a need stated as the lesson
        // ("Playbooks for disaster recovery would be beneficial", "Lesson learned is to ensure that ...": the same need, put softly)
        if [.lessons, .couldBeBetter, .other].contains(role), ["is necessary", "are necessary", "is needed", "are needed", "would be beneficial", "lesson learned is to", "lesson is to", "lesson here is to", "takeaway is to"].contains(where: { s.find($0) != nil }) { return true }
        for p in ["needs attention", "need attention", "needs work", "need work", "needs improvement", "needs improving", "needs to improve", "need to improve",
                  "should be improved", "must be improved", "needs to be improved", "needs more love", "needs some love", "could be improved", "can be improved"] where s.find(p) != nil { return true }
        // "@tunde to investigate ...", "To make the deployment process more robust"
        // (but "To ensure compatibility, the code needed to check ..." is a purpose clause before a statement)
        if s.w[k] == "to", let v = s.word(k + 1), Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) {
            // ("To avoid tainting the player progress we're not reimbursing anything": the purpose, then a statement with no comma)
            let purpose = s.span(k + 2, s.count).first { s.isPunct($0) && s.w[$0] == "," }.map { c in
                s.word(c + 1).map { AgentFinder.determiners.contains($0) || ["we", "they", "it", "i", "he", "she", "there", "this"].contains($0) } ?? false } ?? false
                || s.span(k + 2, s.count).contains(where: { ["we're", "we've", "we'd"].contains(s.w[$0]) || s.w[$0] == "we" && ["are", "have", "had", "were", "did"].contains(s.word($0 + 1) ?? "") })
            return !purpose
        }
        if s.w[k].hasPrefix("@") || Lex.firstNames.contains(s.w[k]), s.word(k + 1) == "to" { return true }
        // "Management to review the adequacy of ...", "Team to be more vigilant", "Contractors to be reminded of ...": who, then the order
        if Lex.roles.contains(s.w[k]) || Lex.departments.contains(s.w[k]) || ["everyone", "everybody", "contractors", "engineers", "all"].contains(s.w[k]),
           s.word(k + 1) == "to", let v = s.word(k + 2), v == "be" || Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) { return true }
        // ("All cluster admins to be more careful when running maintenance scripts", "graphics team to be more careful": the role after a modifier)
        if ["all", "every"].contains(s.w[k]) || k + 1 < s.count && Lex.roles.contains(s.w[k + 1]) && !AgentFinder.determiners.contains(s.w[k]) && s.isWord(k),
           let t = s.span(k + 1, k + 4).first(where: { s.w[$0] == "to" }), Lex.roles.contains(s.w[t - 1]), s.span(k + 1, t).allSatisfy({ s.isWord($0) }),
           let v = s.word(t + 1), v == "be" || Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["receive", "undergo", "attend", "get"].contains(v) { return true }
        // ("D7 Prevent recurrence: maintenance to be more careful when working on CCP equipment": whoever is named, told to take care)
        if s.isWord(k), s.word(k + 1) == "to", s.word(k + 2) == "be", ["more", "careful", "extra", "vigilant", "reminded", "trained", "retrained", "aware", "mindful", "cautious"].contains(s.word(k + 3) ?? "") { return true }
        // "Be more careful with config changes going forward": an order to people, in any section
        if s.w[k] == "be", let n = s.word(k + 1), ["more", "careful", "extra", "vigilant", "aware", "mindful", "cautious", "better"].contains(n) { return true }
        // "Engineers should be more careful", "Everyone must double-check"
        // ("The Court will review its change management arrangements", "The Client should ensure better coordination": a body's promise)
        // ("The interface team will review their alerting": a modifier before the role)
        // ("Hospitals should have a plan in place for ...": bodies of a kind, in the plural)
        if Lex.roles.contains(s.w[k]) || Lex.departments.contains(s.w[k]) || ["everyone", "everybody", "people", "teams", "all", "you"].contains(s.w[k]) || AgentFinder.determiners.contains(s.w[k]) && s.word(k + 1).map({ Lex.roles.contains($0) || ActionChecker.bodies.contains($0) }) == true
            || s.w[k].hasSuffix("s") && ActionChecker.bodies.contains(String(s.w[k].dropLast()))
            // ("Development team will be more careful about database changes")
            || s.isWord(k) && ["team", "teams", "staff", "department"].contains(s.word(k + 1) ?? "")
            || AgentFinder.determiners.contains(s.w[k]) && s.isWord(k + 1) && ["team", "teams", "department", "group"].contains(s.word(k + 2) ?? "")
            // ("Also, our teams will work to improve our performance testing capabilities")
            || ["our", "the"].contains(s.w[k]) && ["team", "teams", "engineers", "staff"].contains(s.word(k + 1) ?? "") {
            let m = s.span(k + 1, k + 4).first { ["should", "must", "need", "needs", "will", "shall"].contains(s.w[$0]) }
            if let m, let n = s.word(m + 1), n != "have" || ["a", "an"].contains(s.word(m + 2) ?? ""), n != "not", !n.hasSuffix("n't") { return true }
        }
        if ["we", "we'll", "i", "i'll", "team"].contains(s.w[k]) {
            // ("We also need to look into our runbooks ...": an adverb before the need)
            if ["also", "really", "definitely", "still", "probably", "just", "clearly", "certainly"].contains(s.word(k + 1) ?? ""), s.w[k] != "we'll", s.w[k] != "i'll" { k += 1 }
            let n = s.word(k + 1) ?? ""
            if s.w[k] == "we'll" || s.w[k] == "i'll" { return !LanguageChecker.hindsightVerbs.contains(n) }
            if ["will", "should", "must", "need", "needs", "shall"].contains(n) || n == "have" && s.word(k + 2) == "to" || n == "are" && s.word(k + 2) == "going" {
                // "we should have ..." is a counterfactual, not a plan
                let m = s.word(k + 2) ?? ""
                return m != "have" && m != "not" && m != "never" && !m.hasSuffix("n't") && !m.hasSuffix("ed")
            }
            return false
        }
        // (a lesson written as an order, "Automate manual processes if possible.", is held to an action's standard too)
        // (only a slogan or a hedged order; "Check replica lag before promoting a replica" is a lesson that names its step)
        guard role == .other || role == .lessons && (s.toks.filter({ $0.kind == .word }).count <= 5 || ["if possible", "where possible", "when possible", "if we can"].contains(where: { s.find($0) != nil })
                || ["more", "better"].contains(s.w[k]) || ActionChecker.vagueMultiword.contains(where: { s.find($0) != nil })),
              k + 1 < s.count else { return false }
        // ("- fix the flaky integration test", "look into the PLC firmware situation": a chat or bullet order in lower case)
        // ("more testing before big launches pls": a wish for more, in lower case)
        guard s.toks[k].isCapitalized || role == .other && (k > 0 && s.w[k - 1] == "-" || ["into", "the", "a", "an", "better", "more", "up", "out", "our", "all", "alerts"].contains(s.w[k + 1]) || ["more", "better"].contains(s.w[k])) else { return false }
        let v = s.w[k], n = s.w[k + 1]
        guard Lex.vagueVerbs.contains(v) || Lex.concreteVerbs.contains(v) || Coach.imperativeVerbs.contains(v) || ["update", "fix", "more", "better", "improved", "additional", "get", "sort", "refresh", "document", "write", "look"].contains(v) else { return false }
        // "Review of the logs showed ...", "Check failures rose": a noun, not an order
        if ["of", "was", "is", "were", "are", "has", "had", "showed", "shows", "found", "revealed", "took", "failed", "ran", "fired", "rose"].contains(n) || s.isPunct(k + 1) { return false }
        // "Support posted a status update": a team and its past act
        if n.hasSuffix("ed"), n.count > 4, Lex.roles.contains(v) || Lex.departments.contains(v) { return false }
        return !s.w.dropFirst(k + 1).contains { ["was", "were", "had"].contains($0) }
    }

    /// Verbs that open an order in plain text, beyond the action checker's vague and concrete verbs: "Work with the vendor to ...".
    static let imperativeVerbs: Set<String> = ["tidy", "work", "level", "carry", "provide", "offer", "schedule", "hold", "organize", "organise", "establish", "consider",
        "continue", "keep", "strengthen", "harden", "revisit", "rethink", "refine", "tighten", "enhance", "streamline", "formalize", "formalise",
        "standardize", "standardise", "introduce", "implement", "adopt", "ensure", "increase", "reduce", "raise", "lower", "expand", "extend", "remind"]

    /// A statement of the cause: "The outage came down to a typo", "Root cause: ...", "It was caused by ...".
    static func isCauseStatement(_ s: Sentence) -> Bool {
        // "RC prelim: misconfig on the arena terminal bank", "RCA: ...": a cause label in shorthand
        // ("RC for the doc: friday backup check not done")
        if ["rc", "rca"].contains(s.w[s.firstWordIndex]), s.span(s.firstWordIndex + 1, s.firstWordIndex + 5).contains(where: { s.w[$0] == ":" || s.w[$0] == "=" }) { return true }
        // "recipe release checklist step 4 ... not performed", "pre-DST load test wasn't run this year": a step named and not done
        // (not "if the audit purge job has not completed in 36 hours": a condition on a job, not a step left undone)
        if s.w.indices.contains(where: { i in LanguageChecker.doneParticiples.contains(s.w[i]) && i > 1 && (["wasn't", "weren't"].contains(s.w[i - 1])
            || s.w[i - 1] == "not" && !["has", "have", "had", "did", "does", "do", "will", "would", "should", "could", "is", "are"].contains(s.w[i - 2]))
            && s.span(max(0, i - 8), i).contains(where: { LanguageChecker.stepSubjects.contains(s.w[$0]) }) }) { return true }
        for p in ["root cause", "the cause", "came down to", "comes down to", "boiled down to", "boils down to", "caused by", "was due to",
                  "were due to", "is due to", "because of", "primary cause", "main cause", "underlying cause", "direct cause", "trigger was",
                  "caused it", "caused this", "caused the", "caused an", "caused a", "led to the", "resulted in the", "to blame for",
                  // "The /home filesystem was unmounted by accident during maintenance.", "Misconfiguration of the load balancer by an engineer.",
                  // "The dry-run of the collections import was skipped.": an accident, a misconfiguration or a skipped step is told as the cause
                  "by accident", "by mistake", "misconfiguration of", "resulted from a failure", "resulted from the failure", "was skipped", "were skipped", "was not carried out", "were not carried out",
                  // "The analyser middleware was misconfigured during the upgrade", "The fragment was accidentally left out of the purge list", "Contributing factor 3: ..."
                  "was misconfigured", "were misconfigured", "was accidentally", "were accidentally", "was inadvertently", "were inadvertently", "was mistakenly", "were mistakenly", "contributing factor"] where s.find(p) != nil {
            return true
        }
        return false
    }

    /// People and businesses an outage happens to.
    static let populationNouns: Set<String> = ["users", "user", "customers", "customer", "merchants", "players", "shoppers", "residents",
        "subscribers", "visitors", "tenants", "members", "riders", "drivers", "patients", "traders", "guests", "buyers", "sellers", "cardholders",
        "viewers", "listeners", "readers", "students", "passengers", "advertisers", "partners", "consumers", "households", "accounts", "everyone",
        "owners", "developers", "employees", "staff", "creators", "claimants", "requests", "orders", "payments", "transactions", "bookings", "checkouts",
        "logins", "deliveries", "messages", "emails", "calls", "queries", "uploads", "downloads", "builds", "jobs", "sessions",
        // ("Patrons at most branches could not renew loans", "Commuters across the city were left stranded", "loads of families without their lessons")
        "patrons", "commuters", "travellers", "travelers", "callers", "filers", "applicants", "candidates", "families", "parents", "researchers",
        "couples", "neighbourhoods", "neighborhoods", "citizens", "pupils", "borrowers", "homeowners", "shippers"]
    static let impactVerbs: Set<String> = ["affected", "impacted", "unable", "couldn't", "cannot", "can't", "experienced", "saw", "received", "missed", "late", "stranded",
        "lost", "disrupted", "delayed", "stuck", "locked", "logged", "charged", "degraded", "errors", "timeouts", "outage", "downtime",
        "stale", "unavailable", "wait", "waited", "rejected", "declined", "dropped", "errored", "unreachable", "seeing", "experiencing"]

    /// An impact statement with no section: a population and what happened to it, with no number at all.
    static func isImpactStatement(_ s: Sentence) -> Bool {
        // "- Impact: a bunch of double bookings over the summer peak": the label says what it is
        if s.w[s.firstWordIndex] == "impact", s.word(s.firstWordIndex + 1) == ":" { return true }
        // (the shapes only an impact statement has, numbers or apologies around them or not: "a large share of the orders ... were cancelled")
        if LanguageChecker.apologyImpactShape(s) { return true }
        // (an apology that counts its readers loosely, "Some of you received the wrong case ... - we're so sorry", is still the impact)
        // ("a great many of our supporters were unable to give ..., and we are deeply sorry": the apology and the harm it counts loosely)
        if countedLoosely(s), !s.containsAny(["regret", "apologize", "apologise", "apologies", "sorry"]) || looseCounts.contains(where: { $0.hasSuffix("of you") && s.find($0) != nil })
            || s.containsAny(["unable", "couldn't", "experienced", "delay", "delays"]) || s.find("could not") != nil { return true }
        if s.hasNumber || s.containsAny(["regret", "apologize", "apologise", "apologies", "sorry", "responsibility", "among"]) { return false }
        // ("A lot of customers wrote in to thank the support team": gratitude, counted loosely, is not a harm)
        if s.containsAny(["thank", "thanks", "thanked", "grateful", "praised", "compliments", "appreciation"]) { return false }
        // "The event caused considerable disruption to early-morning services", "Our support inbox basically exploded for the rest of the week":
        // the harm sized by an adjective or a dramatic verb
        if s.w.indices.contains(where: { k in ["considerable", "significant", "major", "serious", "widespread", "substantial", "massive", "huge"].contains(s.w[k])
            && ["disruption", "disruptions", "downtime", "outage", "outages", "inconvenience", "delays", "overtime", "trouble", "costs", "hardship", "distress", "pressure", "strain", "workload"].contains(s.word(k + 1 + (["unplanned", "unexpected", "additional", "extra"].contains(s.word(k + 1) ?? "") ? 1 : 0)) ?? "") })
            || s.w.contains(where: { LanguageChecker.dramaticWords.contains($0) }) && s.containsAny(["inbox", "queue", "tickets", "calls", "complaints", "volume", "phones"]) { return true }
        // "Many candidates had their exams interrupted.", "A significant number of claims were processed twice.": a vague count
        // opens the sentence and something went wrong for whatever it counts
        let f = s.firstWordIndex
        let opensCounted = ["some", "many", "several", "numerous", "multiple", "widespread", "significant", "most"].contains(s.w[f])
            || ["large", "huge", "great", "vast"].contains(s.w[f]) && ["number", "numbers", "amount", "amounts"].contains(s.word(f + 1) ?? "")
            || s.w[f] == "a" && ["number", "lot", "significant", "large", "huge", "handful", "subset", "portion", "substantial", "considerable"].contains(s.word(f + 1) ?? "")
        // ("Most of the morning was spent confirming that no data had been lost": a harm denied)
        if opensCounted, s.w.indices.contains(where: { k in let x = s.w[k]; return (LanguageChecker.impactWords.contains(x) || LanguageChecker.harmVerbs.contains(x)
            || ["missed", "deferred", "twice", "delays", "loss", "lost", "duplicate", "duplicated", "stale", "missing", "disconnected", "late", "overcharged",
                "stopped", "corrupted", "lagging", "stuck", "locked", "timeouts", "unreachable", "declined", "errored", "unsaleable", "unusable", "scrapped", "spoiled", "spoilt", "wasted", "destroyed",
                "faced", "uncertainty", "hardship", "stranded", "complaints"].contains(x) || x.hasPrefix("wrong")) && !s.negated(before: k, within: 4) }),
           // ("Multiple process failures during the migration led to this": the causes, counted loosely)
           !s.w.indices.contains(where: { recoversHere(s, $0) || ["led", "caused", "resulted", "contributed", "triggered", "because", "due"].contains(s.w[$0]) }) { return true }
        return s.w.contains { populationNouns.contains($0) } && (s.w.contains { impactVerbs.contains($0) } || s.find("could not") != nil)
    }

    /// A recovery word that tells the recovery, not one inside a time clause ("went out wrong before anyone caught it").
    /// ("Smart meters stopped reporting overnight": what stopped is the service, not the harm)
    static func recoversHere(_ s: Sentence, _ k: Int) -> Bool {
        LanguageChecker.recoveryWords.contains(s.w[k]) && !s.span(k - 3, k).contains(where: { ["before", "until"].contains(s.w[$0]) }) && !stoppedDoing(s, k)
    }

    /// "stopped picking", "stopped reporting": something stopped working, a harm; "errors stopped" is the recovery.
    /// ("Several teams stopped deploying during the freeze, as agreed": a stop on purpose is neither)
    static func stoppedDoing(_ s: Sentence, _ k: Int) -> Bool {
        ["stopped", "ceased"].contains(s.w[k]) && (s.word(k + 1).map { $0.hasSuffix("ing") && $0.count > 5 } ?? false)
            && !["as agreed", "as planned", "as designed", "as intended", "as expected", "by design", "on purpose", "deliberately", "intended", "freeze", "so that", "to avoid", "to protect"].contains(where: { s.find($0) != nil })
    }

    /// Ways of counting without a number: "lots of matches", "a few monitored homes", "part of the users".
    static let looseCounts: [String] = ["lots of", "tons of", "loads of", "a ton of", "a lot of", "some of you", "many of you", "most of you", "a few of you", "a handful of", "a chunk of", "parts of", "part of the", "much of the", "most of the",
        "a large part of", "a big part of", "large parts of", "a bunch of", "a good part of", "a considerable part of", "a ton of you", "loads of you", "lots of you",
        "a large number of", "a significant number of", "a number of", "a whole lot of", "a good chunk of", "several", "many", "a few", "most",
        "huge numbers of", "large numbers of", "a big portion of", "a large portion of", "a large share of", "a big share of", "a good share of", "a lot of you", "huge numbers of you", "large numbers of you", "some of them", "many of them", "most of them", "a few of them", "a couple of", "some of our", "many of our", "a few of our", "a great many", "a great many of", "plenty", "plenty of", "a serious amount of", "a substantial amount of"]
    /// Whom or what an outage happens to, beyond `populationNouns`: "games", "homes", "farms", "workers".
    static let affectedOnes: Set<String> = populationNouns.union(LanguageChecker.affectedThings).union(["games", "matches", "homes", "farms", "gifts", "workers",
        "donors", "keyholders", "membership", "base", "parishes", "employers", "families", "schools", "sites", "branches", "shops", "restaurants", "clinics", "people",
        "morning", "afternoon", "evening", "night", "day", "days", "hours", "weeks", "weekend", "you", "also", "found", "segment", "segments", "fleet", "bookings", "orders", "deliveries",
        "hospitals", "depots", "families", "couriers", "riders", "listeners", "couples", "guests", "shipments", "areas", "stores", "patients", "students",
        "managers", "roads", "streets", "routes", "players", "viewers", "callers", "litigants", "practitioners", "members", "air"])

    /// An impact told with a loose count anywhere in it, even after a time or a chat prefix ("[22:40] devon: tl;dr lots of matches got
    /// stuck in lobby", "After the 23:40 receiver restart, a few monitored homes still had alarms sitting in the queue"): the count
    /// names people or things affected, something went wrong for them, and nothing in it is a count in digits.
    static func countedLoosely(_ s: Sentence) -> Bool {
        guard !s.hasQuantity(countingWords: false), !s.isQuestion else { return false }
        let harm: Set<String> = ["stuck", "late", "missed", "messed", "short-paid", "angry", "upset", "wrong", "duplicated", "duplicate", "twice", "locked",
            "lost", "delayed", "degradation", "degraded", "unable", "couldn't", "failed", "errors", "charged", "overcharged", "disconnected", "dropped", "noticed", "complained", "elevated",
            "gaps", "overwhelmed", "swamped", "walking", "suspended", "stale", "polluted", "corrupted", "later", "left", "double", "without", "held",
            "sad", "worry", "worried", "yelled", "shouted", "dc'd", "kicked", "dead", "unploughed", "stranded", "cancelled", "canceled",
            "unhappy", "frustrated", "confused", "backed", "trouble", "problems", "difficulties", "delays", "disruptions", "down", "losing", "complaints", "mad", "loss", "suffered", "affecting", "broken", "uncertainty", "faced", "buffering", "erroring", "incorrect", "stranded", "anxious", "hammered", "postpone", "postponed", "overcharged", "hungry", "stressed", "waiting", "rejecting", "rejected", "crawling", "rough", "ringing", "inconvenienced", "hardship", "deprived"]
        guard s.w.indices.contains(where: { (harm.contains(s.w[$0]) || s.w[$0].hasPrefix("wrong")) && !s.negated(before: $0, within: 4) || s.w[$0].hasSuffix("n't") || stoppedDoing(s, $0) }) else { return false }
        // "it took a long time to clean it up": a length with no number
        if ["took a long time", "for a long time", "for ages", "took ages"].contains(where: { s.find($0) != nil }) { return true }
        // (what led to it is the cause, counted loosely: "several misconfigured hosts caused ..."; but "Gate failures caused long
        // queues and a lot of unhappy guests" counts the effect)
        if s.w.indices.contains(where: { recoversHere(s, $0) || ["because", "due", "if", "would", "unaffected"].contains(s.w[$0]) }) { return false }
        let causeVerbs: Set<String> = ["led", "caused", "resulted", "contributed", "triggered"]
        for p in looseCounts {
            guard let at = s.find(p), !s.span(at, s.count).contains(where: { causeVerbs.contains(s.w[$0]) }) else { continue }
            let e = at + p.split(separator: " ").count
            if p.hasSuffix("of you") || p.hasSuffix("of them") { return true }
            let near = s.span(e, min(e + 4, s.endIndexBeforeFinalPunct + 1))
            // ("a bunch of shots late to client": whatever is counted, when the harm follows it)
            let counted = near.contains(where: { affectedOnes.contains(s.w[$0]) })
                || near.contains(where: { LanguageChecker.isPluralNoun(s.w[$0]) && !["changes", "steps", "things", "reasons", "factors", "issues", "problems", "bugs", "questions", "ideas"].contains(s.w[$0]) })
                    // ("A few of the engineers stayed late to watch the rollout": late on purpose)
                    && (s.span(e, s.count).contains(where: { harm.contains(s.w[$0]) && !(s.w[$0] == "late" && ["stayed", "stay", "worked", "working", "work"].contains(s.w[$0 - 1])) || stoppedDoing(s, $0) })
                        // ("gates were rejecting tons of valid passes": the harm done to what is counted, just before it)
                        || s.span(max(0, at - 2), at).contains(where: { harm.contains(s.w[$0]) && s.w[$0].hasSuffix("ing") }))
            if counted && near.allSatisfy({ s.isWord($0) || s.w[$0] == "-" }) { return true }
            // ("Commuters ... were left stranded and many were late for work": the count standing alone for the people just named)
            if ["many", "several", "most"].contains(p), at > 0, ["and", ","].contains(s.w[at - 1]), ["were", "had", "could", "couldn't", "got"].contains(s.word(e) ?? ""),
               s.span(e + 1, min(s.count, e + 4)).contains(where: { harm.contains(s.w[$0]) || s.w[$0].hasSuffix("n't") }) { return true }
        }
        return false
    }
}
