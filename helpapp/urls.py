from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from helpapp import views
from helpapp.accounts import views as account_views
from helpapp.accounts.throttling import AdminLoginForm, LoginForm

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
    path(
        "account/login/",
        auth_views.LoginView.as_view(authentication_form=LoginForm),
        name="login",
    ),
    path("account/", include("django.contrib.auth.urls")),
    path("", include("helpapp.guidance.urls")),
    path("admin/", admin.site.urls),
]

admin.site.login_form = AdminLoginForm

handler400 = "helpapp.views.bad_request"
handler500 = "helpapp.views.server_error"
