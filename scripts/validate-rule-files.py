#!/usr/bin/env python3
"""Validates YAML files against the JSON Schema printed by `watchline schema`.

usage: validate-rule-files.py SCHEMA.json FILE.yaml...
Prints `path: OK` or `path: invalid: <where>: <message>` per file; exits 1 if any is invalid.
YAML is read as the YAML language server reads it (YAML 1.2: dates stay text).
"""
import json, sys
import yaml, jsonschema

class Loader(yaml.SafeLoader):
    pass
# YAML 1.2 (the language server's) has no timestamps: a date is text until the loader says it is a date.
Loader.yaml_implicit_resolvers = {k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
                                  for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}

def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft7Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        doc = yaml.load(open(path, encoding="utf-8"), Loader=Loader)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        if errors:
            bad += 1
            # The deepest error says most (an unknown key rather than "not valid under any").
            def leaves(e):
                return [x for c in e.context for x in leaves(c)] if e.context else [e]
            e = max((l for err in errors for l in leaves(err)), key=lambda l: len(l.absolute_path))
            where = "/".join(str(p) for p in e.absolute_path) or "(top)"
            print(f"{path}: invalid: {where}: {e.message}")
        else:
            print(f"{path}: OK")
    sys.exit(1 if bad else 0)

main()
