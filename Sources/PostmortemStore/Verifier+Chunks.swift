#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Dispatch
import PostmortemCore

/// The chunks of the parallel passes and their results, one slot per chunk,
/// allocated before the workers start. A worker writes only the slots of its
/// own chunk (and the lines inside it), never Swift array storage.
struct Chunks: @unchecked Sendable {  // unchecked: raw buffers; each worker writes only slot `c` of each.
    struct Failure {
        var line: Int  // 0-based, global
        var offset: Int
        var length: Int
        var error: EnvelopeError
    }

    let base: UnsafePointer<UInt8>
    let count: Int
    /// `count + 1` offsets: chunk `c` is `bounds[c] ..< bounds[c + 1]`.
    let bounds: UnsafeMutableBufferPointer<Int>
    let lineCounts: UnsafeMutableBufferPointer<Int>
    /// The global (0-based) number of each chunk's first line.
    let firstLine: UnsafeMutableBufferPointer<Int>
    /// Lines decoded (and initialized) at the start of each chunk.
    let parsed: UnsafeMutableBufferPointer<Int>
    /// The first line of each chunk that did not decode.
    let failures: UnsafeMutableBufferPointer<Failure?>
    /// The first line of each chunk whose seq is wrong, or whose prev does
    /// not match the line before it in the same chunk.
    let chainBreaks: UnsafeMutableBufferPointer<Int?>
    /// Events decoded (and initialized) at the start of each chunk, when asked.
    let converted: UnsafeMutableBufferPointer<Int>
    /// The first line of each chunk whose event did not decode, and why.
    let eventFailures: UnsafeMutableBufferPointer<(line: Int, reason: String)?>

    init(base: UnsafePointer<UInt8>, bounds: [Int]) {
        self.base = base
        count = bounds.count - 1
        self.bounds = .allocate(capacity: bounds.count)
        _ = self.bounds.initialize(from: bounds)
        lineCounts = .allocate(capacity: count)
        lineCounts.initialize(repeating: 0)
        firstLine = .allocate(capacity: count)
        firstLine.initialize(repeating: 0)
        parsed = .allocate(capacity: count)
        parsed.initialize(repeating: 0)
        failures = .allocate(capacity: count)
        failures.initialize(repeating: nil)
        chainBreaks = .allocate(capacity: count)
        chainBreaks.initialize(repeating: nil)
        converted = .allocate(capacity: count)
        converted.initialize(repeating: 0)
        eventFailures = .allocate(capacity: count)
        eventFailures.initialize(repeating: nil)
    }

    func deallocate() {
        for buffer in [bounds, lineCounts, firstLine, parsed, converted] { buffer.deallocate() }
        _ = eventFailures.deinitialize()
        eventFailures.deallocate()
        _ = failures.deinitialize()
        failures.deallocate()
        chainBreaks.deallocate()
    }

    /// Runs `body` for every chunk: on all cores when there are several.
    func forEachChunk(_ body: @Sendable (Int) -> Void) {
        if count > 1 {
            DispatchQueue.concurrentPerform(iterations: count, execute: body)
        } else {
            body(0)
        }
    }

    func countLines(chunk c: Int) {
        var p = bounds[c]
        let end = bounds[c + 1]
        var lines = 0
        while p < end, let nl = memchr(base + p, 0x0A, end - p) {
            lines += 1
            p = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
        }
        lineCounts[c] = lines
    }

    /// Numbers the chunks' first lines; returns the number of lines.
    func plan() -> Int {
        var first = 0
        for c in 0..<count {
            firstLine[c] = first
            first += lineCounts[c]
        }
        return first
    }

    func parse(chunk c: Int, into lines: Lines) {
        var p = bounds[c]
        let end = bounds[c + 1]
        let firstOfChunk = firstLine[c]
        var line = firstOfChunk
        // No lines at all (a journal that is one torn line): nothing to parse.
        guard let envelopes = lines.envelopes.baseAddress, let digests = lines.digests.baseAddress else { return }
        let events = lines.events.baseAddress
        var decoded = 0, eventsDecoded = 0
        var eventFailure: (line: Int, reason: String)?
        var failure: Failure?
        var chainBreak: Int?
        while p < end, let nl = memchr(base + p, 0x0A, end - p) {
            let stop = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
            let buffer = UnsafeBufferPointer(start: base + p, count: stop - p)
            (digests + line).initialize(to: LineHash.digest(UnsafeRawBufferPointer(buffer)))
            do {
                (envelopes + line).initialize(to: try Envelope.decode(buffer: buffer))
            } catch {
                failure = Failure(line: line, offset: p, length: stop - p, error: error)
                break
            }
            if chainBreak == nil {
                if envelopes[line].seq != line {
                    chainBreak = line
                } else if line == 0 {
                    if !envelopes[0].prev.isEmpty { chainBreak = 0 }
                } else if line > firstOfChunk, !LineHash.matches(envelopes[line].prev, digests[line - 1]) {
                    chainBreak = line
                }
            }
            // The event too, up to the chunk's first that does not decode.
            if let events, eventFailure == nil {
                do {
                    (events + line).initialize(to: try RecordedEvent(envelopes[line]))
                    eventsDecoded += 1
                    // Free early what `judge` never reads: the payload, and the prev of a
                    // line that matched, unless a break before it could need it (see `judge`).
                    envelopes[line].payload = JSONObject()
                    if chainBreak == nil && line > firstOfChunk + 1 { envelopes[line].prev = "" }
                } catch {
                    eventFailure = (line, "\(error)")
                }
            }
            decoded += 1
            line += 1
            p = stop + 1
        }
        parsed[c] = decoded
        converted[c] = eventsDecoded
        eventFailures[c] = eventFailure
        failures[c] = failure
        chainBreaks[c] = chainBreak
    }

    /// Finds the first bad line, if any, after the parallel pass.
    func judge(_ lines: Lines, totalLines: Int, unterminated: TornTail?, fileSize n: Int) throws(JournalError) -> Verdict {
        let envelopes = lines.envelopes
        let digests = lines.digests
        // Lines that decoded, in order, up to the first that did not.
        var good = 0
        var failure: Failure?
        for c in 0..<count {
            good += parsed[c]
            if let f = failures[c] {
                failure = f
                break
            }
        }
        // The first break in the chain among those lines: inside chunks, and
        // at each chunk's first line against the previous chunk's last.
        var chainBreak: Int?
        for c in 0..<count {
            let first = firstLine[c]
            if first >= good { break }
            if first > 0, !LineHash.matches(envelopes[first].prev, digests[first - 1]) {
                chainBreak = first
                break
            }
            if let b = chainBreaks[c], b < good {
                chainBreak = b
                break
            }
        }
        if let i = chainBreak {
            let e = envelopes[i]
            if e.seq != i {
                let hint = e.seq > i ? "events are missing before it" : "an event is repeated or out of order"
                throw .damaged(line: i + 1, reason: "seq is \(e.seq) where \(i) was expected (\(hint))")
            }
            if i == 0 {
                throw .damaged(line: 1, reason: "the first line's prev must be empty, found \"\(e.prev)\"")
            }
            // Line i-1 (1-based: i) was altered if line i itself is intact,
            // i.e. the next line's prev still matches line i's hash.
            if i + 1 < good, LineHash.matches(envelopes[i + 1].prev, digests[i]) {
                throw .damaged(line: i, reason: "its SHA-256 does not match the prev recorded by line \(i + 1) "
                    + "(the line was altered after it was written)")
            }
            if i + 1 < good {
                throw .damaged(line: i + 1, reason: "its prev does not match the SHA-256 of line \(i) "
                    + "(the line was altered after it was written)")
            }
            throw .damaged(line: i, reason: "its SHA-256 does not match the prev recorded by line \(i + 1) "
                + "(line \(i) or the prev of line \(i + 1) was altered after it was written)")
        }

        let lastHash = good > 0 ? LineHash.hex(digests[good - 1]) : ""
        var torn = unterminated
        if let failure {
            let lineNumber = failure.line + 1
            if case .newerVersion(let v) = failure.error {
                // Read-only from here: nothing after this line is interpreted.
                return Verdict(good: good, lastHash: lastHash, torn: nil, newer: NewerVersion(line: lineNumber, version: v))
            }
            if failure.line == totalLines - 1 && unterminated == nil {
                // The final line does not parse: a torn write.
                torn = TornTail(offset: failure.offset, length: n - failure.offset)
            } else {
                let reason = failure.length == 0 ? "the line is empty" : failure.error.description
                throw .damaged(line: lineNumber, reason: reason)
            }
        }
        return Verdict(good: good, lastHash: lastHash, torn: torn, newer: nil)
    }

    /// The first line before `good` whose event did not decode, if any.
    func firstEventFailure(before good: Int) -> (line: Int, reason: String)? {
        for c in 0..<count {
            if let f = eventFailures[c] { return f.line < good ? f : nil }
        }
        return nil
    }

    /// Deinitializes chunk `c`'s decoded lines, except the first `taken`
    /// lines' envelopes (or events, when decoding events): moved out already.
    func deinitialize(chunk c: Int, _ lines: Lines, taken: Int) {
        let first = firstLine[c]
        if let envelopes = lines.envelopes.baseAddress {
            let from = lines.decodesEvents ? first : max(first, taken)
            let to = first + parsed[c]
            if to > from { (envelopes + from).deinitialize(count: to - from) }
        }
        if let events = lines.events.baseAddress {
            let from = max(first, taken)
            let to = first + converted[c]
            if to > from { (events + from).deinitialize(count: to - from) }
        }
    }
}
