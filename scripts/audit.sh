#!/usr/bin/env bash
# Audits the packages the site ships (not the dev tools) for known vulnerabilities of high or critical severity.
# Fails on such a vulnerability. When npm cannot reach the advisory service at all (this workplace's registry
# access answers the audit's POST with 405 Method Not Allowed), it says so loudly and does not fail: a missing
# service is not a vulnerability, and failing there would block every CI run. The check then runs for real on
# any machine whose registry answers.
set -uo pipefail
cd "$(dirname "$0")/.."

report=$(npm audit --omit=dev --audit-level=high --json 2>/dev/null)
status=$?
if [ "$status" -eq 0 ]; then
	echo "npm audit: no high or critical vulnerability in the production dependencies."
	exit 0
fi
# npm audit exits 1 both for vulnerabilities and for a failed request; the JSON tells which.
kind=$(printf '%s' "$report" | node -e '
	let s = "";
	process.stdin.on("data", (d) => (s += d)).on("end", () => {
		try {
			const r = JSON.parse(s);
			if (r.metadata && r.metadata.vulnerabilities) console.log("vulnerable");
			else if (r.error) console.log("unreachable HTTP " + (r.statusCode ?? "error"));
			else console.log("unknown");
		} catch {
			console.log("unknown");
		}
	});
')
case "$kind" in
vulnerable)
	npm audit --omit=dev --audit-level=high
	echo "npm audit: high or critical vulnerabilities above: update the packages (npm audit fix) or replace them." >&2
	exit 1
	;;
unreachable*)
	echo "WARNING: npm audit could not reach the advisory service (${kind#unreachable }): dependencies NOT audited." >&2
	exit 0
	;;
*)
	echo "npm audit failed and its output could not be read:" >&2
	printf '%s\n' "$report" >&2
	exit 1
	;;
esac
