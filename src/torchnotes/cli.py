"""``torchnotes`` command line: list topics, show one, run its snippets.

Everything it prints derives from :mod:`torchnotes.registry`.
"""

from __future__ import annotations

import argparse
import doctest
import json
import sys

from torchnotes import registry


def cmd_topics(args: argparse.Namespace) -> int:
    topics = list(registry.TOPICS.values())
    if args.json:
        print(json.dumps([t.as_json() for t in topics], ensure_ascii=False, indent=2))
    else:
        width = max(len(t.id) for t in topics)
        for t in topics:
            print(f"{t.id:<{width}}  {t.group:<10}  {t.api}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    topic = registry.get(args.id)
    print(f"{topic.id} · {topic.api}")
    print(topic.summary(args.lang))
    print(f"docs: {topic.docs}")
    print(f"helper: {topic.helper}")
    for path in topic.snippets:
        print(f"\n# {path}")
        print(registry.snippet_examples(path, args.lang))
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Execute each snippet's examples and print what they really print."""
    topic = registry.get(args.id)
    parser = doctest.DocTestParser()
    for path in topic.snippets:
        print(f"# {path}")
        if registry.snippet_requires(path) == "cuda" and not _cuda_available():
            print("# needs CUDA: skipped on this machine (the topic page shows its recorded output)\n")
            continue
        namespace: dict = {"__name__": "__torchnotes_run__"}
        for example in parser.get_examples(registry.snippet_examples(path)):
            print(registry.prompted(example.source))
            try:
                code = compile(example.source, path, "single")
                exec(code, namespace)  # noqa: S102 - running the examples is the command
            except Exception as error:  # show it as the REPL would, then go on
                print(f"{type(error).__name__}: {error}")
        print()
    return 0


def _cuda_available() -> bool:
    import torch

    return torch.cuda.is_available()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="torchnotes", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("topics", help="list every topic")
    p.add_argument("--json", action="store_true", help="machine-readable JSON")
    p.set_defaults(func=cmd_topics)
    p = sub.add_parser("show", help="a topic's summary and snippets")
    p.add_argument("id")
    p.add_argument("--lang", choices=registry.LANGS, default="zh")
    p.set_defaults(func=cmd_show)
    p = sub.add_parser("run", help="run a topic's snippets and print their real output")
    p.add_argument("id")
    p.set_defaults(func=cmd_run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except registry.UnknownTopic as error:
        print(f"torchnotes: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `torchnotes show x | head` is fine
        return 0
