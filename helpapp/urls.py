from django.contrib import admin
from django.urls import include, path

from helpapp import views
from helpapp.accounts import views as account_views

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("asks/", include("helpapp.asks.urls")),
    path("people/", include("helpapp.people.urls")),
    path("account/", include("helpapp.accounts.urls")),
    path(
        "account/password_change/",
        account_views.PasswordChangeView.as_view(),
        name="password_change",
    ),
    path("account/", include("django.contrib.auth.urls")),
    path("", include("helpapp.guidance.urls")),
    path("admin/", admin.site.urls),
]

handler500 = "helpapp.views.server_error"
