#!/usr/bin/env bash
# Checks the Slurm recipe of the README (examples/slurm-batch.sbatch) on a one-node cluster that it
# starts here: munge and Slurm (Debian slurm-wlm, munge; run as root), one node of 2 CPUs named
# after this host. Submits the array job over a corpus of Bible chunks (pre-split, from
# ../shared/eval/scale_en-es), waits for it, and checks that the shards, concatenated, are the
# bytes of one `bitext batch` run over the whole manifest. Every daemon is stopped by its pid file.
#
#   bench/slurm.sh [DOCS] [SHARDS]      (default 200 documents, 4 shards)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DOCS=${1:-200}
SHARDS=${2:-4}
for tool in slurmctld slurmd munged sbatch squeue; do
  command -v "$tool" >/dev/null || { echo "bench/slurm.sh: $tool missing (apt-get install slurm-wlm munge)" >&2; exit 1; }
done
[ -f dist/cli/run.js ] || npm run build >/dev/null

WORK=$(mktemp -d /tmp/bitext-slurm.XXXXXX)
chmod 755 "$WORK"
HOST=$(hostname -s)
mkdir -p "$WORK"/{etc,spool/ctld,spool/d,log,munge,run,bin,corpus/en,corpus/es,out}

stop() {
  for pid in "$WORK/run/slurmd.pid" "$WORK/run/slurmctld.pid" "$WORK/run/munged.pid"; do
    [ -f "$pid" ] && kill "$(cat "$pid")" 2>/dev/null || true
  done
  sleep 1
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap stop EXIT

# munge: a fresh key, its own socket, pid file and log.
dd if=/dev/urandom bs=1 count=1024 of="$WORK/munge/munge.key" status=none
chmod 400 "$WORK/munge/munge.key"
munged --force --key-file="$WORK/munge/munge.key" --socket="$WORK/run/munge.socket" \
  --pid-file="$WORK/run/munged.pid" --log-file="$WORK/log/munged.log" --seed-file="$WORK/munge/seed"
export MUNGE_SOCKET="$WORK/run/munge.socket"

cat > "$WORK/etc/slurm.conf" <<EOF
ClusterName=bitext
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$WORK/run/munge.socket
CryptoType=crypto/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
StateSaveLocation=$WORK/spool/ctld
SlurmdSpoolDir=$WORK/spool/d
SlurmctldPidFile=$WORK/run/slurmctld.pid
SlurmdPidFile=$WORK/run/slurmd.pid
SlurmctldLogFile=$WORK/log/slurmctld.log
SlurmdLogFile=$WORK/log/slurmd.log
SlurmctldPort=16817
SlurmdPort=16818
ReturnToService=2
MpiDefault=none
SwitchType=switch/none
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
NodeName=$HOST CPUs=2 State=UNKNOWN
PartitionName=main Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF="$WORK/etc/slurm.conf"
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 60); do sinfo -h -o %T 2>/dev/null | grep -qE '^idle' && break; sleep 1; done
sinfo

# A corpus of Bible chunks (~100 verses each, cut at verse boundaries) and its manifest.
node --input-type=module - "$WORK/corpus" "$DOCS" <<'EOF'
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
const [dir, count] = [process.argv[2], Number(process.argv[3])];
const eval_ = join(process.cwd(), '..', 'shared', 'eval', 'scale_en-es');
const books = readFileSync(join(eval_, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t')[0]);
const lines = (f) => readFileSync(join(eval_, f), 'utf8').replace(/\n$/, '').split('\n');
const manifest = [];
outer: for (const book of books) {
  const [en, es, ve, vs] = [lines(`${book}.en`), lines(`${book}.es`), lines(`${book}.verses.en`), lines(`${book}.verses.es`)];
  const keys = [...new Set(ve.slice(0, en.length))];
  for (let k = 0; k < keys.length; k += 100) {
    if (manifest.length >= count) break outer;
    const chunk = new Set(keys.slice(k, k + 100));
    const id = `${book}-${k / 100}`;
    writeFileSync(join(dir, 'en', `${id}.txt`), `${en.filter((_, i) => chunk.has(ve[i])).join('\n')}\n`);
    writeFileSync(join(dir, 'es', `${id}.txt`), `${es.filter((_, i) => chunk.has(vs[i])).join('\n')}\n`);
    manifest.push(`${id}\ten/${id}.txt\tes/${id}.txt\n`);
  }
}
writeFileSync(join(dir, 'manifest.tsv'), manifest.join(''));
EOF
printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$(command -v node)" "$ROOT/bin/bitext.js" > "$WORK/bin/bitext"
chmod +x "$WORK/bin/bitext"

start=$(date +%s.%N)
job=$(BITEXT="$WORK/bin/bitext" sbatch --parsable --export=ALL,BITEXT="$WORK/bin/bitext" --array=1-"$SHARDS" \
  --chdir="$WORK" --output="$WORK/log/task-%a.log" examples/slurm-batch.sbatch "$WORK/corpus/manifest.tsv" "$WORK/out" --input sentences --from en --to es)
echo "submitted array job $job (shards 1-$SHARDS)"
while squeue -h -j "$job" 2>/dev/null | grep -q .; do sleep 1; done
end=$(date +%s.%N)
for k in $(seq "$SHARDS"); do
  [ -f "$WORK/out/part-$k.jsonl" ] || { echo "task $k wrote nothing:" >&2; cat "$WORK/log/task-$k.log" >&2; exit 1; }
done

"$WORK/bin/bitext" batch "$WORK/corpus/manifest.tsv" --input sentences --from en --to es -q > "$WORK/whole.jsonl"
for k in $(seq "$SHARDS"); do cat "$WORK/out/part-$k.jsonl"; done > "$WORK/joined.jsonl"
if cmp -s "$WORK/whole.jsonl" "$WORK/joined.jsonl"; then
  printf 'Slurm array of %s tasks over %s documents (%s beads): shards joined = one run, byte for byte; %.1f s from submission to the end of the last task\n' \
    "$SHARDS" "$DOCS" "$(wc -l < "$WORK/joined.jsonl")" "$(echo "$end - $start" | bc)"
else
  echo "bench/slurm.sh: the joined shards differ from the whole run" >&2
  exit 1
fi
