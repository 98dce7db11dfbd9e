"""What every command pays before it starts: the CLI does not load the features it is not running
(the importer's Word readers, the diff engine) — issue 14, start-up of every typer command."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = (
    "kehoach.exchange.importer.usecase",
    "kehoach.exchange.importer.docx_package",
    "kehoach.diff.run",
)


def test_building_the_cli_loads_no_unused_feature():
    code = f"import sys, kehoach.cli.app; print([m for m in {HEAVY!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    assert out.strip() == "[]"


def test_the_features_still_load_when_used():
    from kehoach import diff
    from kehoach.exchange import importer

    assert callable(importer.run_import) and callable(diff.run_diff)
    assert callable(diff.compare_texts)


OTHER_COMMANDS = ("render", "new", "diff", "report", "import_", "issue", "register", "export")


def _loaded_after(args: list[str], names: tuple[str, ...]) -> list[str]:
    code = (
        "import io, sys, contextlib\n"
        "from kehoach.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main({args!r})\n"
        f"print([m for m in {names!r} if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    return eval(out.strip().splitlines()[-1])  # noqa: S307 - our own list of names


def test_a_command_loads_only_its_own_module():
    """``kehoach due`` / ``who`` import their command module and use case, not the others'."""
    others = tuple(f"kehoach.cli.{m}" for m in (*OTHER_COMMANDS, "who", "validate", "site"))
    features = ("kehoach.render", "kehoach.draft", "kehoach.report", "kehoach.sheet")
    assert _loaded_after(["due", "--help"], ("kehoach.cli.due",)) == ["kehoach.cli.due"]
    assert _loaded_after(["due", "--help"], others + features) == []
    who_others = tuple(m for m in others if m != "kehoach.cli.who") + ("kehoach.cli.due",)
    assert _loaded_after(["who", "--help"], who_others + features) == []


def test_the_help_lists_every_command_without_loading_one():
    from kehoach.cli.app import COMMANDS

    names = tuple(f"kehoach.cli.{target.split(':')[0]}" for _, target, _ in COMMANDS)
    assert _loaded_after(["--help"], names) == []


def test_the_listed_help_is_each_commands_own(cli):
    """Every command of the list builds, under its name, with the line of help the list shows
    (and ``kehoach --help`` shows them all, in the list's order)."""
    from kehoach.cli.app import COMMANDS, build_command

    shown = cli("--help").output
    at = [shown.index(f"  {name} ") for name, _, _ in COMMANDS]
    assert at == sorted(at)
    for name, target, short in COMMANDS:
        command = build_command(name, target, short)
        assert command.name == name and command.get_short_help_str() == short
        assert short in shown
        assert cli(name, "--help").exit_code == 0


def test_a_mistyped_command_is_still_suggested(cli):
    result = cli("du")
    assert result.exit_code == 2 and "Did you mean 'due'?" in result.output


def test_options_are_read_without_pydantic():
    """typer would build a pydantic adapter for every option (~0.2 s); text, flag and list
    options are read without it (``cli._coercion``), with the same values and errors."""
    from helpers import EXAMPLES

    args = ["due", str(EXAMPLES), "--today", "2023-06-30", "-k", "activity,plan", "--within", "3m"]
    assert _loaded_after(args, ("pydantic",)) == []
    assert _loaded_after(["who", str(EXAMPLES), "-p", "tinhdoan-bt"], ("pydantic",)) == []


def test_option_values_and_errors_are_typers(cli):
    from helpers import EXAMPLES

    listed = cli("due", str(EXAMPLES), "--today", "2023-06-30", "-k", "plan", "-k", "meeting", "-a")
    assert listed.exit_code == 0 and "Kế hoạch năm" in listed.output
    wrong = cli("due", str(EXAMPLES), "--format", "nope")
    assert wrong.exit_code == 2 and "'nope' không phải một trong" in wrong.output


LIGHT_PATH_NEVER = (
    "yaml",
    "typer",
    "rich",
    "pathlib",
    "dataclasses",
    "tempfile",
    "re",
    "json",
    "typing",
    "kehoach.io.yamlio",
    "kehoach.io.discover",
    "kehoach.problem",
    "kehoach.validate",
)


def test_a_remembered_answer_imports_nothing_heavy(tmp_path):
    """The look-up of a remembered answer (``answers``) and the hit itself stay on the light path:
    no YAML reader, no typer, no ``pathlib``/``dataclasses``/``re``/``typing`` beyond what Python
    itself loads at start-up."""
    import shutil

    from helpers import EXAMPLES

    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    env = {"KEHOACH_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    code = (
        "import sys; before = set(sys.modules); from kehoach.cli import main;"
        "c = main(['validate', '-f', 'parsable', 'orgs.yaml']); sys.stdout.flush();"
        "print(c, sorted(set(sys.modules) - before), file=sys.stderr)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, encoding="utf-8"
        )
        for _ in range(2)
    ]
    first, hit = runs
    assert (first.stdout, hit.stdout) == ("", "")
    assert "yaml" in first.stderr  # a real run: it read the files
    code_, _, loaded = hit.stderr.strip().partition(" ")
    assert code_ == "0"
    imported = set(eval(loaded))  # noqa: S307 - a list of names printed just above
    assert "kehoach.answers" in imported
    assert imported.isdisjoint(LIGHT_PATH_NEVER), sorted(imported & set(LIGHT_PATH_NEVER))


def test_due_as_a_table_loads_no_calendar_writer(monkeypatch):
    """The agenda as a table (the common run) imports neither the iCalendar writer (with git and
    subprocess) nor textwrap; ``-f ics`` does."""
    from helpers import EXAMPLES

    monkeypatch.chdir(EXAMPLES)
    names = ("kehoach.due.ics", "kehoach.io.git", "textwrap")
    assert _loaded_after(["due", "--today", "2023-09-20"], names) == []
    assert "kehoach.due.ics" in _loaded_after(["due", "--today", "2023-09-20", "-f", "ics"], names)


@pytest.mark.parametrize(
    ("args", "output", "start"),
    [
        (["due", "--today", "2023-09-20"], "lich.ics", b"BEGIN:VCALENDAR"),
        (["due", "--today", "2023-09-20"], "viec.csv", b"\xef\xbb\xbfdate,"),
        (["who"], "trach-nhiem.json", b"{"),
        (["validate"], "kiem-tra.json", b"{"),  # the fast path of validate picks it too
        (["due", "--today", "2023-09-20", "-f", "json"], "viec.csv", b"{"),  # -f decides
        (["due", "--today", "2023-09-20"], "viec.txt", "Quá hạn".encode()),  # no format: table
    ],
)
def test_the_format_follows_the_extension_of_o(tmp_path, monkeypatch, args, output, start):
    """``-o lich.ics`` without ``--format``: the format the extension names, as ``render`` does."""
    from helpers import EXAMPLES
    from kehoach.cli import main

    monkeypatch.chdir(EXAMPLES)
    target = tmp_path / output
    assert main([*args, "-o", str(target)]) in (0, None)
    assert target.read_bytes().startswith(start)


@pytest.mark.parametrize(
    ("args", "output"),
    [
        (["export"], "tien-do.csv"),  # a spreadsheet is xlsx only
        (["due", "--today", "2023-09-20"], "viec.xlsx"),
        (["validate"], "kiem-tra.md"),  # the fast path of validate leaves it to typer
        (["who"], "trach-nhiem.html"),
        (["render", "plans/2021/kh-khcn-2021-tinhdoan-dt.yaml"], "ke-hoach.xlsx"),
    ],
)
def test_an_extension_of_a_format_the_command_does_not_write_is_refused(
    tmp_path, monkeypatch, capsys, args, output
):
    """``-o tien-do.csv`` without ``--to``: a file whose name says one format must not hold
    another (it was an Excel workbook named .csv); said before anything is written, exit 2."""
    from helpers import EXAMPLES
    from kehoach.cli import main

    monkeypatch.chdir(EXAMPLES)
    target = tmp_path / output
    assert main([*args, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    suffix = output.rsplit(".", 1)[1]
    assert f"có đuôi .{suffix}, nhưng lệnh này không xuất {suffix}" in err, err
    assert "Traceback" not in err and not target.exists()


def _after_edits(tmp_path, code: str):
    """(arguments, what ``code`` wrote on standard error) of a whole ``validate``, a
    one-file ``validate`` and ``due`` run by ``code`` in a copy of ``examples/``, each right after
    an edit of one plan (every run a real one, not a remembered answer)."""
    import shutil

    from helpers import EXAMPLES

    root = tmp_path / "examples"
    shutil.copytree(EXAMPLES, root)
    env = {"KEHOACH_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin"}
    plan = root / "plans" / "2021" / "kh-khcn-2021-tinhdoan-dt.yaml"
    for args in (
        ["validate"],
        ["validate", str(plan.relative_to(root))],
        ["due", "--today", "2023-06-30"],
    ):
        with plan.open("a", encoding="utf-8") as fh:
            fh.write("# sửa\n")
        run = subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=root,
            env=env,
            capture_output=True,
            encoding="utf-8",
        )
        assert run.stderr.strip(), (args, run.stdout)
        yield args, run.stderr.strip()


def test_validate_and_due_never_import_inspect_ast_decimal_typing_hashlib_or_ipaddress(tmp_path):
    """``dataclasses`` imports ``inspect`` (with ``ast``, ``dis``, ``tokenize``) only to write the
    docstring of a record that has none (``kehoach._later``); the fast schema validators need no
    ``decimal``; records and annotations need no ``typing`` at run time (``kehoach._typing``); the
    hashes are BLAKE2b without ``hashlib``'s OpenSSL (``kehoach.hashes``). A one-file ``validate``
    after an edit, a whole ``validate`` and ``due`` import none of them (the stand-in under
    ``inspect`` is never asked anything; ``urllib.parse``, with ``ipaddress``, is not imported)."""
    code = (
        "import sys; from kehoach.cli import main;"
        "c = main(sys.argv[1:]); sys.stdout.flush();"
        "m = sys.modules.get('inspect');"
        "print(c, type(m).__name__ if m else None, 'ast' in sys.modules,"
        " 'decimal' in sys.modules, 'typing' in sys.modules, '_hashlib' in sys.modules,"
        " 'ipaddress' in sys.modules, file=sys.stderr)"
    )
    for args, said in _after_edits(tmp_path, code):
        assert said.splitlines()[-1] == "0 _Later False False False False False", (args, said)


def test_validate_after_an_edit_imports_no_module_of_the_other_commands(tmp_path):
    """A one-file ``validate`` right after an edit (the editor, the pre-commit hook) loads the
    cache and checks the file; the source-line scan and its table (``io.lines``,
    ``io.cachelines``: ``due`` and ``who`` show lines) are never imported, whole or one-file,
    while ``due`` still imports them; nor is ``dataclasses`` (the records of its path are written
    out: making a dataclass compiles its methods at import)."""
    names = ("kehoach.io.lines", "kehoach.io.cachelines", "dataclasses")
    code = (
        "import sys; from kehoach.cli import main;"
        "c = main(sys.argv[1:]); sys.stdout.flush();"
        f"print(c, [m for m in {names!r} if m in sys.modules], file=sys.stderr)"
    )
    imported = {"validate": [], "due": list(names)}
    for args, said in _after_edits(tmp_path, code):
        assert said.splitlines()[-1] == f"0 {imported[args[0]]!r}", (args, said)


def test_the_stand_in_for_inspect_answers_as_inspect():
    """Whatever asks the stand-in gets the real module's functions, and the real module takes its
    place in ``sys.modules``; a record without a docstring still gets dataclasses' own."""
    code = (
        "import sys\n"
        "from kehoach._later import defer\n"
        "defer()\n"
        "import dataclasses, inspect\n"
        "stand_in = inspect\n"
        "@dataclasses.dataclass\n"
        "class P:\n"
        "    x: int\n"
        "print(type(stand_in).__name__, P.__doc__, inspect.isclass(P),"
        " sys.modules['inspect'] is not stand_in, inspect.cleandoc('  a\\n  b'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    assert out.split("\n")[0] == "_Later P(x: int) True True a"


def test_the_stand_in_for_urllib_parse_answers_as_urllib_parse():
    """``pathlib`` takes ``quote_from_bytes`` from the stand-in without importing ``urllib.parse``
    (nor ``ipaddress``); ``as_uri`` then works, and so does every other use of the module —
    ``import urllib.parse`` and ``from urllib.parse import …`` alike."""
    code = (
        "import sys\n"
        "from kehoach._later import defer\n"
        "defer()\n"
        "import pathlib\n"
        "print(type(sys.modules['urllib.parse']).__name__, 'ipaddress' in sys.modules)\n"
        "print(pathlib.Path('/tmp/a b').as_uri())\n"
        "import urllib.parse\n"
        "from urllib.parse import quote\n"
        "print(urllib.parse.urlsplit('http://h/p?q').query, quote('ă b'),"
        " urllib.parse is sys.modules['urllib.parse'], type(urllib.parse).__name__)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    assert out.split("\n")[:3] == [
        "_Later False",
        "file:///tmp/a%20b",
        "q %C4%83%20b True module",
    ]


def test_python_m_kehoach_is_the_command(tmp_path):
    """``python -m kehoach`` where the ``kehoach`` script is not on PATH: same output, same exit."""
    version = subprocess.run(
        [sys.executable, "-m", "kehoach", "--version"], capture_output=True, encoding="utf-8"
    )
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("kehoach ")
    (tmp_path / "x.yaml").write_text("kind: plan\nid: [\n", encoding="utf-8")
    bad = subprocess.run(
        [sys.executable, "-m", "kehoach", "validate", "x.yaml"],
        cwd=tmp_path,
        capture_output=True,
        encoding="utf-8",
    )
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "KH101" in bad.stdout and "Traceback" not in bad.stderr
