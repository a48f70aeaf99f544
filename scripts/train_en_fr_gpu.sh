#!/bin/bash
# The shipped en→fr default's last stage, on one GPU (it ran on an H200 in 10 minutes of GPU time):
#   1. grow the previous default (6+3 layers) to 10+3, new encoder layers starting as the identity, and continue
#      it on the typed mix twice side by side (two recipes on one GPU, 7 minutes each);
#   2. average each run's late snapshots, then the two averages (a "soup": same start, same basin);
#   3. continue the soup 1.5 minutes at a low learning rate and average its snapshots.
# Data: python -m s2s_core data prepare-en-fr --data-dir $S2S_DATA_DIR --out work/enfr-mixtyped \
#           --held-out checkpoints/testsets/everyday-en-fr.tsv --tatoeba-repeat 4 --hansard-fraction 0.7 \
#           --tatoeba-concat 2 --tatoeba-casual 1
# Usage:  bash scripts/train_en_fr_gpu.sh [6+3 CHECKPOINT]     (env: DATA, WORK, MINUTES, CONT_MINUTES, DEVICE, EVERY)
# (the 6+3 input: the last CPU stage's export, work/enfr-typed.pt in the card's commands)
set -euo pipefail
INIT=${1:-work/enfr-typed.pt}
DATA=${DATA:-work/enfr-mixtyped}
WORK=${WORK:-work/enfr-gpu}
MINUTES=${MINUTES:-7}
CONT_MINUTES=${CONT_MINUTES:-1.5}
DEVICE=${DEVICE:-cuda}
EVERY=${EVERY:-250}          # snapshots every EVERY updates (the continuation: every EVERY / 2.5)
mkdir -p "$WORK"

common=(--train "$DATA/train.tsv" --valid "$DATA/dev.tsv" --batch-tokens 65536 --attention-dropout 0
        --activation-dropout 0 --device "$DEVICE" --precision auto --log-every 50)
late_snapshots() {   # the snapshots of the last 40 % of a run
    python - "$1" <<'EOF'
import re, sys
from pathlib import Path
step = lambda p: int(re.findall(r"\d+", p.name)[0])
snaps = sorted(Path(sys.argv[1]).glob("step-*.pt"), key=step)
print(" ".join(str(p) for p in snaps if step(p) >= 0.6 * step(snaps[-1])) if snaps else "")
EOF
}

grow=(--init-from "$INIT" --grow-enc-layers 10 --grow-dec-layers 3 --warmup 500 --valid-every 500
      --valid-max-sents 500 --checkpoint-every "$EVERY" --keep-last 10 --max-minutes "$MINUTES")
python -m s2s_core train "${common[@]}" "${grow[@]}" --lr 1e-3 --dropout 0.1 --seed 7 --out "$WORK/A" &
python -m s2s_core train "${common[@]}" "${grow[@]}" --lr 6e-4 --dropout 0.15 --seed 8 --out "$WORK/B" &
wait
for run in A B; do
    snaps=$(late_snapshots "$WORK/$run"); [ -n "$snaps" ] || snaps="$WORK/$run/last.pt"
    python -m s2s_core export $snaps --out "$WORK/$run.avg.pt"
done
python -m s2s_core export "$WORK/A.avg.pt" "$WORK/B.avg.pt" --out "$WORK/soup.pt"

python -m s2s_core train "${common[@]}" --init-from "$WORK/soup.pt" --lr 2e-4 --warmup 50 --dropout 0.1 \
    --valid-every 1000000 --checkpoint-every $((EVERY * 2 / 5 > 0 ? EVERY * 2 / 5 : 1)) --keep-last 20 --max-minutes "$CONT_MINUTES" --seed 9 --out "$WORK/C"
python -m s2s_core export $(ls "$WORK"/C/step-*.pt 2>/dev/null | sort -V | tail -6) "$WORK/C/last.pt" \
    --out "$WORK/en-fr-transformer.pt"
echo "wrote $WORK/en-fr-transformer.pt (then the card's Scores commands)"
