# Shared helpers for the tmux-driven terminal tests (sourced by scripts/test-tty*).
# The caller defines T (tmux with its private socket), $tmp, $log (a file to show on failure)
# and a start function that sets $session.

passed=0
failed=0
session=""
TIMEOUT=${TEST_TTY_TIMEOUT:-10}   # seconds a condition may take to become true

ok() { passed=$((passed + 1)); echo "ok - $1"; }
not_ok() {
  failed=$((failed + 1))
  echo "not ok - $1"
  [ -n "${2:-}" ] && echo "#   $2"
  if [ -n "$session" ]; then
    echo "#   screen:"
    screen | sed '/^$/d; s/^/#   | /'
  fi
  echo "#   log:"
  sed 's/^/#   | /' "$log"
}
check() { # check NAME COMMAND...   (COMMAND polled until true or TIMEOUT)
  local name=$1; shift
  if poll "$@"; then ok "$name"; else not_ok "$name" "timed out waiting for: $*"; fi
}
poll() {
  local deadline=$((SECONDS + TIMEOUT))
  while :; do
    "$@" && return 0
    [ "$SECONDS" -ge "$deadline" ] && return 1
    sleep 0.05
  done
}

keys() { T send-keys -t "$session" "$@"; }           # key names: Enter Tab Up C-c ...
type_text() { T send-keys -t "$session" -l -- "$1"; } # literal text
screen() { T capture-pane -p -t "$session" 2>/dev/null; }
last_line() { screen | sed '/^$/d' | tail -n 1; }
last_line_is() { [ "$(last_line)" = "$1" ]; }
last_lines_are() { [ "$(screen | sed '/^$/d' | tail -n "$1")" = "$2" ]; }  # N, lines joined by newlines
screen_has_line() { screen | grep -Fxq -- "$1"; }
log_last_is() { [ "$(tail -n 1 "$log")" = "$1" ]; }
log_count_is() { [ "$(wc -l <"$log")" -eq "$1" ]; }
exited_with() { [ "$(cat "$tmp/$session.exit" 2>/dev/null)" = "exit=$1" ]; }

