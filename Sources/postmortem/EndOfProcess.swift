/// The one-shot commands' last step: the process is about to end, so the
/// replayed journal need not be released object by object (a million events
/// take a tenth of a second to free); the kernel takes the memory back at once.
enum EndOfProcess {
    /// Leaves `object` (and everything it holds) alive until the process exits.
    /// Only for commands that end right after: memory is never given back.
    static func keep(_ object: AnyObject) {
        _ = Unmanaged.passRetained(object)
    }
}
