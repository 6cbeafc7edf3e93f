"""A scrub run in stages: load -> detect -> replace -> write, each a module of its own.

``redact.run.scrub`` reads them in that order; `check`, evaluation, the HTML view and the
Ray engine import the stage they need, never that orchestrator.
"""

__all__: list[str] = []
