"""URLs of guidance pages."""

app_name = "guidance"
urlpatterns: list = []
