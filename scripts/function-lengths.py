#!/usr/bin/env python3
"""Lists the longest function bodies in C++ sources, and fails when one is longer than allowed.

Usage: scripts/function-lengths.py [--max N] [--top K] [--exclude GLOB ...] PATH...

A function is a brace block opened at namespace, class or file scope whose header (the text
since the previous ';', '{' or '}' at that scope) ends like a function signature: ')' followed
only by qualifiers, a trailing return type or a constructor's initializer list. Lambdas and
blocks inside a function count as part of it. Its length is counted from the header's first
line to the closing brace. Comments, strings and character literals are skipped, so braces in
them do not count. Data tables (files matched by --exclude) are left out.
"""
import argparse
import fnmatch
import pathlib
import re
import sys

SCOPE_KEYWORDS = re.compile(r"\b(namespace|struct|class|union|enum)\b")
SIGNATURE_END = re.compile(
    r"\)\s*(const|noexcept(\([^)]*\))?|override|final|mutable|&|&&|\s)*(->\s*[^{;]+)?$|\)\s*:\s*[\s\S]*$"
)


def strip_comments_and_literals(text):
    """The text with comments, string and character literals blanked (newlines kept)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            out.append(" " * (j - i))
            i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c == "R" and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            # Raw string R"delim( ... )delim"
            open_paren = text.find("(", i + 2)
            delim = text[i + 2:open_paren]
            close = text.find(")" + delim + '"', open_paren)
            j = n if close < 0 else close + len(delim) + 2
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        elif c in "\"'":
            if c == "'" and i > 0 and text[i - 1].isalnum():  # digit separator 1'000
                out.append(" ")
                i += 1
                continue
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            j = min(n, j + 1)
            out.append("".join(ch if ch == "\n" else " " for ch in text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def functions(path):
    """(name, first line, last line) of every function body in the file."""
    text = strip_comments_and_literals(path.read_text(encoding="utf-8", errors="replace"))
    found = []
    # Each open scope: kind ("scope" for namespace/class/file, "function" or "block").
    stack = []
    header_start = 0
    line_of = [0] * (len(text) + 1)
    line = 1
    for i, ch in enumerate(text):
        line_of[i] = line
        if ch == "\n":
            line += 1
    line_of[len(text)] = line
    function_start = None
    for i, ch in enumerate(text):
        in_function = any(kind == "function" for kind, _ in stack)
        if ch == "{":
            kind = "block"
            if not in_function:
                header = text[header_start:i].strip()
                # Preprocessor lines are not part of a header.
                header = "\n".join(l for l in header.splitlines() if not l.lstrip().startswith("#")).strip()
                if SCOPE_KEYWORDS.search(header.split("(")[0]) or header.startswith("extern"):
                    kind = "scope"
                elif "=" in header.split("(")[0] or header.endswith("="):
                    kind = "block"  # an initializer
                elif SIGNATURE_END.search(header) and "(" in header:
                    kind = "function"
                    # The header's first line that is not a preprocessor line or blank.
                    first = header_start
                    for raw in text[header_start:i].splitlines(keepends=True):
                        if raw.strip() and not raw.lstrip().startswith("#"):
                            first += len(raw) - len(raw.lstrip())
                            break
                        first += len(raw)
                    name = re.sub(r"\s+", " ", header.split("(")[0]).split(" ")[-1]
                    function_start = (name, line_of[first])
                else:
                    kind = "scope" if not header or header.endswith(")") is False else "block"
            stack.append((kind, i))
            header_start = i + 1
        elif ch == "}":
            if stack:
                kind, _ = stack.pop()
                if kind == "function" and function_start:
                    found.append((function_start[0], function_start[1], line_of[i]))
                    function_start = None
            header_start = i + 1
        elif ch == ";" and not in_function:
            header_start = i + 1
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--max", type=int, default=0, help="fail when a function is longer (0: only list)")
    parser.add_argument("--top", type=int, default=15, help="how many of the longest to list")
    parser.add_argument("--exclude", action="append", default=[], help="glob of files to leave out (data tables)")
    args = parser.parse_args()
    files = []
    for p in args.paths:
        p = pathlib.Path(p)
        files += sorted(f for f in p.rglob("*") if f.suffix in (".cpp", ".hpp", ".h")) if p.is_dir() else [p]
    rows = []
    for f in files:
        if any(fnmatch.fnmatch(str(f), g) for g in args.exclude):
            continue
        for name, first, last in functions(f):
            rows.append((last - first + 1, f"{f}:{first}", name))
    rows.sort(reverse=True)
    for length, where, name in rows[: args.top]:
        print(f"{length:5d}  {where}  {name}")
    if args.max:
        too_long = [r for r in rows if r[0] > args.max]
        if too_long:
            print(f"function-lengths: {len(too_long)} functions are longer than {args.max} lines; split them into steps", file=sys.stderr)
            return 1
        print(f"function-lengths: every one of {len(rows)} functions is at most {args.max} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
