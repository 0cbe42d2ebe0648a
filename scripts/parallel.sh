#!/usr/bin/env bash
# Runs each argument as a command, all at once, and prints each one's output whole, in the order given, once all have
# finished; fails if any failed, naming it. For checks that each keep one core busy (svelte-check, ESLint): on this
# 2-core machine `npm test` runs the type check and the lint side by side.
# Usage: bash scripts/parallel.sh 'npm run check:types' 'npm run lint'
set -uo pipefail
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pids=()
i=0
for command in "$@"; do
	bash -c "$command" >"$dir/$i.out" 2>&1 &
	pids+=($!)
	i=$((i + 1))
done
failed=()
i=0
for command in "$@"; do
	if wait "${pids[$i]}"; then status=0; else status=$?; fi
	echo "> $command"
	cat "$dir/$i.out"
	[ "$status" -eq 0 ] || failed+=("$command (exit $status)")
	i=$((i + 1))
done
if [ "${#failed[@]}" -gt 0 ]; then
	printf 'failed: %s\n' "${failed[@]}" >&2
	exit 1
fi
