"""s2s_core: tokenise, model, search, train and evaluate sequence-to-sequence translation models."""
from .translator import Hypothesis, Translation, Translator

__all__ = ["Translator", "Translation", "Hypothesis"]
__version__ = "0.1.0"
