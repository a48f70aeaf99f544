"""Streamlit building blocks shared by the pages (sidebar, cached engine calls, result panels).

Pages stay thin: they call these helpers, which call ``s2s_core``; no model logic lives here.
"""
from .state import Context, context, require_model

__all__ = ["Context", "context", "require_model"]
