"""URLs of guidance pages: the professional area, and the client's page of a referral (no login)."""

from django.urls import path

from . import auth_views, basket, client, referral, search, stats, views

app_name = "guidance"
urlpatterns = [
    path("", views.home, name="home"),
    path("kirjaudu/", auth_views.login_page, name="login"),
    path("kirjaudu-ulos/", auth_views.logout_page, name="logout"),
    path("oidc/kirjaudu/", auth_views.oidc_login, name="oidc-login"),
    path("oidc/paluu/", auth_views.oidc_callback, name="oidc-callback"),
    path("haku/", search.search, name="search"),
    path("lahete/", basket.basket, name="basket"),
    path("lahete/lisaa/", basket.basket_add, name="basket-add"),
    path("lahete/poista/", basket.basket_remove, name="basket-remove"),
    path("lahetteet/<int:pk>/", referral.detail, name="referral"),
    path("lahetteet/<int:pk>/tuloste/", referral.print_page, name="referral-print"),
    path("lahetteet/<int:pk>/lahete.pdf", referral.pdf, name="referral-pdf"),
    path("lahetteet/<int:pk>/qr.svg", referral.qr, name="referral-qr"),
    path("lahetteet/<int:pk>/lahete.json", referral.export_json, name="referral-json"),
    path("lahetteet/<int:pk>/sahkoposti/", referral.email, name="referral-email"),
    path("kirjaus/", stats.record, name="record"),
    path("tilastot/", stats.statistics, name="statistics"),
    path("tilastot/ohjaukset.csv", stats.statistics_csv, name="statistics-csv"),
    path("lahetemuoto.schema.json", referral.schema, name="schema"),
    path("l/<str:token>/", client.client_page, name="client"),
    path("l/<str:token>/lahete.pdf", client.client_pdf, name="client-pdf"),
]
