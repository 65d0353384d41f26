import PostmortemCore
import PostmortemStore

/// Reads every post-mortem in the workspace once: their states and action items.
struct ActionIndex {
    let app: App

    /// Post-mortems that read cleanly, with their templates.
    func postmortems() -> [(Postmortem, Template)] {
        ((try? app.workspace.ids()) ?? []).compactMap { id in
            guard let live = try? app.open(id).0, let pm = live.state else { return nil }
            return (pm, live.workflow.template)
        }
    }

    func items() -> [ActionRow] { postmortems().flatMap { ActionRow.rows(of: $0.0) } }
}
