"""URLs of reports pages."""

from django.urls import path

from . import feedback, manage, views

app_name = "reports"
urlpatterns = [
    path("", views.index, name="index"),
    path("haut/", views.demand, name="demand"),
    path("kriteerit/", views.criteria, name="criteria"),
    path("kriteerit/<slug:slug>/", manage.criteria_edit, name="criteria-edit"),
    path("kampanjat/", manage.campaigns, name="campaigns"),
    path("kampanjat/<int:pk>/poista/", manage.campaign_delete, name="campaign-delete"),
    path("csv/<slug:page>/<slug:key>/", views.export, name="export"),
    path("palaute/", feedback.feedback, name="feedback"),
    path("palaute/kiitos/", feedback.feedback_thanks, name="feedback-thanks"),
]
