#!/usr/bin/env python3
"""Time from a keystroke to the diagnostics of `canevas server`.

Usage: editors/lsp-latency.py CANEVAS_BINARY PLAN_FOLDER PROPOSAL [ROUNDS] [--save]

Starts `CANEVAS_BINARY server` on PLAN_FOLDER (its canevas.toml, its [plan]),
opens PROPOSAL, then sends ROUNDS changes of one character (a full-text
didChange, as editors send it) and times each until the diagnostics of that
version arrive. The time includes the server's pause after typing (150 ms).
"""
import json
import os
import statistics
import subprocess
import sys
import time


def send(proc, message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    proc.stdin.flush()


def receive(proc):
    length = 0
    while True:
        line = proc.stdout.readline().strip()
        if not line:
            break
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    return json.loads(proc.stdout.read(length))


def wait_for(proc, predicate):
    while True:
        message = receive(proc)
        if predicate(message):
            return message


def main():
    binary, folder, proposal = sys.argv[1:4]
    save = "--save" in sys.argv
    args = [a for a in sys.argv[4:] if a != "--save"]
    rounds = int(args[0]) if args else 50
    folder, proposal = os.path.abspath(folder), os.path.abspath(proposal)
    uri = "file://" + proposal
    proc = subprocess.Popen([binary, "--lang", "fr", "server"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    send(proc, {"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": None, "rootUri": "file://" + folder, "capabilities": {}}})
    wait_for(proc, lambda m: m.get("id") == 1)
    send(proc, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
    text = open(proposal, encoding="utf-8").read()
    start = time.perf_counter()
    send(proc, {"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}})
    is_ours = lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    wait_for(proc, is_ours)
    print(f"open: {(time.perf_counter() - start) * 1000:.1f} ms ({len(text.splitlines())} lines)")
    times = []
    for version in range(2, rounds + 2):
        changed = text.replace("titre: ", "titre: x" if version % 2 else "titre: ", 1)
        start = time.perf_counter()
        send(proc, {"jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": {"textDocument": {"uri": uri, "version": version},
                               "contentChanges": [{"text": changed}]}})
        if save:
            send(proc, {"jsonrpc": "2.0", "method": "textDocument/didSave",
                        "params": {"textDocument": {"uri": uri}}})
        wait_for(proc, lambda m: is_ours(m) and m["params"].get("version") == version)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    print(f"keystroke → diagnostics over {rounds} changes: median {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms "
          + ("(saved at once: no pause)" if save else "(150 ms of it is the pause)"))
    send(proc, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
    wait_for(proc, lambda m: m.get("id") == 2)
    send(proc, {"jsonrpc": "2.0", "method": "exit"})
    proc.wait(timeout=10)


if __name__ == "__main__":
    main()
