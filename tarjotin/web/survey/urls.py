"""URLs of survey pages."""

app_name = "survey"
urlpatterns: list = []
