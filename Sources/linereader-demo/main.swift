// A small program around the REPL's LineReader, driven by scripts/test-tty
// in a real terminal (tmux). Not part of the shipped product.
import PostmortemREPL
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let say = standardOutputWriter()
let reader = makeLineReader(output: say)
let commands = ["/help", "/history", "/quit", "/status", "/show"]
reader.completer = { before in
    let word = Completion.lastWord(of: before)
    guard word.hasPrefix("/") else { return [] }
    return commands.filter { $0.hasPrefix(word) }
}

let log: UnsafeMutablePointer<FILE>? = getenv("DEMO_LOG").flatMap { fopen($0, "a") }

// DEMO_COLOR=1: a green prompt, its escape sequences marked as zero-width.
let prompt = getenv("DEMO_COLOR") != nil ? "\u{1}\u{1B}[32m\u{1}demo>\u{1}\u{1B}[0m\u{1} " : "demo> "

loop: while true {
    switch reader.readLine(prompt: prompt) {
    case .line(let line):
        say("got: \(line)\n")
        if let log {
            fputs(line + "\n", log)
            fflush(log)
        }
        reader.addHistory(line)
    case .interrupted:
        say("interrupted\n")
    case .endOfInput:
        say("bye\n")
        break loop
    }
}
if let log { fclose(log) }
exit(0)
