#!/usr/bin/env python3
"""Helps translators work on translations/*.ts without Qt Linguist.

  translations.py todo FILE.ts [--json]     lists the unfinished messages (context, source, plural)
  translations.py fill FILE.ts MAP.json     fills translations from MAP: {"source": "translation"}
                                            or {"context\\u0004source": "translation"}; a plural
                                            message takes a list of forms (one for zh/ja)
  translations.py stats FILE.ts             counts finished / unfinished / empty messages

Filled messages lose type="unfinished"; nothing else in the file changes.
"""
import json
import sys
import xml.etree.ElementTree as ET


def load(path):
    tree = ET.parse(path)
    return tree, tree.getroot()


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def is_finished(message):
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def todo(path, as_json):
    _, root = load(path)
    items = [{"context": c, "source": m.findtext("source"), "plural": m.get("numerus") == "yes"}
             for c, m in messages(root) if not is_finished(m)]
    if as_json:
        json.dump(items, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        for item in items:
            print(("[plural] " if item["plural"] else "") + item["context"] + " | " + item["source"])


def write(tree, path):
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False, short_empty_elements=False)
        out.write(b"\n")


def fill(path, map_path):
    tree, root = load(path)
    with open(map_path, encoding="utf-8") as f:
        mapping = json.load(f)
    filled = 0
    for context, message in messages(root):
        source = message.findtext("source")
        value = mapping.get(context + "\u0004" + source, mapping.get(source))
        if value is None:
            continue
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get("numerus") == "yes":
            translation.text = "\n" + " " * 12
            forms = value if isinstance(value, list) else [value]
            for index, form in enumerate(forms):
                element = ET.SubElement(translation, "numerusform")
                element.text = form
                element.tail = "\n" + " " * (12 if index + 1 < len(forms) else 8)
        else:
            translation.text = value[0] if isinstance(value, list) else value
        translation.attrib.pop("type", None)
        filled += 1
    write(tree, path)
    print(f"{filled} message(s) filled in {path}")


def stats(path):
    _, root = load(path)
    total = finished = 0
    for _, message in messages(root):
        total += 1
        finished += is_finished(message)
    print(f"{path}: {finished} finished, {total - finished} unfinished of {total}")


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "todo":
        todo(args[1], "--json" in args)
    elif len(args) == 3 and args[0] == "fill":
        fill(args[1], args[2])
    elif len(args) == 2 and args[0] == "stats":
        stats(args[1])
    else:
        print(__doc__)
        sys.exit(2)
