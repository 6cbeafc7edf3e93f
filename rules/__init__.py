"""Rule packs shipped with redact: Presidio recognizer YAML plus redact's extension keys."""
