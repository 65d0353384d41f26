import PostmortemCore
import PostmortemStore

extension LivePostmortem {
    /// Runs a command for a person at a prompt: prints the refusal, or the journal error,
    /// and says plainly that nothing was saved when that is so.
    @discardableResult
    func perform(_ command: Command, env: SessionEnvironment, out: Terminal) -> Bool {
        do {
            switch try execute(command, context: env.context(workflow.template)) {
            case .success: return true
            case .failure(let rejection):
                out.refuse(rejection.message)
                rejection.missing.forEach { out.line("  - " + $0) }
                return false
            }
        } catch {
            out.refuse("Could not save to the journal: \(error). Nothing was recorded; fix that and try again.")
            return false
        }
    }
}
