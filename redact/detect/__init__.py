"""Detection: segments in, findings out. Knows nothing of files or formats.

Import the module you need (``redact.detect.engine``, ``redact.detect.packs``...): the
package itself imports nothing, so loading rule packs or refining findings never pulls in
Presidio, spaCy or natasha.
"""

__all__: list[str] = []
