#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore

/// The final line of a journal when it is incomplete: it lacks its newline or
/// does not parse. Reported by `read()`, moved aside by `repair()`.
public struct TornTail: Sendable, Equatable, CustomStringConvertible {
    /// Byte offset where the torn line starts (just after the last good line's newline).
    public var offset: Int
    /// Bytes from `offset` to the end of the file.
    public var length: Int

    public init(offset: Int, length: Int) {
        self.offset = offset
        self.length = length
    }

    public var description: String { "\(length) bytes at byte \(offset)" }
}

/// A line written in a newer journal format than this program's.
public struct NewerVersion: Sendable, Equatable {
    /// 1-based line number.
    public var line: Int
    /// Its `v`.
    public var version: Int

    public init(line: Int, version: Int) {
        self.line = line
        self.version = version
    }
}

/// A verified journal.
public struct JournalContents: Sendable, Equatable {
    /// Every good event, seq 0, 1, 2, ...
    public var envelopes: [Envelope]
    /// Hex SHA-256 of the last good line, `""` when there is none.
    public var lastHash: String
    /// An incomplete final line, if any (not part of `envelopes`).
    public var tornTail: TornTail?
    /// The first line written in a newer format, if any: the journal is
    /// read-only to this program, and `envelopes` holds the lines before it.
    public var newerVersionAt: NewerVersion?

    public init(envelopes: [Envelope] = [], lastHash: String = "", tornTail: TornTail? = nil,
                newerVersionAt: NewerVersion? = nil) {
        self.envelopes = envelopes
        self.lastHash = lastHash
        self.tornTail = tornTail
        self.newerVersionAt = newerVersionAt
    }

    /// Why nothing may be appended, when a newer postmortem wrote part of the journal.
    public var readOnlyReason: String? {
        newerVersionAt.map { JournalError.newerVersion(found: $0.version, line: $0.line).description }
    }

    /// The seq the next appended event gets.
    public var nextSeq: Int { envelopes.count }
}

/// What `tail()` learns from the end of a journal without reading it all.
public struct JournalTail: Sendable, Equatable {
    /// The seq the next appended event gets.
    public var nextSeq: Int
    /// Hex SHA-256 of the last complete line, `""` when there is none.
    public var lastHash: String
    /// An incomplete final line, if any.
    public var tornTail: TornTail?
}

/// The append-only event journal of one post-mortem: `<workspace>/<id>/journal.jsonl`.
///
/// Appends take an exclusive `flock` on the sidecar `journal.lock`, check the
/// expected seq, write whole lines and fsync before returning. Reads take a
/// shared lock while they copy the file (so they never see a half-written
/// append), then verify every line, the seq numbers and the hash chain.
public struct Journal: Sendable {
    /// The post-mortem id (the folder's name).
    public let id: String
    /// `<workspace>/<id>`
    public let directory: String

    /// `<workspace>/<id>/journal.jsonl`
    public var path: String { directory + "/journal.jsonl" }
    /// `<workspace>/<id>/journal.lock`
    public var lockPath: String { directory + "/journal.lock" }

    /// Test seam: a write stops with `injectedWriteErrno` after this many bytes,
    /// as if the disk filled up.
    var injectedWriteLimit: Int?
    var injectedWriteErrno: Int32 = ENOSPC

    public init(directory: String, id: String? = nil) {
        var dir = directory
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        self.directory = dir
        self.id = id ?? String(dir.split(separator: "/").last ?? Substring(dir))
    }

    /// Whether the journal file exists.
    public var exists: Bool { FileIO.isRegularFile(path) }

    // MARK: Opening and locking

    /// Opens the journal file; a missing file is `notFound`.
    func openJournal(_ flags: Int32) throws(JournalError) -> Int32 {
        do {
            return try FileIO.open(path, flags)
        } catch {
            if error.errno == ENOENT { throw .notFound(path: path) }
            throw .io(operation: error.operation, path: path, errno: error.errno)
        }
    }

    /// Takes a shared lock on `journal.lock` if it exists (it may not, on a
    /// read-only copy of a workspace). Returns the descriptor to close, or -1.
    func sharedLock() -> Int32 {
        guard let fd = try? FileIO.open(lockPath, O_RDONLY) else { return -1 }
        try? FileIO.lock(fd, exclusive: false)
        return fd
    }

    /// Opens (creating it) `journal.lock` and takes the exclusive lock every
    /// writer takes. Closing the returned descriptor releases it.
    func exclusiveLock() throws(JournalError) -> Int32 {
        let fd: Int32
        do { fd = try FileIO.open(lockPath, O_RDWR | O_CREAT) } catch { throw io(error, lockPath) }
        do { try FileIO.lock(fd, exclusive: true) } catch {
            close(fd)
            throw io(error, lockPath)
        }
        return fd
    }

    func io(_ failure: FileIO.Failure, _ path: String) -> JournalError {
        .io(operation: failure.operation, path: path, errno: failure.errno)
    }

    /// The hex SHA-256 of a line's bytes (without its newline): what the next line's `prev` holds.
    public static func hash(line: [UInt8]) -> String {
        LineHash.hex(LineHash.digest(line))
    }
}
