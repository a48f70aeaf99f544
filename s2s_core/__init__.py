"""s2s_core: tokenise, model, search, train and evaluate sequence-to-sequence translation models."""
__all__ = ["Translator", "Translation", "Hypothesis"]
__version__ = "0.1.0"


def __getattr__(name):
    # Lazy: `python -m s2s_core runs list` should not pay for importing torch.
    if name in __all__:
        from . import translator
        return getattr(translator, name)
    raise AttributeError(f"module 's2s_core' has no attribute {name!r}")
