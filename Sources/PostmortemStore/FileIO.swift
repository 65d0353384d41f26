#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin, EINTR-safe wrappers over the few system calls the store needs.
enum FileIO {
    struct Failure: Error {
        var operation: String
        var errno: Int32
    }

    static func open(_ path: String, _ flags: Int32, _ mode: mode_t = 0o644) throws(Failure) -> Int32 {
        while true {
            let fd = path.withCString { Glibc_open($0, flags | O_CLOEXEC, mode) }
            if fd >= 0 { return fd }
            if errno != EINTR { throw Failure(operation: "cannot open", errno: errno) }
        }
    }

    static func size(_ fd: Int32) throws(Failure) -> Int {
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw Failure(operation: "cannot stat", errno: errno) }
        return Int(st.st_size)
    }

    /// Exclusive (or shared) advisory lock, waiting as long as it takes.
    static func lock(_ fd: Int32, exclusive: Bool) throws(Failure) {
        while flock(fd, exclusive ? LOCK_EX : LOCK_SH) != 0 {
            if errno != EINTR { throw Failure(operation: "cannot lock", errno: errno) }
        }
    }

    static func sync(_ fd: Int32) throws(Failure) {
        while fsync(fd) != 0 {
            if errno != EINTR { throw Failure(operation: "cannot sync", errno: errno) }
        }
    }

    static func syncDirectory(_ path: String) throws(Failure) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try sync(fd)
    }

    /// Writes all of `bytes`, looping over short writes and EINTR. On failure
    /// reports how many bytes made it.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, limit: Int? = nil,
                         injectedErrno: Int32 = EIO) -> (written: Int, errno: Int32?) {
        var done = 0
        let total = bytes.count
        while done < total {
            var chunk = total - done
            if let limit {
                // Test seam: behave as if the device filled up after `limit` bytes.
                if done >= limit { return (done, injectedErrno) }
                chunk = min(chunk, limit - done)
            }
            let r = write(fd, bytes.baseAddress! + done, chunk)
            if r < 0 {
                if errno == EINTR { continue }
                return (done, errno)
            }
            if r == 0 { return (done, EIO) }
            done += r
        }
        return (done, nil)
    }

    static func preadAll(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws(Failure) -> Int {
        var done = 0
        while done < buffer.count {
            let r = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
            if r < 0 {
                if errno == EINTR { continue }
                throw Failure(operation: "cannot read", errno: errno)
            }
            if r == 0 { break }
            done += r
        }
        return done
    }

    static func readAt(_ fd: Int32, offset: Int, count: Int) throws(Failure) -> [UInt8] {
        var failure: Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            do {
                initialized = try preadAll(fd, into: UnsafeMutableRawBufferPointer(buffer), at: offset)
            } catch {
                failure = error as? Failure ?? Failure(operation: "cannot read", errno: EIO)
                initialized = 0
            }
        }
        if let failure { throw failure }
        return bytes
    }

    /// Reads the whole file from its start.
    static func readAll(_ fd: Int32) throws(Failure) -> [UInt8] {
        let size = try size(fd)
        var bytes = try readAt(fd, offset: 0, count: size)
        // The file may have grown since fstat (a writer without the lock): take the rest too.
        while bytes.count == size {
            let more = try readAt(fd, offset: bytes.count, count: 1 << 16)
            if more.isEmpty { break }
            bytes.append(contentsOf: more)
            if more.count < 1 << 16 { break }
        }
        return bytes
    }

    static func truncate(_ fd: Int32, to length: Int) throws(Failure) {
        while ftruncate(fd, off_t(length)) != 0 {
            if errno != EINTR { throw Failure(operation: "cannot truncate", errno: errno) }
        }
    }

    static func exists(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0
    }

    static func isDirectory(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }

    /// `mkdir -p`, syncing the parent of every folder it creates. Returns whether it created anything.
    @discardableResult
    static func makeDirectories(_ path: String) throws(Failure) -> Bool {
        if isDirectory(path) { return false }
        let parent = parentDirectory(path)
        if parent != path { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 {
            if errno == EEXIST && isDirectory(path) { return false }
            throw Failure(operation: "cannot create folder", errno: errno)
        }
        try syncDirectory(parent)
        return true
    }

    static func parentDirectory(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        guard let slash = p.lastIndex(of: "/") else { return "." }
        if slash == p.startIndex { return "/" }
        return String(p[..<slash])
    }
}

@inline(__always)
private func Glibc_open(_ path: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t) -> Int32 {
    open(path, flags, mode)
}
