#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Dispatch
import PostmortemCore

/// Verifies a whole journal held in memory.
///
/// The complete lines are split into chunks at newlines; each chunk is hashed
/// and parsed on its own thread, writing envelopes and digests straight into
/// their final slots. The chain (seq numbers, `prev` hashes) is then checked
/// in one sequential pass.
struct Verifier {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Files smaller than this are verified on the calling thread.
    static let parallelThreshold = 1 << 20

    func run() throws(JournalError) -> JournalContents {
        let n = bytes.count
        guard n > 0, let base = bytes.baseAddress else { return JournalContents() }

        // The complete lines end at the last newline; anything after is torn.
        var end = n
        while end > 0 && base[end - 1] != 0x0A { end -= 1 }
        let unterminated: TornTail? = end < n ? TornTail(offset: end, length: n - end) : nil

        // Chunk boundaries, each just after a newline.
        let threads = max(1, ProcessInfoLite.activeProcessorCount)
        let wanted = end >= Verifier.parallelThreshold ? threads * 4 : 1
        var bounds = [0]
        for k in 1..<max(wanted, 1) {
            var p = max(k * end / wanted, bounds.last!)
            guard p < end else { break }
            if let nl = memchr(base + p, 0x0A, end - p) {
                p = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
            } else {
                p = end
            }
            if p < end && p > bounds.last! { bounds.append(p) }
        }
        bounds.append(end)
        let chunks = bounds.count - 1

        let work = Work(base: base, bounds: bounds)
        if chunks > 1 {
            DispatchQueue.concurrentPerform(iterations: chunks) { work.countLines(chunk: $0) }
        } else {
            work.countLines(chunk: 0)
        }
        work.plan()

        // Parse straight into the result's storage; keep only the good prefix.
        var outcome: Result<(good: Int, lastHash: String, torn: TornTail?), JournalError> = .failure(.damaged(line: 0, reason: ""))
        let envelopes = [Envelope](unsafeUninitializedCapacity: work.totalLines) { buffer, initialized in
            let digests = UnsafeMutablePointer<SHA256Digest>.allocate(capacity: max(work.totalLines, 1))
            defer { digests.deallocate() }
            work.envelopes = buffer.baseAddress
            work.digests = digests
            if chunks > 1 {
                DispatchQueue.concurrentPerform(iterations: chunks) { work.parse(chunk: $0) }
            } else {
                work.parse(chunk: 0)
            }
            outcome = Result { () throws(JournalError) in try work.judge(unterminated: unterminated, fileSize: n) }
            let keep = (try? outcome.get().good) ?? 0
            work.deinitialize(from: keep)
            initialized = keep
        }
        let (_, lastHash, torn) = try outcome.get()
        return JournalContents(envelopes: envelopes, lastHash: lastHash, tornTail: torn)
    }
}

/// Shared state of the parallel passes. Each chunk writes only its own slots.
private final class Work: @unchecked Sendable {
    struct Failure {
        var line: Int  // 0-based, global
        var offset: Int
        var length: Int
        var error: EnvelopeError
    }

    let base: UnsafePointer<UInt8>
    let bounds: [Int]
    var lineCounts: [Int]
    var firstLine: [Int] = []
    /// Lines decoded (and initialized) at the start of each chunk.
    var parsed: [Int]
    /// The first line of each chunk that did not decode.
    var failures: [Failure?]
    /// The first line of each chunk whose seq is wrong, or whose prev does
    /// not match the line before it in the same chunk.
    var chainBreaks: [Int?]
    var totalLines = 0
    var envelopes: UnsafeMutablePointer<Envelope>?
    var digests: UnsafeMutablePointer<SHA256Digest>?

    init(base: UnsafePointer<UInt8>, bounds: [Int]) {
        self.base = base
        self.bounds = bounds
        let chunks = bounds.count - 1
        lineCounts = Array(repeating: 0, count: chunks)
        parsed = Array(repeating: 0, count: chunks)
        failures = Array(repeating: nil, count: chunks)
        chainBreaks = Array(repeating: nil, count: chunks)
    }

    func countLines(chunk c: Int) {
        var p = bounds[c]
        let end = bounds[c + 1]
        var count = 0
        while p < end, let nl = memchr(base + p, 0x0A, end - p) {
            count += 1
            p = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
        }
        lineCounts.withUnsafeMutableBufferPointer { $0[c] = count }
    }

    func plan() {
        var first = 0
        firstLine = lineCounts.map { count in
            defer { first += count }
            return first
        }
        totalLines = first
    }

    func parse(chunk c: Int) {
        var p = bounds[c]
        let end = bounds[c + 1]
        let firstOfChunk = firstLine[c]
        var line = firstOfChunk
        let envelopes = self.envelopes!
        let digests = self.digests!
        var count = 0
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
            count += 1
            line += 1
            p = stop + 1
        }
        parsed.withUnsafeMutableBufferPointer { $0[c] = count }
        failures.withUnsafeMutableBufferPointer { $0[c] = failure }
        chainBreaks.withUnsafeMutableBufferPointer { $0[c] = chainBreak }
    }

    /// Finds the first bad line, if any, after the parallel pass.
    func judge(unterminated: TornTail?, fileSize n: Int) throws(JournalError) -> (good: Int, lastHash: String, torn: TornTail?) {
        let envelopes = self.envelopes!
        let digests = self.digests!
        // Lines that decoded, in order, up to the first that did not.
        var good = 0
        var failure: Failure?
        for c in 0..<parsed.count {
            good += parsed[c]
            if let f = failures[c] {
                failure = f
                break
            }
        }
        // The first break in the chain among those lines: inside chunks, and
        // at each chunk's first line against the previous chunk's last.
        var chainBreak: Int?
        for c in 0..<parsed.count {
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

        var torn = unterminated
        if let failure {
            let lineNumber = failure.line + 1
            if case .newerVersion(let v) = failure.error {
                throw .newerVersion(found: v, line: lineNumber)
            }
            if failure.line == totalLines - 1 && unterminated == nil {
                // The final line does not parse: a torn write.
                torn = TornTail(offset: failure.offset, length: n - failure.offset)
            } else {
                let reason = failure.length == 0 ? "the line is empty" : failure.error.description
                throw .damaged(line: lineNumber, reason: reason)
            }
        }
        let lastHash = good > 0 ? LineHash.hex(digests[good - 1]) : ""
        return (good, lastHash, torn)
    }

    /// Deinitializes every decoded envelope at or after line `keep`.
    func deinitialize(from keep: Int) {
        guard let envelopes else { return }
        for c in 0..<parsed.count {
            let from = max(firstLine[c], keep)
            let to = firstLine[c] + parsed[c]
            if to > from { (envelopes + from).deinitialize(count: to - from) }
        }
    }
}

/// The number of processors this process may use, without Foundation.
enum ProcessInfoLite {
    static var activeProcessorCount: Int {
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}

