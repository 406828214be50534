"""Quality runs: the findings of every rule on every item, and scores per organisation and area."""

from __future__ import annotations

from django.db import models

from .registry import Severity


class QualityRun(models.Model):
    """One check of the whole catalogue, after an import or by hand; runs in a row make the trend."""

    import_run = models.ForeignKey("sources.ImportRun", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="quality_runs")
    started_at = models.DateTimeField()
    checked_at = models.DateTimeField()  # the moment "not updated in 12 months" is measured from
    seconds = models.FloatField(default=0)
    items = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)
    warnings = models.PositiveIntegerField(default=0)
    notices = models.PositiveIntegerField(default=0)
    score = models.FloatField(default=100)
    rule_counts = models.JSONField(default=dict)  # {rule id: findings}

    class Meta:
        ordering = ["-started_at", "-pk"]

    def __str__(self) -> str:
        return f"quality {self.started_at:%Y-%m-%d %H:%M} {self.score:.1f}"


class Finding(models.Model):
    """One problem one rule found on one item. The item's name is kept, so an old list still reads."""

    run = models.ForeignKey(QualityRun, on_delete=models.CASCADE, related_name="findings")
    item_kind = models.CharField(max_length=12)  # service, location, phone, webpage, echannel, form
    item_id = models.PositiveIntegerField()  # catalogue pk at the time of the run
    origin_id = models.CharField(max_length=100)  # the PTV id, for the link to the PTV editor
    item_name = models.JSONField(default=dict)
    organization_origin_id = models.CharField(max_length=100, blank=True)
    rule = models.CharField(max_length=40)
    severity = models.CharField(max_length=10, choices=Severity.choices)
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["run", "organization_origin_id"], name="finding_run_org")]

    def __str__(self) -> str:
        return f"{self.rule} {self.item_kind} {self.origin_id}"


class Tally(models.Model):
    items = models.PositiveIntegerField(default=0)
    errors = models.PositiveIntegerField(default=0)
    warnings = models.PositiveIntegerField(default=0)
    notices = models.PositiveIntegerField(default=0)
    score = models.FloatField(default=100)

    class Meta:
        abstract = True


class OrganizationScore(Tally):
    run = models.ForeignKey(QualityRun, on_delete=models.CASCADE, related_name="organizations")
    origin_id = models.CharField(max_length=100, blank=True)  # "" gathers items that name no organisation
    name = models.JSONField(default=dict)
    counties = models.JSONField(default=list)  # the counties it has items in, or its home is in

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "origin_id"], name="orgscore_run_org")]

    def __str__(self) -> str:
        return f"{self.origin_id} {self.score:.1f}"


class AreaScore(Tally):
    run = models.ForeignKey(QualityRun, on_delete=models.CASCADE, related_name="areas")
    county = models.CharField(max_length=2, blank=True)  # "" is the whole country

    class Meta:
        constraints = [models.UniqueConstraint(fields=["run", "county"], name="areascore_run_county")]

    def __str__(self) -> str:
        return f"{self.county or 'FI'} {self.score:.1f}"
