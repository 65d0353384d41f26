import Dispatch
import Testing
@testable import PostmortemREPL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects what a reader writes.
private final class Transcript {
    var text = ""
    var writer: (String) -> Void { { [unowned self] in self.text += $0 } }
}

/// A pipe whose write end already holds `bytes` and is closed (unless `keepOpen`).
private final class PipeInput: @unchecked Sendable { // fds only; tests hand it to one writer thread
    let readEnd: Int32
    let writeEnd: Int32
    private var writeOpen = true

    init(_ bytes: [UInt8], keepOpen: Bool = false) {
        var fds: [Int32] = [0, 0]
        precondition(pipe(&fds) == 0)
        readEnd = fds[0]
        writeEnd = fds[1]
        write(bytes)
        if !keepOpen { closeWriteEnd() }
    }

    convenience init(_ text: String, keepOpen: Bool = false) {
        self.init(Array(text.utf8), keepOpen: keepOpen)
    }

    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buf in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(writeEnd, buf.baseAddress! + offset, buf.count - offset)
                precondition(n > 0)
                offset += n
            }
        }
    }

    func closeWriteEnd() {
        if writeOpen { close(writeEnd); writeOpen = false }
    }

    deinit {
        closeWriteEnd()
        close(readEnd)
    }
}

private func temporaryDirectory() -> String {
    var template = Array("/tmp/pm-linereader-XXXXXX".utf8CString)
    let path = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
    return String(cString: path!)
}

private func removeTree(_ path: String) {
    _ = system("rm -rf '\(path)'")
}

private func fileText(_ path: String) -> String? {
    guard let f = fopen(path, "r") else { return nil }
    defer { fclose(f) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 4096)
    while true {
        let n = fread(&chunk, 1, chunk.count, f)
        if n <= 0 { break }
        bytes += chunk[0..<n]
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func mode(_ path: String) -> mode_t {
    var st = stat()
    precondition(stat(path, &st) == 0)
    return st.st_mode & 0o777
}

// MARK: - ScriptedLineReader

@Suite struct ScriptedLineReaderTests {
    @Test func returnsInputsInOrderThenEndOfInputForever() {
        let reader = ScriptedLineReader([.line("one"), .interrupted, .line(""), .endOfInput, .line("after")])
        #expect(reader.readLine(prompt: "a> ") == .line("one"))
        #expect(reader.readLine(prompt: "b> ") == .interrupted)
        #expect(reader.readLine(prompt: "c> ") == .line(""))
        #expect(reader.readLine(prompt: "d> ") == .endOfInput)
        #expect(reader.readLine(prompt: "e> ") == .line("after"))
        #expect(reader.readLine(prompt: "f> ") == .endOfInput)
        #expect(reader.readLine(prompt: "g> ") == .endOfInput)
        #expect(reader.prompts == ["a> ", "b> ", "c> ", "d> ", "e> ", "f> ", "g> "])
        #expect(reader.remaining.isEmpty)
    }

    @Test func echoesATranscriptLikeThePlainReader() {
        let out = Transcript()
        let reader = ScriptedLineReader([.line("Grüße 東京"), .interrupted], output: out.writer)
        _ = reader.readLine(prompt: "title> ")
        _ = reader.readLine(prompt: "summary> ")
        _ = reader.readLine(prompt: "impact> ")
        #expect(out.text == "title> Grüße 東京\nsummary> ^C\nimpact> \n")
    }

    @Test func stripsZeroWidthMarkersFromPrompts() {
        let out = Transcript()
        let reader = ScriptedLineReader(lines: ["x"], output: out.writer)
        _ = reader.readLine(prompt: "\u{1}\u{1B}[1m\u{1}bold\u{1}\u{1B}[0m\u{1}> ")
        #expect(reader.prompts == ["\u{1B}[1mbold\u{1B}[0m> "])
        #expect(out.text == "\u{1B}[1mbold\u{1B}[0m> x\n")
    }

    @Test func recordsHistoryAndKeepsTheCompleter() {
        let reader = ScriptedLineReader([])
        reader.addHistory("/help")
        reader.addHistory("answer")
        #expect(reader.history == ["/help", "answer"])
        reader.completer = { before in before.hasSuffix("/he") ? ["/help"] : [] }
        #expect(reader.completer?("/he") == ["/help"])
    }

    @Test func worksThroughTheProtocol() {
        let reader: any LineReader = ScriptedLineReader(lines: ["a"])
        #expect(reader.readLine(prompt: "> ") == .line("a"))
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }
}

// MARK: - PlainLineReader

@Suite struct PlainLineReaderTests {
    private func readAll(_ input: PipeInput, prompt: String = "> ") -> ([LineInput], String) {
        let out = Transcript()
        let reader = PlainLineReader(input: input.readEnd, output: out.writer)
        var results: [LineInput] = []
        while true {
            let r = reader.readLine(prompt: prompt)
            results.append(r)
            if r == .endOfInput || results.count > 10_000 { break }
        }
        return (results, out.text)
    }

    @Test func readsLinesAndEchoesThemAsATranscript() {
        let (results, text) = readAll(PipeInput("first\nsecond\n"))
        #expect(results == [.line("first"), .line("second"), .endOfInput])
        #expect(text == "> first\n> second\n> \n")
    }

    @Test func handlesCRLF() {
        let (results, _) = readAll(PipeInput("a\r\nb\r\n\r\n"))
        #expect(results == [.line("a"), .line("b"), .line(""), .endOfInput])
    }

    @Test func returnsALastLineWithoutNewline() {
        let (results, text) = readAll(PipeInput("one\ntwo"))
        #expect(results == [.line("one"), .line("two"), .endOfInput])
        #expect(text == "> one\n> two\n> \n")
    }

    @Test func keepsEmptyLines() {
        let (results, _) = readAll(PipeInput("\n\nx\n"))
        #expect(results == [.line(""), .line(""), .line("x"), .endOfInput])
    }

    @Test func emptyInputIsEndOfInputAtOnceAndStaysSo() {
        let input = PipeInput("")
        let reader = PlainLineReader(input: input.readEnd, output: { _ in })
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }

    @Test func roundTripsNonASCII() {
        let line = "Grüße, café — 東京 ✓ 🚒"
        let (results, text) = readAll(PipeInput(line + "\n"))
        #expect(results == [.line(line), .endOfInput])
        #expect(text == "> \(line)\n> \n")
    }

    @Test func replacesInvalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x0A, 0xE6, 0x9D] // a \xFF b, truncated é; truncated 東
        let (results, _) = readAll(PipeInput(bytes))
        #expect(results == [.line("a\u{FFFD}b\u{FFFD}"), .line("\u{FFFD}"), .endOfInput])
    }

    @Test func readsLinesLongerThanOneChunk() {
        let long = String(repeating: "é", count: 10_000) // 20,000 bytes, split mid-character by 4 KiB reads
        let (results, _) = readAll(PipeInput(long + "\nshort\n" + long))
        #expect(results == [.line(long), .line("short"), .line(long), .endOfInput])
    }

    @Test func waitsForTheRestOfALineWrittenLater() {
        let input = PipeInput("par", keepOpen: true)
        let reader = PlainLineReader(input: input.readEnd, output: { _ in })
        DispatchQueue.global().asyncAfter(deadline: .now() + .milliseconds(50)) {
            input.write(Array("tial\nnext\n".utf8))
            input.closeWriteEnd()
        }
        #expect(reader.readLine(prompt: "") == .line("partial"))
        #expect(reader.readLine(prompt: "") == .line("next"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func leavesBytesAfterTheLineForTheNextRead() {
        let input = PipeInput("a\nb\n")
        let out = Transcript()
        let reader = PlainLineReader(input: input.readEnd, output: out.writer)
        #expect(reader.readLine(prompt: "1> ") == .line("a"))
        #expect(out.text == "1> a\n")
        #expect(reader.readLine(prompt: "2> ") == .line("b"))
        #expect(out.text == "1> a\n2> b\n")
    }

    @Test func stripsPromptMarkersAndHasNoHistory() {
        let (results, text) = readAll(PipeInput("x\n"), prompt: "\u{1}\u{1B}[32m\u{1}go\u{1}\u{1B}[0m\u{1}> ")
        #expect(results == [.line("x"), .endOfInput])
        #expect(text.hasPrefix("\u{1B}[32mgo\u{1B}[0m> x\n"))
        PlainLineReader(input: -1, output: { _ in }).addHistory("ignored") // no-op, no crash
    }
}

// MARK: - Completion

@Suite struct CompletionTests {
    @Test func lastWord() {
        #expect(Completion.lastWord(of: "") == "")
        #expect(Completion.lastWord(of: "/he") == "/he")
        #expect(Completion.lastWord(of: "/edit ti") == "ti")
        #expect(Completion.lastWord(of: "/edit ") == "")
        #expect(Completion.lastWord(of: "a\tb") == "b")
    }

    @Test func commonPrefix() {
        #expect(Completion.commonPrefix([String]()) == "")
        #expect(Completion.commonPrefix(["/help"]) == "/help")
        #expect(Completion.commonPrefix(["/status", "/show"]) == "/s")
        #expect(Completion.commonPrefix(["/help", "/history"]) == "/h")
        #expect(Completion.commonPrefix(["abc", "xyz"]) == "")
        #expect(Completion.commonPrefix(["café", "cafe\u{301}x"]) == "café") // by Character, canonically equal
    }

    @Test func uniqueCandidateIsCompleted() {
        let edit = Completion.edit(textBeforeCursor: "/he", candidates: ["/help"])
        #expect(edit == .init(deleteCount: 0, insert: "lp", listing: []))
    }

    @Test func ambiguousCandidatesExtendToTheCommonPrefixAndAreListed() {
        let edit = Completion.edit(textBeforeCursor: "/edit r", candidates: ["root_cause", "root_cause", "response"])
        #expect(edit == .init(deleteCount: 0, insert: "", listing: ["root_cause", "response"]))
        let longer = Completion.edit(textBeforeCursor: "/h", candidates: ["/history", "/histogram"])
        #expect(longer == .init(deleteCount: 0, insert: "isto", listing: ["/history", "/histogram"]))
    }

    @Test func candidatesNotStartingWithTheWordReplaceIt() {
        let edit = Completion.edit(textBeforeCursor: "/edit Tí", candidates: ["timeline"])
        #expect(edit == .init(deleteCount: 2, insert: "timeline", listing: []))
    }

    @Test func typedTextIsNeverShortened() {
        let edit = Completion.edit(textBeforeCursor: "Ro", candidates: ["root", "response"])
        #expect(edit == .init(deleteCount: 0, insert: "", listing: ["root", "response"]))
    }

    @Test func noCandidateIsNil() {
        #expect(Completion.edit(textBeforeCursor: "zz", candidates: []) == nil)
        #expect(Completion.edit(textBeforeCursor: "zz", candidates: [""]) == nil)
    }

    @Test func columnsFitTheWidthDownFirst() {
        let words = ["/help", "/history", "/quit", "/status", "/show"]
        #expect(Completion.columns(words, width: 80) == "/help     /history  /quit     /status   /show\n")
        #expect(Completion.columns(words, width: 20) == "/help     /status\n/history  /show\n/quit\n")
        #expect(Completion.columns(words, width: 3) == words.map { $0 + "\n" }.joined())
        #expect(Completion.columns([], width: 80) == "")
    }
}

// MARK: - History location and the libedit reader's history file

@Suite struct HistoryTests {
    @Test func locationFollowsXDG() {
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/postmortem/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "/s/", "HOME": "/h"]) == "/s/postmortem/history")
        #expect(HistoryLocation.path(environment: ["HOME": "/h"]) == "/h/.local/state/postmortem/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "", "HOME": "/h"]) == "/h/.local/state/postmortem/history")
        #expect(HistoryLocation.path(environment: ["XDG_STATE_HOME": "rel", "HOME": "/h"]) == "/h/.local/state/postmortem/history")
        #expect(HistoryLocation.path(environment: [:], home: "/pw") == "/pw/.local/state/postmortem/history")
        #expect(HistoryLocation.path(environment: [:]) == nil)
    }

    @Test func createsMissingFoldersPrivate() {
        let dir = temporaryDirectory()
        defer { removeTree(dir) }
        #expect(HistoryLocation.createParentDirectory(of: dir + "/a/b/history"))
        #expect(mode(dir + "/a") == 0o700)
        #expect(mode(dir + "/a/b") == 0o700)
        #expect(HistoryLocation.createParentDirectory(of: dir + "/a/b/history")) // already there
    }

    @Test func libeditReaderSavesUniqueHistoryAndReloadsIt() throws {
        let dir = temporaryDirectory()
        defer { removeTree(dir) }
        let path = dir + "/state/postmortem/history"
        do {
            let reader = try #require(LibeditLineReader(historyPath: path, output: { _ in }))
            reader.addHistory("/help")
            reader.addHistory("Grüße 東京")
            reader.addHistory("   ") // blank: not kept
            reader.addHistory("/help") // again: the older copy goes
        }
        let saved = try #require(fileText(path))
        let lines = saved.split(separator: "\n").map { $0.replacing("\\040", with: " ") }
        #expect(lines.dropFirst() == ["Grüße 東京", "/help"]) // first line is libedit's header
        #expect(mode(path) == 0o600)
        #expect(mode(dir + "/state/postmortem") == 0o700)

        // A second reader loads it, and adds to it.
        do {
            let reader = try #require(LibeditLineReader(historyPath: path, output: { _ in }))
            reader.addHistory("Grüße 東京")
        }
        let again = try #require(fileText(path))
        let lines2 = again.split(separator: "\n").map { $0.replacing("\\040", with: " ") }
        #expect(lines2.dropFirst() == ["/help", "Grüße 東京"])
    }
}
