"""Packs what the command line needs into the wheel: snippets and page summaries.

``torchnotes show`` and ``torchnotes run`` read ``snippets/<id>/*.py`` and each page's
one-line summary. In a checkout they sit beside ``src/``; an installed wheel carries a
copy in ``torchnotes/_content`` (see ``torchnotes.registry.CONTENT_ROOT``).
Everything else is declared in pyproject.toml.
"""

import json
import shutil
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class build_py_with_content(build_py):
    def run(self):
        super().run()
        sys.path.insert(0, str(ROOT / "src"))
        from torchnotes import registry  # reads docs/*/ front matter from this checkout

        target = Path(self.build_lib) / "torchnotes" / "_content"
        if target.exists():
            shutil.rmtree(target)
        for topic in registry.TOPICS.values():
            for path in topic.snippets:
                (target / path).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(ROOT / path, target / path)
        (target / "summaries.json").write_text(
            json.dumps(registry.summaries(), ensure_ascii=False, indent=1), encoding="utf-8"
        )


setup(cmdclass={"build_py": build_py_with_content})
