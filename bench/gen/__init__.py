"""The parts of ``bench/generate.py``: values (``values``), the tune and check template banks
(``banks``), the families that fill them (``families``) and the file layouts (``layouts``)."""
