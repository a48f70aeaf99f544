"""Screenshots of the running app for the README: ``python scripts/screenshots.py [--model NAME] [--text ...]``.

Starts ``streamlit run app.py`` on a free local port (checkpoints from ``--checkpoints`` or the usual
folder), drives it with Playwright and the system Chromium, and writes into ``docs/``:
``translate.png`` (translation, n-best, confidence, attention), ``inspect-heads.png`` (layer × head
grid, Transformers), ``beam-tree.png`` (beam-search tree), ``whatif.png`` (a ready-made probe in the
"What if…" tab), ``attribution.png`` (the "Attention vs attribution" tab: the maps and the alignment
links) and ``slices.png`` (sliced scores of ``--eval-file`` on the Evaluate page).
"""
from __future__ import annotations

import argparse
import urllib.parse
from pathlib import Path

from app_harness import HEATMAP, ROOT, launch_chromium, running_app


def settle(page, seconds: float = 1.0) -> None:
    """Wait until Streamlit stops running the script, then a little longer for charts to draw."""
    page.wait_for_timeout(300)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="hidden", timeout=120_000)
    page.wait_for_timeout(int(seconds * 1000))


def shoot(page, path: Path, width: int, top: int = 0, left: int = 0) -> None:
    """Screenshot from (``left``, ``top``) cropped to the bottom of the page content (the viewport is taller
    than needed)."""
    bottom = page.evaluate("""() => {
        const el = document.querySelector('[data-testid="stMainBlockContainer"]');
        return el ? Math.ceil(el.getBoundingClientRect().bottom) : document.body.scrollHeight; }""")
    height = page.viewport_size["height"]
    page.screenshot(path=str(path), clip={"x": left, "y": top, "width": width - left,
                                          "height": max(400, min(height, bottom + 20) - top)})
    print("wrote", path)


def whatif(page, out: Path, width: int) -> None:
    """Inspect → "What if…" with the first ready-made probe (the doctor: he → she)."""
    page.get_by_role("tab", name="What if…").click()
    page.locator(".st-key-whatif_probe_0 button").click()
    page.locator(".st-key-whatif_map_diff .heatmaplayer").wait_for(state="visible")
    settle(page, 2)
    shoot(page, out / "whatif.png", width)


def attribution(page, out: Path, width: int) -> None:
    """Inspect → "Attention vs attribution" on the page's sentence: the four maps and the links."""
    page.get_by_role("tab", name="Attention vs attribution").click()
    page.locator(".st-key-attr_links_fig .shapelayer path").first.wait_for(state="visible")
    page.mouse.move(0, 0)
    settle(page, 2)
    shoot(page, out / "attribution.png", width)


def slices(page, out: Path, width: int, eval_file: Path) -> None:
    """Evaluate a TSV with references; the "By slice" section, with the 11–20-word bucket opened."""
    page.get_by_role("link", name="Evaluate").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(eval_file))
    page.get_by_role("button", name="Translate file").click()
    heading = page.get_by_role("heading", name="By slice")
    heading.wait_for()
    pick = page.get_by_role("combobox", name="Show the sentences of a slice (or click its bar)")
    pick.click()
    page.get_by_role("option", name="11–20 words").click()
    page.mouse.move(0, 0)                     # no hover toolbars in the shot
    settle(page, 2)
    box = heading.bounding_box()
    shoot(page, out / "slices.png", width, top=int(box["y"]) - 10, left=max(0, int(box["x"]) - 20))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--checkpoints", help="folder of *.pt (default: $S2S_CHECKPOINTS_DIR or checkpoints/)")
    ap.add_argument("--model", help="model name (file stem); default: the app's first")
    ap.add_argument("--text", help="sentence to show; default: the model's first example sentence")
    ap.add_argument("--eval-file", default=str(ROOT / "docs/eval-sample.en-fr.tsv"),
                    help="TSV (source, reference) for slices.png; the default is English → French")
    ap.add_argument("--out", default=str(ROOT / "docs"))
    ap.add_argument("--width", type=int, default=1400)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    env = {"S2S_CHECKPOINTS_DIR": str(Path(args.checkpoints).resolve())} if args.checkpoints else {}
    with running_app(env) as url, sync_playwright() as p:
        browser = launch_chromium(p)
        page = browser.new_page(viewport={"width": args.width, "height": 2000}, device_scale_factor=1)
        page.set_default_timeout(120_000)
        query = {k: v for k, v in (("model", args.model), ("text", args.text)) if v}
        page.goto(url + "/" + ("?" + urllib.parse.urlencode(query) if query else ""))
        page.get_by_label("Text to translate", exact=True).wait_for()
        if not args.text:
            page.locator(".st-key-example_0 button").click()
        page.locator(HEATMAP).first.wait_for(state="visible")
        settle(page)
        shoot(page, out / "translate.png", args.width)

        page.get_by_role("link", name="Inspect").click()
        page.get_by_label("Sentence to inspect").wait_for()
        settle(page, 2)
        if page.locator(HEATMAP).count() > 1:
            shoot(page, out / "inspect-heads.png", args.width)
        page.get_by_role("tab", name="Beam tree").click()
        page.locator('[data-testid="stPlotlyChart"] .scatterlayer').first.wait_for(state="visible")
        settle(page, 2)
        shoot(page, out / "beam-tree.png", args.width)
        page.set_viewport_size({"width": args.width, "height": 2800})
        whatif(page, out, args.width)
        page.get_by_label("Sentence to inspect").fill(args.text or "The cat is sleeping on the red sofa.")
        page.get_by_label("Sentence to inspect").press("Enter")
        settle(page)
        attribution(page, out, args.width)
        slices(page, out, args.width, Path(args.eval_file))
        browser.close()


if __name__ == "__main__":
    main()
