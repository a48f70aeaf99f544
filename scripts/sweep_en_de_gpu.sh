#!/bin/bash
# en→de Multi30k on one GPU: several recipes side by side (one process each), each scored on the full val set
# (beam 5, lc-tok) as the average of its last 16 snapshots; the best on val is scored once on test2016.
# The model issue's en→de target is ≥ 41.5 lc-tok on test2016 (the shipped 4+4 d128: 40.84); on 2 CPU cores
# one run of the card's recipe takes an hour, here all of them take minutes, so the choice is measured, not guessed.
#
# Usage:  bash scripts/sweep_en_de_gpu.sh            (env: DATA=$S2S_DATA_DIR/multi30k, WORK=work/en-de-sweep,
#                                                    STEPS=10000, EVERY=250, DEVICE=cuda, RECIPES="base drop4 …")
# Prints one line per recipe (val lc-tok / cased) and writes $WORK/best.pt and $WORK/results.tsv.
set -uo pipefail
DATA=${DATA:-${S2S_DATA_DIR:-../shared/data}/multi30k}
WORK=${WORK:-work/en-de-sweep}
STEPS=${STEPS:-10000}
EVERY=${EVERY:-250}                       # snapshot every EVERY updates (the last 16 are averaged)
DEVICE=${DEVICE:-cuda}
mkdir -p "$WORK"

common=(--train "$DATA/train" --valid "$DATA/val" --src-lang en --tgt-lang de --arch transformer
        --attention-dropout 0 --activation-dropout 0 --vocab-size 8000 --warmup 1500 --valid-every 1000
        --checkpoint-every "$EVERY" --keep-last 16 --select-metric bleu --device "$DEVICE" --max-steps "$STEPS")
card="--d-model 128 --layers 4 --n-heads 4 --ffn-dim 256 --dropout 0.3 --batch-tokens 4096 --lr 4e-3"
declare -A RECIPE=(
    [base]="$card --seed 1"                                     # the card's recipe (seed noise: base vs base2)
    [base2]="$card --seed 2"
    [drop4]="${card/--dropout 0.3/--dropout 0.4} --seed 1"
    [ls2]="$card --label-smoothing 0.2 --seed 1"
    [wide]="--d-model 256 --layers 4 --n-heads 4 --ffn-dim 512 --dropout 0.4 --batch-tokens 4096 --lr 2e-3 --seed 1"
    [deep]="--d-model 128 --enc-layers 6 --dec-layers 4 --n-heads 4 --ffn-dim 256 --dropout 0.3 --batch-tokens 4096 --lr 4e-3 --seed 1"
    [batch8k]="${card/--batch-tokens 4096 --lr 4e-3/--batch-tokens 8192 --lr 5.7e-3} --seed 1"
    [wd]="$card --weight-decay 0.1 --seed 1"
)
names=${RECIPES:-"${!RECIPE[*]}"}

for n in $names; do
    # shellcheck disable=SC2086  (a recipe is a list of flags)
    python -m s2s_core train "${common[@]}" ${RECIPE[$n]} --out "$WORK/$n" > "$WORK/$n.log" 2>&1 &
done
wait

printf "recipe\tval_lctok\tval_cased\n" > "$WORK/results.tsv"
for n in $names; do
    snaps=$(ls "$WORK/$n"/step-*.pt 2>/dev/null | sort -V | tail -16)
    if [ -z "$snaps" ]; then echo "$n: no snapshots (see $WORK/$n.log)"; continue; fi
    # shellcheck disable=SC2086
    python -m s2s_core export $snaps --out "$WORK/$n.avg.pt" > /dev/null
    python -m s2s_core evaluate --checkpoint "$WORK/$n.avg.pt" --test "$DATA/val" --src-lang en --tgt-lang de \
        --lowercase-tok --beam 5 --device "$DEVICE" --json > "$WORK/$n.val.json"
    python - "$n" "$WORK/$n.val.json" >> "$WORK/results.tsv" <<'EOF'
import json, sys
r = json.load(open(sys.argv[2]))
print(f"{sys.argv[1]}\t{r['bleu']:.2f}\t{r['cased_bleu']:.2f}")
EOF
done
{ head -n 1 "$WORK/results.tsv"; tail -n +2 "$WORK/results.tsv" | sort -t$'\t' -k2,2nr; } | column -t
best=$(tail -n +2 "$WORK/results.tsv" | sort -t$'\t' -k2,2nr | head -1 | cut -f1)
[ -n "$best" ] || { echo "no recipe produced a model"; exit 1; }
cp "$WORK/$best.avg.pt" "$WORK/best.pt"
echo "best on val: $best; test2016, once:"
python -m s2s_core evaluate --checkpoint "$WORK/best.pt" --test "$DATA/test_2016_flickr" --src-lang en --tgt-lang de \
    --lowercase-tok --beam 5 --device "$DEVICE"
