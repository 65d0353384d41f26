import PostmortemCore

/// `/followup`: walks every unfinished action item, asks for its status, then records the review.
///
/// At each item: Enter keeps it as it is; `in-progress`, `done EVIDENCE`, `wont-do REASON`,
/// `open` change it. Ctrl-C or /quit stops the walk (changes already made stay).
struct FollowUpReview {
    let session: InterviewSession

    func run() {
        let pm = session.pm, out = session.out
        guard pm.phase == .followUp else {
            out.refuse("The follow-up review starts after publication; this post-mortem is \(pm.phase.label.lowercased()).")
            return
        }
        let open = pm.actionItems.indices.filter { !pm.status(ofAction: $0 + 1).isFinished }
        out.heading("Follow-up review: \(open.count) open item\(open.count == 1 ? "" : "s")")
        out.note("For each: Enter keeps it; type in-progress, open, done EVIDENCE or wont-do REASON.")
        let today = session.env.clock().day
        for i in open {
            let item = session.pm.actionItems[i], n = i + 1
            let progress = session.pm.actionProgress[n]
            let due = progress?.due ?? item.due
            let overdue = due.map { $0 < today } ?? false
            out.line("\(n). \(item.what.neutralized) — \(progress?.owner ?? item.owner ?? "no owner"), \(item.priority?.rawValue ?? "-"), due \(due?.iso ?? "-")"
                + (overdue ? " " + out.styled("OVERDUE", .red) : "") + " [\(session.pm.status(ofAction: n).rawValue)]")
            while true {
                guard case .line(let raw) = session.reader.readLine(prompt: "action \(n)> ") else { return }
                let text = raw.trimmed
                if text.isEmpty { break }
                if text == "/quit" { return }
                let word = text.prefix { !$0.isWhitespace }.lowercased()
                let detail = String(text.dropFirst(word.count)).trimmed
                guard let status = ActionStatus(rawValue: word) else {
                    out.refuse("Type in-progress, open, done EVIDENCE or wont-do REASON (or Enter to keep it), e.g. done https://tracker.example.com/T-12")
                    continue
                }
                let command = Command.setActionStatus(index: n, status: status, evidence: status == .done ? detail : nil,
                                                      reason: status == .wontDo ? detail : nil)
                if session.perform(command) { out.ok("Action \(n) is \(status.rawValue)."); break }
            }
        }
        var notes: String?
        if case .line(let raw) = session.reader.readLine(prompt: "review notes (optional)> "), !raw.trimmed.isEmpty { notes = raw.trimmed }
        if session.perform(.recordFollowUpReview(notes: notes)), let next = session.pm.followUpDue {
            out.ok("Follow-up review recorded. Next review due \(next.iso).")
        }
    }
}
