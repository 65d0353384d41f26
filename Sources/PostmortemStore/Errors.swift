#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore

/// What can go wrong reading, appending to or repairing a journal.
public enum JournalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// There is no journal at this path.
    case notFound(path: String)
    /// A line that is not the last one is bad (1-based line number). Nothing was changed.
    case damaged(line: Int, reason: String)
    /// A line was written by a newer postmortem; the journal is read-only to this program.
    case newerVersion(found: Int, line: Int)
    /// The journal moved on since the caller read it: `expected` was the
    /// caller's idea of the next seq, `found` is the real one. Re-read, re-decide.
    case conflict(expected: Int, found: Int)
    /// The journal ends in an incomplete line; nothing may be appended until `repair`.
    case tornTail(id: String, offset: Int, length: Int)
    /// The caller asked to append something that cannot be a journal line.
    case invalidEvent(String)
    /// A system call failed.
    case io(operation: String, path: String, errno: Int32)
    /// Writing (or syncing) new lines failed. When `rolledBack` the journal is
    /// exactly as it was before the append; nothing was recorded.
    case writeFailed(path: String, errno: Int32, rolledBack: Bool)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "no journal at \(path)"
        case .damaged(let line, let reason):
            return "journal line \(line) is damaged: \(reason). Nothing was changed; "
                + "restore the journal from a backup or version control."
        case .newerVersion(let found, let line):
            return "this journal was written by a newer postmortem (line \(line) has format version \(found); "
                + "this program understands up to version \(Envelope.currentVersion)). "
                + "It is read-only here: upgrade postmortem to change it."
        case .conflict(let expected, let found):
            return "the post-mortem changed meanwhile (expected to write event #\(expected), "
                + "but the journal is at #\(found)); re-read it and try again."
        case .tornTail(let id, let offset, let length):
            return "the journal of \(id) ends with an incomplete line (\(length) bytes at byte \(offset)), "
                + "probably from a crash or a full disk; nothing can be added until it is moved aside. "
                + "Run `postmortem repair \(id)` (it keeps the bytes in a journal.jsonl.torn-* file)."
        case .invalidEvent(let reason):
            return "cannot record this event: \(reason)"
        case .io(let operation, let path, let code):
            return "\(operation) \(path): \(errorText(code))"
        case .writeFailed(let path, let code, let rolledBack):
            let what = code == ENOSPC ? "no space left on device" : errorText(code)
            return rolledBack
                ? "could not write to \(path): \(what). The journal is unchanged and nothing was recorded; "
                    + (code == ENOSPC ? "free some space and try again." : "try again.")
                : "could not write to \(path): \(what), and could not undo the partial write. "
                    + "Run `postmortem verify`, then `postmortem repair` to move the incomplete line aside."
        }
    }
}

/// What can go wrong with a workspace.
public enum WorkspaceError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A post-mortem id that is not a plain name.
    case invalidID(String, reason: String)
    /// A system call failed.
    case io(operation: String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .invalidID(let id, let reason):
            return "\"\(id)\" is not a valid post-mortem id: \(reason). An id is a plain name of 1 to 64 "
                + "characters: letters, digits, '.', '_' and '-', starting with a letter or digit "
                + "(for example 2026-11-20-payments-outage)."
        case .io(let operation, let path, let code):
            return "\(operation) \(path): \(errorText(code))"
        }
    }
}

func errorText(_ code: Int32) -> String {
    String(cString: strerror(code))
}
