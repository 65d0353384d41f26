#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
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

/// A verified journal.
public struct JournalContents: Sendable, Equatable {
    /// Every good event, seq 0, 1, 2, ...
    public var envelopes: [Envelope]
    /// Hex SHA-256 of the last good line, `""` when there is none.
    public var lastHash: String
    /// An incomplete final line, if any (not part of `envelopes`).
    public var tornTail: TornTail?

    public init(envelopes: [Envelope] = [], lastHash: String = "", tornTail: TornTail? = nil) {
        self.envelopes = envelopes
        self.lastHash = lastHash
        self.tornTail = tornTail
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

    // MARK: Reading

    /// Reads and verifies the whole journal. Damage before the final line
    /// throws `JournalError.damaged` naming the first bad line; an incomplete
    /// final line is reported in `tornTail`. Never writes anything.
    public func read() throws(JournalError) -> JournalContents {
        let fd: Int32
        do {
            fd = try FileIO.open(path, O_RDONLY)
        } catch {
            if error.errno == ENOENT { throw .notFound(path: path) }
            throw .io(operation: error.operation, path: path, errno: error.errno)
        }
        defer { close(fd) }
        // Hold a shared lock while reading: a running append finishes first,
        // and nobody truncates the file under the mapping.
        let lockFD = sharedLock()
        defer { if lockFD >= 0 { close(lockFD) } }
        let size: Int
        do { size = try FileIO.size(fd) } catch { throw .io(operation: error.operation, path: path, errno: error.errno) }
        if size == 0 { return JournalContents() }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        if let mapped, mapped != MAP_FAILED {
            defer { munmap(mapped, size) }
            return try Journal.verify(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size))
        }
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(fd) } catch { throw .io(operation: error.operation, path: path, errno: error.errno) }
        return try Journal.verify(bytes)
    }

    /// Takes a shared lock on `journal.lock` if it exists (it may not, on a
    /// read-only copy of a workspace). Returns the descriptor to close, or -1.
    private func sharedLock() -> Int32 {
        guard let fd = try? FileIO.open(lockPath, O_RDONLY) else { return -1 }
        try? FileIO.lock(fd, exclusive: false)
        return fd
    }

    /// The raw bytes of the journal, copied under a shared lock.
    public func readBytes() throws(JournalError) -> [UInt8] {
        let fd: Int32
        do {
            fd = try FileIO.open(path, O_RDONLY)
        } catch {
            if error.errno == ENOENT { throw .notFound(path: path) }
            throw .io(operation: error.operation, path: path, errno: error.errno)
        }
        defer { close(fd) }
        let lockFD = sharedLock()
        defer { if lockFD >= 0 { close(lockFD) } }
        do {
            return try FileIO.readAll(fd)
        } catch {
            throw .io(operation: error.operation, path: path, errno: error.errno)
        }
    }

    /// Verifies journal bytes: every line parses, versions, seq numbers, the hash chain.
    public static func verify(_ bytes: [UInt8]) throws(JournalError) -> JournalContents {
        try bytes.withUnsafeBufferPointer { buffer throws(JournalError) -> JournalContents in try verify(buffer) }
    }

    /// Verifies journal bytes: every line parses, versions, seq numbers, the hash chain.
    public static func verify(_ bytes: UnsafeBufferPointer<UInt8>) throws(JournalError) -> JournalContents {
        try Verifier(bytes).run()
    }

    // MARK: The tail

    /// The next seq and the last line's hash, from the end of the file only
    /// (no verification of earlier lines). A missing journal is empty.
    public func tail() throws(JournalError) -> JournalTail {
        let fd: Int32
        do {
            fd = try FileIO.open(path, O_RDONLY)
        } catch {
            if error.errno == ENOENT { return JournalTail(nextSeq: 0, lastHash: "", tornTail: nil) }
            throw .io(operation: error.operation, path: path, errno: error.errno)
        }
        defer { close(fd) }
        return try readTail(fd)
    }

    /// Reads backwards from the end of the file: the last line, and the one
    /// before it when the last is torn.
    func readTail(_ fd: Int32) throws(JournalError) -> JournalTail {
        do {
            let size = try FileIO.size(fd)
            if size == 0 { return JournalTail(nextSeq: 0, lastHash: "", tornTail: nil) }
            var (start, bytes) = try lineEnding(at: size, fd)
            var torn: TornTail?
            if bytes.last == 0x0A {
                switch decodeTail(bytes.dropLast()) {
                case .success(let envelope):
                    return JournalTail(nextSeq: envelope.seq + 1, lastHash: LineHash.hex(LineHash.digest(Array(bytes.dropLast()))),
                                       tornTail: nil)
                case .failure(let error):
                    if case .newerVersion(let v) = error {
                        throw JournalError.newerVersion(found: v, line: try countLines(fd, upTo: start) + 1)
                    }
                }
            }
            torn = TornTail(offset: start, length: size - start)
            if start == 0 { return JournalTail(nextSeq: 0, lastHash: "", tornTail: torn) }
            // The line before a torn tail is complete by construction.
            let end = start
            (start, bytes) = try lineEnding(at: end, fd)
            switch decodeTail(bytes.dropLast()) {
            case .success(let envelope):
                return JournalTail(nextSeq: envelope.seq + 1, lastHash: LineHash.hex(LineHash.digest(Array(bytes.dropLast()))),
                                   tornTail: torn)
            case .failure(let error):
                let line = try countLines(fd, upTo: start) + 1
                if case .newerVersion(let v) = error { throw JournalError.newerVersion(found: v, line: line) }
                throw JournalError.damaged(line: line, reason: error.description)
            }
        } catch let error as FileIO.Failure {
            throw .io(operation: error.operation, path: path, errno: error.errno)
        } catch let error as JournalError {
            throw error
        } catch {
            throw .io(operation: "cannot read", path: path, errno: EIO)
        }
    }

    private func decodeTail(_ line: ArraySlice<UInt8>) -> Result<Envelope, EnvelopeError> {
        Result { () throws(EnvelopeError) -> Envelope in try Envelope.decode(line: line) }
    }

    /// The bytes from the start of the line that ends at `end` (its newline,
    /// if any, at `end - 1`) up to `end`, and that start's offset.
    private func lineEnding(at end: Int, _ fd: Int32) throws(FileIO.Failure) -> (start: Int, bytes: [UInt8]) {
        var window = min(end, 4096)
        while true {
            let bytes = try FileIO.readAt(fd, offset: end - window, count: window)
            guard bytes.count == window else { throw FileIO.Failure(operation: "cannot read", errno: EIO) }
            var k = bytes.count - 1
            if bytes[k] == 0x0A { k -= 1 }
            while k >= 0 && bytes[k] != 0x0A { k -= 1 }
            if k >= 0 { return (end - window + k + 1, Array(bytes[(k + 1)...])) }
            if window == end { return (0, bytes) }
            window = min(end, window * 4)
        }
    }

    private func countLines(_ fd: Int32, upTo end: Int) throws(FileIO.Failure) -> Int {
        let bytes = try FileIO.readAt(fd, offset: 0, count: end)
        return bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    // MARK: Appending

    /// Appends events as consecutive lines and returns them once they are on
    /// disk (fsynced). Throws `conflict` when the journal's next seq is not
    /// `expectedNextSeq`, `tornTail` when the journal ends in an incomplete
    /// line, `newerVersion` when a newer program wrote it, and `writeFailed`
    /// (with the journal restored to its previous length) when the disk
    /// refuses the write.
    public func append(_ events: [(type: String, payload: JSONObject)], actor: String, at: Timestamp,
                       expectedNextSeq: Int) throws(JournalError) -> [Envelope] {
        for event in events {
            guard !event.type.isEmpty else { throw .invalidEvent("an event needs a type") }
            if let key = event.payload.pairs.first(where: { Envelope.reservedKeys.contains($0.key) })?.key {
                throw .invalidEvent("payload key \"\(key)\" is reserved for the envelope")
            }
            var seen = Set<String>()
            for pair in event.payload.pairs where !seen.insert(pair.key).inserted {
                throw .invalidEvent("payload key \"\(pair.key)\" appears twice")
            }
        }
        if events.isEmpty { return [] }

        func io(_ failure: FileIO.Failure, _ p: String) -> JournalError {
            .io(operation: failure.operation, path: p, errno: failure.errno)
        }
        var dirCreated = false
        do { dirCreated = try FileIO.makeDirectories(directory) } catch { throw io(error, directory) }

        let lockFD: Int32
        do {
            lockFD = try FileIO.open(lockPath, O_RDWR | O_CREAT)
        } catch { throw io(error, lockPath) }
        defer { close(lockFD) }  // closing releases the lock
        do { try FileIO.lock(lockFD, exclusive: true) } catch { throw io(error, lockPath) }

        var created = false
        let fd: Int32
        do {
            fd = try FileIO.open(path, O_RDWR | O_APPEND)
        } catch {
            guard error.errno == ENOENT else { throw io(error, path) }
            do {
                fd = try FileIO.open(path, O_RDWR | O_APPEND | O_CREAT | O_EXCL)
                created = true
            } catch { throw io(error, path) }
        }
        defer { close(fd) }

        let size: Int
        do { size = try FileIO.size(fd) } catch { throw io(error, path) }
        let tail = try readTail(fd)
        if let torn = tail.tornTail { throw .tornTail(id: id, offset: torn.offset, length: torn.length) }
        guard tail.nextSeq == expectedNextSeq else {
            throw .conflict(expected: expectedNextSeq, found: tail.nextSeq)
        }

        var envelopes: [Envelope] = []
        envelopes.reserveCapacity(events.count)
        var buffer: [UInt8] = []
        buffer.reserveCapacity(events.count * 320)
        var prev = tail.lastHash
        for (k, event) in events.enumerated() {
            let envelope = Envelope(seq: tail.nextSeq + k, at: at, actor: actor, type: event.type, prev: prev,
                                    payload: event.payload)
            let start = buffer.count
            envelope.encodeLine(into: &buffer)
            prev = buffer.withUnsafeBytes { LineHash.hex(LineHash.digest(UnsafeRawBufferPointer(rebasing: $0[start...]))) }
            buffer.append(0x0A)
            envelopes.append(envelope)
        }

        // Undo a failed append so that no partial line is ever left behind.
        func rollBack(_ code: Int32) -> JournalError {
            var rolledBack = true
            do {
                try FileIO.truncate(fd, to: size)
                try FileIO.sync(fd)
            } catch {
                rolledBack = false
            }
            return .writeFailed(path: path, errno: code, rolledBack: rolledBack)
        }

        let result = buffer.withUnsafeBytes {
            FileIO.writeAll(fd, $0, limit: injectedWriteLimit, injectedErrno: injectedWriteErrno)
        }
        if let code = result.errno { throw rollBack(code) }
        do { try FileIO.sync(fd) } catch { throw rollBack(error.errno) }
        if created || dirCreated {
            do { try FileIO.syncDirectory(directory) } catch { throw rollBack(error.errno) }
        }
        return envelopes
    }

    /// Appends one event. See `append(_:actor:at:expectedNextSeq:)`.
    public func append(type: String, payload: JSONObject, actor: String, at: Timestamp,
                       expectedNextSeq: Int) throws(JournalError) -> Envelope {
        try append([(type, payload)], actor: actor, at: at, expectedNextSeq: expectedNextSeq)[0]
    }

    // MARK: Repair

    /// Moves an incomplete final line aside to `journal.jsonl.torn-<UTC time>`
    /// (written and fsynced first), then truncates the journal to its last
    /// complete line. Returns the new file's path, or nil when there was
    /// nothing to repair. Never deletes a byte. `at` names the file; the
    /// system clock when nil.
    public func repair(at: Timestamp? = nil) throws(JournalError) -> String? {
        func io(_ failure: FileIO.Failure, _ p: String) -> JournalError {
            .io(operation: failure.operation, path: p, errno: failure.errno)
        }
        guard exists else { throw .notFound(path: path) }
        let lockFD: Int32
        do { lockFD = try FileIO.open(lockPath, O_RDWR | O_CREAT) } catch { throw io(error, lockPath) }
        defer { close(lockFD) }
        do { try FileIO.lock(lockFD, exclusive: true) } catch { throw io(error, lockPath) }

        let fd: Int32
        do { fd = try FileIO.open(path, O_RDWR) } catch { throw io(error, path) }
        defer { close(fd) }
        let tail = try readTail(fd)
        guard let torn = tail.tornTail else { return nil }

        let bytes: [UInt8]
        do { bytes = try FileIO.readAt(fd, offset: torn.offset, count: torn.length) } catch { throw io(error, path) }
        guard bytes.count == torn.length else { throw .io(operation: "cannot read", path: path, errno: EIO) }

        let stamp = Journal.compactUTC(at ?? Timestamp(secondsSinceEpoch: Int64(time(nil))))
        var target = "\(path).torn-\(stamp)"
        var attempt = 1
        var outFD: Int32 = -1
        while outFD < 0 {
            do {
                outFD = try FileIO.open(target, O_WRONLY | O_CREAT | O_EXCL)
            } catch {
                guard error.errno == EEXIST else { throw io(error, target) }
                attempt += 1
                target = "\(path).torn-\(stamp)-\(attempt)"
            }
        }
        defer { close(outFD) }
        let written = bytes.withUnsafeBytes { FileIO.writeAll(outFD, $0) }
        if let code = written.errno {
            // Leave the journal untouched; the partial copy is harmless.
            throw .io(operation: "cannot write", path: target, errno: code)
        }
        do {
            try FileIO.sync(outFD)
            try FileIO.syncDirectory(directory)
        } catch { throw io(error, target) }
        do {
            try FileIO.truncate(fd, to: torn.offset)
            try FileIO.sync(fd)
        } catch { throw io(error, path) }
        return target
    }

    /// The hex SHA-256 of a line's bytes (without its newline): what the next line's `prev` holds.
    public static func hash(line: [UInt8]) -> String {
        LineHash.hex(LineHash.digest(line))
    }

    /// `20261122T163000Z`
    static func compactUTC(_ t: Timestamp) -> String {
        let c = t.day.components
        let s = t.secondOfDay
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(c.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + two(c.month) + two(c.day)
            + "T" + two(s / 3600) + two(s / 60 % 60) + two(s % 60) + "Z"
    }
}
