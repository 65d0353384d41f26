import Foundation

/// Runs a program with `input` on its standard input; returns what it printed and its exit status.
/// Every end-to-end test goes through here, so they all start processes the same way.
func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                input: String = "") throws -> (out: String, err: String, code: Int32) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = environment }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self), process.terminationStatus)
}
