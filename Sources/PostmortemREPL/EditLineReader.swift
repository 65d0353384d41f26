// The only file that imports CEditLine (libedit). See DESIGN.md, "Architecture".
import CEditLine
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A `LineReader` for an interactive terminal, on libedit: emacs key bindings,
/// Ctrl-R incremental reverse search, Up/Down history persisted in
/// `$XDG_STATE_HOME/postmortem/history`, Tab completion through `completer`,
/// window resizing, and Ctrl-C reported as `.interrupted`.
///
/// Use one at a time (libedit and the SIGINT flag are process-wide state).
///
/// Things a caller should know:
/// - Colour in a prompt: put each escape sequence between two `\u{1}`
///   (``PromptText/ignoreMarker``), and not at the very end of the prompt.
/// - Keep the prompt to one line; print context lines before calling `readLine`.
/// - Ctrl-C: the terminal shows `^C`, the reader prints a newline and returns
///   `.interrupted`; the SIGINT handler is installed only while `readLine`
///   waits, the previous one is restored before it returns. libedit passes
///   the signal on with `kill(0, SIGINT)`, i.e. to the whole process group.
/// - Ctrl-D on an empty line: libedit shows `^D`, the reader ends the line
///   and returns `.endOfInput` (so does a hung-up terminal).
/// - The constructor sets LC_CTYPE from the environment (C.UTF-8 if unset).
/// - The history file is libedit's format (`_HiStOrY_V2_` header; spaces and
///   other characters escaped as by strvis(3), e.g. `\040`).
public final class LibeditLineReader: LineReader {
    public var completer: (@Sendable (String) -> [String])?

    /// How many lines the history keeps.
    public static let historyCapacity = 1000

    private let el: OpaquePointer
    private let hist: OpaquePointer
    private let historyPath: String?
    private let output: (String) -> Void
    /// The current prompt as a C string; libedit's prompt callback returns it.
    private var promptCString: UnsafeMutablePointer<CChar>

    /// True when both stdin and stdout are terminals.
    public static func isTerminal() -> Bool {
        isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    }

    /// The history file for this process's environment (nil: no history file).
    public static func defaultHistoryPath() -> String? {
        var env: [String: String] = [:]
        for key in ["XDG_STATE_HOME", "HOME"] {
            if let v = getenv(key) { env[key] = String(cString: v) }
        }
        var home: String?
        if let pw = getpwuid(getuid()), let dir = pw.pointee.pw_dir { home = String(cString: dir) }
        return HistoryLocation.path(environment: env, home: home)
    }

    /// - Parameters:
    ///   - programName: the name `~/.editrc` lines may be prefixed with (`postmortem:bind ...`).
    ///   - historyPath: where history is loaded from and saved to; nil keeps it in memory only.
    ///   - output: receives what the reader itself writes besides libedit's drawing
    ///     (`^C` and the newline after an interruption, the newline at end of input).
    /// Returns nil if libedit cannot be initialised.
    public init?(programName: String = "postmortem",
                 historyPath: String? = LibeditLineReader.defaultHistoryPath(),
                 output: @escaping (String) -> Void = standardOutputWriter()) {
        // libedit decodes input bytes with mbrtowc: without a UTF-8 LC_CTYPE,
        // every non-ASCII character would be dropped.
        _ = pm_setup_utf8_locale()
        guard let el = pm_el_init(programName) else { return nil }
        guard let hist = history_init() else {
            el_end(el)
            return nil
        }
        self.el = el
        self.hist = hist
        self.historyPath = historyPath
        self.output = output
        self.promptCString = strdup("")!

        pm_history_set_size(hist, Int32(Self.historyCapacity))
        pm_history_set_unique(hist, 1)
        if let historyPath, access(historyPath, R_OK) == 0 {
            pm_history_load(hist, historyPath)
        }
        pm_el_set_hist(el, hist)

        pm_el_set_clientdata(el, Unmanaged.passUnretained(self).toOpaque())
        pm_el_set_prompt_esc(el, libeditPrompt, CChar(1))
        pm_el_set_editor(el, "emacs")
        // Window resizes (SIGWINCH), suspend/continue, and restoring the tty on
        // SIGINT are handled by libedit while it reads.
        pm_el_set_signal(el, 1)
        // libedit's emacs map binds ^R to ed-redisplay; make it a readline-like
        // incremental search backwards through history.
        pm_el_bind(el, "^R", "em-inc-search-prev")
        pm_el_bind(el, "^S", "em-inc-search-next")
        pm_el_addfn(el, "pm-complete", "Complete the word before the cursor", libeditComplete)
        pm_el_bind(el, "^I", "pm-complete")
        // ~/.editrc may override the bindings above (e.g. `postmortem:bind -v`).
        el_source(el, nil)
    }

    deinit {
        el_end(el)
        history_end(hist)
        free(promptCString)
    }

    public func readLine(prompt: String) -> LineInput {
        free(promptCString)
        promptCString = strdup(prompt) ?? strdup("")!
        fflush(nil) // anything printed with `print` shows before the prompt

        var previous = sigaction()
        pm_install_sigint(&previous)
        var count: Int32 = 0
        pm_set_errno(0)
        let result = el_gets(el, &count)
        let readErrno = pm_errno()
        let interrupted = pm_sigint_take() != 0
        pm_restore_sigint(&previous)

        if let result, count > 0 {
            var bytes = Array(UnsafeRawBufferPointer(start: result, count: Int(count)))
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            return .line(String(decoding: bytes, as: UTF8.self))
        }
        if interrupted || (count < 0 && readErrno == EINTR) {
            // Discard the half-typed line so the next prompt starts clean.
            el_reset(el)
            output("^C\n")
            return .interrupted
        }
        // Ctrl-D on an empty line, end of file, or an error such as EIO after
        // the terminal hung up: finish the prompt's line and stop.
        output("\n")
        return .endOfInput
    }

    public func addHistory(_ line: String) {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return }
        // Keep each line once: drop older copies, then enter it as the newest.
        pm_history_delete_equal(hist, line)
        pm_history_enter(hist, line)
        saveHistory()
    }

    /// Writes the history file (0600, in a 0700 folder) through a temporary
    /// file and a rename, so an interrupted save never leaves it half written.
    private func saveHistory() {
        guard let historyPath else { return }
        guard HistoryLocation.createParentDirectory(of: historyPath) else { return }
        let temporary = historyPath + ".tmp-\(getpid())"
        if pm_history_save(hist, temporary) >= 0 {
            if rename(temporary, historyPath) != 0 { unlink(temporary) }
        } else {
            unlink(temporary)
        }
    }

    // MARK: callbacks

    fileprivate static func from(_ el: OpaquePointer?) -> LibeditLineReader? {
        guard let el, let data = pm_el_get_clientdata(el) else { return nil }
        return Unmanaged<LibeditLineReader>.fromOpaque(data).takeUnretainedValue()
    }

    fileprivate var currentPrompt: UnsafeMutablePointer<CChar> { promptCString }

    /// Tab: asks `completer` for candidates for the text before the cursor,
    /// inserts their common prefix, and lists them when ambiguous.
    fileprivate func complete() -> UInt8 {
        guard let completer, let info = el_line(el)?.pointee,
              let buffer = info.buffer, let cursor = info.cursor else { return UInt8(CC_ERROR) }
        let before = String(decoding: UnsafeRawBufferPointer(start: buffer, count: cursor - buffer), as: UTF8.self)
        guard let edit = Completion.edit(textBeforeCursor: before, candidates: completer(before)) else {
            return UInt8(CC_ERROR) // beeps
        }
        if edit.deleteCount > 0 { el_deletestr(el, Int32(edit.deleteCount)) }
        if !edit.insert.isEmpty { el_insertstr(el, edit.insert) }
        guard !edit.listing.isEmpty else { return UInt8(CC_REFRESH) }
        let width = Int(pm_terminal_columns(STDOUT_FILENO, 80))
        let listing = Completion.columns(edit.listing, width: width, displayWidth: Self.displayWidth)
        pm_el_write(el, "\n" + listing)
        return UInt8(CC_REDISPLAY)
    }

    private static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + max(0, Int(pm_wcwidth($1.value))) }
    }
}

/// libedit's prompt callback: the reader's current prompt.
private let libeditPrompt: @convention(c) (OpaquePointer?) -> UnsafeMutablePointer<CChar>? = { el in
    LibeditLineReader.from(el)?.currentPrompt
}

/// libedit's EL_ADDFN callback bound to Tab.
private let libeditComplete: @convention(c) (OpaquePointer?, Int32) -> UInt8 = { el, _ in
    LibeditLineReader.from(el)?.complete() ?? UInt8(CC_ERROR)
}

/// The reader for this process: libedit when stdin and stdout are terminals,
/// otherwise (pipes, files, CI) the plain reader, which echoes what it reads.
public func makeLineReader(output: @escaping (String) -> Void = standardOutputWriter()) -> LineReader {
    if LibeditLineReader.isTerminal(), let reader = LibeditLineReader(output: output) {
        return reader
    }
    return PlainLineReader(input: STDIN_FILENO, output: output)
}
