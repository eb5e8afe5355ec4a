"""One exception hierarchy. The CLI turns these into one-line messages, HTTP into JSON errors."""


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""
    exit_code = 1


class UsageError(NewsgraphError):
    """The user asked for something malformed (bad option value, missing file)."""
    exit_code = 2


class InputError(NewsgraphError):
    """The input data cannot be processed (empty, binary, bad encoding, malformed JSONL)."""
    exit_code = 1


class ResourceError(NewsgraphError):
    """A model or data resource is missing or broken."""
    exit_code = 1
