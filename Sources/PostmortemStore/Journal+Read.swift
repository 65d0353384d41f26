#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import PostmortemCore

extension Journal {
    // MARK: Reading

    /// Reads and verifies the whole journal. Damage before the final line
    /// throws `JournalError.damaged` naming the first bad line; an incomplete
    /// final line is reported in `tornTail`. A line written by a newer
    /// postmortem ends the reading: the events before it are returned with
    /// `newerVersionAt` set, and the journal is read-only (`append` refuses).
    /// Never writes anything.
    public func read() throws(JournalError) -> JournalContents {
        try withVerifier { verifier throws(JournalError) in try verifier.run() } ?? JournalContents()
    }

    /// `read()`, decoding every event on the parallel pass as well: the
    /// events, and the contents without envelopes. An event whose payload
    /// does not fit its type is `damaged`, like any other bad line.
    public func readEvents() throws(JournalError) -> (contents: JournalContents, events: [RecordedEvent]) {
        try withVerifier { verifier throws(JournalError) in try verifier.runEvents() } ?? (JournalContents(), [])
    }

    /// Runs `body` on the mapped (or read) journal under a shared lock; nil when it is empty.
    private func withVerifier<T>(_ body: (Verifier) throws(JournalError) -> T) throws(JournalError) -> T? {
        let fd = try openJournal(O_RDONLY)
        defer { close(fd) }
        // Hold a shared lock while reading: a running append finishes first,
        // and nobody truncates the file under the mapping.
        let lockFD = sharedLock()
        defer { if lockFD >= 0 { close(lockFD) } }
        let size: Int
        do { size = try FileIO.size(fd) } catch { throw io(error, path) }
        if size == 0 { return nil }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0)
        if let mapped, mapped != MAP_FAILED {
            defer { munmap(mapped, size) }
            return try body(Verifier(UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)))
        }
        let bytes: [UInt8]
        do { bytes = try FileIO.readAll(fd) } catch { throw io(error, path) }
        return try bytes.withUnsafeBufferPointer { buffer throws(JournalError) in try body(Verifier(buffer)) }
    }

    /// Verifies journal bytes: every line parses, versions, seq numbers, the
    /// hash chain. Unlike `read()`, a line in a newer format is reported:
    /// `newerVersion` is thrown (the journal cannot be fully verified here).
    public static func verify(_ bytes: [UInt8]) throws(JournalError) -> JournalContents {
        try bytes.withUnsafeBufferPointer { buffer throws(JournalError) -> JournalContents in try verify(buffer) }
    }

    /// Verifies journal bytes; see `verify(_:)`.
    public static func verify(_ bytes: UnsafeBufferPointer<UInt8>) throws(JournalError) -> JournalContents {
        let contents = try Verifier(bytes).run()
        if let newer = contents.newerVersionAt { throw .newerVersion(found: newer.version, line: newer.line) }
        return contents
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
}
