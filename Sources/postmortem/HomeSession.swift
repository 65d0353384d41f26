import PostmortemCore
import PostmortemREPL
import PostmortemStore

/// The home REPL (`postmortem` with no command): your open action items first, then
/// every post-mortem here with its phase and what is due; opens one.
struct HomeSession {
    let app: App
    let reader: LineReader

    func run() {
        let out = app.out
        out.heading("postmortem — \(app.workspace.path) — you are \(app.actor)")
        showMyActions()
        app.printOverview()
        out.note("Type an id to open it, /new TITLE to start one, /review ID, /help. Ctrl-D leaves.")
        while true {
            installCompleter()  // a session opened from here installs its own
            switch reader.readLine(prompt: "postmortem> ") {
            case .interrupted: continue
            case .endOfInput: return
            case .line(let raw):
                let line = raw.trimmed
                guard !line.isEmpty else { continue }
                reader.addHistory(line)
                let word = line.prefix { !$0.isWhitespace }
                let rest = String(line.dropFirst(word.count)).trimmed
                do {
                    switch word {
                    case "/quit", "/q", "/exit": return
                    case "/help": SessionHelp.print(topic: nil, role: .home, to: out)
                    case "/new": try app.interview(try app.create(id: nil, template: "standard", title: rest.isEmpty ? nil : rest), reader: reader)
                    case "/open": try app.interview(try app.openForWriting(rest), reader: reader)
                    case "/review":
                        let session = ReviewSession(live: try app.openForWriting(rest), reader: reader, out: out, env: app.sessionEnvironment())
                        session.coaching = { app.coachingLines($0) }
                        session.run()
                    case "/status":
                        if rest.isEmpty { app.printOverview() } else {
                            let live = try app.open(rest).0
                            StatusReport(live.state!, workflow: live.workflow, now: app.now, coaching: app.coachingLines(live.state!), signatures: app.signatureCheck()).lines
                                .forEach { out.line($0.overdue ? out.styledRed($0.text) : $0.text) }
                        }
                    default:
                        if word.hasPrefix("/") { out.refuse("Unknown command \(word). Here: an id, /open ID, /new TITLE, /review ID, /status [ID], /quit.") }
                        else { try app.interview(try app.openForWriting(line), reader: reader) }
                    }
                } catch {
                    out.refuse("\(error)")
                }
            }
        }
    }

    /// Tab completes the home commands and post-mortem ids.
    func installCompleter() {
        let path = app.workspace.path
        reader.completer = { text in
            let ids = (try? Workspace(path: path).ids()) ?? []
            let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            if words.count <= 1 { return (["/open", "/new", "/review", "/status", "/help", "/quit"] + ids).filter { $0.hasPrefix(text) } }
            return ids.filter { $0.hasPrefix(words.last ?? "") }
        }
    }

    /// The current user's unfinished action items across every post-mortem, overdue first.
    func showMyActions() {
        let rows = ActionIndex(app: app).items().filter { $0.owner.lowercased() == app.actor.lowercased() && !$0.status.isFinished }
        guard !rows.isEmpty else { return }
        app.out.line("Your open action items:")
        for row in rows.sorted(by: { ($0.isOverdue(on: app.now.day) ? 0 : 1, $0.due ?? Day(daysSinceEpoch: .max)) < ($1.isOverdue(on: app.now.day) ? 0 : 1, $1.due ?? Day(daysSinceEpoch: .max)) }) {
            let line = "  \(row.postmortemID) #\(row.index) \(row.what.neutralized) — \(row.priority?.rawValue ?? "-"), due \(row.due?.iso ?? "-")"
            app.out.line(row.isOverdue(on: app.now.day) ? app.out.styledRed(line + "  OVERDUE") : line)
        }
        app.out.line()
    }
}
