#!/usr/bin/env python3
"""deploy/k8s: render the base and every overlay and check the objects.

Rendering: `kubectl kustomize` (kustomize v4 or newer inside kubectl) or a standalone
`kustomize build` when one is on PATH; otherwise a small renderer here that resolves the
features the kustomizations use (resources, namespace, images, replicas, configMapGenerator,
patches: strategic merge and JSON 6902). When kubectl is there, the small renderer's output is
also compared with kubectl's, so the fallback stays faithful. K8S_RENDERER=kubectl|python
forces one (kubectl then fails the test when absent).

Checks: the kinds; the Deployment's probes (grpc.health.v1), resources, security context,
grace period against server.shutdown_grace_seconds, writable volumes where schemad writes;
that every ConfigMap / Secret / claim key a volume or env refers to is rendered, produced by a
rendered Certificate, or listed in the kustomization's required-secrets.yaml; that every file
schemad.yaml names is a mounted key; Service, NetworkPolicy, PDB, ServiceMonitor,
PrometheusRule; the apply-migrations Job.

Needs PyYAML (Debian: python3-yaml). Plain unittest: python3 tests/k8s_manifests_test.py
"""
import copy
import hashlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
K8S = os.path.join(ROOT, "deploy", "k8s")
# Overlay (or base) -> the environment its Job applies to.
TARGETS = {"base": "test", "overlays/test": "test", "overlays/prod": "prod"}

def readme_alerts():
    """The alert names of the README's rule file (Metrics): the PrometheusRule holds exactly those."""
    with open(os.path.join(ROOT, "README.md")) as f:
        return set(re.findall(r"^\s+- alert: (\w+)\s*$", f.read(), re.M))


ALERTS = readme_alerts()
CERT_KEYS = ["tls.crt", "tls.key", "ca.crt"]  # what cert-manager writes (ca.crt: CA issuers)


# ---------------------------------------------------------------------------------------------
# Rendering


def kubectl_kustomize_ok():
    """kubectl with a kustomize new enough for `patches:` (v4+); Debian 12's 1.20 has v2."""
    if not shutil.which("kubectl"):
        return False, "kubectl not on PATH"
    out = subprocess.run(["kubectl", "version", "--client"], capture_output=True, text=True)
    m = re.search(r"Kustomize Version: v(\d+)", out.stdout + out.stderr)
    if not m:
        return False, "kubectl does not say its kustomize version (too old)"
    if int(m.group(1)) < 4:
        return False, f"kubectl's kustomize is v{m.group(1)}, older than v4"
    return True, (out.stdout.strip().replace("\n", ", "))


def render_tool(path):
    ok, why = kubectl_kustomize_ok()
    if ok:
        cmd = ["kubectl", "kustomize", path]
    elif shutil.which("kustomize"):
        cmd = ["kustomize", "build", path]
    else:
        return None
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise AssertionError(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return [d for d in yaml.safe_load_all(out.stdout) if d]


def load_yaml_docs(path):
    with open(path) as f:
        return [d for d in yaml.safe_load_all(f) if d]


def smp(base, patch):
    """Strategic merge, as far as these manifests need: maps merge, null deletes, lists of
    maps keyed by `name` merge by name, other lists are replaced."""
    if not isinstance(base, dict) or not isinstance(patch, dict):
        return copy.deepcopy(patch)
    out = copy.deepcopy(base)
    for k, v in patch.items():
        if v is None:
            out.pop(k, None)
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = smp(out[k], v)
        elif (isinstance(v, list) and isinstance(out.get(k), list) and v
              and all(isinstance(i, dict) and "name" in i for i in v)
              and all(isinstance(i, dict) and "name" in i for i in out[k])):
            merged = [copy.deepcopy(i) for i in out[k]]
            for item in v:
                idx = next((n for n, m in enumerate(merged) if m["name"] == item["name"]), None)
                if idx is None:
                    merged.append(copy.deepcopy(item))
                else:
                    merged[idx] = smp(merged[idx], item)
            out[k] = merged
        else:
            out[k] = copy.deepcopy(v)
    return out


def json6902(doc, ops):
    doc = copy.deepcopy(doc)
    for op in ops:
        parts = [p.replace("~1", "/").replace("~0", "~") for p in op["path"].split("/")[1:]]
        parent = doc
        for p in parts[:-1]:
            parent = parent[int(p)] if isinstance(parent, list) else parent[p]
        last = parts[-1]
        if isinstance(parent, list):
            idx = len(parent) if last == "-" else int(last)
            if op["op"] == "add":
                parent.insert(idx, copy.deepcopy(op["value"]))
            elif op["op"] == "replace":
                parent[idx] = copy.deepcopy(op["value"])
            elif op["op"] == "remove":
                del parent[idx]
            else:
                raise AssertionError(f"unsupported JSON patch op {op['op']}")
        else:
            if op["op"] in ("add", "replace"):
                if op["op"] == "replace" and last not in parent:
                    raise AssertionError(f"replace of missing path {op['path']}")
                parent[last] = copy.deepcopy(op["value"])
            elif op["op"] == "remove":
                del parent[last]
            else:
                raise AssertionError(f"unsupported JSON patch op {op['op']}")
    return doc


def pod_specs(obj):
    spec = obj.get("spec", {})
    if obj["kind"] in ("Deployment", "Job", "StatefulSet", "DaemonSet"):
        return [spec["template"]["spec"]]
    return []


def containers(pod):
    return pod.get("initContainers", []) + pod.get("containers", [])


def configmap_refs(obj):
    """(holder dict, key holding the ConfigMap name) for every reference in a pod spec."""
    refs = []
    for pod in pod_specs(obj):
        for v in pod.get("volumes", []):
            if "configMap" in v:
                refs.append((v["configMap"], "name"))
            for src in v.get("projected", {}).get("sources", []):
                if "configMap" in src:
                    refs.append((src["configMap"], "name"))
        for c in containers(pod):
            for e in c.get("env", []):
                ref = e.get("valueFrom", {}).get("configMapKeyRef")
                if ref:
                    refs.append((ref, "name"))
            for e in c.get("envFrom", []):
                if "configMapRef" in e:
                    refs.append((e["configMapRef"], "name"))
    return refs


def py_render(path):
    """The subset of kustomize these kustomizations use."""
    with open(os.path.join(path, "kustomization.yaml")) as f:
        k = yaml.safe_load(f)
    allowed = {"apiVersion", "kind", "namespace", "resources", "images", "replicas",
               "configMapGenerator", "patches"}
    unknown = set(k) - allowed
    if unknown:
        raise AssertionError(f"{path}: the fallback renderer does not know {sorted(unknown)}")
    objs = []
    generated = {}  # ConfigMap name -> generated object (name suffixed at the end)
    for res in k.get("resources", []):
        full = os.path.normpath(os.path.join(path, res))
        if os.path.isdir(full):
            sub, sub_generated = py_render(full)
            objs += sub
            generated.update(sub_generated)
        else:
            objs += load_yaml_docs(full)
    for gen in k.get("configMapGenerator", []):
        data = {}
        for spec in gen.get("files", []):
            key, _, file = spec.partition("=") if "=" in spec else (os.path.basename(spec), "", spec)
            with open(os.path.join(path, file)) as f:
                data[key] = f.read()
        for lit in gen.get("literals", []):
            key, _, value = lit.partition("=")
            data[key] = value
        behavior = gen.get("behavior", "create")
        name = gen["name"]
        if behavior == "create":
            if name in generated:
                raise AssertionError(f"{path}: ConfigMap {name} generated twice")
            generated[name] = {"apiVersion": "v1", "kind": "ConfigMap",
                               "metadata": {"name": name}, "data": data}
        elif behavior in ("replace", "merge"):
            if name not in generated:
                raise AssertionError(f"{path}: {behavior} of ConfigMap {name} that the base lacks")
            if behavior == "replace":
                generated[name]["data"] = data
            else:
                generated[name]["data"].update(data)
    for p in k.get("patches", []):
        if "path" in p:
            with open(os.path.join(path, p["path"])) as f:
                text = f.read()
        else:
            text = p["patch"]
        docs = [d for d in yaml.safe_load_all(text) if d]
        target = p.get("target")
        if docs and isinstance(docs[0], list):  # JSON 6902
            ops = docs[0]
            hits = [i for i, o in enumerate(objs)
                    if o["kind"] == target["kind"] and o["metadata"]["name"] == target["name"]]
            if not hits:
                raise AssertionError(f"{path}: JSON patch target {target} not found")
            for i in hits:
                objs[i] = json6902(objs[i], ops)
            continue
        for d in docs:
            hits = [i for i, o in enumerate(objs)
                    if o["kind"] == d["kind"] and o["metadata"]["name"] == d["metadata"]["name"]]
            if not hits:
                raise AssertionError(f"{path}: patch target {d['kind']}/{d['metadata']['name']} not found")
            for i in hits:
                objs[i] = smp(objs[i], d)
    for img in k.get("images", []):
        for o in objs:
            for pod in pod_specs(o):
                for c in containers(pod):
                    name = re.split(r"[:@]", c["image"].split("/")[-1])[0]
                    repo = c["image"].rsplit(":", 1)[0] if ":" in c["image"].split("/")[-1] else c["image"]
                    if repo == img["name"] or name == img["name"] and "/" not in img["name"] and repo == name:
                        c["image"] = img.get("newName", repo) + (":" + img["newTag"] if "newTag" in img else "")
    for r in k.get("replicas", []):
        for o in objs:
            if o["metadata"]["name"] == r["name"] and o["kind"] in ("Deployment", "StatefulSet"):
                o["spec"]["replicas"] = r["count"]
    if "namespace" in k:
        for o in objs:
            o["metadata"]["namespace"] = k["namespace"]
        for g in generated.values():
            g["metadata"]["namespace"] = k["namespace"]
    return objs, generated


def py_render_top(path):
    objs, generated = py_render(path)
    rename = {}
    for name, g in generated.items():
        digest = hashlib.sha256(json.dumps(g["data"], sort_keys=True).encode()).hexdigest()[:10]
        g["metadata"]["name"] = rename[name] = f"{name}-{digest}"
    for o in objs:
        for holder, key in configmap_refs(o):
            holder[key] = rename.get(holder[key], holder[key])
    return list(generated.values()) + objs


def normalized(objs):
    """Objects keyed by kind/name with generated-name hashes stripped, for comparison."""
    text = json.dumps(objs, sort_keys=True)
    text = re.sub(r'"(schemad-config)-[a-z0-9]{10}"', r'"\1-HASH"', text)

    def order(x):  # kustomize puts the items a patch merged first: compare named lists as sets
        if isinstance(x, dict):
            return {k: order(v) for k, v in x.items()}
        if isinstance(x, list):
            items = [order(i) for i in x]
            if items and all(isinstance(i, dict) and "name" in i for i in items):
                items.sort(key=lambda i: i["name"])
            return items
        return x
    return {f"{o['kind']}/{o['metadata']['name']}": order(o) for o in json.loads(text)}


# ---------------------------------------------------------------------------------------------
# Checks


def by_kind(objs, kind):
    return [o for o in objs if o["kind"] == kind]


def one(objs, kind, name=None):
    hits = [o for o in by_kind(objs, kind) if name is None or o["metadata"]["name"] == name]
    assert len(hits) == 1, f"expected one {kind} {name or ''}, found {len(hits)}"
    return hits[0]


def selects(selector, labels):
    return all(labels.get(k) == v for k, v in selector.get("matchLabels", {}).items())


def under_mount(path, mounts):
    return [m for m in mounts
            if path == m["mountPath"] or path.startswith(m["mountPath"].rstrip("/") + "/")]


class Rendered:
    cache = {}

    @classmethod
    def get(cls, target):
        if target not in cls.cache:
            path = os.path.join(K8S, target)
            forced = os.environ.get("K8S_RENDERER", "auto")
            tool = None
            if forced in ("auto", "kubectl"):
                tool = render_tool(path)
                if tool is None and forced == "kubectl":
                    raise AssertionError("K8S_RENDERER=kubectl but neither kubectl nor kustomize is usable")
            py = py_render_top(path)
            with open(os.path.join(path, "required-secrets.yaml")) as f:
                required = yaml.safe_load(f)
            cls.cache[target] = (tool if tool is not None else py, py, tool is not None, required)
        return cls.cache[target]


class K8sManifests(unittest.TestCase):
    maxDiff = None

    def each(self):
        for target, env in TARGETS.items():
            objs, py, real, required = Rendered.get(target)
            yield target, env, objs, py, real, required

    def test_fallback_renderer_matches_kubectl(self):
        compared = 0
        for target, _, objs, py, real, _ in self.each():
            if not real:
                continue
            compared += 1
            a, b = normalized(objs), normalized(py)
            self.assertEqual(sorted(a), sorted(b), target)
            for key in a:
                self.assertEqual(a[key], b[key], f"{target}: {key} differs between kubectl and the fallback")
        if compared == 0:
            self.skipTest("no kubectl/kustomize here: rendered by the fallback only")

    def test_kinds_and_namespace(self):
        want = {"ServiceAccount", "ConfigMap", "Service", "Deployment", "NetworkPolicy",
                "PodDisruptionBudget", "ServiceMonitor", "PrometheusRule", "Job", "Certificate"}
        for target, _, objs, *_ in self.each():
            kinds = {o["kind"] for o in objs}
            self.assertTrue(want <= kinds, f"{target}: missing {want - kinds}")
            self.assertNotIn("Secret", kinds, f"{target}: real secrets are never rendered")
            if target.startswith("overlays/"):
                ns = {o["metadata"].get("namespace") for o in objs}
                self.assertEqual(len(ns), 1, f"{target}: namespaces {ns}")
                self.assertNotIn(None, ns)
            for sa in by_kind(objs, "ServiceAccount"):
                self.assertIs(sa.get("automountServiceAccountToken"), False, target)
            self.assertEqual(one(objs, "ServiceMonitor")["apiVersion"], "monitoring.coreos.com/v1")

    def config(self, objs, pod):
        vol = next(v for v in pod["volumes"] if v["name"] == "config")
        cm = one(objs, "ConfigMap", vol["configMap"]["name"])
        return yaml.safe_load(cm["data"]["schemad.yaml"])

    def test_deployment(self):
        for target, _, objs, *_ in self.each():
            dep = one(objs, "Deployment", "schemad")
            pod = dep["spec"]["template"]["spec"]
            cfg = self.config(objs, pod)
            self.assertGreaterEqual(dep["spec"]["replicas"], 2, target)
            self.assertIs(pod.get("automountServiceAccountToken"), False, target)
            one(objs, "ServiceAccount", pod["serviceAccountName"])
            # Grace: schemad is gone within shutdown_grace_seconds + 5.
            grace = cfg["server"].get("shutdown_grace_seconds", 25)
            self.assertEqual(grace, 25, target)
            self.assertEqual(pod["terminationGracePeriodSeconds"], 35, target)
            self.assertLess(grace + 5, pod["terminationGracePeriodSeconds"], target)  # a margin before SIGKILL
            self.check_pod_security(target, pod)
            c = next(c for c in pod["containers"] if c["name"] == "schemad")
            ports = {p["name"]: p["containerPort"] for p in c["ports"]}
            self.assertEqual(ports, {"grpc": 50051, "metrics": 9464, "health": 8081}, target)
            self.assertTrue(cfg["server"]["listen"].endswith(":50051"), target)
            self.assertTrue(cfg["server"]["metrics_listen"].endswith(":9464"), target)
            tls = "tls" in cfg["server"]
            self.assertTrue(tls, f"{target}: schemad must serve TLS (cert-manager's Secret)")
            # The kubelet's native gRPC probe has no TLS: it must ask the plaintext health
            # port (server.health_listen), never the TLS port, where it would never pass.
            health = cfg["server"].get("health_listen", "")
            self.assertTrue(health.endswith(":8081"), f"{target}: server.health_listen is {health!r}")
            for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
                p = c.get(probe)
                self.assertIsNotNone(p, f"{target}: {probe}")
                self.assertIn("grpc", p, f"{target}: {probe} is not a native gRPC probe")
                self.assertEqual(p["grpc"]["port"], 8081, f"{target}: {probe} port")
                self.assertEqual(p["grpc"].get("service", ""), "", f"{target}: {probe} service")
            # Where schemad writes: the state folder (a folder inside a writable volume, since
            # a volume's root is open to others), the backup store and /tmp.
            mounts = c["volumeMounts"]
            state = cfg["server"]["state_dir"]
            env = {e["name"]: e.get("value") for e in c.get("env", [])}
            self.assertEqual(env.get("SCHEMAD_STATE_DIR"), state, target)
            for path in (state, cfg["projects"]["app"]["backup_dir"], "/tmp"):
                m = under_mount(path, mounts)
                self.assertTrue(m and not m[-1].get("readOnly"), f"{target}: {path} not writable")
            self.assertNotIn(state, [m["mountPath"] for m in mounts],
                             f"{target}: state_dir must be a folder inside the volume")
            for project in cfg["projects"].values():
                for key in ("models_dir", "migrations_dir"):
                    self.assertTrue(under_mount(project[key], mounts), f"{target}: {key}")

    def check_pod_security(self, target, pod):
        sc = pod["securityContext"]
        self.assertIs(sc["runAsNonRoot"], True, target)
        self.assertIsInstance(sc["runAsUser"], int, target)
        self.assertGreater(sc["runAsUser"], 0, target)
        # The image's account (the Dockerfile's USER uid:gid): initdb of the private shadow
        # server refuses a uid without a passwd entry.
        with open(os.path.join(ROOT, "Dockerfile")) as f:
            users = re.findall(r"^USER\s+(\d+):(\d+)\s*$", f.read(), re.M)
        self.assertTrue(users, "the Dockerfile names no USER uid:gid")
        uid, gid = map(int, users[-1])
        self.assertEqual((sc["runAsUser"], sc["runAsGroup"], sc["fsGroup"]), (uid, gid, gid), target)
        self.assertEqual(sc["seccompProfile"]["type"], "RuntimeDefault", target)
        for c in containers(pod):
            csc = c["securityContext"]
            self.assertIs(csc["allowPrivilegeEscalation"], False, f"{target}: {c['name']}")
            self.assertIs(csc["readOnlyRootFilesystem"], True, f"{target}: {c['name']}")
            self.assertEqual(csc["capabilities"]["drop"], ["ALL"], f"{target}: {c['name']}")
            self.assertNotIn("add", csc["capabilities"])
            for kind in ("requests", "limits"):
                for res in ("cpu", "memory"):
                    self.assertIn(res, c["resources"][kind], f"{target}: {c['name']} {kind}.{res}")

    def provided_keys(self, objs, required, kind, name):
        """Keys of a ConfigMap/Secret: rendered, produced by a rendered Certificate, or declared
        external in required-secrets.yaml (None: nobody provides it)."""
        for o in by_kind(objs, kind):
            if o["metadata"]["name"] == name:
                return set(o.get("data", {})) | set(o.get("stringData", {}))
        if kind == "Secret":
            for cert in by_kind(objs, "Certificate"):
                if cert["spec"]["secretName"] == name:
                    return set(CERT_KEYS)
        for ext in required.get("external", []):
            if ext["kind"] == kind and ext["name"] == name:
                return set(ext["keys"])
        return None

    def test_every_referenced_key_exists(self):
        for target, _, objs, _, _, required in self.each():
            for o in objs:
                for pod in pod_specs(o):
                    where = f"{target}: {o['kind']}/{o['metadata']['name']}"
                    for v in pod.get("volumes", []):
                        for kind, field, name_key in (("ConfigMap", "configMap", "name"),
                                                      ("Secret", "secret", "secretName")):
                            if field not in v:
                                continue
                            name = v[field][name_key]
                            keys = self.provided_keys(objs, required, kind, name)
                            self.assertIsNotNone(keys, f"{where}: {kind} {name} is neither rendered nor declared in required-secrets.yaml")
                            self.assertNotIn(v[field].get("optional"), (True,), where)
                            for item in v[field].get("items", []):
                                self.assertIn(item["key"], keys, f"{where}: {kind} {name} has no key {item['key']}")
                        if "persistentVolumeClaim" in v:
                            one(objs, "PersistentVolumeClaim", v["persistentVolumeClaim"]["claimName"])
                    for c in containers(pod):
                        for e in c.get("env", []):
                            vf = e.get("valueFrom", {})
                            for kind, field in (("ConfigMap", "configMapKeyRef"), ("Secret", "secretKeyRef")):
                                if field in vf:
                                    keys = self.provided_keys(objs, required, kind, vf[field]["name"])
                                    self.assertIn(vf[field]["key"], keys or set(), where)
                        for m in c.get("volumeMounts", []):
                            self.assertIn(m["name"], [v["name"] for v in pod["volumes"]], where)
            # Everything declared external is used (a stale list hides a renamed Secret).
            used = set()
            for o in objs:
                for pod in pod_specs(o):
                    for v in pod.get("volumes", []):
                        used.add(v.get("secret", {}).get("secretName"))
                        used.add(v.get("configMap", {}).get("name"))
            for ext in required.get("external", []):
                self.assertIn(ext["name"], used, f"{target}: required-secrets.yaml lists unused {ext['name']}")

    def file_mounted(self, objs, pod, container, path):
        """The file is a key of a volume mounted into the container (items or whole object)."""
        for m in container.get("volumeMounts", []):
            if not path.startswith(m["mountPath"].rstrip("/") + "/"):
                continue
            rel = path[len(m["mountPath"].rstrip("/")) + 1:]
            vol = next(v for v in pod["volumes"] if v["name"] == m["name"])
            src = vol.get("secret") or vol.get("configMap")
            if src is None:
                return False
            items = src.get("items")
            if items is not None:
                return rel in [i["path"] for i in items]
            return "/" not in rel
        return False

    def test_config_files_and_secrets(self):
        for target, env, objs, *_ in self.each():
            dep = one(objs, "Deployment", "schemad")
            pod = dep["spec"]["template"]["spec"]
            c = next(c for c in pod["containers"] if c["name"] == "schemad")
            cfg = self.config(objs, pod)
            files = [cfg["server"]["tls"]["cert_file"], cfg["server"]["tls"]["key_file"]]
            for tok in cfg.get("auth", {}).get("tokens", []):
                self.assertNotIn("sha256", tok, f"{target}: token hashes come from Secret files")
                files.append(tok["sha256_file"])
            for name, project in cfg["projects"].items():
                self.assertIn(env, project["environments"], target)
                for e, spec in project["environments"].items():
                    db = spec["database"]
                    self.assertIsInstance(db, dict, f"{target}: {name}.{e} needs a real database")
                    self.assertNotIn("password_env", db, target)
                    self.assertNotIn("password", db, target)
                    self.assertTrue(db["password_file"].startswith("/run/secrets/"), target)
                    files.append(db["password_file"])
                    if db.get("sslmode") in ("verify-ca", "verify-full"):
                        cenv = {x["name"]: x.get("value") for x in c.get("env", [])}
                        self.assertIn("PGSSLROOTCERT", cenv, f"{target}: {e} verifies its server")
                        files.append(cenv["PGSSLROOTCERT"])
            for f in files:
                self.assertTrue(self.file_mounted(objs, pod, c, f), f"{target}: {f} is not a mounted key")
            # The TLS files come from the cert-manager Secret.
            tls = next(v for v in pod["volumes"] if v["name"] == "tls")
            cert = one(objs, "Certificate", "schemad")
            self.assertEqual(tls["secret"]["secretName"], cert["spec"]["secretName"], target)
            self.assertIn("schemad", cert["spec"]["dnsNames"], target)
            ns = dep["metadata"].get("namespace")
            if ns:
                self.assertIn(f"schemad.{ns}.svc", cert["spec"]["dnsNames"], target)

    def test_service_policy_pdb_monitoring(self):
        for target, env, objs, *_ in self.each():
            dep = one(objs, "Deployment", "schemad")
            labels = dep["spec"]["template"]["metadata"]["labels"]
            svc = one(objs, "Service", "schemad")
            self.assertTrue(selects({"matchLabels": svc["spec"]["selector"]}, labels), target)
            self.assertEqual({p["name"]: p["port"] for p in svc["spec"]["ports"]},
                             {"grpc": 50051, "metrics": 9464}, target)
            pdb = one(objs, "PodDisruptionBudget", "schemad")
            self.assertEqual(pdb["spec"]["minAvailable"], 1, target)
            self.assertTrue(selects(pdb["spec"]["selector"], labels), target)
            job = one(objs, "Job", "apply-migrations")
            job_labels = job["spec"]["template"]["metadata"]["labels"]
            np = next(n for n in by_kind(objs, "NetworkPolicy")
                      if selects(n["spec"]["podSelector"], labels))
            self.assertEqual(sorted(np["spec"]["policyTypes"]), ["Egress", "Ingress"], target)
            grpc_from, metrics_from = [], []
            for rule in np["spec"]["ingress"]:
                ports = {p["port"] for p in rule["ports"]}
                for peer in rule["from"]:
                    if 50051 in ports:
                        grpc_from.append(peer)
                    if 9464 in ports:
                        metrics_from.append(peer)
                self.assertTrue(ports <= {50051, 9464}, target)
            self.assertTrue(grpc_from, target)
            for peer in grpc_from:  # only pods of this namespace, and the Job's among them
                self.assertEqual(set(peer), {"podSelector"}, target)
            self.assertTrue(any(selects(p["podSelector"], job_labels) for p in grpc_from), target)
            self.assertFalse(any(selects(p["podSelector"], labels) and p["podSelector"].get("matchLabels")
                                 for p in grpc_from), f"{target}: gRPC must not be open to any pod")
            self.assertEqual(metrics_from, [{"namespaceSelector": {"matchLabels": {
                "kubernetes.io/metadata.name": "monitoring"}}}], target)
            egress_ports = {(p.get("protocol", "TCP"), p["port"])
                            for r in np["spec"]["egress"] for p in r["ports"]}
            self.assertEqual(egress_ports, {("TCP", 5432), ("UDP", 53), ("TCP", 53)}, target)
            if target.startswith("overlays/"):
                pg = next(r for r in np["spec"]["egress"] if r["ports"][0]["port"] == 5432)
                self.assertTrue(pg.get("to"), f"{target}: PostgreSQL egress narrowed to its servers")
            # The Job may leave its pod (egress policy of its own).
            self.assertTrue(any(selects(n["spec"]["podSelector"], job_labels)
                                for n in by_kind(objs, "NetworkPolicy")), target)
            sm = one(objs, "ServiceMonitor", "schemad")
            self.assertTrue(selects(sm["spec"]["selector"], svc["metadata"]["labels"]), target)
            self.assertEqual([e["port"] for e in sm["spec"]["endpoints"]], ["metrics"], target)
            self.assertEqual(sm["spec"]["endpoints"][0]["path"], "/metrics")
            rule = one(objs, "PrometheusRule", "schemad")
            self.assertEqual(rule["apiVersion"], "monitoring.coreos.com/v1")
            alerts = {r["alert"]: r for g in rule["spec"]["groups"] for r in g["rules"]}
            self.assertGreaterEqual(len(ALERTS), 4, "the README's alert rules were not found")
            self.assertEqual(set(alerts), ALERTS, target)
            self.assertEqual(alerts["SchemaMigrationFailed"]["labels"]["severity"], "page")
            self.assertEqual(alerts["SchemaMigrationsPendingInProd"]["for"], "1h")
            for name, r in alerts.items():
                self.assertIn("schemad_", r["expr"], name)
                self.assertIn("summary", r["annotations"], name)
            # Prometheus itself must accept the rules (promtool, Debian's prometheus package).
            if shutil.which("promtool"):
                with tempfile.NamedTemporaryFile("w", suffix=".yaml") as f:
                    yaml.safe_dump({"groups": rule["spec"]["groups"]}, f)
                    f.flush()
                    check = subprocess.run(["promtool", "check", "rules", f.name],
                                           capture_output=True, text=True, timeout=60)
                self.assertEqual(check.returncode, 0, f"{target}: {check.stdout}{check.stderr}")

    def test_apply_migrations_job(self):
        for target, env, objs, *_ in self.each():
            job = one(objs, "Job", "apply-migrations")
            spec = job["spec"]
            pod = spec["template"]["spec"]
            self.assertGreaterEqual(spec["backoffLimit"], 1, target)
            self.assertGreater(spec["activeDeadlineSeconds"], 900, target)
            self.assertGreater(spec["ttlSecondsAfterFinished"], 0, target)
            self.assertEqual(pod["restartPolicy"], "Never", target)
            self.assertIs(pod.get("automountServiceAccountToken"), False, target)
            one(objs, "ServiceAccount", pod["serviceAccountName"])
            self.check_pod_security(target, pod)
            (c,) = pod["containers"]
            self.assertEqual(c["command"], ["/usr/local/bin/schemactl"], target)
            args = c["args"]
            i = args.index("apply-migrations")
            self.assertEqual(args[i + 1:i + 3], ["--env", "$(ENV)"], target)
            envs = {e["name"]: e for e in c["env"]}
            self.assertEqual(envs["ENV"]["value"], env, target)
            # The request id is the Job's uid (the same for each retry), via its pod label.
            self.assertEqual(envs["SCHEMACTL_REQUEST_ID"]["valueFrom"]["fieldRef"]["fieldPath"],
                             "metadata.labels['batch.kubernetes.io/controller-uid']", target)
            host, port = envs["SCHEMACTL_SERVER"]["value"].rsplit(":", 1)
            self.assertEqual((host.split(".")[0], port), ("schemad", "50051"), target)
            one(objs, "Service", host.split(".")[0])
            cert = one(objs, "Certificate", "schemad")
            self.assertIn(host, cert["spec"]["dnsNames"], f"{target}: TLS name check of {host}")
            for var in ("SCHEMACTL_TOKEN_FILE", "SCHEMACTL_TLS_CA"):
                self.assertTrue(self.file_mounted(objs, pod, c, envs[var]["value"]), f"{target}: {var}")
            self.assertIn("SCHEMACTL_PROJECT", envs)
            # The token's subject may apply to that environment, and only there.
            dep = one(objs, "Deployment", "schemad")
            cfg = self.config(objs, dep["spec"]["template"]["spec"])
            project = envs["SCHEMACTL_PROJECT"]["value"]
            self.assertIn(env, cfg["projects"][project]["environments"], target)
            deployer = next(t for t in cfg["auth"]["tokens"] if t["subject"] == "ci-deployer")
            self.assertEqual(deployer["roles"], [{"role": "deployer", "project": project,
                                                  "environments": [env]}], target)
            # The token's Secret holds the token; the CA volume never carries the key.
            for v in pod["volumes"]:
                for item in v.get("secret", {}).get("items", []):
                    self.assertNotEqual(item["key"], "tls.key", target)


def report():
    ok, why = kubectl_kustomize_ok()
    forced = os.environ.get("K8S_RENDERER", "auto")
    if forced == "python":
        how = "the fallback renderer (K8S_RENDERER=python)"
    elif ok:
        how = f"kubectl kustomize ({why}); the fallback renderer compared with it"
    elif shutil.which("kustomize"):
        how = "kustomize build"
    else:
        how = f"the fallback renderer ({why})"
    print(f"k8s_manifests_test: rendering with {how}", file=sys.stderr)


if __name__ == "__main__":
    report()
    unittest.main(verbosity=2)
