"""URLs of reports pages."""

app_name = "reports"
urlpatterns: list = []
