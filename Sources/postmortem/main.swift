// The command-line entry point; commands are added as the slices land.
print("postmortem")
