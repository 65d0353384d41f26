import ArgumentParser
import Foundation

// Exit codes (DESIGN.md): 0 success, 1 a check failed or a transition was refused, 2 bad usage or input.
func fail(_ message: String, _ code: Int32) -> Never {
    FileHandle.standardError.write(Data("postmortem: \(message)\n".utf8))
    exit(code)
}

// `--record FILE COMMAND...` wraps any other command line, so it is handled before parsing.
if let status = Record.run(Array(CommandLine.arguments.dropFirst())) { exit(status) }

var command: ParsableCommand
do {
    command = try Root.parseAsRoot()
} catch {
    if Root.exitCode(for: error) == .success {  // --help, --version
        print(Root.fullMessage(for: error))
        exit(0)
    }
    fail(Root.fullMessage(for: error), 2)
}
do {
    try command.run()
} catch let error as CLIError {
    fail(error.description, error.exitCode)
} catch let error as ExitCode {
    exit(error.rawValue)
} catch {
    switch Root.exitCode(for: error) {
    case .success:  // `postmortem help` and `--help` arrive here as a help command's "error"
        print(Root.fullMessage(for: error))
        exit(0)
    case .validationFailure:
        fail(Root.fullMessage(for: error), 2)
    default:
        fail("\(error)", 1)  // journal damage, I/O failures: a check failed
    }
}
