import Crypto
import Foundation
import PostmortemCore
import PostmortemStore

/// A reviewer's Ed25519 signing key, kept in `$XDG_CONFIG_HOME/postmortem/signing.key` (0600, folder 0700).
enum Keys {
    static func folder(_ environment: [String: String]) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.config")
        return base + "/postmortem"
    }
    static func keyFile(_ environment: [String: String]) -> String { folder(environment) + "/signing.key" }

    /// Creates the key; refuses to overwrite one.
    static func initialize(_ environment: [String: String]) throws -> Curve25519.Signing.PrivateKey {
        let file = keyFile(environment)
        if FileManager.default.fileExists(atPath: file) {
            throw CLIError.refused("A key already exists at \(file); `postmortem keys show` prints its public half.")
        }
        try FileManager.default.createDirectory(atPath: folder(environment), withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        chmod(folder(environment), 0o700)
        let key = Curve25519.Signing.PrivateKey()
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else { throw CLIError.refused("Cannot create \(file): \(String(cString: strerror(errno))).") }
        let text = Array((key.rawRepresentation.base64EncodedString() + "\n").utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard written == text.count else { throw CLIError.refused("Could not write \(file).") }
        return key
    }

    /// Loads the key, refusing one whose file or folder others can read.
    static func load(_ environment: [String: String]) throws -> Curve25519.Signing.PrivateKey? {
        let file = keyFile(environment)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        for (path, allowed) in [(folder(environment), 0o700), (file, 0o600)] {
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            let mode = Int(info.st_mode) & 0o777
            if mode & ~allowed != 0 {
                throw CLIError.refused("\(path) has permissions \(String(mode, radix: 8)); a signing key must be private. Run: chmod \(String(allowed, radix: 8)) \(path)")
            }
        }
        guard let text = try? String(contentsOfFile: file, encoding: .utf8), let raw = Data(base64Encoded: text.trimmed),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else {
            throw CLIError.refused("\(file) is not a postmortem signing key. Move it away and run `postmortem keys init`.")
        }
        return key
    }

    /// Signs statements with the actor's key, when there is one (and it is private).
    static func signer(environment: [String: String]) -> (@Sendable ([UInt8]) -> String?)? {
        guard let raw = (try? load(environment))?.rawRepresentation else { return nil }
        return { bytes in
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
            return (try? key?.signature(for: Data(bytes)))?.base64EncodedString()
        }
    }

    /// `<workspace>/keys/NAME.pub`: the base64 raw public key of each reviewer who committed one.
    static func publicKeys(in workspace: Workspace) -> [String: [UInt8]] {
        let dir = workspace.keysDirectory
        var keys: [String: [UInt8]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] where name.hasSuffix(".pub") {
            guard let text = try? String(contentsOfFile: dir + "/" + name, encoding: .utf8) else { continue }
            let base64 = text.split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
            if let raw = Data(base64Encoded: base64), raw.count == 32 { keys[String(name.dropLast(4))] = Array(raw) }
        }
        return keys
    }
}
