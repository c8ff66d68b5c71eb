#!/usr/bin/env bash
# Align a corpus in N shards with GNU parallel, on this machine or across hosts, then join the
# shards: the result is byte for byte what one `bitext batch` run over the whole manifest writes.
#
#   examples/parallel-shards.sh MANIFEST SHARDS OUT.jsonl [bitext batch options...]
#
# SSHLOGIN (default ":", this machine) is handed to `parallel --sshlogin`, e.g.
# SSHLOGIN=2/node1,2/node2: each host needs bitext on its PATH (BITEXT overrides the command) and
# the manifest and documents at the same paths (a shared file system).
set -euo pipefail
manifest=$1 shards=$2 out=$3
shift 3
bitext=${BITEXT:-bitext}
parts=$(mktemp -d "${out}.parts.XXXXXX")
trap 'rm -rf "$parts"' EXIT
# The corpus lexicon is learned once, here, from the whole manifest, and given to every shard, so
# that each aligns with the lexicon one run would learn (a shard left to itself learns its own).
# Unless the options choose otherwise (--lexicon FILE, --no-lexicon, --no-corpus-lexicon); a
# lexicon file holds one language pair: for a corpus of several, give --no-corpus-lexicon.
lexicon=""
case " $* " in
  *" --lexicon "* | *" --lexicon="* | *" --no-lexicon "* | *" --no-corpus-lexicon "*) ;;
  *)
    # Exit status 3: some documents could not be read; the shards will say which.
    "$bitext" batch "$manifest" --lexicon-only --save-lexicon "$parts/lexicon.tsv" "$@" || [ $? -eq 3 ]
    # No file: too few confident beads to learn from, and one run would learn none either.
    if [ -e "$parts/lexicon.tsv" ]; then lexicon="--lexicon $(printf '%q' "$parts/lexicon.tsv")"; else lexicon=--no-corpus-lexicon; fi
    ;;
esac
# One shard per job; each job runs `bitext batch` with one thread per job slot.
seq 1 "$shards" | parallel --sshlogin "${SSHLOGIN:-:}" --halt now,fail=1 \
  "$bitext batch $(printf '%q' "$manifest") --shard {}/$shards $lexicon $(printf '%q ' "$@") > $(printf '%q' "$parts")/{}.part"
for k in $(seq 1 "$shards"); do cat "$parts/$k.part"; done > "$out"
