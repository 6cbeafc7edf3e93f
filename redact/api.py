"""The Python API: everything the command line does, as plain functions."""

from redact.config import Policy, load_policy
from redact.keys import Key, init_key, load_key
from redact.run.options import ScrubOptions
from redact.run.scrub import scrub
from redact.report.json_report import read_report, write_report
from redact.verify import VerifyResult, verify

__all__ = [
    "Key", "Policy", "ScrubOptions", "VerifyResult", "init_key", "load_key", "load_policy",
    "read_report", "scrub", "verify", "write_report",
]
