import ArgumentParser
import Foundation
import PostmortemCore

/// `postmortem keys init|show`: a reviewer's Ed25519 signing key.
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: "A reviewer's signing key for sign-offs.",
                                                    subcommands: [Init.self, Show.self])

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create your signing key in $XDG_CONFIG_HOME/postmortem/ (0600).")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let app = try App(global)
            let key = try Keys.initialize(app.environment)
            app.out.line("Created \(Keys.keyFile(app.environment)) (private: 0600).")
            app.out.line("Commit your public key so reviews can check your sign-offs:")
            app.out.line("  mkdir -p \(ActionExport.shellQuote(app.workspace.keysDirectory)) && echo \(key.publicKey.rawRepresentation.base64EncodedString()) > \(ActionExport.shellQuote(app.workspace.keysDirectory + "/" + app.actor + ".pub"))")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print your public key, to commit as <workspace>/keys/NAME.pub.")
        @OptionGroup var global: GlobalOptions
        func run() throws {
            let app = try App(global)
            guard let key = try Keys.load(app.environment) else {
                throw CLIError.refused("You have no signing key yet. `postmortem keys init` creates one.")
            }
            app.out.line("ed25519 \(key.publicKey.rawRepresentation.base64EncodedString())")
            app.out.note("Save it as \(ActionExport.shellQuote(app.workspace.keysDirectory + "/" + app.actor + ".pub"))")
        }
    }
}

