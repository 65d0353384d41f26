import Foundation
import Testing

@Suite("Usage, help and output files")
struct UsageTests {
    @Test func helpPrintsUsageAndExitsZero() throws {
        let pm = try PostmortemProcess()
        for args in [["--help"], ["help"], ["new", "--help"], ["help", "review"]] {
            let result = try pm.run(args)
            #expect(result.status == 0, "\(args)")
            #expect(result.stdout.contains("USAGE: postmortem"), "\(args)")
        }
    }

    @Test func anUnknownCommandIsBadUsage() throws {
        let result = try PostmortemProcess().run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unexpected argument 'frobnicate'"))
    }

    @Test func renderWritesThroughASymlinkInsteadOfReplacingIt() throws {
        let pm = try PostmortemProcess()
        try pm.draft()
        let target = pm.root.appendingPathComponent("target.md"), link = pm.root.appendingPathComponent("link.md")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        #expect(try pm.run(["render", "db", "-o", link.path]).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("# Post-mortem: Checkout database outage"))
        let missing = try pm.run(["render", "db", "-o", "/nonexistent/dir/x.md"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("Cannot write /nonexistent/dir/x.md: No such file or directory."))
    }
}
