#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of post-mortems: `<workspace>/<id>/journal.jsonl` for each one,
/// plus `templates/` (template overrides) and `keys/` (signing keys).
public struct Workspace: Sendable {
    /// The workspace folder.
    public let path: String

    /// Folder names inside a workspace that are not post-mortems.
    public static let reservedNames: Set<String> = ["templates", "keys"]

    public init(path: String) {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        self.path = p.isEmpty ? "." : p
    }

    /// `<workspace>/templates`
    public var templatesDirectory: String { path + "/templates" }
    /// `<workspace>/keys`
    public var keysDirectory: String { path + "/keys" }

    /// Whether the workspace folder exists.
    public var exists: Bool { FileIO.isDirectory(path) }

    /// The ids of the post-mortems here (subfolders holding a `journal.jsonl`),
    /// sorted. An absent workspace folder has none.
    public func ids() throws(WorkspaceError) -> [String] {
        guard let dir = opendir(path) else {
            if errno == ENOENT { return [] }
            throw .io(operation: "cannot list", path: path, errno: errno)
        }
        defer { closedir(dir) }
        var ids: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            guard Workspace.validationProblem(name) == nil else { continue }
            if FileIO.isRegularFile(path + "/" + name + "/journal.jsonl") { ids.append(name) }
        }
        return ids.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// The journal of post-mortem `id` (which need not exist yet: appending creates it).
    public func journal(for id: String) throws(WorkspaceError) -> Journal {
        try Workspace.validate(id: id)
        return Journal(directory: path + "/" + id, id: id)
    }

    /// Whether post-mortem `id` has a journal here.
    public func contains(_ id: String) -> Bool {
        Workspace.validationProblem(id) == nil && FileIO.isRegularFile(path + "/" + id + "/journal.jsonl")
    }

    /// Throws `invalidID` unless `id` is a plain name `[A-Za-z0-9][A-Za-z0-9._-]{0,63}`
    /// that is not reserved (`templates`, `keys`).
    public static func validate(id: String) throws(WorkspaceError) {
        if let reason = validationProblem(id) { throw .invalidID(id, reason: reason) }
    }

    static func validationProblem(_ id: String) -> String? {
        let bytes = Array(id.utf8)
        guard !bytes.isEmpty else { return "it is empty" }
        guard bytes.count <= 64 else { return "it is \(bytes.count) bytes long, more than 64" }
        func alnum(_ c: UInt8) -> Bool {
            (48...57).contains(c) || (65...90).contains(c) || (97...122).contains(c)
        }
        if id == "." || id == ".." { return "'\(id)' names a folder, not a post-mortem" }
        if bytes.contains(UInt8(ascii: "/")) { return "it contains '/' (an id is a name, not a path)" }
        guard alnum(bytes[0]) else { return "it must start with a letter or a digit" }
        for c in bytes where !(alnum(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "_") || c == UInt8(ascii: "-")) {
            if c < 0x20 || c == 0x7F { return "it contains a control character" }
            if c >= 0x80 { return "it contains a non-ASCII character" }
            return "it contains '\(Character(Unicode.Scalar(c)))'"
        }
        if reservedNames.contains(id) { return "'\(id)' is reserved for the workspace's \(id) folder" }
        return nil
    }
}
