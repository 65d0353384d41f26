import ArgumentParser
import Foundation

// Exit codes (DESIGN.md): 0 success, 1 a check failed or a transition was refused, 2 bad usage or input.
func fail(_ message: String, _ code: Int32) -> Never {
    FileHandle.standardError.write(Data("postmortem: \(message)\n".utf8))
    exit(code)
}

var command: ParsableCommand
do {
    command = try Root.parseAsRoot()
} catch {
    if Root.exitCode(for: error) == .success { Root.exit(withError: error) }  // --help, --version
    fail(Root.fullMessage(for: error), 2)
}
do {
    try command.run()
} catch let error as CLIError {
    fail(error.description, error.exitCode)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    // Journal damage, I/O failures: a check failed.
    fail("\(error)", 1)
}
