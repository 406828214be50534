"""The record of every import run: what it did, what it skipped and why, and how it ended."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class ImportRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", "Running"
        SUCCEEDED = "succeeded", "Succeeded"
        FAILED = "failed", "Failed"

    source = models.CharField(max_length=30)
    mode = models.CharField(max_length=20)  # full | incremental | files
    parameters = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    # {kind: {created, updated, unchanged, deleted}}
    counts = models.JSONField(default=dict)
    skipped = models.JSONField(default=list)  # [{kind, id, reason}]
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"{self.source} {self.mode} {self.started_at:%Y-%m-%d %H:%M} {self.status}"

    @property
    def duration_seconds(self) -> float | None:
        if not self.finished_at:
            return None
        return (self.finished_at - self.started_at).total_seconds()
