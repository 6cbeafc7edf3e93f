"""Benchmarks. A package only so that the tests can import the generator the benches use
(``bench.generate``); the scripts are run as files."""
