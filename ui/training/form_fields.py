"""The new-run form's settings widgets: model, training and probe sentences, as train flag values.

Their keys carry the architecture and size (``nr_d_transformer_tiny`` …), so every field restarts from
the preset (``presets.form_defaults``) when either changes, and stays as edited otherwise; like every key of the
form they start with ``nr_``, which keeps them over visits to other pages (``ui.state.restore_widgets``)."""
from __future__ import annotations

from typing import Optional

import streamlit as st

from s2s_core.config import PRECISIONS, SELECT_METRICS

from .presets import PROBES, form_defaults

MAX_PROBES = 5


def model_fields(arch: str, size: str) -> dict:
    st.markdown("**Model**")
    d, k, m = form_defaults(arch, size), f"{arch}_{size}", st.columns(4)
    out = {"d_model": m[0].number_input("Width", 8, 4096, d["d_model"], key=f"nr_d_{k}",
                                         help="d_model (Transformer) or hidden size (RNN): the size of every hidden "
                                              "vector, the main lever of quality and cost."),
           "layers": m[1].number_input("Layers", 1, 24, d["layers"], key=f"nr_l_{k}",
                                         help="Layers in each of the encoder and the decoder.")}
    if arch == "transformer":
        out["n_heads"] = m[2].number_input("Attention heads", 1, 64, d["n_heads"], key=f"nr_h_{k}",
                                               help="Must divide the width.")
        out["ffn_dim"] = m[3].number_input("Feed-forward size", 8, 16384, d["ffn_dim"], key=f"nr_f_{k}",
                                               help="Inner size of each layer's feed-forward block (usually 4 × "
                                                    "width).")
    else:
        out["emb_dim"] = m[2].number_input("Embedding size", 8, 4096, d["emb_dim"], key=f"nr_e_{k}")
    return out


def _optimiser_fields(d: dict, k: str) -> dict:
    t = st.columns(4)
    out = {"batch_tokens": t[0].number_input("Batch (tokens)", 16, 200_000, d["batch_tokens"], 256, key=f"nr_bt_{k}",
                                                    help="Source + target tokens per update, padding included."),
           "lr": t[1].number_input("Peak learning rate", 1e-6, 1.0, float(d["lr"]), format="%.5f", key=f"nr_lr_{k}",
                                           help="Reached after the warmup, then decayed (inverse square root)."),
           "warmup": t[2].number_input("Warmup steps", 0, 100_000, d["warmup"], key=f"nr_wu_{k}",
                                              help="Updates over which the learning rate rises from 0 to its peak."),
           "max_steps": t[3].number_input("Max steps (0 = no limit)", 0, 10_000_000, d["max_steps"], 1000,
                                          key=f"nr_ms_{k}")}
    return out


def _regularisation_fields(d: dict, k: str) -> dict:
    t = st.columns(4)
    out = {"dropout": t[0].number_input("Dropout", 0.0, 0.9, float(d["dropout"]), 0.05, key=f"nr_dr_{k}",
                                        help="Share of activations zeroed in training: more for small data."),
           "vocab_size": t[1].number_input("Vocabulary (pieces)", 8, 64000, d["vocab_size"], 500, key=f"nr_v_{k}",
                                           help="SentencePiece pieces shared by both languages; a small corpus "
                                                "gets fewer."),
           "label_smoothing": t[2].number_input("Label smoothing", 0.0, 0.99, float(d["label_smoothing"]), 0.05,
                                                key=f"nr_ls_{k}",
                                                help="Share of each target's weight spread over every piece: the "
                                                     "training loss then levels off above 0 (the dev loss does "
                                                     "not)."),
           "clip_norm": t[3].number_input("Gradient clipping (0 = off)", 0.0, 100.0, float(d["clip_norm"]), 0.5,
                                          key=f"nr_cn_{k}")}
    t = st.columns(4)
    out["patience"] = t[0].number_input("Patience (validations, 0 = off)", 0, 1000, d["patience"], key=f"nr_pa_{k}",
                                        help="Early stopping: stop after this many validations without a better "
                                             "dev score (needs a dev set).")
    out["select_metric"] = t[1].selectbox("Best checkpoint by", SELECT_METRICS, key=f"nr_sm_{k}")
    out["precision"] = t[2].selectbox("Precision", PRECISIONS, key="nr_precision",
                                      help="auto: bf16 matmuls where the CPU (AVX-512 BF16 / AMX) or GPU "
                                           "computes them natively (on a CPU only for widths ≥ 256, where "
                                           "it is faster), float32 otherwise.")
    return out


def _schedule_fields(arch: str, d: dict, k: str) -> dict:
    t = st.columns(4)
    out = {"valid_every": t[0].number_input("Validate every (steps)", 1, 1_000_000, d["valid_every"], 100,
                                            key=f"nr_ve_{k}",
                                            help="Dev loss, BLEU and chrF, the probe translations and early stopping "
                                                 "all come at validations: the first at this step."),
           "checkpoint_every": t[1].number_input("Checkpoint every (steps)", 1, 1_000_000, d["checkpoint_every"],
                                                 100, key=f"nr_ce_{k}",
                                                 help="Stop and resume continue from the last checkpoint: steps "
                                                      "after it are trained again."),
           "keep_last": t[2].number_input("Snapshots to keep", 0, 50, d["keep_last"], key=f"nr_kl_{k}",
                                          help="Also keep the last k step checkpoints, so that promoting the run "
                                               "can average them into one model (0 = keep none)."),
           "subword_sampling": t[3].number_input("Subword sampling α (0 = off)", 0.0, 1.0,
                                                 float(d["subword_sampling"]), 0.05, key=f"nr_sw_{k}",
                                                 help="Segment each training pair anew per batch (SentencePiece "
                                                      "subword regularisation): smaller α, more varied pieces.")}
    s, free = st.columns(4), 0
    if arch != "transformer":
        out["sampling_max"] = s[0].number_input("Scheduled sampling", 0.0, 1.0,   # one line, as its neighbours
                                                float(d["sampling_max"]), 0.05, key=f"nr_ss_{k}",
                                                help="Scheduled sampling's final probability: feed the model its own "
                                                     "predictions this often (ramped up linearly; 0 = off).")
        out["sampling_steps"] = s[1].number_input("… reached at step", 0, 10_000_000, d["sampling_steps"], 1000,
                                                  key=f"nr_sst_{k}")
        free = 2
    out["length_curriculum"] = s[free].number_input("Length curriculum (updates)", 0, 10_000_000,
                                                    d["length_curriculum"], 500, key=f"nr_lc_{k}",
                                                    help="First epoch only: start on the shortest pairs and admit "
                                                         "longer ones until every length is in by this update "
                                                         "(0 = off).")
    return out


ADVANCED = "More settings: dropout, validation, checkpoints …"


def training_fields(arch: str, size: str, folded: bool = False) -> dict:
    """The training settings: batch, learning rate, warmup and step limit in view, the rest in an expander (a
    phone's form was over 2,600 px long); each starts from the size preset, so the expander can stay shut.
    ``folded``: the form is already inside an expander (presenter mode), which cannot hold another."""
    st.markdown("**Training**")
    d, k = form_defaults(arch, size), f"{arch}_{size}"
    out = _optimiser_fields(d, k)
    with st.container() if folded else st.expander(ADVANCED):
        st.caption("Each starts from the size preset above; change one only for a reason.")
        out |= {**_regularisation_fields(d, k), **_schedule_fields(arch, d, k)}
    return out


def probe_field(source_lang: Optional[str], src: Optional[str], tgt: Optional[str], swap: bool) -> list[str]:
    """Up to five probe sentences, prefilled in the translation's source language."""
    text = st.text_area("Probe sentences (one per line; translated with attention at every validation)",
                        PROBES.get(source_lang or "", ""), key=f"nr_probes_{src}_{tgt}_{swap}", height=80)
    return [p.strip() for p in text.splitlines() if p.strip()][:MAX_PROBES]
