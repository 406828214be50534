"""Errors of the API as small JSON bodies in the request's language; never a stack trace."""

from __future__ import annotations

from django.utils.translation import gettext as _
from rest_framework import exceptions
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):
    """DRF's handler (it adds Retry-After to a 429) with messages of our own wording."""
    response = exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.Throttled):
        response.data = {"detail": _("Too many requests. Try again in %(seconds)d seconds.")
                         % {"seconds": int(exc.wait or 1)}}
    elif isinstance(exc, exceptions.NotFound):
        response.data = {"detail": _("Not found.")}
    elif isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": _("Some parameters are not valid."), "errors": response.data}
    elif isinstance(exc, exceptions.MethodNotAllowed):
        response.data = {"detail": _("This API only reads: use GET.")}
    return response
