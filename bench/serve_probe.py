#!/usr/bin/env python3
"""Time kvarter serve's rebuild after an edit, as a browser would see it.

Connects to the dev server's live-reload stream as the edited entry's page does (server-sent
events at /__kvarter/events?page=/nyheter/x/, "event: version" / "data: N" after every rebuild
that changed that page), then edits one content file several times and measures the time from
writing the file to the next version event: when the page open in the author's browser reloads.
Also reads kvarter's own "Built N pages, M feeds in X.XX s." line from the server's log (run it with
--lang en): the whole rebuild, lists, feeds and site check included, which finishes after that.

Usage: serve_probe.py --port P --content DIR --kind place|news --log FILE [--edits 5] [--pause 2]

A place edit shortens the first single time range of its hours by 30 minutes (and back); a
news edit adds a sentence to the end of the article (and takes it away). The file is restored
at the end. Prints one line per edit and a final line "median_ms=... kvarter_median_ms=...".
Python 3 standard library only.
"""
import argparse
import os
import re
import socket
import statistics
import sys
import time
import urllib.parse

TIME_LINE = re.compile(r"^(    time: )(\d\d):(\d\d)-(\d\d):(\d\d)$", re.M)
BUILT = re.compile(r"Built ([\d,]+) pages, ([\d,]+) feeds in ([\d.]+) s\.")
FAILED = "The pages show the errors"


class EventStream:
    """A minimal reader of one server-sent-events stream over HTTP/1.0 (no chunked framing)."""

    def __init__(self, port, timeout, page):
        self.timeout = timeout
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        self.sock.sendall(b"GET /__kvarter/events?page=" + urllib.parse.quote(page, safe="").encode("ascii")
                          + b" HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        self.buffer = b""
        header = self._until(b"\r\n\r\n")
        status = header.split(b"\r\n", 1)[0]
        if b" 200" not in status:
            raise SystemExit("serve_probe: the event stream answered " + status.decode("latin-1"))

    def _until(self, separator):
        while separator not in self.buffer:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise SystemExit("serve_probe: the server closed the event stream")
            self.buffer += chunk
        head, self.buffer = self.buffer.split(separator, 1)
        return head

    def drain(self):
        """Reads and drops the events already sent (the end of the last rebuild)."""
        self.sock.settimeout(0.05)
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    break
                self.buffer += chunk
        except socket.timeout:
            pass
        finally:
            self.sock.settimeout(self.timeout)
        self.buffer = self.buffer[self.buffer.rfind(b"\n\n") + 2:] if b"\n\n" in self.buffer else self.buffer

    def next_version(self):
        """Blocks until the next complete event and returns its data as an int."""
        while True:
            event = self._until(b"\n\n").decode("utf-8")
            for line in event.split("\n"):
                if line.startswith("data:"):
                    return int(line[5:].strip())


def pick_file(content, kind):
    folder = os.path.join(content, "places" if kind == "place" else "news")
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".md") or name.count(".") > 1:
            continue  # translations such as x.en.md are left alone
        path = os.path.join(folder, name)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if kind == "news" or plain_range(text):
            return path, text
    raise SystemExit("serve_probe: no suitable file in " + folder)


def page_of(path, kind):
    """The address of the entry's page (a news file's name starts with its date)."""
    stem = os.path.basename(path)[:-len(".md")]
    if kind == "news":
        return "/nyheter/" + re.sub(r"^\d{4}-\d{2}-\d{2}-", "", stem) + "/"
    return "/platser/" + stem + "/"


def plain_range(text):
    """The first time line with one range that ends after it starts on the same day."""
    for m in TIME_LINE.finditer(text):
        start = int(m.group(2)) * 60 + int(m.group(3))
        end = int(m.group(4)) * 60 + int(m.group(5))
        if end - start >= 60:
            return m
    return None


def edited(kind, original, i):
    """The i-th edit: odd edits change the file, even edits put the original back."""
    if i % 2 == 0:
        return original
    if kind == "news":
        return original.rstrip("\n") + " Texten uppdaterades för en mätning.\n"
    m = plain_range(original)
    end = int(m.group(4)) * 60 + int(m.group(5)) - 30
    line = "%s%s:%s-%02d:%02d" % (m.group(1), m.group(2), m.group(3), end // 60, end % 60)
    return original[:m.start()] + line + original[m.end():]


def built_lines(log):
    try:
        with open(log, encoding="utf-8", errors="replace") as f:
            text = f.read()
    except FileNotFoundError:
        return [], False
    # the line gives seconds to two decimals: milliseconds to the nearest ten
    return [round(float(m.group(3)) * 1000) for m in BUILT.finditer(text)], FAILED in text


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--content", required=True)
    ap.add_argument("--kind", choices=["place", "news"], required=True)
    ap.add_argument("--log", required=True, help="the server's standard output")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--pause", type=float, default=2.0, help="seconds of quiet before each edit")
    ap.add_argument("--timeout", type=float, default=120.0)
    a = ap.parse_args()

    path, original = pick_file(a.content, a.kind)
    stream = EventStream(a.port, a.timeout, page_of(path, a.kind))
    version = stream.next_version()  # sent on connect
    latencies, reported = [], []
    try:
        for i in range(1, a.edits + 1):
            time.sleep(a.pause)
            stream.drain()
            before = len(built_lines(a.log)[0])
            text = edited(a.kind, original, i)
            t0 = time.monotonic()
            write(path, text)
            new = stream.next_version()
            t1 = time.monotonic()
            if new <= version:
                raise SystemExit("serve_probe: version went from %d to %d" % (version, new))
            version = new
            # kvarter prints its line right after telling the pages
            deadline = time.monotonic() + 5
            lines, failed = built_lines(a.log)
            while len(lines) <= before and not failed and time.monotonic() < deadline:
                time.sleep(0.01)
                lines, failed = built_lines(a.log)
            if failed:
                raise SystemExit("serve_probe: the rebuild failed; see " + a.log)
            own = lines[-1] if len(lines) > before else None
            latencies.append((t1 - t0) * 1000)
            if own is not None:
                reported.append(own)
            print("  %s edit %d (%s): edit -> reload event %.0f ms; kvarter logged %s ms"
                  % (a.kind, i, os.path.basename(path), latencies[-1], own if own is not None else "?"),
                  flush=True)
    finally:
        if open(path, encoding="utf-8").read() != original:
            write(path, original)
            try:
                stream.next_version()
            except (SystemExit, OSError):
                pass
    print("median_ms=%.0f min_ms=%.0f max_ms=%.0f kvarter_median_ms=%s"
          % (statistics.median(latencies), min(latencies), max(latencies),
             "%.0f" % statistics.median(reported) if reported else "?"))


if __name__ == "__main__":
    sys.exit(main())
