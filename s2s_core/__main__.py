"""``python -m s2s_core …``: the command line lives in ``s2s_core.cli``."""
import sys

from .cli import build_parser, main  # noqa: F401  (re-exported: callers run main([...]) from here)
from .cli_args import configs_from_args  # noqa: F401

if __name__ == "__main__":
    sys.exit(main())
