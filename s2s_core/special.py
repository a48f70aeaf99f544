"""Special token ids and pieces, fixed across every model (the tokenizer reserves them when it trains).

Ids are ints used by the engine; ``*_PIECE`` are the strings the tokenizer shows for them (the UI
and the figures compare pieces).
"""
PAD, UNK, BOS, EOS = 0, 1, 2, 3
PAD_PIECE, UNK_PIECE, BOS_PIECE, EOS_PIECE = "<pad>", "<unk>", "<s>", "</s>"
