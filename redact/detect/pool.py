"""Detection on every core: the process itself and forked worker processes, each with
the models loaded once, scan batches of distinct texts.

With ``workers`` N, N-1 worker processes take batches from the front of the run's queue
and this process takes them from the back, whenever the next result it needs is not in
yet: N processes on N cores, none of them idle while another has batches waiting, and one
process fewer to fork and feed. Scanning (language, rules, NER) is all that is shared
out; this process refines each document, and the pipeline links identities and numbers
replacements in file order, so outputs and report are those of a one-process run.
Workers are forked where the platform allows it: they start with everything this process
imported and with its engine, its models loaded and warmed once, shared page by page
until written. Where only spawning is possible, each worker loads its own.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from redact.detect.engine import Detector, Engine, EngineConfig, ScanCache, ScanKey, Scanned
from redact.detect.refine import Refiner
from redact.detect.wordlike import is_given_name
from redact.detect.packs import RuleSet
from redact.errors import RedactError

__all__ = ["EnginePool", "resolve_workers", "AUTO_MIN_BYTES"]

AUTO_MIN_BYTES = 1 << 20  # below this, starting workers costs more than it saves
_BATCH_CHARS = 1 << 15  # most text per task: enough to amortise the hand-over
_MIN_BATCH_CHARS = 1 << 12
# tasks per worker: the wait at the end, when one worker is still on its last task and the
# others are done, is then a small part of the run, even when the input is a few batches
_TASKS_PER_WORKER = 16
_engine: Engine | None = None  # a worker's own
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


def resolve_workers(workers: str | int, input_bytes: int) -> int:
    """``auto``: one process for inputs under 1 MB, else one per core."""
    if workers == "auto":
        return 1 if input_bytes < AUTO_MIN_BYTES else max(1, os.cpu_count() or 1)
    return int(workers)


# Long enough to load the language identifier, English enough and with a name, so that
# the English model and the name lists load before the workers fork rather than in each.
_WARM_UP = ("Warm-up text: the models load while Dana Whitfield reads the input files, "
            "not when the first batch arrives.", "prose")


def _exit_with(parent: int) -> None:
    """A worker whose parent died (killed, even with SIGKILL) exits too: it would wait for
    batches forever, holding its models' memory. Linux signals it at once; elsewhere a
    thread notices within a second."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # died before the signal was asked for
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="redact-parent-watch", daemon=True).start()


def _warm(engine: Engine) -> Engine:
    engine.scan([_WARM_UP])
    is_given_name("Dana")  # the given-name list, read when a name is first looked up
    gc.freeze()  # the models outlive every batch: the collector need not walk them
    return engine


def _start(config: EngineConfig, rules: RuleSet, parent: int) -> None:
    global _engine
    _exit_with(parent)
    if _engine is None:  # spawned: nothing inherited
        _engine = _warm(Engine(config, rules))


def _scan(keys: list[ScanKey]) -> list[Scanned]:
    assert _engine is not None
    return _engine.scan(keys)


class EnginePool(Detector):
    """``Engine.detect`` with scanning spread over ``workers`` processes: this one, with
    ``engine`` (this process's engine for the same config and rules, what forked workers
    start with), and ``workers - 1`` others."""

    def __init__(self, config: EngineConfig, rules: RuleSet, workers: int,
                 engine: Engine | None = None) -> None:
        global _engine
        if workers < 2:
            raise ValueError("a pool is for two workers or more; one is the engine itself")
        self.config = config
        self.workers = workers
        self.refiner = Refiner(rules, min_score=config.min_score)
        self.cache = ScanCache()
        methods = multiprocessing.get_all_start_methods()
        fork = "fork" in methods
        context = multiprocessing.get_context("fork" if fork else None)
        self.executor = ProcessPoolExecutor(workers - 1, mp_context=context, initializer=_start,
                                            initargs=(config, rules, os.getpid()))
        # loaded once here rather than once per worker: the workers then scan from the start
        self.engine = engine or Engine(config, rules)
        _engine = _warm(self.engine) if fork else None
        try:
            self.executor.submit(int)  # starts (forks) the workers now, not at the first batch
        finally:
            _engine = None

    def scan(self, keys: list[ScanKey],
             progress: Callable[[int], None] | None = None) -> Iterator[Scanned]:
        """The keys in batches of about the same text, all queued at once; results come
        back in order, each batch as it is done. While the next batch due is not done,
        this process scans the last batch no worker has started."""
        total = sum(len(text) for text, _ in keys)
        size = max(_MIN_BATCH_CHARS, min(_BATCH_CHARS, total // (self.workers * _TASKS_PER_WORKER)))
        batches = _batches(keys, size)
        futures: list[Future[list[Scanned]]] = [self.executor.submit(_scan, b) for b in batches]
        own: dict[int, list[Scanned]] = {}  # batches this process scanned, by index
        last = len(batches) - 1  # the back of the queue: where this process takes from
        try:
            for i, (batch, future) in enumerate(zip(batches, futures)):
                while i not in own and not future.done() and last >= i:
                    if futures[last].cancel():  # no worker took it: this process scans it
                        own[last] = self.engine.scan(batches[last])
                    last -= 1
                yield from own.pop(i) if i in own else future.result()
                if progress is not None:
                    progress(sum(len(text) for text, _ in batch))
        except BrokenProcessPool:
            raise RedactError("a detection worker stopped unexpectedly (out of memory?); "
                              "try fewer --workers") from None
        finally:
            for future in futures:
                future.cancel()  # a run stopped early leaves no batch queued

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)


def _batches(keys: list[ScanKey], chars: int) -> list[list[ScanKey]]:
    out: list[list[ScanKey]] = []
    batch: list[ScanKey] = []
    size = 0
    for key in keys:
        batch.append(key)
        size += len(key[0])
        if size >= chars:
            out.append(batch)
            batch, size = [], 0
    if batch:
        out.append(batch)
    return out
