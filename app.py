"""Translation studio: ``streamlit run app.py``.

Router (st.navigation) plus the sidebar every page shares (model picker, model card, decoding
settings, presenter mode). Models are every ``checkpoints/*.pt`` (or ``$S2S_CHECKPOINTS_DIR``).
"""
import sys
from pathlib import Path

import streamlit as st

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ui.state import keep_page_inputs, render_sidebar  # noqa: E402

st.set_page_config(page_title="Translation studio", page_icon=":material/translate:", layout="wide")

translate = st.Page(ROOT / "app_pages/translate.py", title="Translate", icon=":material/translate:",
                    url_path="home", default=True)     # served at "/": Streamlit ignores a default page's url_path
pages = [
    translate,
    # "/translate", the name in the menu, leads there too instead of "Page not found"
    st.Page(lambda: st.switch_page(translate, query_params=st.query_params.to_dict()), title="Translate",
            url_path="translate", visibility="hidden"),
    st.Page(ROOT / "app_pages/inspect.py", title="Inspect", icon=":material/insights:", url_path="inspect"),
    st.Page(ROOT / "app_pages/evaluate.py", title="Evaluate", icon=":material/fact_check:", url_path="evaluate"),
]
if (ROOT / "app_pages/training.py").is_file():
    pages.append(st.Page(ROOT / "app_pages/training.py", title="Training", icon=":material/model_training:",
                         url_path="training"))

page = st.navigation(pages)
keep_page_inputs()
render_sidebar(decoding=page.url_path != "training")     # decoding settings do nothing there
page.run()
