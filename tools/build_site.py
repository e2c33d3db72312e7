"""``make site``: both languages, strict, in one process (zh into ``site/``, en into ``site/en/``).

    python tools/build_site.py [--site-dir DIR] [--lang zh|en] [--verbose]

The same as ``mkdocs build --strict -f mkdocs.yml`` followed by ``mkdocs build --strict -f
mkdocs.en.yml -d site/en``, except that torch, MkDocs and the theme are imported once for
both languages: that import is most of what a build with nothing changed costs (the pages
themselves come from ``.cache/pages``, see ``docs/hooks/pagecache.py``). The zh build runs
first because it empties the site directory. Exits 1 on the first failing build, with the
warnings that failed it.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = {"zh": ("mkdocs.yml", ""), "en": ("mkdocs.en.yml", "en")}


def build(site_dir: Path, langs: list[str], verbose: bool = False) -> None:
    """Build ``langs`` strictly into ``site_dir``; raises ``SystemExit(1)`` on a failed build."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's banner about MkDocs 2.0
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    logger = logging.getLogger("mkdocs")
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger.addHandler(handler)
    for lang in langs:
        config_file, sub = CONFIGS[lang]
        try:
            config = load_config(str(ROOT / config_file), strict=True, site_dir=str(site_dir / sub))
            config.plugins.on_startup(command="build", dirty=False)
            try:
                mkdocs_build(config)
            finally:
                config.plugins.on_shutdown()
        except (Abort, ConfigurationError) as error:
            print(f"{config_file}: {error}", file=sys.stderr)
            raise SystemExit(1) from None


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site-dir", type=Path, default=ROOT / "site")
    parser.add_argument("--lang", choices=sorted(CONFIGS), action="append",
                        help="build only this language (repeatable; default: zh then en)")
    parser.add_argument("--verbose", action="store_true", help="log what MkDocs does, not only warnings")
    args = parser.parse_args(argv)
    langs = [lang for lang in CONFIGS if lang in (args.lang or CONFIGS)]
    site_dir = args.site_dir.resolve()
    os.chdir(ROOT)  # the configs name docs_dir and the hooks relative to the repository
    build(site_dir, langs, args.verbose)


if __name__ == "__main__":
    main()
