"""Municipalities with their wellbeing services county and region."""

from django.db import models


class Region(models.Model):
    """A region (maakunta)."""

    code = models.CharField(max_length=2, primary_key=True)
    name = models.JSONField(default=dict)

    def __str__(self) -> str:
        return self.name.get("fi", self.code)


class County(models.Model):
    """A wellbeing services county (hyvinvointialue), or the City of Helsinki which organises its own."""

    code = models.CharField(max_length=2, primary_key=True)
    name = models.JSONField(default=dict)
    kind = models.CharField(max_length=10, default="county")

    class Meta:
        verbose_name_plural = "counties"

    def __str__(self) -> str:
        return self.name.get("fi", self.code)


class Municipality(models.Model):
    """A municipality with its 3-digit code from Statistics Finland."""

    code = models.CharField(max_length=3, primary_key=True)
    name = models.JSONField(default=dict)
    county = models.ForeignKey(County, null=True, blank=True, on_delete=models.PROTECT, related_name="municipalities")
    region = models.ForeignKey(Region, null=True, on_delete=models.PROTECT, related_name="municipalities")
    # Official languages, majority first: ["fi"], ["sv"], ["fi", "sv"] or ["sv", "fi"].
    languages = models.JSONField(default=list)

    class Meta:
        verbose_name_plural = "municipalities"
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name.get("fi", self.code)

    @property
    def bilingual(self) -> bool:
        return len(self.languages) > 1
