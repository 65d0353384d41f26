import ArgumentParser

/// Options every command takes: where the workspace is and who is acting.
struct GlobalOptions: ParsableArguments {
    @Option(name: .customLong("dir"), help: ArgumentHelp("The workspace folder (default: $POSTMORTEM_DIR, else ./postmortems).", valueName: "DIR"))
    var directory: String?

    @Option(name: .customLong("as"), help: ArgumentHelp("Who is acting (default: $POSTMORTEM_USER, git's user.name, $USER).", valueName: "NAME"))
    var actor: String?
}
