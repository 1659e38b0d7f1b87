"""lean_html: the book's HTML pages load what they use, and say what they are about.

A local Sphinx extension for a pydata-sphinx-theme based theme (sphinx-book-theme).
For the HTML builder it

* replaces the theme's asset macros (``templates/static/webpack-macros.html``):
  no ``fontawesome.js`` (1.5 MB: every icon, drawn by script; the style sheet
  already draws icons with the icon font) and no preloads; one style sheet,
  ``_static/lean/theme.css``, instead of theme.css (which only ``@import``-ed
  basic.css: a second round trip before the first paint) and
  pydata-sphinx-theme.css;
* writes that style sheet once the pages are written (their classes are known
  then, pages.py): Sphinx's basic.css and the theme's sheet without the rules no
  page can match, the icon fonts cut to the icons the pages show (icons.py), no
  font that shows no icon, and the icons at the sizes the theme gave them as SVG
  (icons.css); the pages' link to it carries its digest;
* loads every script with ``defer`` (inline scripts become modules, which run in
  order with deferred scripts, after the files they use);
* does not load Sphinx's search scripts and index on every page when the theme's
  search-as-you-type is off (``templates/layout.html``): only the search page
  uses them;
* settles the colour mode before the first paint, so that an empty stored mode
  no longer makes the theme log "invalid theme mode";
* gives each page a ``<meta name="description">``: its opening paragraph.
"""

from __future__ import annotations

import hashlib
import html
import os
import posixpath
import re
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from . import css, icons, pages

__version__ = "1"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
OUT_DIR = "_static/lean"
SHEET = "theme.css"
THEME_CSS = "_static/styles/pydata-sphinx-theme.css"
BASIC_CSS = "_static/basic.css"
ICONS_CSS = HERE / "icons.css"  # the icons at the sizes the theme gave them as SVG
DESCRIPTION_LIMIT = 160  # characters; what result pages show of a description
# Where an opening paragraph may stand: directly in the page or one of its sections.
OPENING_PARENTS = (nodes.document, nodes.section)

logger = logging.getLogger(__name__)
# Set once per build in the main process, before any parallel writer forks.
_build: dict[str, str | None] = {"digest": "", "description": None}


def _active(app: Sphinx) -> bool:
    builder = app.builder
    return (
        builder is not None
        and builder.format == "html"
        and not builder.name.startswith("epub")
        and "pydata_sphinx_theme" in app.extensions
    )


# --- the page's head ----------------------------------------------------------


def _digest(app: Sphinx) -> str:
    """For the theme's scripts' URLs: changes with the theme, Sphinx and this extension.

    The style sheet's link gets its content's digest once it is written.
    """
    import pydata_sphinx_theme
    import sphinx

    digest = hashlib.sha256()
    for part in (pydata_sphinx_theme.__version__, sphinx.__version__, __version__):
        digest.update(part.encode())
    for source in sorted(HERE.rglob("*")):
        if source.is_file() and source.suffix in {".py", ".html", ".css"}:
            digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def _deferred(scripts: list) -> list:
    """Every script file deferred; inline scripts as modules, which run in the same order."""
    changed = []
    for script in scripts:
        attributes = dict(getattr(script, "attributes", {}))
        filename = getattr(script, "filename", None)
        if isinstance(script, str) or attributes.get("async") or attributes.get("type"):
            changed.append(script)
            continue
        if filename:
            attributes.setdefault("defer", "defer")
        elif attributes.get("body"):
            attributes["type"] = "module"
        changed.append(type(script)(filename, priority=script.priority, **attributes))
    return changed


def _trimmed(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Whole sentences up to ``limit`` characters; else words, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    kept = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if len(kept) + len(sentence) + 1 > limit:
            break
        kept = f"{kept} {sentence}".strip()
    if kept:
        return kept
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:–—-( ")
    return f"{cut}…"


def description_of(doctree: nodes.Node) -> str:
    """The page's opening paragraph as plain text, trimmed; "" if it has none."""
    for paragraph in doctree.findall(nodes.paragraph):
        if isinstance(paragraph.parent, OPENING_PARENTS):
            text = paragraph.astext()
            if text.strip():
                return _trimmed(text)
    return ""


def _book_description(app: Sphinx) -> str:
    """For pages with no text of their own (search, index): the landing page's."""
    if _build["description"] is None:
        root = app.config.root_doc
        found = description_of(app.env.get_doctree(root)) if root in app.env.all_docs else ""
        _build["description"] = found
    return _build["description"] or ""


def _on_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if not _active(app):
        return
    context["lean_html"] = True
    context["lean_html_digest"] = _build["digest"]
    # The search page's template adds Sphinx's search scripts after these, without
    # defer, and they need doctools.js: there the scripts stay as they are.
    if "script_files" in context and templatename != "search.html":
        context["script_files"] = _deferred(list(context["script_files"]))
    metatags = context.get("metatags", "")
    if 'name="description"' not in metatags:
        text = description_of(doctree) if doctree is not None else ""
        text = text or _book_description(app)
        if text:
            tag = f'<meta name="description" content="{html.escape(text, quote=True)}" />'
            context["metatags"] = f"{metatags}\n    {tag}" if metatags else tag


def _on_builder_inited(app: Sphinx) -> None:
    if _active(app):
        _build["digest"] = _digest(app)
        _build["description"] = None


def _on_config_inited(app: Sphinx, config) -> None:
    # Relative to the configuration's folder, as conf.py would write it.
    config.templates_path = [os.path.relpath(TEMPLATES, app.confdir), *config.templates_path]


# --- the style sheet and the icon fonts ----------------------------------------------


def _relative(target: str, source_dir: str, out_dir: str) -> str:
    """A URL relative to ``source_dir`` (both outdir-relative) made relative to ``out_dir``."""
    path, suffix = re.match(r"([^?#]*)(.*)", target, re.DOTALL).groups()  # suffix: ?query#part
    return posixpath.relpath(posixpath.normpath(posixpath.join(source_dir, path)), out_dir) + suffix


def write_assets(outdir: Path) -> dict[str, int]:
    """Write _static/lean/: the style sheet and the icon fonts the pages use.

    Returns sizes for the build's log: the style sheets before and after, the
    number of icon characters and the bytes of their fonts.
    """
    out = outdir / OUT_DIR
    out.mkdir(parents=True, exist_ok=True)
    usage = pages.read(outdir)
    sheets = {}
    for name in (BASIC_CSS, THEME_CSS):
        items = css.parse((outdir / name).read_text(encoding="utf-8"))
        sheets[name] = items
    before = sum(len(css.serialize(items).encode()) for items in sheets.values())
    characters = icons.icon_characters(sheets[THEME_CSS])
    for items in sheets.values():
        css.prune(items, usage.may_match)
    glyphs = icons.drawn_by_rules(sheets[THEME_CSS], usage)
    for style, names in usage.icons.items():
        for name in names:
            glyphs[style] |= set(characters.get(name, ""))

    font_bytes = 0
    for name, items in sheets.items():
        folder = posixpath.dirname(name)
        for item in css.walk(items):
            if item.kind == "comment" and item.text.startswith("/*# sourceMappingURL="):
                item.text = ""  # the map describes the theme's sheet, not this one
            elif item.kind == "statement" and item.prelude.lower().startswith("@charset"):
                item.text = ""  # written once, first, below
            face = icons.font_face(item)
            if face is None:
                continue
            style, url = face
            if not glyphs[style]:
                item.text = ""  # no icon of this style is shown: no font
                continue
            path = url.split("?")[0].split("#")[0]
            font = icons.subset_font(outdir / folder / path, glyphs[style])
            font_name = posixpath.basename(path)
            (out / font_name).write_bytes(font)
            font_bytes += len(font)
            item.text = item.text.replace(url, _relative(font_name, OUT_DIR, folder))

    parts = ['@charset "UTF-8";\n']
    for name, items in sheets.items():
        folder = posixpath.dirname(name)
        text = css.serialize(items)
        rebased = css.rebase_urls(text, lambda url, f=folder: _relative(url, f, OUT_DIR))
        parts.append(f"/* {posixpath.basename(name)}, cut to what the pages use */\n{rebased}\n")
    parts.append(ICONS_CSS.read_text(encoding="utf-8"))
    sheet = "".join(parts).encode("utf-8")
    (out / SHEET).write_bytes(sheet)
    _point_pages_at(outdir, hashlib.sha256(sheet).hexdigest()[:20])
    return {
        "css_before": before,
        "css_after": len(sheet),
        "icon_characters": sum(len(g) for g in glyphs.values()),
        "font_bytes": font_bytes,
    }


def _point_pages_at(outdir: Path, digest: str) -> None:
    """Give every page the sheet's URL with its content's digest, so no browser keeps a stale one.

    The sheet is cut to what the pages use, so it is known only once they are written.
    """
    link = re.compile(re.escape(f"{OUT_DIR}/{SHEET}?digest=") + r"[0-9a-f]+")
    for page in sorted(outdir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        pointed = link.sub(f"{OUT_DIR}/{SHEET}?digest={digest}", text)
        if pointed != text:
            page.write_text(pointed, encoding="utf-8")


def _inputs_key(outdir: Path, extension_digest: str) -> str:
    """A digest of what write_assets reads: the built files (the pages' links to the
    sheet aside, and the assets themselves) and this code."""
    digest = hashlib.sha256(extension_digest.encode())
    link = re.compile(re.escape(f"{OUT_DIR}/{SHEET}?digest=".encode()) + rb"[0-9a-f]+")
    for path in sorted(outdir.rglob("*")):
        relative = path.relative_to(outdir).as_posix()
        if path.is_file() and not relative.startswith(f"{OUT_DIR}/"):
            data = path.read_bytes()
            if path.suffix == ".html":
                data = link.sub(b"", data)
            digest.update(f"{relative}\0{len(data)}\0".encode())
            digest.update(data)
    return digest.hexdigest()


def _on_build_finished(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or not _active(app):
        return
    outdir = Path(app.outdir)
    # A rebuild that changed nothing the assets depend on keeps them; the pages it
    # wrote again (the search and index pages, every time) get the sheet's link.
    stamp = Path(app.doctreedir) / "lean_html-inputs"
    key = _inputs_key(outdir, _build["digest"])
    sheet = outdir / OUT_DIR / SHEET
    if sheet.is_file() and stamp.is_file() and stamp.read_text(encoding="utf-8") == key:
        _point_pages_at(outdir, hashlib.sha256(sheet.read_bytes()).hexdigest()[:20])
        return
    sizes = write_assets(outdir)
    stamp.write_text(key, encoding="utf-8")
    logger.info(
        "lean_html: style sheets %d -> %d bytes; %d icons in %d bytes of font",
        sizes["css_before"],
        sizes["css_after"],
        sizes["icon_characters"],
        sizes["font_bytes"],
    )


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("config-inited", _on_config_inited)
    app.connect("builder-inited", _on_builder_inited)
    # After the theme's own handler, which adds inline scripts to the page.
    app.connect("html-page-context", _on_page, priority=900)
    app.connect("build-finished", _on_build_finished)
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
