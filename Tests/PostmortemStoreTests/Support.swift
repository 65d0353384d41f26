import Foundation
import PostmortemCore
@testable import PostmortemStore

/// A fresh temporary folder, removed when the value is released by `withTemporaryDirectory`.
func withTemporaryDirectory<R>(_ body: (String) throws -> R) rethrows -> R {
    var template = Array("/tmp/postmortem-store-test-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { buffer -> String in
        guard let p = mkdtemp(buffer.baseAddress!) else { fatalError("mkdtemp failed") }
        return String(cString: p)
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try body(path)
}

func bytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

func write(_ bytes: [UInt8], to path: String) {
    try! Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The lines of a file (without their newlines), and whether it ends with one.
func lines(_ data: [UInt8]) -> [[UInt8]] {
    var result: [[UInt8]] = []
    var current: [UInt8] = []
    for b in data {
        if b == 0x0A { result.append(current); current = [] } else { current.append(b) }
    }
    if !current.isEmpty { result.append(current) }
    return result
}

let t0 = Timestamp(rfc3339: "2026-11-20T04:18:00Z")!

func answered(_ field: String, _ value: String) -> (type: String, payload: JSONObject) {
    ("answered", JSONObject([("field", .string(field)), ("value", .string(value))]))
}

/// A journal with `count` events appended one at a time.
func makeJournal(in dir: String, id: String = "pm-1", count: Int) throws -> Journal {
    let journal = try Workspace(path: dir).journal(for: id)
    for k in 0..<count {
        _ = try journal.append([answered("summary", "Event \(k): the payments API returned 502s — \"ünïcödé\" ✓")],
                               actor: "ana", at: t0.adding(seconds: Int64(k)), expectedNextSeq: k)
    }
    return journal
}

/// The directory holding the test binary (and, after `swift build`, the package's executables).
var productsDirectory: String {
    let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
    // On some platforms the test binary sits inside a bundle.
    while dir.path.hasSuffix(".xctest") || dir.lastPathComponent == "MacOS" || dir.lastPathComponent == "Contents" {
        dir = dir.deletingLastPathComponent()
    }
    return dir.path
}

extension Array where Element == UInt8 {
    var text: String { String(decoding: self, as: UTF8.self) }
}
