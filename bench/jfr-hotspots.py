#!/usr/bin/env python3
"""Summarises a JFR recording of Payara: where the CPU samples fall (by layer and by method), how long GC paused,
and which monitors threads waited on. Usage: jfr-hotspots.py RECORDING.jfr"""
import collections
import re
import subprocess
import sys

LAYERS = [  # first matching prefix of the topmost frame that is not the JDK's
    ("org.vetsync.", "vetsync code"),
    ("org.eclipse.persistence.", "EclipseLink (JPA)"),
    ("org.postgresql.", "PostgreSQL JDBC driver"),
    ("org.apache.activemq.", "Artemis client / resource adapter"),
    ("io.netty.", "Netty (Artemis transport)"),
    ("com.sun.enterprise.resource.", "Payara connection pools"),
    ("com.sun.jts.", "Payara transaction manager (JTS)"),
    ("com.sun.enterprise.transaction.", "Payara transaction manager"),
    ("com.sun.ejb.", "Payara EJB container"),
    ("org.glassfish.", "Payara/GlassFish other"),
    ("com.sun.", "Payara/GlassFish other"),
    ("fish.payara.", "Payara/GlassFish other"),
    ("org.jboss.weld.", "Weld (CDI)"),
    ("org.eclipse.parsson.", "JSON-P (Parsson)"),
    ("org.leadpony.", "JSON schema validation"),
    ("com.networknt.", "JSON schema validation"),
]
FRAME = re.compile(r"^\s+([\w$.]+)\.([\w$<>]+)\(")


def events(recording, name, depth):
    text = subprocess.run(["jfr", "print", "--stack-depth", str(depth), "--events", name, recording],
                          capture_output=True, text=True, check=True).stdout
    for block in text.split(name + " {")[1:]:
        yield block


def layer_of(frames):
    for cls, _ in frames:
        if cls.startswith(("java.", "javax.", "jdk.", "sun.", "jakarta.")):
            continue
        for prefix, layer in LAYERS:
            if cls.startswith(prefix):
                return layer
        return "other: " + ".".join(cls.split(".")[:3])
    return "JDK (" + (frames[0][0].rsplit(".", 1)[0] if frames else "?") + ")"


def main(recording):
    layers, methods, vetsync = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for block in events(recording, "jdk.ExecutionSample", 40):
        frames = [(m.group(1), m.group(2)) for m in map(FRAME.match, block.splitlines()) if m]
        if not frames:
            continue
        total += 1
        layers[layer_of(frames)] += 1
        methods[frames[0][0].rsplit(".", 1)[-1] + "." + frames[0][1]] += 1
        own = next((f for f in frames if f[0].startswith("org.vetsync.")), None)
        if own:
            vetsync[own[0].rsplit(".", 1)[-1] + "." + own[1]] += 1
    print(f"CPU samples in Payara: {total}")
    print("By layer (topmost non-JDK frame):")
    for layer, n in layers.most_common(12):
        print(f"  {100 * n / max(total, 1):5.1f}%  {layer}")
    print("Hottest methods (self):")
    for method, n in methods.most_common(12):
        print(f"  {100 * n / max(total, 1):5.1f}%  {method}")
    print("vetsync methods on the stack (inclusive):")
    for method, n in vetsync.most_common(10):
        print(f"  {100 * n / max(total, 1):5.1f}%  {method}")
    pauses = 0.0
    for block in events(recording, "jdk.GarbageCollection", 1):
        m = re.search(r"sumOfPauses = ([\d.]+) (ms|s)", block)
        if m:
            pauses += float(m.group(1)) * (1000 if m.group(2) == "s" else 1)
    print(f"GC pauses: {pauses:.0f} ms in all")
    monitors = collections.Counter()
    for block in events(recording, "jdk.JavaMonitorEnter", 1):
        m = re.search(r"monitorClass = ([\w$.]+)", block)
        d = re.search(r"duration = ([\d.]+) (ms|s)", block)
        if m and d:
            monitors[m.group(1)] += float(d.group(1)) * (1000 if d.group(2) == "s" else 1)
    if monitors:
        print("Contended monitors (ms waited):")
        for monitor, ms in monitors.most_common(6):
            print(f"  {ms:8.0f}  {monitor}")


if __name__ == "__main__":
    main(sys.argv[1])
