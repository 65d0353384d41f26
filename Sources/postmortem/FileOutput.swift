import Foundation

/// Writes a file the user named with `-o`, in place.
///
/// Not `write(toFile:atomically:)`: an atomic write renames a temporary file over
/// the target, which replaces `/dev/null`, a FIFO or a symlink with a plain file.
enum FileOutput {
    static func write(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw CLIError.usage("Cannot write \(path): \(String(cString: strerror(errno))). Give a path in a folder that exists.") }
        defer { close(fd) }
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let n = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw CLIError.refused("Writing \(path) failed: \(String(cString: strerror(errno))).") }
            bytes = bytes.dropFirst(n)
        }
    }
}
