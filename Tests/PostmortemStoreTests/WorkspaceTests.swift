import Foundation
import PostmortemCore
@testable import PostmortemStore
import Testing

@Suite("Workspace")
struct WorkspaceTests {
    @Test func listsPostMortemsSorted() throws {
        try withTemporaryDirectory { dir in
            let ws = Workspace(path: dir + "/")
            #expect(ws.path == dir)
            #expect(try Workspace(path: dir + "/absent").ids() == [])
            for id in ["b-2", "A.1", "a_3", "2026-11-20"] {
                _ = try makeJournal(in: dir, id: id, count: 1)
            }
            // Folders without a journal, reserved folders and files are not post-mortems.
            try FileManager.default.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: ws.templatesDirectory, withIntermediateDirectories: true)
            write([], to: dir + "/notes.txt")
            #expect(try ws.ids() == ["2026-11-20", "A.1", "a_3", "b-2"])
            #expect(ws.contains("b-2") && !ws.contains("empty") && !ws.contains("../x"))
            #expect(ws.templatesDirectory == dir + "/templates")
            #expect(ws.keysDirectory == dir + "/keys")
            #expect(try ws.journal(for: "b-2").path == dir + "/b-2/journal.jsonl")
            #expect(try ws.journal(for: "b-2").lockPath == dir + "/b-2/journal.lock")
        }
    }

    @Test(arguments: ["../x", "/etc", ".", "..", "", "a/b", ".hidden", "-dash", "with space", "é", "templates", "keys",
                      String(repeating: "a", count: 65), "x\u{0}y"])
    func refusesIdsThatAreNotPlainNames(_ id: String) {
        do {
            _ = try Workspace(path: "/tmp").journal(for: id)
            Issue.record("\(id) accepted")
        } catch {
            guard case .invalidID(let found, _) = error else { Issue.record("\(error)"); return }
            #expect(found == id)
            #expect(error.description.contains("letters, digits, '.', '_' and '-'"))
        }
    }

    @Test(arguments: ["a", "0", "2026-11-20-payments", "A.b_c-d", String(repeating: "a", count: 64), "templates2"])
    func acceptsPlainNames(_ id: String) throws {
        try Workspace.validate(id: id)
    }
}
