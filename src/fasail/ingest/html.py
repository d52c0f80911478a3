"""HTML pages: main text and metadata with trafilatura.

trafilatura guesses a date even from URLs and free text; fasail keeps a page date only when
the page's own metadata states it (meta tags or JSON-LD), because a wrong date would
mis-resolve every relative time in the article.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass

from fasail.errors import MalformedHtml

DATE_META = (
    "article:published_time", "og:article:published_time", "datePublished", "date",
    "pubdate", "publishdate", "publish-date", "dc.date", "dc.date.issued", "DC.date.issued",
    "sailthru.date", "parsely-pub-date",
)
ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(slots=True)
class HtmlArticle:
    text: str
    title: str | None
    outlet: str | None
    url: str | None
    date: dt.date | None


def _iso_date(value: str | None) -> dt.date | None:
    m = ISO_DATE.search(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _json_ld_dates(tree) -> list[str]:
    """datePublished values from the page's JSON-LD blocks (malformed blocks are skipped)."""
    found = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                if isinstance(item.get("datePublished"), str):
                    found.append(item["datePublished"])
                stack.extend(item.values())
            elif isinstance(item, list):
                stack.extend(item)
    return found


def page_metadata_date(html: str) -> dt.date | None:
    """The publication date the page's metadata states, or None."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    wanted = {name.lower() for name in DATE_META}
    for meta in tree.xpath("//meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in wanted:
            date = _iso_date(meta.get("content"))
            if date:
                return date
    for value in _json_ld_dates(tree):
        date = _iso_date(value)
        if date:
            return date
    return None


def read_html(html: str) -> HtmlArticle:
    """Main text and metadata of an HTML page. Raises MalformedHtml when there is none."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False,
            favor_recall=True,
        )
    except Exception as e:  # trafilatura raises assorted parser errors on broken markup
        raise MalformedHtml(f"cannot parse HTML: {e}") from e
    if result is None or not (result.text or "").strip():
        raise MalformedHtml("no main text found in the HTML page")
    title = (result.title or "").strip() or None
    text = result.text.strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return HtmlArticle(
        text=text,
        title=title,
        outlet=(result.sitename or "").strip() or None,
        url=result.url or None,
        date=page_metadata_date(html),
    )
