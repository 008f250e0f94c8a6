#!/usr/bin/env python3
"""Writes a synthetic `terraform show -json` plan with N resource changes, in Terraform 1.9's shape and key
order, built from the resources of examples/plans (queues, users, wrap-up codes, skills). Compact JSON, one line,
as Terraform writes it. Actions: 60 % no-op, 30 % update, 5 % create, 5 % delete (deterministic).

usage: gen-plan.py N OUT.json
"""
import copy
import json
import sys
from pathlib import Path

n = int(sys.argv[1])
out_path = Path(sys.argv[2])
root = Path(__file__).resolve().parent.parent
PROVIDER = "registry.terraform.io/mypurecloud/genesyscloud"


def template(plan, address):
    for rc in json.load(open(root / "examples/plans" / plan))["resource_changes"]:
        if rc["address"] == address:
            return rc["change"]["before"]
    raise KeyError(address)


KINDS = [
    ("module.queues", "genesyscloud_routing_queue", "queue",
     template("release.json", "module.queues.genesyscloud_routing_queue.sales"), "acw_timeout_ms", 30000),
    (None, "genesyscloud_user", "user", template("skill-rename.json", "genesyscloud_user.bchen"), "title", "Advisor"),
    ("module.queues", "genesyscloud_routing_wrapupcode", "code",
     template("release.json", 'module.queues.genesyscloud_routing_wrapupcode.code["escalated"]'), "description", "Escalated"),
    ("module.skills", "genesyscloud_routing_skill", "skill",
     template("skill-rename.json", 'module.skills.genesyscloud_routing_skill.skill["billing"]'), "name", "Skill"),
]


def mirror(value):
    if isinstance(value, dict):
        return {k: mirror(v) for k, v in sorted(value.items()) if isinstance(v, (dict, list))}
    if isinstance(value, list):
        return [mirror(v) if isinstance(v, (dict, list)) else False for v in value]
    return False


def resource(i):
    module, rtype, name, base, field, value = KINDS[i % len(KINDS)]
    key = f"r{i:06d}"
    obj = copy.deepcopy(base)
    obj["id"] = f"00000000-0000-4000-8000-{i:012d}"
    if "name" in obj and rtype != "genesyscloud_user":
        obj["name"] = f"{obj['name']} {i}"
    if rtype == "genesyscloud_user":
        obj["email"] = f"user{i}@northwind-retail.example"
    bucket = (i * 7919) % 100
    if bucket < 60:
        actions, before, after = ["no-op"], obj, obj
    elif bucket < 90:
        after = copy.deepcopy(obj)
        after[field] = value + 1 if isinstance(value, int) else f"{value} (rev {i})"
        actions, before = ["update"], obj
    elif bucket < 95:
        actions, before, after = ["create"], None, obj
    else:
        actions, before, after = ["delete"], obj, None
    address = (module + "." if module else "") + f'{rtype}.{name}["{key}"]'
    head = {"address": address}
    if module:
        head["module_address"] = module
    head.update(mode="managed", type=rtype, name=name, index=key)
    return module, head, actions, before, after


def write(out, value):
    out.write(json.dumps(value, separators=(",", ":")))


with open(out_path, "w") as out:
    out.write('{"format_version":"1.2","terraform_version":"1.9.8","variables":{"environment":{"value":"bench"}},')
    out.write('"planned_values":{"root_module":{"resources":[')
    first = True
    for i in range(n):
        module, head, actions, before, after = resource(i)
        if after is None:
            continue
        state = dict(head, provider_name=PROVIDER, schema_version=0, values=after, sensitive_values=mirror(after))
        out.write("" if first else ",")
        first = False
        write(out, state)
    out.write(']}},"resource_changes":[')
    for i in range(n):
        module, head, actions, before, after = resource(i)
        change = dict(head, provider_name=PROVIDER, change={
            "actions": actions, "before": before, "after": after, "after_unknown": {},
            "before_sensitive": mirror(before) if before is not None else False,
            "after_sensitive": mirror(after) if after is not None else False})
        if actions == ["delete"]:
            change["action_reason"] = "delete_because_no_resource_config"
        out.write("" if i == 0 else ",")
        write(out, change)
    out.write('],"prior_state":{"format_version":"1.0","terraform_version":"1.9.8","values":{"root_module":{"resources":[')
    first = True
    for i in range(n):
        module, head, actions, before, after = resource(i)
        if before is None:
            continue
        state = dict(head, provider_name=PROVIDER, schema_version=0, values=before, sensitive_values=mirror(before))
        out.write("" if first else ",")
        first = False
        write(out, state)
    out.write(']}}},"configuration":{"provider_config":{"genesyscloud":{"name":"genesyscloud","full_name":"' + PROVIDER
              + '","version_constraint":"~> 1.84"}},"root_module":{}},')
    out.write('"timestamp":"2026-11-26T09:14:03Z","applyable":true,"complete":true,"errored":false}\n')
