"""URLs of quality pages."""

app_name = "quality"
urlpatterns: list = []
