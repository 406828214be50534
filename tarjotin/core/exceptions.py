"""The exception hierarchy every app raises from."""


class TarjotinError(Exception):
    """Base of every error Tarjotin raises on purpose."""


class SourceError(TarjotinError):
    """A source could not be read; the last good catalogue stays in place."""


class SourceUnavailable(SourceError):
    """The source did not answer: timeout, connection refused, or 5xx after retries."""


class SourceBadResponse(SourceError):
    """The source answered with something that is not what its API promises."""


class MassDeletionRefused(SourceError):
    """A sync would delete more rows than the guard allows."""


class SearchIndexError(TarjotinError):
    """The search index is missing, stale or built by another analyser."""
