"""URLs of widget pages."""

app_name = "widget"
urlpatterns: list = []
