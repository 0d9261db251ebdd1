"""Render the notebook display of a Document to images for the README (docs/images/).

    PYTHONPATH=src python docs/render_display.py            # display.html and display.svg
    PYTHONPATH=src python docs/render_display.py --png      # also display.png, with a headless Chromium

display.svg wraps the HTML in an SVG <foreignObject>, which browsers render from an <img> tag;
display.png is a screenshot of display.html by `chromium --headless` (Debian: apt install chromium
fonts-noto-core), for viewers that do not render foreignObject.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from ner_fa import Pipeline
from ner_fa.display import document_html

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
WIDTH, HEIGHT = 860, 290
STYLE = ("margin:0;padding:14px 18px;background:#ffffff;color:#1f2328;"
         "font-family:'Noto Sans Arabic','Vazirmatn','DejaVu Sans',Tahoma,sans-serif;font-size:15px")


def excerpt(text: str, paragraphs: int) -> str:
    return "\n".join(text.split("\n")[:paragraphs])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--article", default=str(ROOT / "examples" / "demo_article.txt"))
    ap.add_argument("--paragraphs", type=int, default=3, help="how many lines of the article to show")
    ap.add_argument("--png", action="store_true", help="also write display.png with a headless Chromium")
    args = ap.parse_args()
    text = excerpt(Path(args.article).read_text(encoding="utf-8"), args.paragraphs)
    fragment = document_html(Pipeline().extract(text))
    OUT.mkdir(parents=True, exist_ok=True)
    page = (f'<!DOCTYPE html>\n<html lang="fa"><head><meta charset="utf-8"><title>ner_fa display</title></head>'
            f'<body style="{STYLE};width:{WIDTH - 36}px">{fragment}</body></html>\n')
    (OUT / "display.html").write_text(page, encoding="utf-8")
    xhtml = fragment.replace("<br>", "<br/>")
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}">\n<rect width="100%" height="100%" fill="#ffffff"/>\n'
           f'<foreignObject x="0" y="0" width="{WIDTH}" height="{HEIGHT}">\n'
           f'<div xmlns="http://www.w3.org/1999/xhtml" style="{STYLE}">{xhtml}</div>\n'
           f'</foreignObject>\n</svg>\n')
    (OUT / "display.svg").write_text(svg, encoding="utf-8")
    print(f"wrote {OUT / 'display.html'} and {OUT / 'display.svg'}")
    if args.png:
        browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if browser is None:
            print("no chromium on PATH: apt install chromium fonts-noto-core", file=sys.stderr)
            return 1
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        f"--window-size={WIDTH},{HEIGHT}", f"--screenshot={OUT / 'display.png'}",
                        (OUT / "display.html").as_uri()], check=True, capture_output=True)
        print(f"wrote {OUT / 'display.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
