#!/usr/bin/env bash
# Keeps the time stamps of generated files whose content did not change, so that the compiler sees no change.
#
#   bash ops/keep-times.sh save DIR COPY       (before the generator runs: a copy of DIR, time stamps kept)
#   bash ops/keep-times.sh restore DIR COPY    (after it: each file equal to its copy gets the copy's time stamp back)
#
# The build runs it around jte's template generator (pom.xml), which writes every template's Java source anew on every
# build: the compiler then took them for changed and compiled all 580 sources, and the tests after them, on every
# `mvn spring-boot:run` (about 30 s). A template that did change keeps its new time stamp and is compiled.
set -euo pipefail

mode=${1:?save or restore}
dir=${2:?the directory of generated files}
copy=${3:?the directory for the copy}
case $mode in
	save)
		rm -rf "$copy"
		if [ -d "$dir" ]; then mkdir -p "$(dirname "$copy")" && cp -a "$dir" "$copy"; fi
		;;
	restore)
		[ -d "$copy" ] && [ -d "$dir" ] || exit 0
		(cd "$dir" && find . -type f -print0) | while IFS= read -r -d '' file; do
			if [ -f "$copy/$file" ] && cmp -s "$dir/$file" "$copy/$file"; then touch -r "$copy/$file" "$dir/$file"; fi
		done
		;;
	*) echo "usage: $0 save|restore DIR COPY" >&2; exit 2 ;;
esac
