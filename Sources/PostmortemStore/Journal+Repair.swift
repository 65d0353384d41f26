#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PostmortemCore

extension Journal {
    // MARK: Repair

    /// Moves an incomplete final line aside to `journal.jsonl.torn-<UTC time>`
    /// (written and fsynced first), then truncates the journal to its last
    /// complete line. Returns the new file's path, or nil when there was
    /// nothing to repair. Never deletes a byte. `at` names the file: callers
    /// pass their clock (`POSTMORTEM_NOW`); the default reads the system
    /// clock, and only when `at` is left out.
    public func repair(at: Timestamp = Journal.systemNow()) throws(JournalError) -> String? {
        guard exists else { throw .notFound(path: path) }
        let lockFD = try exclusiveLock()
        defer { close(lockFD) }  // closing releases the lock

        let fd = try openJournal(O_RDWR)
        defer { close(fd) }
        let tail = try readTail(fd)
        guard let torn = tail.tornTail else { return nil }

        let bytes: [UInt8]
        do { bytes = try FileIO.readAt(fd, offset: torn.offset, count: torn.length) } catch { throw io(error, path) }
        guard bytes.count == torn.length else { throw .io(operation: "cannot read", path: path, errno: EIO) }

        let stamp = Journal.compactUTC(at)
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

    /// The system clock, for callers that do not pass a time.
    public static func systemNow() -> Timestamp {
        Timestamp(secondsSinceEpoch: Int64(time(nil)))
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
