#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore

extension Journal {
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

        var dirCreated = false
        do { dirCreated = try FileIO.makeDirectories(directory) } catch { throw io(error, directory) }

        let lockFD = try exclusiveLock()
        defer { close(lockFD) }  // closing releases the lock

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
}
