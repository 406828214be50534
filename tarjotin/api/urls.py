"""URLs of the open API."""

urlpatterns: list = []
